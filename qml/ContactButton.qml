import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// Who to call, mail or visit for one step: the name and the number in large type, and one clear button
// that opens the call sheet (who, whether they answer now, 発信する / キャンセル) instead of dialling at once.
// "own" contacts (the user's own card company or bank) have no fixed number: the number the user saved,
// or a sentence on where to find it and a button to save it.
Rectangle {
    id: root

    // The contact map (PlanModel's and Checklist's `contacts` role; keys in app/core/contactmap.h).
    property var contact: ({})
    // Where calls go through; without one, the address is opened directly.
    property CallSheet callSheet

    readonly property string contactId: contact.id ?? ""
    readonly property string kind: contact.kind ?? "" // "phone", "mail", "web", "own"
    readonly property string name: contact.name ?? ""
    readonly property string uri: contact.uri ?? ""
    readonly property bool isOwn: kind === "own"
    // The user's own number for an "own" contact, when they saved one.
    readonly property string savedNumber: {
        MyContacts.count; // read again when the saved numbers change
        return isOwn ? MyContacts.number(contactId) : "";
    }
    // A call, mail or web button (the core decides: callable), or the user's own saved number.
    readonly property bool hasButton: isOwn ? savedNumber.length > 0 : (contact.callable ?? false) && uri.length > 0
    readonly property bool needsNumber: isOwn && savedNumber.length === 0
    // What to show in large type: the number, the address, or the web site's domain.
    readonly property string shownValue: isOwn ? savedNumber : kind === "web" ? UrlOpener.hostOf(contact.value ?? "") : contact.value ?? ""
    readonly property string buttonText: needsNumber ? qsTr("番号を登録する", "@action:button save my card company's number") : kind === "mail" ? qsTr("メールで報告する", "@action:button write a report mail") : kind === "web" ? qsTr("サイトを開く", "@action:button open the web site") : qsTr("電話する", "@action:button call this number")

    function act(): void {
        // Nothing to call yet: straight to saving the number.
        if (needsNumber && callSheet)
            callSheet.saveNumberRequested(contactId);
        else if (callSheet)
            callSheet.openFor(contact);
        else if (uri.length > 0)
            UrlOpener.open(uri);
    }

    objectName: "contact:" + contactId
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.subtle
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
            font.pixelSize: Theme.fontBody
            font.bold: true
        }

        Label {
            Layout.fillWidth: true
            visible: root.shownValue.length > 0
            text: root.shownValue
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            color: Theme.text
            font.pixelSize: root.kind === "phone" || root.isOwn ? Theme.fontNumber : Theme.fontAnswer
            font.bold: true
        }

        Label {
            Layout.fillWidth: true
            visible: root.needsNumber
            text: qsTr("電話番号は、お手元のカードの裏面や通帳、公式アプリで確かめてください。")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }

        Repeater {
            model: [root.contact.purpose ?? "", (root.contact.prepare ?? "").length > 0 ? qsTr("用意するもの：%1", "@label what to have at hand before calling").arg(root.contact.prepare) : "", (root.contact.hours ?? "").length > 0 ? qsTr("受付時間：%1", "@label opening hours of a hotline").arg(root.contact.hours) : "", (root.contact.cost ?? "").length > 0 ? qsTr("料金：%1", "@label what a call costs").arg(root.contact.cost) : ""]

            delegate: Label {
                required property int index
                required property string modelData

                Layout.fillWidth: true
                visible: modelData.length > 0
                text: modelData
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: index === 0 ? Theme.text : Theme.textSecondary
                font.pixelSize: index === 0 ? Theme.fontBody : Theme.fontSmall
                lineHeight: index === 0 ? 1.15 : 1
            }
        }

        WideButton {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: root.hasButton || root.needsNumber
            highlighted: root.hasButton
            text: root.buttonText
            Accessible.name: root.needsNumber ? qsTr("%1の番号を登録する", "@action:button save the number of <contact>").arg(root.name) : root.kind === "mail" ? qsTr("%1にメールで報告する", "@action:button mail <contact name>").arg(root.name) : root.kind === "web" ? qsTr("%1のサイトを開く", "@action:button open the site of <contact name>").arg(root.name) : qsTr("%1に電話する", "@action:button call <contact name>").arg(root.name)
            onClicked: root.act()
        }
    }
}
