pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The start screen asks once, when an earlier incident is still open: two equal choices, the new mail or
// going on with the incident worked on last (what it was about, how far it has come, when it happened).
Rectangle {
    id: root

    property int incidentId: -1

    signal continueRequested
    signal newRequested

    // What the incident was about, in a few words: the first answer (何がありましたか).
    readonly property string about: record.answers.length > 0 ? record.answers[0].answer : ""

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
            text: qsTr("前回の記録があります。どちらのことですか")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        WideButton {
            objectName: "startNew"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("新しく届いたメールのこと", "@action:button start the questions for a new mail")
            onClicked: root.newRequested()
        }

        WideButton {
            objectName: "continueEarlier"
            Layout.fillWidth: true
            text: root.about.length > 0 ? qsTr("前回の続き(%1の件、%2 / %3 完了)", "@action:button continue <what happened>, <done> / <steps> done").arg(root.about).arg(checklist.doneCount).arg(checklist.applicableCount) : qsTr("前回の続き(%1 / %2 完了)", "@action:button continue, <done> / <steps> done").arg(checklist.doneCount).arg(checklist.applicableCount)
            onClicked: root.continueRequested()
        }

        Label {
            objectName: "continueHappened"
            Layout.fillWidth: true
            text: record.happenedText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("前回のできごとの日時：%1", "@label when the earlier incident happened").arg(text)
        }
    }
}
