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
    explicit JapanTimeText(QObject *parent = nullptr);

    // 「2026年12月2日 9:05」 in Japan time; empty for an unknown (invalid) moment.
    Q_INVOKABLE QString dateTime(const QDateTime &at) const;
};

} // namespace phishaid
