// Dates and times as the app shows them: always Japan time (Asia/Tokyo), whatever the device's zone, the
// same format as the record and the PDF (incidentreport.h japanTime()). For QML as the singleton JapanTime.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace phishaid {

class JapanTimeText : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(JapanTime)
    QML_SINGLETON

public:
    // The quick choices of できごとの日時: 1時間前, 今朝, 昨日の夜.
    enum class Moment {
        HourAgo, // an hour before now, to the 5 minutes
        ThisMorning, // 8:00 today in Japan (now, if that is earlier)
        LastNight, // 21:00 yesterday in Japan
    };
    Q_ENUM(Moment)

    explicit JapanTimeText(QObject *parent = nullptr);

    // 「2026年12月2日 9:05」 in Japan time; empty for an unknown (invalid) moment.
    Q_INVOKABLE QString dateTime(const QDateTime &at) const;

    // The moment a quick choice means, counted from `now` in Japan time whatever the device's zone.
    Q_INVOKABLE QDateTime moment(phishaid::JapanTimeText::Moment which, const QDateTime &now) const;
};

} // namespace phishaid
