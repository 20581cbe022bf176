#include "key_guard.h"

#include "hub_store.h"
#include "mailbox_trust.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace qq::hub {

namespace {
QByteArray signerOf(const QByteArray &payload)
{
    return MailboxTrust::signerOf(QJsonDocument::fromJson(payload).object());
}
} // namespace

ScreenedRows screenKeyRows(HubStore &store, const QString &schoolId, const QList<ChangeRow> &rows)
{
    ScreenedRows screened;
    std::optional<QByteArray> pinned; // looked up once, only when a key row comes
    for (const ChangeRow &row : rows) {
        bool keep = true;
        if (row.entity == QLatin1String("child_keys")) {
            keep = false;
        } else if (row.entity == QLatin1String("mailbox_keys")) {
            const QByteArray signer = row.op == QLatin1String("delete") ? QByteArray() : signerOf(row.payload);
            if (!pinned) {
                pinned = QByteArray();
                for (const QByteArray &payload : store.payloadsOf(schoolId, row.entity))
                    if (const QByteArray earlier = signerOf(payload); !earlier.isEmpty()) {
                        pinned = earlier;
                        break;
                    }
            }
            keep = !signer.isEmpty() && (pinned->isEmpty() || signer == *pinned);
            if (keep && pinned->isEmpty())
                pinned = signer; // the first signed row of this chunk pins the rest
        }
        if (keep)
            screened.kept.append(row);
        else
            ++screened.refused;
    }
    if (screened.refused)
        std::fprintf(stderr,
                     "qinqing-hub: refused %d key row(s) for school %s (unsigned, another identity, or a "
                     "delete)\n",
                     screened.refused, schoolId.toLocal8Bit().constData());
    return screened;
}

} // namespace qq::hub
