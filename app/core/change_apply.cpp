#include "change_apply.h"

#include "database.h"
#include "hlc.h"
#include "mailbox_trust.h"
#include "replica_hash.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMerge, "qinqing.sync.merge")

namespace qq {
namespace {

// Key material: merging it field by field could pair one kiosk's public key
// with another's locked secret key.
const QSet<QString> kWholeRowTables = {QStringLiteral("mailbox_keys")};

// A delete reaches the rows that point to it, and theirs; our schema is two deep.
constexpr int kMaxCascadeDepth = 8;

QByteArray quoted(const QString &identifier)
{
    return '"' + identifier.toUtf8() + '"';
}

// Names from a received payload go into logs only when they look like names.
QString printable(const QString &name)
{
    if (name.isEmpty() || name.size() > 40)
        return QStringLiteral("<malformed>");
    for (const QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return QStringLiteral("<malformed>");
    return name;
}

QString keyText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool isPayloadValue(const QJsonValue &value)
{
    if (value.isNull() || value.isString() || value.isDouble() || value.isBool())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return object.size() == 1 && object.value(QLatin1String("b64")).isString();
}

} // namespace

// ---- schema ------------------------------------------------------------------

SyncSchema::SyncSchema(Database &db)
{
    for (const QString &name : ReplicaHash::syncedTables()) {
        SyncTable table;
        table.name = name;
        table.wholeRow = kWholeRowTables.contains(name);
        table.deviceLocal = ReplicaHash::deviceLocalColumns(name);
        int keyColumns = 0;
        Statement info =
            db.prepare("SELECT name, type, \"notnull\", dflt_value IS NOT NULL, pk FROM pragma_table_info(?)");
        info.bind(1, name);
        while (info.step()) {
            const QString column = info.text(0);
            const bool isKey = info.int64(4) > 0;
            if (isKey) {
                ++keyColumns;
                table.key = column;
                table.integerKey = info.text(1).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            }
            if (table.deviceLocal.contains(column))
                continue;
            table.columns << column;
            if (!isKey && info.int64(2) != 0 && info.int64(3) == 0)
                table.required.insert(column);
        }
        info.reset();
        if (keyColumns != 1)
            continue; // not a table of records with one key: nothing sync can address
        Statement references = db.prepare("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)");
        references.bind(1, name);
        while (references.step())
            table.references.append({references.text(1), references.text(0), references.text(2)});
        references.reset();
        m_tables.insert(name, table);
    }
    for (SyncTable &table : m_tables) {
        table.existsSql = "SELECT 1 FROM " + quoted(table.name) + " WHERE " + quoted(table.key) + " = ?";
        for (SyncTable::Reference &reference : table.references) {
            // A reference without a column names the parent's key.
            if (reference.parentKey.isEmpty()) {
                Statement key = db.prepare("SELECT name FROM pragma_table_info(?) WHERE pk = 1");
                key.bind(1, reference.parent);
                if (key.step())
                    reference.parentKey = key.text(0);
            }
            reference.parentExistsSql =
                "SELECT 1 FROM " + quoted(reference.parent) + " WHERE " + quoted(reference.parentKey) + " = ?";
        }
    }
    QStringList all;
    Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (tables.step())
        all << tables.text(0);
    tables.reset();
    for (const QString &child : std::as_const(all)) {
        Statement references = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)");
        references.bind(1, child);
        while (references.step())
            m_dependents[references.text(0)].append({child, references.text(1)});
    }
}

const SyncTable *SyncSchema::table(const QString &name) const
{
    const auto found = m_tables.constFind(name);
    return found == m_tables.cend() ? nullptr : &*found;
}

// ---- values ------------------------------------------------------------------

namespace SyncValue {

QJsonValue read(const Statement &stmt, int column)
{
    const QString type = stmt.text(column);
    const int value = column + 1;
    if (type == QLatin1String("integer"))
        return QJsonValue(stmt.int64(value));
    if (type == QLatin1String("real"))
        return QJsonValue(stmt.text(value).toDouble());
    if (type == QLatin1String("text")) {
        const QString text = stmt.text(value);
        return QJsonValue(text.isNull() ? QStringLiteral("") : text);
    }
    if (type == QLatin1String("blob"))
        return QJsonObject{{QStringLiteral("b64"), QString::fromLatin1(stmt.blob(value).toBase64())}};
    return QJsonValue(QJsonValue::Null);
}

bool bind(Statement &stmt, int index, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        stmt.bindNull(index);
        return true;
    case QJsonValue::Bool:
        stmt.bind(index, value.toBool() ? 1 : 0);
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            stmt.bind(index, qint64(number));
        else // no REAL column today; the column's affinity reads it back as a number
            stmt.bind(index, QString::number(number, 'g', 17));
        return true;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        stmt.bind(index, text.isNull() ? QStringLiteral("") : text); // "" is not NULL
        return true;
    }
    case QJsonValue::Object: {
        const QJsonValue encoded = value.toObject().value(QLatin1String("b64"));
        if (!encoded.isString())
            return false;
        const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        // An empty BLOB is not NULL either.
        stmt.bind(index, decoded.decoded.isNull() ? QByteArray("", 0) : decoded.decoded);
        return true;
    }
    default:
        return false;
    }
}

