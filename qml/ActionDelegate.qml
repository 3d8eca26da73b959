pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One step of the plan: its title, the text that explains it, and whom to contact.
Item {
    id: root

    required property int index
    required property string actionId
    required property string urgency
    required property string title
    required property string body
    required property var contacts
    required property bool isFirst

    objectName: "action:" + actionId
    implicitWidth: card.implicitWidth + 2 * Theme.pageMargin
    implicitHeight: card.implicitHeight + Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: title

    Rectangle {
        id: card

        x: (root.width - width) / 2
        width: Math.min(root.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        implicitWidth: column.implicitWidth + 2 * Theme.padding
        implicitHeight: column.implicitHeight + 2 * Theme.padding
        radius: Theme.radius
        color: Theme.card
        border.width: root.isFirst ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: root.isFirst ? Theme.firstCardBorder : Theme.cardBorder

        // The urgency colour along the left edge.
        Rectangle {
            x: Theme.borderWidth
            y: Theme.radius
            width: 5
            height: parent.height - 2 * Theme.radius
            radius: 2
            color: Theme.urgencyColor(root.urgency)
            Accessible.ignored: true
        }

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.padding
            anchors.leftMargin: Theme.padding + 6
            spacing: Theme.spacing

            Label {
                visible: root.isFirst
                text: qsTr("いちばん最初に", "@info:badge the first thing to do")
                leftPadding: 10
                rightPadding: 10
                topPadding: 2
                bottomPadding: 2
                color: Theme.accentText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                background: Rectangle {
                    radius: height / 2
                    color: Theme.accent
                }
            }

            Label {
                Layout.fillWidth: true
                text: root.title
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
                visible: text.length > 0
                text: root.body
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
            }

            Repeater {
                model: root.contacts

                delegate: ContactButton {
                    required property var modelData

                    Layout.fillWidth: true
                    contactId: modelData.id ?? ""
                    kind: modelData.kind ?? ""
                    name: modelData.name ?? ""
                    value: modelData.value ?? ""
                    uri: modelData.uri ?? ""
                    purpose: modelData.purpose ?? ""
                    prepare: modelData.prepare ?? ""
                    hours: modelData.hours ?? ""
                    cost: modelData.cost ?? ""
                    callable: modelData.callable ?? false
                }
            }
        }
    }
}
