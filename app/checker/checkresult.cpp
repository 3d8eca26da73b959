#include "checkresult.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace phishaid::checker {

namespace {

using content::enumOf;
using content::keyOf;

QString tr(const char *text)
{
    return QCoreApplication::translate("Checker", text);
}

constexpr std::array<std::pair<Verdict, QStringView>, 5> VerdictKeys { {
    { Verdict::NothingFound, u"nothing-found" },
    { Verdict::Official, u"official" },
    { Verdict::Unlisted, u"unlisted" },
    { Verdict::Suspicious, u"suspicious" },
    { Verdict::Impersonation, u"impersonation" },
} };

constexpr std::array<std::pair<ItemKind, QStringView>, 4> ItemKindKeys { {
    { ItemKind::Url, u"url" },
    { ItemKind::Mail, u"mail" },
    { ItemKind::Domain, u"domain" },
    { ItemKind::Phone, u"phone" },
} };

constexpr std::array<std::pair<Channel, QStringView>, 3> ChannelKeys { {
    { Channel::Unknown, u"unknown" },
    { Channel::Mail, u"mail" },
    { Channel::Sms, u"sms" },
} };

constexpr std::array<std::pair<ReasonCode, QStringView>, 24> ReasonCodeKeys { {
    { ReasonCode::OfficialDomain, u"official-domain" },
    { ReasonCode::OfficialSender, u"official-sender" },
    { ReasonCode::KnownContact, u"known-contact" },
    { ReasonCode::UnlistedSubdomain, u"unlisted-subdomain" },
    { ReasonCode::Unlisted, u"unlisted" },
    { ReasonCode::NotOfficial, u"not-official" },
    { ReasonCode::BrandInDomain, u"brand-in-domain" },
    { ReasonCode::Confusable, u"confusable" },
    { ReasonCode::MixedScript, u"mixed-script" },
    { ReasonCode::Lookalike, u"lookalike" },
    { ReasonCode::OfficialInPath, u"official-in-path" },
    { ReasonCode::UserInfo, u"userinfo" },
    { ReasonCode::IpHost, u"ip-host" },
    { ReasonCode::Port, u"port" },
    { ReasonCode::Shortener, u"shortener" },
    { ReasonCode::Wrapper, u"wrapper" },
    { ReasonCode::AbusedTld, u"abused-tld" },
    { ReasonCode::Idn, u"idn" },
    { ReasonCode::PhoneOverseas, u"phone-overseas" },
    { ReasonCode::PhoneUnlisted, u"phone-unlisted" },
    { ReasonCode::Urgency, u"urgency" },
    { ReasonCode::SecretRequest, u"secret-request" },
    { ReasonCode::Campaign, u"campaign" },
    { ReasonCode::NeverSends, u"never-sends" },
} };

} // namespace

QString verdictKey(Verdict verdict)
{
    return keyOf(VerdictKeys, verdict);
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    return enumOf(VerdictKeys, key);
}

QString itemKindKey(ItemKind kind)
{
    return keyOf(ItemKindKeys, kind);
}

QString reasonCodeKey(ReasonCode code)
{
    return keyOf(ReasonCodeKeys, code);
}

std::optional<ReasonCode> reasonCodeFromKey(const QString &key)
{
    return enumOf(ReasonCodeKeys, key);
}

QString channelKey(Channel channel)
{
    return keyOf(ChannelKeys, channel);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return enumOf(ChannelKeys, key);
}

QString verdictHeadline(const CheckResult &result)
{
    switch (result.verdict) {
    case Verdict::Impersonation:
        return result.brand ? tr("%1をかたる偽物の可能性が高いです").arg(result.brand->name) : tr("偽物の可能性が高いです");
    case Verdict::Suspicious:
        return tr("注意が必要です");
    case Verdict::Unlisted:
        return tr("公式の一覧にないあて先です");
    case Verdict::Official:
        return result.brand ? tr("%1の公式の一覧にあるドメインです").arg(result.brand->name) : tr("公式の一覧にあるあて先です");
    case Verdict::NothingFound:
        break;
    }
    return tr("確かめられるものが見つかりませんでした");
}

QString officialCaution()
{
    return tr("送信元は偽装できます。メールのリンクは使わず、公式アプリかブックマークから確かめてください。");
}

} // namespace phishaid::checker
