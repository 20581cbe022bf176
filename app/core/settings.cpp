#include "settings.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace qq {

Settings::Settings(Database &db, ChangeLog &log, const Clock &clock) : m_db(db), m_log(log), m_clock(clock) { }

QString Settings::value(const char *key, const QString &fallback) const
{
    Statement stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : fallback;
}

void Settings::setValue(const char *key, const QString &value)
{
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    m_log.append("settings", QString::fromUtf8(key), ChangeLog::Op::Update, {{"key", key}, {"value", value}},
                 m_clock.nowMs());
    tx.commit();
}

QTime Settings::closingTime() const
{
    const QString text = value("closing_time", QStringLiteral("18:30"));
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        qCWarning(lcStorage) << "setting closing_time is not HH:mm, using 18:30:" << text;
        return QTime(18, 30);
    }
    return time;
}

QTimeZone Settings::timeZone() const
{
    const QByteArray id = value("time_zone", QStringLiteral("Asia/Shanghai")).toUtf8();
    QTimeZone zone(id);
    if (!zone.isValid()) {
        qCWarning(lcStorage) << "unknown time_zone setting, using UTC+8:" << id;
        return QTimeZone(8 * 3600);
    }
    return zone;
}

int Settings::intValue(const char *key, int fallback, int min, int max) const
{
    bool ok = false;
    const int number = value(key).toInt(&ok);
    return ok && number >= min && number <= max ? number : fallback;
}

int Settings::idleSeconds() const
{
    return intValue("idle_seconds", 60, 10, 3600);
}

int Settings::countdownSeconds() const
{
    return intValue("countdown_seconds", 10, 3, 60);
}

QString Settings::schoolName() const
{
    return value("school_name");
}

} // namespace qq
