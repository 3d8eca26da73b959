import QtQuick
import QtTest
import PhishAid

// このメール、本物？ clicked through: from the start screen, the 相談窓口 tab and the 本物かどうか、わからない plan;
// paste → verdict → what to do → into the guide; the field and the result gone once the page is left.
PhishTestCase {
    name: "MailCheck"

    readonly property string openText: "このメール、本物？ 貼り付けて確かめる"

    function checkerPage(app: AppView): Item {
        const page = currentPage(app);
        compare(page.objectName, "checkerPage");
        return page;
    }

    // Puts `text` on the system clipboard, as copying it in the mail app would.
    function copyToClipboard(app: AppView, text: string): void {
        const edit = createTemporaryQmlObject("import QtQuick; TextEdit {}", app);
        edit.text = text;
        edit.selectAll();
        edit.copy();
    }

    function test_lookalikeLinkFromTheStartScreen(): void {
        const app = createApp(390, 844);
        press(app, openText);
        const page = checkerPage(app);
        page.field.text = "こちらから確認してください https://jcb.co.jp.example.top/login";
        press(app, "確かめる");
        const headline = findByObjectName(page, "verdictHeadline");
        verify(headline && headline.visible, "the verdict is shown");
        compare(page.mailCheck.verdict, "impersonation");
        verify(headline.Accessible.name.includes("JCBをかたる偽物"), headline.Accessible.name);
        // The address is shown so that it cannot be tapped: defanged, never a live link.
        const shown = findAll(page, item => item.visible && item.objectName === "findingShown").map(label => label.text);
        verify(shown.some(text => text.includes("example[.]top")), JSON.stringify(shown));
        verify(!shown.some(text => text.includes("https://")), JSON.stringify(shown));
        // What to do follows, whatever the verdict.
        verify(findByAccessibleName(page, "・メールやSMSのリンクは押さず、返信もせず、書かれた番号にも電話しないでください。"));
    }

    function test_officialNeverSafe(): void {
        const app = createApp(390, 844);
        press(app, openText);
        const page = checkerPage(app);
        page.field.text = "https://www.amazon.co.jp/gp/your-account";
        press(app, "確かめる");
        compare(page.mailCheck.verdict, "official");
        verify(page.mailCheck.caution.length > 0, "a sender can be forged: open the official app");
        verify(findByAccessibleName(page, page.mailCheck.caution).visible);
        verify(!page.mailCheck.headline.includes("安全"), page.mailCheck.headline);
    }

    // 貼り付ける takes the clipboard (the campaign's subject), checks it at once; leaving forgets it all.
    function test_pasteThenLeaving(): void {
        const app = createApp(390, 844);
        press(app, openText);
        let page = checkerPage(app);
        copyToClipboard(app, "【ご協力のお願い】 不正利用防止のため、速やかな対応をお願いします");
        press(app, "貼り付ける");
        compare(page.field.text, "【ご協力のお願い】 不正利用防止のため、速やかな対応をお願いします");
        verify(page.mailCheck.hasResult, "checked on paste");
        verify(page.mailCheck.signalTexts.length > 0, "the campaign's subject is recognised");
        verify(findAll(page, item => item.visible && item.objectName === "signal").length > 0);
        app.goBack();
        waitForSettled(app);
        press(app, openText);
        page = checkerPage(app);
        compare(page.field.text, "", "a new visit starts empty");
        verify(!page.mailCheck.hasResult);

        // In the 相談窓口 tab, the page stays on its stack while another tab is shown: it forgets there too.
        openTab(app, 1);
        press(app, openText);
        page = checkerPage(app);
        page.field.text = "0120-123-456 までお電話ください";
        press(app, "確かめる");
        verify(page.mailCheck.hasResult);
        openTab(app, 0);
        openTab(app, 1);
        compare(currentPage(app), page, "the same page, still open");
        compare(page.field.text, "");
        verify(!page.mailCheck.hasResult);
    }

    // Already tapped: into the guide at the next question, from the checker in the 相談窓口 tab.
    function test_intoTheGuide(): void {
        const app = createApp(390, 844);
        openTab(app, 1);
        press(app, openText);
        press(app, "リンクを押した・入力した");
        waitForSettled(app);
        compare(app.currentTab, 0);
        compare(app.wizard.questionId, "entered-anything");
        compare(currentPage(app).objectName, "");
        verify(answerButtons(app).length > 0, "the question's answers");
    }

    // 本物かどうか、わからない leads to a plan that offers the checker first.
    function test_notSurePlanOffersTheChecker(): void {
        const app = createApp(390, 844);
        answer(app, "not-sure");
        verify(app.wizard.atPlan);
        compare(app.wizard.outcomeId, "not-sure");
        press(app, openText);
        checkerPage(app);
        press(app, "見分けるポイント");
        compare(currentPage(app).objectName, "signsPage");
    }

    // With a record open, what was found goes into its empty fields: the fake site defanged, the company.
    function test_addToTheOpenRecord(): void {
        const app = createApp(390, 844);
        walkToCardPlan(app);
        const incidentId = Incidents.openIncidentId;
        verify(incidentId >= 0);
        openTab(app, 1);
        press(app, openText);
        const page = checkerPage(app);
        page.field.text = "https://jcb.co.jp.example.top/login";
        press(app, "確かめる");
        press(app, "記録に書き足す");
        const added = findByObjectName(page, "addedText");
        verify(added.text.startsWith("記録に書き足しました"), added.text);
        const record = createTemporaryObject(recordComponent, app, {
            "incidentId": incidentId
        });
        compare(record.fakeSite, "hxxps://jcb[.]co[.]jp[.]example[.]top/login");
        compare(record.imitatedCompany, "JCB");
        // Again: nothing new, nothing overwritten.
        press(app, "記録に書き足す");
        compare(added.text, "記録には、もう書かれています。");
    }

    Component {
        id: recordComponent

        IncidentRecord {
            incidents: Incidents
        }
    }
}
