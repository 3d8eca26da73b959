// Card numbers in notes are refused: Luhn-valid runs of 13 to 19 digits, however they are typed. So is a PIN
// or a password written after its name; a mention of one without a value is not.
#include "cardnumberguard.h"
#include "secretguard.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCardNumberGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void luhn()
    {
        QVERIFY(phishaid::passesLuhn(u"4111111111111111"_s));
        QVERIFY(phishaid::passesLuhn(u"79927398713"_s));
        QVERIFY(!phishaid::passesLuhn(u"4111111111111112"_s));
        QVERIFY(!phishaid::passesLuhn(QString()));
        QVERIFY(!phishaid::passesLuhn(u"41a1"_s));
    }

    void containsCardNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refused");
        QTest::addRow("plain 16") << u"カード 4111111111111111 を止めた"_s << true;
        QTest::addRow("spaces") << u"4111 1111 1111 1111"_s << true;
        QTest::addRow("hyphens") << u"番号は4111-1111-1111-1111です"_s << true;
        QTest::addRow("full-width") << u"４１１１１１１１１１１１１１１１"_s << true;
        QTest::addRow("amex 15") << u"378282246310005"_s << true;
        QTest::addRow("13 digits") << u"4222222222222"_s << true;
        QTest::addRow("19 digits") << u"6011000990139424009"_s << true;
        QTest::addRow("luhn fails") << u"4111111111111112"_s << false;
        QTest::addRow("12 digits, luhn-valid") << u"411111111117"_s << false;
        QTest::addRow("20 digits, luhn-valid") << u"41111111111111111115"_s << false;
        QTest::addRow("case number") << u"受付番号 A-20261123-0042"_s << false;
        QTest::addRow("phone") << u"0120-95-0178 に電話した"_s << false;
        QTest::addRow("two separate numbers") << u"03-1234-5678 と 12345"_s << false;
        QTest::addRow("empty") << QString() << false;
    }

    void containsCardNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, refused);
        QCOMPARE(phishaid::containsCardNumber(text), refused);
    }

    void findSecret_data()
    {
        using phishaid::Secret;
        QTest::addColumn<QString>("text");
        QTest::addColumn<Secret>("secret");
        // Refused: the name, then a value.
        QTest::addRow("暗証番号 space") << u"暗証番号 0123"_s << Secret::Pin;
        QTest::addRow("暗証番号 full-width space and digits") << u"暗証番号　０１２３"_s << Secret::Pin;
        QTest::addRow("暗証番号は") << u"暗証番号は0123です"_s << Secret::Pin;
        QTest::addRow("暗証番号：") << u"カードの暗証番号：4567"_s << Secret::Pin;
        QTest::addRow("PIN colon") << u"PIN:1234"_s << Secret::Pin;
        QTest::addRow("pin lower case") << u"pin 9876"_s << Secret::Pin;
        QTest::addRow("full-width ＰＩＮ") << u"ＰＩＮ：１２３４"_s << Secret::Pin;
        QTest::addRow("PIN glued") << u"PIN1234"_s << Secret::Pin;
        QTest::addRow("PINコード") << u"PINコード 1234"_s << Secret::Pin;
        QTest::addRow("PIN code") << u"PIN code: 1234"_s << Secret::Pin;
        QTest::addRow("パスコード") << u"パスコードは 246810"_s << Secret::Pin;
        QTest::addRow("パスワード space") << u"パスワード sakura1955"_s << Secret::Password;
        QTest::addRow("パスワード in brackets") << u"パスワードは「sakura」"_s << Secret::Password;
        QTest::addRow("パスワード half-width katakana") << u"ﾊﾟｽﾜｰﾄﾞ=hanako77"_s << Secret::Password;
        QTest::addRow("password equals") << u"password=abc"_s << Secret::Password;
        QTest::addRow("Password is") << u"My Password is Tokyo2020!"_s << Secret::Password;
        QTest::addRow("PASSWORD full-width") << u"ＰＡＳＳＷＯＲＤ：ｑｗｅｒｔｙ"_s << Secret::Password;
        QTest::addRow("ワンタイムパスワード") << u"ワンタイムパスワード 482913 を入れた"_s << Secret::Password;
        QTest::addRow("both, first wins") << u"暗証番号 0123 パスワード sakura1955"_s << Secret::Pin;
        QTest::addRow("after other text") << u"受付番号 A-0042。パスワード→hello123"_s << Secret::Password;
        QTest::addRow("card number first") << u"4111 1111 1111 1111 暗証番号 0123"_s << Secret::CardNumber;
        // Accepted: mentions without a value, and words that only look alike.
        QTest::addRow("パスワードを変えた") << u"パスワードを変えた"_s << Secret::None;
        QTest::addRow("暗証番号は伝えていない") << u"暗証番号は伝えていない"_s << Secret::None;
        QTest::addRow("パスワードは変更済み") << u"パスワードは変更済み"_s << Secret::None;
        QTest::addRow("暗証番号は4けた") << u"暗証番号は4けたの数字"_s << Secret::None;
        QTest::addRow("PINを聞かれた") << u"PINを聞かれたが答えていない"_s << Secret::None;
        QTest::addRow("masked") << u"パスワード ****"_s << Secret::None;
        QTest::addRow("password reset") << u"password reset done"_s << Secret::None;
        QTest::addRow("password manager") << u"パスワード manager で作り直した"_s << Secret::None;
        QTest::addRow("spin") << u"spin 1234"_s << Secret::None;
        QTest::addRow("Pinterest") << u"Pinterest 2024"_s << Secret::None;
        QTest::addRow("case number") << u"カード会社の受付番号 A-0042"_s << Secret::None;
        QTest::addRow("phone") << u"0120-95-0178 に電話した"_s << Secret::None;
        QTest::addRow("empty") << QString() << Secret::None;
    }

    void findSecret()
    {
        QFETCH(QString, text);
        QFETCH(phishaid::Secret, secret);
        QCOMPARE(phishaid::findSecret(text), secret);
    }
};

Q_DECLARE_METATYPE(phishaid::Secret)

QTEST_GUILESS_MAIN(TestCardNumberGuard)
#include "tst_cardnumberguard.moc"
