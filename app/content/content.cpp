#include "content.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

template <typename T> const T *findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

// Each enum has exactly one key; the tables keep both directions in one place.
template <typename Enum, std::size_t N> QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value) {
            return key.toString();
        }
    }
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> enumOf(const std::array<std::pair<Enum, QStringView>, N> &table, const QString &key)
{
    for (const auto &[entry, entryKey] : table) {
        if (entryKey == key) {
            return entry;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Urgency, QStringView>, 3> UrgencyKeys { {
    { Urgency::Now, u"now" },
    { Urgency::Today, u"today" },
    { Urgency::Later, u"later" },
} };

constexpr std::array<std::pair<QuestionKind, QStringView>, 2> QuestionKindKeys { {
    { QuestionKind::Single, u"single" },
    { QuestionKind::Multiple, u"multiple" },
} };

constexpr std::array<std::pair<ContactKind, QStringView>, 4> ContactKindKeys { {
    { ContactKind::Phone, u"phone" },
    { ContactKind::Mail, u"mail" },
    { ContactKind::Web, u"web" },
    { ContactKind::Own, u"own" },
} };

constexpr std::array<std::pair<Confidence, QStringView>, 3> ConfidenceKeys { {
    { Confidence::High, u"high" },
    { Confidence::Medium, u"medium" },
    { Confidence::Unconfirmed, u"unconfirmed" },
} };

} // namespace

const Question *Content::question(const QString &id) const
{
    return findById(questions, id);
}

const Outcome *Content::outcome(const QString &id) const
{
    return findById(outcomes, id);
}

const Action *Content::action(const QString &id) const
{
    return findById(actions, id);
}

const Contact *Content::contact(const QString &id) const
{
    return findById(contacts, id);
}

QString Diagnostic::toString() const
{
    if (where.file.isEmpty()) {
        return message;
    }
    if (where.line <= 0) { // about the file as a whole
        return where.file % u": " % message;
    }
    return where.file % u':' % QString::number(where.line) % u": " % message;
}

QString urgencyKey(Urgency urgency)
{
    return keyOf(UrgencyKeys, urgency);
}

std::optional<Urgency> urgencyFromKey(const QString &key)
{
    return enumOf(UrgencyKeys, key);
}

QString questionKindKey(QuestionKind kind)
{
    return keyOf(QuestionKindKeys, kind);
}

std::optional<QuestionKind> questionKindFromKey(const QString &key)
{
    return enumOf(QuestionKindKeys, key);
}

QString contactKindKey(ContactKind kind)
{
    return keyOf(ContactKindKeys, kind);
}

std::optional<ContactKind> contactKindFromKey(const QString &key)
{
    return enumOf(ContactKindKeys, key);
}

QString confidenceKey(Confidence confidence)
{
    return keyOf(ConfidenceKeys, confidence);
}

std::optional<Confidence> confidenceFromKey(const QString &key)
{
    return enumOf(ConfidenceKeys, key);
}

QString localized(const LocalizedText &text, const QString &locale)
{
    const auto it = text.constFind(locale);
    if (it != text.cend() && !it->isEmpty()) {
        return *it;
    }
    return text.value(QString::fromLatin1(RequiredLocale));
}

} // namespace phishaid::content
