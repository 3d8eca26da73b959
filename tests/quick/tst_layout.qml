import QtQuick
import QtTest
import PhishAid

// The app must hold on a small phone (320×568) and in landscape (844×390): every text fits its place,
// every answer button is at least 48 px high and as wide as its text needs, and nothing overlaps.
PhishTestCase {
    name: "Layout"

    function init_data() {
        return [{
                "tag": "small phone 320x568",
                "w": 320,
                "h": 568
            }, {
                "tag": "landscape 844x390",
                "w": 844,
                "h": 390
            }, {
                "tag": "phone 390x844",
                "w": 390,
                "h": 844
            }];
    }

    function isText(item: Item): bool {
        return item.lineCount !== undefined && item.truncated !== undefined && item.contentWidth !== undefined;
    }

    // What is wrong with the visible texts under `root`: cut off, wider than their place, or outside the window.
    function textProblems(app: AppView, root: Item) {
        const problems = [];
        const texts = findAll(root, item => item.visible && item.opacity > 0 && isText(item) && item.text.length > 0);
        if (texts.length === 0)
            problems.push("no visible text");
        for (const text of texts) {
            const where = "\"" + text.text + "\"";
            const left = text.mapToItem(app, 0, 0).x;
            if (text.truncated)
                problems.push(where + " is cut off");
            else if (text.contentWidth > text.width + 1)
                problems.push(where + " is wider than its place: " + text.contentWidth + " > " + text.width);
            else if (left < -0.5 || left + text.width > app.width + 0.5)
                problems.push(where + " leaves the window: x " + left + " width " + text.width);
        }
        return problems;
    }

    // Every visible text under `root` is shown whole and stays inside the window's width. Delegates that
    // scrolled into view are laid out on the next frames, so this waits a little before it fails.
    function verifyTextsFit(app: AppView, root: Item): void {
        let problems = textProblems(app, root);
        for (let attempt = 0; problems.length > 0 && attempt < 20; ++attempt) {
            wait(50);
            problems = textProblems(app, root);
        }
        verify(problems.length === 0, problems.join("; "));
    }

    function verifyAnswerButtons(app: AppView): void {
        // In screen order: a list view may build its delegates in another order than it shows them.
        const buttons = answerButtons(app).sort((a, b) => a.mapToItem(app, 0, 0).y - b.mapToItem(app, 0, 0).y);
        verify(buttons.length > 0);
        let previousBottom = -Infinity; // the page may have scrolled: the first answer can be above the window
        for (const button of buttons) {
            const where = "answer " + button.answerId;
            verify(button.height >= Theme.touchTargetMin, where + " is " + button.height + " px high");
            verify(button.height >= button.implicitHeight - 0.5, where + " is squashed");
            const contentNeeds = button.contentItem.implicitHeight + button.topPadding + button.bottomPadding;
            verify(button.height >= contentNeeds - 0.5, where + " is lower than its text needs");
            const top = button.mapToItem(app, 0, 0);
            verify(top.x >= 0 && top.x + button.width <= app.width + 0.5, where + " leaves the window");
            verify(button.width >= Theme.touchTarget * 3, where + " is too narrow: " + button.width);
            verify(top.y >= previousBottom, where + " overlaps the answer above it");
            previousBottom = top.y + button.height;
            verifyTextsFit(app, button);
        }
    }

    function test_pages(data): void {
        const app = createApp(data.w, data.h);
        verifyAnswerButtons(app);
        verifyTextsFit(app, currentPage(app));

        // The toolbar buttons stay apart on a narrow screen.
        answer(app, "tapped-link");
        const back = findByAccessibleName(app, "戻る");
        const restart = findByAccessibleName(app, "最初からやり直す");
        verify(back.mapToItem(app, 0, 0).x + back.width <= restart.mapToItem(app, 0, 0).x, "back and start over overlap");
        verify(restart.mapToItem(app, 0, 0).x + restart.width <= app.width + 0.5, "start over leaves the window");
        verify(back.height >= Theme.touchTargetMin && restart.height >= Theme.touchTargetMin);
        verifyAnswerButtons(app);

        // The multiple-choice page: long answers and the 次へ button at the bottom.
        answer(app, "entered-and-sent");
        verify(app.wizard.multipleChoice);
        verifyAnswerButtons(app);
        answer(app, "card");
        answer(app, "bank");
        verifyAnswerButtons(app);
        verifyTextsFit(app, currentPage(app));
        const next = findByAccessibleName(app, "次へ");
        verify(next.height >= Theme.touchTargetMin);
        const nextTop = next.mapToItem(app, 0, 0).y;
        verify(nextTop + next.height <= app.height + 0.5, "次へ is inside the window");
        press(app, "次へ");
        answer(app, "installed");
        answer(app, "paid-money");
        verify(app.wizard.atPlan);

        // The plan: check every step as it scrolls by.
        const list = findAll(currentPage(app), item => item.contentY !== undefined && item.section !== undefined)[0];
        verify(list, "the plan's ListView");
        for (let y = list.originY; ; y += list.height / 2) {
            scrollTo(list, Math.min(y, list.originY + list.contentHeight - list.height));
            verifyTextsFit(app, list);
            const callButtons = findAll(list, item => item.visible && item.highlighted !== undefined && item.clicked !== undefined);
            for (const button of callButtons)
                verify(button.height >= Theme.touchTargetMin, button.Accessible.name + " is too low");
            if (list.contentY >= list.originY + list.contentHeight - list.height - 1)
                break;
        }
    }

    // Every control a finger presses under `root` is at least 48 px high (and wide).
    function verifyTargets(root: Item): void {
        const controls = findAll(root, item => item.visible && item.opacity > 0 && item.pressed !== undefined && item.clicked !== undefined && !item.Accessible.ignored);
        verify(controls.length > 0, "controls to check");
        for (const control of controls) {
            const where = control.Accessible.name + " (" + control + ")";
            verify(control.height >= Theme.touchTargetMin, where + " is " + control.height + " px high");
            verify(control.width >= Theme.touchTargetMin, where + " is " + control.width + " px wide");
        }
    }

    // Scrolls a page's Flickable from top to bottom, checking texts and targets on the way.
    function verifyScrolling(app: AppView, flickable: Item): void {
        for (let y = flickable.originY; ; y += flickable.height / 2) {
            scrollTo(flickable, Math.min(y, flickable.originY + flickable.contentHeight - flickable.height));
            verifyTextsFit(app, flickable);
            verifyTargets(flickable);
            if (flickable.contentY >= flickable.originY + flickable.contentHeight - flickable.height - 1)
                break;
        }
    }

    // The checklist, the record, the list of records, the start screen with 前回の続きから, the tabs.
    function test_checklistPages(data): void {
        let app = createApp(data.w, data.h);
        walkToCardPlan(app);
        click(findByObjectName(currentPage(app), "tick:call-card-issuer"));
        verifyTargets(findByObjectName(app, "appTabBar"));
        verifyTextsFit(app, findByObjectName(app, "appTabBar"));
        verifyTextsFit(app, findByObjectName(currentPage(app), "checklistProgress"));
        verifyScrolling(app, planList(app));

        // The date and time picker fits, scrolling where the window is low.
        press(app, "できごとの日時を直す");
        const dialog = currentPage(app).timeDialog;
        tryCompare(dialog, "opened", true);
        verify(dialog.width <= app.width && dialog.height <= app.height, "the dialog is inside the window");
        verifyScrolling(app, findAll(overlayOf(app), item => item.visible && item.contentY !== undefined)[0]);
        dialog.close();
        tryCompare(dialog, "visible", false);
        press(app, "記録を見る・保存する");
        findByObjectName(currentPage(app), "noteField").text = "受付番号 A-0042";
        press(app, "メモを保存する");
        verifyScrolling(app, findAll(currentPage(app), item => item.contentY !== undefined)[0]);
        openTab(app, 2);
        verifyTextsFit(app, currentPage(app));
        verifyTargets(currentPage(app));
        app = createApp(data.w, data.h, true);
        const card = findByObjectName(currentPage(app), "continueCard");
        verify(card);
        verifyTextsFit(app, card);
        verifyTargets(card);
        click(findByObjectName(card, "startNew"));
        waitForSettled(app);
        verifyAnswerButtons(app);
    }

    function test_everyAnswerReachable_data() {
        return [{
                "tag": "small phone 320x568",
                "w": 320,
                "h": 568
            }, {
                "tag": "landscape 844x390",
                "w": 844,
                "h": 390
            }];
    }

    // Scrolled the way a person would, by pressing ほかの答えは下にあります, each answer of the current question
    // comes wholly into view above the tab bar and clear of the hint; the hint shows exactly while answers
    // are still out of sight below, and is gone at the end.
    function verifyAnswersReachable(app: AppView): void {
        const page = currentPage(app);
        const flickable = findAll(page, item => item.contentY !== undefined)[0];
        const hint = findAll(page, item => item.objectName === "moreAnswersBelow")[0]; // visible or not
        verify(hint, "the hint on " + app.wizard.questionId);
        const tabTop = findByObjectName(app, "appTabBar").mapToItem(app, 0, 0).y;
        const buttons = answerButtons(app).sort((a, b) => a.y - b.y);
        verify(buttons.length > 1, "answers on " + app.wizard.questionId);
        scrollTo(flickable, flickable.originY);
        for (const button of buttons) {
            const where = app.wizard.questionId + " / " + button.answerId;
            for (let presses = 0; ; ++presses) {
                const top = button.mapToItem(app, 0, 0).y;
                const viewTop = flickable.mapToItem(app, 0, 0).y;
                let viewBottom = Math.min(viewTop + flickable.height, tabTop);
                if (hint.visible)
                    viewBottom = Math.min(viewBottom, hint.mapToItem(app, 0, 0).y);
                if (top >= viewTop - 0.5 && top + button.height <= viewBottom + 0.5)
                    break;
                verify(top + button.height > viewBottom, where + " went above the view");
                verify(hint.visible, where + " is out of sight below with no hint");
                verify(presses < 10, where + " never came into view");
                mouseClick(hint);
                waitForRendering(flickable);
            }
        }
        verify(!hint.visible, "the hint is gone once the last answer is in view on " + app.wizard.questionId);
    }

    // Every question of the wizard, at sizes where answers do not all fit: small phone and landscape.
    function test_everyAnswerReachable(data): void {
        const app = createApp(data.w, data.h);
        const checked = [];
        const check = () => {
            verifyAnswersReachable(app);
            checked.push(app.wizard.questionId);
        };
        // The first screen shows the hint while answers are below it; on a small phone the emergency answer is
        // wholly in view at once, clear of the hint.
        const hint = findByObjectName(currentPage(app), "moreAnswersBelow");
        verify(hint.visible, "the start screen says more answers follow");
        if (data.h === 568) {
            const emergency = findByObjectName(currentPage(app), "answer:money-being-taken");
            const bottom = emergency.mapToItem(app, 0, emergency.height).y;
            verify(bottom <= hint.mapToItem(app, 0, 0).y, "the emergency answer ends at " + bottom + ", under the hint");
        }
        check();
        answer(app, "tapped-link");
        check();
        answer(app, "entered-and-sent");
        check();
        answer(app, "card");
        press(app, "次へ");
        check();
        answer(app, "not-installed");
        check();
        for (const [first, question] of [["friend", "friend-did-what"], ["replied", "replied-what"], ["called", "called-what"]]) {
            startOver(app);
            answer(app, first);
            compare(app.wizard.questionId, question);
            check();
        }
        compare(checked.sort(), ["called-what", "entered-anything", "entered-what", "friend-did-what", "installed-app", "paid", "replied-what", "what-happened"]);
    }
}
