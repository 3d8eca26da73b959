pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import PhishAid

// The recovery plan of one incident as a checklist: how far it has come on top ("3 / 8 完了"), the next
// step, every step grouped 今すぐ / 今日中 / 落ち着いたら, and the record at the end. In the guide, when the
// incident could not be saved, the wizard's plan is shown to read instead (no ticks) with the reason.
Page {
    id: root

    // The incident; -1 when it could not be saved.
    property int incidentId: -1
    // The guide's wizard (its plan without a saved incident; 最初からやり直す). Null elsewhere.
    property Wizard wizard
    property CallSheet callSheet
    // Offered in the 記録 tab: delete this incident (after a confirmation).
    property bool canDelete: false
    readonly property bool saved: incidentId > 0 && checklist.count > 0
    readonly property alias checklist: checklist
    readonly property alias record: record
    readonly property alias deleteDialog: deleteDialog
    readonly property alias timeDialog: timeDialog

    signal restartRequested
    // このメール、本物？ from the plan of 本物かどうか、わからない.
    signal checkRequested

    // The saved answers' texts, for the recap.
    function answerTexts(): var {
        const texts = [];
        for (const answer of record.answers)
            texts.push(answer.answer);
        return texts;
    }

    objectName: wizard ? "planPage" : "checklistPage"
    padding: 0
    title: qsTr("回復の手順", "@title the recovery plan as a checklist")
    Accessible.role: Accessible.Pane
    Accessible.name: title
    // Once the page is in place and laid out, start at the very top: "まず、これをしてください".
    StackView.onActivated: list.showTop()

    Checklist {
        id: checklist

        incidents: Incidents
        store: ContentStore
        incidentId: root.incidentId
    }

    IncidentRecord {
        id: record

        incidents: Incidents
        incidentId: root.incidentId
    }

    UserDataStatusText {
        id: statusText
    }

    // Always in view: how far the steps have come.
    header: Pane {
        visible: root.saved
        padding: Theme.spacingSmall
        leftPadding: Theme.pageMargin
        rightPadding: Theme.pageMargin
        Accessible.ignored: true

        background: Rectangle {
            color: root.Material.background

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        RowLayout {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacing

            ChecklistProgress {
                objectName: "checklistProgress"
                Layout.fillWidth: true
                doneCount: checklist.doneCount
                applicableCount: checklist.applicableCount
            }

            ResolvedBadge {
                visible: record.resolved
            }
        }
    }

    PlanList {
        id: list

        anchors.fill: parent
        checklist: root.saved ? checklist : null
        plan: root.wizard ? root.wizard.plan : null
        answers: root.saved ? root.answerTexts() : root.wizard ? root.wizard.answeredSummary : []
        explanations: root.saved ? checklist.explanations : root.wizard ? root.wizard.plan.explanations : []
        callSheet: root.callSheet
        happenedText: record.happenedText
        resolved: record.resolved
        canRestart: root.wizard !== null
        canDelete: root.canDelete
        notSavedHeading: statusText.cannotSave ? statusText.heading : qsTr("この手順は保存できませんでした")
        notSavedMessage: statusText.cannotSave ? statusText.message : root.incidentId > 0 ? qsTr("この記録は削除されました。") : qsTr("済みの印はつけられませんが、手順はこのまま読めます。アプリを開き直すと、保存できることがあります。")
        onRestartRequested: root.restartRequested()
        onRecordRequested: root.StackView.view.push(recordPage, {
                "incidentId": root.incidentId
            })
        onEditTimeRequested: timeDialog.openAt(record.happenedAt)
        onResolveRequested: resolved => Incidents.setResolved(root.incidentId, resolved)
        onDeleteRequested: deleteDialog.open()
        checkOffered: root.wizard !== null && root.wizard.outcomeId === "not-sure"
        onCheckRequested: root.checkRequested()
    }

    DateTimeDialog {
        id: timeDialog

        onChosen: when => Incidents.setHappenedAt(root.incidentId, when)
    }

    CalmDialog {
        id: deleteDialog

        objectName: "deleteDialog"
        heading: qsTr("この記録を削除しますか", "@title confirm deleting an incident")
        message: qsTr("%1 のできごとの記録を、この端末から削除します。手順の済み・該当しないの印、メモ、経過も消えます。削除すると元に戻せません。これまでにコピーした文章や保存したPDFは消えません。", "@info what deleting an incident removes").arg(record.happenedText)
        acceptText: qsTr("削除する", "@action:button confirm deleting the incident")
        acceptDanger: true
        rejectText: qsTr("削除しない", "@action:button keep the incident")
        onAccepted: {
            if (Incidents.remove(root.incidentId))
                root.StackView.view.pop();
        }
    }

    Component {
        id: recordPage

        RecordPage {
        }
    }
}
