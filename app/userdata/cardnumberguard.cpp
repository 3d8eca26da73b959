#include "cardnumberguard.h"

#include <QList>

namespace phishaid {

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0) {
            return false;
        }
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool containsCardNumber(const QString &text)
{
    // Split the text into runs of digits where single spaces or hyphens may sit between digits, as people
    // type card numbers ("4111 1111 1111 1111", "4111-1111-..."); full-width forms count the same.
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    QList<QString> runs;
    QString run;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c.isDigit()) {
            run.append(QChar(u'0' + c.digitValue()));
            continue;
        }
        const bool separator = (c == u' ' || c == u'-') && !run.isEmpty() && i + 1 < normalized.size() && normalized.at(i + 1).isDigit();
        if (separator) {
            continue;
        }
        if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty()) {
        runs.append(run);
    }
    for (const QString &digits : std::as_const(runs)) {
        if (digits.size() >= 13 && digits.size() <= 19 && passesLuhn(digits)) {
            return true;
        }
    }
    return false;
}

} // namespace phishaid
