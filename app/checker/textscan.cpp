#include "textscan.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace phishaid::checker {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

// A text this short is an SMS, a subject or a single line: all of it is where a brand is claimed.
constexpr qsizetype ShortText = 280;

QString fold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    // Defanged links, as warnings and reports write them, are links again: hxxp, [.], (.), [dot], [:], [@].
    static const QRegularExpression hxxp(uR"(\bh(?:xx|\*\*)p(s?)(?=:|\[:\]))"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dot(uR"(\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression at(uR"(\[@\]|\[at\]|\(at\))"_s, QRegularExpression::CaseInsensitiveOption);
    // 「。」 between two letters or digits of a name is a dot (IDNA reads it so); after a sentence it is not.
    static const QRegularExpression ideographicStop(uR"((?<=[A-Za-z0-9])\x{3002}(?=[A-Za-z0-9]))"_s);
    folded.replace(hxxp, u"http\\1"_s);
    folded.replace(dot, u"."_s);
    folded.replace(u"[:]"_s, u":"_s);
    folded.replace(at, u"@"_s);
    folded.replace(ideographicStop, u"."_s);
    return folded;
}

// Blanks what was matched, so that a later pattern does not find a part of it again.
void blank(QString &text, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < from + length && i < text.size(); ++i) {
        if (text.at(i) != u'\n') {
            text[i] = u' ';
        }
    }
}

// Punctuation that ends a sentence rather than a link.
qsizetype trimmedEnd(const QString &text)
{
    static const QString trailing = u".,;:!?)]}'\"。、，．！？」』）"_s;
    qsizetype end = text.size();
    while (end > 0 && trailing.contains(text.at(end - 1))) {
        --end;
    }
    return end;
}

bool isAscii(QChar c)
{
    return c.unicode() < 0x80;
}

// A link's host may be Unicode (https://日本語.jp), but Japanese prose often runs straight on after it
// ("https://example.topから"): the last label stops where ASCII stops, when it started as ASCII.
qsizetype hostEnd(const QString &host)
{
    const qsizetype lastDot = host.lastIndexOf(u'.');
    if (lastDot < 0 || lastDot + 1 >= host.size() || !isAscii(host.at(lastDot + 1))) {
        return host.size();
    }
    qsizetype end = lastDot + 1;
    while (end < host.size() && isAscii(host.at(end))) {
        ++end;
    }
    return end;
}

class Scanner
{
public:
    Scanner(const QString &text, const std::function<bool(const QString &)> &isTopLevelDomain)
        : m_isTld(isTopLevelDomain)
    {
        m_result.folded = fold(text);
        m_result.compact = compactForm(m_result.folded);
        m_rest = m_result.folded;
    }

    ScannedText run()
    {
        findLinks();
        findMails();
        findLatinDomains();
        findOtherDomains();
        findPhones();
        findClaimZones();
        return m_result;
    }

private:
    void add(ItemKind kind, const QString &text, const QString &target, const QString &displayName = QString())
    {
        const QString key = itemKindKey(kind) % u'\x1f' % target.toLower();
        if (m_seen.contains(key)) {
            return;
        }
        m_seen.insert(key);
        m_result.found.append({ kind, text, target, displayName });
    }

    // Whether the last label of `host` is a real top-level domain.
    bool endsInTld(const QString &host) const
    {
        const QString last = host.section(u'.', -1).toLower();
        const QByteArray ace = QUrl::toAce(last);
        return !ace.isEmpty() && m_isTld(QString::fromLatin1(ace));
    }

