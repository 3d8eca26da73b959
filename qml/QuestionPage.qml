pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PhishAid

// One question per screen: the question large, optional help, the answers as big buttons.
// Multiple choice adds a 次へ button at the bottom, enabled once something is chosen.
Page {
    id: root

    required property Wizard wizard
    // A calm line above the question (the start page uses it).
    property string lead
    // A short note under the answers (the start page uses it).
    property string footnote
    // Shown above everything else (the start page offers to continue an earlier incident here).
    // False while the page asks something else first (the start page's choice): the question waits.
    property bool questionShown: true
    property Component intro
    readonly property alias introItem: introLoader.item

    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: root.wizard.questionText

    footer: Pane {
        visible: root.wizard.multipleChoice
        padding: Theme.spacing
        Accessible.ignored: true

        background: Rectangle {
            color: root.Material.background

            // Where the answers scroll away under the 次へ button.
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        ColumnLayout {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                visible: !root.wizard.canContinue
                text: qsTr("ひとつ以上選ぶと、次へ進めます。")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            WideButton {
                Layout.fillWidth: true
                text: qsTr("次へ", "@action:button go to the next question")
                enabled: root.wizard.canContinue
                highlighted: true
                onClicked: root.wizard.next()
            }
        }
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            x: (flickable.width - width) / 2
            y: Theme.pageMargin
            width: Math.min(flickable.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Loader {
                id: introLoader

                Layout.fillWidth: true
                active: root.intro !== null
                visible: active
                sourceComponent: root.intro
            }

            Label {
                Layout.fillWidth: true
                visible: root.lead.length > 0
                text: root.lead
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
            }

            WizardProgress {
                Layout.fillWidth: true
                visible: root.questionShown
                stepNumber: root.wizard.stepNumber
                stepCount: root.wizard.stepCount
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                visible: root.questionShown
                text: root.wizard.questionText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontQuestion
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: root.questionShown && text.length > 0
                text: root.wizard.questionHelp
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                visible: root.questionShown
                spacing: Theme.spacing

                Repeater {
                    model: root.wizard

                    delegate: AnswerButton {
                        id: answer

                        Layout.fillWidth: true
                        multipleChoice: root.wizard.multipleChoice
                        onClicked: root.wizard.choose(answer.index)
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: root.footnote.length > 0
                text: root.footnote
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
