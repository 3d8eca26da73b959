pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The top of the plan: "まず、これをしてください" (or, once something is done, "次は、これをしてください"),
// the title of the first step still open, and what it takes to do it from here: its call buttons (for the
// user's own card company, where the number is, and saving it on the same page).
Rectangle {
    id: root

    // A Checklist, or the wizard's PlanModel when nothing could be saved: rows with title and isFirst.
    property QtObject steps
    // How many steps are done already (0 without a checklist).
    property int doneCount: 0
    property CallSheet callSheet

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

        // Only the first step still open is shown here, with its contacts.
        Repeater {
            model: root.steps

            delegate: ColumnLayout {
                id: step

                required property string title
                required property bool isFirst
                required property list<string> contacts

                Layout.fillWidth: true
                visible: isFirst
                spacing: Theme.spacing

                Label {
                    objectName: "firstActionTitle"
                    Layout.fillWidth: true
                    text: WordWrap.keepWords(step.title)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.firstCardText
                    font.pixelSize: Theme.fontQuestion
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: step.title
                }

                Repeater {
                    model: step.isFirst ? step.contacts : []

                    delegate: ContactButton {
                        required property string modelData

                        Layout.fillWidth: true
                        contactId: modelData
                        callSheet: root.callSheet
                        compact: true
                    }
                }
            }
        }
    }
}
