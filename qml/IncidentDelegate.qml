import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One saved incident in これまでの記録: the whole card is one big button that opens its checklist.
// When it happened, what happened (the answers), how far the steps have come, and 解決済み.
Item {
    id: root

    required property int incidentId
    required property string happenedText
    required property string summary
    required property bool resolved
    required property int doneCount
    required property int applicableCount

    signal openRequested(int incidentId)

    objectName: "incident:" + incidentId
    implicitHeight: button.implicitHeight

    AbstractButton {
        id: button

        x: (root.width - width) / 2
        width: Math.min(root.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        padding: Theme.padding
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("%1 のできごと", "@action:button open the incident that happened at <time>").arg(root.happenedText)
        Accessible.description: root.summary
        Accessible.onPressAction: root.openRequested(root.incidentId)
        onClicked: root.openRequested(root.incidentId)

        background: Rectangle {
            radius: Theme.radius
            color: button.down ? Theme.cardPressed : Theme.card
            border.width: button.visualFocus ? Theme.selectedBorderWidth : Theme.borderWidth
            border.color: button.visualFocus ? Theme.accent : Theme.cardBorder
        }

        contentItem: RowLayout {
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: root.happenedText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontAnswer
                    font.bold: true
                    Accessible.ignored: true
                }

                ResolvedBadge {
                    visible: root.resolved
                    Accessible.ignored: true
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.summary
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    Accessible.ignored: true
                }

                ChecklistProgress {
                    Layout.fillWidth: true
                    doneCount: root.doneCount
                    applicableCount: root.applicableCount
                    Accessible.ignored: true
                }
            }

            Label {
                Layout.alignment: Qt.AlignVCenter
                text: "›"
                color: Theme.textSecondary
                font.pixelSize: 30
                Accessible.ignored: true
            }
        }
    }
}
