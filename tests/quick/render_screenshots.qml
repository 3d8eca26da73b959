import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// Screenshots for review, rendered by scripts/screenshots.sh (the `screenshots` target), not part of the test
// suite (the name does not match tst_*.qml): only when PHISHAID_SCREENSHOT_DIR is set.
// The theme comes from QT_QUICK_CONTROLS_MATERIAL_THEME (Light or Dark).
PhishTestCase {
    id: screenshots

    property Component readmeBackground: Component {
        Rectangle {
            color: Theme.divider
        }
    }

    name: "Screenshots"

    function init(): void {
        if (TestEnvironment.screenshotDir.length === 0)
            skip("set PHISHAID_SCREENSHOT_DIR to save screenshots");
    }

    function scrollPlanTo(app: AppView, fraction: real): void {
        const list = planList(app);
        scrollTo(list, list.originY + fraction * Math.max(0, list.contentHeight - list.height));
    }

    function tick(app: AppView, actionId: string): void {
        click(findByObjectName(currentPage(app), "tick:" + actionId));
        waitForSettled(app);
    }

    function test_phone(): void {
        const app = createApp(390, 844);
        saveScreenshot(app, "1-start");
        answer(app, "tapped-link");
        saveScreenshot(app, "2-question");
        answer(app, "entered-and-sent");
        saveScreenshot(app, "3-multiple-choice-empty");
        answer(app, "card");
        answer(app, "personal");
        saveScreenshot(app, "4-multiple-choice");
        press(app, "次へ");
        answer(app, "not-installed");
        answer(app, "not-paid");
        saveScreenshot(app, "5-plan");
        scrollPlanTo(app, 0.5);
        saveScreenshot(app, "6-plan-middle");
        scrollPlanTo(app, 1);
        saveScreenshot(app, "7-plan-end");
    }

    function test_openedOnlyPlan(): void {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        saveScreenshot(app, "8-plan-opened-only");
    }

    // The checklist with a step done and one set aside, its record, the list of records and the dialogs.
    function test_checklistAndRecord(): void {
        let app = createApp(390, 844);
        walkToCardPlan(app);
        const page = currentPage(app);
        tick(app, "call-card-issuer");
        saveScreenshot(app, "checklist");
        const ids = planActionIds(app);
        click(findByObjectName(page, "expand:" + ids[ids.length - 1]));
        click(findByObjectName(page, "notApplicable:" + ids[ids.length - 1]));
        scrollPlanToEnd(app);
        saveScreenshot(app, "checklist-end");
        press(app, "記録を見る・保存する");
        const record = currentPage(app);
        record.record.exportDirectory = TestEnvironment.tempDir + "/screenshots-pdf";
        findByObjectName(record, "noteField").text = "カード会社の受付番号 A-0042";
        press(app, "メモを保存する");
        scrollTo(findAll(record, item => item.contentY !== undefined)[0], 0);
        saveScreenshot(app, "record");
        findByAccessibleName(record, "送ってきた相手").text = "info@amaz0n-support.top";
        findByAccessibleName(record, "偽のサイトのアドレス").text = "https://amaz0n-support.top/login";
        findByAccessibleName(record, "まねされた会社").text = "Amazon";
        findByAccessibleName(record, "被害の金額").text = "12000";
        press(app, "この内容を保存する");
        scrollIntoView(findByObjectName(record, "recordDetails"));
        saveScreenshot(app, "record-details");
        const note = findByObjectName(record, "note:" + record.record.notes[0].noteId);
        scrollIntoView(note);
        saveScreenshot(app, "record-notes");
        click(findAll(note, item => item.visible && item.Accessible.role === Accessible.Button)[0]);
        tryCompare(record.noteList.deleteDialog, "opened", true);
        saveScreenshot(app, "record-note-delete");
        click(findByAccessibleName(overlayOf(app), "削除しない"));
        tryCompare(record.noteList.deleteDialog, "visible", false);
        press(app, "記録をコピーする");
        press(app, "PDFで保存する");
        scrollIntoView(findByObjectName(record, "pdfPlace"));
        saveScreenshot(app, "record-export");
        openTab(app, 2);
        saveScreenshot(app, "incidents");
        click(findByObjectName(currentPage(app), "incident:" + incidentIds()[0]));
        waitForSettled(app);
        scrollPlanToEnd(app);
        press(app, "できごとの日時を直す");
        tryCompare(currentPage(app).timeDialog, "opened", true);
        saveScreenshot(app, "datetime");
        currentPage(app).timeDialog.close();
        tryCompare(currentPage(app).timeDialog, "visible", false);
        press(app, "この記録を削除する");
        tryCompare(currentPage(app).deleteDialog, "opened", true);
        saveScreenshot(app, "delete-confirm");
        currentPage(app).deleteDialog.close();
        tryCompare(currentPage(app).deleteDialog, "visible", false);
        app = createApp(390, 844, true);
        saveScreenshot(app, "start-continue");
        openTab(app, 1);
        saveScreenshot(app, "tab-hotlines");
        openTab(app, 3);
        saveScreenshot(app, "tab-settings");
    }

    // このメール、本物？ with a lookalike link checked, at the top and scrolled to what to do; 見分けるポイント.
    function test_checker(): void {
        for (const [w, h, prefix] of [[390, 844, "checker"], [320, 568, "small-checker"]]) {
            const app = createApp(w, h);
            press(app, "このメール、本物？ 貼り付けて確かめる");
            const page = currentPage(app);
            page.field.text = "【重要】カードのご利用確認\nhttps://jcb.co.jp.example.top/login\n24時間以内にご対応ください。";
            press(app, "確かめる");
            const verdict = findByObjectName(page, "verdictCard");
            scrollIntoView(verdict);
            saveScreenshot(app, prefix + "-1-verdict");
            press(app, "見分けるポイント");
            saveScreenshot(app, prefix + "-2-signs");
        }
    }

    function test_smallAndLandscape(): void {
        let app = createApp(320, 568);
        saveScreenshot(app, "small-1-start");
        answer(app, "tapped-link");
        answer(app, "entered-and-sent");
        answer(app, "card");
        saveScreenshot(app, "small-2-multiple-choice");
        press(app, "次へ");
        answer(app, "not-installed");
        answer(app, "not-paid");
        tick(app, "call-card-issuer");
        saveScreenshot(app, "small-3-checklist");
        press(app, "記録を見る・保存する");
        saveScreenshot(app, "small-4-record");
        openTab(app, 2);
        saveScreenshot(app, "small-5-incidents");
        app = createApp(320, 568, true);
        saveScreenshot(app, "small-6-start-continue");
        app = createApp(844, 390);
        saveScreenshot(app, "landscape-1-start");
        answer(app, "tapped-link");
        answer(app, "entered-and-sent");
        answer(app, "mynumber-card");
        saveScreenshot(app, "landscape-2-multiple-choice");
        press(app, "次へ");
        answer(app, "installed");
        answer(app, "money-being-taken");
        saveScreenshot(app, "landscape-3-plan");
        press(app, "記録を見る・保存する");
        saveScreenshot(app, "landscape-4-record");
        openTab(app, 2);
        saveScreenshot(app, "landscape-5-incidents");
    }

    // assets/screenshots/readme.png: the start screen offering 前回の続きから, the checklist, the record.
    function test_readme(): void {
        const gap = 16;
        let app = createApp(390, 844);
        walkToCardPlan(app);
        click(findByObjectName(currentPage(app), "tick:call-card-issuer"));
        waitForSettled(app);
        width = 3 * 390 + 4 * gap;
        height = 844 + 2 * gap;
        const board = createTemporaryObject(readmeBackground, screenshots, {
                "width": width,
                "height": height
            });
        const start = createTemporaryObject(appViewComponent, board, {
                "x": gap,
                "y": gap,
                "width": 390,
                "height": 844
            });
        const checklist = createTemporaryObject(appViewComponent, board, {
                "x": 390 + 2 * gap,
                "y": gap,
                "width": 390,
                "height": 844
            });
        const record = createTemporaryObject(appViewComponent, board, {
                "x": 2 * 390 + 3 * gap,
                "y": gap,
                "width": 390,
                "height": 844
            });
        app.visible = false;
        for (const view of [start, checklist, record])
            waitForSettled(view);
        click(findByObjectName(checklist, "continueEarlier"));
        waitForSettled(checklist);
        click(findByObjectName(record, "continueEarlier"));
        waitForSettled(record);
        scrollPlanToEnd(record);
        press(record, "記録を見る・保存する");
        saveScreenshot(board, "readme");
    }
}
