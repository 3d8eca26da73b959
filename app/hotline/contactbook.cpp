#include "contactbook.h"

#include "rebindsource.h"

namespace phishaid {

ContactBook::ContactBook(ContentStore *store, MyContacts *myContacts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_myContacts(myContacts)
{
    if (m_store) {
        connect(m_store, &ContentStore::statusChanged, this, [this] {
            rebuildHours();
            Q_EMIT changed();
        });
    }
    if (m_myContacts) {
        connect(m_myContacts, &MyContacts::changed, this, &ContactBook::changed);
    }
    // "Open now" goes stale as the clock moves; half a minute keeps 9:29 -> 9:30 prompt enough.
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &ContactBook::changed);
    m_clock.start();
    rebuildHours();
}

ContactBook *ContactBook::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *store = qmlEngine->singletonInstance<ContentStore *>(qmlTypeId("PhishAid", 1, 0, "ContentStore"));
    auto *myContacts = qmlEngine->singletonInstance<MyContacts *>(qmlTypeId("PhishAid", 1, 0, "MyContacts"));
    return new ContactBook(store, myContacts, qmlEngine);
}

void ContactBook::setNow(const QDateTime &now)
{
    if (m_now == now && m_now.isValid() == now.isValid()) {
        return;
    }
    m_now = now;
    if (m_now.isValid()) {
        m_clock.stop();
    } else {
        m_clock.start();
    }
    Q_EMIT changed();
}

QDateTime ContactBook::effectiveNow() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void ContactBook::rebuildHours()
{
    m_hours.clear();
    if (m_store && m_store->isReady()) {
        const content::Content &content = m_store->content();
        for (const content::Contact &contact : content.contacts) {
            m_hours.insert(contact.id, hotline::OpeningHours(contact.open, content.holidays));
        }
    }
}

ContactInfo ContactBook::info(const content::Contact &contact) const
{
    const std::optional<MyContacts::Entry> saved = contact.kind == content::ContactKind::Own && m_myContacts ? m_myContacts->entry(contact.id) : std::nullopt;
    return makeContactInfo(contact, saved, m_hours.value(contact.id), effectiveNow());
}

ContactInfo ContactBook::contact(const QString &id) const
{
    const content::Contact *found = m_store && m_store->isReady() ? m_store->content().contact(id) : nullptr;
    return found ? info(*found) : ContactInfo();
}

QList<ContactInfo> ContactBook::ownContacts() const
{
    QList<ContactInfo> list;
    if (m_store && m_store->isReady()) {
        for (const content::Contact &contact : m_store->content().contacts) {
            if (contact.kind == content::ContactKind::Own) {
                list.append(info(contact));
            }
        }
    }
    return list;
}

ContactLookup::ContactLookup(QObject *parent)
    : QObject(parent)
{ }

void ContactLookup::setBook(ContactBook *book)
{
    if (!rebindSource(m_book, book, this)) {
        return;
    }
    if (m_book) {
        connect(m_book, &ContactBook::changed, this, &ContactLookup::refresh);
    }
    Q_EMIT bookChanged();
    refresh();
}

void ContactLookup::setContactId(const QString &contactId)
{
    if (m_contactId == contactId) {
        return;
    }
    m_contactId = contactId;
    Q_EMIT contactIdChanged();
    refresh();
}

void ContactLookup::refresh()
{
    const ContactInfo info = m_book ? m_book->contact(m_contactId) : ContactInfo();
    if (info == m_info) {
        return;
    }
    m_info = info;
    Q_EMIT infoChanged();
}

} // namespace phishaid
