// What the settings page (and any page) shows as a date: Japan time whatever the device's zone.
#include "japantimetext.h"

#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;

class TestJapanTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japanTimeOnAnyDevice_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Los Angeles") << QByteArray("America/Los_Angeles");
        QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo");
    }

    void japanTimeOnAnyDevice()
    {
        QFETCH(QByteArray, zone);
        qputenv("TZ", zone);
        tzset();
        const phishaid::JapanTimeText text;
        // 2026-12-01 23:30 UTC is 2 December, 8:30 in Tokyo.
        QCOMPARE(text.dateTime(QDateTime(QDate(2026, 12, 1), QTime(23, 30), Qt::UTC)), u"2026年12月2日 8:30"_s);
        QCOMPARE(text.dateTime(QDateTime(QDate(2026, 12, 1), QTime(23, 30), Qt::UTC).toLocalTime()), u"2026年12月2日 8:30"_s);
        QVERIFY(text.dateTime(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJapanTimeText)
#include "tst_japantimetext.moc"
