#pragma once

#include "change_feed.h"

#include <QCryptographicHash>

#include <algorithm>

namespace qq {

// A fingerprint of a set of changes, whatever order they are held in: the
// hub's and every kiosk's change logs must hold the same set after a sync
// (nothing lost, nothing doubled). Hex SHA-256 over the rows sorted by stamp.
inline QByteArray changeSetDigest(QList<ChangeRow> rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const ChangeRow &a, const ChangeRow &b) { return a.hlc.toString() < b.hlc.toString(); });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ChangeRow &row : rows) {
        for (const QByteArray &field : {row.hlc.toString().toUtf8(), row.entity.toUtf8(), row.recordId.toUtf8(),
                                        row.op.toUtf8(), row.payload, QByteArray::number(row.atMs)}) {
            const quint64 size = quint64(field.size());
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
            hash.addData(field);
        }
    }
    return hash.result().toHex();
}

} // namespace qq
