import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// Run by CTest as tst_quick_userdata_<state>, with PHISHAID_TEST_USER_DB preparing the user database:
// too-new (written by a newer app), corrupt (not a database), unusable (cannot be created). The user is told
// once, calmly, and the guide still works. Run by the tst_quick_userdata_* entries only.
PhishTestCase {
    name: "UserDataNotice"

    function init(): void {
        // Run only by its own CTest entries (the name keeps it out of tst_quick's scan): fails, never skips, without it.
        verify(TestEnvironment.userDatabaseState.length > 0, "needs PHISHAID_TEST_USER_DB (see tests/quick/CMakeLists.txt)");
    }

    function closeNotice(app: AppView): void {
        tryCompare(app.userDataNotice, "opened", true);
        saveScreenshot(app, "notice-" + TestEnvironment.userDatabaseState);
        click(findByAccessibleName(overlayOf(app), "わかりました"));
        tryCompare(app.userDataNotice, "visible", false);
    }

    // Nothing can be saved: the plan is there to read, without ticks, and says why.
    function verifyPlanWithoutRecord(app: AppView): void {
        answer(app, "opened-only");
        const page = currentPage(app);
        compare(page.objectName, "planPage");
        verify(!page.saved);
        compare(app.guide.incidentId, -1);
        const notice = findByObjectName(page, "notSavedNotice");
        verify(notice, "the plan says why nothing is ticked");
        verify(notice.message.includes("質問と手順の案内は、このまま使えます"), notice.message);
        const ids = planActionIds(app);
        verify(ids.length > 0);
        verify(findByObjectName(page, "action:" + ids[0]), "the steps are shown");
        verify(!findByObjectName(page, "tick:" + ids[0]), "nothing to tick");
        verify(!findByObjectName(page, "incidentBox"), "no record to open");
        saveScreenshot(app, "plan-not-saved");
        openTab(app, 2);
        verify(findByAccessibleName(currentPage(app), notice.heading + " " + notice.message));
    }

    function test_notice(): void {
        const app = createApp(390, 844);
        const state = TestEnvironment.userDatabaseState;
        const notice = app.userDataNotice;
        if (state === "too-new") {
            compare(Incidents.status, Incidents.TooNew);
            tryCompare(notice, "opened", true);
            compare(notice.heading, "記録を保存できません");
            verify(notice.message.includes("新しい版"), notice.message);
            verify(notice.message.includes("アプリを最新の版に更新してください"), notice.message);
            verify(notice.message.includes("記録はそのまま残してあります"), notice.message);
            closeNotice(app);
            verifyPlanWithoutRecord(app);
        } else if (state === "unusable") {
            compare(Incidents.status, Incidents.Failed);
            tryCompare(notice, "opened", true);
            compare(notice.heading, "記録を保存できません");
            verify(notice.message.includes("空き容量"), notice.message);
            verify(notice.message.includes("更新"), notice.message);
            closeNotice(app);
            verifyPlanWithoutRecord(app);
        } else {
            compare(state, "corrupt");
            compare(Incidents.status, Incidents.MovedAside);
            tryCompare(notice, "opened", true);
            compare(notice.heading, "以前の記録を読み込めませんでした");
            verify(notice.message.includes("消さずに"), notice.message);
            verify(notice.message.includes("新しい記録を始めました"), notice.message);
            verify(TestEnvironment.userDatabaseFiles().some(name => name.includes(".corrupt-")), TestEnvironment.userDatabaseFiles());
            closeNotice(app);
            // The fresh database works as usual.
            answer(app, "opened-only");
            verify(currentPage(app).saved);
            compare(Incidents.count, 1);
        }
    }
}
