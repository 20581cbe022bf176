#include "change_feed.h"

#include "change_apply.h"
#include "change_log.h"
#include "database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <string>

namespace qq::ChangeFeed {

QList<ChangeRow> read(Database &db, const QString &after, int limit, const QString &device)
{
    QList<ChangeRow> rows;
    Statement stmt = db.prepare(device.isEmpty() ? "SELECT hlc, entity, record_id, op, payload, at FROM change_log "
                                                   "WHERE hlc > ? ORDER BY hlc LIMIT ?"
                                                 : "SELECT hlc, entity, record_id, op, payload, at FROM change_log "
                                                   "WHERE hlc > ? AND device_id = ? ORDER BY hlc LIMIT ?");
    // A null QString binds as SQL NULL, which compares as nothing: "from the start" is "".
    stmt.bind(1, after.isEmpty() ? QStringLiteral("") : after);
    if (device.isEmpty())
        stmt.bind(2, std::clamp(limit, 0, kMaxRows));
    else
        stmt.bind(2, device).bind(3, std::clamp(limit, 0, kMaxRows));
    while (stmt.step()) {
        ChangeRow row;
        row.hlc = Hlc::parse(stmt.text(0)).value_or(Hlc{});
        row.entity = stmt.text(1);
        row.recordId = stmt.text(2);
        row.op = stmt.text(3);
        row.payload = stmt.text(4).toUtf8();
        row.atMs = stmt.int64(5);
        rows.append(row);
    }
    return rows;
}

int store(Database &db, ChangeLog &log, const ChangeBatch &batch, qint64 nowMs,
          const std::function<void()> &alsoInTransaction)
{
    int added = 0;
    // A big chunk (a kiosk's first sync) touches more of the file than the
    // default page cache keeps (random ids spread the writes): more, meanwhile.
    struct LargerCache {
        Database &db;
        qint64 before = 0;
        explicit LargerCache(Database &database, bool wanted) : db(database)
        {
            if (!wanted)
                return;
            Statement size = db.prepare("PRAGMA cache_size");
            before = size.step() ? size.int64(0) : 0;
            db.exec("PRAGMA cache_size = -32768"); // KiB
        }
        ~LargerCache()
        {
            try {
                if (before != 0)
                    db.exec(("PRAGMA cache_size = " + std::to_string(before)).c_str());
            } catch (const StorageException &) {
                // Only memory: the next open starts with the default again.
            }
        }
    } cache(db, batch.rows.size() > 500);
    Transaction tx(db);
    ChangeApply merge(db, log.schema(), nowMs);
    for (const ChangeRow &row : batch.rows) {
        const QString stamp = row.hlc.toString();
        Statement insert = db.prepare("INSERT INTO change_log (entity, record_id, op, payload, device_id, at, hlc) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hlc) DO NOTHING");
        insert.bind(1, row.entity)
            .bind(2, row.recordId)
            .bind(3, row.op)
            .bind(4, QString::fromUtf8(row.payload))
            .bind(5, row.hlc.deviceId)
            .bind(6, row.atMs)
            .bind(7, stamp)
            .run();
        // Only a change seen for the first time is merged: a replayed one
        // would merge the same way, but costs the time.
        if (db.changes() > 0) {
            ++added;
            merge.applyOrQueue(row.entity, row.recordId, row.op, row.payload, stamp);
        }
        log.clock().observe(row.hlc, nowMs);
    }
    merge.retryWaiting(true); // the clock moved on since the last chunk: a change from "ahead" may be due now
    if (alsoInTransaction)
        alsoInTransaction();
    tx.commit();
    return added;
}

QByteArray encode(const ChangeBatch &batch)
{
    QJsonArray rows;
    for (const ChangeRow &row : batch.rows) {
        rows.append(QJsonObject{{"hlc", row.hlc.toString()},
                                {"entity", row.entity},
                                {"id", row.recordId},
                                {"op", row.op},
                                {"payload", QJsonDocument::fromJson(row.payload).object()},
                                {"at", QString::number(row.atMs)}});
    }
    QJsonObject root{{"v", 1}, {"device", batch.deviceId}, {"rows", rows}};
    if (!batch.cursor.isEmpty()) {
        root.insert("cursor", batch.cursor);
        root.insert("more", batch.more);
    }
    if (batch.senderTimeMs > 0)
        root.insert("now", QString::number(batch.senderTimeMs));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool isName(const QString &text, qsizetype max)
{
    if (text.isEmpty() || text.size() > max)
        return false;
    for (const QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return false;
    return true;
}

} // namespace

std::optional<ChangeBatch> decode(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        fail(error, QStringLiteral("batch too large: %1 bytes (at most %2)").arg(bytes.size()).arg(kMaxBytes));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, QStringLiteral("not a JSON object: %1 at byte %2").arg(parse.errorString()).arg(parse.offset));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value("v").toInt(-1) != 1) {
        fail(error, QStringLiteral("unknown batch version"));
        return std::nullopt;
    }
    ChangeBatch batch;
    batch.deviceId = root.value("device").toString();
    if (!isName(batch.deviceId, 64)) {
        fail(error, QStringLiteral("missing or malformed device id"));
        return std::nullopt;
    }
    if (!root.value("rows").isArray()) {
        fail(error, QStringLiteral("rows missing"));
        return std::nullopt;
    }
    const QJsonArray rows = root.value("rows").toArray();
    if (rows.size() > kMaxRows) {
        fail(error, QStringLiteral("too many rows: %1 (at most %2)").arg(rows.size()).arg(kMaxRows));
        return std::nullopt;
    }
    if (root.contains("cursor")) {
        batch.cursor = root.value("cursor").toString();
        bool digits = !batch.cursor.isEmpty() && batch.cursor.size() <= 20;
        for (const QChar c : std::as_const(batch.cursor))
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits || !root.value("more").isBool()) {
            fail(error, QStringLiteral("malformed cursor"));
            return std::nullopt;
        }
        batch.more = root.value("more").toBool();
    }
    if (root.contains("now")) {
        const QString now = root.value("now").toString();
        bool digits = !now.isEmpty() && now.size() <= 18;
        for (const QChar c : now)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits) {
            fail(error, QStringLiteral("malformed sender time"));
            return std::nullopt;
        }
        batch.senderTimeMs = now.toLongLong();
    }
    // A pull mixes devices in the hub's order; each device's own rows still
    // come in its stamp order, and no stamp twice.
    QHash<QString, QString> previousOf;
    for (int i = 0; i < rows.size(); ++i) {
        const QString where = QStringLiteral("row %1: ").arg(i);
        if (!rows.at(i).isObject()) {
            fail(error, where + QStringLiteral("not an object"));
            return std::nullopt;
        }
        const QJsonObject object = rows.at(i).toObject();
        ChangeRow row;
        const QString stamp = object.value("hlc").toString();
        const std::optional<Hlc> hlc = Hlc::parse(stamp);
        if (!hlc || !isName(hlc->deviceId, 64)) {
            fail(error, where + QStringLiteral("malformed stamp"));
            return std::nullopt;
        }
        QString &previous = previousOf[hlc->deviceId];
        if (stamp <= previous) {
            fail(error, where + QStringLiteral("stamps out of order or repeated"));
            return std::nullopt;
        }
        previous = stamp;
        row.hlc = *hlc;
        row.entity = object.value("entity").toString();
        row.recordId = object.value("id").toString();
        row.op = object.value("op").toString();
        if (!isName(row.entity, 40) || row.recordId.isEmpty() || row.recordId.size() > 200) {
            fail(error, where + QStringLiteral("malformed entity or record id"));
            return std::nullopt;
        }
        if (row.op != QLatin1String("insert") && row.op != QLatin1String("update") && row.op != QLatin1String("delete")) {
            fail(error, where + QStringLiteral("unknown op"));
            return std::nullopt;
        }
        if (!object.value("payload").isObject()) {
            fail(error, where + QStringLiteral("payload is not an object"));
            return std::nullopt;
        }
        row.payload = QJsonDocument(object.value("payload").toObject()).toJson(QJsonDocument::Compact);
        if (row.payload.size() > kMaxPayloadBytes) {
            fail(error, where + QStringLiteral("payload too large"));
            return std::nullopt;
        }
        bool atOk = false;
        row.atMs = object.value("at").toString().toLongLong(&atOk);
        if (!atOk) {
            fail(error, where + QStringLiteral("malformed time"));
            return std::nullopt;
        }
        batch.rows.append(row);
    }
    return batch;
}

} // namespace qq::ChangeFeed
