pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// One step of the plan as a checklist item: a big tick box, the title (press it to open the explanation
// and whom to contact), and 該当しない. A tick shows only once the database has it. Without a checklist
// (the record could not be saved) every step is open to read and there is nothing to tick.
Item {
    id: root

    required property int index
    required property string actionId
    required property string urgency
    required property string title
    required property string body
    required property list<string> contacts
    required property bool isFirst
    // The whole row: done, notApplicable and changedText exist only when the model is a Checklist.
    required property var model

    property Checklist checklist
    property CallSheet callSheet
    // The next step to do starts open; the others open when their title is pressed.
    property bool expanded: !checklist || isFirst
    // The last change could not be saved (the tick stays as it was): say so.
    property bool saveFailed: false

    readonly property bool done: model.done ?? false
    readonly property bool notApplicable: model.notApplicable ?? false
    readonly property string changedText: model.changedText ?? ""

    function setDone(value: bool): void {
        saveFailed = !checklist.setDone(index, value);
    }

    function setNotApplicable(value: bool): void {
        saveFailed = !checklist.setNotApplicable(index, value);
    }

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
        color: root.notApplicable ? Theme.subtle : Theme.card
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
                text: root.checklist && root.checklist.doneCount > 0 ? qsTr("次はこれ", "@info:badge the next step to do") : qsTr("いちばん最初に", "@info:badge the first thing to do")
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

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                TickBox {
                    objectName: "tick:" + root.actionId
                    Layout.alignment: Qt.AlignTop
                    Layout.leftMargin: -Theme.spacing
                    visible: root.checklist !== null && !root.notApplicable
                    checked: root.done
                    Accessible.name: qsTr("済み: %1", "@action:check mark this step as done").arg(root.title)
                    Accessible.description: root.done ? qsTr("済みにしました(%1)", "@info when the step was ticked").arg(root.changedText) : qsTr("済んだら押してください")
                    onTickRequested: checked => root.setDone(checked)
                }

                ActionHeading {
                    objectName: "expand:" + root.actionId
                    Layout.fillWidth: true
                    title: root.title
                    expanded: root.expanded
                    stateText: root.done ? qsTr("済み %1", "@info the step was done at <time>").arg(root.changedText) : root.notApplicable ? qsTr("該当しない(記録には残ります)", "@info the step was set aside") : ""
                    onClicked: root.expanded = !root.expanded
                }
            }

            Label {
                Layout.fillWidth: true
                visible: root.expanded && text.length > 0
                text: WordWrap.keepWords(root.body)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
            }

            Repeater {
                model: root.expanded ? root.contacts : []

                delegate: ContactButton {
                    required property string modelData

                    Layout.fillWidth: true
                    contactId: modelData
                    callSheet: root.callSheet
                }
            }

            WideButton {
                objectName: "notApplicable:" + root.actionId
                Layout.fillWidth: true
                visible: root.checklist !== null && !root.done && (root.expanded || root.notApplicable)
                font.pixelSize: Theme.fontBody
                text: root.notApplicable ? qsTr("該当しないを取り消す", "@action:button undo: this step applies after all") : qsTr("該当しない", "@action:button this step does not apply to me")
                Accessible.name: root.notApplicable ? qsTr("該当しないを取り消す: %1", "@action:button undo not applicable for <step>").arg(root.title) : qsTr("該当しない: %1", "@action:button <step> does not apply to me").arg(root.title)
                onClicked: root.setNotApplicable(!root.notApplicable)
            }

            Label {
                objectName: "saveFailed"
                Layout.fillWidth: true
                visible: root.saveFailed
                text: qsTr("保存できなかったため、印をつけていません。少し待ってから、もう一度押してください。")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
