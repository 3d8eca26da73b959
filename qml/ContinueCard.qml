pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// On the start screen, above 何がありましたか: an earlier incident is still open. When it happened, what
// happened, how far the steps have come, and one button to go on with it (前回の続きから).
Rectangle {
    id: root

    property int incidentId: -1

    signal continueRequested

    // What happened, the answers' texts in one line.
    function summary(): string {
        const texts = [];
        for (const answer of record.answers)
            texts.push(answer.answer);
        return texts.join(qsTr("、", "@info separator between answers"));
    }

    objectName: "continueCard"
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.card
    border.width: Theme.selectedBorderWidth
    border.color: Theme.firstCardBorder
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    IncidentRecord {
        id: record

        incidents: Incidents
        incidentId: root.incidentId
    }

    Checklist {
        id: checklist

        incidents: Incidents
        store: ContentStore
        incidentId: root.incidentId
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacingSmall

        Label {
            id: heading

            Layout.fillWidth: true
            text: qsTr("前回の記録があります")
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
            objectName: "continueHappened"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            text: record.happenedText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontAnswer
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("できごとの日時：%1", "@label when the incident happened").arg(text)
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.summary()
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        ChecklistProgress {
            Layout.fillWidth: true
            doneCount: checklist.doneCount
            applicableCount: checklist.applicableCount
        }

        WideButton {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            highlighted: true
            text: qsTr("前回の続きから", "@action:button continue the earlier incident's checklist")
            onClicked: root.continueRequested()
        }
    }
}
