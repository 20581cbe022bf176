#include "replica_hash.h"

#include "database.h"

#include <QCryptographicHash>

namespace qq::ReplicaHash {

QStringList syncedTables()
{
    return {QStringLiteral("settings"),    QStringLiteral("classes"),         QStringLiteral("children"),
            QStringLiteral("contacts"),    QStringLiteral("visits"),          QStringLiteral("moods"),
            QStringLiteral("book_titles"), QStringLiteral("book_copies"),     QStringLiteral("loans"),
            QStringLiteral("call_places"), QStringLiteral("room_hours"),      QStringLiteral("contact_windows"),
            QStringLiteral("call_bookings"), QStringLiteral("letters"),       QStringLiteral("letter_replies")};
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
        // Every column, in the table's own order; rows ordered by all of them.
        Statement columns = db.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table).toUtf8());
        columns.step();
        const int count = int(columns.int64(0));
        columns.reset();
        QStringList order;
        for (int i = 1; i <= count; ++i)
            order << QString::number(i);
        Statement rows = db.prepare(
            QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QLatin1Char(','))).toUtf8());
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
