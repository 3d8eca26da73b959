pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// 相談窓口: every hotline in the guidance, the user's own card company and bank first, then by what each
// handles. Search by name or purpose. Each says whether it answers now, in Japan time.
Page {
    id: root

    // The moment "open now" is computed for; unset: the clock (tests and screenshots set it).
    property alias now: hotlines.now
    readonly property alias hotlines: hotlines
    readonly property alias callSheet: callSheet

    // Outside a StackView the page cannot show MyContactsPage itself: whoever holds it does.
    signal myContactsRequested
    // From the checker: the user already did something; the guide takes over at that answer.
    signal wizardRequested(string answerId)

    function showMyContacts(): void {
        if (root.StackView.view)
            root.StackView.view.push(myContactsPage);
        else
            root.myContactsRequested();
    }

    objectName: "hotlinePage"
    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("相談窓口", "@title the hotline page")

    HotlineModel {
        id: hotlines

        store: ContentStore
        myContacts: MyContacts
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Above the list, not in it: a list that refills as the user types would take the focus away.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.margins: Theme.pageMargin
            Layout.bottomMargin: Theme.spacingSmall
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("相談窓口", "@title the hotline page")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontQuestion
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            WideButton {
                objectName: "openChecker"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                visible: root.StackView.view !== null
                text: qsTr("このメール、本物？ 貼り付けて確かめる", "@action:button open the offline checker")
                onClicked: root.StackView.view.push(checkerPage)
            }

            TextField {
                id: search

                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                placeholderText: qsTr("名前や内容で探す", "@info:placeholder search the hotlines")
                inputMethodHints: Qt.ImhNoPredictiveText
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("窓口を探す", "@label search field for hotlines")
                Accessible.onPressAction: forceActiveFocus()
                onTextChanged: hotlines.filter = text
            }
        }

        HotlineList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: hotlines
            filter: search.text
            onCallRequested: contactId => callSheet.openFor(contactId)
            onMyContactsRequested: root.showMyContacts()
        }
    }

    CallSheet {
        id: callSheet
    }

    Component {
        id: checkerPage

        CheckerPage {
            onWizardRequested: answerId => root.wizardRequested(answerId)
            onSignsRequested: root.StackView.view.push(signsPage)
        }
    }

    Component {
        id: signsPage

        SignsPage {
        }
    }

    Component {
        id: myContactsPage

        MyContactsPage {
        }
    }
}
