// Card numbers in notes are refused: Luhn-valid runs of 13 to 19 digits, however they are typed.
#include "cardnumberguard.h"

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
};

QTEST_GUILESS_MAIN(TestCardNumberGuard)
#include "tst_cardnumberguard.moc"
