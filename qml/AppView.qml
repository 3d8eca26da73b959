pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PhishAid

// The whole app: the error page when the guidance could not be loaded, otherwise the wizard.
// The wizard (C++) decides what comes next; this view follows it with a StackView.
Item {
    id: root

    // The wizard, for tests and tools that look at what the app shows.
    readonly property alias wizard: wizard
    // True while AppView itself asks the wizard to go back, so the StackView pops instead of pushing.
    property bool goingBack: false

    function goBack(): void {
        if (!wizard.canGoBack)
            return;
        goingBack = true;
        wizard.back();
        goingBack = false;
    }

    function followWizard(): void {
        if (wizard.atStart)
            stack.pop(null);
        else if (goingBack)
            stack.pop();
        else
            stack.push(wizard.atPlan ? planPage : questionPage);
    }

    implicitWidth: 390
    implicitHeight: 844
    Material.accent: Theme.accent

    Binding {
        target: Theme
        property: "dark"
        value: root.Material.theme === Material.Dark
    }

    Wizard {
        id: wizard

        store: ContentStore
        onQuestionChanged: root.followWizard()
    }

    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: ContentStore.ready
        onActivated: root.goBack()
    }

    Rectangle {
        anchors.fill: parent
        color: root.Material.background
        Accessible.ignored: true
    }

    ErrorPage {
        anchors.fill: parent
        visible: !ContentStore.ready
        status: ContentStore.status
        technicalDetail: ContentStore.technicalDetail
    }

    ColumnLayout {
        anchors.fill: parent
        visible: ContentStore.ready
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            Material.foreground: Theme.accent

            // Plain and calm: the page colour with a thin line below, no coloured bar.
            background: Rectangle {
                implicitHeight: Theme.touchTarget
                color: root.Material.background

                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            RowLayout {
                anchors.fill: parent
                anchors.rightMargin: Theme.spacingSmall
                spacing: 0

                ToolButton {
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.minimumWidth: Theme.touchTarget
                    visible: wizard.canGoBack
                    text: qsTr("‹ 戻る", "@action:button go back to the previous question")
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("戻る", "@action:button go back to the previous question")
                    Accessible.onPressAction: root.goBack()
                    onClicked: root.goBack()
                }

                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: wizard.canGoBack ? 0 : Theme.pageMargin
                    text: wizard.atStart ? qsTr("詐欺メール応急ガイド") : ""
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    Accessible.role: Accessible.TitleBar
                    Accessible.name: text
                }

                ToolButton {
                    Layout.preferredHeight: Theme.touchTarget
                    visible: !wizard.atStart
                    text: qsTr("最初からやり直す", "@action:button forget the answers and start over")
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("最初からやり直す", "@action:button forget the answers and start over")
                    Accessible.onPressAction: wizard.restart()
                    onClicked: wizard.restart()
                }
            }
        }

        StackView {
            id: stack

            objectName: "pages"

            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: startPage
            font.pixelSize: Theme.fontBody

            // Calm transitions: the new page fades in; the old one steps aside at once.
            pushEnter: Transition {
                NumberAnimation {
                    property: "opacity"
                    from: 0
                    to: 1
                    duration: 180
                }
            }
            pushExit: Transition {
                PropertyAction {
                    property: "opacity"
                    value: 0
                }
            }
            popEnter: Transition {
                NumberAnimation {
                    property: "opacity"
                    from: 0
                    to: 1
                    duration: 180
                }
            }
            popExit: Transition {
                PropertyAction {
                    property: "opacity"
                    value: 0
                }
            }
        }
    }

    Component {
        id: startPage

        StartPage {
            wizard: root.wizard
        }
    }

    Component {
        id: questionPage

        QuestionPage {
            wizard: root.wizard
        }
    }

    Component {
        id: planPage

        PlanPage {
            wizard: root.wizard
        }
    }
}
