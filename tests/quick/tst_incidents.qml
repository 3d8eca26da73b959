import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// これまでの記録 and 記録: the list of incidents, opening one, resolving it and taking that back, changing
// when it happened, deleting it behind a confirmation, notes (a card number refused), copy and PDF
// (tst_record.qml: PINs and passwords refused, one note deleted, the police's details, the PDF opened).
// Also: every tab opens its page.
PhishTestCase {
    name: "Incidents"

    // Two incidents through the guide (the first with a step ticked, so that starting over keeps it);
    // returns the app on the 記録 tab.
    function appWithTwoIncidents(): AppView {
        const app = createApp(390, 844);
        answer(app, "opened-only");
        click(findByObjectName(currentPage(app), "tick:verify-via-official"));
        waitForSettled(app);
        startOver(app);
        walkToCardPlan(app);
        compare(Incidents.count, 2);
        openTab(app, 2);
        compare(currentPage(app).objectName, "incidentsPage");
        return app;
    }

    function openIncident(app: AppView, id: int): void {
        const card = findByObjectName(currentPage(app), "incident:" + id);
        verify(card, "incident " + id + " in the list");
        click(card);
        waitForSettled(app);
        compare(currentPage(app).objectName, "checklistPage");
        compare(currentPage(app).incidentId, id);
    }

    function test_tabs(): void {
        const app = createApp(390, 844);
        const expected = ["startPage", "hotlinePage", "incidentsPage", "settingsPage"];
        for (let tab = 3; tab >= 0; --tab) {
            openTab(app, tab);
            compare(app.currentTab, tab);
            compare(currentPage(app).objectName, expected[tab]);
            const button = findByObjectName(app, "tab:" + tab);
            compare(button.Accessible.role, Accessible.PageTab);
            verify(button.height >= Theme.touchTarget, "a tall tab");
        }
        // The guide kept its place while the other tabs were open.
        answer(app, "tapped-link");
        openTab(app, 1);
        openTab(app, 0);
        compare(app.wizard.questionId, "entered-anything");
    }

    function test_listAndResolve(): void {
        const app = appWithTwoIncidents();
        const ids = incidentIds();
        const page = currentPage(app);
        // Newest first, each with when, what and how far.
        const newest = findByObjectName(page, "incident:" + ids[0]);
        verify(newest.summary.includes("クレジットカード"), newest.summary);
        verify(newest.happenedText.match(/^\d{4}年\d+月\d+日 \d+:\d\d$/), newest.happenedText);
        compare(findByObjectName(newest, "progressText").text, "0 / " + newest.applicableCount + " 完了");
        verify(!findByObjectName(newest, "resolvedBadge"));
        openIncident(app, ids[0]);
        scrollPlanToEnd(app);
        press(app, "解決済みにする");
        verify(currentPage(app).record.resolved);
        verify(findByObjectName(currentPage(app), "resolvedBadge"));
        compare(Incidents.openIncidentId, ids[1], "the other one is the open incident now");
        press(app, "戻る");
        verify(findByObjectName(findByObjectName(currentPage(app), "incident:" + ids[0]), "resolvedBadge"), "解決済み in the list");
        // Taken back.
        openIncident(app, ids[0]);
        scrollPlanToEnd(app);
        press(app, "解決済みを取り消す");
        verify(!currentPage(app).record.resolved);
        compare(Incidents.openIncidentId, ids[0]);
    }

    function test_changeWhenItHappened(): void {
        const app = appWithTwoIncidents();
        const id = incidentIds()[0];
        openIncident(app, id);
        const page = currentPage(app);
        const before = page.record.happenedAt.getTime();
        scrollPlanToEnd(app);
        press(app, "できごとの日時を直す");
        const dialog = page.timeDialog;
        tryCompare(dialog, "opened", true);
        const day = findByObjectName(overlayOf(app), "dayStepper");
        compare(day.displayText, "今日");
        verify(day.down.indicator.width >= Theme.touchTarget && day.up.indicator.height >= Theme.touchTarget);
        mouseClick(day.down.indicator);
        compare(day.displayText, "昨日");
        const hour = findByObjectName(overlayOf(app), "hourStepper");
        hour.Accessible.increaseAction();
        const chosen = dialog.value.getTime();
        click(findByAccessibleName(overlayOf(app), "この日時にする"));
        tryCompare(dialog, "visible", false);
        const after = page.record.happenedAt.getTime();
        // Yesterday, an hour later (or 23 hours earlier when the hour wrapped), to the minute.
        verify(Math.abs(after - chosen) < 60000, after + " " + chosen);
        const diff = Math.round((before - after) / 3600000);
        verify(diff === 23 || diff === 47, "moved by " + diff + " hours");
        verify(page.record.timeline.some(entry => entry.text.startsWith("できごとの日時を")));

        // Cancel changes nothing.
        press(app, "できごとの日時を直す");
        tryCompare(dialog, "opened", true);
        mouseClick(findByObjectName(overlayOf(app), "dayStepper").down.indicator);
        click(findByAccessibleName(overlayOf(app), "キャンセル"));
        tryCompare(dialog, "visible", false);
        compare(page.record.happenedAt.getTime(), after);
    }

    // 昨日の夜 in one press: the dialog shows yesterday 21:00 (Japan time), and この日時にする saves exactly that.
    function test_quickChoicesOfWhen(): void {
        const app = appWithTwoIncidents();
        openIncident(app, incidentIds()[0]);
        const page = currentPage(app);
        scrollPlanToEnd(app);
        press(app, "できごとの日時を直す");
        const dialog = page.timeDialog;
        tryCompare(dialog, "opened", true);
        const expected = JapanTime.moment(JapanTime.LastNight, new Date());
        click(findByAccessibleName(overlayOf(app), "昨日の夜"));
        compare(findByObjectName(overlayOf(app), "dayStepper").displayText, "昨日");
        compare(findByObjectName(overlayOf(app), "hourStepper").displayText, "21時");
        compare(findByObjectName(overlayOf(app), "minuteStepper").displayText, "0分");
        compare(dialog.value.getTime(), expected.getTime());
        // 1時間前 then moves the steppers again, before anything is saved.
        click(findByAccessibleName(overlayOf(app), "1時間前"));
        const hourAgo = JapanTime.moment(JapanTime.HourAgo, new Date()).getTime();
        verify(Math.abs(dialog.value.getTime() - hourAgo) <= 5 * 60000, dialog.value + " " + new Date(hourAgo));
        click(findByAccessibleName(overlayOf(app), "昨日の夜"));
        click(findByAccessibleName(overlayOf(app), "この日時にする"));
        tryCompare(dialog, "visible", false);
        compare(page.record.happenedAt.getTime(), expected.getTime());
    }

    function test_deleteAfterConfirmation(): void {
        const app = appWithTwoIncidents();
        const ids = incidentIds();
        openIncident(app, ids[1]);
        const page = currentPage(app);
        const happened = page.record.happenedText;
        scrollPlanToEnd(app);
        const deleteButton = findByAccessibleName(page, "この記録を削除する");
        compare(deleteButton.Accessible.role, Accessible.Button);

        // Esc closes the question and nothing else.
        click(deleteButton);
        tryCompare(page.deleteDialog, "opened", true);
        keyClick(Qt.Key_Escape);
        tryCompare(page.deleteDialog, "visible", false);
        waitForSettled(app);
        compare(currentPage(app), page, "still on the incident");

        // Cancel keeps it.
        click(deleteButton);
        tryCompare(page.deleteDialog, "opened", true);
        verify(page.deleteDialog.message.includes(happened), "says which record");
        verify(page.deleteDialog.message.includes("メモ"), "says what goes with it");
        verify(page.deleteDialog.message.includes("元に戻せません"));
        click(findByAccessibleName(overlayOf(app), "削除しない"));
        tryCompare(page.deleteDialog, "visible", false);
        compare(Incidents.count, 2);
        compare(currentPage(app), page);

        // Confirm removes it, and the list is shown again.
        click(deleteButton);
        tryCompare(page.deleteDialog, "opened", true);
        click(findByAccessibleName(overlayOf(app), "削除する"));
        waitForSettled(app);
        compare(Incidents.count, 1);
        compare(incidentIds(), [ids[0]]);
        compare(currentPage(app).objectName, "incidentsPage");
        verify(!findByObjectName(currentPage(app), "incident:" + ids[1]));
        compare(TestEnvironment.checklistInFreshEngine(ids[1]).applicableCount, 0, "gone from the file too");
    }

    function test_emptyList(): void {
        const app = createApp(390, 844);
        openTab(app, 2);
        verify(findByObjectName(currentPage(app), "noIncidents"));
    }

    function test_recordNotesCopyAndPdf(): void {
        const app = createApp(390, 844);
        walkToCardPlan(app);
        click(findByObjectName(currentPage(app), "tick:call-card-issuer"));
        scrollPlanToEnd(app);
        press(app, "記録を見る・保存する");
        const page = currentPage(app);
        compare(page.objectName, "recordPage");
        compare(page.incidentId, app.guide.incidentId);
        // What kinds of data were entered: the answers, never values.
        verify(page.record.answers.some(a => a.answer.includes("クレジットカード")));
        verify(page.record.timeline.some(entry => entry.text.startsWith("済")), JSON.stringify(page.record.timeline));
        const field = findByObjectName(page, "noteField");
        compare(field.Accessible.role, Accessible.EditableText);
        verify(findByObjectName(page, "noteWarning").text.includes("パスワード・カード番号・暗証番号は書かないでください"));

        // A note is saved and appears in the timeline.
        const entries = page.record.timeline.length;
        field.text = "カード会社の受付番号 A-0042";
        press(app, "メモを保存する");
        verify(findByObjectName(page, "noteSaved"));
        compare(field.text, "");
        compare(page.record.timeline.length, entries + 1);
        verify(page.record.timeline[entries].text.includes("A-0042"));
        verify(findAll(page, item => item.objectName === "timelineEntry" && item.visible).length === entries + 1);

        // A card number is refused, with the reason, and nothing is saved.
        field.text = "カード番号 4111 1111 1111 1111";
        press(app, "メモを保存する");
        const refusal = findByObjectName(page, "noteRefusal");
        verify(refusal, "the refusal is shown");
        verify(refusal.message.includes("カード番号"), refusal.message);
        compare(page.record.timeline.length, entries + 1);
        verify(!findByObjectName(page, "noteSaved"));

        // Copy: the whole record as text, and a plain confirmation.
        press(app, "記録をコピーする");
        verify(findByObjectName(page, "copiedText").text.startsWith("コピーしました"));
        const copied = TestEnvironment.clipboardText();
        verify(copied.includes("詐欺メール応急ガイド 記録"), copied);
        verify(copied.includes("A-0042"));
        verify(!copied.includes("4111"));

        // PDF: saved, and where it is said in words (tst_record.qml: the name, 開く).
        page.record.exportDirectory = TestEnvironment.tempDir + "/pdf";
        press(app, "PDFで保存する");
        const place = findByObjectName(page, "pdfPlace");
        verify(place, "where the PDF is, in words");
        verify(!place.text.includes("/"), place.text);
        verify(!findByObjectName(page, "pdfFailed"));
    }
}
