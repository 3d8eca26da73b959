pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The ガイド tab: the wizard's questions one per screen, then its plan as a checklist. The session (C++)
// saves the run as an incident when the plan is reached, updates it when an answer changes, and discards
// it on 最初からやり直す when nobody touched it; this view only pushes and pops pages as `moved` says.
// Pages a plan opens on top of it (its record, an earlier incident) are popped first.
ColumnLayout {
    id: root

    property CallSheet callSheet
    readonly property Wizard wizard: session.wizard
    readonly property alias session: session
    readonly property alias stack: stack
    readonly property alias restartConfirm: restartConfirm
    // The incident this run of the wizard is saved as; -1 until the plan is reached, and after 最初からやり直す.
    readonly property int incidentId: session.incidentId
    // How many pages belong to the wizard (start, questions, plan); anything above them is popped first.
    property int wizardDepth: 1

    function goBack(): void {
        if (stack.depth > wizardDepth)
            stack.pop();
        else if (root.wizard.canGoBack)
            root.wizard.back();
    }

    // 最初からやり直す asks first: the answers go (a record with a tick or a note stays in 記録).
    function restart(): void {
        if (!root.wizard.atStart)
            restartConfirm.open();
    }

    // Shows an incident saved earlier (前回の続きから) on top of the start page.
    function showIncident(id: int): void {
        stack.push(planPage, {
                "incidentId": id
            });
    }

    // From the checker: the user already did something. The guide starts over (a record with a tick or a note
    // stays in 記録) and answers the first question for them.
    function startWith(answerId: string): void {
        stack.pop(null, StackView.Immediate);
        session.restart();
        root.wizard.chooseAnswer(answerId);
    }

    function showChecker(): void {
        stack.push(checkerPage);
    }

    function follow(move: int): void {
        // Once the questions are under way (or started over on purpose), the start page asks "new mail or
        // the earlier one" no more: coming back to it is part of this run.
        const start = stack.get(0) as StartPage;
        if (start && (move === Wizard.Move.Forward || move === Wizard.Move.Restart))
            start.newChosen = true;
        switch (move) {
        case Wizard.Move.ContentKept:
            return; // new guidance, same place: the pages stay, showing the new words
        case Wizard.Move.Restart:
            stack.pop(null);
            break;
        case Wizard.Move.ContentReset:
            stack.pop(null);
            break;
        case Wizard.Move.Back:
            // From the first question after the start page, popping leaves the start page: the same as pop(null).
            stack.pop();
            break;
        case Wizard.Move.Forward:
            if (root.wizard.atPlan)
                stack.push(planPage, {
                        "incidentId": session.incidentId,
                        "wizard": root.wizard
                    });
            else
                stack.push(questionPage);
            break;
        }
        wizardDepth = Math.max(1, stack.depth);
    }

    spacing: 0

    GuideSession {
        id: session

        store: ContentStore
        incidents: Incidents
        onMoved: move => root.follow(move)
    }

    TopBar {
        Layout.fillWidth: true
        canGoBack: root.wizard.canGoBack || stack.depth > root.wizardDepth
        // Only where there is room: the start page, and pages opened on top of the wizard's.
        title: stack.depth > root.wizardDepth ? ((stack.currentItem as Page)?.title ?? "") : root.wizard.atStart ? qsTr("詐欺メール応急ガイド") : ""
        actionText: root.wizard.atStart ? "" : qsTr("最初からやり直す", "@action:button forget the answers and start over")
        onBackRequested: root.goBack()
        onActionRequested: root.restart()
    }

    CalmStackView {
        id: stack

        objectName: "pages"

        Layout.fillWidth: true
        Layout.fillHeight: true
        initialItem: startPage
    }

    Component {
        id: startPage

        StartPage {
            wizard: root.wizard
            onContinueRequested: id => root.showIncident(id)
            onCheckRequested: root.showChecker()
        }
    }

    Component {
        id: questionPage

        QuestionPage {
            wizard: root.wizard
        }
    }

    Component {
        id: planPage

        PlanPage {
            callSheet: root.callSheet
            onRestartRequested: root.restart()
            onCheckRequested: root.showChecker()
        }
    }

    Component {
        id: checkerPage

        CheckerPage {
            onWizardRequested: answerId => root.startWith(answerId)
            onSignsRequested: root.stack.push(signsPage)
        }
    }

    Component {
        id: signsPage

        SignsPage {
        }
    }

    CalmDialog {
        id: restartConfirm

        objectName: "restartConfirm"
        heading: qsTr("最初からやり直しますか", "@title confirm starting the guide over")
        message: qsTr("これまでに選んだ答えは消えて、最初の質問に戻ります。済みの印やメモがある記録は、「記録」に残ります。")
        acceptText: qsTr("はい、最初からやり直す", "@action:button confirm starting over")
        rejectText: qsTr("やめる", "@action:button keep the answers")
        onAccepted: session.restart()
    }
}
