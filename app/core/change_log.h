#pragma once

#include "hlc.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace qq {

class Database;
class SyncSchema;

// Every write to a synced table also appends here, in the same transaction,
// so the sync work can ship changes without touching each feature again.
//
// A payload is a row image in the table's own terms: {column: value} with the
// real column names (the entity is the table), integers as numbers, text as
// strings, NULL as null and BLOBs as {"b64": "..."}. An insert holds every
// synced column, an update the columns it changed, a delete nothing.
// Device-local columns (a key's failed attempts) are never in it.
class ChangeLog {
public:
    enum class Op { Insert, Update, Delete };

    explicit ChangeLog(Database &db); // creates this device's id on first use
    ~ChangeLog();
    QString deviceId() const { return m_deviceId; }
    // The clock that stamps this device's changes (sync merges by it).
    HlcClock &clock() { return m_hlc; }
    // The synced tables as this file's schema has them (read once).
    const SyncSchema &schema();

    // Must run inside the caller's transaction, after the write. Reads the row
    // back from `table` (by its key), so the payload is what the table holds:
    // an insert logs every synced column; an update logs `columns` (a
    // whole-row table, such as the mailbox's keys, logs all of them); a delete
    // logs none and leaves a tombstone.
    void appendRow(const char *table, const QString &recordId, Op op, qint64 atMs, const QStringList &columns = {});
    // The row as `table` holds it now, every synced column (for appendChanges).
    QJsonObject rowImage(const char *table, const QString &recordId);
    // After an update: logs the columns whose values differ from `before`
    // (rowImage taken before the write); logs nothing when none did.
    void appendChanges(const char *table, const QString &recordId, const QJsonObject &before, qint64 atMs);

    // A change with a payload built by the caller (prefer appendRow). Stamped
    // with the next HLC (after every change this file holds, whatever the wall
    // clock says); the fields it names get that stamp, so a later remote change
    // of the same field merges against it.
    void append(const char *entity, const QString &recordId, Op op, const QJsonObject &payload, qint64 atMs);

private:
    Database &m_db;
    QString m_deviceId;
    HlcClock m_hlc;
    std::unique_ptr<SyncSchema> m_schema;
    QHash<QString, QByteArray> m_imageSql;
};

// Device-local key/value state that never syncs (device id, PIN, lockout).
namespace LocalState {
QString get(Database &db, const char *key, const QString &fallback = {});
void set(Database &db, const char *key, const QString &value); // inside the caller's transaction or alone
} // namespace LocalState

} // namespace qq
