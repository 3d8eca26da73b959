import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A warm box with a heading and a few sentences: something the user should know, not an alarm.
Rectangle {
    id: root

    property string heading
    property string message

    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.notice
    border.width: Theme.borderWidth
    border.color: Theme.noticeBorder
    Accessible.role: Accessible.StaticText
    Accessible.name: root.heading + " " + root.message

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.heading
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.ignored: true
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            lineHeight: 1.15
            Accessible.ignored: true
        }
    }
}
