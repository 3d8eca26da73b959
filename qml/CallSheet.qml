pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The last step before a call, a mail or a web page: who it is, the number in large type, whether they
// answer now, and 発信する / キャンセル. Mail opens the mail app (mailto:); a web page shows its domain first.
// Where there is no phone (a desktop), it says so, shows the number large and copies it.
// For the user's own card company or bank with no number yet, the sheet is where the number is saved: the
// page behind it stays, and shows the number the moment it is saved.
// Open it with openFor(contactId); what it shows follows ContactBook (ContactLookup), never a copy.
Dialog {
    id: root

    // The contact shown, by id.
    property string contactId
    // The number went to the clipboard (desktop fallback).
    property bool copied: false
    // Saving the number of the user's own desk, inside this sheet.
    property bool editing: false

    readonly property contactInfo info: lookup.info
    readonly property string kind: info.kindKey
    readonly property bool callable: info.callable
    readonly property bool needsNumber: info.needsNumber
    readonly property bool noDialer: kind === "phone" && !UrlOpener.canDial
    readonly property string primaryText: needsNumber ? info.buttonText : noDialer ? qsTr("番号をもう一度コピーする", "@action:button copy the number again") : kind === "mail" ? qsTr("メールアプリを開く", "@action:button open the mail app") : kind === "web" ? qsTr("サイトを開く", "@action:button open the web site") : qsTr("発信する", "@action:button dial the number")

    function openFor(id: string): void {
        contactId = id;
        copied = false;
        editing = lookup.info.needsNumber;
        open();
    }

    function copyNumber(): void {
        UrlOpener.copyText(info.value);
        copied = true;
    }

    function act(): void {
        if (needsNumber) {
            editing = true;
        } else if (noDialer) {
            copyNumber();
        } else if (UrlOpener.open(info.uri)) {
            close();
        }
    }

    objectName: "callSheet"
    parent: Overlay.overlay
    modal: true
    width: parent ? Math.min(parent.width, Theme.contentMaxWidth) : implicitWidth
    height: parent ? Math.min(implicitHeight, parent.height - Theme.spacingLarge) : implicitHeight
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? parent.height - height : 0
    padding: Theme.padding
    // Plain colours from Theme: Material's elevated sheet does not render offscreen (tests, screenshots).
    background: Rectangle {
        color: Theme.card
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.cardBorder
    }
    onOpened: {
        if (noDialer && callable)
            copyNumber();
    }

    ContactLookup {
        id: lookup

        book: ContactBook
        contactId: root.contactId
    }

    // A child, not the contentItem: the one child sets the sheet's implicit size, and ids inside are allowed.
    Flickable {
        anchors.fill: parent
        implicitHeight: body.implicitHeight
        Accessible.role: Accessible.Dialog
        Accessible.name: root.info.name
        contentHeight: body.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: body

            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: root.info.name
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            OpenStatusBadge {
                visible: text.length > 0
                openState: root.info.openState
                text: root.info.statusText
            }

            Label {
                Layout.fillWidth: true
                visible: root.kind === "mail" || root.kind === "web"
                text: root.kind === "mail" ? qsTr("送り先", "@label the mail address a report goes to") : qsTr("開くサイト", "@label the web site that will open")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }

            Label {
                objectName: "callSheetValue"
                Layout.fillWidth: true
                visible: !root.needsNumber && root.info.shownValue.length > 0
                text: root.info.shownValue
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                color: Theme.text
                font.pixelSize: root.kind === "phone" ? Theme.fontNumber + 12 : Theme.fontNumber
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: root.noDialer
                text: root.copied ? qsTr("この端末からは電話をかけられません。番号をコピーしました。お手元の電話から、この番号にかけてください。") : qsTr("この端末からは電話をかけられません。お手元の電話から、この番号にかけてください。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: root.needsNumber
                text: qsTr("電話番号は、お手元のカードの裏面や通帳、カード会社・銀行の公式アプリで確かめてください。メールやSMSに書かれた番号にはかけないでください。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }

            CardBackDrawing {
                Layout.alignment: Qt.AlignHCenter
                visible: root.needsNumber && root.contactId === "card-issuer"
            }

            // The number is saved here, on the same page: the plan behind the sheet stays where it was.
            OwnNumberEditor {
                Layout.fillWidth: true
                visible: root.editing
                contactId: root.contactId
                name: root.info.name
                purpose: root.info.purpose
                number: root.info.value
                label: root.info.label
                onSaved: root.editing = false
            }

            HotlineDetails {
                Layout.fillWidth: true
                visible: !root.editing
                prepare: root.info.prepare
                hours: root.info.hours
                hoursNote: root.info.hoursNote
                cost: root.info.cost
                sourceHost: root.info.sourceHost
                checked: root.info.checkedText
            }
        }
    }

    footer: ColumnLayout {
        spacing: Theme.spacingSmall

        WideButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: (root.callable || root.needsNumber) && !root.editing
            highlighted: true
            text: root.primaryText
            onClicked: root.act()
        }

        WideButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            Layout.bottomMargin: Theme.padding
            text: root.noDialer ? qsTr("閉じる", "@action:button close the sheet") : qsTr("キャンセル", "@action:button do not call")
            onClicked: root.close()
        }
    }
}
