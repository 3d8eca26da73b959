import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import PhishAid
import PhishAidHotlineTest

// Shared helpers: a phone-sized window with the app's theme, the hotline page in a StackView (as the app
// will hold it), and finding controls by accessible name, the way a screen reader (and a person) would.
TestCase {
    id: testCase

    // Tuesday 2026-11-24 19:59 in Japan: マイナンバー総合フリーダイヤル still answers, #9110 does not.
    readonly property date tuesdayEvening: new Date(Date.UTC(2026, 10, 24, 10, 59))

    property Component harnessComponent: Component {
        Item {
            id: harness

            readonly property alias stack: stack

            Binding {
                target: Theme
                property: "dark"
                value: harness.Material.theme === Material.Dark
            }

            Rectangle {
                anchors.fill: parent
                color: harness.Material.background
                Accessible.ignored: true
            }

            StackView {
                id: stack

                anchors.fill: parent
                initialItem: hotlinePage
            }

            // Pushed from a Component as the app does: the page's own bound components (list header,
            // sections) need their creation context.
            Component {
                id: hotlinePage

                HotlinePage {
                    now: testCase.tuesdayEvening
                }
            }
        }
    }

    function createHarness(w: int, h: int): Item {
        HotlineTest.reset();
        ContactBook.now = testCase.tuesdayEvening; // one clock for the page, the plan and the call sheet
        const harness = createTemporaryObject(harnessComponent, testCase, {
                "width": w,
                "height": h
            });
        verify(harness, "the harness was created");
        tryCompare(harness.stack, "busy", false);
        waitForRendering(harness);
        return harness;
    }

    function pageOf(harness: Item): HotlinePage {
        return harness.stack.get(0) as HotlinePage;
    }

    function descendants(item: Item) {
        let all = [item];
        for (let i = 0; i < item.children.length; ++i)
            all = all.concat(descendants(item.children[i]));
        return all;
    }

    function findAll(root: Item, predicate) {
        return descendants(root).filter(predicate);
    }

    function findByAccessibleName(root: Item, name: string): Item {
        const found = findAll(root, item => item.visible && item.Accessible.name === name);
        verify(found.length > 0, "a visible item named \"" + name + "\"");
        return found[0];
    }

    function findByObjectName(root: Item, name: string): Item {
        const found = findAll(root, item => item.visible && item.objectName === name);
        return found.length > 0 ? found[0] : null;
    }

    // The sheet's own items live in the overlay, not under the page.
    function sheetItem(sheet: CallSheet): Item {
        return sheet.contentItem.parent;
    }

    function scrollIntoView(item: Item): void {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentHeight === undefined || p.flicking === undefined)
                continue;
            const top = item.mapToItem(p, 0, 0).y;
            if (top >= 0 && top + item.height <= p.height)
                continue;
            const wanted = p.contentY + top - Math.max(0, (p.height - item.height) / 2);
            p.contentY = Math.max(p.originY, Math.min(wanted, p.originY + p.contentHeight - p.height));
        }
        waitForRendering(item);
    }

    function click(item: Item): void {
        verify(item.visible, "clicking a visible item");
        verify(item.enabled, "clicking an enabled item: " + item.Accessible.name);
        scrollIntoView(item);
        mouseClick(item);
    }

    function press(root: Item, accessibleName: string): void {
        click(findByAccessibleName(root, accessibleName));
    }

    function listOf(page: HotlinePage): HotlineList {
        const list = findByObjectName(page, "hotlineList");
        verify(list, "the hotline list");
        return list as HotlineList;
    }

    function rowOf(page: HotlinePage, contactId: string): int {
        const model = page.hotlines;
        for (let row = 0; row < model.count; ++row) {
            if (model.data(model.index(row, 0), HotlineModel.ContactIdRole) === contactId)
                return row;
        }
        return -1;
    }

    // Scrolls the list to a hotline, so that its card is built and on screen.
    function showHotline(page: HotlinePage, contactId: string): void {
        const row = rowOf(page, contactId);
        verify(row >= 0, "a row for " + contactId);
        const list = listOf(page);
        list.userScrolled = true; // as a person's scrolling would: the list no longer returns to its top
        list.positionViewAtIndex(row, ListView.Center);
        waitForRendering(page);
    }

    function openSheet(page: HotlinePage, contactId: string, buttonName: string): CallSheet {
        tryCompare(page.callSheet, "visible", false); // a closing sheet still takes the clicks
        showHotline(page, contactId);
        press(page, buttonName);
        const sheet = page.callSheet;
        tryCompare(sheet, "opened", true);
        waitForRendering(sheet.contentItem);
        return sheet;
    }

    // Types ASCII text key by key, as a keyboard would.
    function type(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function saveScreenshot(item: Item, name: string): void {
        if (HotlineTest.screenshotDir.length === 0)
            return;
        waitForRendering(item);
        const image = grabImage(item);
        image.save(HotlineTest.screenshotDir + "/" + name + (Theme.dark ? "-dark" : "-light") + ".png"); // Qt 6.4: returns nothing
    }

    when: windowShown
    visible: true
    width: 844
    height: 844
}
