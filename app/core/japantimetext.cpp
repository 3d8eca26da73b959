#include "japantimetext.h"

#include "incidentreport.h"

namespace phishaid {

JapanTimeText::JapanTimeText(QObject *parent)
    : QObject(parent)
{ }

QString JapanTimeText::dateTime(const QDateTime &at) const
{
    return at.isValid() ? japanTime(at) : QString();
}

} // namespace phishaid
