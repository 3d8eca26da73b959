pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One hotline on the 相談窓口 page: whom it helps, the number in large type, whether it answers now (Japan
// time), what to have ready, the cost, and where the fact comes from. One button opens the call sheet.
Item {
    id: root

    required property string contactId
    required property string sectionTitle
    required property bool sectionStart
    required property string kind
    required property string name
    required property string label
    required property string purpose
    required property string prepare
    required property string shownValue
    required property string hours
    required property string hoursNote
    required property string openState
    required property string statusText
    required property string cost
    required property string sourceHost
    required property string checkedText
    required property bool callable
    required property bool isOwn
    required property bool saved
    required property bool needsNumber
    required property string buttonText
    required property string actionName

    // The call sheet opens for this contact (and, for the user's own desk with no number, saves one).
    signal callRequested(string contactId)

    objectName: "hotline:" + contactId
    implicitWidth: card.implicitWidth + 2 * Theme.pageMargin
    implicitHeight: card.y + card.implicitHeight + Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: name

    // The title of the group this card starts: あなたのカード会社・銀行, 警察, ...
    Label {
        id: heading

        x: card.x
        width: card.width
        visible: root.sectionStart
        topPadding: Theme.spacingLarge
        bottomPadding: Theme.spacing
        text: root.sectionTitle
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Rectangle {
        id: card

        x: (root.width - width) / 2
        y: heading.visible ? heading.implicitHeight : 0
        width: Math.min(root.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        implicitWidth: column.implicitWidth + 2 * Theme.padding
        implicitHeight: column.implicitHeight + 2 * Theme.padding
        radius: Theme.radius
        color: Theme.card
        border.width: root.isOwn ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: root.isOwn ? Theme.firstCardBorder : Theme.cardBorder

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: root.label.length > 0 ? qsTr("%1(%2)", "@label hotline name (the company name the user saved)").arg(root.name).arg(root.label) : root.name
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            OpenStatusBadge {
                visible: root.statusText.length > 0
                openState: root.openState
                text: root.statusText
            }

            Label {
                Layout.fillWidth: true
                visible: root.shownValue.length > 0
                text: root.shownValue
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                color: Theme.text
                font.pixelSize: root.kind === "phone" ? Theme.fontNumber : Theme.fontAnswer
                font.bold: true
            }

            Label {
                Layout.fillWidth: true
                visible: root.needsNumber
                text: qsTr("番号はまだ登録されていません。カードの裏面や公式アプリにある番号を登録しておくと、ここからすぐにかけられます。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }

            Label {
                Layout.fillWidth: true
                text: root.purpose
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }

            HotlineDetails {
                Layout.fillWidth: true
                prepare: root.prepare
                hours: root.hours
                hoursNote: root.hoursNote
                cost: root.cost
                sourceHost: root.sourceHost
                checked: root.checkedText
            }

            WideButton {
                Layout.fillWidth: true
                visible: root.callable || root.needsNumber
                highlighted: root.callable
                text: root.buttonText
                Accessible.name: root.actionName
                onClicked: root.callRequested(root.contactId)
            }
        }
    }
}
