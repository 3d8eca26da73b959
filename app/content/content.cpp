#include "content.h"

#include "enumkeys.h"

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
constexpr std::array<std::pair<Urgency, QStringView>, 3> UrgencyKeys { {
    { Urgency::Now, u"now" },
    { Urgency::Today, u"today" },
    { Urgency::Later, u"later" },
} };

constexpr std::array<std::pair<ActionKind, QStringView>, 10> ActionKindKeys { {
    { ActionKind::Explain, u"explain" },
    { ActionKind::Emergency, u"emergency" },
    { ActionKind::Isolate, u"isolate" },
    { ActionKind::StopMoney, u"stop-money" },
    { ActionKind::Account, u"account" },
    { ActionKind::Device, u"device" },
    { ActionKind::Evidence, u"evidence" },
    { ActionKind::Advice, u"advice" },
    { ActionKind::Report, u"report" },
    { ActionKind::Tidy, u"tidy" },
} };

constexpr std::array<std::pair<PasswordDevice, QStringView>, 3> PasswordDeviceKeys { {
    { PasswordDevice::None, u"" },
    { PasswordDevice::AnyDevice, u"any-device" },
    { PasswordDevice::OtherDevice, u"other-device" },
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

constexpr std::array<std::pair<OpeningDay, QStringView>, 8> OpeningDayKeys { {
    { OpeningDay::Monday, u"mon" },
    { OpeningDay::Tuesday, u"tue" },
    { OpeningDay::Wednesday, u"wed" },
    { OpeningDay::Thursday, u"thu" },
    { OpeningDay::Friday, u"fri" },
    { OpeningDay::Saturday, u"sat" },
    { OpeningDay::Sunday, u"sun" },
    { OpeningDay::Holiday, u"holiday" },
} };

constexpr std::array<std::pair<Channel, QStringView>, 2> ChannelKeys { {
    { Channel::Mail, u"mail" },
    { Channel::Sms, u"sms" },
} };

constexpr std::array<std::pair<LinkHiderKind, QStringView>, 2> LinkHiderKindKeys { {
    { LinkHiderKind::Shortener, u"shortener" },
    { LinkHiderKind::Wrapper, u"wrapper" },
} };

constexpr std::array<std::pair<PhraseKind, QStringView>, 2> PhraseKindKeys { {
    { PhraseKind::Urgency, u"urgency" },
    { PhraseKind::SecretRequest, u"secret-request" },
} };

} // namespace

bool HolidayTable::contains(QDate date) const
{
    // The table is short (about 20 days a year) and sorted; validation guarantees the order.
    const auto it = std::lower_bound(days.cbegin(), days.cend(), date, [](const Holiday &holiday, QDate d) { return holiday.date < d; });
    return it != days.cend() && it->date == date;
}

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

const Brand *Content::brand(const QString &id) const
{
    return findById(brands, id);
}

const Campaign *Content::campaign(const QString &id) const
{
    return findById(campaigns, id);
}

QStringList contactIds(const Action &action)
{
    QStringList ids;
    for (const Ref &ref : action.contacts) {
        ids.append(ref.id);
    }
    return ids;
}

QString Diagnostic::toString() const
{
    const QString text = escapeControlCharacters(severity == Severity::Warning ? u"warning: "_s % message : message);
    if (where.file.isEmpty()) {
        return text;
    }
    const QString file = escapeControlCharacters(where.file);
    if (where.line <= 0) { // about the file as a whole
        return file % u": " % text;
    }
    return file % u':' % QString::number(where.line) % u": " % text;
}

QString escapeControlCharacters(const QString &text)
{
    const auto needsEscape = [](QChar c) { return c.category() == QChar::Other_Control || c.unicode() == 0x2028 || c.unicode() == 0x2029; };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape)) {
        return text;
    }
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!needsEscape(c)) {
            escaped.append(c);
        } else if (c.unicode() < 0x80) {
            escaped.append(u"\\x"_s % QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0'));
        } else {
            escaped.append(u"\\u"_s % QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        }
    }
    return escaped;
}

QString quoted(const QString &text)
{
    return u'"' % text % u'"';
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

QString actionKindKey(ActionKind kind)
{
    return keyOf(ActionKindKeys, kind);
}

std::optional<ActionKind> actionKindFromKey(const QString &key)
{
    return enumOf(ActionKindKeys, key);
}

QStringList actionKindKeys()
{
    QStringList keys;
    for (const auto &[kind, key] : ActionKindKeys) {
        keys.append(key.toString());
    }
    return keys;
}

QString passwordDeviceKey(PasswordDevice device)
{
    return keyOf(PasswordDeviceKeys, device);
}

std::optional<PasswordDevice> passwordDeviceFromKey(const QString &key)
{
    return enumOf(PasswordDeviceKeys, key);
}

QString confidenceKey(Confidence confidence)
{
    return keyOf(ConfidenceKeys, confidence);
}

std::optional<Confidence> confidenceFromKey(const QString &key)
{
    return enumOf(ConfidenceKeys, key);
}

QString openingDayKey(OpeningDay day)
{
    return keyOf(OpeningDayKeys, day);
}

std::optional<OpeningDay> openingDayFromKey(const QString &key)
{
    return enumOf(OpeningDayKeys, key);
}

QStringList openingDayKeys()
{
    QStringList keys;
    for (const auto &[day, key] : OpeningDayKeys) {
        keys.append(key.toString());
    }
    return keys;
}

QString minutesKey(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> minutesFromKey(const QString &key)
{
    // Exactly HH:MM: a content editor writes "09:30", and "9:30" or "930" would hide typos.
    if (key.size() != 5 || key.at(2) != u':') {
        return std::nullopt;
    }
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = QStringView(key).left(2).toInt(&hoursOk);
    const int minutes = QStringView(key).mid(3).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || !key.at(0).isDigit() || !key.at(3).isDigit() || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

QString channelKey(Channel channel)
{
    return keyOf(ChannelKeys, channel);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return enumOf(ChannelKeys, key);
}

QString linkHiderKindKey(LinkHiderKind kind)
{
    return keyOf(LinkHiderKindKeys, kind);
}

std::optional<LinkHiderKind> linkHiderKindFromKey(const QString &key)
{
    return enumOf(LinkHiderKindKeys, key);
}

QString phraseKindKey(PhraseKind kind)
{
    return keyOf(PhraseKindKeys, kind);
}

std::optional<PhraseKind> phraseKindFromKey(const QString &key)
{
    return enumOf(PhraseKindKeys, key);
}

bool decides(Confidence confidence)
{
    return confidence == Confidence::High || confidence == Confidence::Medium;
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
