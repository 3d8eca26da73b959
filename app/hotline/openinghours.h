// Whether a hotline answers at a given moment, and when it next does, from a contact's structured hours
// (content::OpeningHours) and Japan's public holidays. Always in Japan time: a phone set to UTC or to
// Los Angeles still learns whether the desk in Tokyo answers now. The moment is always a parameter, so
// the answer is deterministic and testable.
#pragma once

#include "content.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace phishaid::hotline {

// Asia/Tokyo; where the platform's time zone data lacks it, UTC+9 (Japan has no daylight saving time).
QTimeZone japanTimeZone();

class OpeningHours
{
public:
    enum class State {
        Unknown, // no structured hours: the app says they differ by desk
        Open,
        Closed,
    };

    OpeningHours() = default;
    OpeningHours(const content::OpeningHours &hours, const content::HolidayTable &holidays);

    bool isKnown() const { return m_hours.kind != content::OpeningHours::Kind::Unknown; }
    bool isAlways() const { return m_hours.kind == content::OpeningHours::Kind::Always; }

    // Unknown hours are still Closed on the line's closed days (年末年始).
    State stateAt(const QDateTime &when) const;
    // The next moment it opens after `when`, in Japan time. Invalid when open at `when`, always open, the
    // hours are unknown (on a closed day: the start of the next day that is not), or nothing opens within
    // the next 14 days.
    QDateTime nextOpening(const QDateTime &when) const;
    // When the range open at `when` ends, in Japan time; invalid when closed or always open.
    QDateTime closing(const QDateTime &when) const;

    // 「今日 9:30 から」, 「明日 9:30 から」, 「月曜 9:30 から」 (within a week), 「1月4日 9:30 から」; with unknown hours the day
    // alone, 「1月4日から」; empty with no next opening.
    QString nextOpeningText(const QDateTime &when) const;
    // 「20:00 まで」; empty when closed or always open.
    QString closingText(const QDateTime &when) const;

    // The open spans of one Japan-time day, as minutes since midnight, in order.
    QList<std::pair<int, int>> spansOn(QDate day) const;

private:
    bool isClosedDay(QDate day) const;

    content::OpeningHours m_hours;
    QSet<QDate> m_holidays;
};

} // namespace phishaid::hotline
