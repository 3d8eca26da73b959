import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// The plan as a checklist over a saved incident: ticks that reach the database (seen again by a new QML
// engine over the same file), 該当しない, the same incident updated when an answer changes, continuing
// from the start screen, new guidance that keeps the place, and contacts that go through the call sheet.
PhishTestCase {
    name: "Checklist"

    function checklistOf(app: AppView): Checklist {
        const page = currentPage(app);
        verify(page.checklist, "a plan page with a checklist");
        return page.checklist;
    }

    function stateOf(checklist: Checklist, actionId: string): string {
        for (let row = 0; row < checklist.count; ++row) {
            if (checklist.data(checklist.index(row, 0), Checklist.ActionIdRole) === actionId)
                return checklist.data(checklist.index(row, 0), Checklist.StateRole);
        }
        return "";
    }

    function tick(app: AppView, actionId: string): void {
        const box = findByObjectName(currentPage(app), "tick:" + actionId);
        verify(box, "the tick box of " + actionId);
        verify(box.width >= Theme.touchTarget && box.height >= Theme.touchTarget, "a big tick target");
        compare(box.Accessible.role, Accessible.CheckBox);
        click(box);
        waitForSettled(app);
    }

    function progressText(app: AppView): string {
        return findByObjectName(currentPage(app), "progressText").text;
    }

    function test_ticksSurviveANewEngine(): void {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        compare(currentPage(app).objectName, "planPage");
        compare(Incidents.count, 1, "reaching the plan saved the incident");
        const id = app.guide.incidentId;
        verify(id > 0);
        compare(Incidents.openIncidentId, id);
        const checklist = checklistOf(app);
        const ids = planActionIds(app);
        compare(checklist.count, ids.length);
        compare(progressText(app), "0 / " + ids.length + " 完了");
        tick(app, ids[0]);
        tick(app, ids[1]);
        compare(stateOf(checklist, ids[0]), "done");
        compare(stateOf(checklist, ids[1]), "done");
        verify(findByObjectName(currentPage(app), "tick:" + ids[0]).checked);
        compare(progressText(app), "2 / " + ids.length + " 完了");
        // Unticking is one more press.
        tick(app, ids[1]);
        compare(stateOf(checklist, ids[1]), "open");
        tick(app, ids[2]);

        // A brand-new engine over the same database file sees exactly what this one committed.
        const fresh = TestEnvironment.checklistInFreshEngine(id);
        verify(!fresh.error, fresh.error);
        compare(fresh.openIncidentId, id);
        compare(fresh.doneCount, 2);
        compare(fresh.applicableCount, ids.length);
        compare(fresh.states[ids[0]], "done");
        compare(fresh.states[ids[1]], "open");
        compare(fresh.states[ids[2]], "done");
    }

    // A tick the database cannot take is not shown, and the step says so in one sentence.
    function test_tickThatCannotBeSaved(): void {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        const checklist = checklistOf(app);
        const first = planActionIds(app)[0];
        const delegate = findByObjectName(currentPage(app), "action:" + first);
        verify(TestEnvironment.lockUserDatabase(), "another connection holds the write lock");
        tick(app, first);
        TestEnvironment.unlockUserDatabase();
        compare(stateOf(checklist, first), "open");
        verify(!findByObjectName(currentPage(app), "tick:" + first).checked, "left unticked");
        const message = findByObjectName(delegate, "saveFailed");
        verify(message, "the step says the tick was not saved");
        verify(message.text.startsWith("保存できなかったため"), message.text);
        compare(TestEnvironment.checklistInFreshEngine(app.guide.incidentId).states[first], "open");
        // Once the database is free again, the same press works and the sentence goes.
        tick(app, first);
        compare(stateOf(checklist, first), "done");
        verify(!findByObjectName(delegate, "saveFailed"));
    }

    function test_notApplicable(): void {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        const checklist = checklistOf(app);
        const ids = planActionIds(app);
        const last = ids[ids.length - 1];
        // Its explanation opens in place; 該当しない is one press there.
        const heading = findByObjectName(currentPage(app), "expand:" + last);
        click(heading);
        verify(heading.expanded);
        const button = findByObjectName(currentPage(app), "notApplicable:" + last);
        verify(button.height >= Theme.touchTarget);
        click(button);
        compare(stateOf(checklist, last), "not_applicable");
        compare(checklist.applicableCount, ids.length - 1, "left out of the count");
        compare(progressText(app), "0 / " + (ids.length - 1) + " 完了");
        verify(!findByObjectName(currentPage(app), "tick:" + last), "nothing to tick while set aside");
        compare(TestEnvironment.checklistInFreshEngine(app.guide.incidentId).states[last], "not_applicable");
        // Kept in the record.
        const record = currentPage(app).record;
        verify(record.timeline.some(entry => entry.text.startsWith("該当しない")), JSON.stringify(record.timeline));
        // Undo, also one press.
        click(findByObjectName(currentPage(app), "notApplicable:" + last));
        compare(stateOf(checklist, last), "open");
        compare(checklist.applicableCount, ids.length);
    }

    function test_changedAnswerUpdatesTheSameIncident(): void {
        const app = createApp(390, 844);
        walkToCardPlan(app);
        const id = app.guide.incidentId;
        tick(app, "call-card-issuer");
        press(app, "戻る");
        compare(app.wizard.questionId, "paid");
        press(app, "戻る");
        answer(app, "installed");
        answer(app, "not-paid");
        verify(app.wizard.atPlan);
        compare(Incidents.count, 1, "no second incident");
        compare(app.guide.incidentId, id);
        compare(stateOf(checklistOf(app), "call-card-issuer"), "done", "the tick stays");
        verify(planActionIds(app).includes("remove-app-or-profile"));
        // Back to the very first question and a different answer: still the same incident.
        while (!app.wizard.atStart)
            press(app, "戻る");
        answer(app, "opened-only");
        compare(Incidents.count, 1);
        compare(app.guide.incidentId, id);
        compare(checklistOf(app).incidentId, id);
        // 最初からやり直す starts a new incident; the first one stays in the records.
        startOver(app);
        answer(app, "opened-only");
        compare(Incidents.count, 2);
        verify(app.guide.incidentId !== id);
    }

    // New guidance loaded while the plan is open (an update the user asked for in 設定): the plan page stays,
    // with its ticks, on the same incident; on a question, the question stays.
    function test_newContentKeepsThePlace(): void {
        const app = createApp(390, 844);
        walkToCardPlan(app);
        const id = app.guide.incidentId;
        tick(app, "call-card-issuer");
        const depth = stackOf(app).depth;
        verify(ContentStore.reload());
        waitForSettled(app);
        verify(app.wizard.atPlan);
        compare(stackOf(app).depth, depth, "no page popped or pushed");
        compare(app.guide.incidentId, id);
        compare(Incidents.count, 1, "no second incident");
        compare(stateOf(checklistOf(app), "call-card-issuer"), "done", "the tick stays");
        press(app, "戻る");
        compare(app.wizard.questionId, "paid");
        verify(ContentStore.reload());
        waitForSettled(app);
        compare(app.wizard.questionId, "paid");
        compare(stackOf(app).depth, depth - 1);
        answer(app, "not-paid");
        compare(app.guide.incidentId, id, "the same incident again");
        compare(Incidents.count, 1);
    }

    function test_continueFromStart(): void {
        let app = createApp(390, 844);
        walkToCardPlan(app);
        const id = app.guide.incidentId;
        const total = checklistOf(app).applicableCount;
        tick(app, "call-card-issuer");
        // The app is closed and opened again.
        app.destroy();
        wait(30);
        app = createApp(390, 844, true);
        compare(currentPage(app).objectName, "startPage");
        const card = findByObjectName(currentPage(app), "continueCard");
        verify(card, "the start screen offers to continue");
        verify(findByObjectName(card, "continueHappened").text.match(/^\d{4}年\d+月\d+日 \d+:\d\d$/));
        // It asks once: the new mail, or this one (what it was about and how far it has come).
        const earlier = findByObjectName(card, "continueEarlier");
        verify(earlier.text.includes("リンクを押した") && earlier.text.includes("1 / " + total + " 完了"), earlier.text);
        verify(findByObjectName(card, "startNew"));
        compare(answerButtons(app).length, 0, "the questions wait for the choice");
        click(earlier);
        waitForSettled(app);
        compare(currentPage(app).objectName, "checklistPage");
        compare(currentPage(app).incidentId, id);
        verify(findByObjectName(currentPage(app), "tick:call-card-issuer").checked);
        compare(progressText(app), "1 / " + total + " 完了");
        // Back returns to the start screen; 新しく届いたメールのこと shows the questions, the emergency first.
        press(app, "戻る");
        compare(currentPage(app).objectName, "startPage");
        compare(stackOf(app).depth, 1);
        click(findByObjectName(currentPage(app), "startNew"));
        waitForSettled(app);
        compare(app.wizard.questionText, "何がありましたか");
        compare(answerButtons(app)[0].answerId, "money-being-taken");
        verify(!findByObjectName(currentPage(app), "continueCard"));
    }

    function test_noContinueWhenResolved(): void {
        let app = createApp(390, 844);
        answer(app, "opened-only");
        verify(Incidents.setResolved(app.guide.incidentId, true));
        compare(Incidents.openIncidentId, -1);
        app = createApp(390, 844, true);
        verify(!findByObjectName(currentPage(app), "continueCard"));
    }

    // 最初からやり直す on a plan nobody touched leaves no record behind; a ticked one stays.
    function test_restartLeavesNoUntouchedRecord(): void {
        const app = createApp(390, 844);
        walkToCardPlan(app);
        compare(Incidents.count, 1);
        const untouched = app.guide.incidentId;
        verify(untouched > 0);
        startOver(app);
        verify(app.wizard.atStart);
        compare(app.guide.incidentId, -1);
        compare(Incidents.count, 0);

        walkToCardPlan(app);
        compare(Incidents.count, 1);
        tick(app, "call-card-issuer");
        startOver(app);
        compare(Incidents.count, 1, "a record with a tick is kept");
        verify(Incidents.openIncidentId > 0);
    }

    function test_contactsGoThroughTheCallSheet(): void {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        click(findByObjectName(currentPage(app), "expand:report-phishing"));
        const mail = findByObjectName(currentPage(app), "contact:antiphishing-mail");
        verify(mail, "the contact of report-phishing");
        click(findAll(mail, item => item.visible && item.highlighted === true)[0]);
        tryCompare(app.callSheet, "opened", true);
        compare(app.callSheet.contactId, "antiphishing-mail");
        app.callSheet.close();
        tryCompare(app.callSheet, "visible", false);
    }

    // The card scenario's first card carries its call: with no number saved, where the number is and
    // 番号を登録する, which saves it in a sheet on the same page; the plan shows it at once, and removing it
    // (after a question) takes the call button away again. No restart, no other tab.
    function test_firstCardCallsTheCardCompany(): void {
        const app = createApp(390, 844);
        walkToCardPlan(app);
        const card = findByObjectName(currentPage(app), "firstActionCard");
        let own = findByObjectName(card, "contact:card-issuer");
        verify(own && !own.hasButton && own.needsNumber, "the first card says where the number is");
        verify(findByObjectName(own, "cardBackDrawing").visible);
        click(findByAccessibleName(own, "カード会社の紛失・盗難窓口の番号を登録する"));
        tryCompare(app.callSheet, "opened", true);
        compare(app.currentTab, 0);
        const popup = app.callSheet.contentItem.parent;
        findByAccessibleName(popup, "カード会社の紛失・盗難窓口の電話番号").text = "0120-123-456";
        click(findByAccessibleName(popup, "カード会社の紛失・盗難窓口の番号を保存する"));
        compare(MyContacts.number("card-issuer"), "0120-123-456");
        app.callSheet.close();
        tryCompare(app.callSheet, "visible", false);

        own = findByObjectName(findByObjectName(currentPage(app), "firstActionCard"), "contact:card-issuer");
        tryVerify(() => own.hasButton, 2000, "the saved number shows on the first card at once");
        compare(findByObjectName(own, "contactValue").text, "0120-123-456");
        const call = findByAccessibleName(own, "カード会社の紛失・盗難窓口に電話する");
        click(call);
        tryCompare(app.callSheet, "opened", true);
        compare(findByObjectName(app.callSheet.contentItem.parent, "callSheetValue").text, "0120-123-456");
        app.callSheet.close();
        tryCompare(app.callSheet, "visible", false);

        verify(MyContacts.remove("card-issuer"));
        tryVerify(() => !own.hasButton && own.needsNumber, 2000, "removing the number takes the call button away");
    }
}
