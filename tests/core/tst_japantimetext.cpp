// What the settings page (and any page) shows as a date: Japan time whatever the device's zone.
#include "japantimetext.h"

#include <QTest>
#include <QTimeZone>
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

    // 1時間前, 今朝 and 昨日の夜 are counted in Japan time, whatever zone the device is in.
    void quickChoices_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("hourAgo");
        QTest::addColumn<QDateTime>("thisMorning");
        QTest::addColumn<QDateTime>("lastNight");
        const auto tokyo = [](int day, int hour, int minute) { return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone("Asia/Tokyo")); };
        // 2026-12-01 23:37 UTC is 2 December, 8:37 in Tokyo: this morning is 8:00 on the 2nd, not the 1st.
        const QDateTime lateUtc(QDate(2026, 12, 1), QTime(23, 37), Qt::UTC);
        QTest::newRow("UTC device") << QByteArray("UTC") << lateUtc << tokyo(2, 7, 35) << tokyo(2, 8, 0) << tokyo(1, 21, 0);
        QTest::newRow("Los Angeles device") << QByteArray("America/Los_Angeles") << lateUtc << tokyo(2, 7, 35) << tokyo(2, 8, 0) << tokyo(1, 21, 0);
        // Before 8:00, 今朝 is not in the future: it is now.
        QTest::newRow("early morning") << QByteArray("Asia/Tokyo") << tokyo(2, 6, 12) << tokyo(2, 5, 10) << tokyo(2, 6, 12) << tokyo(1, 21, 0);
        // Just after midnight, an hour ago is the day before.
        QTest::newRow("after midnight") << QByteArray("Asia/Tokyo") << tokyo(2, 0, 20) << tokyo(1, 23, 20) << tokyo(2, 0, 20) << tokyo(1, 21, 0);
    }

    void quickChoices()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, hourAgo);
        QFETCH(QDateTime, thisMorning);
        QFETCH(QDateTime, lastNight);
        qputenv("TZ", zone);
        tzset();
        now = now.toLocalTime(); // as QML's new Date() arrives: the device's local time
        using Moment = phishaid::JapanTimeText::Moment;
        const phishaid::JapanTimeText text;
        QCOMPARE(text.moment(Moment::HourAgo, now), hourAgo);
        QCOMPARE(text.moment(Moment::ThisMorning, now), thisMorning);
        QCOMPARE(text.moment(Moment::LastNight, now), lastNight);
    }
};

QTEST_GUILESS_MAIN(TestJapanTimeText)
#include "tst_japantimetext.moc"
