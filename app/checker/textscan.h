// Reading a pasted text: folding it (NFKC, defanged links refanged) and finding what can be checked in it,
// before any judgement. Private to the checker.
#pragma once

#include "checkresult.h"

#include <QStringList>
#include <functional>

namespace phishaid::checker {

struct Found
{
    ItemKind kind = ItemKind::Url;
    QString text; // as it stands in the folded text
    QString target; // urls and domains: a URL QUrl parses (scheme added when missing); mails: the address
    QString displayName; // mails: the name written before "<addr>", if any
};

struct ScannedText
{
    QString folded; // NFKC, refanged ("hxxps://example[.]top" -> "https://example.top"), 「。」 between letters -> "."
    QString compact; // folded in lower case without spaces, brackets and quotes: what phrases and subjects match
    QList<Found> found; // in order of kind (links, mails, domains, phones), each in text order
    // Where a brand's name counts as a claim that the message comes from it, in lower case: sender names and
    // mail local parts, header lines (差出人, 件名, From, Subject), 【…】, the first line, and a short text whole.
    QStringList claimZones;
    bool smsHint = false; // the text says it is an SMS, or starts with a line that is only a phone number
};

// `isTopLevelDomain` says whether an ACE label is a real top-level domain (a bare "file.txt" is no domain).
ScannedText scanText(const QString &text, const std::function<bool(const QString &)> &isTopLevelDomain);

// Folded, lower case, without spaces, brackets and quotes: 「【ご協力のお願い】 不正利用」 and 「[ご協力のお願い]不正利用」 compare equal.
QString compactForm(const QString &text);

} // namespace phishaid::checker
