import QtQuick
import QtQuick.Controls
import QtTest
import PhishAid
import PhishAidHotlineTest

// Screenshots of the hotline screens for review and the README, phone-sized, only when
// PHISHAID_SCREENSHOT_DIR is set. The theme comes from QT_QUICK_CONTROLS_MATERIAL_THEME (Light or Dark).
HotlineTestCase {
    id: testCase

    name: "Screenshots"

    function init(): void {
        if (HotlineTest.screenshotDir.length === 0)
            skip("set PHISHAID_SCREENSHOT_DIR to save screenshots");
    }

    // The whole window: the call sheet lives in its overlay, above the page.
    function saveWindow(name: string): void {
        saveScreenshot(testCase.Window.window.contentItem, name);
    }

    function scrollTo(page: HotlinePage, fraction: real): void {
        const list = listOf(page);
        list.userScrolled = true;
        list.contentY = list.originY + fraction * Math.max(0, list.contentHeight - list.height);
        waitForRendering(list);
    }

    function test_hotlines(): void {
        const harness = createHarness(390, 844);
        const page = pageOf(harness);
        saveWindow("hotlines-1-top");
        // For the README: the police lines, one answering at any hour, one closed until the morning.
        const list = listOf(page);
        list.userScrolled = true;
        list.positionViewAtIndex(rowOf(page, "police-emergency"), ListView.Beginning);
        saveWindow("hotlines");
        scrollTo(page, 0.35);
        saveWindow("hotlines-2-police");
        scrollTo(page, 0.7);
        saveWindow("hotlines-3-mynumber");
        scrollTo(page, 1);
        saveWindow("hotlines-4-end");
        scrollTo(page, 0);
        openSheet(page, "mynumber-freedial", "マイナンバー総合フリーダイヤルに電話する");
        saveWindow("hotlines-5-call-sheet");
        page.callSheet.close();
        tryCompare(page.callSheet, "visible", false);
        openSheet(page, "police-cyber-web", "警察のサイバー犯罪の相談窓口(インターネット)のサイトを開く");
        saveWindow("hotlines-6-web-sheet");
        page.callSheet.close();
        tryCompare(page.callSheet, "visible", false);
        HotlineTest.setCanDial(false);
        openSheet(page, "police-consultation", "警察相談専用電話(#9110)に電話する");
        saveWindow("hotlines-7-desktop-sheet");
        page.callSheet.close();
        tryCompare(page.callSheet, "visible", false);
        HotlineTest.setCanDial(true);
        findByAccessibleName(page, "窓口を探す").text = "カード";
        waitForRendering(page);
        saveWindow("hotlines-8-search");
    }

    function test_myContacts(): void {
        const harness = createHarness(390, 844);
        press(pageOf(harness), "カード会社・銀行の番号を登録する");
        tryCompare(harness.stack, "busy", false);
        const editorPage = harness.stack.currentItem;
        findByAccessibleName(editorPage, "カード会社の紛失・盗難窓口の電話番号").text = "0120-12-345";
        press(editorPage, "カード会社の紛失・盗難窓口の番号を保存する");
        saveWindow("hotlines-9-my-contacts");
    }

    width: 390
    height: 844
}
