import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// Run by CTest as tst_quick_errorpage, with PHISHAID_TEST_CONTENT_DB naming a file that does not exist.
// In the normal run (with the real database) it skips.
PhishTestCase {
    name: "ErrorPage"

    function init(): void {
        // Run only by its own CTest entry (the name keeps it out of tst_quick's scan): fails, never skips, without it.
        verify(TestEnvironment.contentOverridden, "needs PHISHAID_TEST_CONTENT_DB pointing to a missing database (see tests/quick/CMakeLists.txt)");
    }

    function test_missingDatabase(): void {
        const app = createApp(390, 844);
        compare(ContentStore.status, ContentStore.Missing);
        verify(!ContentStore.ready);
        verify(!app.wizard.ready);
        const page = findByObjectName(app, "errorPage");
        verify(page, "the error page is shown");
        verify(findByAccessibleName(app, "いまは案内を表示できません"));
        // Never "delete the app": on a phone that deletes the records too.
        const whatToDo = findByObjectName(page, "errorWhatToDo").text;
        verify(whatToDo.includes("記録やメモも消える") && whatToDo.includes("削除はしないでください"), whatToDo);
        verify(!whatToDo.includes("入れ直して"), whatToDo);
        const detail = findByObjectName(page, "technicalDetail");
        verify(detail, "the technical detail is there for support");
        verify(detail.text.length > 0);
        verify(detail.font.pixelSize < Theme.fontBody, "the technical detail stays small");
        // No wizard controls, and Esc or Back does nothing.
        compare(findAll(app, item => item.visible && item.objectName.startsWith("answer:")).length, 0);
        keyClick(Qt.Key_Escape);
        verify(page.visible);
        saveScreenshot(app, "error");
    }

    function test_smallAndLandscape(): void {
        for (const size of [[320, 568], [844, 390]]) {
            const app = createApp(size[0], size[1]);
            const page = findByObjectName(app, "errorPage");
            const texts = findAll(page, item => item.visible && item.lineCount !== undefined && item.text.length > 0);
            for (const text of texts) {
                verify(!text.truncated);
                verify(text.contentWidth <= text.width + 1, text.text);
            }
        }
    }
}
