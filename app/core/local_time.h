#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace qq {

// Times are stored as UTC milliseconds; days, closing time and birthdays are
// the room's local ones.
QDateTime toLocal(qint64 ms, const QTimeZone &zone);
QDate localDate(qint64 ms, const QTimeZone &zone);
qint64 localMs(QDate date, QTime time, const QTimeZone &zone);
qint64 dayStartMs(QDate date, const QTimeZone &zone);

// 29 February birthdays are celebrated on 28 February in other years.
bool isBirthday(QDate birthDate, QDate today);

} // namespace qq
