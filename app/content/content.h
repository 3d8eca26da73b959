// The guidance content as plain data: what the YAML sources describe, what the SQLite database stores,
// and what the wizard walks. Shared by the content tool (phishaid-content) and the app's core.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace phishaid::content {

// Version of the SQLite layout written by writeContentDatabase() (stored as PRAGMA user_version).
// The app refuses a database whose schema is newer than this.
// 2: actions carry kind, priority, passwords and contradicts; answers carry what they mean.
// 3: the checker's content: brands and their official domains, campaigns, abused TLDs, link hiders, phrases,
//    and the Public Suffix List.
inline constexpr int SchemaVersion = 3;

// The locale every text must have. Other locales ("en") are optional.
inline constexpr auto RequiredLocale = "ja";

// Where something was written: file and 1-based line. Empty file when read back from SQLite.
struct SourceLocation
{
    QString file;
    int line = 0;
};

// A text in several locales: locale code ("ja", "en") -> text.
using LocalizedText = QMap<QString, QString>;

// A reference by id to another item, remembering where the reference was written.
struct Ref
{
    QString id;
    SourceLocation where;
};

// Where an answer (or a multiple-choice question) leads: exactly one of question or outcome is set.
struct Target
{
    std::optional<Ref> question;
    std::optional<Ref> outcome;
    bool isSet() const { return question.has_value() || outcome.has_value(); }
};

enum class Urgency { Now, Today, Later };

// What a step does. The plan orders steps by urgency, then by this kind in the order declared here (an
// explanation before the calls that stop money, those before securing accounts, reporting comes before
// deleting the mail), then by priority. The plan
// rules (planrules.h) are stated in these kinds.
enum class ActionKind {
    Explain, // why the plan looks as it does ("typed partway counts as sent"): not a step to tick
    Emergency, // money is being taken now: the call that stops it, and 110 beside it
    Isolate, // cut a compromised device off the network (airplane mode) before anything else
    StopMoney, // calls that stop money: the card, the bank, a payment service, the carrier
    Account, // secure accounts: passwords, codes, histories, My Number
    Device, // clean the device: remove the app, scan, reset
    Evidence, // keep the mail and a note for the police and the card company
    Advice, // what to check and watch for: the official app, the signs of a fake, follow-up scams
    Report, // tell the police, 188, the anti-phishing council
    Tidy, // close the page, delete the mail (after reporting it)
};

// Where a step that changes passwords says to change them.
enum class PasswordDevice {
    None, // the step changes no password
    AnyDevice, // "on the real site": fine unless this device is compromised
    OtherDevice, // "from another device (a PC, a family member's phone)"
};
enum class QuestionKind { Single, Multiple };
enum class ContactKind {
    Phone, // value is a phone number: 188, #9110, 0120-95-0178
    Mail, // value is a mail address
    Web, // value is an https URL
    Own, // no fixed value: the user's own issuer or bank (the number on the back of the card)
};
enum class Confidence { High, Medium, Unconfirmed };

// The days an opening range applies to. A public holiday (from Content::holidays) follows the ranges
// that name Holiday, not those of its weekday: a line open "weekdays" is closed on a Monday holiday.
enum class OpeningDay { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Holiday };

// One span of opening hours on the days it names, in Japan time. Minutes since midnight; `to` may be
// 1440 (24:00) and must be after `from`: a line open past midnight gives one range per side of it.
struct OpeningRange
{
    QList<OpeningDay> days;
    int from = 0;
    int to = 0;
    SourceLocation where;
};

// When a contact answers, structured so the app can say 受付中 or 受付時間外. The localized `hours` text of
// the contact stays the line a person reads; this is what the app computes with.
struct OpeningHours
{
    enum class Kind {
        Unknown, // no structured hours: the app says the hours differ by desk rather than guessing
        Always, // 24 hours, every day of the year
        Ranges, // open in `ranges`, closed at every other time
    };
    Kind kind = Kind::Unknown;
    QList<OpeningRange> ranges;
    QStringList closed; // "MM-DD" days closed every year (年末年始), whatever the ranges say
    SourceLocation where;
};

// A public holiday of Japan (from the Cabinet Office's list).
struct Holiday
{
    QDate date;
    LocalizedText name;
    SourceLocation where;
};

// Japan's public holidays, in date order, with the page they rest on and when it was checked.
struct HolidayTable
{
    QString source;
    QDate checked;
    QList<Holiday> days;
    SourceLocation where; // where the table was written; empty file when there is none
    bool contains(QDate date) const;
};

struct Answer
{
    QString id;
    LocalizedText text;
    LocalizedText detail; // optional short clarification under the answer
    // optional: the answer as one plain past-tense sentence for the record (「カード番号を入力した」)
    LocalizedText statement;
    QList<Ref> actions; // actions this answer adds to the plan
    QStringList means; // facts about the situation this answer establishes ("device-compromised")
    Target target; // single choice: where it leads; multiple choice: unset
    SourceLocation where;
};

