#pragma once

#include "change_feed.h"

#include <QList>
#include <QString>

#include <optional>

namespace qq {

// Sync without a network: change chunks in a file carried on a USB stick,
// one encoded chunk per line. Reading is as strict as the wire (each line is
// a chunk ChangeFeed::decode accepts) and all or nothing: a truncated or
// damaged file is refused whole with the line it failed on. Storing chunks is
// idempotent, so a bundle imported twice, or overlapping a network sync,
// changes nothing the second time.
namespace SyncBundle {

inline constexpr const char *kSuffix = ".qqsync";

// Through QSaveFile: a stick pulled out mid-write leaves the old file or none.
bool write(const QString &path, const QList<ChangeBatch> &chunks, QString *error);
std::optional<QList<ChangeBatch>> read(const QString &path, QString *error);

} // namespace SyncBundle
} // namespace qq