void bindKey(Statement &stmt, int index, const SyncTable &table, const QString &recordId)
{
    bool isNumber = false;
    const qint64 number = recordId.toLongLong(&isNumber);
    if (table.integerKey && isNumber)
        stmt.bind(index, number);
    else
        stmt.bind(index, recordId);
}

} // namespace SyncValue

// ---- stamps ------------------------------------------------------------------

RecordStamps RecordStamps::load(Database &db, const QString &entity, const QString &recordId)
{
    RecordStamps stamps;
    Statement stmt = db.prepare("SELECT hlc, fields, deleted FROM sync_stamps WHERE entity = ? AND record_id = ?");
    stmt.bind(1, entity).bind(2, recordId);
    if (!stmt.step())
        return stamps;
    stamps.base = stmt.text(0);
    if (!stmt.isNull(1)) {
        const QJsonObject fields = QJsonDocument::fromJson(stmt.text(1).toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            stamps.fields.insert(it.key(), it.value().toString());
    }
    stamps.deleted = stmt.text(2);
    return stamps;
}

void RecordStamps::save(Database &db, const QString &entity, const QString &recordId) const
{
    Statement stmt =
        db.prepare("INSERT INTO sync_stamps (entity, record_id, hlc, fields, deleted) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(entity, record_id) DO UPDATE SET hlc = excluded.hlc, "
                   "fields = excluded.fields, deleted = excluded.deleted");
    stmt.bind(1, entity).bind(2, recordId).bind(3, base.isNull() ? QStringLiteral("") : base);
    if (fields.isEmpty()) {
        stmt.bindNull(4);
    } else {
        QJsonObject object;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            object.insert(it.key(), it.value());
        stmt.bind(4, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    stmt.bind(5, deleted.isEmpty() ? QString() : deleted);
    stmt.run();
}

void RecordStamps::write(const SyncTable &table, const QStringList &written, const QString &stamp)
{
    bool everyField = true;
    for (const QString &column : table.columns)
        everyField = everyField && (column == table.key || written.contains(column));
    if (everyField) {
        base = stamp;
        fields.clear();
        return;
    }
    for (const QString &column : written)
        fields.insert(column, stamp);
}

// ---- merging -----------------------------------------------------------------

ChangeApply::ChangeApply(Database &db, const SyncSchema &schema, qint64 nowMs)
    : m_db(db), m_schema(schema), m_nowMs(nowMs)
{
}

void ChangeApply::warnOnce(const QString &what, const QString &entity, const QString &column)
{
    const QString key = what + QLatin1Char('/') + entity + QLatin1Char('/') + column;
    if (m_warned.contains(key))
        return;
    m_warned.insert(key);
    if (column.isEmpty())
        qCWarning(lcMerge).noquote() << "received change" << what << "- entity" << printable(entity);
    else
        qCWarning(lcMerge).noquote() << "received change" << what << "- entity" << printable(entity) << "column"
                                     << printable(column);
}

bool ChangeApply::rowExists(const SyncTable &table, const QString &recordId)
{
    Statement stmt = m_db.prepare(table.existsSql);
    SyncValue::bindKey(stmt, 1, table, recordId);
    return stmt.step();
}

bool ChangeApply::parentExists(const SyncTable::Reference &reference, const QJsonValue &value)
{
    Statement stmt = m_db.prepare(reference.parentExistsSql);
    SyncValue::bind(stmt, 1, value);
    return stmt.step();
}

QString ChangeApply::parentDeleted(const SyncTable::Reference &reference, const QJsonValue &value)
{
    if (!m_schema.table(reference.parent))
        return {};
    return RecordStamps::load(m_db, reference.parent, keyText(value)).deleted;
}

void ChangeApply::remove(const SyncTable &table, const QString &recordId, const QString &stamp, int depth)
{
    if (depth > kMaxCascadeDepth) {
        warnOnce(QStringLiteral("delete reaches too deep, stopped"), table.name);
        return;
    }
    // What points to the record goes with it (a contact's call windows), and
    // stays gone: a late change to it finds the tombstone.
    for (const SyncSchema::Dependent &dependent : m_schema.dependentsOf(table.name)) {
        const SyncTable *synced = m_schema.table(dependent.table);
        if (!synced) {
            Statement local =
                m_db.prepare("DELETE FROM " + quoted(dependent.table) + " WHERE " + quoted(dependent.column) + " = ?");
            SyncValue::bindKey(local, 1, table, recordId);
            local.run();
            continue;
        }
        QStringList ids;
        {
            Statement find = m_db.prepare("SELECT " + quoted(synced->key) + " FROM " + quoted(synced->name) + " WHERE "
                                          + quoted(dependent.column) + " = ?");
            SyncValue::bindKey(find, 1, table, recordId);
            while (find.step())
                ids << find.text(0);
        }
        for (const QString &id : std::as_const(ids))
            remove(*synced, id, stamp, depth + 1);
    }
    Statement gone = m_db.prepare("DELETE FROM " + quoted(table.name) + " WHERE " + quoted(table.key) + " = ?");
    SyncValue::bindKey(gone, 1, table, recordId);
    gone.run();
    RecordStamps stamps = RecordStamps::load(m_db, table.name, recordId);
    if (!stamps.deleted.isEmpty() && stamps.deleted <= stamp)
        return;
    stamps.base.clear();
    stamps.fields.clear();
    stamps.deleted = stamp;
    stamps.save(m_db, table.name, recordId);
    m_appliedSinceRetry = true;
}

ChangeApply::Outcome ChangeApply::apply(const QString &entity, const QString &recordId, const QString &op,
                                        const QByteArray &payload, const QString &stamp)
{
    if (const std::optional<Hlc> hlc = Hlc::parse(stamp); hlc && hlc->wallMs > m_nowMs + HlcClock::kMaxDriftMs) {
        warnOnce(QStringLiteral("stamped more than a day ahead of this kiosk's clock waits"), entity);
        return Outcome::Waiting;
    }
    // Key material is never replaced or removed by what arrives, only by its
    // owner's signature (MailboxTrust); child keys never travel at all.
    if (entity == QLatin1String("mailbox_keys") || entity == QLatin1String("child_keys")) {
        if (op == QLatin1String("delete") || entity == QLatin1String("child_keys")) {
            if (op == QLatin1String("delete"))
                MailboxTrust::refuseDelete(m_db, entity); // an older kiosk's child key row is only ignored
            warnOnce(QStringLiteral("refused: key material changes only by its owner's signature"), entity);
            return Outcome::Skipped;
        }
        if (!MailboxTrust::acceptReceived(m_db, QJsonDocument::fromJson(payload).object())) {
            warnOnce(QStringLiteral("refused: a mailbox key not signed by the pinned counselor"), entity);
            return Outcome::Skipped;
        }
    }
    const SyncTable *table = m_schema.table(entity);
    if (!table) {
        warnOnce(QStringLiteral("for an unknown table kept, not applied"), entity);
        return Outcome::Skipped;
    }
    if (table->integerKey) {
        bool isNumber = false;
        recordId.toLongLong(&isNumber);
        if (!isNumber) {
            warnOnce(QStringLiteral("with a malformed record id kept, not applied"), entity);
            return Outcome::Skipped;
        }
    }
    RecordStamps stamps = RecordStamps::load(m_db, entity, recordId);
    if (!stamps.deleted.isEmpty()) {
        // Deleted for good; of two deletes the earlier stamp is kept, the same everywhere.
        if (op == QLatin1String("delete") && stamp < stamps.deleted) {
            stamps.deleted = stamp;
            stamps.save(m_db, entity, recordId);
        }
        return Outcome::Applied;
    }
    if (op == QLatin1String("delete")) {
        remove(*table, recordId, stamp);
        return Outcome::Applied;
    }

    const QJsonObject values = QJsonDocument::fromJson(payload).object();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!table->hasColumn(it.key()) && !table->deviceLocal.contains(it.key()))
            warnOnce(QStringLiteral("field for an unknown column not applied"), entity, it.key());
    }
    QList<Field> winning;
    for (const QString &column : table->columns) {
        if (column == table->key || !values.contains(column) || stamp <= stamps.of(column))
            continue;
        const QJsonValue value = values.value(column);
        if (!isPayloadValue(value)) {
            warnOnce(QStringLiteral("field with a malformed value not applied"), entity, column);
            continue;
        }
        winning.append({column, value});
    }
    if (winning.isEmpty())
        return Outcome::Applied; // every field has a newer value already
    auto winner = [&](const QString &column) -> const Field * {
        for (const Field &field : std::as_const(winning))
            if (field.column == column)
                return &field;
        return nullptr;
    };
    for (const SyncTable::Reference &reference : table->references) {
        const Field *field = winner(reference.column);
        if (!field || field->value.isNull() || parentExists(reference, field->value))
            continue;
        // Pointing to a deleted record: it goes the way a delete takes the rows
        // that point to it, whichever of the two arrived first.
        if (const QString deleted = parentDeleted(reference, field->value); !deleted.isEmpty()) {
            remove(*table, recordId, deleted);
            return Outcome::Applied;
        }
        return Outcome::Waiting;
    }
    // With every column a new row needs, insert or update in one statement;
    // without, only a row that is here can take it.
    bool complete = true;
    for (const QString &column : table->required)
        complete = complete && winner(column);
    if (!complete && !rowExists(*table, recordId))
        return Outcome::Waiting; // an update before its insert
    auto write = [&](bool upsert) {
        Statement stmt = m_db.prepare(writeSql(*table, winning, upsert));
        int index = 1;
        if (upsert)
            SyncValue::bindKey(stmt, index++, *table, recordId);
        for (const Field &field : std::as_const(winning))
            SyncValue::bind(stmt, index++, field.value);
        if (!upsert)
            SyncValue::bindKey(stmt, index, *table, recordId);
        stmt.run();
    };
    try {
        try {
            write(complete);
        } catch (const StorageException &e) {
            // The row an upsert would insert is checked before it finds the
            // row that is here (a CHECK on a column left out): update that one.
            if (!complete || e.error().kind != StorageErrorKind::Constraint || !rowExists(*table, recordId))
                throw;
            write(false);
        }
    } catch (const StorageException &e) {
        // A value this schema refuses (a newer kiosk's state, say): the log
        // keeps the change; a full disk or a damaged file fails the batch.
        if (e.error().kind != StorageErrorKind::Constraint)
            throw;
        warnOnce(QStringLiteral("refused by this schema (%1) kept, not applied").arg(e.error().detail), entity);
        return Outcome::Skipped;
    }
    QStringList written;
    for (const Field &field : std::as_const(winning))
        written << field.column;
    stamps.write(*table, written, stamp);
    stamps.save(m_db, entity, recordId);
    m_appliedSinceRetry = true;
    return Outcome::Applied;
}

QByteArray ChangeApply::writeSql(const SyncTable &table, const QList<Field> &fields, bool upsert)
{
    QString key = table.name + (upsert ? QLatin1String("+") : QLatin1String("="));
    for (const Field &field : fields)
        key += QLatin1Char(',') + field.column;
    QByteArray &sql = m_writeSql[key];
    if (!sql.isEmpty())
        return sql;
    QByteArrayList assignments;
    for (const Field &field : fields)
        assignments << quoted(field.column) + (upsert ? " = excluded." + quoted(field.column) : QByteArray(" = ?"));
    if (!upsert) {
        sql =
            "UPDATE " + quoted(table.name) + " SET " + assignments.join(", ") + " WHERE " + quoted(table.key) + " = ?";
        return sql;
    }
    sql = "INSERT INTO " + quoted(table.name) + " (" + quoted(table.key);
    for (const Field &field : fields)
        sql += ", " + quoted(field.column);
    sql += ") VALUES (?" + QByteArray(", ?").repeated(fields.size()) + ") ON CONFLICT(" + quoted(table.key)
        + ") DO UPDATE SET " + assignments.join(", ");
    return sql;
}

void ChangeApply::applyOrQueue(const QString &entity, const QString &recordId, const QString &op,
                               const QByteArray &payload, const QString &stamp)
{
    if (apply(entity, recordId, op, payload, stamp) == Outcome::Waiting)
        m_db.prepare("INSERT OR IGNORE INTO sync_waiting (hlc) VALUES (?)").bind(1, stamp).run();
}

void ChangeApply::retryWaiting(bool always)
{
    m_appliedSinceRetry = m_appliedSinceRetry || always;
    // Only something merged can let a waiting change through.
    while (m_appliedSinceRetry) {
        m_appliedSinceRetry = false;
        struct Waiting {
            QString stamp;
            QString entity;
            QString recordId;
            QString op;
            QByteArray payload;
            bool logged;
        };
        QList<Waiting> waiting;
        {
            Statement stmt = m_db.prepare("SELECT w.hlc, c.entity, c.record_id, c.op, c.payload, c.hlc IS NOT NULL "
                                          "FROM sync_waiting w LEFT JOIN change_log c ON c.hlc = w.hlc ORDER BY w.hlc");
            while (stmt.step())
                waiting.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4).toUtf8(),
                                stmt.int64(5) != 0});
        }
        for (const Waiting &change : std::as_const(waiting)) {
            if (change.logged
                && apply(change.entity, change.recordId, change.op, change.payload, change.stamp) == Outcome::Waiting)
                continue;
            m_db.prepare("DELETE FROM sync_waiting WHERE hlc = ?").bind(1, change.stamp).run();
        }
    }
}

} // namespace qq
