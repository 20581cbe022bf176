#pragma once

#include "hlc.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace qq {

class ChangeLog;
class Database;

// One change as it travels: what the change log holds, with its stamp.
struct ChangeRow {
    Hlc hlc;
    QString entity;
    QString recordId;
    QString op; // "insert", "update", "delete"
    QByteArray payload; // compact JSON object, as logged
    qint64 atMs = 0; // the origin's wall clock: shown, never used to order
    friend bool operator==(const ChangeRow &, const ChangeRow &) = default;
};

// A chunk of changes between a kiosk and the hub (or on a USB stick): the
// sender's device, the rows in stamp order, and the stamp to resume after.
struct ChangeBatch {
    QString deviceId;
    QList<ChangeRow> rows;
    // Pulls only: the hub's position after these rows, and whether more wait.
    QString cursor;
    bool more = false;
    // The hub's clock when it sent a pull chunk (0: not said). A kiosk whose
    // own clock is behind (a flat battery) measures "far ahead" from it.
    qint64 senderTimeMs = 0;
    friend bool operator==(const ChangeBatch &, const ChangeBatch &) = default;
};

// Reading the change log in chunks, and the wire format of a chunk. The
// decoder is strict and bounded: anything malformed, oversized or out of
// order is refused whole with a reason, never half-read.
namespace ChangeFeed {

inline constexpr int kMaxRows = 5000;
inline constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kMaxPayloadBytes = 2 * 1024 * 1024;

// Rows stamped after `after` (empty: from the start), oldest first, at most
// `limit`; only those made on `device` when it is given (what a kiosk pushes).
QList<ChangeRow> read(Database &db, const QString &after, int limit, const QString &device = {});

// Keeps a received chunk in this replica's change log, in one transaction:
// rows already here (by stamp) are skipped, so a retried or duplicated chunk
// changes nothing; each new row is merged into its table (ChangeApply: field
// by field, the greater stamp wins); this device's clock moves past every
// stamp seen. Returns how many rows were new. `alsoInTransaction` runs before the commit (a pull
// moves its cursor there, so the cursor and the rows commit together).
int store(Database &db, ChangeLog &log, const ChangeBatch &batch, qint64 nowMs,
          const std::function<void()> &alsoInTransaction = {});

QByteArray encode(const ChangeBatch &batch);
std::optional<ChangeBatch> decode(const QByteArray &bytes, QString *error);

} // namespace ChangeFeed
} // namespace qq
