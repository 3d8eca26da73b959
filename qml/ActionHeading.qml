import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The title of a checklist step, and the button that opens or closes its explanation and contacts:
// the title in large type, when it was done (or that it does not apply), and くわしく見る / 説明を閉じる.
AbstractButton {
    id: root

    property string title
    property string stateText
    property bool expanded: false

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingSmall
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.title
    Accessible.description: root.expanded ? qsTr("説明を閉じます") : qsTr("説明と連絡先を開きます")
    Accessible.onPressAction: root.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.cardPressed : "transparent"
        border.width: root.visualFocus ? Theme.selectedBorderWidth : 0
        border.color: Theme.text
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: WordWrap.keepWords(root.title)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.ignored: true
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.stateText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            font.bold: true
            Accessible.ignored: true
        }

        Label {
            Layout.fillWidth: true
            text: root.expanded ? qsTr("説明を閉じる ▲", "@action:button hide the step's explanation") : qsTr("くわしく見る ▼", "@action:button show the step's explanation and contacts")
            wrapMode: Text.Wrap
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }
}
