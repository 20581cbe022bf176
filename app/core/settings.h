#pragma once

#include <QHash>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace qq {

class ChangeLog;
class Clock;
class Database;

// The room's settings, shared by every kiosk of a school (so they sync).
class Settings {
public:
    Settings(Database &db, ChangeLog &log, const Clock &clock);

    QString value(const char *key, const QString &fallback = {}) const;
    void setValue(const char *key, const QString &value); // one transaction, logged
    void reload(); // after another writer (sync) changed the table

    QTime closingTime() const; // "closing_time", default 18:30
    QTimeZone timeZone() const; // "time_zone", default Asia/Shanghai
    int idleSeconds() const; // "idle_seconds", default 60
    int countdownSeconds() const; // "countdown_seconds", default 10
    QString schoolName() const; // "school_name"

private:
    int intValue(const char *key, int fallback, int min, int max) const;
    void load() const;

    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
    // Read on every tap (closing time, time zone): kept in memory.
    mutable bool m_loaded = false;
    mutable QHash<QString, QString> m_values;
    mutable QString m_zoneId;
    mutable QTimeZone m_zone;
};

} // namespace qq
