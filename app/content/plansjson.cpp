#include "plansjson.h"

#include "contacturi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A contact as a reviewer reads it in a plan: its number, address or URL; the id of a contact of kind own.
QString contactShown(const Content &content, const Ref &ref)
{
    const Contact *contact = content.contact(ref.id);
    return contact && !contact->value.isEmpty() ? contact->value : ref.id;
}

QJsonObject actionObject(const Content &content, const PlanStep &step, const QString &locale)
{
    const Action &action = *step.action;
    QJsonArray contacts;
    for (const Ref &ref : action.contacts) {
        contacts.append(contactShown(content, ref));
    }
    return {
        { u"id"_s, action.id },
        { u"kind"_s, actionKindKey(action.kind) },
        { u"urgency"_s, urgencyKey(step.urgency) },
        { u"title"_s, localized(action.title, locale) },
        { u"body"_s, localized(action.body, locale) },
        { u"contacts"_s, contacts },
    };
}

// Each chosen answer of a path, with the words the user read.
struct ChosenAnswer
{
    const Question *question;
    const Answer *answer;
};

QList<ChosenAnswer> chosenAnswers(const Content &content, const Path &path)
{
    QList<ChosenAnswer> chosen;
    for (const Step &step : path.steps) {
        const Question *question = content.question(step.question);
        if (!question) {
            continue;
        }
        for (const Answer &answer : question->answers) {
            if (step.answers.contains(answer.id)) {
                chosen.append({ question, &answer });
            }
        }
    }
    return chosen;
}

QString urgencyHeading(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Now:
        return u"今すぐ (now)"_s;
    case Urgency::Today:
        return u"今日中 (today)"_s;
    case Urgency::Later:
        return u"落ち着いたら (once calm)"_s;
    }
    return {};
}

// "always", null when unknown, or the ranges: [{"days": ["mon", ...], "from": "09:30", "to": "20:00"}].
QJsonValue openJson(const OpeningHours &open)
{
    switch (open.kind) {
    case OpeningHours::Kind::Unknown:
        return QJsonValue(QJsonValue::Null);
    case OpeningHours::Kind::Always:
        return u"always"_s;
    case OpeningHours::Kind::Ranges:
        break;
    }
    QJsonArray ranges;
    for (const OpeningRange &range : open.ranges) {
        QJsonArray days;
        for (const OpeningDay day : range.days) {
            days.append(openingDayKey(day));
        }
        ranges.append(QJsonObject { { u"days"_s, days }, { u"from"_s, minutesKey(range.from) }, { u"to"_s, minutesKey(range.to) } });
    }
    return ranges;
}

} // namespace

QByteArray plansJson(const DecisionTree &tree, const QString &locale)
{
    QJsonArray plans;
    for (const Path &path : tree.allPaths()) {
        QJsonArray answers;
        for (const auto &[question, answer] : chosenAnswers(tree.content(), path)) {
            answers.append(QJsonObject {
                { u"questionId"_s, question->id },
                { u"question"_s, localized(question->text, locale) },
                { u"answerId"_s, answer->id },
                { u"answer"_s, localized(answer->text, locale) },
            });
        }
        QJsonArray actions;
        for (const PlanStep &step : tree.plan(path)) {
            actions.append(actionObject(tree.content(), step, locale));
        }
        plans.append(QJsonObject { { u"answers"_s, answers }, { u"outcome"_s, path.outcome }, { u"actions"_s, actions } });
    }
    return QJsonDocument(plans).toJson(QJsonDocument::Indented);
}

QByteArray plansText(const DecisionTree &tree, const QString &locale)
{
    QString out;
    const QList<Path> paths = tree.allPaths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Path &path = paths.at(i);
        out += u"=== Path "_s % QString::number(i + 1) % u" of " % QString::number(paths.size()) % u" (outcome " % path.outcome % u")\n";
        for (const auto &[question, answer] : chosenAnswers(tree.content(), path)) {
            out += u"  Q: "_s % localized(question->text, locale) % u"\n     → " % localized(answer->text, locale) % u'\n';
        }
        std::optional<Urgency> heading;
        int number = 0;
        for (const PlanStep &step : tree.plan(path)) {
            const Action &action = *step.action;
            if (action.kind == ActionKind::Explain) {
                out += u"  ※ "_s % localized(action.title, locale) % u"  [" % action.id % u"]\n";
                continue;
            }
            if (heading != step.urgency) {
                heading = step.urgency;
                out += u"  "_s % urgencyHeading(step.urgency) % u'\n';
            }
            QStringList contacts;
            for (const Ref &ref : action.contacts) {
                contacts.append(contactShown(tree.content(), ref));
            }
            out += u"    "_s % QString::number(++number) % u". " % localized(action.title, locale) % u"  [" % action.id % u']'
                % (contacts.isEmpty() ? QString() : u"  ☎ "_s % contacts.join(u", "_s)) % u'\n';
        }
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray contactsJson(const Content &content, const QString &locale)
{
    QJsonArray contacts;
    for (const Contact &contact : content.contacts) {
        contacts.append(QJsonObject {
            { u"id"_s, contact.id },
            { u"kind"_s, contactKindKey(contact.kind) },
            { u"category"_s, contact.category },
            { u"name"_s, localized(contact.name, locale) },
            { u"value"_s, stringOrNull(contact.value) },
            { u"uri"_s, stringOrNull(contactUri(contact)) },
            { u"purpose"_s, stringOrNull(localized(contact.purpose, locale)) },
            { u"prepare"_s, stringOrNull(localized(contact.prepare, locale)) },
            { u"hours"_s, stringOrNull(localized(contact.hours, locale)) },
            { u"hoursNote"_s, stringOrNull(localized(contact.hoursNote, locale)) },
            { u"open"_s, openJson(contact.open) },
            { u"closed"_s, QJsonArray::fromStringList(contact.open.closed) },
            { u"cost"_s, stringOrNull(localized(contact.cost, locale)) },
            { u"source"_s, stringOrNull(contact.source) },
            { u"checked"_s, contact.checked.isValid() ? QJsonValue(contact.checked.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
            { u"confidence"_s, confidenceKey(contact.confidence) },
            { u"callable"_s, isCallable(contact) },
        });
    }
    return QJsonDocument(contacts).toJson(QJsonDocument::Indented);
}

} // namespace phishaid::content
