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
            { u"hours"_s, stringOrNull(localized(contact.hours, locale)) },
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
