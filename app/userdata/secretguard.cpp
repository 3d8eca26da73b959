#include "secretguard.h"

#include "cardnumberguard.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {

struct Keyword
{
    QString text; // NFKC, case-folded
    Secret kind;
};

const QList<Keyword> &keywords()
{
    static const QList<Keyword> list {
        { u"暗証"_s, Secret::Pin }, // 暗証番号 (番号 is a suffix below), 暗証コード
        { u"pin"_s, Secret::Pin },
        { u"パスコード"_s, Secret::Pin },
        { u"passcode"_s, Secret::Pin },
        { u"パスワード"_s, Secret::Password },
        { u"password"_s, Secret::Password },
        { u"passwd"_s, Secret::Password },
    };
    return list;
}

// Words that may follow the name and still name it: 暗証番号, PINコード, PIN code, passwords.
const QStringList &suffixes()
{
    static const QStringList list { u"番号"_s, u"コード"_s, u"ナンバー"_s, u"code"_s, u"number"_s, u"no."_s, u"s"_s };
    return list;
}

// Ordinary English words that follow "password" or "PIN" in a sentence about them, not a value.
const QStringList &ordinaryWords()
{
    static const QStringList list { u"again"_s, u"and"_s, u"app"_s, u"been"_s, u"change"_s, u"changed"_s, u"changes"_s, u"changing"_s, u"entered"_s, u"field"_s,
        u"for"_s, u"form"_s, u"given"_s, u"had"_s, u"has"_s, u"have"_s, u"lock"_s, u"locked"_s, u"manager"_s, u"none"_s, u"not"_s, u"page"_s, u"reset"_s,
        u"screen"_s, u"sent"_s, u"set"_s, u"the"_s, u"told"_s, u"unknown"_s, u"update"_s, u"updated"_s, u"was"_s, u"were"_s, u"with"_s };
    return list;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A character a typed PIN or password is made of (after NFKC, full-width forms are ASCII).
bool isValueChar(QChar c)
{
    return c.unicode() >= 0x21 && c.unicode() <= 0x7e;
}

// What may sit between the name and its value: spaces, ":" and "=", the particles は and が, "is", arrows,
// commas and opening brackets or quotes.
bool isSeparator(QChar c)
{
    static const QString separators = u":=-→⇒>、,はが「『【〈《(['\"“‘"_s;
    return c.isSpace() || separators.contains(c);
}

qsizetype skipSeparators(const QString &text, qsizetype i)
{
    while (i < text.size()) {
        if (isSeparator(text.at(i))) {
            ++i;
        } else if (text.mid(i, 2) == u"is"_s && (i + 2 == text.size() || !isAsciiLetter(text.at(i + 2)))) {
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

// Whether the keyword found at `start` (`length` characters) in the normalized `text` is followed by a value.
bool followedByValue(const QString &text, qsizetype start, qsizetype length, bool asciiKeyword)
{
    if (asciiKeyword && start > 0 && isAsciiLetter(text.at(start - 1))) {
        return false; // "spin", "opinion"
    }
    qsizetype i = start + length;
    for (const QString &suffix : suffixes()) {
        if (text.mid(i, suffix.size()) == suffix) {
            i += suffix.size();
            break;
        }
    }
    if (asciiKeyword && i < text.size() && isAsciiLetter(text.at(i))) {
        return false; // "pinterest", "passwordless"
    }
    i = skipSeparators(text, i);
    if (i < text.size()) {
        // 「PIN コード 1234」: the suffix after a space.
        for (const QString &suffix : suffixes()) {
            if (suffix.size() > 1 && text.mid(i, suffix.size()) == suffix) {
                i = skipSeparators(text, i + suffix.size());
                break;
            }
        }
    }
    QString value;
    while (i < text.size() && isValueChar(text.at(i))) {
        value.append(text.at(i++));
    }
    while (!value.isEmpty() && u".,;:!?)]}\"'"_s.contains(value.back())) {
        value.chop(1);
    }
    if (value.size() < 3) {
        return false; // 「暗証番号は4けた」
    }
    bool hasLetterOrDigit = false;
    bool onlyLetters = true;
    for (const QChar c : std::as_const(value)) {
        hasLetterOrDigit = hasLetterOrDigit || c.isLetterOrNumber();
        onlyLetters = onlyLetters && isAsciiLetter(c);
    }
    if (!hasLetterOrDigit) {
        return false; // 「PIN ****」: masked
    }
    return !(onlyLetters && ordinaryWords().contains(value));
}

} // namespace

Secret findPinOrPassword(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (const Keyword &keyword : keywords()) {
        const bool ascii = isAsciiLetter(keyword.text.front());
        for (qsizetype at = normalized.indexOf(keyword.text); at >= 0; at = normalized.indexOf(keyword.text, at + 1)) {
            if (followedByValue(normalized, at, keyword.text.size(), ascii)) {
                return keyword.kind;
            }
        }
    }
    return Secret::None;
}

Secret findSecret(const QString &text)
{
    if (containsCardNumber(text)) {
        return Secret::CardNumber;
    }
    return findPinOrPassword(text);
}

} // namespace phishaid
