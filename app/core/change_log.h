#pragma once

#include "hlc.h"

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
    // The clock that stamps this device's changes (sync merges by it).
    HlcClock &clock() { return m_hlc; }

    // Must run inside the caller's transaction. Stamped with the next HLC
    // (after every change this file holds, whatever the wall clock says).
    void append(const char *entity, const QString &recordId, Op op, const QJsonObject &payload, qint64 atMs);

private:
    Database &m_db;
    QString m_deviceId;
    HlcClock m_hlc;
};

// Device-local key/value state that never syncs (device id, PIN, lockout).
namespace LocalState {
QString get(Database &db, const char *key, const QString &fallback = {});
void set(Database &db, const char *key, const QString &value); // inside the caller's transaction or alone
} // namespace LocalState

} // namespace qq
