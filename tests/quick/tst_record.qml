import QtQuick
import QtTest
import PhishAid
import PhishAidTest

// 記録 (the record page): notes never hold a PIN or a password (refused with the reason, a mention without a
// value saved); one note deleted after a confirmation, kept on cancel, only "deleted" left in the timeline;
// the details the police ask for saved, defanged and shown again, a card number refused in them, the saved
// company names offered; the record copied and saved as a PDF with the answers as sentences and the details,
// where it is said in words, and 開く handing the file to the viewer.
PhishTestCase {
    name: "Record"

    // The card plan, one step ticked, then 記録を見る・保存する: returns the record page.
    function openRecord(app: AppView): Item {
        walkToCardPlan(app);
        click(findByObjectName(currentPage(app), "tick:call-card-issuer"));
        scrollPlanToEnd(app);
        press(app, "記録を見る・保存する");
        const page = currentPage(app);
        compare(page.objectName, "recordPage");
        return page;
    }

    function saveNote(app: AppView, page: Item, text: string): void {
        findByObjectName(page, "noteField").text = text;
        press(app, "メモを保存する");
    }

    function field(page: Item, label: string): Item {
        const found = findByAccessibleName(page, label);
        compare(found.Accessible.role, Accessible.EditableText);
        return found;
    }

    function cleanup(): void {
        MyContacts.remove("card-issuer");
        TestEnvironment.forgetOpenedUrls();
    }

    function test_pinAndPasswordNotesAreRefused(): void {
        const app = createApp(390, 844);
        const page = openRecord(app);
        const entries = page.record.timeline.length;

        saveNote(app, page, "暗証番号 0123 パスワード sakura1955");
        let refusal = findByObjectName(page, "noteRefusal");
        verify(refusal, "the refusal is shown");
        verify(refusal.message.includes("暗証番号"), refusal.message);
        compare(refusal.message.split("。").length, 2, "one sentence: " + refusal.message);
        compare(page.record.notes.length, 0);
        compare(page.record.timeline.length, entries);
        verify(!findByObjectName(page, "noteSaved"));
        compare(findByObjectName(page, "noteField").text, "暗証番号 0123 パスワード sakura1955", "kept for the user to change");

        saveNote(app, page, "ＰＡＳＳＷＯＲＤ：ｑｗｅｒｔｙ１２３");
        refusal = findByObjectName(page, "noteRefusal");
        verify(refusal.message.includes("パスワード"), refusal.message);
        compare(page.record.notes.length, 0);

        // A mention without a value is a note like any other.
        saveNote(app, page, "パスワードを変えた。暗証番号は伝えていない");
        verify(findByObjectName(page, "noteSaved"));
        verify(!findByObjectName(page, "noteRefusal"));
        compare(page.record.notes.length, 1);

        // The closing line says what is true: such notes are refused.
        press(app, "記録をコピーする");
        const copied = TestEnvironment.clipboardText();
        verify(copied.includes("カード番号・暗証番号・パスワードに見えるメモや入力を受け付けません"), copied);
        verify(!copied.includes("含まれていません"));
        verify(!copied.includes("sakura1955") && !copied.includes("qwerty"));
    }

    function test_oneNoteIsDeletedAfterConfirmation(): void {
        const app = createApp(390, 844);
        const page = openRecord(app);
        saveNote(app, page, "カード会社の受付番号 A-0042");
        saveNote(app, page, "警察の受理番号 B-77");
        compare(page.record.notes.length, 2);
        const first = page.record.notes[0];
        const card = findByObjectName(page, "note:" + first.noteId);
        verify(card, "the note is listed");
        const deleteButton = findAll(card, item => item.visible && item.Accessible.role === Accessible.Button)[0];
        compare(deleteButton.Accessible.name, first.at + " のメモを削除する");
        const dialog = page.noteList.deleteDialog;

        // Cancel keeps it; so does Esc.
        click(deleteButton);
        tryCompare(dialog, "opened", true);
        verify(dialog.message.includes("A-0042"), "says which note: " + dialog.message);
        verify(dialog.message.includes("元に戻せません"));
        click(findByAccessibleName(overlayOf(app), "削除しない"));
        tryCompare(dialog, "visible", false);
        compare(page.record.notes.length, 2);
        click(deleteButton);
        tryCompare(dialog, "opened", true);
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false);
        compare(page.record.notes.length, 2);

        // Confirmed: gone from the notes and the timeline; the timeline says a note was deleted, not what it said.
        click(deleteButton);
        tryCompare(dialog, "opened", true);
        click(findByAccessibleName(overlayOf(app), "削除する"));
        tryCompare(dialog, "visible", false);
        waitForSettled(app);
        compare(page.record.notes.length, 1);
        compare(page.record.notes[0].text, "警察の受理番号 B-77");
        verify(!findByObjectName(page, "note:" + first.noteId));
        const texts = page.record.timeline.map(entry => entry.text);
        verify(!texts.some(text => text.includes("A-0042")), JSON.stringify(texts));
        verify(texts.some(text => text.includes("B-77")));
        verify(texts[texts.length - 1].endsWith("に書いたメモを削除しました"), texts[texts.length - 1]);
        compare(currentPage(app), page, "still on the record");
    }

    function test_detailsAreSavedAndShown(): void {
        verify(MyContacts.save("card-issuer", "0120-123-456", "さくらカード"));
        const app = createApp(390, 844);
        const page = openRecord(app);

        // Each field has its label in view above it, not a placeholder alone.
        const labels = ["送ってきた相手", "偽のサイトのアドレス", "まねされた会社", "被害の金額", "カード会社・銀行の名前"];
        for (const label of labels) {
            const input = field(page, label);
            const above = findAll(page, item => item.visible && item.text === label && item !== input);
            verify(above.length > 0, "a visible label " + label);
            verify(above[0].mapToItem(page, 0, 0).y < input.mapToItem(page, 0, 0).y, label + " above its field");
        }

        // A card number is refused, with the field named, and nothing is saved.
        field(page, "送ってきた相手").text = "4111 1111 1111 1111";
        press(app, "この内容を保存する");
        const refusal = findByObjectName(page, "detailsRefusal");
        verify(refusal && refusal.message.includes("送ってきた相手") && refusal.message.includes("カード番号"), refusal ? refusal.message : "");
        compare(page.record.sender, "");

        // Saved: the address defanged, the full-width amount as yen, the company from the saved numbers.
        field(page, "送ってきた相手").text = "info@amaz0n-support.top";
        field(page, "偽のサイトのアドレス").text = "https://amaz0n-support.top/login";
        field(page, "まねされた会社").text = "Amazon";
        field(page, "被害の金額").text = "１２，０００";
        press(app, "さくらカードを入れる");
        compare(field(page, "カード会社・銀行の名前").text, "さくらカード");
        press(app, "この内容を保存する");
        verify(findByObjectName(page, "detailsSaved"), "saved, and said so");
        verify(!findByObjectName(page, "detailsRefusal"));
        compare(field(page, "偽のサイトのアドレス").text, "hxxps://amaz0n-support[.]top/login");
        compare(field(page, "被害の金額").text, "12000");
        compare(page.record.cardCompany, "さくらカード");

        // Shown again when the record is opened again.
        press(app, "戻る");
        scrollPlanToEnd(app);
        press(app, "記録を見る・保存する");
        const again = currentPage(app);
        verify(again !== page);
        compare(field(again, "送ってきた相手").text, "info@amaz0n-support.top");
        compare(field(again, "偽のサイトのアドレス").text, "hxxps://amaz0n-support[.]top/login");
        compare(field(again, "まねされた会社").text, "Amazon");
        compare(field(again, "被害の金額").text, "12000");
        compare(field(again, "カード会社・銀行の名前").text, "さくらカード");

        // And in the copied text.
        press(app, "記録をコピーする");
        const copied = TestEnvironment.clipboardText();
        for (const line of ["送ってきた相手：info@amaz0n-support.top", "偽のサイトのアドレス：hxxps://amaz0n-support[.]top/login", "まねされた会社：Amazon", "被害の金額：12,000円", "カード会社・銀行：さくらカード"])
            verify(copied.includes(line), line + " in " + copied);
        verify(!copied.includes("https://amaz0n"));
    }

    function test_pdfWithSentencesAndDetailsIsOpened(): void {
        const app = createApp(390, 844);
        const page = openRecord(app);
        // The answers as plain sentences on the page, as in the copy and the PDF.
        const statements = findAll(page, item => item.visible && item.objectName === "answerStatement").map(item => item.Accessible.name);
        verify(statements.includes("クレジットカードの番号・有効期限・セキュリティコードを入力した、または伝えた"), JSON.stringify(statements));
        verify(statements.includes("開いたページに入力して、送信した"), JSON.stringify(statements));
        field(page, "偽のサイトのアドレス").text = "http://example.top/login";
        field(page, "被害の金額").text = "30000";
        press(app, "この内容を保存する");

        page.record.exportDirectory = TestEnvironment.tempDir + "/pdf";
        press(app, "PDFで保存する");
        const place = findByObjectName(page, "pdfPlace");
        verify(place, "where the PDF is, in words");
        verify(place.text.includes("「pdf」フォルダ"), place.text);
        const name = place.text.match(/「(詐欺メールの記録_\d{4}年\d{1,2}月\d{1,2}日(_\d+)?\.pdf)」/);
        verify(name, "the Japanese file name: " + place.text);
        verify(!place.text.includes(TestEnvironment.tempDir), "never the path: " + place.text);
        verify(!findByObjectName(page, "pdfFailed"));

        // 開く hands the file to the system's viewer.
        compare(TestEnvironment.openedUrls, []);
        press(app, "PDFを開く");
        compare(TestEnvironment.openedUrls.length, 1);
        const url = TestEnvironment.openedUrls[0];
        verify(url.startsWith("file://" + TestEnvironment.tempDir + "/pdf/"), url);
        compare(decodeURIComponent(url.substring(url.lastIndexOf("/") + 1)), name[1]);
        verify(!findByObjectName(page, "openFailed"));

        // What the PDF says: the answers as sentences, the details, the true closing line.
        const text = TestEnvironment.pdfText(TestEnvironment.tempDir + "/pdf/" + name[1]);
        for (const expected of ["クレジットカードの番号・有効期限・セキュリティコードを入力した、または伝えた", "開いたページに入力して、送信した", "偽のサイトのアドレス:hxxp://example[.]top/login", "被害の金額:30,000円", "このアプリは、カード番号・暗証番号・パスワードに見えるメモや入力を受け付けません。"])
            verify(text.includes(expected), expected + " in " + text);
        verify(!text.includes("→"));
    }
}
