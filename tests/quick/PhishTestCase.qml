import QtQuick
import QtQuick.Controls
import QtTest
import PhishAid
import PhishAidTest

// Shared helpers for the QML tests: create the real AppView, find its controls by accessible name or
// objectName, scroll them into view and click them like a person would.
TestCase {
    id: testCase

    property Component appViewComponent: Component {
        AppView {
        }
    }

    // A new AppView. The user database is emptied first, unless the test wants what an earlier app saved.
    function createApp(w: int, h: int, keepIncidents: bool): AppView {
        if (!keepIncidents)
            clearIncidents();
        // The window takes the app's size, so dialogs (centred in the window's overlay) sit as on a phone.
        testCase.width = w;
        testCase.height = h;
        const app = createTemporaryObject(appViewComponent, testCase, {
                "width": w,
                "height": h
            });
        verify(app, "AppView was created");
        waitForSettled(app);
        return app;
    }

    function incidentIds() {
        const ids = [];
        for (let row = 0; row < Incidents.count; ++row)
            ids.push(Incidents.data(Incidents.index(row, 0), Incidents.IncidentIdRole));
        return ids;
    }

    function clearIncidents(): void {
        for (const id of incidentIds())
            verify(Incidents.remove(id), "incident " + id + " removed");
        compare(Incidents.count, 0);
    }

    // Every item under `item` (depth first), the item itself included.
    function descendants(item: Item) {
        let all = [item];
        for (let i = 0; i < item.children.length; ++i)
            all = all.concat(descendants(item.children[i]));
        return all;
    }

    function findAll(root: Item, predicate) {
        return descendants(root).filter(predicate);
    }

    // The one visible item under `root` with this accessible name (fails when there is none).
    function findByAccessibleName(root: Item, name: string): Item {
        const found = findAll(root, item => item.visible && !item.Accessible.ignored && item.Accessible.name === name);
        verify(found.length > 0, "a visible item named \"" + name + "\"");
        return found[0];
    }

    function findByObjectName(root: Item, name: string): Item {
        const found = findAll(root, item => item.visible && item.objectName === name);
        return found.length > 0 ? found[0] : null;
    }

    // The stack of pages of the tab in view.
    function stackOf(app: AppView): StackView {
        const stack = app.currentStack();
        verify(stack, "the StackView");
        return stack;
    }

    function currentPage(app: AppView): Item {
        return stackOf(app).currentItem;
    }

    function waitForSettled(app: AppView): void {
        if (app.wizard.ready)
            tryCompare(stackOf(app), "busy", false);
        wait(30); // let bindings settle and layouts polish on the next frame
    }

    // Moves a Flickable (or ListView) and waits until what came into view is built and laid out.
    function scrollTo(flickable: Item, contentY: real): void {
        const before = flickable.contentY;
        flickable.contentY = contentY;
        if (flickable.contentY !== before)
            waitForRendering(flickable);
        wait(20); // layouts of delegates created by the move polish on the next frame
    }

    // Scrolls every Flickable around `item` so that the item is inside the visible area.
    function scrollIntoView(item: Item): void {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentHeight === undefined || p.flicking === undefined)
                continue;
            const top = item.mapToItem(p, 0, 0).y;
            if (top >= 0 && top + item.height <= p.height)
                continue;
            const wanted = p.contentY + top - Math.max(0, (p.height - item.height) / 2);
            scrollTo(p, Math.max(p.originY, Math.min(wanted, p.originY + p.contentHeight - p.height)));
        }
    }

    // Dialogs and sheets live in the window's overlay, not under the app.
    function overlayOf(app: AppView): Item {
        return app.Overlay.overlay;
    }

    function click(item: Item): void {
        verify(item.visible, "clicking a visible item");
        verify(item.enabled, "clicking an enabled item: " + item.Accessible.name);
        wait(20); // what was just built (an opened step) is laid out on the next frame
        scrollIntoView(item);
        mouseClick(item);
    }

    // Answers by answer id (single choice: moves on; multiple choice: ticks it).
    function answer(app: AppView, answerId: string): void {
        const button = findByObjectName(currentPage(app), "answer:" + answerId);
        verify(button, "answer " + answerId + " on " + app.wizard.questionId);
        click(button);
        waitForSettled(app);
    }

    function press(app: AppView, accessibleName: string): void {
        click(findByAccessibleName(app, accessibleName));
        waitForSettled(app);
    }

    // 0 ガイド, 1 相談窓口, 2 記録, 3 設定: pressed like a person would.
    function openTab(app: AppView, index: int): void {
        const tab = findByObjectName(app, "tab:" + index);
        verify(tab, "tab " + index);
        click(tab);
        waitForSettled(app);
    }

    // The plan page's ListView (the checklist).
    function planList(app: AppView) {
        const lists = findAll(currentPage(app), item => item.contentY !== undefined && item.section !== undefined);
        verify(lists.length > 0, "the plan's ListView");
        return lists[0];
    }

    // Scrolls the plan to its end, where the record's buttons are.
    function scrollPlanToEnd(app: AppView): void {
        const list = planList(app);
        scrollTo(list, list.originY + Math.max(0, list.contentHeight - list.height));
        wait(50);
        scrollTo(list, list.originY + Math.max(0, list.contentHeight - list.height));
    }

    // Walks the wizard to the plan of a link that was tapped and card details entered.
    // 最初からやり直す, then yes in the question it asks.
    function startOver(app: AppView): void {
        press(app, "最初からやり直す");
        tryCompare(app.guide.restartConfirm, "opened", true);
        click(findByAccessibleName(overlayOf(app), "はい、最初からやり直す"));
        waitForSettled(app);
    }

    function walkToCardPlan(app: AppView): void {
        answer(app, "tapped-link");
        answer(app, "entered-and-sent");
        answer(app, "card");
        press(app, "次へ");
        answer(app, "not-installed");
        answer(app, "not-paid");
        verify(app.wizard.atPlan);
    }

    function answerButtons(app: AppView) {
        return findAll(currentPage(app), item => item.visible && item.objectName.startsWith("answer:"));
    }

    function selectedAnswers(app: AppView) {
        return answerButtons(app).filter(b => b.selected).map(b => b.answerId);
    }

    // The action ids of the plan, in order, read from the model the plan page shows.
    function planActionIds(app: AppView) {
        const plan = app.wizard.plan;
        const ids = [];
        for (let row = 0; row < plan.count; ++row)
            ids.push(plan.data(plan.index(row, 0), PlanModel.ActionIdRole));
        return ids;
    }

    function planUrgencies(app: AppView) {
        const plan = app.wizard.plan;
        const urgencies = [];
        for (let row = 0; row < plan.count; ++row)
            urgencies.push(plan.data(plan.index(row, 0), PlanModel.UrgencyRole));
        return urgencies;
    }

    function saveScreenshot(item: Item, name: string): void {
        if (TestEnvironment.screenshotDir.length === 0)
            return;
        wait(300); // let pressed states and transitions finish
        const image = grabImage(item);
        const path = TestEnvironment.screenshotDir + "/" + name + (Theme.dark ? "-dark" : "-light") + ".png";
        image.save(path); // throws when the file cannot be written
    }

    when: windowShown
    visible: true
    width: 844
    height: 844
}
