#include "mailcheck.h"

#include "contentstore.h"
#include "recorddetails.h"

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {

QString kindText(checker::ItemKind kind)
{
    switch (kind) {
    case checker::ItemKind::Url:
        return QObject::tr("リンク");
    case checker::ItemKind::Mail:
        return QObject::tr("メールアドレス");
    case checker::ItemKind::Domain:
        return QObject::tr("ドメイン");
    case checker::ItemKind::Phone:
        return QObject::tr("電話番号");
    }
    return {};
}

QString verdictText(checker::Verdict verdict)
{
    switch (verdict) {
    case checker::Verdict::Impersonation:
        return QObject::tr("偽物の疑い");
    case checker::Verdict::Suspicious:
        return QObject::tr("注意");
    case checker::Verdict::Unlisted:
        return QObject::tr("公式の一覧にない");
    case checker::Verdict::Official:
        return QObject::tr("公式の一覧にある");
    case checker::Verdict::NothingFound:
        break;
    }
    return {};
}

// What the page shows of an item: never a live address. Mail addresses get their domain's dots defanged too.
QString shownText(const checker::CheckItem &item)
{
    switch (item.kind) {
    case checker::ItemKind::Url:
    case checker::ItemKind::Domain:
        return defangUrl(item.text);
    case checker::ItemKind::Mail: {
        const qsizetype at = item.text.lastIndexOf(u'@');
        return at < 0 ? item.text : item.text.left(at + 1) + QString(item.text.mid(at + 1)).replace(u'.', u"[.]"_s);
    }
    case checker::ItemKind::Phone:
        return item.text;
    }
    return item.text;
}

} // namespace

int CheckFindings::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CheckFindings::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const checker::CheckItem &item = m_items.at(index.row());
    switch (role) {
    case KindRole:
        return checker::itemKindKey(item.kind);
    case KindTextRole:
        return kindText(item.kind);
    case Qt::DisplayRole:
    case ShownRole:
        return shownText(item);
    case AceRole:
        return item.unicodeHost != item.host ? item.host : QString();
    case VerdictRole:
        return checker::verdictKey(item.verdict);
    case VerdictTextRole:
        return verdictText(item.verdict);
    case ReasonsRole: {
        QStringList texts;
        for (const checker::Reason &reason : item.reasons)
            texts.append(reason.text);
        return texts;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckFindings::roleNames() const
{
    return {
        { KindRole, "kind" },
        { KindTextRole, "kindText" },
        { ShownRole, "shown" },
        { AceRole, "ace" },
        { VerdictRole, "verdict" },
        { VerdictTextRole, "verdictText" },
        { ReasonsRole, "reasons" },
    };
}

void CheckFindings::setItems(const QList<checker::CheckItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

MailCheck::MailCheck(QObject *parent)
    : QObject(parent)
    , m_findings(new CheckFindings(this))
{ }

MailCheck::~MailCheck() = default;

void MailCheck::setStore(ContentStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    dropChecker();
    if (m_store)
        connect(m_store, &ContentStore::statusChanged, this, &MailCheck::dropChecker);
    Q_EMIT storeChanged();
}

void MailCheck::dropChecker()
{
    m_checker.reset(); // new content: brands, campaigns and the suffix list are read again at the next check
}

QString MailCheck::verdict() const
{
    return m_result ? checker::verdictKey(m_result->verdict) : QString();
}

QString MailCheck::headline() const
{
    return m_result ? checker::verdictHeadline(*m_result) : QString();
}

QString MailCheck::caution() const
{
    return m_result && m_result->verdict == checker::Verdict::Official ? checker::officialCaution() : QString();
}

QString MailCheck::brandName() const
{
    return m_result && m_result->brand ? m_result->brand->name : QString();
}

QStringList MailCheck::signalTexts() const
{
    QStringList texts;
    if (m_result) {
        for (const checker::Reason &reason : m_result->textSignals)
            texts.append(reason.text);
    }
    return texts;
}

QString MailCheck::suspectAddress() const
{
    if (m_result) {
        for (const checker::CheckItem &item : m_result->items) {
            if ((item.kind == checker::ItemKind::Url || item.kind == checker::ItemKind::Domain) && item.verdict != checker::Verdict::Official)
                return defangUrl(item.text);
        }
    }
    return {};
}

QString MailCheck::suspectSender() const
{
    if (m_result) {
        for (const checker::CheckItem &item : m_result->items) {
            if ((item.kind == checker::ItemKind::Mail || item.kind == checker::ItemKind::Phone) && item.contactId.isEmpty())
                return item.text;
        }
    }
    return {};
}

void MailCheck::check(const QString &text)
{
    if (!m_checker && m_store && m_store->isReady())
        m_checker.emplace(m_store->content());
    m_result = m_checker ? m_checker->check(text) : checker::CheckResult {};
    m_findings->setItems(m_result->items);
    Q_EMIT resultChanged();
}

void MailCheck::clear()
{
    if (!m_result)
        return;
    m_result.reset();
    m_findings->setItems({});
    Q_EMIT resultChanged();
}

} // namespace phishaid
