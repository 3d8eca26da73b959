#include "japantimetext.h"

#include "incidentreport.h"

#include <QTimeZone>

namespace phishaid {

JapanTimeText::JapanTimeText(QObject *parent)
    : QObject(parent)
{ }

QString JapanTimeText::dateTime(const QDateTime &at) const
{
    return at.isValid() ? japanTime(at) : QString();
}

QDateTime JapanTimeText::moment(Moment which, const QDateTime &now) const
{
    const QDateTime here = now.toTimeZone(QTimeZone("Asia/Tokyo"));
    switch (which) {
    case Moment::HourAgo: {
        const QDateTime hourAgo = here.addSecs(-3600);
        const QTime time = hourAgo.time();
        return QDateTime(hourAgo.date(), QTime(time.hour(), time.minute() - time.minute() % 5), hourAgo.timeZone());
    }
    case Moment::ThisMorning:
        return std::min(QDateTime(here.date(), QTime(8, 0), here.timeZone()), here);
    case Moment::LastNight:
        return QDateTime(here.date().addDays(-1), QTime(21, 0), here.timeZone());
    }
    return here;
}

} // namespace phishaid
