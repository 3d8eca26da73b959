import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// An explanation at the top of a plan ("what you typed partway counts as sent", "opening it did not give
// away your card number"): calm colours, the whole text open, nothing to tick. It leads the steps it explains.
Rectangle {
    id: root

    property string actionId
    property string title
    property string body

    objectName: "explanation:" + actionId
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.subtle
    border.width: Theme.borderWidth
    border.color: Theme.cardBorder
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: WordWrap.keepWords(root.title)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: root.title
        }

        Label {
            Layout.fillWidth: true
            text: WordWrap.keepWords(root.body)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            lineHeight: 1.2
            Accessible.role: Accessible.StaticText
            Accessible.name: root.body
        }
    }
}
