#include "checkercontent.h"

#include "validator.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

QString place(const SourceLocation &where)
{
    return QFileInfo(where.file).fileName() % u':' % QString::number(where.line);
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// A subject shorter than this matches ordinary mails too.
constexpr qsizetype ShortestSubject = 8;

class CheckerContentValidator
{
public:
    CheckerContentValidator(const Content &content, QList<Diagnostic> &diagnostics)
        : m_content(content)
        , m_diagnostics(diagnostics)
    { }

    void run()
    {
        checkBrands();
        checkOfficialDomains();
        checkCampaigns();
        checkAbusedTlds();
        checkLinkHiders();
        checkPhrases();
        if (!m_content.publicSuffixList.data.isEmpty() && !looksLikePublicSuffixList(m_content.publicSuffixList.data)) {
            report(m_content.where, u"The Public Suffix List carried with the content is not one: it lacks the ICANN section of publicsuffix.org."_s);
        }
    }

private:
    void report(const SourceLocation &where, const QString &message) { m_diagnostics.append({ where, message }); }

    // A fact the app relies on names the page it comes from and the day that page was read.
    void checkSource(const QString &source, const QDate &checked, const QString &subject, const SourceLocation &where, bool required = true)
    {
        if (source.isEmpty()) {
            if (required) {
                report(where, subject % u" has no source.");
            }
        } else if (!isValidWebAddress(source)) {
            report(where, subject % u" has source " % quoted(source) % u", which is not an https:// URL with a host.");
        } else if (!isSourcePage(source)) {
            report(where, subject % u" has source " % quoted(source) % u", a site's home page; cite the page that states the fact.");
        }
        if ((required || !source.isEmpty()) && !checked.isValid()) {
            report(where, subject % u" has no checked date.");
        }
    }

    template <typename T> void checkUnique(const QList<T> &items, const QString &kind)
    {
        QHash<QString, SourceLocation> seen;
        for (const T &item : items) {
            const auto first = seen.constFind(item.id);
            if (first == seen.cend()) {
                seen.insert(item.id, item.where);
            } else {
                report(item.where, kind % u" id " % quoted(item.id) % u" is used twice; the first is at " % place(*first) % u'.');
            }
        }
    }

    void checkBrands()
    {
        checkUnique(m_content.brands, u"Brand"_s);
        QHash<QString, const Brand *> keywordOwners;
        for (const Brand &brand : m_content.brands) {
            const QString name = u"Brand "_s % quoted(brand.id);
            if (brand.name.value(u"ja"_s).trimmed().isEmpty()) {
                report(brand.where, name % u" has no Japanese (ja) name.");
            }
            if (brand.name.value(u"en"_s).trimmed().isEmpty()) {
                report(brand.where, name % u" has no English (en) name.");
            }
            if (!brand.note.isEmpty() && brand.note.value(u"ja"_s).trimmed().isEmpty()) {
                report(brand.where, u"The note of brand "_s % quoted(brand.id) % u" has no Japanese (ja) text.");
            }
            if (brand.keywords.isEmpty()) {
                report(brand.where, name % u" has no keywords; give the words that name it, like [jcb, JCBカード].");
            }
            for (const QString &keyword : brand.keywords) {
                if (keyword.trimmed().size() < 2) {
                    report(brand.where, name % u" has keyword " % quoted(keyword) % u", which is too short to name it.");
                } else if (isAscii(keyword) && keyword != keyword.toLower()) {
                    report(brand.where, name % u" has keyword " % quoted(keyword) % u"; write ASCII keywords in lower case.");
                }
                const QString folded = keyword.toLower();
                if (const Brand *owner = keywordOwners.value(folded); owner && owner != &brand) {
                    report(brand.where, name % u" has keyword " % quoted(keyword) % u", which brand " % quoted(owner->id) % u" has too.");
                }
                keywordOwners.insert(folded, &brand);
            }
            if (brand.official.isEmpty()) {
                report(brand.where, name % u" has no official domains.");
            }
            for (const OfficialEntry &entry : brand.official) {
                const QString group = u"An official group of brand "_s % quoted(brand.id);
                if (entry.domains.isEmpty() && entry.senders.isEmpty()) {
                    report(entry.where, group % u" has no domains and no senders.");
                }
                for (const QString &domain : entry.domains) {
                    if (!isContentDomain(domain)) {
                        report(entry.where,
                            group % u" has domain " % quoted(domain) % u", which is not a lower-case domain name (write international names in ACE, xn--…).");
                    }
                }
                for (const QString &sender : entry.senders) {
                    if (!isValidMailAddress(sender) || sender != sender.toLower()) {
                        report(entry.where, group % u" has sender " % quoted(sender) % u", which is not a lower-case mail address.");
                    }
                }
                checkSource(entry.source, entry.checked, group, entry.where);
            }
            for (const QString &example : brand.badExamples) {
                if (!isDefanged(example)) {
                    report(brand.where,
                        name % u" has bad example " % quoted(example)
                            % u", which is not defanged; write every dot as [.] and no http(s)://, like smbc-card-login[.]com.");
                }
            }
        }
    }

    // One domain belongs to one brand: the checker could not say whose it is otherwise. A domain under another
    // brand's domain counts as the same.
    void checkOfficialDomains()
    {
        struct Listed
        {
            QString domain;
            const Brand *brand;
            SourceLocation where;
        };
        QList<Listed> listed;
        for (const Brand &brand : m_content.brands) {
            for (const OfficialEntry &entry : brand.official) {
                for (const QString &domain : entry.domains) {
                    for (const Listed &earlier : std::as_const(listed)) {
                        const bool same = earlier.domain == domain;
                        const bool nested = domain.endsWith(u'.' % earlier.domain) || earlier.domain.endsWith(u'.' % domain);
                        if (!same && !nested) {
                            continue;
                        }
                        if (earlier.brand == &brand) {
                            if (same) {
                                report(entry.where,
                                    u"Domain "_s % quoted(domain) % u" is listed twice for brand " % quoted(brand.id) % u"; the first is at "
                                        % place(earlier.where) % u'.');
                            }
                        } else {
                            report(entry.where,
                                u"Domain "_s % quoted(domain) % u" of brand " % quoted(brand.id)
                                    % (same ? u" is also listed"_s : u" overlaps "_s % quoted(earlier.domain)) % u" under brand " % quoted(earlier.brand->id)
                                    % u" at " % place(earlier.where) % u"; a domain belongs to one brand.");
                        }
                    }
                    listed.append({ domain, &brand, entry.where });
                }
            }
        }
        for (const LinkHider &hider : m_content.linkHiders) {
            for (const Listed &official : std::as_const(listed)) {
                if (hider.domain == official.domain || hider.domain.endsWith(u'.' % official.domain)) {
                    report(hider.where,
                        u"Link hider "_s % quoted(hider.domain) % u" is an official domain of brand " % quoted(official.brand->id) % u" at "
                            % place(official.where) % u'.');
                }
            }
        }
    }

    void checkCampaigns()
    {
        checkUnique(m_content.campaigns, u"Campaign"_s);
        static const QRegularExpression ignored(uR"([\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}])"_s);
        for (const Campaign &campaign : m_content.campaigns) {
            const QString name = u"Campaign "_s % quoted(campaign.id);
            if (campaign.brands.isEmpty()) {
                report(campaign.where, name % u" names no brands; give the brands it posed as.");
            }
            for (const Ref &brand : campaign.brands) {
                if (!m_content.brand(brand.id)) {
                    report(brand.where.file.isEmpty() ? campaign.where : brand.where, name % u" names unknown brand " % quoted(brand.id) % u'.');
                }
            }
            if (campaign.subjects.isEmpty()) {
                report(campaign.where, name % u" has no subjects.");
            }
            for (const QString &subject : campaign.subjects) {
                if (subject.normalized(QString::NormalizationForm_KC).remove(ignored).size() < ShortestSubject) {
                    report(campaign.where,
                        name % u" has subject " % quoted(subject) % u", too short to match safely (at least " % QString::number(ShortestSubject)
                            % u" characters besides brackets and spaces).");
                }
            }
            if (!campaign.firstSeen.isValid()) {
                report(campaign.where, name % u" has no first-seen date.");
            }
            if (!campaign.warned.isValid()) {
                report(campaign.where, name % u" has no warned date.");
            }
            if (campaign.warnedBy.value(u"ja"_s).trimmed().isEmpty()) {
                report(campaign.where, name % u" does not say who warned (warned-by, in Japanese).");
            }
            if (!campaign.expires.isValid()) {
                report(campaign.where, name % u" has no expires date.");
            } else if (campaign.firstSeen.isValid() && campaign.expires <= campaign.firstSeen) {
                report(campaign.where, name % u" expires before it was first seen.");
            }
            checkSource(campaign.source, campaign.checked, name, campaign.where);
        }
    }

    void checkAbusedTlds()
    {
        static const QRegularExpression label(u"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"_s);
        QHash<QString, SourceLocation> seen;
        for (const AbusedTld &tld : m_content.abusedTlds) {
            const QString name = u"Abused TLD "_s % quoted(tld.tld);
            if (!label.match(tld.tld).hasMatch()) {
                report(tld.where, name % u" is not a top-level domain in lower case, without its dot (top, cn).");
            }
            if (seen.contains(tld.tld)) {
                report(tld.where, name % u" is listed twice; the first is at " % place(seen.value(tld.tld)) % u'.');
            }
            seen.insert(tld.tld, tld.where);
            checkSource(tld.source, tld.checked, name, tld.where);
        }
    }

    void checkLinkHiders()
    {
        QHash<QString, SourceLocation> seen;
        for (const LinkHider &hider : m_content.linkHiders) {
            const QString name = u"Link hider "_s % quoted(hider.domain);
            if (!isContentDomain(hider.domain)) {
                report(hider.where, name % u" is not a lower-case domain name.");
            }
            if (seen.contains(hider.domain)) {
                report(hider.where, name % u" is listed twice; the first is at " % place(seen.value(hider.domain)) % u'.');
            }
            seen.insert(hider.domain, hider.where);
            checkSource(hider.source, hider.checked, name, hider.where, false);
        }
    }

    void checkPhrases()
    {
        checkUnique(m_content.phrases, u"Phrase list"_s);
        for (const PhraseList &list : m_content.phrases) {
            const QString name = u"Phrase list "_s % quoted(list.id);
            if (list.reason.value(u"ja"_s).trimmed().isEmpty()) {
                report(list.where, name % u" has no Japanese (ja) reason.");
            }
            qsizetype count = 0;
            for (auto it = list.words.cbegin(); it != list.words.cend(); ++it) {
                for (const QString &word : it.value()) {
                    ++count;
                    if (word.trimmed().size() < 2) {
                        report(list.where, name % u" has word " % quoted(word) % u", too short to match safely.");
                    }
                }
            }
            if (count == 0) {
                report(list.where, name % u" has no words.");
            }
        }
    }

    const Content &m_content;
    QList<Diagnostic> &m_diagnostics;
};

} // namespace

void checkCheckerContent(const Content &content, QList<Diagnostic> &diagnostics)
{
    CheckerContentValidator(content, diagnostics).run();
}

bool isContentDomain(const QString &domain)
{
    static const QRegularExpression pattern(u"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"_s);
    return pattern.match(domain).hasMatch();
}

bool isDefanged(const QString &text)
{
    if (!text.contains(u"[.]")) {
        return false;
    }
    QString rest = text;
    rest.remove(u"[.]"_s);
    const QString lower = text.toLower();
    return !rest.contains(u'.') && !rest.contains(u'\u3002') && !lower.contains(u"http://") && !lower.contains(u"https://");
}

bool looksLikePublicSuffixList(const QByteArray &data)
{
    return data.contains("===BEGIN ICANN DOMAINS===") && data.contains("===END ICANN DOMAINS===");
}

} // namespace phishaid::content
