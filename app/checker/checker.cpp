#include "checker.h"

#include "phonenumber.h"
#include "spoof.h"
#include "suffixlist.h"
#include "textscan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid::checker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Checker", text);
}

// Japan has one time zone and no daylight saving time.
QDate todayInJapan()
{
    return QDateTime::currentDateTimeUtc().addSecs(9 * 3600).date();
}

QString japaneseDate(const QDate &date)
{
    return tr("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

bool isAsciiText(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Whether `word` occurs in `text`; an ASCII word only as a word of its own ("jcb" in "JCBカード" and "【jcb】",
// not in "jcbx"), as Latin names end where other letters begin.
qsizetype findWord(const QString &text, const QString &word, bool ascii)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (!ascii) {
            return at;
        }
        const qsizetype end = at + word.size();
        if ((at == 0 || !isAsciiAlnum(text.at(at - 1))) && (end >= text.size() || !isAsciiAlnum(text.at(end)))) {
            return at;
        }
    }
    return -1;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        row[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool isUnder(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(u'.' % domain);
}

Reason reason(ReasonCode code, const QString &text, Verdict level)
{
    return { code, text, level };
}

// A brand as the checker uses it: only what confidence high or medium allows.
struct BrandData
{
    BrandRef ref;
    QStringList terms; // names and keywords, NFKC and lower case: what makes a text claim the brand
    QStringList keywords; // keywords, lower case: what makes another domain a lookalike
    QList<std::pair<QString, QString>> skeletons; // ASCII keywords of four letters or more, with their skeletons
    QStringList domains; // official domains
    QSet<QString> registrables; // their registrable domains
    QSet<QString> senders;
    struct Label
    {
        QString label; // "vpass"
        QString suffix; // "ne.jp"
        QString domain; // "vpass.ne.jp"
    };
    QList<Label> labels; // the registrable labels of the official domains, for one-letter changes
    bool neverSms = false;
};

struct CampaignData
{
    CampaignRef ref;
    QStringList subjects; // as written
    QStringList compactSubjects;
    QList<int> brands; // indexes into the brands
    QDate expires;
};

struct PhraseData
{
    content::PhraseKind kind;
    QString reason;
    QList<std::pair<QString, QString>> words; // as written, compact
};

struct ContactData
{
    QString id;
    QString name;
    QString number;
};

// One item being judged: its reasons and the brand that one of them names.
struct Judgement
{
    QList<Reason> reasons;
    std::optional<int> brand;

    void add(const Reason &r, std::optional<int> brandIndex = std::nullopt)
    {
        reasons.append(r);
        if (brandIndex && (!brand || r.level > Verdict::Unlisted)) {
            brand = brandIndex;
        }
    }
    bool has(Verdict atLeast) const
    {
        return std::any_of(reasons.cbegin(), reasons.cend(), [atLeast](const Reason &r) { return r.level >= atLeast; });
    }
};

} // namespace

struct Checker::Impl
{
    explicit Impl(const content::Content &content)
        : suffixes(content.publicSuffixList.data)
    {
        loadBrands(content);
        loadCampaigns(content);
        for (const content::AbusedTld &tld : content.abusedTlds) {
            if (content::decides(tld.confidence)) {
                abusedTlds.insert(tld.tld);
            }
        }
        for (const content::LinkHider &hider : content.linkHiders) {
            (hider.kind == content::LinkHiderKind::Shortener ? shorteners : wrappers).append(hider.domain);
        }
        for (const content::PhraseList &list : content.phrases) {
            PhraseData data { list.kind, content::localized(list.reason), {} };
            for (auto it = list.words.cbegin(); it != list.words.cend(); ++it) {
                for (const QString &word : it.value()) {
                    data.words.append({ word, compactForm(word) });
                }
            }
            phrases.append(data);
        }
        for (const content::Contact &contact : content.contacts) {
            const content::PhoneNumber number = content::PhoneNumber::parse(contact.value);
            if (contact.kind == content::ContactKind::Phone && number.isValid() && content::decides(contact.confidence)) {
                contacts.insert(number.dialString(), { contact.id, content::localized(contact.name), number.display() });
            }
        }
    }

    void loadBrands(const content::Content &content)
    {
        for (const content::Brand &brand : content.brands) {
            BrandData data;
            data.ref = { brand.id, content::localized(brand.name), brand.name.value(u"en"_s), brand.note.value(u"ja"_s) };
            for (const QString &term : brand.name.values() + brand.keywords) {
                const QString folded = term.normalized(QString::NormalizationForm_KC).toLower();
                if (!folded.isEmpty() && !data.terms.contains(folded)) {
                    data.terms.append(folded);
                }
            }
            for (const QString &keyword : brand.keywords) {
                const QString folded = keyword.normalized(QString::NormalizationForm_KC).toLower();
                data.keywords.append(folded);
                if (isAsciiText(folded) && folded.size() >= 4) {
                    data.skeletons.append({ folded, spoof.skeleton(folded) });
                }
            }
            for (const content::OfficialEntry &entry : brand.official) {
                if (!content::decides(entry.confidence)) {
                    continue;
                }
                for (const QString &sender : entry.senders) {
                    data.senders.insert(sender.toLower());
                }
                for (const QString &domain : entry.domains) {
                    data.domains.append(domain);
                    const QString registrable = suffixes.registrableDomain(domain);
                    if (registrable.isEmpty()) {
                        continue;
                    }
                    data.registrables.insert(registrable);
                    const qsizetype dot = registrable.indexOf(u'.');
                    data.labels.append({ registrable.left(dot), registrable.mid(dot + 1), domain });
                }
            }
            data.neverSms = brand.neverSends.contains(content::Channel::Sms);
            brands.append(data);
        }
    }

    void loadCampaigns(const content::Content &content)
    {
        for (const content::Campaign &campaign : content.campaigns) {
            if (!content::decides(campaign.confidence)) {
                continue;
            }
            CampaignData data;
            data.ref = { campaign.id, QString(), campaign.source, campaign.firstSeen, campaign.warned, content::localized(campaign.warnedBy) };
            for (const QString &subject : campaign.subjects) {
                data.subjects.append(subject);
                data.compactSubjects.append(compactForm(subject));
            }
            for (const content::Ref &ref : campaign.brands) {
                for (int i = 0; i < brands.size(); ++i) {
                    if (brands.at(i).ref.id == ref.id) {
                        data.brands.append(i);
                    }
                }
            }
            data.expires = campaign.expires;
            campaigns.append(data);
        }
    }

    // --- The text as a whole.

    // The brands the text claims to come from, in the order their names first appear where a sender is named.
    QList<int> claimedBrands(const QStringList &zones) const
    {
        QList<std::pair<qsizetype, int>> found;
        const QString joined = zones.join(u'\n');
        for (int i = 0; i < brands.size(); ++i) {
            qsizetype first = -1;
            for (const QString &term : brands.at(i).terms) {
                const qsizetype at = findWord(joined, term, isAsciiText(term));
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            if (first >= 0) {
                found.append({ first, i });
            }
        }
        std::sort(found.begin(), found.end());
        QList<int> result;
        for (const auto &[at, index] : found) {
            result.append(index);
        }
        return result;
    }

    // --- Hosts.

    std::optional<int> officialBrandOf(const QString &host, QString *domain = nullptr) const
    {
        for (int i = 0; i < brands.size(); ++i) {
            for (const QString &official : brands.at(i).domains) {
                if (isUnder(host, official)) {
                    if (domain) {
                        *domain = official;
                    }
                    return i;
                }
            }
        }
        return std::nullopt;
    }

    // The labels of `aceHost` before its public suffix, in Unicode: "jcb.co.jp.example.top" -> [jcb, co, jp, example].
    QStringList ownLabels(const QString &aceHost, const QString &registrable) const
    {
        QStringList labels = aceHost.split(u'.');
        const qsizetype suffixLabels = registrable.isEmpty() ? labels.size() : registrable.count(u'.');
        labels.resize(std::max<qsizetype>(0, labels.size() - suffixLabels));
        for (QString &label : labels) {
            label = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist).toLower();
        }
        return labels;
    }

    static QStringList tokensOf(const QStringList &labels)
    {
        static const QRegularExpression separators(u"[-_]+"_s);
        QStringList tokens;
        for (const QString &label : labels) {
            tokens += label.split(separators, Qt::SkipEmptyParts);
        }
        return tokens;
    }

    // A brand's keyword in a domain that is not the brand's: a long keyword anywhere in a label (amazonsupport),
    // a short one only as a word of its own between dots and hyphens (smbc-card-login, jcb.co.jp.example), where
    // it would otherwise hit ordinary words.
    void findBrandInDomain(const QStringList &labels, Judgement &judgement) const
    {
        const QStringList tokens = tokensOf(labels);
        for (int i = 0; i < brands.size(); ++i) {
            for (const QString &keyword : brands.at(i).keywords) {
                const bool found = keyword.size() >= 5 || !isAsciiText(keyword)
                    ? std::any_of(labels.cbegin(), labels.cend(), [&keyword](const QString &label) { return label.contains(keyword); })
                    : tokens.contains(keyword);
                if (found) {
                    judgement.add(
                        reason(ReasonCode::BrandInDomain,
                            tr("%1の名前(%2)が入っていますが、%1の公式ドメインではありません。").arg(brands.at(i).ref.name, keyword), Verdict::Impersonation),
                        i);
                    return;
                }
            }
        }
    }

    // Letters that look like a brand's (ICU's confusable skeletons): аmazon with a Cyrillic а, amaz0n.
    void findConfusable(const QStringList &labels, Judgement &judgement) const
    {
        QStringList candidates = labels + tokensOf(labels);
        candidates.removeDuplicates();
        for (const QString &candidate : std::as_const(candidates)) {
            const QString skeleton = spoof.skeleton(candidate);
            for (int i = 0; i < brands.size(); ++i) {
                for (const auto &[keyword, keywordSkeleton] : brands.at(i).skeletons) {
                    if (candidate != keyword && !keywordSkeleton.isEmpty() && skeleton == keywordSkeleton) {
                        judgement.add(reason(ReasonCode::Confusable,
                                          tr("見た目が似た文字が使われています。%1の「%2」に見せかけています。").arg(brands.at(i).ref.name, keyword),
                                          Verdict::Impersonation),
                            i);
                        return;
                    }
                }
            }
        }
    }

    // One or two letters changed: vpas5.ne.jp, icb.co.jp. Long names (five letters or more) allow one change up to
    // seven letters and two beyond; short ones one change, and only under the same suffix (icb.co.jp, not icb.com),
    // as other three-letter names are everywhere. Without the brand named in the text or the same suffix, a
    // near name is a warning, not an accusation (paypal.com is not PayPay).
    void findLookalike(const QString &registrable, const QList<int> &claimed, Judgement &judgement) const
    {
        if (registrable.isEmpty()) {
            return;
        }
        const qsizetype dot = registrable.indexOf(u'.');
        const QString label = QUrl::fromAce(registrable.left(dot).toLatin1(), QUrl::IgnoreIDNWhitelist).toLower();
        const QString suffix = registrable.mid(dot + 1);
        for (int i = 0; i < brands.size(); ++i) {
            for (const BrandData::Label &official : brands.at(i).labels) {
                if (label == official.label) {
                    continue;
                }
                const int distance = editDistance(label, official.label);
                const qsizetype length = official.label.size();
                const bool sameSuffix = suffix == official.suffix;
                const bool near = length >= 5 ? distance <= (length >= 8 ? 2 : 1) : (length >= 3 && distance == 1 && sameSuffix);
                if (!near) {
                    continue;
                }
                const bool accuse = sameSuffix || claimed.contains(i);
                judgement.add(
                    reason(ReasonCode::Lookalike, tr("%1の公式ドメイン(%2)と、%3文字だけ違います。").arg(brands.at(i).ref.name, official.domain).arg(distance),
                        accuse ? Verdict::Impersonation : Verdict::Suspicious),
                    i);
                return;
            }
        }
    }

    static QString translateTarget(const QString &host, const QString &wrapper)
    {
        // translate.goog writes the wrapped host with "-" for "." and "--" for "-": www-amazon-co-jp.translate.goog.
        QString prefix = host.chopped(wrapper.size() + 1);
        if (prefix.contains(u'.') || !prefix.contains(u'-')) {
            return {};
        }
        prefix.replace(u"--"_s, QChar(0x1f));
        prefix.replace(u'-', u'.');
        prefix.replace(QChar(0x1f), u'-');
        return prefix;
    }

    // Reasons every host gets, whoever it belongs to.
    void addHostTricks(const QString &host, const QString &unicodeHost, const QStringList &labels, Judgement &judgement) const
    {
        for (const QString &label : labels) {
            if (spoof.mixesScripts(label)) {
                judgement.add(reason(ReasonCode::MixedScript, tr("見た目が似た文字が使われています。ちがう種類の文字がまざっています。"), Verdict::Suspicious));
                break;
            }
        }
        for (const QString &shortener : shorteners) {
            if (isUnder(host, shortener)) {
                judgement.add(reason(ReasonCode::Shortener, tr("短縮URLです。本当の行き先が隠れています。"), Verdict::Suspicious));
            }
        }
        for (const QString &wrapper : wrappers) {
            if (isUnder(host, wrapper)) {
                const QString target = host == wrapper ? QString() : translateTarget(host, wrapper);
                judgement.add(reason(ReasonCode::Wrapper,
                    target.isEmpty() ? tr("%1を通したアドレスです。本当の行き先が隠れています。").arg(wrapper)
                                     : tr("%1を通したアドレスです。本当の行き先(%2)が隠れています。").arg(wrapper, target),
                    Verdict::Suspicious));
            }
        }
        const QString tld = host.section(u'.', -1);
        if (abusedTlds.contains(tld)) {
            judgement.add(
                reason(ReasonCode::AbusedTld, tr("末尾が「.%1」のアドレスです。.%1 は、偽のサイトによく使われています。").arg(tld), Verdict::Suspicious));
        }
        if (unicodeHost != host) {
            judgement.add(reason(ReasonCode::Idn, tr("国際化ドメイン名です。表示は %1、実際の名前は %2 です。").arg(unicodeHost, host), Verdict::NothingFound));
        }
    }

    // Who a host belongs to, or whom it imitates.
    void judgeHost(const QString &host, const QString &registrable, const QStringList &labels, const QList<int> &claimed, bool isIp, Judgement &judgement) const
    {
        QString officialDomain;
        if (const std::optional<int> official = officialBrandOf(host, &officialDomain)) {
            judgement.add(reason(ReasonCode::OfficialDomain, tr("%1の公式の一覧にあるドメイン(%2)です。").arg(brands.at(*official).ref.name, officialDomain),
                              Verdict::Official),
                *official);
            return;
        }
        if (!isIp) {
            for (int i = 0; i < brands.size(); ++i) {
                if (brands.at(i).registrables.contains(registrable)) {
                    judgement.add(reason(ReasonCode::UnlistedSubdomain,
                                      tr("%1 の中のアドレスですが、%2の公式の一覧にはありません。").arg(registrable, brands.at(i).ref.name), Verdict::Unlisted),
                        i);
                    return;
                }
            }
            findBrandInDomain(labels, judgement);
            if (!judgement.has(Verdict::Impersonation)) {
                findConfusable(labels, judgement);
            }
            if (!judgement.has(Verdict::Impersonation)) {
                findLookalike(registrable, claimed, judgement);
            }
        }
        if (!judgement.has(Verdict::Impersonation) && !claimed.isEmpty()) {
            const int brand = claimed.first();
            judgement.add(
                reason(ReasonCode::NotOfficial, tr("このアドレスは%1の公式ドメインではありません。").arg(brands.at(brand).ref.name), Verdict::Impersonation),
                brand);
        }
        if (!judgement.has(Verdict::Unlisted)) {
            judgement.add(reason(ReasonCode::Unlisted, tr("公式の一覧にないあて先です。"), Verdict::Unlisted));
        }
    }

    // The brand whose official domain or keyword a piece of text (a link's user part) carries.
    std::optional<int> brandNamedIn(const QString &text) const
    {
        const QString lower = text.toLower();
        for (int i = 0; i < brands.size(); ++i) {
            for (const QString &domain : brands.at(i).domains) {
                if (lower.contains(domain)) {
                    return i;
                }
            }
            for (const QString &term : brands.at(i).terms) {
                if (findWord(lower, term, isAsciiText(term)) >= 0) {
                    return i;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<CheckItem> judgeLink(const Found &found, const QList<int> &claimed) const
    {
        const QUrl url(found.target, QUrl::TolerantMode);
        const QString host = url.host(QUrl::FullyEncoded).toLower();
        if (!url.isValid() || host.isEmpty()) {
            return std::nullopt;
        }
        CheckItem item;
        item.kind = found.kind;
        item.text = found.text;
        item.host = host;
        Judgement judgement;
        static const QRegularExpression ipv4(uR"(^\d{1,3}(?:\.\d{1,3}){3}$)"_s);
        const bool isIp = ipv4.match(host).hasMatch() || host.contains(u':');
        if (isIp) {
            item.unicodeHost = host;
            judgement.add(reason(ReasonCode::IpHost, tr("ドメイン名ではなく、数字だけのアドレス(%1)です。").arg(host), Verdict::Suspicious));
        } else {
            item.unicodeHost = QUrl::fromAce(host.toLatin1(), QUrl::IgnoreIDNWhitelist);
            item.registrableDomain = suffixes.registrableDomain(host);
        }
        if (!url.userInfo().isEmpty()) {
            const QString password = url.password(QUrl::FullyDecoded);
            const QString userInfo = url.userName(QUrl::FullyDecoded) % (password.isEmpty() ? QString() : u':' % password);
            const std::optional<int> named = brandNamedIn(userInfo);
            judgement.add(reason(ReasonCode::UserInfo, tr("「@」より前(%1)は、行き先ではありません。本当の行き先は %2 です。").arg(userInfo, item.unicodeHost),
                              named ? Verdict::Impersonation : Verdict::Suspicious),
                named);
        }
        const int defaultPort = url.scheme() == u"https" ? 443 : url.scheme() == u"ftp" ? 21 : 80;
        if (url.port() != -1 && url.port() != defaultPort) {
            judgement.add(reason(ReasonCode::Port, tr("ふつうのサイトでは使わない番号(:%1)が付いています。").arg(url.port()), Verdict::Suspicious));
        }
        const QString path = url.path(QUrl::FullyDecoded).toLower();
        for (int i = 0; i < brands.size() && !path.isEmpty(); ++i) {
            const auto domain = std::find_if(brands.at(i).domains.cbegin(), brands.at(i).domains.cend(),
                [&path, &host](const QString &official) { return path.contains(official) && !isUnder(host, official); });
            if (domain != brands.at(i).domains.cend()) {
                judgement.add(reason(ReasonCode::OfficialInPath,
                                  tr("%1の公式ドメイン(%2)が、アドレスの後ろに書かれているだけです。本当の行き先は %3 です。")
                                      .arg(brands.at(i).ref.name, *domain, item.unicodeHost),
                                  Verdict::Impersonation),
                    i);
                break;
            }
        }
        const QStringList labels = isIp ? QStringList() : ownLabels(host, item.registrableDomain);
        judgeHost(host, item.registrableDomain, labels, claimed, isIp, judgement);
        if (!isIp) {
            addHostTricks(host, item.unicodeHost, labels, judgement);
        }
        finish(item, judgement);
        return item;
    }

    std::optional<CheckItem> judgeMail(const Found &found, const QList<int> &claimed) const
    {
        const QString address = found.target;
        const QString domain = address.section(u'@', -1);
        const QString host = QString::fromLatin1(QUrl::toAce(domain)).toLower();
        if (host.isEmpty()) {
            return std::nullopt;
        }
        CheckItem item;
        item.kind = ItemKind::Mail;
        item.text = found.text;
        item.host = host;
        item.unicodeHost = QUrl::fromAce(host.toLatin1(), QUrl::IgnoreIDNWhitelist);
        item.registrableDomain = suffixes.registrableDomain(host);
        Judgement judgement;
        for (int i = 0; i < brands.size(); ++i) {
            if (brands.at(i).senders.contains(address)) {
                judgement.add(
                    reason(ReasonCode::OfficialSender, tr("%1が送信元として公表しているアドレスです。").arg(brands.at(i).ref.name), Verdict::Official), i);
                break;
            }
        }
        const QStringList labels = ownLabels(host, item.registrableDomain);
        if (judgement.reasons.isEmpty()) {
            judgeHost(host, item.registrableDomain, labels, claimed, false, judgement);
        }
        addHostTricks(host, item.unicodeHost, labels, judgement);
        finish(item, judgement);
        return item;
    }

    std::optional<CheckItem> judgePhone(const Found &found, const QList<int> &claimed) const
    {
        QString digits = found.text;
        digits.remove(QRegularExpression(u"[^0-9]"_s));
        QString overseas;
        if (found.text.startsWith(u'+') && !digits.startsWith(u"81"_s)) {
            overseas = u'+' % digits;
        } else if (found.text.startsWith(u"010"_s)) {
            overseas = u'+' % digits.mid(3);
        }
        CheckItem item;
        item.kind = ItemKind::Phone;
        item.text = found.text;
        Judgement judgement;
        if (!overseas.isEmpty()) {
            if (overseas.size() < 9 || overseas.size() > 16) {
                return std::nullopt;
            }
            item.phone = overseas;
            if (claimed.isEmpty()) {
                judgement.add(reason(ReasonCode::PhoneOverseas, tr("海外の電話番号です。"), Verdict::Suspicious));
            } else {
                const int brand = claimed.first();
                judgement.add(
                    reason(ReasonCode::PhoneOverseas, tr("%1を名乗っていますが、海外の電話番号です。").arg(brands.at(brand).ref.name), Verdict::Impersonation),
                    brand);
            }
        } else {
            const content::PhoneNumber number = content::PhoneNumber::parse(found.text);
            if (!number.isValid()) {
                return std::nullopt;
            }
            QString dial = number.dialString();
            if (dial.startsWith(u"+81"_s)) {
                dial = u'0' % dial.mid(3);
            }
            item.phone = dial;
            const auto contact = contacts.constFind(dial);
            if (contact != contacts.cend()) {
                item.contactId = contact->id;
                judgement.add(reason(ReasonCode::KnownContact,
                    contact->name.contains(contact->number) ? tr("%1の番号です。").arg(contact->name)
                                                            : tr("%1(%2)の番号です。").arg(contact->name, contact->number),
                    Verdict::Official));
            } else {
                judgement.add(reason(ReasonCode::PhoneUnlisted, tr("公式の一覧にない電話番号です。"), Verdict::Unlisted));
            }
        }
        finish(item, judgement);
        return item;
    }

    void finish(CheckItem &item, Judgement &judgement) const
    {
        std::stable_sort(judgement.reasons.begin(), judgement.reasons.end(), [](const Reason &a, const Reason &b) { return a.level > b.level; });
        item.reasons = judgement.reasons;
        item.verdict = Verdict::NothingFound;
        for (const Reason &r : std::as_const(item.reasons)) {
            item.verdict = std::max(item.verdict, r.level);
        }
        if (judgement.brand) {
            item.brand = brands.at(*judgement.brand).ref;
        }
    }

    // --- Signs in the text.

    struct Signal
    {
        Reason reason;
        std::optional<int> brand;
    };

    void findCampaign(const ScannedText &scan, const QList<int> &claimed, const QDate &today, CheckResult &result, QList<Signal> &found) const
    {
        for (const CampaignData &campaign : campaigns) {
            if (campaign.expires.isValid() && today > campaign.expires) {
                continue;
            }
            for (qsizetype s = 0; s < campaign.subjects.size(); ++s) {
                if (!scan.compact.contains(campaign.compactSubjects.at(s))) {
                    continue;
                }
                std::optional<int> brand;
                for (const int index : claimed) {
                    if (campaign.brands.contains(index)) {
                        brand = index;
                        break;
                    }
                }
                if (!brand && campaign.brands.size() == 1) {
                    brand = campaign.brands.first();
                }
                const QDate warned = campaign.ref.warned.isValid() ? campaign.ref.warned : campaign.ref.firstSeen;
                found.append(
                    { reason(ReasonCode::Campaign, tr("%1に%2が注意を呼びかけた偽メールと同じ件名です。").arg(japaneseDate(warned), campaign.ref.warnedBy),
                          Verdict::Impersonation),
                        brand });
                if (!result.campaign) {
                    result.campaign = campaign.ref;
                    result.campaign->subject = campaign.subjects.at(s);
                }
                break;
            }
        }
    }

    void findPhrases(const ScannedText &scan, QList<Signal> &found) const
    {
        for (const PhraseData &phrase : phrases) {
            QStringList words;
            for (const auto &[word, compact] : phrase.words) {
                if (!compact.isEmpty() && scan.compact.contains(compact) && words.size() < 3) {
                    words.append(u"「"_s % word % u"」");
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            QString text = phrase.reason;
            text.replace(u"%1"_s, words.join(QString()));
            found.append({ reason(phrase.kind == content::PhraseKind::Urgency ? ReasonCode::Urgency : ReasonCode::SecretRequest, text, Verdict::Suspicious),
                std::nullopt });
        }
    }

    CheckResult check(const QString &text, const CheckOptions &options) const
    {
        const ScannedText scan = scanText(text, [this](const QString &tld) { return suffixes.isIcannSuffix(tld); });
        const QList<int> claimed = claimedBrands(scan.claimZones);
        CheckResult result;
        for (const Found &found : scan.found) {
            std::optional<CheckItem> item;
            switch (found.kind) {
            case ItemKind::Url:
            case ItemKind::Domain:
                item = judgeLink(found, claimed);
                break;
            case ItemKind::Mail:
                item = judgeMail(found, claimed);
                break;
            case ItemKind::Phone:
                item = judgePhone(found, claimed);
                break;
            }
            if (item) {
                result.items.append(*item);
            }
        }

        QList<Signal> signalsFound;
        findCampaign(scan, claimed, options.today.isValid() ? options.today : todayInJapan(), result, signalsFound);
        const bool sms = options.channel == Channel::Sms || (options.channel == Channel::Unknown && scan.smsHint);
        for (const int index : claimed) {
            if (sms && brands.at(index).neverSms) {
                signalsFound.append(
                    { reason(ReasonCode::NeverSends, tr("%1は、SMSでお知らせを送りません。").arg(brands.at(index).ref.name), Verdict::Impersonation), index });
            }
        }
        findPhrases(scan, signalsFound);

        // The verdict is the most severe of everything; the brand comes from the first thing that severe naming one.
        for (const CheckItem &item : std::as_const(result.items)) {
            result.verdict = std::max(result.verdict, item.verdict);
        }
        for (const Signal &signal : std::as_const(signalsFound)) {
            result.textSignals.append(signal.reason);
            result.verdict = std::max(result.verdict, signal.reason.level);
        }
        for (const CheckItem &item : std::as_const(result.items)) {
            if (!result.brand && item.verdict == result.verdict && item.brand) {
                result.brand = item.brand;
            }
        }
        for (const Signal &signal : std::as_const(signalsFound)) {
            if (!result.brand && signal.reason.level == result.verdict && signal.brand) {
                result.brand = brands.at(*signal.brand).ref;
            }
        }
        if (!result.brand && result.verdict == Verdict::Impersonation && !claimed.isEmpty()) {
            result.brand = brands.at(claimed.first()).ref;
        }
        return result;
    }

    SuffixList suffixes;
    SpoofChecker spoof;
    QList<BrandData> brands;
    QList<CampaignData> campaigns;
    QSet<QString> abusedTlds;
    QStringList shorteners;
    QStringList wrappers;
    QList<PhraseData> phrases;
    QHash<QString, ContactData> contacts; // by the number as dialled
};

Checker::Checker(const content::Content &content)
    : m_impl(std::make_unique<Impl>(content))
{ }

Checker::~Checker() = default;
Checker::Checker(Checker &&) noexcept = default;
Checker &Checker::operator=(Checker &&) noexcept = default;

CheckResult Checker::check(const QString &text, const CheckOptions &options) const
{
    return m_impl->check(text, options);
}

Checker::SuffixListOrigin Checker::suffixListOrigin() const
{
    switch (m_impl->suffixes.origin()) {
    case SuffixList::Origin::Content:
        return SuffixListOrigin::Content;
    case SuffixList::Origin::System:
        return SuffixListOrigin::System;
    case SuffixList::Origin::None:
        break;
    }
    return SuffixListOrigin::None;
}

int Checker::suffixRuleCount() const
{
    return m_impl->suffixes.ruleCount();
}

} // namespace phishaid::checker
