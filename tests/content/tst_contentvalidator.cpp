// The YAML reader and the validator: the real content and a good fixture pass; each broken fixture
// fails with exactly the file, line and sentence a content editor needs. What a hostile or damaged file
// can do is refused the same way: anchors and aliases (an alias bomb), invalid UTF-8, a second document,
// control characters in what is printed.
#include "contentlint.h"
#include "validator.h"
#include "yamlreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace phishaid::content;

namespace {

const QString FixtureDir = QStringLiteral(PHISHAID_TEST_DATA_DIR "/fixtures");

// "file.yaml:12: message": the file name, not its path, so expectations do not depend on the checkout.
QStringList describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines.append(d.where.file.isEmpty() ? d.message : QFileInfo(d.where.file).fileName() % u':' % QString::number(d.where.line) % u": " % d.message);
    }
    return lines;
}

} // namespace

class TestContentValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void realContentIsValid()
    {
        const QString dir = QStringLiteral(PHISHAID_SOURCE_DIR "/content");
        QVERIFY2(!YamlReader::expandPaths({ dir }).isEmpty(), "content/ has no YAML files");
        Content content;
        const QStringList problems = describe(readAndValidate({ dir }, &content));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!content.questions.isEmpty());
    }

    void goodFixtureIsValid()
    {
        YamlReader reader;
        QVERIFY2(reader.read({ FixtureDir + u"/good"_s }), qPrintable(describe(reader.diagnostics()).join(u'\n')));
        QCOMPARE(describe(validateContent(reader.content())), QStringList());
        QCOMPARE(reader.files().size(), 5);

        const Content &content = reader.content();
        QCOMPARE(content.version, 3);
        QCOMPARE(content.start.id, u"what-happened"_s);
        QCOMPARE(content.questions.size(), 2);
        QCOMPARE(content.outcomes.size(), 2);
        QCOMPARE(content.actions.size(), 7);
        QCOMPARE(content.contacts.size(), 6);
        QCOMPARE(content.holidays.days.size(), 5);
    }

    void goodFixtureIsReadFaithfully()
    {
        YamlReader reader;
        QVERIFY(reader.read({ FixtureDir + u"/good"_s }));
        const Content &content = reader.content();

        const Question *first = content.question(u"what-happened"_s);
        QVERIFY(first);
        QCOMPARE(QFileInfo(first->where.file).fileName(), u"10-questions.yaml"_s);
        QCOMPARE(first->where.line, 2);
        QCOMPARE(first->kind, QuestionKind::Single);
        QCOMPARE(first->text.value(u"en"_s), u"What happened?"_s);
        QCOMPARE(localized(first->text, u"fr"_s), u"何がありましたか"_s);
        QCOMPARE(first->answers.at(1).target.question->id, u"entered-what"_s);
        QCOMPARE(first->answers.at(1).target.question->where.line, 15);
        QCOMPARE(first->answers.at(1).actions.at(0).where.line, 14);

        const Question *multiple = content.question(u"entered-what"_s);
        QVERIFY(multiple);
        QCOMPARE(multiple->kind, QuestionKind::Multiple);
        QCOMPARE(multiple->target.outcome->id, u"link-opened"_s);

        const Action *call = content.action(u"call-card-issuer"_s);
        QVERIFY(call);
        QCOMPARE(call->urgency, Urgency::Now);
        // A block scalar loses its final newline, keeps the inner one.
        QCOMPARE(localized(call->body), u"カードの裏面にある電話番号にかけます。\n「偽のサイトにカード番号を入力した」と伝えてください。"_s);

        const Contact *police = content.contact(u"police-consultation"_s);
        QVERIFY(police);
        QCOMPARE(police->value, u"#9110"_s);
        QCOMPARE(police->checked, QDate(2025, 1, 15));
        QCOMPARE(content.contact(u"card-issuer"_s)->kind, ContactKind::Own);
        QCOMPARE(content.contact(u"card-desk"_s)->confidence, Confidence::Unconfirmed);
        QCOMPARE(content.contact(u"nobody"_s), nullptr);

        // The answer as the record prints it: optional, localized like every text.
        QCOMPARE(localized(multiple->answers.at(0).statement), u"クレジットカードの番号を入力した"_s);
        QCOMPARE(multiple->answers.at(0).statement.value(u"en"_s), u"Entered the card number"_s);
        QVERIFY(multiple->answers.at(1).statement.isEmpty());
    }

    void openingHoursAreReadFaithfully()
    {
        YamlReader reader;
        QVERIFY(reader.read({ FixtureDir + u"/good"_s }));
        const Content &content = reader.content();

        const Contact *police = content.contact(u"police-consultation"_s);
        QCOMPARE(police->open.kind, OpeningHours::Kind::Ranges);
        QCOMPARE(police->open.ranges.size(), 2);
        const OpeningRange &morning = police->open.ranges.at(0);
        const QList<OpeningDay> weekdays { OpeningDay::Monday, OpeningDay::Tuesday, OpeningDay::Wednesday, OpeningDay::Thursday, OpeningDay::Friday };
        QCOMPARE(morning.days, weekdays);
        QCOMPARE(morning.from, 8 * 60 + 30);
        QCOMPARE(morning.to, 12 * 60);
        QCOMPARE(police->open.ranges.at(1).to, 17 * 60 + 15);
        QCOMPARE(police->open.ranges.at(1).where.line, 19);
        QCOMPARE(police->open.closed, (QStringList { u"12-29"_s, u"12-30"_s, u"12-31"_s, u"01-02"_s, u"01-03"_s }));
        QCOMPARE(localized(police->hoursNote), u"都道府県によって違います"_s);

        QCOMPARE(content.contact(u"consumer-hotline"_s)->open.kind, OpeningHours::Kind::Always);
        const Contact *desk = content.contact(u"card-desk"_s);
        QCOMPARE(desk->open.ranges.at(0).to, 24 * 60); // "24:00"
        QCOMPARE(desk->open.ranges.at(1).days, QList<OpeningDay> { OpeningDay::Holiday });
        QCOMPARE(content.contact(u"antiphishing-mail"_s)->open.kind, OpeningHours::Kind::Unknown);

        const HolidayTable &holidays = content.holidays;
        QCOMPARE(holidays.source, u"https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html"_s);
        QCOMPARE(holidays.checked, QDate(2026, 11, 23));
        QCOMPARE(holidays.days.first().date, QDate(2026, 1, 1));
        QCOMPARE(localized(holidays.days.first().name), u"元日"_s);
        QCOMPARE(holidays.days.first().name.value(u"en"_s), u"New Year's Day"_s);
        QVERIFY(holidays.contains(QDate(2026, 9, 22)));
        QVERIFY(!holidays.contains(QDate(2026, 9, 24)));
        QVERIFY(!holidays.contains(QDate(2025, 12, 31)));
        QVERIFY(!holidays.contains(QDate(2027, 1, 1)));
    }

    // The real table: the Cabinet Office's list for 2025 to 2027, each date checked against its weekday.
    void realHolidays()
    {
        Content content;
        QVERIFY(readAndValidate({ QStringLiteral(PHISHAID_SOURCE_DIR "/content") }, &content).isEmpty());
        const HolidayTable &holidays = content.holidays;
        QCOMPARE(holidays.days.size(), 19 + 18 + 17);
        QCOMPARE(holidays.days.first().date, QDate(2025, 1, 1));
        QCOMPARE(holidays.days.last().date, QDate(2027, 11, 23));
        QMap<QString, QString> names;
        for (const Holiday &holiday : holidays.days) {
            names.insert(holiday.date.toString(Qt::ISODate), localized(holiday.name));
        }
        QCOMPARE(names.value(u"2025-02-24"_s), u"振替休日"_s); // 天皇誕生日 fell on a Sunday
        QCOMPARE(names.value(u"2026-09-22"_s), u"国民の休日"_s); // between two holidays
        QCOMPARE(names.value(u"2027-03-22"_s), u"振替休日"_s);
        QCOMPARE(QDate(2026, 9, 21).dayOfWeek(), 1);
        QVERIFY(!holidays.contains(QDate(2027, 5, 6))); // 2027: no substitute in Golden Week
        // A substitute holiday is a Monday (or later) after a holiday on a Sunday.
        for (const Holiday &holiday : holidays.days) {
            if (localized(holiday.name) == u"振替休日") {
                QVERIFY(holidays.contains(holiday.date.addDays(-1)));
            }
        }
    }

    void brokenFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");

        // One fixture per rule; each yields exactly these diagnostics and nothing else.
        // clang-format off
        QTest::addRow("answer both targets") << u"answer-both-targets.yaml"_s << QStringList {u"answer-both-targets.yaml:9: Answer \"a1\" of question \"q1\" has both a next question and an outcome."_s};
        QTest::addRow("answer leads nowhere") << u"answer-leads-nowhere.yaml"_s << QStringList {u"answer-leads-nowhere.yaml:12: Answer \"dead-end\" of question \"q1\" leads nowhere; give it a next question or an outcome."_s};
        QTest::addRow("bad checked date") << u"bad-checked-date.yaml"_s << QStringList {u"bad-checked-date.yaml:29: Contact \"hotline\" has checked date \"2025-02-30\", which is not a YYYY-MM-DD date."_s};
        QTest::addRow("contact without checked") << u"contact-without-checked.yaml"_s << QStringList {u"contact-without-checked.yaml:22: Contact \"hotline\" has a value but no checked date."_s};
        QTest::addRow("contact without source") << u"contact-without-source.yaml"_s << QStringList {u"contact-without-source.yaml:22: Contact \"hotline\" has a value but no source."_s};
        QTest::addRow("cycle") << u"cycle.yaml"_s << QStringList {u"cycle.yaml:21: Answer \"back\" of question \"q2\" leads back to question \"q1\", closing a cycle at question \"q2\"."_s};
        QTest::addRow("duplicate action") << u"duplicate-action.yaml"_s << QStringList {u"duplicate-action.yaml:21: Action id \"act1\" is used twice; the first is at duplicate-action.yaml:16."_s};
        QTest::addRow("duplicate answer") << u"duplicate-answer.yaml"_s << QStringList {u"duplicate-answer.yaml:12: Answer id \"a1\" is used twice in question \"q1\"."_s};
        QTest::addRow("duplicate question") << u"duplicate-question.yaml"_s << QStringList {u"duplicate-question.yaml:12: Question id \"q1\" is used twice; the first is at duplicate-question.yaml:5."_s};
        QTest::addRow("holidays bad date") << u"holidays-bad-date.yaml"_s << QStringList {u"holidays-bad-date.yaml:25: A holiday has date \"2026-02-30\", which is not a YYYY-MM-DD date."_s, u"holidays-bad-date.yaml:26: A holiday has no date."_s};
        QTest::addRow("holidays order") << u"holidays-order.yaml"_s << QStringList {u"holidays-order.yaml:27: Holiday 2026-01-12 is listed twice; the first is at holidays-order.yaml:26."_s, u"holidays-order.yaml:28: Holiday 2026-01-10 comes after 2026-01-12; list the holidays in date order."_s, u"holidays-order.yaml:29: Holiday 2026-02-11 has no Japanese (ja) name."_s};
        QTest::addRow("holidays without source") << u"holidays-without-source.yaml"_s << QStringList {u"holidays-without-source.yaml:21: The holidays section has no source."_s, u"holidays-without-source.yaml:21: The holidays section has no checked date."_s};
        QTest::addRow("hours bad time") << u"hours-bad-time.yaml"_s << QStringList {u"hours-bad-time.yaml:33: An open range of contact \"times\" has from time \"9:30\", which is not HH:MM from 00:00 to 24:00."_s, u"hours-bad-time.yaml:34: An open range of contact \"times\" has to time \"24:30\", which is not HH:MM from 00:00 to 24:00."_s, u"hours-bad-time.yaml:35: An open range of contact \"times\" has no to."_s};
        QTest::addRow("hours closed or empty") << u"hours-closed-or-empty.yaml"_s << QStringList {u"hours-closed-or-empty.yaml:22: Contact \"always-closed\" is open always but names closed days."_s, u"hours-closed-or-empty.yaml:44: Contact \"empty-list\" has an empty open list; write always, or give its ranges."_s};
        QTest::addRow("hours ends before start") << u"hours-ends-before-start.yaml"_s << QStringList {u"hours-ends-before-start.yaml:33: Contact \"backwards\" has open range 17:00-09:00, which does not end after it starts."_s, u"hours-ends-before-start.yaml:34: Contact \"backwards\" has open range 09:00-09:00, which does not end after it starts."_s};
        QTest::addRow("hours holiday without table") << u"hours-holiday-without-table.yaml"_s << QStringList {u"hours-holiday-without-table.yaml:32: Contact \"holiday\" has hours for holidays, but the content has no holidays table."_s};
        QTest::addRow("hours overlap") << u"hours-overlap.yaml"_s << QStringList {u"hours-overlap.yaml:34: Contact \"overlap\" has open ranges 09:00-17:00 and 16:00-20:00 that overlap on tue."_s, u"hours-overlap.yaml:35: Contact \"overlap\" names thu twice in one open range."_s};
        QTest::addRow("hours shape") << u"hours-shape.yaml"_s << QStringList {u"hours-shape.yaml:32: The open hours of contact \"sometimes\" must be always or a list of {days, from, to}."_s, u"hours-shape.yaml:45: Contact \"bad-closed\" has closed day \"12-32\", which is not an MM-DD day."_s, u"hours-shape.yaml:45: Contact \"bad-closed\" has closed day \"1-3\", which is not an MM-DD day."_s};
        QTest::addRow("hours unknown day") << u"hours-unknown-day.yaml"_s << QStringList {u"hours-unknown-day.yaml:33: An open range of contact \"funday\" has unknown day \"funday\"; expected mon, tue, wed, thu, fri, sat, sun or holiday."_s, u"hours-unknown-day.yaml:33: An open range of contact \"funday\" has unknown day \"Mon\"; expected mon, tue, wed, thu, fri, sat, sun or holiday."_s};
        QTest::addRow("hours without text") << u"hours-without-text.yaml"_s << QStringList {u"hours-without-text.yaml:31: Contact \"no-text\" has open hours but no hours text for people to read."_s};
        QTest::addRow("mail") << u"mail.yaml"_s << QStringList {u"mail.yaml:22: Contact \"mail-no-domain\" has malformed mail address \"info@antiphishing\"."_s, u"mail.yaml:31: Contact \"mail-no-at\" has malformed mail address \"info.antiphishing.jp\"."_s};
        QTest::addRow("meta twice") << u"meta-twice.yaml"_s << QStringList {u"meta-twice.yaml:21: The meta section is given twice; it was first given at meta-twice.yaml:1."_s};
        QTest::addRow("missing ja") << u"missing-ja.yaml"_s << QStringList {u"missing-ja.yaml:7: The text of question \"q1\" has no Japanese (ja) text."_s};
        QTest::addRow("missing text") << u"missing-text.yaml"_s << QStringList {u"missing-text.yaml:16: The body of action \"act1\" has no Japanese (ja) text."_s};
        QTest::addRow("multiple answer with next") << u"multiple-answer-with-next.yaml"_s << QStringList {u"multiple-answer-with-next.yaml:9: Answer \"x\" of multiple-choice question \"q1\" must not have its own next or outcome; the question leads on."_s};
        QTest::addRow("multiple without next") << u"multiple-without-next.yaml"_s << QStringList {u"multiple-without-next.yaml:15: Multiple-choice question \"q2\" leads nowhere; give it a next question or an outcome."_s};
        QTest::addRow("no answers") << u"no-answers.yaml"_s << QStringList {u"no-answers.yaml:12: Question \"q2\" has no answers."_s};
        QTest::addRow("aliases") << u"aliases.yaml"_s << QStringList {u"aliases.yaml:7: YAML anchors and aliases (here &question) are not allowed in content; write each value out."_s};
        QTest::addRow("invalid UTF-8") << u"invalid-utf8.yaml"_s << QStringList {u"invalid-utf8.yaml:20: Byte 0x93 at column 22 is not UTF-8; save the file as UTF-8."_s};
        QTest::addRow("second document") << u"second-document.yaml"_s << QStringList {u"second-document.yaml:21: A second YAML document starts here (---); a content file holds one."_s};
        QTest::addRow("outcome without actions") << u"outcome-without-actions.yaml"_s << QStringList {u"outcome-without-actions.yaml:14: Outcome \"o1\" has no actions."_s};
        QTest::addRow("own with value") << u"own-with-value.yaml"_s << QStringList {u"own-with-value.yaml:22: Contact \"issuer\" is of kind own (the user's own issuer or bank) and must not have a value."_s};
        QTest::addRow("phone") << u"phone.yaml"_s << QStringList {u"phone.yaml:22: Contact \"letters\" has malformed phone number \"0120-ABC-123\"."_s, u"phone.yaml:31: Contact \"too-short\" has malformed phone number \"1234\"."_s, u"phone.yaml:40: Contact \"double-hash\" has malformed phone number \"##9110\"."_s, u"phone.yaml:49: Contact \"toll-free-11\" has malformed phone number \"0120-123-4567\"."_s, u"phone.yaml:58: Contact \"mobile-10\" has malformed phone number \"090-123-4567\"."_s, u"phone.yaml:67: Contact \"full-width\" has phone number \"０１２０−９５−０１７８\" with full-width characters; use ASCII digits."_s};
        QTest::addRow("source not https") << u"source-not-https.yaml"_s << QStringList {u"source-not-https.yaml:22: Contact \"hotline\" has source \"http://www.caa.go.jp/\", which is not an https:// URL with a host."_s};
        QTest::addRow("syntax error") << u"syntax-error.yaml"_s << QStringList {u"syntax-error.yaml:8: The file is not valid YAML: end of map flow not found."_s};
        QTest::addRow("unknown action") << u"unknown-action.yaml"_s << QStringList {u"unknown-action.yaml:17: Outcome \"o1\" names unknown action \"act9\"."_s};
        QTest::addRow("unknown category") << u"unknown-category.yaml"_s << QStringList {u"unknown-category.yaml:22: Contact \"hotline\" has unknown category \"shop\"; expected one of card-bank, police, consumer, mynumber, report."_s};
        QTest::addRow("unknown contact") << u"unknown-contact.yaml"_s << QStringList {u"unknown-contact.yaml:22: Action \"act1\" names unknown contact \"nobody\"."_s};
        QTest::addRow("unknown field") << u"unknown-field.yaml"_s << QStringList {u"unknown-field.yaml:7: Question \"q1\" has unknown field \"txet\"."_s};
        QTest::addRow("unknown outcome") << u"unknown-outcome.yaml"_s << QStringList {u"unknown-outcome.yaml:14: Answer \"a2\" of question \"q1\" leads to unknown outcome \"o9\"."_s};
        QTest::addRow("unknown question") << u"unknown-question.yaml"_s << QStringList {u"unknown-question.yaml:14: Answer \"a2\" of question \"q1\" leads to unknown question \"q9\"."_s};
        QTest::addRow("unknown top level key") << u"unknown-top-level-key.yaml"_s << QStringList {u"unknown-top-level-key.yaml:15: Unknown top-level key \"action\"; expected meta, questions, outcomes, actions, contacts, holidays, glossary, brands, campaigns, abused-tlds, link-hiders or phrases."_s};
        QTest::addRow("unknown urgency") << u"unknown-urgency.yaml"_s << QStringList {u"unknown-urgency.yaml:17: Action \"act1\" has unknown urgency \"soon\"; expected now, today or later."_s};
        QTest::addRow("unreachable question") << u"unreachable-question.yaml"_s << QStringList {u"unreachable-question.yaml:12: Question \"q2\" is not reachable from the start question \"q1\"."_s};
        QTest::addRow("web") << u"web.yaml"_s << QStringList {u"web.yaml:22: Contact \"plain-http\" has web address \"http://www.antiphishing.jp/\", which is not an https:// URL with a host."_s, u"web.yaml:31: Contact \"no-host\" has web address \"https://\", which is not an https:// URL with a host."_s};
        // One fixture per plan rule that content can break (rule 5, at most three 今すぐ steps, is kept by the tree itself).
        QTest::addRow("rule 1") << u"rule-1-explanations-first.yaml"_s << QStringList {u"rule-1-explanations-first.yaml:20: Plan rule 1 (explanations-first): The explanation \"why\" comes after the step \"do\"; an explanation must come first (give it urgency now). Path: q1: a1 → outcome o1."_s};
        QTest::addRow("rule 2") << u"rule-2-money-before-tidying.yaml"_s << QStringList {u"rule-2-money-before-tidying.yaml:21: Plan rule 2 (money-before-tidying): The call that stops money \"call-card\" comes after \"close-page\" (tidy); calls that stop money come before tidying up. Path: q1: a1 → outcome o1."_s};
        QTest::addRow("rule 2, airplane mode first") << u"rule-2-isolate-first.yaml"_s << QStringList {u"rule-2-isolate-first.yaml:17: Plan rule 2 (money-before-tidying): The device is compromised, but the first step is \"call-card\"; cutting the device off the network (a step of kind isolate) must come first. Path: q1: a1 → outcome o1."_s};
        QTest::addRow("rule 3") << u"rule-3-passwords-from-another-device.yaml"_s << QStringList {u"rule-3-passwords-from-another-device.yaml:22: Plan rule 3 (passwords-from-another-device): The step \"change-password\" changes passwords on any device, but the device is compromised; supersede it with a step whose passwords are other-device. Path: q1: a1 → outcome o1."_s};
        QTest::addRow("rule 4") << u"rule-4-money-taken-now.yaml"_s << QStringList {u"rule-4-money-taken-now.yaml:16: Plan rule 4 (money-taken-now): Money is being taken now, but the first step is \"call-110\"; it must be an emergency call to the bank or card company (a contact of category card-bank). Path: q1: a1 → outcome o1."_s, u"rule-4-money-taken-now.yaml:23: Plan rule 4 (money-taken-now): Money is being taken now, but the second step is \"stop-money\"; the call to 110 must be beside the bank's, as the second step, 今すぐ. Path: q1: a1 → outcome o1."_s};
        QTest::addRow("rule 6") << u"rule-6-no-contradiction.yaml"_s << QStringList {u"rule-6-no-contradiction.yaml:17: Plan rule 6 (no-contradiction): The step \"check-nothing-installed\" contradicts an answer on this path, which means \"no-app\". Path: q1: not-installed → outcome o1."_s};
        QTest::addRow("rule 7") << u"rule-7-evidence-kept.yaml"_s << QStringList {u"rule-7-evidence-kept.yaml:2: Plan rule 7 (evidence-kept): Something was given away on this path, but no step keeps the mail as evidence (kind evidence). Path: q1: a1 → outcome o1."_s};
        QTest::addRow("contradicts unknown fact") << u"contradicts-unknown-fact.yaml"_s << QStringList {u"contradicts-unknown-fact.yaml:15: Action \"check\" contradicts \"no-apps\", which no answer means."_s};
        QTest::addRow("source home page") << u"source-home-page.yaml"_s << QStringList {u"source-home-page.yaml:21: Contact \"hotline\" has source \"https://www.caa.go.jp/\", a site's home page; cite the page that states the fact."_s, u"source-home-page.yaml:30: Contact \"no-path\" has source \"https://www.npa.go.jp\", a site's home page; cite the page that states the fact."_s};
        QTest::addRow("around the clock without ranges") << u"around-the-clock-without-ranges.yaml"_s << QStringList {u"around-the-clock-without-ranges.yaml:21: Contact \"freedial\" has around-the-clock but no open ranges; it says what answers when the ranges are closed."_s};
        // clang-format on
    }

    void brokenFixture()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(readAndValidate({ FixtureDir + u"/broken/"_s + file })), expected);
    }

    void problemsAcrossFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("duplicate id") << u"duplicate-across-files.yaml"_s
                                      << QStringList {
                                             u"duplicate-across-files.yaml:3: Action id \"keep-evidence\" is used twice; the first is at 20-actions.yaml:18."_s
                                         };
        QTest::addRow("second holidays") << u"second-holidays.yaml"_s
                                         << QStringList {
                                                u"second-holidays.yaml:2: The holidays section is given twice; it was first given at 40-holidays.yaml:2."_s
                                            };
        QTest::addRow("second meta") << u"second-meta.yaml"_s
                                     << QStringList { u"second-meta.yaml:2: The meta section is given twice; it was first given at 00-meta.yaml:3."_s };
    }

    void problemsAcrossFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(readAndValidate({ FixtureDir + u"/good"_s, FixtureDir + u"/extra/"_s + file })), expected);
    }

    // How the content reads: warnings with file:line, and the shipped content has none.
    void lint()
    {
        Content content;
        QVERIFY(readAndValidate({ FixtureDir + u"/lint/lint.yaml"_s }, &content).isEmpty());
        const QList<Diagnostic> warnings = lintContent(content);
        const QStringList expected {
            u"lint.yaml:11: The statement of answer \"a1\" of question \"q1\" has 63 characters in one sentence (at most 60): \"答えの文がとても長くて、記録を読む人にも…\"."_s,
            u"lint.yaml:19: A sentence in the body of action \"long\" has 66 characters (at most 60): \"この文はとても長くて、あわてている人には…\"."_s,
            u"lint.yaml:27: Action \"unexplained\" uses \"プロファイル\" without its plain explanation \"スマホの設定を書きかえるファイル\" in the body."_s,
        };
        QCOMPARE(describe(warnings), expected);
        QCOMPARE(warnings.at(0).severity, Diagnostic::Severity::Warning);
        QVERIFY(warnings.at(0).toString().endsWith(u"lint.yaml:11: warning: "_s + warnings.at(0).message));
    }

    void shippedContentReadsWell()
    {
        Content content;
        QVERIFY(readAndValidate({ QStringLiteral(PHISHAID_SOURCE_DIR "/content") }, &content).isEmpty());
        QVERIFY(!content.glossary.isEmpty());
        const QStringList warnings = describe(lintContent(content));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    // Every answer says how the record prints it: one plain sentence (the lint above keeps it short).
    void shippedAnswersHaveStatements()
    {
        Content content;
        QVERIFY(readAndValidate({ QStringLiteral(PHISHAID_SOURCE_DIR "/content") }, &content).isEmpty());
        for (const Question &question : std::as_const(content.questions)) {
            for (const Answer &answer : question.answers) {
                const QString statement = localized(answer.statement);
                QVERIFY2(!statement.isEmpty(), qPrintable(question.id + u':' + answer.id + u" has no statement"_s));
                QCOMPARE(sentencesOf(statement).size(), 1);
                QVERIFY2(!statement.contains(u'→'), qPrintable(statement));
            }
        }
    }

    void sentences()
    {
        QCOMPARE(sentencesOf(u"一つめ。二つめ！\n三つめ？ 四つめ"_s), (QStringList { u"一つめ。"_s, u"二つめ！"_s, u"三つめ？"_s, u"四つめ"_s }));
        QVERIFY(sentencesOf(u"\n\n"_s).isEmpty());
    }

    // The tool checks the plan rules (nothing that breaks one is compiled or signed); the app's check of what
    // it opens skips the walk over every path.
    void planRulesAreTheToolsToCheck()
    {
        YamlReader reader;
        QVERIFY(reader.read({ FixtureDir + u"/broken/rule-1-explanations-first.yaml"_s }));
        QVERIFY(validateContent(reader.content()).isEmpty());
        QCOMPARE(validateContent(reader.content(), PlanRuleCheck::Check).size(), 1);
    }

    void missingSource()
    {
        const QString missing = FixtureDir + u"/no-such-dir"_s;
        const QList<Diagnostic> diagnostics = readAndValidate({ missing });
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0).toString(), missing % u": There is no such file or directory.");
    }

    // Every diagnostic names a file: the missing meta section names the sources given and the files read.
    void missingMetaNamesTheFilesLookedIn()
    {
        const QString file = FixtureDir + u"/broken/no-meta.yaml"_s;
        QList<Diagnostic> diagnostics = readAndValidate({ file });
        QCOMPARE(diagnostics.size(), 1);
        const QString sentence = u"No file has a meta section with the content version and the start question; looked in "_s;
        QCOMPARE(diagnostics.at(0).toString(), file % u": " % sentence % file % u'.');

        QTemporaryDir dir;
        QVERIFY(QFile::copy(file, dir.filePath(u"a.yaml"_s)) && QFile::copy(file, dir.filePath(u"b.yaml"_s)));
        diagnostics = readAndValidate({ dir.path() });
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0).toString(), dir.path() % u": " % sentence % dir.filePath(u"a.yaml"_s) % u", " % dir.filePath(u"b.yaml"_s) % u'.');
    }

    // A control character never reaches the terminal: not from a value (a key with a bell, written as an escape)
    // nor from a YAML error that quotes one; it is printed as \x07.
    void controlCharactersAreEscaped()
    {
        for (const QString &name : { u"control-character-key.yaml"_s, u"control-character-error.yaml"_s }) {
            const QString file = FixtureDir + u"/broken/"_s + name;
            const QList<Diagnostic> diagnostics = readAndValidate({ file });
            QCOMPARE(diagnostics.size(), 1);
            const QString text = diagnostics.at(0).toString();
            QVERIFY2(text.startsWith(file % u':'), qPrintable(text));
            QVERIFY2(text.contains(u"\\x07"_s), qPrintable(text));
            QVERIFY2(std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }), qPrintable(text));
        }
        QCOMPARE((Diagnostic { { u"a\tb.yaml"_s, 3 }, u"A bell \a, an escape \x1b[31m, a next line \u0085 and a line separator \u2028."_s }).toString(),
            u"a\\x09b.yaml:3: A bell \\x07, an escape \\x1B[31m, a next line \\u0085 and a line separator \\u2028."_s);
    }

    // The 22 KB alias bomb of the attack (2,000 aliases of a question with 2,000 aliases of an answer: four million
    // answers when aliases are read as copies) is refused at once, by the real tool, in a few megabytes.
    void aliasBombIsRefusedQuickly()
    {
        QTemporaryDir dir;
        const QString bomb = dir.filePath(u"bomb.yaml"_s);
        QFile file(bomb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text
            = "meta: {version: 1, start: q1}\nquestions:\n  - &q {id: q1, kind: single, text: {ja: x}, answers: [&a {id: a1, text: {ja: y}, outcome: o1}";
        for (int i = 0; i < 2000; ++i) {
            text += ", *a";
        }
        text += "]}\n";
        for (int i = 0; i < 2000; ++i) {
            text += "  - *q\n";
        }
        file.write(text);
        file.close();

        QProcess tool;
        QElapsedTimer timer;
        timer.start();
        tool.start(QStringLiteral(PHISHAID_CONTENT_TOOL), { u"validate"_s, bomb });
        if (!tool.waitForFinished(20'000)) {
            tool.kill();
            tool.waitForFinished();
            QFAIL("phishaid-content validate was still running after 20 s");
        }
        const qint64 elapsed = timer.elapsed();
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        const QString errors = QString::fromUtf8(tool.readAllStandardError());
        qInfo("refused in %lld ms, at most %ld KB resident: %s", static_cast<long long>(elapsed), usage.ru_maxrss, qPrintable(errors.trimmed()));
        QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tool.exitCode(), 1);
        QCOMPARE(errors, bomb % u":3: YAML anchors and aliases (here &q) are not allowed in content; write each value out.\n");
        QVERIFY(elapsed < 5000);
        QVERIFY(usage.ru_maxrss < 200 * 1024); // kilobytes
    }

    void diagnosticText()
    {
        QCOMPARE((Diagnostic { { u"a/b.yaml"_s, 12 }, u"Something is wrong."_s }).toString(), u"a/b.yaml:12: Something is wrong."_s);
        QCOMPARE((Diagnostic { {}, u"Something is wrong."_s }).toString(), u"Something is wrong."_s);
    }

    // Content read back from a database has no source locations: diagnostics are then plain sentences.
    void contentWithoutLocations()
    {
        YamlReader reader;
        QVERIFY(reader.read({ FixtureDir + u"/good"_s }));
        Content content = reader.content();
        content.outcomes[0].actions.append(Ref { u"no-such-action"_s, {} });
        content.contacts[1].checked = QDate();
        content.contacts[1].where = {};
        const QStringList expected {
            u"Outcome \"opened-only\" names unknown action \"no-such-action\"."_s,
            u"Contact \"police-consultation\" has a value but no checked date."_s,
        };
        QCOMPARE(describe(validateContent(content)), expected);
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        const QStringList valid { u"188"_s, u"110"_s, u"119"_s, u"118"_s, u"189"_s, u"#9110"_s, u"#7119"_s, u"0120-95-0178"_s, u"0120-950-178"_s,
            u"0570-064-370"_s, u"03-1234-5678"_s, u"0422 12 3456"_s, u"090-1234-5678"_s, u"080-1234-5678"_s, u"070-1234-5678"_s, u"050-1234-5678"_s,
            u"0800-123-4567"_s, u"+81-3-1234-5678"_s, u"+81 120 95 0178"_s };
        const QStringList invalid { u""_s, u"-"_s, u"0120-ABC-123"_s, u"1234"_s, u"123"_s, u"##9110"_s, u"#911"_s, u"#91100"_s, u"9110#"_s, u"0120-123-4567"_s,
            u"0570-064-3701"_s, u"090-123-4567"_s, u"050-123-4567"_s, u"0800-123-456"_s, u"00-1234-5678"_s, u"+1-212-555-0100"_s, u"+81-03-1234-5678"_s,
            u"3-1234-5678"_s, u"(03) 1234-5678"_s, u"０１２０-９５-０１７８"_s, u"0120-95-0178 "_s + QChar(0x3000), u"0120ー95ー0178"_s };
        for (const QString &number : valid) {
            QTest::addRow("valid %s", qPrintable(number)) << number << true;
        }
        for (const QString &number : invalid) {
            QTest::addRow("invalid '%s'", qPrintable(number)) << number << false;
        }
    }

    void phoneNumbers()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(isValidPhoneNumber(number), valid);
    }

    void mailAndWebAddresses()
    {
        QVERIFY(isValidMailAddress(u"info@antiphishing.jp"_s));
        QVERIFY(isValidMailAddress(u"first.last+tag@mail.example.co.jp"_s));
        QVERIFY(!isValidMailAddress(u"info@antiphishing"_s));
        QVERIFY(!isValidMailAddress(u"info.antiphishing.jp"_s));
        QVERIFY(!isValidMailAddress(u"info@@antiphishing.jp"_s));
        QVERIFY(!isValidMailAddress(u"info@-antiphishing.jp"_s));
        QVERIFY(!isValidMailAddress(u"mailto:info@antiphishing.jp"_s));

        QVERIFY(isValidWebAddress(u"https://www.antiphishing.jp/registration.html"_s));
        QVERIFY(isValidWebAddress(u"https://www.kokusen.go.jp/soudan_now/data/188.html?x=1#top"_s));
        QVERIFY(!isValidWebAddress(u"http://www.antiphishing.jp/"_s));
        QVERIFY(!isValidWebAddress(u"https://"_s));
        QVERIFY(!isValidWebAddress(u"https://localhost/"_s));
        QVERIFY(!isValidWebAddress(u"www.antiphishing.jp"_s));
        QVERIFY(!isValidWebAddress(u"https://www.antiphishing.jp/a b"_s));
    }
};

QTEST_GUILESS_MAIN(TestContentValidator)
#include "tst_contentvalidator.moc"
