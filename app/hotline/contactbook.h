// Every contact of the content as the app shows it now (ContactInfo), for the whole app: the user's saved
// numbers and the clock in one place, so that saving, changing or removing a number, loading new content or
// the minute turning reaches every screen at once through one signal, `changed`.
#pragma once

#include "contactinfo.h"
#include "contentstore.h"
#include "mycontacts.h"
#include "openinghours.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace phishaid {

class ContactBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The moment "open now" is computed for. Unset (invalid): the clock, refreshed every 30 seconds.
    Q_PROPERTY(QDateTime now READ now WRITE setNow RESET resetNow NOTIFY changed)
    // The content's contacts of kind own (the user's card company and bank), for the page that saves them.
    Q_PROPERTY(QList<phishaid::ContactInfo> ownContacts READ ownContacts NOTIFY changed)

public:
    // Both must outlive the book (or be null: no content, nothing saved).
    ContactBook(ContentStore *store, MyContacts *myContacts, QObject *parent = nullptr);

    // The QML singleton: over the ContentStore and MyContacts singletons.
    static ContactBook *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    void resetNow() { setNow({}); }
    QDateTime effectiveNow() const;

    ContentStore *store() const { return m_store; }
    MyContacts *myContacts() const { return m_myContacts; }

    // One contact as shown now; invalid (empty id) when the content has none by that id.
    Q_INVOKABLE phishaid::ContactInfo contact(const QString &id) const;
    ContactInfo info(const content::Contact &contact) const;
    QList<ContactInfo> ownContacts() const;

Q_SIGNALS:
    void changed();

private:
    void rebuildHours();

    QPointer<ContentStore> m_store;
    QPointer<MyContacts> m_myContacts;
    QDateTime m_now;
    QHash<QString, hotline::OpeningHours> m_hours;
    QTimer m_clock;
};

// One contact by id for a QML item that shows it (a plan's contact button, the call sheet): `info` follows
// the book, so the item updates the moment a number is saved or removed or the line opens or closes.
class ContactLookup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::ContactBook *book READ book WRITE setBook NOTIFY bookChanged)
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY contactIdChanged)
    Q_PROPERTY(phishaid::ContactInfo info READ info NOTIFY infoChanged)

public:
    explicit ContactLookup(QObject *parent = nullptr);

    ContactBook *book() const { return m_book; }
    void setBook(ContactBook *book);
    QString contactId() const { return m_contactId; }
    void setContactId(const QString &contactId);
    ContactInfo info() const { return m_info; }

Q_SIGNALS:
    void bookChanged();
    void contactIdChanged();
    void infoChanged();

private:
    void refresh();

    QPointer<ContactBook> m_book;
    QString m_contactId;
    ContactInfo m_info;
};

} // namespace phishaid
