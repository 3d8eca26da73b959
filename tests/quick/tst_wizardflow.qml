import QtQuick
import QtTest
import PhishAid

// Walks the real wizard by clicking the real buttons, as a person would, and checks the plan it shows.
PhishTestCase {
    name: "WizardFlow"

    function walkToEnteredWhat(app: AppView): void {
        answer(app, "tapped-link");
        compare(app.wizard.questionId, "entered-anything");
        answer(app, "entered-and-sent");
        compare(app.wizard.questionId, "entered-what");
        verify(app.wizard.multipleChoice);
    }

    function finishWithoutAppOrMoney(app: AppView): void {
        compare(app.wizard.questionId, "installed-app");
        answer(app, "not-installed");
        compare(app.wizard.questionId, "paid");
        answer(app, "not-paid");
        verify(app.wizard.atPlan);
    }

    // The plan page is on top, shows the first step in its card, and has a header for each urgency.
    function verifyPlanShown(app: AppView): void {
        const page = currentPage(app);
        compare(page.objectName, "planPage");
        const ids = planActionIds(app);
        verify(ids.length > 0, "the plan has steps");
        const plan = app.wizard.plan;
        const firstTitle = findByObjectName(page, "firstActionTitle");
        verify(firstTitle, "the まず、これをしてください card shows a title");
        compare(firstTitle.Accessible.name, plan.data(plan.index(0, 0), PlanModel.TitleRole));
        compare(firstTitle.text, WordWrap.keepWords(firstTitle.Accessible.name), "shown with its words kept whole");
        const card = findByObjectName(page, "firstActionCard");
        verify(card, "the まず、これをしてください card");
        // What the plan leads with is at its top, in view: its explanation, or else the first step's card.
        const explanations = plan.explanations;
        const lead = explanations.length > 0 ? findByObjectName(page, "explanation:" + explanations[0].id) : card;
        const top = lead.mapToItem(page, 0, 0).y;
        verify(top >= 0 && top < page.height / 2, "the plan's lead is at its top, in view: y " + top);
        verify(findByObjectName(page, "action:" + ids[0]), "the first step is built");
        verify(findByObjectName(page, "section:" + planUrgencies(app)[0]), "its section header is built");
    }

    function test_openedOnly(): void {
        const app = createApp(390, 844);
        compare(app.wizard.questionText, "何がありましたか");
        compare(currentPage(app).objectName, "startPage");
        answer(app, "opened-only");
        verifyPlanShown(app);
        const ids = planActionIds(app);
        // Calm where calm is right: the reassurance leads, with nothing to tick and no 今すぐ band.
        verify(findByObjectName(currentPage(app), "explanation:opened-only-explained"));
        compare(ids[0], "verify-via-official");
        verify(!planUrgencies(app).includes("now"), planUrgencies(app));
        verify(!findByObjectName(currentPage(app), "section:now"));
        verify(ids.includes("report-phishing"), ids);
        verify(!ids.includes("call-card-issuer"), ids);
        verify(!ids.includes("close-page"), ids);
        compare(app.wizard.answeredSummary.length, 1);
    }

    function test_linkThenCard(): void {
        const app = createApp(390, 844);
        walkToEnteredWhat(app);
        answer(app, "card");
        press(app, "次へ");
        finishWithoutAppOrMoney(app);
        verifyPlanShown(app);
        const ids = planActionIds(app);
        compare(ids[0], "call-card-issuer");
        verify(ids.includes("ask-fraud-cover"), ids);
        verify(ids.includes("check-card-statements"), ids);
        verify(!ids.includes("call-bank"), ids);
        // The card company's desk has no fixed number: it is the user's own, so no call button.
        const contact = findByObjectName(currentPage(app), "contact:card-issuer");
        verify(contact, "the card company contact is shown");
        verify(!contact.hasButton);
    }

    function test_linkThenIdPasswordAndPersonalData(): void {
        const app = createApp(390, 844);
        walkToEnteredWhat(app);
        const nextButton = findByAccessibleName(app, "次へ");
        verify(!nextButton.enabled, "次へ waits for a choice");
        verify(!app.wizard.canContinue);
        answer(app, "id-password");
        answer(app, "personal");
        compare(selectedAnswers(app), ["id-password", "personal"]);
        verify(nextButton.enabled);
        // Unticking and ticking again works, and the choice stays on the same question.
        answer(app, "personal");
        compare(selectedAnswers(app), ["id-password"]);
        answer(app, "personal");
        compare(app.wizard.questionId, "entered-what");
        click(nextButton);
        waitForSettled(app);
        finishWithoutAppOrMoney(app);
        verifyPlanShown(app);
        const ids = planActionIds(app);
        verify(ids.includes("change-password"), ids);
        verify(ids.includes("beware-followup-scams"), ids);
        verify(!ids.includes("call-card-issuer"), ids);
        verify(app.wizard.answeredSummary.includes("ログインのIDとパスワード"), app.wizard.answeredSummary);
    }

    function test_installedApp(): void {
        const app = createApp(390, 844);
        answer(app, "tapped-link");
        answer(app, "entered-nothing");
        compare(app.wizard.questionId, "installed-app");
        answer(app, "installed");
        answer(app, "not-paid");
        verifyPlanShown(app);
        const ids = planActionIds(app);
        verify(ids.includes("airplane-mode"), ids);
        verify(ids.includes("remove-app-or-profile"), ids);
        // Removing the app makes "check that nothing was installed" unnecessary.
        verify(!ids.includes("check-nothing-installed"), ids);
        verify(findByObjectName(currentPage(app), "action:airplane-mode"));
    }

    function test_backAndStartOver(): void {
        const app = createApp(390, 844);
        // At the first question, back does nothing harmful.
        keyClick(Qt.Key_Escape);
        waitForSettled(app);
        verify(app.wizard.atStart);
        compare(stackOf(app).depth, 1);
        walkToEnteredWhat(app);
        answer(app, "card");
        compare(stackOf(app).depth, 3);

        // Back with the toolbar button: the previous question, with its answer still marked.
        press(app, "戻る");
        compare(app.wizard.questionId, "entered-anything");
        compare(stackOf(app).depth, 2);
        compare(selectedAnswers(app), ["entered-and-sent"]);

        // Back with Esc: the first question, with its answer still marked.
        keyClick(Qt.Key_Escape);
        waitForSettled(app);
        verify(app.wizard.atStart);
        compare(currentPage(app).objectName, "startPage");
        compare(selectedAnswers(app), ["tapped-link"]);

        // Forward again to the plan, then back from the plan to the last question.
        answer(app, "tapped-link");
        answer(app, "entered-and-sent");
        answer(app, "bank");
        press(app, "次へ");
        answer(app, "not-installed");
        answer(app, "not-paid");
        verify(app.wizard.atPlan);
        keyClick(Qt.Key_Escape);
        waitForSettled(app);
        compare(app.wizard.questionId, "paid");
        compare(selectedAnswers(app), ["not-paid"]);

        // Start over from the toolbar, after a question that can be said no to: back to 何がありましたか.
        press(app, "最初からやり直す");
        const dialog = app.guide.restartConfirm;
        tryCompare(dialog, "opened", true);
        click(findByAccessibleName(overlayOf(app), "やめる"));
        tryCompare(dialog, "visible", false);
        verify(!app.wizard.atStart, "やめる keeps the answers");
        startOver(app);
        verify(app.wizard.atStart);
        compare(app.wizard.questionText, "何がありましたか");
        compare(currentPage(app).objectName, "startPage");
        compare(stackOf(app).depth, 1);
        compare(selectedAnswers(app), []);
    }

    function test_startOverFromPlan(): void {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        verify(app.wizard.atPlan);
        const page = currentPage(app);
        // The button at the end of the plan (the toolbar has one too).
        const buttons = findAll(page, item => item.visible && !item.Accessible.ignored && item.Accessible.name === "最初からやり直す");
        compare(buttons.length, 1);
        click(buttons[0]);
        tryCompare(app.guide.restartConfirm, "opened", true); // it asks first
        verify(app.wizard.atPlan);
        click(findByAccessibleName(overlayOf(app), "はい、最初からやり直す"));
        waitForSettled(app);
        verify(app.wizard.atStart);
        compare(currentPage(app).objectName, "startPage");
        compare(app.wizard.plan.count, 0);
    }

    // Every button a person can press has a name for screen readers.
    function test_accessibleNames(): void {
        const app = createApp(390, 844);
        const check = () => {
            const buttons = findAll(app, item => item.visible && item.pressed !== undefined && item.clicked !== undefined);
            verify(buttons.length > 0);
            for (const button of buttons)
                verify(button.Accessible.name.length > 0, "a button without an accessible name: " + button);
        };
        check();
        walkToEnteredWhat(app);
        check();
        answer(app, "card");
        press(app, "次へ");
        finishWithoutAppOrMoney(app);
        check();
    }
}
