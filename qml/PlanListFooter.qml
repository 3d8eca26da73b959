import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The end of the plan: this incident's record (when it happened, the record to show or save, resolved,
// delete), and 最初からやり直す in the guide.
Item {
    id: root

    // False when nothing could be saved: no record to show.
    property bool saved: false
    property string happenedText
    property bool resolved: false
    property bool canRestart: false
    property bool canDelete: false
    // What the user answered: below the steps, where it does not push the first step down.
    property var answers: []

    signal editTimeRequested
    signal recordRequested
    signal resolveRequested(bool resolved)
    signal deleteRequested
    signal restartRequested

    implicitHeight: column.implicitHeight + 2 * Theme.pageMargin

    ColumnLayout {
        id: column

        x: (parent.width - width) / 2
        y: Theme.pageMargin
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        AnswerRecap {
            Layout.fillWidth: true
            answers: root.answers
        }

        Rectangle {
            objectName: "incidentBox"
            Layout.fillWidth: true
            visible: root.saved
            implicitHeight: box.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.subtle
            Accessible.role: Accessible.Grouping
            Accessible.name: boxHeading.text

            ColumnLayout {
                id: box

                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing

                Label {
                    id: boxHeading

                    Layout.fillWidth: true
                    text: qsTr("この記録", "@title:group this incident's record")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("できごとの日時", "@label when the incident happened")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }

                Label {
                    objectName: "happenedText"
                    Layout.fillWidth: true
                    Layout.topMargin: -Theme.spacingSmall
                    text: root.happenedText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontAnswer
                    font.bold: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("できごとの日時：%1", "@label when the incident happened").arg(text)
                }

                ResolvedBadge {
                    visible: root.resolved
                }

                WideButton {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    text: qsTr("できごとの日時を直す", "@action:button change when the incident happened")
                    onClicked: root.editTimeRequested()
                }

                WideButton {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    text: qsTr("記録を見る・保存する", "@action:button open the record: timeline, notes, copy, PDF")
                    onClicked: root.recordRequested()
                }

                WideButton {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    text: root.resolved ? qsTr("解決済みを取り消す", "@action:button the incident is not resolved after all") : qsTr("解決済みにする", "@action:button mark the incident as resolved")
                    onClicked: root.resolveRequested(!root.resolved)
                }

                WideButton {
                    Layout.fillWidth: true
                    visible: root.canDelete
                    danger: true
                    font.pixelSize: Theme.fontBody
                    text: qsTr("この記録を削除する", "@action:button delete this incident")
                    onClicked: root.deleteRequested()
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.canRestart
            text: qsTr("答えを変えたいときは、最初からやり直せます。")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        WideButton {
            Layout.fillWidth: true
            visible: root.canRestart
            text: qsTr("最初からやり直す", "@action:button forget the answers and start over")
            onClicked: root.restartRequested()
        }
    }
}