struct Question
{
    QString id;
    QuestionKind kind = QuestionKind::Single;
    LocalizedText text;
    LocalizedText help; // optional
    QList<Answer> answers;
    Target target; // multiple choice: where 次へ leads; single choice: unset
    SourceLocation where;
};

struct Outcome
{
    QString id;
    QList<Ref> actions;
    SourceLocation where;
};

// A default for actions that give no priority: in the middle, so a step can be put before or after it.
inline constexpr int DefaultPriority = 50;

struct Action
{
    QString id;
    Urgency urgency = Urgency::Later;
    ActionKind kind = ActionKind::Advice;
    int priority = DefaultPriority; // lower first, within one urgency and kind
    PasswordDevice passwords = PasswordDevice::None;
    QStringList contradicts; // facts (Answer::means) under which this step would be wrong
    LocalizedText title;
    LocalizedText body;
    QList<Ref> contacts;
    QList<Ref> supersedes; // actions made unnecessary (or wrong) when this one is in the plan
    SourceLocation where;
};

struct Contact
{
    QString id;
    ContactKind kind = ContactKind::Phone;
    QString value; // empty for ContactKind::Own
    QString category; // card-bank, police, consumer, mynumber, report
    LocalizedText name;
    LocalizedText purpose;
    LocalizedText prepare; // optional: what to have ready
    LocalizedText hours; // optional: the opening hours as a person reads them
    LocalizedText hoursNote; // optional: what the structured hours cannot say ("menu 2 answers at any hour")
    LocalizedText aroundTheClock; // optional: a service of the line that answers at any hour (「カードの一時停止は24時間受付」)
    LocalizedText afterHours; // optional: who answers outside the hours (「時間外は当直か音声案内」)
    OpeningHours open; // optional: the hours the app computes 受付中 / 受付時間外 from
    LocalizedText cost; // optional
    QString source; // URL the fact rests on
    QDate checked; // when it was last checked against the source
    Confidence confidence = Confidence::Unconfirmed;
    SourceLocation where;
};

// A word a frightened reader may not know, and the plain words that must explain it in any step using it.
struct GlossaryEntry
{
    LocalizedText term;
    LocalizedText explanation;
    SourceLocation where;
};

// --- What the checker (このメール、本物？) knows. Facts about the world carry their source page, the day it was
// read and a confidence; only high and medium ones decide anything.

// A way a message arrives: used by campaigns (where they were seen) and by brands that never use one.
enum class Channel { Mail, Sms };

// One group of a brand's official domains and sending addresses, all from one source page.
struct OfficialEntry
{
    QStringList domains; // lower-case ASCII (ACE) domains: a host equal to one or under it is official
    QStringList senders; // known sending addresses, lower case
    QString source;
    QDate checked;
    Confidence confidence = Confidence::Unconfirmed;
    SourceLocation where;
};

// A company or public body that phishing mails pose as.
struct Brand
{
    QString id;
    LocalizedText name; // ja and en
    // Words that name the brand: in a message ("三井住友カード", "JCB") they make it a claim; in a domain
    // that is not official ("jcb", "amazon") they make it a lookalike. ASCII keywords are lower case.
    QStringList keywords;
    QList<OfficialEntry> official;
    QList<Channel> neverSends; // channels the brand never uses (国税庁: sms)
    LocalizedText note; // optional: what else tells its real mails apart (三菱UFJ銀行: the S/MIME signature)
    QStringList badExamples; // optional: known fake domains, defanged only (smbc-card-login[.]com)
    SourceLocation where;
};

// A wave of fake mails with known subject lines, as warned about by an official body.
struct Campaign
{
    QString id;
    QList<Ref> brands; // the brands it posed as
    QStringList subjects;
    Channel channel = Channel::Mail;
    QDate firstSeen; // the earliest day a source gives for the wave
    QDate warned; // the day the warning was given (the app says 「〇月〇日に注意が呼びかけられた」)
    LocalizedText warnedBy; // who warned (迷惑メール相談センター)
    QString source;
    QDate checked;
    Confidence confidence = Confidence::Unconfirmed;
    QDate expires; // after this day the checker no longer names the campaign
    SourceLocation where;
};

// A top-level domain that phishing sites use often, with the report that says so.
struct AbusedTld
{
    QString tld; // lower case, without the dot: "top"
    QString source;
    QDate checked;
    Confidence confidence = Confidence::Unconfirmed;
    SourceLocation where;
};

// A service whose links hide where they really lead.
enum class LinkHiderKind {
    Shortener, // bit.ly, t.co: a short link that forwards anywhere
    Wrapper, // translate.goog: a real service's address around another site
};

struct LinkHider
{
    QString domain; // a host equal to it or under it is one
    LinkHiderKind kind = LinkHiderKind::Shortener;
    QString source; // optional: what a shortener does needs no source; abuse reported by an official body does
    QDate checked;
    SourceLocation where;
};

