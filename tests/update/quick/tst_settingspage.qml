import QtQuick
import QtQuick.Controls
import QtTest
import PhishAid
import PhishAidUpdateTest

// The settings page with the real Updater and ContentStore against the local test server: 今すぐ確認 installs
// a newer version and the page shows it; a slow download shows its progress and can be cancelled.
TestCase {
    id: testCase

    function descendants(item: Item) {
        let all = [item];
        for (let i = 0; i < item.children.length; ++i)
            all = all.concat(descendants(item.children[i]));
        return all;
    }

    function find(root: Item, predicate): Item {
        const found = descendants(root).filter(item => item.visible && predicate(item));
        return found.length > 0 ? found[0] : null;
    }

    function byName(root: Item, name: string): Item {
        const item = find(root, item => item.objectName === name);
        verify(item, "a visible item named " + name);
        return item;
    }

    function byAccessibleName(root: Item, name: string): Item {
        const item = find(root, item => item.Accessible.name === name);
        verify(item, "a visible control called " + name);
        return item;
    }

    function createPage(): Item {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        waitForRendering(page);
        return page;
    }

    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: pageComponent

        SettingsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function init(): void {
        verify(!UpdateTestServer.updatesOff, "runs with updates on (tst_update_quick)");
    }

    function test_1_checkNowInstallsAndShowsTheNewVersion(): void {
        const bundled = UpdateTestServer.bundledVersion;
        const page = createPage();
        compare(ContentStore.contentVersion, bundled);
        verify(byName(page, "contentVersion").text.includes(String(bundled)));
        verify(byName(page, "contentDate").text.length > 0);
        compare(byName(page, "lastCheck").text, "まだ確認していません。");
        verify(find(page, item => item.objectName === "updatesOff") === null);
        UpdateTestServer.publish(bundled + 1, false);
        const checkNow = byAccessibleName(page, "今すぐ確認");
        verify(checkNow.height >= Theme.touchTargetMin);
        mouseClick(checkNow);
        tryCompare(ContentStore, "contentVersion", bundled + 1, 10000);
        tryCompare(Updater, "busy", false);
        verify(byName(page, "contentVersion").text.includes(String(bundled + 1)));
        verify(byName(page, "lastResult").text.includes("第" + (bundled + 1) + "版"));
        verify(byName(page, "lastCheck").text.startsWith("最後に確認した日時"));
        verify(ContentStore.updateInstalled);

        // Again: nothing newer.
        mouseClick(checkNow);
        tryCompare(Updater, "busy", false);
        compare(byName(page, "lastResult").text, "案内は最新です。");
    }

    function test_2_progressAndCancel(): void {
        const installed = UpdateTestServer.bundledVersion + 1;
        compare(ContentStore.contentVersion, installed);
        const page = createPage();
        UpdateTestServer.publish(installed + 1, true);
        mouseClick(byAccessibleName(page, "今すぐ確認"));
        tryVerify(() => Updater.progress > 0, 10000, "the download shows its progress");
        const progress = byName(page, "progress");
        verify(progress.visible);
        verify(!byAccessibleName(page, "今すぐ確認").enabled);
        const cancel = byAccessibleName(page, "キャンセル");
        verify(cancel.height >= Theme.touchTargetMin);
        mouseClick(cancel);
        tryCompare(Updater, "busy", false);
        verify(!progress.visible);
        verify(byName(page, "lastResult").text.includes("取りやめ"));
        compare(ContentStore.contentVersion, installed);
    }
}
