// The one phone number parser (content validation, saved numbers, tel: URIs), as a table.
#include "contacturi.h"
#include "phonenumber.h"
#include "validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::content::PhoneNumber;
using Kind = PhoneNumber::Kind;
using Problem = PhoneNumber::Problem;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("ascii");

        const auto valid = [](const char *name, const QString &input, Kind kind, const QString &display, const QString &uri, bool ascii = true) {
            QTest::newRow(name) << input << Problem::None << kind << display << uri << ascii;
        };
        const auto invalid = [](const char *name, const QString &input, Problem problem) {
            QTest::newRow(name) << input << problem << Kind::Invalid << QString() << QString() << true;
        };
        // clang-format off
        valid("toll-free 0120", u"0120-95-0178"_s, Kind::TollFree, u"0120-95-0178"_s, u"tel:0120950178"_s);
        valid("toll-free 0120 other grouping", u"0120-0178-26"_s, Kind::TollFree, u"0120-0178-26"_s, u"tel:0120017826"_s);
        valid("toll-free 0800", u"0800-123-4567"_s, Kind::TollFree, u"0800-123-4567"_s, u"tel:08001234567"_s);
        valid("navi 0570", u"0570-783-578"_s, Kind::Navi, u"0570-783-578"_s, u"tel:0570783578"_s);
        valid("landline Tokyo", u"03-6457-9585"_s, Kind::Landline, u"03-6457-9585"_s, u"tel:0364579585"_s);
        valid("landline with spaces", u"0422 12 3456"_s, Kind::Landline, u"0422-12-3456"_s, u"tel:0422123456"_s);
        valid("no separators", u"0364579585"_s, Kind::Landline, u"0364579585"_s, u"tel:0364579585"_s);
        valid("mobile", u"090-1234-5678"_s, Kind::Mobile, u"090-1234-5678"_s, u"tel:09012345678"_s);
        valid("ip phone", u"050-1234-5678"_s, Kind::IpPhone, u"050-1234-5678"_s, u"tel:05012345678"_s);
        valid("188", u"188"_s, Kind::Short, u"188"_s, u"tel:188"_s);
        valid("110", u"110"_s, Kind::Short, u"110"_s, u"tel:110"_s);
        valid("#9110", u"#9110"_s, Kind::Hash, u"#9110"_s, u"tel:%239110"_s);
        valid("+81 3", u"+81 3 6457 9585"_s, Kind::Landline, u"+81-3-6457-9585"_s, u"tel:+81364579585"_s);
        valid("+81 hyphens", u"+81-120-95-0178"_s, Kind::TollFree, u"+81-120-95-0178"_s, u"tel:+81120950178"_s);
        valid("+81 mobile", u"+819012345678"_s, Kind::Mobile, u"+819012345678"_s, u"tel:+819012345678"_s);
        valid("full-width digits and hyphens", u"０１２０－９５－０１７８"_s, Kind::TollFree, u"0120-95-0178"_s, u"tel:0120950178"_s, false);
        valid("full-width minus sign", u"０１２０−９５−０１７８"_s, Kind::TollFree, u"0120-95-0178"_s, u"tel:0120950178"_s, false);
        valid("ideographic spaces", u"０３　６４５７　９５８５"_s, Kind::Landline, u"03-6457-9585"_s, u"tel:0364579585"_s, false);
        valid("long-vowel mark as hyphen", u"0120ー95ー0178"_s, Kind::TollFree, u"0120-95-0178"_s, u"tel:0120950178"_s, false);
        valid("full-width #", u"＃９１１０"_s, Kind::Hash, u"#9110"_s, u"tel:%239110"_s, false);
        valid("full-width +", u"＋８１ ３ ６４５７ ９５８５"_s, Kind::Landline, u"+81-3-6457-9585"_s, u"tel:+81364579585"_s, false);
        valid("spaces around", u"  188 "_s, Kind::Short, u"188"_s, u"tel:188"_s);
        valid("doubled separators", u"03--6457  9585"_s, Kind::Landline, u"03-6457-9585"_s, u"tel:0364579585"_s);

        invalid("empty", u""_s, Problem::Empty);
        invalid("only separators", u" - "_s, Problem::Empty);
        invalid("letters", u"0120-ABC-123"_s, Problem::InvalidCharacter);
        invalid("full-width letters", u"０１２０ーＡＢＣ"_s, Problem::InvalidCharacter);
        invalid("brackets", u"03(6457)9585"_s, Problem::InvalidCharacter);
        invalid("plus in the middle", u"03+6457"_s, Problem::InvalidCharacter);
        invalid("too short", u"1234"_s, Problem::TooShort);
        invalid("too short landline", u"03-6457-958"_s, Problem::TooShort);
        invalid("too long landline", u"03-6457-95851"_s, Problem::TooLong);
        invalid("0120 with 11 digits", u"0120-123-4567"_s, Problem::TooLong);
        invalid("0120 with 9 digits", u"0120-95-017"_s, Problem::TooShort);
        invalid("mobile with 10 digits", u"090-123-4567"_s, Problem::TooShort);
        invalid("double hash", u"##9110"_s, Problem::MisplacedHash);
        invalid("hash at the end", u"9110#"_s, Problem::MisplacedHash);
        invalid("hash and plus", u"#+9110"_s, Problem::MisplacedHash);
        invalid("hash too short", u"#911"_s, Problem::TooShort);
        invalid("hash too long", u"#91100"_s, Problem::TooLong);
        invalid("unknown short number", u"123"_s, Problem::UnknownShortNumber);
        invalid("international prefix", u"00-1234-5678"_s, Problem::NotJapanese);
        invalid("another country", u"+1 212 555 0100"_s, Problem::NotJapanese);
        invalid("+81 with the 0", u"+81 03 6457 9585"_s, Problem::MisplacedZero);
        invalid("missing zero", u"3-6457-9585"_s, Problem::MissingZero);
        // clang-format on
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        QFETCH(Kind, kind);
        QFETCH(QString, display);
        QFETCH(QString, uri);
        QFETCH(bool, ascii);

        const PhoneNumber number = PhoneNumber::parse(input);
        QCOMPARE(number.problem(), problem);
        QCOMPARE(number.isValid(), problem == Problem::None);
        QCOMPARE(number.kind(), kind);
        QCOMPARE(number.display(), display);
        QCOMPARE(number.telUri(), uri);
        if (number.isValid()) {
            QCOMPARE(number.isAscii(), ascii);
            // The same rules decide what content may hold (ASCII only) and what the app dials.
            QCOMPARE(phishaid::content::isValidPhoneNumber(input), ascii);
            QCOMPARE(phishaid::content::phoneUri(input), uri);
        } else {
            QVERIFY(!phishaid::content::isValidPhoneNumber(input));
            QVERIFY(phishaid::content::phoneUri(input).isEmpty());
        }
    }

    void digitCounts()
    {
        const PhoneNumber tooLong = PhoneNumber::parse(u"0120-123-4567"_s);
        QCOMPARE(tooLong.expectedDigits(), 10);
        QCOMPARE(tooLong.digitCount(), 11);
        const PhoneNumber mobile = PhoneNumber::parse(u"090-123-4567"_s);
        QCOMPARE(mobile.expectedDigits(), 11);
        QCOMPARE(mobile.digitCount(), 10);
        QCOMPARE(PhoneNumber::parse(u"+81 3 6457 9585"_s).digitCount(), 10); // counted as 03-6457-9585
    }

    // The content's contact URIs come from the same parser.
    void contactUris()
    {
        phishaid::content::Contact contact;
        contact.kind = phishaid::content::ContactKind::Phone;
        contact.confidence = phishaid::content::Confidence::High;
        contact.value = u"#9110"_s;
        QCOMPARE(phishaid::content::contactUri(contact), u"tel:%239110"_s);
        QVERIFY(phishaid::content::isCallable(contact));
        contact.value = u"##9110"_s; // what validation rejects is never offered as a call
        QCOMPARE(phishaid::content::contactUri(contact), QString());
        QVERIFY(!phishaid::content::isCallable(contact));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
