#include "settings.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace qq {

Settings::Settings(Database &db, ChangeLog &log, const Clock &clock) : m_db(db), m_log(log), m_clock(clock) { }

void Settings::load() const
{
    if (m_loaded)
        return;
    m_values.clear();
    Statement stmt = m_db.prepare("SELECT key, value FROM settings");
    while (stmt.step())
        m_values.insert(stmt.text(0), stmt.text(1));
    m_loaded = true;
}

void Settings::reload()
{
    m_loaded = false;
}

QString Settings::value(const char *key, const QString &fallback) const
{
    load();
    return m_values.value(QString::fromUtf8(key), fallback);
}

void Settings::setValue(const char *key, const QString &value)
{
    Transaction tx(m_db);
    Statement known = m_db.prepare("SELECT 1 FROM settings WHERE key = ?");
    const bool isNew = !known.bind(1, key).step();
    known.reset();
    m_db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    m_log.appendRow("settings", QString::fromUtf8(key), isNew ? ChangeLog::Op::Insert : ChangeLog::Op::Update,
                    m_clock.nowMs(), {"value"});
    tx.commit();
    // Inside an outer transaction the commit is the caller's: read again later.
    m_loaded = m_loaded && !m_db.inTransaction();
    if (m_loaded)
        m_values.insert(QString::fromUtf8(key), value);
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
    const QString id = value("time_zone", QStringLiteral("Asia/Shanghai"));
    if (id != m_zoneId || !m_zone.isValid()) {
        m_zoneId = id;
        m_zone = QTimeZone(id.toUtf8());
        if (!m_zone.isValid()) {
            qCWarning(lcStorage) << "unknown time_zone setting, using UTC+8:" << id;
            m_zone = QTimeZone(8 * 3600);
        }
    }
    return m_zone;
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
