import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// Screenshots for review (scripts/screenshots.sh): only when PHISHAID_SCREENSHOT_DIR is set.
// The theme comes from QT_QUICK_CONTROLS_MATERIAL_THEME (Light or Dark).
PhishTestCase {
    name: "Screenshots"

    function init(): void {
        if (TestEnvironment.screenshotDir.length === 0)
            skip("set PHISHAID_SCREENSHOT_DIR to save screenshots");
    }

    function scrollPlanTo(app: AppView, fraction: real): void {
        const list = findAll(currentPage(app), item => item.contentY !== undefined && item.section !== undefined)[0];
        scrollTo(list, list.originY + fraction * Math.max(0, list.contentHeight - list.height));
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

    function test_smallAndLandscape(): void {
        let app = createApp(320, 568);
        saveScreenshot(app, "small-1-start");
        answer(app, "tapped-link");
        answer(app, "entered-and-sent");
        answer(app, "card");
        saveScreenshot(app, "small-2-multiple-choice");
        app = createApp(844, 390);
        saveScreenshot(app, "landscape-1-start");
        answer(app, "tapped-link");
        answer(app, "entered-and-sent");
        answer(app, "mynumber");
        saveScreenshot(app, "landscape-2-multiple-choice");
        press(app, "次へ");
        answer(app, "installed");
        answer(app, "money-being-taken");
        saveScreenshot(app, "landscape-3-plan");
    }
}
