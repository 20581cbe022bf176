#include "local_time.h"

namespace qq {

QDateTime toLocal(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone);
}

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return toLocal(ms, zone).date();
}

qint64 localMs(QDate date, QTime time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

qint64 dayStartMs(QDate date, const QTimeZone &zone)
{
    return localMs(date, QTime(0, 0), zone);
}

bool isBirthday(QDate birthDate, QDate today)
{
    if (!birthDate.isValid() || !today.isValid())
        return false;
    if (birthDate.month() == 2 && birthDate.day() == 29 && !QDate::isLeapYear(today.year()))
        return today.month() == 2 && today.day() == 28;
    return birthDate.month() == today.month() && birthDate.day() == today.day();
}

} // namespace qq
