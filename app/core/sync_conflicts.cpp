#include "sync_conflicts.h"

#include "database.h"
#include "local_time.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace qq::SyncConflicts {
namespace {

struct Row {
    QString shared;
    QString id;
    QStringList details;
};

// Rows ordered by what they share, then id: each run of two or more is one conflict.
void collect(Database &db, const char *sql, SyncConflict::Kind kind, const char *entity,
             const std::function<QString(const Row &first, int count)> &reason, QList<SyncConflict> &into)
{
    QList<Row> rows;
    Statement stmt = db.prepare(sql);
    while (stmt.step()) {
        Row row{stmt.text(0), stmt.text(1), {}};
        for (int i = 2; i < 5; ++i)
            row.details << stmt.text(i);
        rows.append(row);
    }
    for (qsizetype start = 0; start < rows.size();) {
        qsizetype end = start + 1;
        while (end < rows.size() && rows.at(end).shared == rows.at(start).shared)
            ++end;
        if (end - start > 1) {
            SyncConflict conflict;
            conflict.kind = kind;
            conflict.entity = QString::fromUtf8(entity);
            conflict.shared = rows.at(start).shared;
            for (qsizetype i = start; i < end; ++i)
                conflict.recordIds << rows.at(i).id;
            conflict.reason = reason(rows.at(start), int(end - start));
            into.append(conflict);
        }
        start = end;
    }
}

} // namespace

QList<SyncConflict> list(Database &db)
{
    QList<SyncConflict> conflicts;
    ReadTransaction snapshot(db);
    collect(
        db,
        "SELECT l.copy_id, l.id, c.barcode, t.title, '' FROM loans l "
        "LEFT JOIN book_copies c ON c.id = l.copy_id LEFT JOIN book_titles t ON t.id = c.title_id "
        "WHERE l.ended_at IS NULL AND l.copy_id IN "
        "(SELECT copy_id FROM loans WHERE ended_at IS NULL GROUP BY copy_id HAVING count(*) > 1) "
        "ORDER BY l.copy_id, l.id",
        SyncConflict::Kind::CopyLentTwice, "loans",
        [](const Row &row, int count) {
            return QCoreApplication::translate("SyncConflicts", "“%1” (sticker %2) is lent to %3 children at once.")
                .arg(row.details.at(1), row.details.at(0))
                .arg(count);
        },
        conflicts);

    Statement zoneSetting = db.prepare("SELECT value FROM settings WHERE key = 'time_zone'");
    QTimeZone zone(zoneSetting.step() ? zoneSetting.text(0).toUtf8() : QByteArray("Asia/Shanghai"));
    zoneSetting.reset();
    if (!zone.isValid())
        zone = QTimeZone(8 * 3600); // as Settings::timeZone
    collect(
        db,
        "SELECT b.place_id || '/' || b.line || '/' || b.start_ms, b.id, p.name, b.line, b.start_ms "
        "FROM call_bookings b LEFT JOIN call_places p ON p.id = b.place_id "
        "WHERE b.status <> 'cancelled' AND (b.place_id, b.line, b.start_ms) IN "
        "(SELECT place_id, line, start_ms FROM call_bookings WHERE status <> 'cancelled' "
        "GROUP BY place_id, line, start_ms HAVING count(*) > 1) "
        "ORDER BY b.place_id, b.line, b.start_ms, b.id",
        SyncConflict::Kind::SlotBookedTwice, "call_bookings",
        [&zone](const Row &row, int count) {
            const QString when = toLocal(row.details.at(2).toLongLong(), zone).toString(u"yyyy-MM-dd HH:mm");
            return QCoreApplication::translate("SyncConflicts", "%1, line %2, %3: %4 calls are booked at once.")
                .arg(row.details.at(0), row.details.at(1), when)
                .arg(count);
        },
        conflicts);

    collect(
        db,
        "SELECT isbn, id, '', '', '' FROM book_titles WHERE isbn IN "
        "(SELECT isbn FROM book_titles WHERE isbn IS NOT NULL AND isbn <> '' GROUP BY isbn HAVING count(*) > 1) "
        "ORDER BY isbn, id",
        SyncConflict::Kind::SameIsbn, "book_titles",
        [](const Row &row, int count) {
            return QCoreApplication::translate("SyncConflicts", "%1 titles have the ISBN %2.")
                .arg(count)
                .arg(row.shared);
        },
        conflicts);

    collect(
        db,
        "SELECT barcode, id, '', '', '' FROM book_copies WHERE barcode IN "
        "(SELECT barcode FROM book_copies GROUP BY barcode HAVING count(*) > 1) ORDER BY barcode, id",
        SyncConflict::Kind::SameBarcode, "book_copies",
        [](const Row &row, int count) {
            return QCoreApplication::translate("SyncConflicts", "%1 books have the sticker %2.")
                .arg(count)
                .arg(row.shared);
        },
        conflicts);

    collect(
        db,
        "SELECT card_code, id, '', '', '' FROM children WHERE card_code IN "
        "(SELECT card_code FROM children WHERE card_code IS NOT NULL AND card_code <> '' "
        "GROUP BY card_code HAVING count(*) > 1) ORDER BY card_code, id",
        SyncConflict::Kind::SameCardCode, "children",
        [](const Row &row, int count) {
            return QCoreApplication::translate("SyncConflicts", "%1 children have the card %2.")
                .arg(count)
                .arg(row.shared);
        },
        conflicts);
    return conflicts;
}

} // namespace qq::SyncConflicts
