// このメール、本物？ for QML: hands a pasted text to the checker (app/checker) and shows what it found. The
// text itself is never kept: check() reads it once, and only the result (the addresses and numbers found, the
// verdict, the reasons) stays until clear() or the next check. Nothing is fetched, resolved, logged or stored.
#pragma once

#include "checker.h"

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <optional>

namespace phishaid {

class ContentStore;

// What the checker found in the text, one row each: a link, a mail address, a domain, a phone number.
class CheckFindings : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read MailCheck.findings")

public:
    enum Roles {
        KindRole = Qt::UserRole, // "url", "mail", "domain", "phone"
        KindTextRole, // リンク, メールアドレス, ドメイン, 電話番号
        ShownRole, // defanged (example[.]top), so that nothing shown can be tapped or copied as a live link
        AceRole, // the ACE form (xn--…) when the host is an international name, else empty
        VerdictRole, // "impersonation", "suspicious", "unlisted", "official", "nothing-found"
        VerdictTextRole, // a short label: 偽物の疑い, 注意, 公式の一覧にない, 公式の一覧にある
        ReasonsRole, // the reasons, one calm sentence each, most severe first
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setItems(const QList<checker::CheckItem> &items);

private:
    QList<checker::CheckItem> m_items;
};

class MailCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::ContentStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    // "impersonation", "suspicious", "unlisted", "official", "nothing-found"; empty before a check.
    Q_PROPERTY(QString verdict READ verdict NOTIFY resultChanged)
    // The one sentence the page leads with (「〇〇をかたる偽物の可能性が高いです」).
    Q_PROPERTY(QString headline READ headline NOTIFY resultChanged)
    // For an official verdict: a sender can be forged, use the official app. Else empty.
    Q_PROPERTY(QString caution READ caution NOTIFY resultChanged)
    Q_PROPERTY(QString brandName READ brandName NOTIFY resultChanged)
    // Signs in the text itself (urgency, a request for a PIN, a campaign's subject), one sentence each.
    Q_PROPERTY(QStringList signalTexts READ signalTexts NOTIFY resultChanged)
    Q_PROPERTY(phishaid::CheckFindings *findings READ findings CONSTANT)
    // For the record (issue "the first minute"): the first link found, defanged; the first sender found.
    Q_PROPERTY(QString suspectAddress READ suspectAddress NOTIFY resultChanged)
    Q_PROPERTY(QString suspectSender READ suspectSender NOTIFY resultChanged)

public:
    explicit MailCheck(QObject *parent = nullptr);
    ~MailCheck() override;

    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);

    bool hasResult() const { return m_result.has_value(); }
    QString verdict() const;
    QString headline() const;
    QString caution() const;
    QString brandName() const;
    QStringList signalTexts() const;
    CheckFindings *findings() const { return m_findings; }
    QString suspectAddress() const;
    QString suspectSender() const;

    // Judges `text` (kept nowhere). Without loaded content, it finds nothing.
    Q_INVOKABLE void check(const QString &text);
    // Forgets the result: the page calls it when it is left.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void storeChanged();
    void resultChanged();

private:
    void dropChecker();

    QPointer<ContentStore> m_store;
    std::optional<checker::Checker> m_checker; // built at the first check, again after new content
    std::optional<checker::CheckResult> m_result;
    CheckFindings *m_findings;
};

} // namespace phishaid
