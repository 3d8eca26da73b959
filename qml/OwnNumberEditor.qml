import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// Saves the number of one of the user's own desks (the card company's or the bank's loss and theft line).
// Only a phone number and, if the user likes, the company's name: never a card number or a PIN.
Rectangle {
    id: root

    required property string contactId
    required property string name
    required property string purpose
    required property string number // saved, or empty
    required property string label

    // The last problem, as C++ put it (MyContacts.problemWith).
    property string problem

    signal saved(string deskName)

    function save(): void {
        if (MyContacts.save(contactId, numberField.text, labelField.text)) {
            problem = "";
            saved(name);
        } else {
            problem = MyContacts.lastError();
        }
    }

    objectName: "ownNumber:" + contactId
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.card
    border.width: Theme.borderWidth
    border.color: Theme.cardBorder
    Accessible.role: Accessible.Grouping
    Accessible.name: name

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: root.name
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            text: root.purpose
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }

        Label {
            Layout.fillWidth: true
            text: root.number.length > 0 ? qsTr("登録済みの番号：%1", "@label the number saved now").arg(root.number) : qsTr("まだ登録されていません。", "@label no number saved yet")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        TextField {
            id: numberField

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            text: root.number
            placeholderText: qsTr("紛失・盗難窓口の電話番号", "@info:placeholder the desk's phone number")
            inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
            font.pixelSize: Theme.fontAnswer
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("%1の電話番号", "@label phone number of <desk>").arg(root.name)
            Accessible.onPressAction: forceActiveFocus()
            onTextEdited: root.problem = ""
        }

        TextField {
            id: labelField

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            text: root.label
            placeholderText: qsTr("会社の名前(なくてもかまいません)", "@info:placeholder the company's name, optional")
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("%1の会社の名前", "@label company name of <desk>").arg(root.name)
            Accessible.onPressAction: forceActiveFocus()
            onTextEdited: root.problem = ""
        }

        Label {
            Layout.fillWidth: true
            visible: root.problem.length > 0
            text: root.problem
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            WideButton {
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("保存する", "@action:button save this number")
                Accessible.name: qsTr("%1の番号を保存する", "@action:button save the number of <desk>").arg(root.name)
                onClicked: root.save()
            }

            WideButton {
                visible: root.number.length > 0
                text: qsTr("登録を消す", "@action:button forget this number")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("%1の番号の登録を消す", "@action:button forget the number of <desk>").arg(root.name)
                onClicked: removeConfirm.open()
            }
        }
    }

    CalmDialog {
        id: removeConfirm

        objectName: "removeNumberConfirm"
        heading: qsTr("%1の番号の登録を消しますか", "@title confirm forgetting the number of <desk>").arg(root.name)
        message: qsTr("消したあとは、もう一度登録するまで、このアプリからはかけられません。カードの裏面の番号は、いつでも使えます。")
        acceptText: qsTr("登録を消す", "@action:button forget this number")
        rejectText: qsTr("消さずに戻る", "@action:button keep the number")
        acceptDanger: true
        onAccepted: MyContacts.remove(root.contactId)
    }
}
