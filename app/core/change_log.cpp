#include "change_log.h"

#include "database.h"
#include "ids.h"

#include <QJsonDocument>

namespace qq {

namespace {

QString loadDeviceId(Database &db)
{
    QString id = LocalState::get(db, "device_id");
    if (id.isEmpty()) {
        id = newId();
        LocalState::set(db, "device_id", id);
    }
    return id;
}

Hlc latestStamp(Database &db)
{
    Statement stmt = db.prepare("SELECT max(hlc) FROM change_log");
    if (stmt.step() && !stmt.isNull(0))
        if (const std::optional<Hlc> last = Hlc::parse(stmt.text(0)))
            return *last;
    return {};
}

} // namespace

ChangeLog::ChangeLog(Database &db) : m_db(db), m_deviceId(loadDeviceId(db)), m_hlc(m_deviceId, latestStamp(db))
{
}

void ChangeLog::append(const char *entity, const QString &recordId, Op op, const QJsonObject &payload, qint64 atMs)
{
    static constexpr const char *kOps[] = {"insert", "update", "delete"};
    m_db.prepare("INSERT INTO change_log (entity, record_id, op, payload, device_id, at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, entity)
        .bind(2, recordId)
        .bind(3, kOps[int(op)])
        .bind(4, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(5, m_deviceId)
        .bind(6, atMs)
        .bind(7, m_hlc.tick(atMs).toString())
        .run();
}

namespace LocalState {

QString get(Database &db, const char *key, const QString &fallback)
{
    Statement stmt = db.prepare("SELECT value FROM local_state WHERE key = ?");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : fallback;
}

void set(Database &db, const char *key, const QString &value)
{
    db.prepare("INSERT INTO local_state (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace LocalState
} // namespace qq
