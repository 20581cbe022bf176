#include "change_log.h"

#include "change_apply.h"
#include "database.h"
#include "ids.h"

#include <QJsonDocument>

namespace qq {

namespace {

QString loadDeviceId(Database &db)
{
    QString id = LocalState::get(db, "device_id");
    if (id.isEmpty()) {
        id = newId();
        LocalState::set(db, "device_id", id);
    }
    return id;
}

Hlc latestStamp(Database &db)
{
    Statement stmt = db.prepare("SELECT max(hlc) FROM change_log");
    if (stmt.step() && !stmt.isNull(0))
        if (const std::optional<Hlc> last = Hlc::parse(stmt.text(0)))
            return *last;
    return {};
}

[[noreturn]] void misuse(const QString &what)
{
    throw StorageException({StorageErrorKind::Other, what});
}

} // namespace

ChangeLog::ChangeLog(Database &db) : m_db(db), m_deviceId(loadDeviceId(db)), m_hlc(m_deviceId, latestStamp(db)) { }

ChangeLog::~ChangeLog() = default;

const SyncSchema &ChangeLog::schema()
{
    if (!m_schema)
        m_schema = std::make_unique<SyncSchema>(m_db);
    return *m_schema;
}

QJsonObject ChangeLog::rowImage(const char *table, const QString &recordId)
{
    const SyncTable *synced = schema().table(QString::fromUtf8(table));
    if (!synced)
        misuse(QStringLiteral("%1 is not a synced table").arg(QString::fromUtf8(table)));
    QByteArray &sql = m_imageSql[synced->name];
    if (sql.isEmpty()) {
        QByteArrayList values;
        for (const QString &column : synced->columns)
            values << "typeof(\"" + column.toUtf8() + "\"), \"" + column.toUtf8() + '"';
        sql = "SELECT " + values.join(", ") + " FROM \"" + synced->name.toUtf8() + "\" WHERE \"" + synced->key.toUtf8()
            + "\" = ?";
    }
    Statement stmt = m_db.prepare(sql);
    SyncValue::bindKey(stmt, 1, *synced, recordId);
    QJsonObject image;
    if (!stmt.step())
        return image;
    for (qsizetype i = 0; i < synced->columns.size(); ++i)
        image.insert(synced->columns.at(i), SyncValue::read(stmt, int(2 * i)));
    return image;
}

void ChangeLog::appendRow(const char *table, const QString &recordId, Op op, qint64 atMs, const QStringList &columns)
{
    if (op == Op::Delete) {
        append(table, recordId, op, {}, atMs);
        return;
    }
    const QJsonObject image = rowImage(table, recordId);
    if (image.isEmpty())
        misuse(QStringLiteral("no %1 row to log").arg(QString::fromUtf8(table)));
    if (op == Op::Insert || schema().table(QString::fromUtf8(table))->wholeRow) {
        append(table, recordId, op, image, atMs);
        return;
    }
    QJsonObject payload;
    for (const QString &column : columns) {
        if (!image.contains(column))
            misuse(QStringLiteral("%1 has no synced column %2").arg(QString::fromUtf8(table), column));
        payload.insert(column, image.value(column));
    }
    append(table, recordId, op, payload, atMs);
}

void ChangeLog::appendChanges(const char *table, const QString &recordId, const QJsonObject &before, qint64 atMs)
{
    const QJsonObject after = rowImage(table, recordId);
    if (after.isEmpty())
        misuse(QStringLiteral("no %1 row to log").arg(QString::fromUtf8(table)));
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    if (changed.isEmpty())
        return;
    append(table, recordId, Op::Update, schema().table(QString::fromUtf8(table))->wholeRow ? after : changed, atMs);
}

void ChangeLog::append(const char *entity, const QString &recordId, Op op, const QJsonObject &payload, qint64 atMs)
{
    static constexpr const char *kOps[] = {"insert", "update", "delete"};
    const QString entityName = QString::fromUtf8(entity);
    const SyncTable *synced = schema().table(entityName);
    RecordStamps stamps;
    QStringList written;
    if (synced) {
        stamps = RecordStamps::load(m_db, entityName, recordId);
        for (const QString &column : synced->columns)
            if (column != synced->key && payload.contains(column))
                written << column;
    }
    Hlc stamp = m_hlc.tick(atMs);
    // This write must win over what it overwrites, here and on every replica,
    // even when that came from a clock far ahead (which the clock believes only
    // a day ahead): step past that stamp.
    QString newest;
    for (const QString &column : std::as_const(written))
        newest = std::max(newest, stamps.of(column));
    // (What is merged is at most a day ahead of this clock when it was merged,
    // ChangeApply: so stepping past it never drags the clock further.)
    if (!newest.isEmpty() && newest >= stamp.toString())
        if (const std::optional<Hlc> ahead = Hlc::parse(newest))
            stamp = m_hlc.observe(*ahead, std::min(ahead->wallMs, atMs + HlcClock::kMaxDriftMs));
    const QString stampText = stamp.toString();

    m_db.prepare(
            "INSERT INTO change_log (entity, record_id, op, payload, device_id, at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, entity)
        .bind(2, recordId)
        .bind(3, kOps[int(op)])
        .bind(4, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(5, m_deviceId)
        .bind(6, atMs)
        .bind(7, stampText)
        .run();

    // The stamps a received change of the same fields is merged against.
    if (!synced)
        return;
    if (op == Op::Delete) {
        stamps.base.clear();
        stamps.fields.clear();
        if (stamps.deleted.isEmpty())
            stamps.deleted = stampText;
        stamps.save(m_db, entityName, recordId);
        return;
    }
    if (written.isEmpty())
        return;
    stamps.write(*synced, written, stampText);
    stamps.save(m_db, entityName, recordId);
}

namespace LocalState {

QString get(Database &db, const char *key, const QString &fallback)
{
    Statement stmt = db.prepare("SELECT value FROM local_state WHERE key = ?");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : fallback;
}

void set(Database &db, const char *key, const QString &value)
{
    db.prepare("INSERT INTO local_state (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace LocalState
} // namespace qq
