import QtQuick
import QtTest
import PhishAid
import PhishAidUpdateTest

// Run as tst_update_quick_off with PHISHAID_TEST_UPDATES_OFF=1: a build without an update URL says so.
TestCase {
    id: testCase

    name: "SettingsPageUpdatesOff"
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

    function test_updatesOff(): void {
        verify(UpdateTestServer.updatesOff, "needs PHISHAID_TEST_UPDATES_OFF=1 (tst_update_quick_off runs it)");
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        verify(!Updater.enabled);
        let off = null;
        let checkNow = null;
        const stack = [page];
        while (stack.length > 0) {
            const item = stack.pop();
            if (item.objectName === "updatesOff")
                off = item;
            if (item.objectName === "checkNow")
                checkNow = item;
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i]);
        }
        verify(off && off.visible);
        verify(off.text.includes("オフ"));
        verify(checkNow && !checkNow.visible);
        verify(ContentStore.contentVersion >= 1);
    }
}
