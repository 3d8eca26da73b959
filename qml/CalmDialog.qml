import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// A plain, centred dialog: a heading, a few sentences, and one or two big buttons stacked (the main one
// first). What goes between the text and the buttons (a picker) is its default content. Scrolls when the
// window is short (landscape).
Dialog {
    id: root

    property string heading
    property string message
    property string acceptText: qsTr("わかりました", "@action:button close a notice")
    // No second button when empty.
    property string rejectText
    // The main button deletes something: red.
    property bool acceptDanger: false
    default property alias content: column.data

    parent: Overlay.overlay
    modal: true
    width: parent ? Math.min(parent.width - 2 * Theme.pageMargin, 480) : implicitWidth
    height: parent ? Math.min(implicitHeight, parent.height - 2 * Theme.spacing) : implicitHeight
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    padding: Theme.padding
    topPadding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    contentHeight: column.implicitHeight

    // The page behind goes quietly dark in both themes (Material's dark theme would wash it out in grey).
    Overlay.modal: Rectangle {
        color: "#99000000"
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.card
        border.width: Theme.borderWidth
        border.color: Theme.cardBorder
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        Accessible.role: Accessible.Dialog
        Accessible.name: root.heading

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: root.heading
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: WordWrap.keepWords(root.message)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
                Accessible.role: Accessible.StaticText
                Accessible.name: root.message
            }
        }
    }

    footer: ColumnLayout {
        spacing: Theme.spacingSmall

        WideButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            Layout.bottomMargin: root.rejectText.length > 0 ? 0 : Theme.padding
            highlighted: true
            danger: root.acceptDanger
            text: root.acceptText
            onClicked: root.accept()
        }

        WideButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            Layout.bottomMargin: Theme.padding
            visible: root.rejectText.length > 0
            text: root.rejectText
            onClicked: root.reject()
        }
    }
}
