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
inline constexpr int SchemaVersion = 1;

// The locale every text must have. Other locales ("en") are optional.
inline constexpr auto RequiredLocale = "ja";

// Where something was written: file and 1-based line. Empty file when read back from SQLite.
struct SourceLocation {
    QString file;
    int line = 0;
};

// A text in several locales: locale code ("ja", "en") -> text.
using LocalizedText = QMap<QString, QString>;

// A reference by id to another item, remembering where the reference was written.
struct Ref {
    QString id;
    SourceLocation where;
};

// Where an answer (or a multiple-choice question) leads: exactly one of question or outcome is set.
struct Target {
    std::optional<Ref> question;
    std::optional<Ref> outcome;
    bool isSet() const { return question.has_value() || outcome.has_value(); }
};

enum class Urgency { Now, Today, Later };
enum class QuestionKind { Single, Multiple };
enum class ContactKind {
    Phone, // value is a phone number: 188, #9110, 0120-95-0178
    Mail, // value is a mail address
    Web, // value is an https URL
    Own, // no fixed value: the user's own issuer or bank (the number on the back of the card)
};
enum class Confidence { High, Medium, Unconfirmed };

struct Answer {
    QString id;
    LocalizedText text;
    LocalizedText detail; // optional short clarification under the answer
    QList<Ref> actions; // actions this answer adds to the plan
    Target target; // single choice: where it leads; multiple choice: unset
    SourceLocation where;
};

struct Question {
    QString id;
    QuestionKind kind = QuestionKind::Single;
    LocalizedText text;
    LocalizedText help; // optional
    QList<Answer> answers;
    Target target; // multiple choice: where 次へ leads; single choice: unset
    SourceLocation where;
};

struct Outcome {
    QString id;
    QList<Ref> actions;
    SourceLocation where;
};

struct Action {
    QString id;
    Urgency urgency = Urgency::Later;
    LocalizedText title;
    LocalizedText body;
    QList<Ref> contacts;
    QList<Ref> supersedes; // actions made unnecessary (or wrong) when this one is in the plan
    SourceLocation where;
};

struct Contact {
    QString id;
    ContactKind kind = ContactKind::Phone;
    QString value; // empty for ContactKind::Own
    QString category; // card-bank, police, consumer, mynumber, report
    LocalizedText name;
    LocalizedText purpose;
    LocalizedText prepare; // optional: what to have ready
    LocalizedText hours; // optional
    LocalizedText cost; // optional
    QString source; // URL the fact rests on
    QDate checked; // when it was last checked against the source
    Confidence confidence = Confidence::Unconfirmed;
    SourceLocation where;
};

struct Content {
    int version = 0; // content version, strictly increasing between published updates
    Ref start; // the first question
    SourceLocation where; // where version and start were written
    QList<Question> questions;
    QList<Outcome> outcomes;
    QList<Action> actions; // in priority order within each urgency
    QList<Contact> contacts;

    const Question *question(const QString &id) const;
    const Outcome *outcome(const QString &id) const;
    const Action *action(const QString &id) const;
    const Contact *contact(const QString &id) const;
};

// One problem found in the content, with where it is.
struct Diagnostic {
    SourceLocation where;
    QString message; // one sentence
    QString toString() const; // "file:line: message"; "file: message" without a line; "message" without a file
};

QString urgencyKey(Urgency urgency); // "now", "today", "later"
std::optional<Urgency> urgencyFromKey(const QString &key);
QString questionKindKey(QuestionKind kind); // "single", "multiple"
std::optional<QuestionKind> questionKindFromKey(const QString &key);
QString contactKindKey(ContactKind kind); // "phone", "mail", "web", "own"
std::optional<ContactKind> contactKindFromKey(const QString &key);
QString confidenceKey(Confidence confidence); // "high", "medium", "unconfirmed"
std::optional<Confidence> confidenceFromKey(const QString &key);

// The text for a locale, falling back to the required locale.
QString localized(const LocalizedText &text, const QString &locale = QString::fromLatin1(RequiredLocale));

} // namespace phishaid::content
