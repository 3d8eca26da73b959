pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// Saves the user's own card company's and bank's loss and theft numbers. They then come first on the
// 相談窓口 page and in the plan, ready for one tap. The page asks for phone numbers only.
Page {
    id: root

    // The desk saved last, to confirm it (the editors are rebuilt when a number is saved).
    property string lastSaved

    objectName: "myContactsPage"
    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("カード会社・銀行の番号", "@title the page that saves my own numbers")

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            x: (parent.width - width) / 2
            y: Theme.pageMargin
            width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("カード会社・銀行の番号", "@title the page that saves my own numbers")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontQuestion
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("お使いのカード会社や銀行の「紛失・盗難」の窓口の電話番号を登録しておくと、相談窓口のいちばん上から、すぐにかけられます。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: where.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.subtle

                Label {
                    id: where

                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    text: qsTr("番号は、カードの裏面か、カード会社・銀行の公式アプリで確かめてください。メールやSMSに書かれた番号は使わないでください。\nここで入れるのは電話番号だけです。カード番号や暗証番号は入れないでください。")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    lineHeight: 1.15
                }
            }

            Label {
                Layout.fillWidth: true
                visible: root.lastSaved.length > 0
                text: qsTr("「%1」の番号を保存しました。相談窓口のいちばん上に出ます。").arg(root.lastSaved)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: !MyContacts.available
                text: qsTr("この端末では番号を保存できません。メモなどに控えておいてください。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            Repeater {
                model: ContactBook.ownContacts

                delegate: OwnNumberEditor {
                    required property contactInfo modelData

                    Layout.fillWidth: true
                    contactId: modelData.id
                    name: modelData.name
                    purpose: modelData.purpose
                    number: modelData.value
                    label: modelData.label
                    onSaved: deskName => root.lastSaved = deskName
                }
            }
        }
    }
}
