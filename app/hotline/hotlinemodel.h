// Every contact in the content as one list for the hotline page (相談窓口): the user's own card company and
// bank first (with the numbers they saved), then by category (card-bank, police, consumer, mynumber, report),
// each with whether it answers now in Japan time. Search by name or purpose through `filter`.
#pragma once

#include "contactinfo.h"
#include "contentstore.h"
#include "mycontacts.h"
#include "openinghours.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace phishaid {

class HotlineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::ContentStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(phishaid::MyContacts *myContacts READ myContacts WRITE setMyContacts NOTIFY myContactsChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The moment "open now" is computed for. Unset (invalid): the clock, refreshed every 30 seconds.
    Q_PROPERTY(QDateTime now READ now WRITE setNow RESET resetNow NOTIFY nowChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        ContactIdRole = Qt::UserRole,
        KindRole, // ContactInfo::kindKey(): phone, mail, web, own (own with a saved number: phone)
        CategoryRole,
        SectionRole, // "mine" for the user's own contacts, else the category
        SectionTitleRole,
        SectionStartRole, // the first row of its section: the delegate shows the section's title above it
        NameRole,
        LabelRole, // own: the company name the user saved
        PurposeRole,
        PrepareRole,
        ValueRole, // the number, address or URL (own: the saved number)
        ShownValueRole, // what to show in large type: the number, the address, or a web address's host
        UriRole,
        HoursRole,
        HoursNoteRole,
        OpenStateRole, // "open", "closed", "unknown" (hours not known), "none" (mail and web)
        OpenNowRole,
        NextOpeningRole, // 「月曜 9:30 から」 when closed
        StatusTextRole, // 「受付中・20:00 まで」, 「受付時間外」, 「24時間受付」, 「受付時間は窓口によって違います」
        CostRole,
        SourceRole,
        SourceHostRole,
        CheckedRole, // ISO date
        CheckedTextRole, // 「2026年12月1日に出典を確認」
        CallableRole,
        IsOwnRole, // the user's own card company or bank
        SavedRole, // own: a number is saved
        NeedsNumberRole, // own without a saved number: the button saves one
        ButtonTextRole, // 電話する, メールで報告する, サイトを開く, 番号を登録する
        ActionNameRole, // what the button does, for a screen reader
        ContactRole, // everything above as one ContactInfo, for CallSheet
    };
    Q_ENUM(Roles)

    explicit HotlineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);
    MyContacts *myContacts() const { return m_myContacts; }
    void setMyContacts(MyContacts *myContacts);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    void resetNow() { setNow({}); }
    int count() const { return int(m_rows.size()); }

    // One contact by id as ContactRole's value (whether or not the filter shows it); invalid when unknown.
    Q_INVOKABLE phishaid::ContactInfo contact(const QString &id) const;

    // Section titles: 「あなたのカード会社・銀行」, 「警察」, ...
    static QString sectionTitle(const QString &section);

Q_SIGNALS:
    void storeChanged();
    void myContactsChanged();
    void filterChanged();
    void nowChanged();
    void countChanged();

private:
    void rebuild();
    void refreshTimes();
    QDateTime effectiveNow() const;
    bool matches(const content::Contact &contact) const;
    ContactInfo entryOf(const content::Contact &contact) const;
    static QVariant roleOf(const ContactInfo &info, const content::Contact &contact, int role);

    QPointer<ContentStore> m_store;
    QPointer<MyContacts> m_myContacts;
    QString m_filter;
    QDateTime m_now;
    QList<const content::Contact *> m_rows;
    QHash<QString, hotline::OpeningHours> m_hours;
    QTimer m_clock;
};

} // namespace phishaid