// Words in a message that are signs of a fake: urgency, or a request for secrets.
enum class PhraseKind {
    Urgency, // 「24時間以内」「至急」
    SecretRequest, // 「暗証番号を入力」: card numbers, PINs, passwords
};

struct PhraseList
{
    QString id;
    PhraseKind kind = PhraseKind::Urgency;
    LocalizedText reason; // the sentence the user reads; "%1" stands for the words found
    QMap<QString, QStringList> words; // locale -> words, matched after NFKC, case and spaces ignored
    SourceLocation where;
};

// The Public Suffix List (publicsuffix.org) as the content carries it, so content updates refresh it. Not in the
// YAML: the content tool reads it from a file (Debian's /usr/share/publicsuffix/public_suffix_list.dat).
struct PublicSuffixList
{
    QByteArray data; // the list's text, as published; empty when the content has none
    QString source; // where it was read from (the file name and package)
    QDate updated; // the list file's date
};

struct Content
{
    int version = 0; // content version, strictly increasing between published updates
    Ref start; // the first question
    SourceLocation where; // where version and start were written
    QList<Question> questions;
    QList<Outcome> outcomes;
    QList<Action> actions; // in priority order within each urgency
    QList<Contact> contacts;
    HolidayTable holidays;
    QList<GlossaryEntry> glossary; // for the content lint only; not compiled into the database
    QList<Brand> brands;
    QList<Campaign> campaigns;
    QList<AbusedTld> abusedTlds;
    QList<LinkHider> linkHiders;
    QList<PhraseList> phrases;
    PublicSuffixList publicSuffixList;

    const Question *question(const QString &id) const;
    const Outcome *outcome(const QString &id) const;
    const Action *action(const QString &id) const;
    const Contact *contact(const QString &id) const;
    const Brand *brand(const QString &id) const;
    const Campaign *campaign(const QString &id) const;
};

// The ids of the contacts an action names, in its order.
QStringList contactIds(const Action &action);

// One problem found in the content, with where it is.
struct Diagnostic
{
    enum class Severity {
        Error, // the content cannot ship
        Warning, // the content lint (contentlint.h): it reads badly; the shipped content has none
    };
    SourceLocation where;
    QString message; // one sentence
    Severity severity = Severity::Error;
    // "file:line: message" ("file:line: warning: message"); "file: message" without a line; "message" without a file.
    // Control characters in the file name or the message are escaped (escapeControlCharacters()).
    QString toString() const;
};

// A name or value as a diagnostic message shows it: in double quotes.
QString quoted(const QString &text);

// Control characters (C0, DEL, C1) as \x07 or \u0085, and the line and paragraph separators as \u2028 and
// \u2029: a printed diagnostic stays one line, and nothing in a content file can drive the terminal.
QString escapeControlCharacters(const QString &text);

QString urgencyKey(Urgency urgency); // "now", "today", "later"
std::optional<Urgency> urgencyFromKey(const QString &key);
QString questionKindKey(QuestionKind kind); // "single", "multiple"
std::optional<QuestionKind> questionKindFromKey(const QString &key);
QString contactKindKey(ContactKind kind); // "phone", "mail", "web", "own"
std::optional<ContactKind> contactKindFromKey(const QString &key);
QString actionKindKey(ActionKind kind); // "explain", "emergency", "isolate", "stop-money", ...
std::optional<ActionKind> actionKindFromKey(const QString &key);
QStringList actionKindKeys(); // every key, in plan order
QString passwordDeviceKey(PasswordDevice device); // "", "any-device", "other-device"
std::optional<PasswordDevice> passwordDeviceFromKey(const QString &key); // "" is None
QString confidenceKey(Confidence confidence); // "high", "medium", "unconfirmed"
std::optional<Confidence> confidenceFromKey(const QString &key);
QString openingDayKey(OpeningDay day); // "mon" ... "sun", "holiday"
std::optional<OpeningDay> openingDayFromKey(const QString &key);
QStringList openingDayKeys(); // every key, Monday first
QString minutesKey(int minutes); // 570 -> "09:30", 1440 -> "24:00"
std::optional<int> minutesFromKey(const QString &key); // "HH:MM", 00:00 to 24:00
QString channelKey(Channel channel); // "mail", "sms"
std::optional<Channel> channelFromKey(const QString &key);
QString linkHiderKindKey(LinkHiderKind kind); // "shortener", "wrapper"
std::optional<LinkHiderKind> linkHiderKindFromKey(const QString &key);
QString phraseKindKey(PhraseKind kind); // "urgency", "secret-request"
std::optional<PhraseKind> phraseKindFromKey(const QString &key);
// Whether a fact of this confidence may decide anything the app says (high and medium; unconfirmed never).
bool decides(Confidence confidence);

// The text for a locale, falling back to the required locale.
QString localized(const LocalizedText &text, const QString &locale = QString::fromLatin1(RequiredLocale));

} // namespace phishaid::content
