// The user's own card company's and bank's loss and theft numbers (from the back of the card or the
// issuer's official app), kept in the user database (table my_contacts, migration step 2). Each is saved
// under the id of the content's contact of kind "own" it stands for: "card-issuer", "bank".
// Only Japanese phone numbers are accepted (content::PhoneNumber), and nothing that looks like a card number.
#pragma once

#include "userdatabase.h"

#include <QObject>
#include <QQmlEngine>

namespace phishaid {

class MyContacts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    // The company names the user gave with the saved numbers, each once: suggestions for the record's
    // カード会社・銀行の名前.
    Q_PROPERTY(QStringList labels READ labels NOTIFY changed)

public:
    struct Entry
    {
        QString contactId; // the content's own contact: "card-issuer", "bank"
        QString number; // as written, in ASCII: "0120-123-456"
        QString label; // the company's name, when the user gave one
    };

    // `database` must be open and outlive this object; nullptr gives an unavailable, empty list.
    // No default argument: Qt 6.4 would prefer that constructor over create() for the singleton.
    MyContacts(UserDatabase *database, QObject *parent);

    // The QML singleton: shares the user database the Incidents singleton opened (one owner per file).
    static MyContacts *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    bool isAvailable() const { return m_database && m_database->isReady(); }
    int count() const { return int(m_entries.size()); }
    QList<Entry> entries() const { return m_entries; }
    std::optional<Entry> entry(const QString &contactId) const;
    QStringList labels() const;

    Q_INVOKABLE QString number(const QString &contactId) const;
    Q_INVOKABLE QString label(const QString &contactId) const;
    // tel: URI of the saved number, or empty.
    Q_INVOKABLE QString uri(const QString &contactId) const;

    // What is wrong with `number` (and `label`), as one calm Japanese sentence; empty when it can be saved.
    Q_INVOKABLE QString problemWith(const QString &number, const QString &label = QString()) const;
    // Saves the number (replacing an earlier one). Returns false, with problemWith()'s reason in
    // lastError, when the number is not a valid Japanese phone number or the database cannot be written.
    Q_INVOKABLE bool save(const QString &contactId, const QString &number, const QString &label = QString());
    Q_INVOKABLE bool remove(const QString &contactId);
    Q_INVOKABLE QString lastError() const { return m_lastError; }

    // Reads the saved numbers again (after another connection wrote them).
    void reload();

Q_SIGNALS:
    void changed();

private:
    UserDatabase *m_database = nullptr;
    QList<Entry> m_entries;
    QString m_lastError;
};

} // namespace phishaid
