pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The notes saved on the record, each with when it was written and 削除 behind a question. Deleting a note
// leaves only "a note was deleted" in the timeline, never its text. A note that looks like a card number, PIN
// or password (saved before the app refused them) says so, so the user can delete it.
ColumnLayout {
    id: root

    required property IncidentRecord record
    readonly property alias deleteDialog: deleteDialog

    function askToDelete(noteId: int, at: string, text: string): void {
        deleteDialog.noteId = noteId;
        deleteDialog.noteAt = at;
        deleteDialog.noteText = text;
        deleteDialog.open();
    }

    spacing: Theme.spacingSmall

    Repeater {
        model: root.record.notes

        delegate: Rectangle {
            id: note

            required property var modelData
            readonly property int noteId: modelData.noteId
            readonly property string at: modelData.at
            readonly property string text: modelData.text
            readonly property bool secret: modelData.secret

            objectName: "note:" + noteId
            Layout.fillWidth: true
            implicitHeight: noteColumn.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.card
            border.width: Theme.borderWidth
            border.color: note.secret ? Theme.danger : Theme.cardBorder
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("%1 のメモ", "@info a note written at <time>").arg(note.at)

            ColumnLayout {
                id: noteColumn

                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: note.at
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    Accessible.ignored: true
                }

                Label {
                    Layout.fillWidth: true
                    text: note.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                Label {
                    objectName: "noteLooksSecret"
                    Layout.fillWidth: true
                    visible: note.secret
                    text: qsTr("このメモには、カード番号・暗証番号・パスワードのようなものが書かれています。削除しておくと安心です。")
                    wrapMode: Text.Wrap
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                WideButton {
                    Layout.fillWidth: true
                    danger: true
                    text: qsTr("このメモを削除する", "@action:button delete one note")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("%1 のメモを削除する", "@action:button delete the note written at <time>").arg(note.at)
                    onClicked: root.askToDelete(note.noteId, note.at, note.text)
                }
            }
        }
    }

    CalmDialog {
        id: deleteDialog

        property int noteId: -1
        property string noteAt
        property string noteText

        objectName: "deleteNoteDialog"
        heading: qsTr("このメモを削除しますか", "@title confirm deleting a note")
        message: qsTr("%1 に書いたメモ「%2」を削除します。経過には、メモを削除したことだけが残ります。削除すると元に戻せません。", "@info what deleting a note removes").arg(deleteDialog.noteAt).arg(deleteDialog.noteText)
        acceptText: qsTr("削除する", "@action:button confirm deleting the note")
        acceptDanger: true
        rejectText: qsTr("削除しない", "@action:button keep the note")
        onAccepted: root.record.removeNote(deleteDialog.noteId)
    }
}
