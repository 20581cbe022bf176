#include "sqlite_hub_store.h"

#include "database.h"
#include "ids.h"

#include <QDir>

#include <stdexcept>

namespace qq::hub {

namespace {

constexpr int kSchemaVersion = 3;

constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS schools (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS enrollment_codes (
    code_hash  TEXT PRIMARY KEY,
    school_id  TEXT NOT NULL REFERENCES schools(id),
    expires_at INTEGER NOT NULL,
    used_by    TEXT
);
CREATE TABLE IF NOT EXISTS devices (
    id          TEXT PRIMARY KEY,
    school_id   TEXT NOT NULL REFERENCES schools(id),
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    enrolled_at INTEGER NOT NULL,
    revoked_at  INTEGER,
    last_seen   INTEGER,
    reenroll_until INTEGER,
    public_key  TEXT
);
CREATE TABLE IF NOT EXISTS changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id TEXT NOT NULL REFERENCES schools(id),
    hlc       TEXT NOT NULL,
    device_id TEXT NOT NULL,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op        TEXT NOT NULL,
    payload   TEXT NOT NULL,
    at        INTEGER NOT NULL,
    UNIQUE (school_id, hlc)
);
CREATE INDEX IF NOT EXISTS changes_by_school ON changes(school_id, seq);
)sql";

Device readDevice(Statement &row)
{
    Device device;
    device.id = row.text(0);
    device.schoolId = row.text(1);
    device.name = row.text(2);
    device.enrolledAtMs = row.int64(3);
    if (!row.isNull(4))
        device.revokedAtMs = row.int64(4);
    if (!row.isNull(5))
        device.lastSeenMs = row.int64(5);
    if (!row.isNull(6))
        device.reenrollUntilMs = row.int64(6);
    if (!row.isNull(7))
        device.publicKey = QByteArray::fromBase64(row.text(7).toLatin1());
    return device;
}

} // namespace

SqliteHubStore::SqliteHubStore(const QString &folder)
{
    makePrivateFolder(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("hub.sqlite"));
    try {
        m_db = Database::openUnmigrated(path);
        const int version = m_db->userVersion();
        if (version > kSchemaVersion)
            throw std::runtime_error("this hub file was written by a newer qinqing-hub");
        Transaction tx(*m_db);
        m_db->exec(kSchema);
        if (version == 1) // before re-enrollment needed the administrator's word
            m_db->exec("ALTER TABLE devices ADD COLUMN reenroll_until INTEGER");
        if (version == 1 || version == 2) // before devices had keys
            m_db->exec("ALTER TABLE devices ADD COLUMN public_key TEXT");
        m_db->exec("PRAGMA user_version=3");
        tx.commit();
        // The write-ahead log and its index are made with the database's own
        // mode, so a database made private keeps them private.
        for (const char *suffix : {"", "-wal", "-shm"})
            makePrivateFile(path + QLatin1String(suffix));
    } catch (const StorageException &e) {
        throw std::runtime_error(std::string("cannot open the hub's database: ") + e.what());
    }
}

SqliteHubStore::~SqliteHubStore() = default;

School SqliteHubStore::addSchool(const QString &name, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    School school{newId(), name, nowMs};
    m_db->prepare("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)")
        .bind(1, school.id)
        .bind(2, name)
        .bind(3, nowMs)
        .run();
    return school;
}

QList<School> SqliteHubStore::schools()
{
    std::lock_guard lock(m_mutex);
    QList<School> result;
    Statement rows = m_db->prepare("SELECT id, name, created_at FROM schools ORDER BY created_at, id");
    while (rows.step())
        result.append({rows.text(0), rows.text(1), rows.int64(2)});
    return result;
}

