import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// What the police and the card company ask for, all optional, each field with its label in view: who sent it,
// the fake site's address (saved defanged, so it never turns into a link), the company it imitated, the money
// lost, the user's card company or bank (from the saved numbers' names). The record (C++) refuses a card
// number, PIN or password in any of them and says why.
ColumnLayout {
    id: root

    required property IncidentRecord record
    // The last answer: why nothing was saved, or empty.
    property string refusal
    property bool savedOnce: false

    function save(): void {
        refusal = record.saveDetails(sender.text, fakeSite.text, company.text, amount.text, cardCompany.text);
        if (refusal.length === 0) {
            showSaved();
            savedOnce = true; // after showSaved(): editing again hides it
        }
    }

    // The fields show what is saved (the address as it was defanged). Set once and after saving, not bound:
    // a binding would throw away what the user is typing whenever the record changes (a note added).
    function showSaved(): void {
        sender.text = record.sender;
        fakeSite.text = record.fakeSite;
        company.text = record.imitatedCompany;
        amount.text = record.amount;
        cardCompany.text = record.cardCompany;
    }

    function edited(): void {
        savedOnce = false;
        refusal = "";
    }

    spacing: Theme.spacing
    Component.onCompleted: showSaved()

    Label {
        Layout.fillWidth: true
        text: qsTr("わかる範囲で書いておくと、警察やカード会社に伝えるときに役立ちます。書かなくてもかまいません。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }

    LabeledField {
        id: sender

        objectName: "sender"
        Layout.fillWidth: true
        label: qsTr("送ってきた相手", "@label the record's field: who sent the mail or SMS")
        hint: qsTr("メールアドレスや電話番号", "@info what to write as the sender")
        placeholder: qsTr("例：info@example.com", "@info:placeholder an example sender")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        onEdited: root.edited()
    }

    LabeledField {
        id: fakeSite

        objectName: "fakeSite"
        Layout.fillWidth: true
        label: qsTr("偽のサイトのアドレス", "@label the record's field: the fake site's web address")
        hint: qsTr("保存すると、誤って開かないように「.」を「[.]」に、「http」を「hxxp」に書きかえます。", "@info how the address is saved")
        placeholder: qsTr("例：https://example.com/login", "@info:placeholder an example web address")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        onEdited: root.edited()
    }

    LabeledField {
        id: company

        objectName: "imitatedCompany"
        Layout.fillWidth: true
        label: qsTr("まねされた会社", "@label the record's field: the company the mail pretended to be")
        hint: qsTr("メールが名乗っていた会社やお店", "@info what to write as the imitated company")
        onEdited: root.edited()
    }

    LabeledField {
        id: amount

        objectName: "amount"
        Layout.fillWidth: true
        label: qsTr("被害の金額", "@label the record's field: the money lost")
        hint: qsTr("取られたお金や、払ってしまったお金。数字だけで入れてください。", "@info what to write as the amount")
        suffix: qsTr("円", "@label yen, after the amount")
        inputMethodHints: Qt.ImhDigitsOnly
        onEdited: root.edited()
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        LabeledField {
            id: cardCompany

            objectName: "cardCompany"
            Layout.fillWidth: true
            label: qsTr("カード会社・銀行の名前", "@label the record's field: the user's card company or bank")
            hint: qsTr("連絡したカード会社や銀行", "@info what to write as the card company")
            onEdited: root.edited()
        }

        NameSuggestions {
            Layout.fillWidth: true
            onChosen: name => {
                cardCompany.text = name;
                root.edited();
            }
        }
    }

    NoticeBox {
        objectName: "detailsRefusal"
        Layout.fillWidth: true
        visible: root.refusal.length > 0
        message: root.refusal
        Accessible.role: Accessible.AlertMessage
    }

    Label {
        objectName: "detailsSaved"
        Layout.fillWidth: true
        visible: root.savedOnce
        text: qsTr("保存しました。コピーやPDFにも入ります。")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    WideButton {
        Layout.fillWidth: true
        text: qsTr("この内容を保存する", "@action:button save the record's details")
        onClicked: root.save()
    }
}
