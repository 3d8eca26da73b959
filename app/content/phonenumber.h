// Japanese phone numbers: the one parser for the content validator (numbers an editor writes), the
// user's own saved numbers (typed on a phone keyboard, often in full width) and the tel: URI the app
// dials. Rules: a short number (110, 118, 119, 188, 189), a #-number (#9110: # and four digits), or a
// number of 10 digits starting with 0 (11 for 050, 070, 080, 090 and 0800), or the same written
// internationally as +81 without the leading 0.
#pragma once

#include <QString>

namespace phishaid::content {

class PhoneNumber
{
public:
    enum class Kind {
        Invalid,
        Short, // 110, 188: three digits, emergency or national service
        Hash, // #9110: a short code routed by region
        TollFree, // 0120, 0800
        Navi, // 0570: a shared-cost number that some phone plans cannot call free
        Mobile, // 070, 080, 090
        IpPhone, // 050
        Landline, // every other 0 number
    };

    enum class Problem {
        None,
        Empty,
        InvalidCharacter, // letters, brackets, anything but digits, separators, a leading # or +
        MisplacedHash, // ##9110, 91#10, or # with other than four digits
        NotJapanese, // +1 ..., 00 ... (an international call)
        MisplacedZero, // +81 03 ...: after +81 the leading 0 is dropped
        UnknownShortNumber, // three digits that are no service number
        TooShort,
        TooLong,
        MissingZero, // 3-1234-5678: a national number always starts with 0
    };

    // Parses `text`: full-width digits, #, + and hyphens (and the long-vowel mark ー typed for one) are read
    // as their ASCII forms; spaces and hyphens are dropped.
    static PhoneNumber parse(QStringView text);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    Kind kind() const { return m_kind; }
    // Whether the text used only ASCII (content must; users may type full width).
    bool isAscii() const { return m_ascii; }
    // The digits as dialled: "0120950178", "#9110", "+81312345678". Empty when invalid.
    QString dialString() const { return m_dial; }
    // The number as written, in ASCII with the writer's grouping kept and every separator a hyphen:
    // "０１２０　９５　０１７８" -> "0120-95-0178". Empty when invalid.
    QString display() const { return m_display; }
    // tel: URI: separators dropped, '#' as %23 (it would start a fragment): "tel:%239110", "tel:+81312345678".
    QString telUri() const;
    // For TooShort / TooLong: how many digits a number of this kind has, and how many were given.
    int expectedDigits() const { return m_expectedDigits; }
    int digitCount() const { return m_digitCount; }

private:
    Kind m_kind = Kind::Invalid;
    Problem m_problem = Problem::Empty;
    bool m_ascii = true;
    QString m_dial;
    QString m_display;
    int m_expectedDigits = 0;
    int m_digitCount = 0;
};

} // namespace phishaid::content
