import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// A note for the record (a card company's case number, a police reference). It says plainly not to
// write passwords, card numbers or PINs; the record (C++) refuses a note that looks like one and says why
// in one sentence.
ColumnLayout {
    id: root

    required property IncidentRecord record
    // The last answer: why the note was not saved, or empty.
    property string refusal
    property bool savedOnce: false

    function save(): void {
        refusal = record.addNote(area.text);
        if (refusal.length === 0) {
            area.clear();
            savedOnce = true; // after clear(): typing again hides it
        }
    }

    spacing: Theme.spacingSmall

    Label {
        Layout.fillWidth: true
        text: qsTr("カード会社の受付番号や、警察で聞いた番号などを書いておけます。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }

    Label {
        objectName: "noteWarning"
        Layout.fillWidth: true
        text: qsTr("パスワード・カード番号・暗証番号は書かないでください")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    TextArea {
        id: area

        objectName: "noteField"
        Layout.fillWidth: true
        Layout.minimumHeight: 3 * Theme.touchTarget / 2
        placeholderText: qsTr("例：カード会社の受付番号", "@info:placeholder an example of a note")
        wrapMode: TextEdit.Wrap
        padding: Theme.spacing
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textSecondary
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("メモ", "@label the note field")
        Accessible.description: qsTr("パスワード・カード番号・暗証番号は書かないでください")
        Accessible.onPressAction: area.forceActiveFocus()
        onTextChanged: root.savedOnce = false

        background: Rectangle {
            radius: Theme.radius
            color: Theme.card
            border.width: area.activeFocus ? Theme.selectedBorderWidth : Theme.borderWidth
            border.color: area.activeFocus ? Theme.accent : Theme.cardBorder
        }
    }

    NoticeBox {
        objectName: "noteRefusal"
        Layout.fillWidth: true
        visible: root.refusal.length > 0
        message: root.refusal
        Accessible.role: Accessible.AlertMessage
    }

    Label {
        objectName: "noteSaved"
        Layout.fillWidth: true
        visible: root.savedOnce
        text: qsTr("メモを保存しました。上の一覧と「経過」に入っています。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    WideButton {
        Layout.fillWidth: true
        highlighted: true
        enabled: area.text.trim().length > 0
        text: qsTr("メモを保存する", "@action:button save the note to the record")
        onClicked: root.save()
    }
}
