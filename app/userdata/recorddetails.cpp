#include "recorddetails.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace phishaid {

bool IncidentDetails::isEmpty() const
{
    return sender.isEmpty() && fakeSite.isEmpty() && imitatedCompany.isEmpty() && !amountYen && cardCompany.isEmpty();
}

QString defangUrl(const QString &url)
{
    const QString text = url.trimmed();
    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    const QRegularExpressionMatch scheme = schemePattern.match(text);
    QString result;
    qsizetype hostStart = 0;
    if (scheme.hasMatch()) {
        const QString name = scheme.captured(1);
        const QString lower = name.toLower();
        if (lower == u"http"_s || lower == u"https"_s) {
            result = u"hxxp"_s + lower.mid(4) + u"://"_s;
        } else {
            result = scheme.captured(0);
        }
        hostStart = scheme.capturedEnd(0);
    }
    qsizetype authorityEnd = text.size();
    for (const QChar end : { u'/', u'?', u'#', u'\\' }) {
        const qsizetype at = text.indexOf(end, hostStart);
        if (at >= 0 && at < authorityEnd) {
            authorityEnd = at;
        }
    }
    const QString authority = text.mid(hostStart, authorityEnd - hostStart);
    const qsizetype userEnd = authority.lastIndexOf(u'@') + 1; // user@host: only the host is defanged
    QString host = authority.mid(userEnd);
    host.replace(u"[.]"_s, u"."_s).replace(u"."_s, u"[.]"_s);
    return result + authority.left(userEnd) + host + text.mid(authorityEnd);
}

std::optional<qint64> parseYen(const QString &text)
{
    QString digits = text.normalized(QString::NormalizationForm_KC).trimmed(); // ￥１２，０００ → ¥12,000
    if (digits.startsWith(u'¥')) {
        digits.remove(0, 1);
    }
    if (digits.endsWith(u'円')) {
        digits.chop(1);
    }
    digits = digits.trimmed();
    static const QRegularExpression plain(u"^[0-9]{1,13}$"_s);
    static const QRegularExpression grouped(u"^[0-9]{1,3}([,、][0-9]{3})+$"_s);
    if (grouped.match(digits).hasMatch()) {
        digits.remove(u',').remove(u'、');
    } else if (!plain.match(digits).hasMatch()) {
        return std::nullopt;
    }
    if (digits.size() > 13) {
        return std::nullopt;
    }
    return digits.toLongLong();
}

QString formatYen(qint64 yen)
{
    QString digits = QString::number(yen);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, u',');
    }
    return digits + u"円"_s;
}

} // namespace phishaid
