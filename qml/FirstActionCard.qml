pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The top of the plan: "まず、これをしてください" and the title of the very first step.
Rectangle {
    id: root

    property PlanModel plan

    objectName: "firstActionCard"
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.firstCard
    border.width: Theme.borderWidth
    border.color: Theme.firstCardBorder
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            id: heading

            Layout.fillWidth: true
            text: qsTr("まず、これをしてください")
            wrapMode: Text.Wrap
            color: Theme.firstCardText
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // Only the first step of the plan is shown here.
        Repeater {
            model: root.plan

            delegate: Label {
                required property string title
                required property bool isFirst

                objectName: "firstActionTitle"
                Layout.fillWidth: true
                visible: isFirst
                text: title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.firstCardText
                font.pixelSize: Theme.fontQuestion
                font.bold: true
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("くわしくは、このすぐ下に書いてあります。")
            wrapMode: Text.Wrap
            color: Theme.firstCardText
            font.pixelSize: Theme.fontSmall
        }
    }
}
