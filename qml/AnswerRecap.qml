pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short reminder of what the user answered, so they can see the plan fits what happened.
Rectangle {
    id: root

    // What the user answered, as the answers' texts (Wizard.answeredSummary, or an incident's answers).
    property var answers: []

    objectName: "answerRecap"
    visible: answers.length > 0
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.subtle
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
            text: qsTr("あなたが選んだこと")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }

        Repeater {
            model: root.answers

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: qsTr("・%1", "@item:inlistbox one answer in the recap").arg(modelData)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
