#include "openinghours.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid::hotline {

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int LookAheadDays = 14; // longer than any closure: 年末年始 plus a holiday run

int minuteOfDay(const QDateTime &japanTime)
{
    return japanTime.time().msecsSinceStartOfDay() / 60000;
}

QDateTime at(QDate day, int minutes)
{
    // 24:00 is the next day's midnight; QTime has no 24:00.
    return QDateTime(day.addDays(minutes / MinutesPerDay), QTime::fromMSecsSinceStartOfDay((minutes % MinutesPerDay) * 60000), japanTimeZone());
}

// "9:30": no leading zero on the hour, as a clock in Japan reads.
QString clock(const QDateTime &japanTime, bool endOfDay)
{
    const int minutes = endOfDay ? MinutesPerDay : minuteOfDay(japanTime);
    return QString::number(minutes / 60) % u':' % QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("OpeningHours", text);
}

// 今日, 明日, the weekday within a week, otherwise the date.
QString dayName(QDate day, QDate today)
{
    const qint64 days = today.daysTo(day);
    if (days == 0) {
        return tr("今日");
    }
    if (days == 1) {
        return tr("明日");
    }
    if (days > 1 && days < 7) {
        static const char *const weekdays[] = {
            QT_TRANSLATE_NOOP("OpeningHours", "月曜"),
            QT_TRANSLATE_NOOP("OpeningHours", "火曜"),
            QT_TRANSLATE_NOOP("OpeningHours", "水曜"),
            QT_TRANSLATE_NOOP("OpeningHours", "木曜"),
            QT_TRANSLATE_NOOP("OpeningHours", "金曜"),
            QT_TRANSLATE_NOOP("OpeningHours", "土曜"),
            QT_TRANSLATE_NOOP("OpeningHours", "日曜"),
        };
        return tr(weekdays[day.dayOfWeek() - 1]);
    }
    return tr("%1月%2日").arg(day.month()).arg(day.day());
}

} // namespace

QTimeZone japanTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        return tokyo.isValid() ? tokyo : QTimeZone(9 * 3600);
    }();
    return zone;
}

OpeningHours::OpeningHours(const content::OpeningHours &hours, const content::HolidayTable &holidays)
    : m_hours(hours)
{
    for (const content::Holiday &holiday : holidays.days) {
        m_holidays.insert(holiday.date);
    }
}

QList<std::pair<int, int>> OpeningHours::spansOn(QDate day) const
{
    using Kind = content::OpeningHours::Kind;
    if (m_hours.kind == Kind::Always) {
        return { { 0, MinutesPerDay } };
    }
    if (m_hours.kind == Kind::Unknown || m_hours.closed.contains(day.toString(u"MM-dd"_s))) {
        return {};
    }
    // A holiday follows the ranges that name it, not those of its weekday.
    const content::OpeningDay kind = m_holidays.contains(day) ? content::OpeningDay::Holiday : content::OpeningDay(day.dayOfWeek());
    QList<std::pair<int, int>> spans;
    for (const content::OpeningRange &range : m_hours.ranges) {
        if (range.days.contains(kind)) {
            spans.append({ range.from, range.to });
        }
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

bool OpeningHours::isClosedDay(QDate day) const
{
    return m_hours.closed.contains(day.toString(u"MM-dd"_s));
}

OpeningHours::State OpeningHours::stateAt(const QDateTime &when) const
{
    const QDateTime local = when.toTimeZone(japanTimeZone());
    if (!isKnown()) {
        // Hours that differ by desk are still all closed on the days the whole line closes (年末年始).
        return isClosedDay(local.date()) ? State::Closed : State::Unknown;
    }
    const int minute = minuteOfDay(local);
    for (const auto &[from, to] : spansOn(local.date())) {
        if (from <= minute && minute < to) {
            return State::Open;
        }
    }
    return State::Closed;
}

QDateTime OpeningHours::nextOpening(const QDateTime &when) const
{
    if (stateAt(when) != State::Closed) {
        return {};
    }
    const QDateTime local = when.toTimeZone(japanTimeZone());
    const int minute = minuteOfDay(local);
    for (int offset = 0; offset <= LookAheadDays; ++offset) {
        const QDate day = local.date().addDays(offset);
        if (!isKnown()) {
            // The hours of the day are unknown: the day it opens again, from its start.
            if (!isClosedDay(day)) {
                return at(day, 0);
            }
            continue;
        }
        for (const auto &[from, to] : spansOn(day)) {
            if (offset > 0 || from > minute) {
                return at(day, from);
            }
        }
    }
    return {};
}

QDateTime OpeningHours::closing(const QDateTime &when) const
{
    if (isAlways() || stateAt(when) != State::Open) {
        return {};
    }
    const QDateTime local = when.toTimeZone(japanTimeZone());
    QDate day = local.date();
    int end = minuteOfDay(local);
    for (int step = 0; step <= LookAheadDays; ++step) {
        // Spans that meet (12:00-13:00 after 9:00-12:00) are one stretch of answering.
        for (bool extended = true; extended;) {
            extended = false;
            for (const auto &[from, to] : spansOn(day)) {
                if (from <= end && end < to) {
                    end = to;
                    extended = true;
                }
            }
        }
        if (end < MinutesPerDay) {
            return at(day, end);
        }
        // Open until midnight: it goes on only if the next day opens at 00:00.
        const QList<std::pair<int, int>> next = spansOn(day.addDays(1));
        if (next.isEmpty() || next.constFirst().first != 0) {
            return at(day, MinutesPerDay);
        }
        day = day.addDays(1);
        end = 0;
    }
    return {};
}

QString OpeningHours::nextOpeningText(const QDateTime &when) const
{
    const QDateTime next = nextOpening(when);
    if (!next.isValid()) {
        return {};
    }
    const QDate today = when.toTimeZone(japanTimeZone()).date();
    if (!isKnown()) {
        return tr("%1から").arg(dayName(next.date(), today)); // the day only: its hours differ by desk
    }
    return tr("%1 %2 から").arg(dayName(next.date(), today), clock(next, false));
}

QString OpeningHours::closingText(const QDateTime &when) const
{
    const QDateTime end = closing(when);
    if (!end.isValid()) {
        return {};
    }
    const QDate today = when.toTimeZone(japanTimeZone()).date();
    // Closing at midnight reads "24:00", not "明日 0:00".
    const bool midnight = end.time() == QTime(0, 0) && today.daysTo(end.date()) == 1;
    if (midnight) {
        return tr("%1 まで").arg(clock(end, true));
    }
    const QString day = today == end.date() ? QString() : dayName(end.date(), today) % u' ';
    return tr("%1%2 まで").arg(day, clock(end, false));
}

} // namespace phishaid::hotline
