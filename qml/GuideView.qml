pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhishAid

// The ガイド tab: the wizard's questions one per screen, then its plan as a checklist. Reaching the plan
// saves the run as an incident (C++ decides what is saved); going back and changing an answer updates
// the same incident. Pages a plan opens on top of it (its record, an earlier incident) are popped first.
ColumnLayout {
    id: root

    property CallSheet callSheet
    readonly property alias wizard: wizard
    readonly property alias stack: stack
    // The incident this run of the wizard is saved as; -1 until the plan is reached, and after 最初からやり直す.
    property int incidentId: -1
    // True while the guide itself asks the wizard to go back, so the stack pops instead of pushing.
    property bool goingBack: false
    // How many pages belong to the wizard (start, questions, plan); anything above them is popped first.
    property int wizardDepth: 1

    function goBack(): void {
        if (stack.depth > wizardDepth) {
            stack.pop();
            return;
        }
        if (!wizard.canGoBack)
            return;
        goingBack = true;
        wizard.back();
        goingBack = false;
    }

    function restart(): void {
        incidentId = -1;
        wizard.restart();
    }

    // Shows an incident saved earlier (前回の続きから) on top of the start page.
    function showIncident(id: int): void {
        stack.push(planPage, {
                "incidentId": id
            });
    }

    function followWizard(): void {
        // New guidance arrived and the wizard kept its place: the pages stay, showing the new words.
        if (wizard.keptPlace)
            return;
        if (wizard.atStart) {
            // Back at the start by 最初からやり直す, or by new guidance that no longer has these answers (not by
            // 戻る): the next plan is a new incident.
            if (!goingBack)
                incidentId = -1;
            stack.pop(null);
        } else if (goingBack) {
            stack.pop();
        } else if (wizard.atPlan) {
            const saved = Incidents.saveFromWizard(wizard, incidentId);
            if (saved > 0)
                incidentId = saved;
            stack.push(planPage, {
                    "incidentId": saved,
                    "wizard": wizard
                });
        } else {
            stack.push(questionPage);
        }
        wizardDepth = Math.max(1, stack.depth);
    }

    spacing: 0

    Wizard {
        id: wizard

        store: ContentStore
        onQuestionChanged: root.followWizard()
    }

    TopBar {
        Layout.fillWidth: true
        canGoBack: wizard.canGoBack || stack.depth > root.wizardDepth
        // Only where there is room: the start page, and pages opened on top of the wizard's.
        title: stack.depth > root.wizardDepth ? ((stack.currentItem as Page)?.title ?? "") : wizard.atStart ? qsTr("詐欺メール応急ガイド") : ""
        actionText: wizard.atStart ? "" : qsTr("最初からやり直す", "@action:button forget the answers and start over")
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
        }
    }
}
