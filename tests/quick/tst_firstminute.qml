import QtQuick
import QtTest
import PhishAid

// The first minute, counted the way a scared user meets it: presses from launch until the call that stops the
// money is on screen, on a 390×844 phone and a 320×568 one. A press is one tap on an answer or on 次へ; the call
// is the first card's button (電話する with a saved number, 番号を登録する without), wholly in view above the tab
// bar without scrolling. The issue's bar: at most 6 presses; money being taken now: 1.
PhishTestCase {
    name: "FirstMinute"

    function init_data() {
        const sizes = [[390, 844], [320, 568]];
        const scenarios = [{
                "name": "card",
                "presses": ["tapped-link", "entered-and-sent", "card", "次へ", "not-installed", "not-paid"],
                "contact": "card-issuer"
            }, {
                "name": "bank",
                "presses": ["tapped-link", "entered-and-sent", "bank", "次へ", "not-installed", "not-paid"],
                "contact": "bank"
            }, {
                "name": "money being taken",
                "presses": ["money-being-taken"],
                "contact": ""
            }];
        const rows = [];
        for (const [w, h] of sizes) {
            for (const scenario of scenarios) {
                for (const saved of [false, true]) {
                    rows.push({
                            "tag": scenario.name + (saved ? ", number saved, " : ", no number saved, ") + w + "x" + h,
                            "w": w,
                            "h": h,
                            "presses": scenario.presses,
                            "contact": scenario.contact,
                            "saved": saved
                        });
                }
            }
        }
        return rows;
    }

    function cleanup(): void {
        MyContacts.remove("card-issuer");
        MyContacts.remove("bank");
    }

    function test_pressesToTheFirstCall(data): void {
        if (data.saved) {
            verify(MyContacts.save("card-issuer", "0120-123-456"));
            verify(MyContacts.save("bank", "0120-987-654"));
        }
        const app = createApp(data.w, data.h);
        let presses = 0;
        for (const step of data.presses) {
            if (step === "次へ")
                press(app, step);
            else
                answer(app, step);
            ++presses;
        }
        verify(app.wizard.atPlan, "the plan after " + presses + " presses");
        verify(presses <= 6, presses + " presses");
        const card = findByObjectName(currentPage(app), "firstActionCard");
        verify(card, "the first card");
        // The first step's own contact, or (money being taken) its first contact: the bank or the card company.
        const contacts = findAll(card, item => item.visible && item.objectName.startsWith("contact:"));
        verify(contacts.length > 0, "the first card carries a contact");
        const contact = data.contact.length > 0 ? findByObjectName(card, "contact:" + data.contact) : contacts[0];
        verify(contact, "contact " + data.contact + " on the first card");
        const button = findByObjectName(contact, "contactButton");
        verify(button && button.visible, "the first card's button");
        if (data.saved)
            verify(contact.hasButton, "with a saved number the button calls: " + button.text);
        saveScreenshot(app, "first-call-" + data.tag.replace(/[ ,]+/g, "-"));
        const top = button.mapToItem(app, 0, 0).y;
        const tabTop = findByObjectName(app, "appTabBar").mapToItem(app, 0, 0).y;
        verify(top >= 0 && top + button.height <= tabTop + 0.5, button.text + " is out of view without scrolling: " + top + "–" + (top + button.height) + ", tab bar at " + tabTop);
        console.log("presses to \"" + button.text + "\": " + presses);
    }
}
