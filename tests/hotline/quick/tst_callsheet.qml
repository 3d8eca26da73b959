import QtQuick
import QtQuick.Controls
import QtTest
import PhishAid
import PhishAidHotlineTest

// The call sheet opened for a contact of a plan (PlanModel's contacts role), as the plan's actions open it;
// the user's own card company's number saved in the sheet itself, and on MyContactsPage, then dialled.
HotlineTestCase {
    id: testCase

    name: "CallSheet"

    property Component sheetHost: Component {
        Item {
            readonly property alias sheet: sheet
            readonly property alias wizard: wizard

            anchors.fill: parent

            Wizard {
                id: wizard

                store: ContentStore
            }

            CallSheet {
                id: sheet
            }
        }
    }

    // Answers through the real wizard ("next" moves on from a multiple-choice question) to a plan, and
    // returns the ids of every contact its actions name.
    function planContacts(wizard: Wizard, answers: var): var {
        for (const answerId of answers) {
            if (answerId === "next") {
                wizard.next();
                continue;
            }
            let row = -1;
            for (let r = 0; r < wizard.rowCount(); ++r) {
                if (wizard.data(wizard.index(r, 0), Wizard.AnswerIdRole) === answerId)
                    row = r;
            }
            verify(row >= 0, "answer " + answerId + " on " + wizard.questionId);
            wizard.choose(row);
        }
        verify(wizard.atPlan, "reached the plan");
        const contacts = {};
        for (let row = 0; row < wizard.plan.count; ++row) {
            for (const contactId of wizard.plan.data(wizard.plan.index(row, 0), PlanModel.ContactsRole))
                contacts[contactId] = contactId;
        }
        return contacts;
    }

    function test_fromAPlanAction(): void {
        HotlineTest.reset();
        ContactBook.now = testCase.tuesdayEvening;
        const host = createTemporaryObject(sheetHost, testCase);
        const contacts = planContacts(host.wizard, ["tapped-link", "entered-nothing", "not-installed", "money-being-taken"]);
        verify(contacts["police-emergency"], Object.keys(contacts).join());
        const sheet = host.sheet;
        sheet.openFor(contacts["police-emergency"]);
        tryCompare(sheet, "opened", true);
        const popup = sheetItem(sheet);
        compare(findByObjectName(popup, "callSheetValue").text, "110");
        findByAccessibleName(popup, "24時間受付"); // the book's: open now, in Japan time
        press(popup, "発信する");
        compare(HotlineTest.openedUrls, ["tel:110"]);
    }

    // 番号を登録する on the plan saves the number in the sheet, on the same page; the sheet then dials it.
    function test_ownContactSavedInTheSheet(): void {
        HotlineTest.reset();
        ContactBook.now = testCase.tuesdayEvening;
        const host = createTemporaryObject(sheetHost, testCase);
        const contacts = planContacts(host.wizard, ["tapped-link", "entered-and-sent", "card", "next", "not-installed", "not-paid"]);
        verify(contacts["card-issuer"], Object.keys(contacts).join());
        const sheet = host.sheet;
        sheet.openFor(contacts["card-issuer"]);
        tryCompare(sheet, "opened", true);
        const popup = sheetItem(sheet);
        findByAccessibleName(popup, "カード会社の紛失・盗難窓口");
        verify(sheet.editing, "with no number yet, the sheet opens on saving one");
        verify(findByObjectName(popup, "cardBackDrawing").visible, "a drawing shows where the number is");
        const field = findByAccessibleName(popup, "カード会社の紛失・盗難窓口の電話番号");
        field.text = "0120-123-456";
        press(popup, "カード会社の紛失・盗難窓口の番号を保存する");
        compare(MyContacts.number("card-issuer"), "0120-123-456");
        verify(!sheet.editing);
        tryCompare(findByObjectName(popup, "callSheetValue"), "text", "0120-123-456");
        press(popup, "発信する");
        compare(HotlineTest.openedUrls, ["tel:0120123456"]);
        verify(MyContacts.remove("card-issuer"));
    }

    // Saved on MyContactsPage (with a plain message for a wrong number), shown first, dialled from the sheet.
    function test_myContacts(): void {
        const harness = createHarness(390, 844);
        const page = pageOf(harness);
        press(page, "カード会社・銀行の番号を登録する");
        tryCompare(harness.stack, "depth", 2);
        tryCompare(harness.stack, "busy", false);
        const editorPage = harness.stack.currentItem;
        compare(editorPage.objectName, "myContactsPage");
        const field = findByAccessibleName(editorPage, "カード会社の紛失・盗難窓口の電話番号");
        click(field);
        type("0120-12-345");
        press(editorPage, "カード会社の紛失・盗難窓口の番号を保存する");
        findByAccessibleName(editorPage, "番号のけたが足りません。この番号は 10 けたですが、いまは 9 けたです。");
        compare(MyContacts.number("card-issuer"), "");
        field.text = "０１２０ー１２３ー４５６"; // full width, as a phone keyboard may give it
        findByAccessibleName(editorPage, "カード会社の紛失・盗難窓口の会社の名前").text = "みどりカード";
        press(editorPage, "カード会社の紛失・盗難窓口の番号を保存する");
        compare(MyContacts.number("card-issuer"), "0120-123-456");
        findByAccessibleName(editorPage, "「カード会社の紛失・盗難窓口」の番号を保存しました。相談窓口のいちばん上に出ます。");
        harness.stack.pop();
        tryCompare(harness.stack, "busy", false);
        compare(page.hotlines.data(page.hotlines.index(0, 0), HotlineModel.ValueRole), "0120-123-456");
        const sheet = openSheet(page, "card-issuer", "カード会社の紛失・盗難窓口に電話する");
        compare(findByObjectName(sheetItem(sheet), "callSheetValue").text, "0120-123-456");
        press(sheetItem(sheet), "発信する");
        compare(HotlineTest.openedUrls, ["tel:0120123456"]);
        verify(MyContacts.remove("card-issuer"));
    }
}
