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

QJsonObject actionObject(const Content &content, const Action &action, const QString &locale)
{
    QJsonArray contacts;
    for (const Ref &ref : action.contacts) {
        const Contact *contact = content.contact(ref.id);
        contacts.append(contact && !contact->value.isEmpty() ? contact->value : ref.id);
    }
    return {
        { u"id"_s, action.id },
        { u"urgency"_s, urgencyKey(action.urgency) },
        { u"title"_s, localized(action.title, locale) },
        { u"body"_s, localized(action.body, locale) },
        { u"contacts"_s, contacts },
    };
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
        for (const Step &step : path.steps) {
            for (const QString &answer : step.answers) {
                answers.append(QJsonObject { { u"question"_s, step.question }, { u"answer"_s, answer } });
            }
        }
        QJsonArray actions;
        for (const Action *action : tree.plan(path)) {
            actions.append(actionObject(tree.content(), *action, locale));
        }
        plans.append(QJsonObject { { u"answers"_s, answers }, { u"outcome"_s, path.outcome }, { u"actions"_s, actions } });
    }
    return QJsonDocument(plans).toJson(QJsonDocument::Indented);
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
