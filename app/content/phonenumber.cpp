#include "phonenumber.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

// What one typed character stands for: a digit, '#', '+', a separator, or nothing dialable.
enum class CharClass { Digit, Hash, Plus, Separator, Other };

struct Normalized
{
    CharClass type = CharClass::Other;
    QChar ascii;
};

Normalized normalize(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return { CharClass::Digit, c };
    }
    if (u >= 0xFF10 && u <= 0xFF19) { // full-width digits, as a Japanese keyboard types them
        return { CharClass::Digit, QChar(u'0' + (u - 0xFF10)) };
    }
    switch (u) {
    case u'#':
    case 0xFF03: // ＃
        return { CharClass::Hash, QChar(u'#') };
    case u'+':
    case 0xFF0B: // ＋
        return { CharClass::Plus, QChar(u'+') };
    case u'-':
    case u' ':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
    case 0xFF0D: // full-width hyphen-minus
    case 0x30FC: // ー: the long-vowel mark, which Japanese input often gives for a hyphen
    case 0xFF70: // ｰ: its half-width form
    case 0x3000: // ideographic space
        return { CharClass::Separator, QChar(u'-') };
    default:
        return { CharClass::Other, c };
    }
}

bool elevenDigits(QStringView national)
{
    // Mobile, IP phone and 0800 toll-free numbers have 11 digits; all others (0120, 0570, landlines) 10.
    for (const QStringView prefix : { u"050", u"070", u"080", u"090" }) {
        if (national.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

PhoneNumber::Kind kindOf(QStringView national)
{
    if (national.startsWith(u"0120") || national.startsWith(u"0800")) {
        return PhoneNumber::Kind::TollFree;
    }
    if (national.startsWith(u"0570")) {
        return PhoneNumber::Kind::Navi;
    }
    if (national.startsWith(u"070") || national.startsWith(u"080") || national.startsWith(u"090")) {
        return PhoneNumber::Kind::Mobile;
    }
    if (national.startsWith(u"050")) {
        return PhoneNumber::Kind::IpPhone;
    }
    return PhoneNumber::Kind::Landline;
}

} // namespace

PhoneNumber PhoneNumber::parse(QStringView text)
{
    PhoneNumber number;
    QString compact; // digits, '#' and '+' only
    QString display;
    bool separatorPending = false;
    for (const QChar c : text) {
        const Normalized n = normalize(c);
        if (c.unicode() > 0x7F) {
            number.m_ascii = false;
        }
        if (n.type == CharClass::Other) {
            number.m_problem = Problem::InvalidCharacter;
            return number;
        }
        if (n.type == CharClass::Separator) {
            separatorPending = !display.isEmpty();
            continue;
        }
        if (separatorPending) {
            display += u'-';
            separatorPending = false;
        }
        display += n.ascii;
        compact += n.ascii;
    }
    if (compact.isEmpty()) {
        return number; // Problem::Empty
    }

    const auto fail = [&number](Problem problem, int expected = 0, int given = 0) {
        number.m_problem = problem;
        number.m_expectedDigits = expected;
        number.m_digitCount = given;
        return number;
    };
    const auto succeed = [&number, &display](Kind kind, const QString &dial) {
        number.m_problem = Problem::None;
        number.m_kind = kind;
        number.m_dial = dial;
        number.m_display = display;
        number.m_digitCount = int(std::count_if(dial.cbegin(), dial.cend(), [](QChar c) { return c.isDigit(); }));
        return number;
    };

    const qsizetype hashes = compact.count(u'#');
    const qsizetype pluses = compact.count(u'+');
    if (hashes > 0) {
        if (hashes > 1 || pluses > 0 || !compact.startsWith(u'#')) {
            return fail(Problem::MisplacedHash);
        }
        const int digits = int(compact.size() - 1);
        if (digits != 4) {
            return fail(digits < 4 ? Problem::TooShort : Problem::TooLong, 4, digits);
        }
        return succeed(Kind::Hash, compact);
    }

    QString national = compact;
    QString dialPrefix; // "+81" when written internationally
    if (pluses > 0) {
        if (pluses > 1 || !compact.startsWith(u'+')) {
            return fail(Problem::InvalidCharacter);
        }
        if (!compact.startsWith(u"+81")) {
            return fail(Problem::NotJapanese);
        }
        if (compact.size() > 3 && compact.at(3) == u'0') {
            return fail(Problem::MisplacedZero); // +81 03-...: the 0 is dropped after the country code
        }
        national = u'0' + compact.mid(3);
        dialPrefix = u"+81"_s;
    }
    const int digits = int(national.size());
    if (national.startsWith(u"00")) {
        return fail(Problem::NotJapanese); // 00 starts an international call
    }
    if (!national.startsWith(u'0')) {
        if (digits == 3) {
            static const QStringList services { u"110"_s, u"118"_s, u"119"_s, u"188"_s, u"189"_s };
            return services.contains(national) ? succeed(Kind::Short, national) : fail(Problem::UnknownShortNumber);
        }
        return digits < 9 ? fail(Problem::TooShort, 10, digits) : fail(Problem::MissingZero);
    }
    const int expected = elevenDigits(national) ? 11 : 10;
    if (digits != expected) {
        return fail(digits < expected ? Problem::TooShort : Problem::TooLong, expected, digits);
    }
    succeed(kindOf(national), dialPrefix.isEmpty() ? national : dialPrefix + national.mid(1));
    number.m_digitCount = digits; // the national form's digits, as expectedDigits() counts them
    return number;
}

QString PhoneNumber::telUri() const
{
    if (!isValid()) {
        return {};
    }
    QString uri = u"tel:"_s;
    for (const QChar c : m_dial) {
        if (c == u'#') {
            uri += u"%23"_s; // '#' would start a URI fragment: "tel:#9110" dials nothing
        } else {
            uri += c;
        }
    }
    return uri;
}

} // namespace phishaid::content
