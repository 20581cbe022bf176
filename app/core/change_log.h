#pragma once

#include <QJsonObject>
#include <QString>

namespace qq {

class Database;

// Every write to a synced table also appends here, in the same transaction,
// so the sync work can ship changes without touching each feature again.
class ChangeLog {
public:
    enum class Op { Insert, Update, Delete };

    explicit ChangeLog(Database &db); // creates this device's id on first use
    QString deviceId() const { return m_deviceId; }

    // Must run inside the caller's transaction.
    void append(const char *entity, const QString &recordId, Op op, const QJsonObject &payload, qint64 atMs);

private:
    Database &m_db;
    QString m_deviceId;
};

// Device-local key/value state that never syncs (device id, PIN, lockout).
namespace LocalState {
QString get(Database &db, const char *key, const QString &fallback = {});
void set(Database &db, const char *key, const QString &value); // inside the caller's transaction or alone
} // namespace LocalState

} // namespace qq
