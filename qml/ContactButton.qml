import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// Who to call, mail or visit for one step: the name, the number in large type, whether they answer now,
// and one clear button that opens the call sheet (who, whether they answer now, 発信する / キャンセル) instead
// of dialling at once. The user's own card company or bank has no fixed number: the number they saved, or
// where to find it and a button that saves it in the sheet, on the same page. What it shows is the
// ContactBook's, so a number saved or removed shows here at once.
Rectangle {
    id: root

    required property string contactId
    // Where calls go through; without one, the address is opened directly.
    property CallSheet callSheet
    // The first card of the plan: the number and the button only, large.
    property bool compact: false

    readonly property contactInfo info: lookup.info
    readonly property bool hasButton: info.callable
    readonly property bool needsNumber: info.needsNumber

    function act(): void {
        if (callSheet)
            callSheet.openFor(contactId);
        else if (info.uri.length > 0)
            UrlOpener.open(info.uri);
    }

    objectName: "contact:" + contactId
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: compact ? Theme.card : Theme.subtle
    Accessible.role: Accessible.Grouping
    Accessible.name: info.name

    ContactLookup {
        id: lookup

        book: ContactBook
        contactId: root.contactId
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: WordWrap.keepWords(root.info.label.length > 0 ? qsTr("%1(%2)", "@label <desk> (<company name the user saved>)").arg(root.info.name).arg(root.info.label) : root.info.name)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
        }

        Label {
            objectName: "contactValue"
            Layout.fillWidth: true
            visible: root.info.shownValue.length > 0
            text: root.info.shownValue
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            color: Theme.text
            font.pixelSize: root.info.kindKey === "phone" ? Theme.fontNumber : Theme.fontAnswer
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        OpenStatusBadge {
            visible: text.length > 0
            openState: root.info.openState
            text: root.info.statusText
        }

        // Where the number is. On the plan's first card, in few words, so that its button fits a small phone.
        Label {
            readonly property string where: root.contactId === "card-issuer" ? (root.compact ? qsTr("カードの裏面の番号にかけてください。") : qsTr("お手元のカードの裏面に書かれた電話番号にかけてください。カード会社の公式アプリにも書かれています。")) : (root.compact ? qsTr("キャッシュカードの裏面や通帳の番号にかけてください。") : qsTr("電話番号は、キャッシュカードの裏面や通帳、公式アプリで確かめてください。"))

            Layout.fillWidth: true
            visible: root.needsNumber
            text: WordWrap.keepWords(where)
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
            Accessible.role: Accessible.StaticText
            Accessible.name: where
        }

        Repeater {
            model: root.compact ? [] : [root.info.purpose, root.info.prepare.length > 0 ? qsTr("用意するもの：%1", "@label what to have at hand before calling").arg(root.info.prepare) : "", root.info.hours.length > 0 ? qsTr("受付時間：%1", "@label opening hours of a hotline").arg(root.info.hours) : "", root.info.cost.length > 0 ? qsTr("料金：%1", "@label what a call costs").arg(root.info.cost) : ""]

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
            objectName: "contactButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: root.hasButton || root.needsNumber
            highlighted: root.hasButton
            text: root.info.buttonText
            Accessible.name: root.info.actionName
            onClicked: root.act()
        }

        // Where the number is, drawn: a card's back, for the card company (under the button, which comes first).
        CardBackDrawing {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingSmall
            visible: root.needsNumber && root.contactId === "card-issuer"
        }
    }
}
