#include "sync_bundle.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace qq::SyncBundle {

namespace {
// A school's whole history fits many times over; a stray huge file is refused before it is read.
constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr const char *kMagic = "qinqing-sync-bundle 1";
} // namespace

bool write(const QString &path, const QList<ChangeBatch> &chunks, QString *error)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) && file.write(kMagic) >= 0 && file.write("\n") == 1;
    for (const ChangeBatch &chunk : chunks) {
        if (!ok)
            break;
        const QByteArray line = ChangeFeed::encode(chunk) + '\n';
        ok = file.write(line) == line.size();
    }
    ok = ok && file.commit();
    if (!ok && error)
        *error = QCoreApplication::translate("SyncBundle", "Could not write %1: %2").arg(path, file.errorString());
    return ok;
}

std::optional<QList<ChangeBatch>> read(const QString &path, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<QList<ChangeBatch>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("SyncBundle", "Could not open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return refuse(QCoreApplication::translate("SyncBundle", "%1 is too large to be a sync file.").arg(path));
    if (file.readLine(64).trimmed() != kMagic)
        return refuse(QCoreApplication::translate("SyncBundle", "%1 is not a Qinqing sync file.").arg(path));
    QList<ChangeBatch> chunks;
    int lineNumber = 1;
    while (!file.atEnd()) {
        ++lineNumber;
        QByteArray line = file.readLine(ChangeFeed::kMaxBytes + 2);
        if (!line.endsWith('\n'))
            return refuse(QCoreApplication::translate("SyncBundle", "%1 is cut short at line %2: copy it again.")
                              .arg(path)
                              .arg(lineNumber));
        line.chop(1);
        QString why;
        std::optional<ChangeBatch> chunk = ChangeFeed::decode(line, &why);
        if (!chunk)
            return refuse(QCoreApplication::translate("SyncBundle", "%1 is damaged at line %2 (%3): copy it again.")
                              .arg(path)
                              .arg(lineNumber)
                              .arg(why));
        chunks.append(std::move(*chunk));
    }
    return chunks;
}

} // namespace qq::SyncBundle
