#include "mycontacts.h"

#include "cardnumberguard.h"
#include "contacturi.h"
#include "incidents.h"
#include "phonenumber.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using phishaid::content::PhoneNumber;

Q_LOGGING_CATEGORY(lcMyContacts, "phishaid.mycontacts")

namespace phishaid {

namespace {

QString phoneProblem(const PhoneNumber &number)
{
    switch (number.problem()) {
    case PhoneNumber::Problem::None:
        return {};
    case PhoneNumber::Problem::Empty:
        return MyContacts::tr("電話番号を入れてください。");
    case PhoneNumber::Problem::InvalidCharacter:
        return MyContacts::tr("電話番号は、数字とハイフン(-)だけで入れてください。");
    case PhoneNumber::Problem::MisplacedHash:
        return MyContacts::tr("「#」は、#9110 のように番号の最初にひとつだけ付けます。");
    case PhoneNumber::Problem::NotJapanese:
        return MyContacts::tr("日本の電話番号を入れてください。");
    case PhoneNumber::Problem::MisplacedZero:
        return MyContacts::tr("+81 のあとには、番号の最初の 0 を付けません。");
    case PhoneNumber::Problem::UnknownShortNumber:
        return MyContacts::tr("3けたの番号は 110・118・119・188・189 だけです。番号をもう一度確かめてください。");
    case PhoneNumber::Problem::TooShort:
        return MyContacts::tr("番号のけたが足りません。この番号は %1 けたですが、いまは %2 けたです。").arg(number.expectedDigits()).arg(number.digitCount());
    case PhoneNumber::Problem::TooLong:
        return MyContacts::tr("番号のけたが多すぎます。この番号は %1 けたですが、いまは %2 けたです。").arg(number.expectedDigits()).arg(number.digitCount());
    case PhoneNumber::Problem::MissingZero:
        return MyContacts::tr("番号は、最初の 0 から入れてください。");
    }
    return {};
}

bool isContactId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace

MyContacts::MyContacts(UserDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    reload();
}

MyContacts *MyContacts::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *incidents = qmlEngine->singletonInstance<Incidents *>(qmlTypeId("PhishAid", 1, 0, "Incidents"));
    return new MyContacts(incidents ? &incidents->database() : nullptr, qmlEngine);
}

std::optional<MyContacts::Entry> MyContacts::entry(const QString &contactId) const
{
    for (const Entry &e : m_entries) {
        if (e.contactId == contactId) {
            return e;
        }
    }
    return std::nullopt;
}

QStringList MyContacts::labels() const
{
    QStringList labels;
    for (const Entry &e : m_entries) {
        if (!e.label.isEmpty() && !labels.contains(e.label)) {
            labels.append(e.label);
        }
    }
    return labels;
}

QString MyContacts::number(const QString &contactId) const
{
    const std::optional<Entry> e = entry(contactId);
    return e ? e->number : QString();
}

QString MyContacts::label(const QString &contactId) const
{
    const std::optional<Entry> e = entry(contactId);
    return e ? e->label : QString();
}

QString MyContacts::uri(const QString &contactId) const
{
    return content::phoneUri(number(contactId));
}

QString MyContacts::problemWith(const QString &number, const QString &label) const
{
    // A card number is 14 to 19 digits: never a phone number, and never to be kept on the phone.
    if (containsCardNumber(number)) {
        return tr("これはカード番号のようです。カード番号ではなく、カードの裏面にある電話番号を入れてください。");
    }
    if (containsCardNumber(label)) {
        return tr("名前の欄にカード番号は入れないでください。会社の名前だけで十分です。");
    }
    return phoneProblem(PhoneNumber::parse(number));
}

bool MyContacts::save(const QString &contactId, const QString &number, const QString &label)
{
    m_lastError = problemWith(number, label);
    if (m_lastError.isEmpty() && !isContactId(contactId)) {
        m_lastError = tr("保存できませんでした。");
        qCWarning(lcMyContacts) << "Not a contact id:" << contactId;
    }
    if (m_lastError.isEmpty() && !isAvailable()) {
        m_lastError = tr("この端末では番号を保存できません。メモなどに控えておいてください。");
    }
    if (!m_lastError.isEmpty()) {
        return false;
    }
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO my_contacts (contact_id, number, label, updated_at) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (contact_id) DO UPDATE SET number = excluded.number, label = excluded.label, updated_at = excluded.updated_at"_s);
    query.addBindValue(contactId);
    query.addBindValue(PhoneNumber::parse(number).display());
    query.addBindValue(label.trimmed().isNull() ? u""_s : label.trimmed()); // a null QString binds as NULL
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(lcMyContacts).noquote() << "Saving a number failed:" << query.lastError().text();
        m_lastError = tr("保存できませんでした。もう一度お試しください。");
        return false;
    }
    reload();
    return true;
}

bool MyContacts::remove(const QString &contactId)
{
    if (!isAvailable()) {
        return false;
    }
    QSqlQuery query(m_database->database());
    query.prepare(u"DELETE FROM my_contacts WHERE contact_id = ?"_s);
    query.addBindValue(contactId);
    if (!query.exec()) {
        qCWarning(lcMyContacts).noquote() << "Removing a number failed:" << query.lastError().text();
        return false;
    }
    reload();
    return true;
}

void MyContacts::reload()
{
    m_entries.clear();
    if (isAvailable()) {
        QSqlQuery query(m_database->database());
        query.setForwardOnly(true);
        if (query.exec(u"SELECT contact_id, number, label FROM my_contacts ORDER BY contact_id"_s)) {
            while (query.next()) {
                m_entries.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
            }
        } else {
            qCWarning(lcMyContacts).noquote() << "Reading saved numbers failed:" << query.lastError().text();
        }
    }
    Q_EMIT changed();
}

} // namespace phishaid
