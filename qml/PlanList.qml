import QtQuick
import QtQuick.Controls
import PhishAid

// The plan as one scrolling checklist: the next step and the recap on top, the steps grouped by urgency
// (ListView sections on "urgency"; the model keeps plan order, so 今すぐ stays first), and the record's
// actions and 最初からやり直す at the end. Without a checklist (nothing could be saved) it shows the
// wizard's plan to read, with no ticks.
// Qt 6.4: no `pragma ComponentBehavior: Bound` in this file. With it, the ListView's header, footer and
// section delegates are never created ("QQmlComponent: Component is not ready"). Without it, qmllint
// flags every outer id used inside them, so they reach this list through `ListView.view as PlanList`.
ListView {
    id: root

    // The incident's checklist, or null when it could not be saved.
    property Checklist checklist
    // The wizard's plan, shown when there is no checklist.
    property PlanModel plan
    // The answers' texts, for the recap.
    property var answers: []
    // What the plan explains before its steps: [{id, title, body}], read first, never ticked.
    property var explanations: []
    property CallSheet callSheet
    // About the incident, for the footer.
    property string happenedText
    property bool resolved: false
    property bool canRestart: false
    property bool canDelete: false
    // Why nothing is ticked or saved, when there is no checklist.
    property string notSavedHeading
    property string notSavedMessage
    property bool checkOffered: false
    // Until the user scrolls, the top of the plan stays in view while the header settles its height.
    property bool userScrolled: false

    signal restartRequested
    signal recordRequested
    signal editTimeRequested
    signal resolveRequested(bool resolved)
    signal deleteRequested
    signal checkRequested

    // Scrolls to the very top (the header), unless the user has scrolled already.
    function showTop(): void {
        if (!userScrolled)
            contentY = originY;
    }

    model: checklist ? checklist : plan
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    cacheBuffer: 4000 // a plan is short: keep every step built, for screen readers too
    onMovementStarted: userScrolled = true

    ScrollBar.vertical: ScrollBar {
    }

    section.property: "urgency"
    section.criteria: ViewSection.FullString
    section.delegate: UrgencyHeader {
        required property string section

        width: ListView.view.width
        urgency: section
    }

    header: PlanListHeader {
        id: planHeader

        readonly property PlanList list: ListView.view as PlanList

        width: list.width
        checklist: list.checklist
        steps: list.model as QtObject
        stepCount: list.count
        explanations: list.explanations
        callSheet: list.callSheet
        resolved: list.resolved
        notSavedHeading: list.notSavedHeading
        notSavedMessage: list.notSavedMessage
        onResolveRequested: planHeader.list.resolveRequested(true)
        checkOffered: list.checkOffered
        onCheckRequested: planHeader.list.checkRequested()
    }

    delegate: ActionDelegate {
        width: ListView.view.width
        checklist: (ListView.view as PlanList).checklist
        callSheet: (ListView.view as PlanList).callSheet
    }

    footer: PlanListFooter {
        id: planFooter

        readonly property PlanList list: ListView.view as PlanList

        width: list.width
        saved: list.checklist !== null
        happenedText: list.happenedText
        answers: list.answers
        resolved: list.resolved
        canRestart: list.canRestart
        canDelete: list.canDelete
        onEditTimeRequested: planFooter.list.editTimeRequested()
        onRecordRequested: planFooter.list.recordRequested()
        onResolveRequested: resolved => planFooter.list.resolveRequested(resolved)
        onDeleteRequested: planFooter.list.deleteRequested()
        onRestartRequested: planFooter.list.restartRequested()
    }
}
