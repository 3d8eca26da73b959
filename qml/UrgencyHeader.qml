import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A section header of the plan: 今すぐ / 今日中 / 落ち着いたら, with a short line on what it means.
Item {
    id: root

    property string urgency // "now", "today", "later"

    objectName: "section:" + urgency
    implicitWidth: band.implicitWidth + 2 * Theme.pageMargin
    implicitHeight: band.implicitHeight + Theme.spacingLarge
    Accessible.role: Accessible.Heading
    Accessible.name: title.text

    Rectangle {
        id: band

        x: (root.width - width) / 2
        y: Theme.spacingLarge - Theme.spacingSmall
        width: Math.min(root.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        implicitWidth: row.implicitWidth + 2 * Theme.padding
        implicitHeight: row.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.urgencyColor(root.urgency)

        RowLayout {
            id: row

            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.padding
            spacing: Theme.spacing

            Label {
                id: title

                text: root.urgency === "now" ? qsTr("今すぐ", "@title:group plan section: do this right now") : root.urgency === "today" ? qsTr("今日中", "@title:group plan section: do this today") : qsTr("落ち着いたら", "@title:group plan section: do this when you are calmer")
                color: Theme.urgencyTextColor(root.urgency)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Accessible.ignored: true
            }

            Label {
                Layout.fillWidth: true
                text: root.urgency === "now" ? qsTr("このあと、すぐにしてください") : root.urgency === "today" ? qsTr("今日のうちにしてください") : qsTr("あわてなくて大丈夫です")
                wrapMode: Text.Wrap
                color: Theme.urgencyTextColor(root.urgency)
                font.pixelSize: Theme.fontSmall
                Accessible.ignored: true
            }
        }
    }
}
