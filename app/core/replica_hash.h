#pragma once

#include <QByteArray>
#include <QStringList>

namespace qq {

class Database;

// A fingerprint of everything a replica holds that sync must make equal on
// every device and the hub: the synced tables, each row in a fixed order,
// every value with its type. Device-local state (the device id, the PIN, the
// change log itself, stocktakes in progress) is left out. Two replicas with the
// same records hash the same whatever order the records arrived in; the sync
// tests compare replicas by it after faults.
namespace ReplicaHash {

// The tables compared, in the order hashed.
QStringList syncedTables();
// SHA-256, hex.
QByteArray of(Database &db);

} // namespace ReplicaHash
} // namespace qq
