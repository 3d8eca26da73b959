#include "hotlinemodel.h"

#include "contacturi.h"
#include "rebindsource.h"
#include "validator.h"

#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {

// For search: full-width and half-width forms alike, case folded, without spaces.
QString searchable(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.removeIf([](QChar c) { return c.isSpace(); });
    return folded;
}

// A number as typed or written, reduced to what identifies it: "0120-95-0178", "０１２０９５０１７８" and
// "0120 95 0178" all give "0120950178"; "#9110" keeps its "#". Empty when the text is not a number.
QString numberKey(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString key;
    for (const QChar c : folded) {
        if (c.isDigit() || c == u'#' || c == u'+') {
            key.append(c);
        } else if (!(c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == QChar(0x30FC) || c == QChar(0x2212))) {
            return {}; // letters: a search by name, not by number
        }
    }
    return key;
}

const QString MineSection = u"mine"_s;

QString sectionOf(const phishaid::content::Contact &contact)
{
    return contact.kind == phishaid::content::ContactKind::Own ? MineSection : contact.category;
}

} // namespace

HotlineModel::HotlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // "Open now" goes stale as the clock moves; half a minute keeps 9:29 -> 9:30 prompt enough.
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &HotlineModel::refreshTimes);
    m_clock.start();
}

int HotlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HotlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const content::Contact &contact = *m_rows.at(index.row());
    if (role == SectionStartRole) {
        // Titles come with the rows rather than as ListView sections: Qt 6.4 reuses a section delegate
        // after a model reset without updating its required `section` property (stale titles after a search).
        return index.row() == 0 || sectionOf(*m_rows.at(index.row() - 1)) != sectionOf(contact);
    }
    return roleOf(entryOf(contact), contact, role);
}

QHash<int, QByteArray> HotlineModel::roleNames() const
{
    static const QHash<int, QByteArray> names {
        { ContactIdRole, "contactId" },
        { KindRole, "kind" },
        { CategoryRole, "category" },
        { SectionRole, "section" },
        { SectionTitleRole, "sectionTitle" },
        { SectionStartRole, "sectionStart" },
        { NameRole, "name" },
        { LabelRole, "label" },
        { PurposeRole, "purpose" },
        { PrepareRole, "prepare" },
        { ValueRole, "value" },
        { ShownValueRole, "shownValue" },
        { UriRole, "uri" },
        { HoursRole, "hours" },
        { HoursNoteRole, "hoursNote" },
        { OpenStateRole, "openState" },
        { OpenNowRole, "openNow" },
        { NextOpeningRole, "nextOpening" },
        { StatusTextRole, "statusText" },
        { CostRole, "cost" },
        { SourceRole, "source" },
        { SourceHostRole, "sourceHost" },
        { CheckedRole, "checked" },
        { CheckedTextRole, "checkedText" },
        { CallableRole, "callable" },
        { IsOwnRole, "isOwn" },
        { SavedRole, "saved" },
        { NeedsNumberRole, "needsNumber" },
        { ButtonTextRole, "buttonText" },
        { ActionNameRole, "actionName" },
        { ContactRole, "contact" },
    };
    return names;
}

void HotlineModel::setStore(ContentStore *store)
{
    if (!rebindSource(m_store, store, this)) {
        return;
    }
    if (m_store) {
        connect(m_store, &ContentStore::statusChanged, this, &HotlineModel::rebuild);
    }
    rebuild();
    Q_EMIT storeChanged();
}

void HotlineModel::setMyContacts(MyContacts *myContacts)
{
    if (!rebindSource(m_myContacts, myContacts, this)) {
        return;
    }
    if (m_myContacts) {
        connect(m_myContacts, &MyContacts::changed, this, &HotlineModel::rebuild);
    }
    rebuild();
    Q_EMIT myContactsChanged();
}

void HotlineModel::setFilter(const QString &filter)
{
    if (m_filter == filter) {
        return;
    }
    m_filter = filter;
    rebuild();
    Q_EMIT filterChanged();
}

void HotlineModel::setNow(const QDateTime &now)
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
    Q_EMIT nowChanged();
    refreshTimes();
}

QDateTime HotlineModel::effectiveNow() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool HotlineModel::matches(const content::Contact &contact) const
{
    const QString needle = searchable(m_filter);
    if (needle.isEmpty()) {
        return true;
    }
    const QString label = m_myContacts ? m_myContacts->label(contact.id) : QString();
    for (const QString &haystack : { content::localized(contact.name), content::localized(contact.purpose), label }) {
        if (searchable(haystack).contains(needle)) {
            return true;
        }
    }
    // By number, with or without hyphens, in full-width digits too: 「0120-95-0178」, 「０１２０９５」, 「9110」.
    const QString number = numberKey(m_filter);
    if (number.size() >= 3) {
        const QString saved = m_myContacts ? m_myContacts->number(contact.id) : QString();
        for (const QString &value : { contact.kind == content::ContactKind::Phone ? contact.value : QString(), saved }) {
            if (!value.isEmpty() && numberKey(value).contains(number)) {
                return true;
            }
        }
    }
    return false;
}

void HotlineModel::rebuild()
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows.clear();
    m_hours.clear();
    if (m_store && m_store->isReady()) {
        const content::Content &content = m_store->content();
        for (const content::Contact &contact : content.contacts) {
            m_hours.insert(contact.id, hotline::OpeningHours(contact.open, content.holidays));
            if (matches(contact)) {
                m_rows.append(&contact);
            }
        }
        // The user's own first, then by category in the order the app presents them, then content order.
        const QStringList categories = content::contactCategories();
        const auto rank = [&categories](const content::Contact *c) {
            return std::pair { c->kind == content::ContactKind::Own ? 0 : 1, categories.indexOf(c->category) };
        };
        std::stable_sort(m_rows.begin(), m_rows.end(), [&rank](const content::Contact *a, const content::Contact *b) { return rank(a) < rank(b); });
    }
    endResetModel();
    if (before != m_rows.size()) {
        Q_EMIT countChanged();
    }
}

void HotlineModel::refreshTimes()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1), { OpenStateRole, OpenNowRole, NextOpeningRole, StatusTextRole, ContactRole });
    }
}

ContactInfo HotlineModel::contact(const QString &id) const
{
    const content::Contact *found = m_store && m_store->isReady() ? m_store->content().contact(id) : nullptr;
    return found ? entryOf(*found) : ContactInfo();
}

QString HotlineModel::sectionTitle(const QString &section)
{
    if (section == MineSection) {
        return tr("あなたのカード会社・銀行");
    }
    if (section == u"card-bank") {
        return tr("カード・銀行");
    }
    if (section == u"police") {
        return tr("警察");
    }
    if (section == u"consumer") {
        return tr("消費生活・スマホの安全の相談");
    }
    if (section == u"mynumber") {
        return tr("マイナンバー");
    }
    if (section == u"report") {
        return tr("詐欺メールの報告");
    }
    return section;
}

} // namespace phishaid
