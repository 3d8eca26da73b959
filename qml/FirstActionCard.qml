pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The top of the plan: "まず、これをしてください" (or, once something is done, "次は、これをしてください")
// and the title of the first step still open.
Rectangle {
    id: root

    // A Checklist, or the wizard's PlanModel when nothing could be saved: rows with title and isFirst.
    property QtObject steps
    // How many steps are done already (0 without a checklist).
    property int doneCount: 0

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
            text: root.doneCount > 0 ? qsTr("次は、これをしてください") : qsTr("まず、これをしてください")
            wrapMode: Text.Wrap
            color: Theme.firstCardText
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // Only the first step still open is shown here.
        Repeater {
            model: root.steps

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
            text: root.doneCount > 0 ? qsTr("くわしくは、下の「次はこれ」の手順に書いてあります。") : qsTr("くわしくは、このすぐ下に書いてあります。")
            wrapMode: Text.Wrap
            color: Theme.firstCardText
            font.pixelSize: Theme.fontSmall
        }
    }
}
