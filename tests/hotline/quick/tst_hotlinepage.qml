import QtQuick
import QtQuick.Controls
import QtTest
import PhishAid
import PhishAidHotlineTest

// The 相談窓口 page: every hotline grouped, search, open now in Japan time, and the call sheet with the exact
// URI the platform receives (recorded by the test runner instead of dialled).
HotlineTestCase {
    name: "HotlinePage"

    function test_groupedWithStatus(): void {
        const page = pageOf(createHarness(390, 844));
        compare(page.hotlines.count, 14);
        compare(rowOf(page, "card-issuer"), 0); // the user's own first
        compare(rowOf(page, "bank"), 1);
        verify(rowOf(page, "police-emergency") < rowOf(page, "consumer-hotline"));
        verify(rowOf(page, "consumer-hotline") < rowOf(page, "mynumber-freedial"));
        verify(rowOf(page, "mynumber-freedial") < rowOf(page, "antiphishing-mail"));
        findByAccessibleName(page, "あなたのカード会社・銀行");
        // Tuesday 19:59 in Japan.
        showHotline(page, "police-emergency");
        findByAccessibleName(page, "警察");
        findByAccessibleName(page, "24時間受付");
        findByAccessibleName(page, "受付時間外・明日 8:30 から（時間外は当直か音声案内）");
        showHotline(page, "mynumber-freedial");
        findByAccessibleName(page, "受付中・20:00 まで");
        showHotline(page, "dekyo-mail");
        findByAccessibleName(page, "詐欺メールの報告");
        verify(findByObjectName(page, "hotline:dekyo-mail"));
    }

    function test_search(): void {
        const page = pageOf(createHarness(390, 844));
        const field = findByAccessibleName(page, "窓口を探す");
        click(field);
        type("188");
        tryCompare(page.hotlines, "count", 1);
        compare(rowOf(page, "consumer-hotline"), 0);
        verify(field.activeFocus, "typing keeps the focus in the search field");
        // Full-width digits, as a Japanese keyboard may type them, find the same.
        field.text = "１８８";
        tryCompare(page.hotlines, "count", 1);
        field.text = "マイナンバー";
        tryVerify(() => page.hotlines.count >= 4);
        verify(rowOf(page, "mynumber-freedial") >= 0 && rowOf(page, "ppc-mynumber") >= 0);
        compare(rowOf(page, "police-emergency"), -1);
        field.text = "宇宙人";
        tryCompare(page.hotlines, "count", 0);
        findByAccessibleName(page, "「宇宙人」に合う窓口は見つかりませんでした。ほかのことばで探してください。");
        field.text = "";
        tryCompare(page.hotlines, "count", 14);
    }

    function test_callFromThePage(): void {
        const page = pageOf(createHarness(390, 844));
        const sheet = openSheet(page, "police-consultation", "警察相談専用電話(#9110)に電話する");
        const popup = sheetItem(sheet);
        compare(findByObjectName(popup, "callSheetValue").text, "#9110");
        findByAccessibleName(popup, "受付時間外・明日 8:30 から（時間外は当直か音声案内）");
        // キャンセル dials nothing.
        press(popup, "キャンセル");
        tryCompare(sheet, "visible", false);
        compare(HotlineTest.openedUrls, []);
        openSheet(page, "police-consultation", "警察相談専用電話(#9110)に電話する");
        press(popup, "発信する");
        tryCompare(sheet, "visible", false);
        compare(HotlineTest.openedUrls, ["tel:%239110"]);
        openSheet(page, "mynumber-freedial", "マイナンバー総合フリーダイヤルに電話する");
        compare(findByObjectName(popup, "callSheetValue").text, "0120-95-0178");
        findByAccessibleName(popup, "受付中・20:00 まで");
        press(popup, "発信する");
        compare(HotlineTest.openedUrls, ["tel:%239110", "tel:0120950178"]);
    }

    function test_mailAndWeb(): void {
        const page = pageOf(createHarness(390, 844));
        const sheet = openSheet(page, "antiphishing-mail", "フィッシング対策協議会にメールで報告する");
        const popup = sheetItem(sheet);
        compare(findByObjectName(popup, "callSheetValue").text, "info@antiphishing.jp");
        press(popup, "メールアプリを開く");
        compare(HotlineTest.openedUrls, ["mailto:info@antiphishing.jp"]);

        // The domain first, then the browser.
        openSheet(page, "police-cyber-web", "警察のサイバー犯罪の相談窓口(インターネット)のサイトを開く");
        compare(findByObjectName(popup, "callSheetValue").text, "www.npa.go.jp");
        findByAccessibleName(popup, "開くサイト");
        press(popup, "サイトを開く");
        compare(HotlineTest.openedUrls, ["mailto:info@antiphishing.jp", "https://www.npa.go.jp/bureau/cyber/soudan.html"]);
    }

    // A desktop has no dialer: the sheet says so, shows the number large, and copies it.
    function test_desktopFallback(): void {
        const page = pageOf(createHarness(390, 844));
        HotlineTest.setCanDial(false);
        const sheet = openSheet(page, "mynumber-freedial", "マイナンバー総合フリーダイヤルに電話する");
        const popup = sheetItem(sheet);
        findByAccessibleName(popup, "この端末からは電話をかけられません。番号をコピーしました。お手元の電話から、この番号にかけてください。");
        const value = findByObjectName(popup, "callSheetValue");
        compare(value.text, "0120-95-0178");
        verify(value.font.pixelSize >= Theme.fontNumber + 12);
        compare(HotlineTest.clipboardText(), "0120-95-0178");
        press(popup, "番号をもう一度コピーする");
        compare(HotlineTest.clipboardText(), "0120-95-0178");
        press(popup, "閉じる");
        tryCompare(sheet, "visible", false);
        compare(HotlineTest.openedUrls, []);
        HotlineTest.setCanDial(true);
    }

    // Every control a finger reaches is at least 48 px high.
    function test_bigTargets(): void {
        const page = pageOf(createHarness(390, 844));
        const buttons = () => findAll(page, item => item.visible && item.Accessible.role === Accessible.Button);
        // The list builds its cards a few at a time (slower still under the sanitizers).
        tryVerify(() => buttons().length >= 5, 10000, "buttons found: " + buttons().length);
        verify(findByAccessibleName(page, "窓口を探す").height >= Theme.touchTargetMin);
        for (const contactId of ["police-emergency", "mynumber-freedial", "antiphishing-mail"]) {
            showHotline(page, contactId);
            // A card that just scrolled into view is laid out a frame or more later (many under the sanitizers).
            for (const button of buttons())
                tryVerify(() => button.height >= Theme.touchTargetMin, 5000, button.Accessible.name + ": " + button.height);
        }
    }
}
