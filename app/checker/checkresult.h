// What the checker (このメール、本物？) says about a pasted text: plain values, ready to be shown or wrapped in a
// QML model. Nothing here holds more of the pasted text than the addresses and numbers found in it.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace phishaid::checker {

// How a message looks, from least to most severe. The checker never says "safe": the best it says is that an
// address is on an official list, and that a sender can be forged.
enum class Verdict {
    NothingFound, // nothing could be checked: no address, number or sign
    Official, // every address is on a brand's official list (「〇〇の公式の一覧にあるドメインです」)
    Unlisted, // an address that is on no official list (「公式の一覧にないあて先です」)
    Suspicious, // warning signs without a brand (「注意が必要です」)
    Impersonation, // it poses as a brand (「〇〇をかたる偽物の可能性が高いです」)
};

// What was found in the text.
enum class ItemKind {
    Url, // a link, with or without scheme (https://…, example.top/login)
    Mail, // a mail address, also from "Name <addr>"
    Domain, // a bare domain name (amazon.co.jp)
    Phone, // a phone number, Japanese or international
};

// How the message arrived, when the user says so (the CLI: --channel). Unknown lets the checker guess from the
// text: a first line that is only a phone number, or the words SMS / ショートメッセージ, mean an SMS.
enum class Channel { Unknown, Mail, Sms };

// Why an item or the text got its verdict. The key (reasonCodeKey) is what the CLI prints and tests compare.
enum class ReasonCode {
    // Items: who the address belongs to.
    OfficialDomain, // "official-domain": under a brand's official domain
    OfficialSender, // "official-sender": a sending address the brand lists
    KnownContact, // "known-contact": the phone number of one of the content's contacts (188, 0120-95-0178)
    UnlistedSubdomain, // "unlisted-subdomain": inside a brand's registrable domain, but not under a listed official domain
    Unlisted, // "unlisted": on no official list
    NotOfficial, // "not-official": the text names a brand, and this address is not the brand's
    // Items: tricks.
    BrandInDomain, // "brand-in-domain": a brand's keyword inside another domain (jcb.co.jp.example.top, smbc-card-login.com)
    Confusable, // "confusable": characters that look like a brand's (аmazon with Cyrillic а, amaz0n)
    MixedScript, // "mixed-script": letters of different scripts in one label
    Lookalike, // "lookalike": one or two letters away from a brand's domain (vpas5.ne.jp, icb.co.jp)
    OfficialInPath, // "official-in-path": a brand's domain written after the real host (evil.example/amazon.co.jp/)
    UserInfo, // "userinfo": text before "@" in a link, which is not where it leads (https://jcb.co.jp@evil.example)
    IpHost, // "ip-host": a number instead of a domain name
    Port, // "port": a port number that ordinary sites do not use
    Shortener, // "shortener": a short link that hides where it leads (bit.ly)
    Wrapper, // "wrapper": a real service's address around another site (translate.goog)
    AbusedTld, // "abused-tld": a top-level domain phishing sites use often (.top, .cn)
    Idn, // "idn": an international domain name; the Unicode and ACE forms both shown. Changes no verdict.
    PhoneOverseas, // "phone-overseas": a number from abroad
    PhoneUnlisted, // "phone-unlisted": a number on no official list
    // The text.
    Urgency, // "urgency": words that hurry the reader (24時間以内, 至急)
    SecretRequest, // "secret-request": asks for card numbers, PINs or passwords
    Campaign, // "campaign": the subject of a fake mail an official body warned about
    NeverSends, // "never-sends": a brand that never uses this channel (国税庁 never sends SMS)
};

struct Reason
{
    ReasonCode code = ReasonCode::Unlisted;
    QString text; // one calm Japanese sentence, from the content or the checker's own (translatable) words
    Verdict level = Verdict::NothingFound; // how severe this reason is on its own (Idn: NothingFound)
};

// A brand as the result names it.
struct BrandRef
{
    QString id;
    QString name; // Japanese
    QString nameEn;
    QString note; // what else tells the brand's real mails apart (may be empty)
};

// A campaign whose subject the text carries.
struct CampaignRef
{
    QString id;
    QString subject; // the subject line as the content writes it
    QString source;
    QDate firstSeen;
    QDate warned;
    QString warnedBy;
};

struct CheckItem
{
    ItemKind kind = ItemKind::Url;
    QString text; // as found, after NFKC and refanging ("https://example.top" for "hxxps://example[.]top")
    QString host; // ACE, lower case (xn--…); empty for phones
    QString unicodeHost; // the same host in Unicode; equal to host unless it is an international name
    QString registrableDomain; // ACE; empty for phones, IP hosts and hosts that are a public suffix themselves
    QString phone; // phones: the digits as dialled (+12025550100, 0120950178)
    Verdict verdict = Verdict::Unlisted;
    std::optional<BrandRef> brand; // the brand it belongs to or poses as
    QString contactId; // phones: the content contact with this number
    QList<Reason> reasons; // most severe first
};

struct CheckResult
{
    Verdict verdict = Verdict::NothingFound; // the most severe of the items and the signals
    std::optional<BrandRef> brand; // of the most severe item or signal that names one
    std::optional<CampaignRef> campaign;
    QList<CheckItem> items; // in the order found
    // Signs in the text itself (the JSON's "signals"; not named so here, as that is a Qt keyword).
    QList<Reason> textSignals;
};

QString verdictKey(Verdict verdict); // "nothing-found", "official", "unlisted", "suspicious", "impersonation"
std::optional<Verdict> verdictFromKey(const QString &key);
QString itemKindKey(ItemKind kind); // "url", "mail", "domain", "phone"
QString reasonCodeKey(ReasonCode code); // "official-domain", ...
std::optional<ReasonCode> reasonCodeFromKey(const QString &key);
QString channelKey(Channel channel); // "unknown", "mail", "sms"
std::optional<Channel> channelFromKey(const QString &key);

// The verdict as the one sentence the page leads with: 「〇〇をかたる偽物の可能性が高いです」, 「注意が必要です」,
// 「公式の一覧にないあて先です」, 「〇〇の公式の一覧にあるドメインです」 or 「確かめられるものが見つかりませんでした」.
QString verdictHeadline(const CheckResult &result);
// What an official verdict always adds: a sender can be forged; the safe way is the official app or a bookmark.
QString officialCaution();

} // namespace phishaid::checker