QString SqliteHubStore::addEnrollmentCode(const QString &schoolId, qint64 expiresAtMs)
{
    std::lock_guard lock(m_mutex);
    Statement school = m_db->prepare("SELECT 1 FROM schools WHERE id = ?");
    if (!school.bind(1, schoolId).step())
        return {};
    school.reset();
    const QString code = newEnrollmentCode();
    m_db->prepare("INSERT INTO enrollment_codes (code_hash, school_id, expires_at) VALUES (?, ?, ?)")
        .bind(1, secretHash(code))
        .bind(2, schoolId)
        .bind(3, expiresAtMs)
        .run();
    return code;
}

EnrollResult SqliteHubStore::enroll(const QString &code, const QString &deviceId, const QString &deviceName,
                                    const QByteArray &publicKey, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    EnrollResult result;
    Statement found = m_db->prepare("SELECT e.school_id, e.expires_at, e.used_by, s.name FROM enrollment_codes e "
                                    "JOIN schools s ON s.id = e.school_id WHERE e.code_hash = ?");
    if (!found.bind(1, secretHash(normalizedEnrollmentCode(code))).step()) {
        result.refusal = EnrollRefusal::UnknownCode;
        return result;
    }
    result.schoolId = found.text(0);
    const qint64 expiresAt = found.int64(1);
    const bool used = !found.isNull(2);
    result.schoolName = found.text(3);
    found.reset();
    if (used) {
        result.refusal = EnrollRefusal::UsedCode;
        return result;
    }
    if (nowMs > expiresAt) {
        result.refusal = EnrollRefusal::ExpiredCode;
        return result;
    }
    Statement existing = m_db->prepare("SELECT school_id, revoked_at, reenroll_until FROM devices WHERE id = ?");
    if (existing.bind(1, deviceId).step()) {
        const bool otherSchool = existing.text(0) != result.schoolId;
        const bool revoked = !existing.isNull(1);
        const bool mayEnrollAgain = !existing.isNull(2) && nowMs <= existing.int64(2);
        existing.reset();
        if (revoked || otherSchool || !mayEnrollAgain) {
            result.refusal = revoked ? EnrollRefusal::DeviceRevoked
                : otherSchool        ? EnrollRefusal::DeviceOfOtherSchool
                                     : EnrollRefusal::DeviceEnrolled;
            return result; // rolled back: the code stays unused
        }
    }
    existing.reset();
    result.token = newSecret(32);
    // Replaces a credential only where the administrator allowed it, in the statement itself.
    Statement insert = m_db->prepare(
        "INSERT INTO devices (id, school_id, name, token_hash, enrolled_at, public_key) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET token_hash = excluded.token_hash, name = excluded.name, "
        "enrolled_at = excluded.enrolled_at, public_key = excluded.public_key, reenroll_until = NULL "
        "WHERE devices.revoked_at IS NULL AND devices.school_id = excluded.school_id "
        "AND devices.reenroll_until >= ?");
    insert.bind(1, deviceId)
        .bind(2, result.schoolId)
        .bind(3, deviceName)
        .bind(4, secretHash(result.token))
        .bind(5, nowMs);
    if (publicKey.isEmpty())
        insert.bindNull(6);
    else
        insert.bind(6, QString::fromLatin1(publicKey.toBase64()));
    insert.bind(7, nowMs).run();
    if (m_db->changes() != 1) {
        result = {EnrollRefusal::DeviceEnrolled, {}, {}, {}};
        return result;
    }
    m_db->prepare("UPDATE enrollment_codes SET used_by = ? WHERE code_hash = ?")
        .bind(1, deviceId)
        .bind(2, secretHash(normalizedEnrollmentCode(code)))
        .run();
    tx.commit();
    return result;
}

QList<Device> SqliteHubStore::devices()
{
    std::lock_guard lock(m_mutex);
    QList<Device> result;
    Statement rows = m_db->prepare(
        "SELECT id, school_id, name, enrolled_at, revoked_at, last_seen, reenroll_until, public_key FROM devices "
        "ORDER BY school_id, enrolled_at, id");
    while (rows.step())
        result.append(readDevice(rows));
    return result;
}

