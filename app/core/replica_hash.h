#pragma once

#include <QByteArray>
#include <QStringList>

namespace qq {

class Database;

// A fingerprint of everything a replica holds that sync must make equal on
// every device and the hub: the synced tables, each row in a fixed order,
// every value with its type. Device-local state (the device id, the PIN, the
// change log itself, stocktakes in progress, a key's failed attempts) is left out. Two replicas with the
// same records hash the same whatever order the records arrived in; the sync
// tests compare replicas by it after faults.
namespace ReplicaHash {

// The tables compared, in the order hashed: what sync carries.
QStringList syncedTables();
// Columns of a synced table that stay on the device (lockout counters): not
// hashed, not logged, not merged.
QStringList deviceLocalColumns(const QString &table);
// SHA-256, hex.
QByteArray of(Database &db);

} // namespace ReplicaHash
} // namespace qq
