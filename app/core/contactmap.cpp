#include "contactmap.h"

#include "contacturi.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace phishaid {

QVariantMap contactToMap(const content::Contact &contact, const QString &locale)
{
    return {
        { u"id"_s, contact.id },
        { u"kind"_s, content::contactKindKey(contact.kind) },
        { u"category"_s, contact.category },
        { u"name"_s, content::localized(contact.name, locale) },
        { u"value"_s, contact.value },
        { u"uri"_s, content::contactUri(contact) },
        { u"purpose"_s, content::localized(contact.purpose, locale) },
        { u"prepare"_s, content::localized(contact.prepare, locale) },
        { u"hours"_s, content::localized(contact.hours, locale) },
        { u"cost"_s, content::localized(contact.cost, locale) },
        { u"source"_s, contact.source },
        { u"checked"_s, contact.checked.toString(Qt::ISODate) },
        { u"checkedText"_s, checkedText(contact.checked) },
        { u"callable"_s, content::isCallable(contact) },
    };
}

QString checkedText(QDate checked)
{
    if (!checked.isValid()) {
        return {};
    }
    return QCoreApplication::translate("Contacts", "%1年%2月%3日に出典を確認", "@info the day the official page stating the fact was read")
        .arg(checked.year())
        .arg(checked.month())
        .arg(checked.day());
}

QVariantList contactsOfAction(const content::Content &content, const content::Action &action)
{
    QVariantList list;
    for (const content::Ref &ref : action.contacts) {
        if (const content::Contact *contact = content.contact(ref.id)) {
            list.append(contactToMap(*contact));
        }
    }
    return list;
}

} // namespace phishaid
