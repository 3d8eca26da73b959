// Opening hours in Japan time: the edges of each range, public holidays, a 24-hour line, closed days, the
// next opening as text, and the same answers on a device set to UTC or to Los Angeles.
#include "openinghours.h"
#include "validator.h"

#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace phishaid::content;
using phishaid::hotline::japanTimeZone;
using State = phishaid::hotline::OpeningHours::State;

namespace {

// Japan time, written the way a person reads a clock in Tokyo.
QDateTime tokyo(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), japanTimeZone());
}

OpeningRange range(QList<OpeningDay> days, int from, int to)
{
    return { days, from, to, {} };
}

const QList<OpeningDay> Weekdays { OpeningDay::Monday, OpeningDay::Tuesday, OpeningDay::Wednesday, OpeningDay::Thursday, OpeningDay::Friday };

// マイナンバー総合フリーダイヤル: weekdays 9:30-20:00; weekends and holidays 9:30-17:30.
phishaid::hotline::OpeningHours myNumberLine(const HolidayTable &holidays)
{
    OpeningHours hours;
    hours.kind = OpeningHours::Kind::Ranges;
    hours.ranges
        = { range(Weekdays, 9 * 60 + 30, 20 * 60), range({ OpeningDay::Saturday, OpeningDay::Sunday, OpeningDay::Holiday }, 9 * 60 + 30, 17 * 60 + 30) };
    return { hours, holidays };
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private:
    HolidayTable m_holidays;

    void setDeviceZone(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The real table, as the app carries it.
        Content content;
        QVERIFY(readAndValidate({ QStringLiteral(PHISHAID_SOURCE_DIR "/content") }, &content).isEmpty());
        m_holidays = content.holidays;
        QVERIFY(m_holidays.contains(QDate(2026, 9, 21))); // 敬老の日, a Monday
        QVERIFY(japanTimeZone().isValid());
        QCOMPARE(japanTimeZone().offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)), 9 * 3600);
    }

    void cleanup()
    {
        qunsetenv("TZ");
        tzset();
    }

    void weekdayEdges_data()
    {
        QTest::addColumn<QByteArray>("deviceZone");
        QTest::newRow("device in Tokyo") << QByteArray("Asia/Tokyo");
        QTest::newRow("device in UTC") << QByteArray("UTC");
        QTest::newRow("device in Los Angeles") << QByteArray("America/Los_Angeles");
    }

    // Tuesday 2026-11-24 (not a holiday): 9:29 closed, 9:30 open, 19:59 open, 20:00 closed.
    void weekdayEdges()
    {
        QFETCH(QByteArray, deviceZone);
        setDeviceZone(deviceZone.constData());
        const auto hours = myNumberLine(m_holidays);

        QCOMPARE(hours.stateAt(tokyo(2026, 11, 24, 9, 29)), State::Closed);
        QCOMPARE(hours.nextOpeningText(tokyo(2026, 11, 24, 9, 29)), u"今日 9:30 から"_s);
        QCOMPARE(hours.stateAt(tokyo(2026, 11, 24, 9, 30)), State::Open);
        QCOMPARE(hours.closingText(tokyo(2026, 11, 24, 9, 30)), u"20:00 まで"_s);
        QCOMPARE(hours.stateAt(tokyo(2026, 11, 24, 19, 59)), State::Open);
        QCOMPARE(hours.stateAt(tokyo(2026, 11, 24, 20, 0)), State::Closed);
        QCOMPARE(hours.nextOpeningText(tokyo(2026, 11, 24, 20, 0)), u"明日 9:30 から"_s);
        QCOMPARE(hours.nextOpening(tokyo(2026, 11, 24, 20, 0)), tokyo(2026, 11, 25, 9, 30));

        // The same instant written in UTC: 2026-11-24 10:59 UTC is 19:59 in Tokyo.
        QCOMPARE(hours.stateAt(QDateTime(QDate(2026, 11, 24), QTime(10, 59), Qt::UTC)), State::Open);
        QCOMPARE(hours.stateAt(QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC)), State::Closed);
        // And in the device's own local time, whatever it is.
        const QDateTime local = tokyo(2026, 11, 24, 19, 59).toLocalTime();
        QCOMPARE(hours.stateAt(local), State::Open);
        QCOMPARE(hours.stateAt(local.addSecs(60)), State::Closed);
    }

    // In Los Angeles it is still Monday evening when Tuesday morning starts in Tokyo: "today" is Tokyo's.
    void dayNamesFollowJapan()
    {
        setDeviceZone("America/Los_Angeles");
        const auto hours = myNumberLine(m_holidays);
        const QDateTime losAngelesMonday = QDateTime(QDate(2026, 11, 23), QTime(16, 0), QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
        QCOMPARE(losAngelesMonday.toTimeZone(japanTimeZone()), tokyo(2026, 11, 24, 9, 0));
        QCOMPARE(hours.nextOpeningText(losAngelesMonday), u"今日 9:30 から"_s);
    }

    void publicHoliday()
    {
        const auto hours = myNumberLine(m_holidays);
        // 敬老の日 (Monday 2026-09-21): the holiday hours, 9:30-17:30, not the weekday's 20:00.
        QCOMPARE(hours.stateAt(tokyo(2026, 9, 21, 17, 29)), State::Open);
        QCOMPARE(hours.closingText(tokyo(2026, 9, 21, 12, 0)), u"17:30 まで"_s);
        QCOMPARE(hours.stateAt(tokyo(2026, 9, 21, 17, 30)), State::Closed);
        QCOMPARE(hours.stateAt(tokyo(2026, 9, 21, 19, 0)), State::Closed);
        // An ordinary Monday keeps the weekday hours.
        QCOMPARE(hours.stateAt(tokyo(2026, 9, 28, 19, 0)), State::Open);

        // #9110: weekdays only, so closed on a holiday and through the Silver Week run (21, 22, 23 Sept).
        OpeningHours weekdaysOnly;
        weekdaysOnly.kind = OpeningHours::Kind::Ranges;
        weekdaysOnly.ranges = { range(Weekdays, 8 * 60 + 30, 17 * 60 + 15) };
        const phishaid::hotline::OpeningHours police(weekdaysOnly, m_holidays);
        QCOMPARE(police.stateAt(tokyo(2026, 9, 22, 10, 0)), State::Closed);
        QCOMPARE(police.nextOpening(tokyo(2026, 9, 19, 10, 0)), tokyo(2026, 9, 24, 8, 30));
        QCOMPARE(police.nextOpeningText(tokyo(2026, 9, 19, 10, 0)), u"木曜 8:30 から"_s);
        // Friday evening: Monday.
        QCOMPARE(police.nextOpeningText(tokyo(2026, 11, 27, 18, 0)), u"月曜 8:30 から"_s);
        // Friday 2026-11-20 evening, with 勤労感謝の日 on Monday the 23rd: Tuesday.
        QCOMPARE(police.nextOpeningText(tokyo(2026, 11, 20, 18, 0)), u"火曜 8:30 から"_s);
    }

    void twentyFourHours()
    {
        OpeningHours always;
        always.kind = OpeningHours::Kind::Always;
        const phishaid::hotline::OpeningHours police(always, m_holidays);
        QVERIFY(police.isAlways());
        for (const QDateTime &when : { tokyo(2026, 1, 1, 0, 0), tokyo(2026, 11, 24, 3, 0), tokyo(2026, 12, 31, 23, 59) }) {
            QCOMPARE(police.stateAt(when), State::Open);
            QVERIFY(!police.nextOpening(when).isValid());
            QVERIFY(police.closingText(when).isEmpty());
        }
    }

    void unknownHours()
    {
        const phishaid::hotline::OpeningHours unknown(OpeningHours {}, m_holidays);
        QVERIFY(!unknown.isKnown());
        QCOMPARE(unknown.stateAt(tokyo(2026, 11, 24, 12, 0)), State::Unknown);
        QVERIFY(unknown.nextOpeningText(tokyo(2026, 11, 24, 12, 0)).isEmpty());
    }

    // 188: hours that differ by desk, but the whole line is closed over 年末年始 (12/29-1/3).
    void unknownHoursWithClosedDays()
    {
        OpeningHours hours;
        hours.closed = { u"12-29"_s, u"12-30"_s, u"12-31"_s, u"01-01"_s, u"01-02"_s, u"01-03"_s };
        const phishaid::hotline::OpeningHours line(hours, m_holidays);
        QCOMPARE(line.stateAt(tokyo(2026, 12, 28, 23, 59)), State::Unknown);
        QCOMPARE(line.stateAt(tokyo(2026, 12, 29, 0, 0)), State::Closed);
        QCOMPARE(line.stateAt(tokyo(2027, 1, 3, 23, 59)), State::Closed);
        QCOMPARE(line.stateAt(tokyo(2027, 1, 4, 0, 0)), State::Unknown);
        // The day it answers again, without a time it cannot know.
        QCOMPARE(line.nextOpening(tokyo(2026, 12, 30, 10, 0)), tokyo(2027, 1, 4, 0, 0));
        QCOMPARE(line.nextOpeningText(tokyo(2026, 12, 30, 10, 0)), u"月曜から"_s);
        QCOMPARE(line.nextOpeningText(tokyo(2026, 12, 28, 10, 0)), QString()); // not closed: nothing to wait for
        QCOMPARE(line.nextOpeningText(tokyo(2027, 1, 3, 10, 0)), u"明日から"_s);
    }

    void closedDaysAndLongGaps()
    {
        OpeningHours hours;
        hours.kind = OpeningHours::Kind::Ranges;
        hours.ranges = { range(Weekdays, 9 * 60, 17 * 60) };
        hours.closed = { u"12-29"_s, u"12-30"_s, u"12-31"_s, u"01-02"_s, u"01-03"_s };
        const phishaid::hotline::OpeningHours office(hours, m_holidays);
        // Monday 2026-12-28 evening: closed through 年末年始 and 元日 to Monday 2027-01-04, over a week away.
        QCOMPARE(office.stateAt(tokyo(2026, 12, 29, 10, 0)), State::Closed);
        QCOMPARE(office.nextOpening(tokyo(2026, 12, 28, 18, 0)), tokyo(2027, 1, 4, 9, 0));
        QCOMPARE(office.nextOpeningText(tokyo(2026, 12, 28, 18, 0)), u"1月4日 9:00 から"_s);
    }

    // A lunch break, and ranges that meet at midnight.
    void splitAndJoinedRanges()
    {
        OpeningHours hours;
        hours.kind = OpeningHours::Kind::Ranges;
        hours.ranges = { range(Weekdays, 9 * 60, 12 * 60), range(Weekdays, 13 * 60, 17 * 60) };
        const phishaid::hotline::OpeningHours lunch(hours, m_holidays);
        QCOMPARE(lunch.closingText(tokyo(2026, 11, 24, 10, 0)), u"12:00 まで"_s);
        QCOMPARE(lunch.stateAt(tokyo(2026, 11, 24, 12, 30)), State::Closed);
        QCOMPARE(lunch.nextOpeningText(tokyo(2026, 11, 24, 12, 30)), u"今日 13:00 から"_s);

        hours.ranges = { range({ OpeningDay::Friday }, 18 * 60, 24 * 60), range({ OpeningDay::Saturday }, 0, 2 * 60) };
        const phishaid::hotline::OpeningHours late(hours, m_holidays);
        QCOMPARE(late.stateAt(tokyo(2026, 11, 27, 23, 59)), State::Open);
        QCOMPARE(late.closing(tokyo(2026, 11, 27, 20, 0)), tokyo(2026, 11, 28, 2, 0));
        QCOMPARE(late.closingText(tokyo(2026, 11, 27, 20, 0)), u"明日 2:00 まで"_s);
        hours.ranges = { range({ OpeningDay::Friday }, 18 * 60, 24 * 60) };
        const phishaid::hotline::OpeningHours midnight(hours, m_holidays);
        QCOMPARE(midnight.closingText(tokyo(2026, 11, 27, 20, 0)), u"24:00 まで"_s);
        QCOMPARE(midnight.stateAt(tokyo(2026, 11, 28, 0, 0)), State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
