#include "replica_hash.h"

#include "database.h"

#include <QCryptographicHash>

namespace qq::ReplicaHash {

QStringList syncedTables()
{
    return {QStringLiteral("settings"),      QStringLiteral("classes"),      QStringLiteral("children"),
            QStringLiteral("contacts"),      QStringLiteral("visits"),       QStringLiteral("moods"),
            QStringLiteral("book_titles"),   QStringLiteral("book_copies"),  QStringLiteral("loans"),
            QStringLiteral("call_places"),   QStringLiteral("room_hours"),   QStringLiteral("contact_windows"),
            QStringLiteral("call_bookings"), QStringLiteral("mailbox_keys"), QStringLiteral("letters"),
            QStringLiteral("letter_replies"), QStringLiteral("guardian_consents")};
    // child_keys stays on the kiosk where the child chose pictures: its locked
    // secret key must never reach a hub or another disk (504 codes to try).
}

QStringList deviceLocalColumns(const QString &table)
{
    // Wrong passphrases and picture codes are counted where they were typed:
    // a lockout on one kiosk must not lock (or unlock) another.
    if (table == QLatin1String("mailbox_keys") || table == QLatin1String("child_keys"))
        return {QStringLiteral("failures"), QStringLiteral("locked_until")};
    return {};
}

QByteArray of(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto addSized = [&](const QByteArray &bytes) {
        const quint64 size = quint64(bytes.size());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(bytes);
    };
    for (const QString &table : syncedTables()) {
        addSized(table.toUtf8());
        // Every synced column, in the table's own order; rows ordered by all of them.
        const QStringList local = deviceLocalColumns(table);
        QByteArrayList columns;
        {
            Statement info = db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
            info.bind(1, table);
            while (info.step())
                if (!local.contains(info.text(0)))
                    columns << '"' + info.text(0).toUtf8() + '"';
        }
        const int count = int(columns.size());
        QByteArrayList order;
        for (int i = 1; i <= count; ++i)
            order << QByteArray::number(i);
        Statement rows =
            db.prepare("SELECT " + columns.join(',') + " FROM \"" + table.toUtf8() + "\" ORDER BY " + order.join(','));
        // Each value as SQLite gives its bytes, with its length; NULL apart.
        while (rows.step()) {
            QByteArray row;
            for (int i = 0; i < count; ++i) {
                if (rows.isNull(i)) {
                    row += 'N';
                    continue;
                }
                const QByteArray value = rows.blob(i);
                row += 'V';
                const quint64 size = quint64(value.size());
                row.append(reinterpret_cast<const char *>(&size), sizeof size);
                row += value;
            }
            addSized(row);
        }
    }
    return hash.result().toHex();
}

} // namespace qq::ReplicaHash