ReenrollPermit SqliteHubStore::allowReenrollment(const QString &deviceId, qint64 untilMs)
{
    std::lock_guard lock(m_mutex);
    Statement found = m_db->prepare("SELECT revoked_at FROM devices WHERE id = ?");
    if (!found.bind(1, deviceId).step())
        return ReenrollPermit::UnknownDevice;
    const bool revoked = !found.isNull(0);
    found.reset();
    if (revoked)
        return ReenrollPermit::Revoked;
    m_db->prepare("UPDATE devices SET reenroll_until = ? WHERE id = ?").bind(1, untilMs).bind(2, deviceId).run();
    return ReenrollPermit::Allowed;
}

bool SqliteHubStore::revoke(const QString &deviceId, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?")
        .bind(1, nowMs)
        .bind(2, deviceId)
        .run();
    return m_db->changes() > 0;
}

std::optional<Device> SqliteHubStore::deviceForToken(const QString &token, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    Statement row = m_db->prepare(
        "SELECT id, school_id, name, enrolled_at, revoked_at, last_seen, reenroll_until, public_key FROM devices "
        "WHERE token_hash = ?");
    if (!row.bind(1, secretHash(token)).step())
        return std::nullopt;
    Device device = readDevice(row);
    row.reset();
    // Last seen to the minute: enough for "this kiosk has not synced for a week", and few writes.
    if (!device.lastSeenMs || nowMs - *device.lastSeenMs > 60'000) {
        m_db->prepare("UPDATE devices SET last_seen = ? WHERE id = ?").bind(1, nowMs).bind(2, device.id).run();
        device.lastSeenMs = nowMs;
    }
    return device;
}

int SqliteHubStore::push(const QString &schoolId, const QString &deviceId, const QList<ChangeRow> &rows)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    int added = 0;
    for (const ChangeRow &row : rows) {
        m_db->prepare("INSERT INTO changes (school_id, hlc, device_id, entity, record_id, op, payload, at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(school_id, hlc) DO NOTHING")
            .bind(1, schoolId)
            .bind(2, row.hlc.toString())
            .bind(3, deviceId)
            .bind(4, row.entity)
            .bind(5, row.recordId)
            .bind(6, row.op)
            .bind(7, QString::fromUtf8(row.payload))
            .bind(8, row.atMs)
            .run();
        added += m_db->changes();
    }
    tx.commit();
    return added;
}

QList<QByteArray> SqliteHubStore::payloadsOf(const QString &schoolId, const QString &entity)
{
    std::lock_guard lock(m_mutex);
    Statement rows = m_db->prepare("SELECT payload FROM changes WHERE school_id = ? AND entity = ? ORDER BY seq");
    rows.bind(1, schoolId).bind(2, entity);
    QList<QByteArray> payloads;
    while (rows.step())
        payloads.append(rows.text(0).toUtf8());
    return payloads;
}

PullChunk SqliteHubStore::pull(const QString &schoolId, const QString &exceptDevice, qint64 cursor, int limit)
{
    std::lock_guard lock(m_mutex);
    ReadTransaction snapshot(*m_db);
    PullChunk chunk;
    chunk.cursor = cursor;
    Statement rows = m_db->prepare("SELECT seq, hlc, entity, record_id, op, payload, at, device_id FROM changes "
                                   "WHERE school_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    rows.bind(1, schoolId).bind(2, cursor).bind(3, limit);
    int scanned = 0;
    qsizetype bytes = 0;
    while (bytes < kPullChunkBytes && rows.step()) {
        ++scanned;
        chunk.cursor = rows.int64(0);
        if (rows.text(7) == exceptDevice)
            continue;
        ChangeRow row;
        row.hlc = Hlc::parse(rows.text(1)).value_or(Hlc{});
        row.entity = rows.text(2);
        row.recordId = rows.text(3);
        row.op = rows.text(4);
        row.payload = rows.text(5).toUtf8();
        row.atMs = rows.int64(6);
        bytes += row.payload.size();
        chunk.rows.append(row);
    }
    chunk.more = scanned == limit || bytes >= kPullChunkBytes;
    return chunk;
}

} // namespace qq::hub