    void findLinks()
    {
        static const QRegularExpression link(
            uR"(\b(?:https?|ftp)://([^\s/?#<>"'「」『』【】（）()、，]+)([/?#][!-~]*)?)"_s, QRegularExpression::CaseInsensitiveOption | Unicode);
        for (QRegularExpressionMatchIterator it = link.globalMatch(m_rest); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            qsizetype length = match.capturedLength(0);
            if (match.capturedLength(2) == 0) {
                length -= match.capturedLength(1) - hostEnd(match.captured(1));
            }
            QString text = match.captured(0).left(length);
            text.truncate(trimmedEnd(text));
            if (text.size() > match.capturedLength(0) - match.capturedLength(1) - match.capturedLength(2)) {
                add(ItemKind::Url, text, text);
            }
            blank(m_rest, match.capturedStart(0), text.size());
        }
    }

    void findMails()
    {
        static const QRegularExpression mail(
            uR"((?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]+)@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9\-]+)))"_s);
        static const QRegularExpression header(uR"(^\s*(?:from|差出人|送信者|送信元|reply-to|返信先)\s*:\s*)"_s, QRegularExpression::CaseInsensitiveOption);
        for (QRegularExpressionMatchIterator it = mail.globalMatch(m_rest); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString address = match.captured(0);
            add(ItemKind::Mail, address, address.toLower(), displayNameBefore(match.capturedStart(0), match.capturedEnd(0), header));
            m_result.claimZones.append(match.captured(1).toLower());
            blank(m_rest, match.capturedStart(0), match.capturedLength(0));
        }
    }

    // "Name <addr>": the name before the angle bracket, on the same line, without a header label or quotes.
    QString displayNameBefore(qsizetype start, qsizetype end, const QRegularExpression &header)
    {
        const QString &text = m_result.folded;
        qsizetype open = start - 1;
        while (open >= 0 && text.at(open) == u' ') {
            --open;
        }
        if (open < 0 || text.at(open) != u'<' || end >= text.size() || text.at(end) != u'>') {
            return {};
        }
        const qsizetype lineStart = text.lastIndexOf(u'\n', open) + 1;
        QString name = text.mid(lineStart, open - lineStart);
        name.remove(header);
        name = name.trimmed();
        static const QString quotes = u"\"'「」"_s;
        while (!name.isEmpty() && quotes.contains(name.front())) {
            name.remove(0, 1);
        }
        while (!name.isEmpty() && quotes.contains(name.back())) {
            name.chop(1);
        }
        if (!name.isEmpty()) {
            m_result.claimZones.append(name.toLower());
        }
        return name;
    }

    // Bare names of Latin letters (and the Cyrillic and Greek ones that imitate them) and digits: amazon.co.jp,
    // аmazon.co.jp, smbc-card-login.com/login. Japanese prose may touch them on either side.
    void findLatinDomains()
    {
        static const QRegularExpression domain(
            uR"((?<![\p{Latin}\p{Cyrillic}\p{Greek}\p{N}._%+\-@/:])((?:[\p{Latin}\p{Cyrillic}\p{Greek}\p{N}](?:[\p{Latin}\p{Cyrillic}\p{Greek}\p{N}\-]{0,61}[\p{Latin}\p{Cyrillic}\p{Greek}\p{N}])?\.)+[\p{Latin}\p{Cyrillic}\p{Greek}\p{N}\-]{2,63})(?![\p{Latin}\p{Cyrillic}\p{Greek}\p{N}\-@])(:\d{1,5})?(/[!-~]*)?)"_s,
            Unicode);
        for (QRegularExpressionMatchIterator it = domain.globalMatch(m_rest); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString host = match.captured(1);
            if (!endsInTld(host)) {
                continue;
            }
            QString text = match.captured(0);
            text.truncate(std::max(trimmedEnd(text), host.size()));
            const bool isLink = text.size() > host.size() + 1 || (text.size() == host.size() + 1 && text.back() != u'/');
            add(isLink || !match.captured(2).isEmpty() ? ItemKind::Url : ItemKind::Domain, text, u"http://"_s % text);
            blank(m_rest, match.capturedStart(0), text.size());
        }
    }

    // International names in other scripts (日本語.jp) have no letters to tell where prose ends: only a name that
    // stands alone between spaces, brackets or line ends is taken.
    void findOtherDomains()
    {
        static const QRegularExpression token(uR"([^\s「」『』【】（）()<>"'、，,]+)"_s, Unicode);
        static const QRegularExpression name(uR"(^[\p{L}\p{M}\p{N}\-]+(?:\.[\p{L}\p{M}\p{N}\-]+)+$)"_s, Unicode);
        for (QRegularExpressionMatchIterator it = token.globalMatch(m_rest); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QString text = match.captured(0);
            text.truncate(trimmedEnd(text));
            if (std::all_of(text.cbegin(), text.cend(), isAscii) || !name.match(text).hasMatch() || !endsInTld(text)) {
                continue;
            }
            add(ItemKind::Domain, text, u"http://"_s % text);
            blank(m_rest, match.capturedStart(0), text.size());
        }
    }

    void findPhones()
    {
        // International (+1 202 555 0100, +81-3-…), Japan's own international prefix (010-1-…), national numbers
        // (0120-95-0178, 090 1234 5678) and #-numbers (#9110). Which are numbers at all, the judging decides.
        static const QRegularExpression phone(uR"((?<![\d+#\-.])(?:\+\d[\d \-()]{6,20}\d|010[ \-]?\d[\d \-]{6,16}\d|0\d[\d \-]{7,12}\d|#\d{4})(?![\d\-]))"_s);
        for (QRegularExpressionMatchIterator it = phone.globalMatch(m_rest); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString text = match.captured(0).trimmed();
            add(ItemKind::Phone, text, text);
        }
    }

    void findClaimZones()
    {
        const QString &text = m_result.folded;
        const QString lower = text.toLower();
        static const QRegularExpression header(uR"(^\s*(?:from|subject|差出人|送信者|送信元|件名|タイトル|題名)\s*:(.*)$)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        static const QRegularExpression bracket(uR"(【([^】\n]{1,40})】|\[([^\]\n]{1,40})\])"_s);
        for (const QRegularExpression *pattern : { &header, &bracket }) {
            for (QRegularExpressionMatchIterator it = pattern->globalMatch(lower); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                m_result.claimZones.append(match.captured(1) % match.captured(2));
            }
        }
        const QString firstLine = lower.trimmed().section(u'\n', 0, 0).trimmed();
        m_result.claimZones.append(firstLine);
        if (text.trimmed().size() <= ShortText) {
            m_result.claimZones.append(lower);
        }
        static const QRegularExpression phoneOnly(uR"(^[+\d\-() ]{5,20}$)"_s);
        m_result.smsHint = phoneOnly.match(firstLine).hasMatch() || m_result.compact.contains(u"sms"_s) || m_result.compact.contains(u"ショートメッセージ"_s);
    }

    std::function<bool(const QString &)> m_isTld;
    ScannedText m_result;
    QString m_rest; // the folded text with what was found blanked out
    QSet<QString> m_seen;
};

} // namespace

ScannedText scanText(const QString &text, const std::function<bool(const QString &)> &isTopLevelDomain)
{
    return Scanner(text, isTopLevelDomain).run();
}

QString compactForm(const QString &text)
{
    static const QRegularExpression ignored(uR"([\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'])"_s, Unicode);
    return text.normalized(QString::NormalizationForm_KC).toLower().remove(ignored);
}

} // namespace phishaid::checker
