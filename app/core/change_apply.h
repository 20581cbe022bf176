#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>

namespace qq {

class Database;
class Statement;

// What sync knows of one synced table, read from the schema itself so that
// payloads and merging cannot drift from it.
struct SyncTable {
    struct Reference {
        QString column;
        QString parent;
        QString parentKey;
        QByteArray parentExistsSql;
    };
    QString name;
    QString key; // the primary key: the change log's record id
    bool integerKey = false;
    // Whole-row tables (key material) are always logged whole, so the newest
    // write wins as a unit: a public key never merges with another's locked key.
    bool wholeRow = false;
    QStringList columns; // synced columns in the table's order, key included, device-local ones left out
    QStringList deviceLocal; // columns that stay on the device (ReplicaHash::deviceLocalColumns)
    QSet<QString> required; // NOT NULL without a default, besides the key: an insert needs them
    QList<Reference> references; // foreign keys, to the parent's key
    QByteArray existsSql; // SELECT 1 … WHERE key = ?

    bool hasColumn(const QString &column) const { return columns.contains(column); }
};

// The synced tables (ReplicaHash::syncedTables()) as this schema has them,
// and who refers to whom (for deletes).
class SyncSchema {
public:
    explicit SyncSchema(Database &db);
    const SyncTable *table(const QString &name) const;
    struct Dependent {
        QString table;
        QString column;
    };
    // Every table (synced or local) with a foreign key to `parent`.
    QList<Dependent> dependentsOf(const QString &parent) const { return m_dependents.value(parent); }

private:
    QHash<QString, SyncTable> m_tables;
    QHash<QString, QList<Dependent>> m_dependents;
};

// A column's value as a change-log payload holds it: integers as numbers,
// text as strings, NULL as null, BLOBs as {"b64": "..."}.
namespace SyncValue {
// Reads column `column` of `stmt`, selected as `typeof(c), c` pair starting there.
QJsonValue read(const Statement &stmt, int column);
// Binds a payload value; false (nothing bound) when it is not one of the forms above.
bool bind(Statement &stmt, int index, const QJsonValue &value);
// Binds a record id as the table's key (a number for an INTEGER key).
void bindKey(Statement &stmt, int index, const SyncTable &table, const QString &recordId);
} // namespace SyncValue

// The stamp each field of a record was last written with, and its tombstone.
// Kept compact: one row per record, a stamp for the whole record and only the
// fields written since listed apart.
struct RecordStamps {
    QString base; // the stamp of every field not in `fields`; empty: none
    QHash<QString, QString> fields;
    QString deleted; // the delete's stamp; empty: alive

    QString of(const QString &field) const { return fields.value(field, base); }
    static RecordStamps load(Database &db, const QString &entity, const QString &recordId);
    void save(Database &db, const QString &entity, const QString &recordId) const;
    // `written` fields of `table` now carry `stamp` (newer than what they had).
    void write(const SyncTable &table, const QStringList &written, const QString &stamp);
};

// Merges received changes into the entity tables, field by field: a field is
// written iff the change's stamp is greater than the one it has, so every
// replica ends with the same values whatever order the changes came in.
// A delete is final: the row goes, with the rows that point to it, and no
// change to that record applies after it, older or newer (ids are never
// reused, so nothing legitimate revives a deleted record).
// Runs inside the caller's transaction (ChangeFeed::store).
class ChangeApply {
public:
    enum class Outcome {
        Applied, // merged (possibly with no field winning)
        Waiting, // its record, or one it points to, has not arrived: kept to try again
        Skipped, // an unknown table or a row the schema refuses: kept in the log only
    };

    // `nowMs`: the receiver's clock. A change stamped more than a day ahead
    // of it waits (kept, not merged) until the clock is there: a forged stamp
    // far in the future can neither win every field nor drag this kiosk's
    // clock to it when a teacher edits that field later.
    ChangeApply(Database &db, const SyncSchema &schema, qint64 nowMs = std::numeric_limits<qint64>::max() / 2);

    // One received change, already kept in change_log.
    Outcome apply(const QString &entity, const QString &recordId, const QString &op, const QByteArray &payload,
                  const QString &stamp);
    // Applies a change and queues it in sync_waiting when it must wait.
    void applyOrQueue(const QString &entity, const QString &recordId, const QString &op, const QByteArray &payload,
                      const QString &stamp);
    // Tries the waiting changes again until none of them moves (after a batch);
    // `always`: at least once, for changes waiting for the clock.
    void retryWaiting(bool always = false);

private:
    struct Field {
        QString column;
        QJsonValue value;
    };
    bool parentExists(const SyncTable::Reference &reference, const QJsonValue &value);
    QString parentDeleted(const SyncTable::Reference &reference, const QJsonValue &value);
    void remove(const SyncTable &table, const QString &recordId, const QString &stamp, int depth = 0);
    bool rowExists(const SyncTable &table, const QString &recordId);
    void warnOnce(const QString &what, const QString &entity, const QString &column = {});

    QByteArray writeSql(const SyncTable &table, const QList<Field> &fields, bool upsert);

    Database &m_db;
    const SyncSchema &m_schema;
    QHash<QString, QByteArray> m_writeSql; // by table and columns: built once a batch
    qint64 m_nowMs;
    bool m_appliedSinceRetry = false;
    QSet<QString> m_warned;
};

} // namespace qq
