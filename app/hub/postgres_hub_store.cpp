#include "postgres_hub_store.h"

#include "ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <stdexcept>

namespace qq::hub {

namespace {

constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS schools (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS enrollment_codes (
    code_hash  TEXT PRIMARY KEY,
    school_id  TEXT NOT NULL REFERENCES schools(id),
    expires_at BIGINT NOT NULL,
    used_by    TEXT
);
CREATE TABLE IF NOT EXISTS devices (
    id          TEXT PRIMARY KEY,
    school_id   TEXT NOT NULL REFERENCES schools(id),
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    enrolled_at BIGINT NOT NULL,
    revoked_at  BIGINT,
    last_seen   BIGINT
);
CREATE TABLE IF NOT EXISTS changes (
    seq       BIGSERIAL PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    hlc       TEXT NOT NULL,
    device_id TEXT NOT NULL,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op        TEXT NOT NULL,
    payload   TEXT NOT NULL,
    at        BIGINT NOT NULL,
    UNIQUE (school_id, hlc)
);
CREATE INDEX IF NOT EXISTS changes_by_school ON changes(school_id, seq);
ALTER TABLE devices ADD COLUMN IF NOT EXISTS reenroll_until BIGINT;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS public_key TEXT;
)sql";

// One result, cleared on scope exit; a failed command throws with the server's message.
class Result {
public:
    Result(PGconn *connection, const char *sql, const QList<QByteArray> &params = {})
    {
        std::vector<const char *> values;
        for (const QByteArray &param : params)
            values.push_back(param.isNull() ? nullptr : param.constData());
        m_result = PQexecParams(connection, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const std::string message = PQerrorMessage(connection);
            PQclear(m_result);
            throw std::runtime_error("PostgreSQL: " + message);
        }
    }
    ~Result() { PQclear(m_result); }
    Result(const Result &) = delete;
    int rows() const { return PQntuples(m_result); }
    bool isNull(int row, int column) const { return PQgetisnull(m_result, row, column); }
    QString text(int row, int column) const { return QString::fromUtf8(PQgetvalue(m_result, row, column)); }
    QByteArray bytes(int row, int column) const
    {
        return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
    }
    qint64 int64(int row, int column) const { return QByteArray(PQgetvalue(m_result, row, column)).toLongLong(); }
    int affected() const { return QByteArray(PQcmdTuples(m_result)).toInt(); }

private:
    PGresult *m_result = nullptr;
};

QByteArray arg(const QString &text)
{
    return text.toUtf8();
}
QByteArray arg(qint64 number)
{
    return QByteArray::number(number);
}

// Rolls back unless committed, like the kiosk's Transaction.
class PgTransaction {
public:
    explicit PgTransaction(PGconn *connection) : m_connection(connection) { Result(connection, "BEGIN"); }
    ~PgTransaction()
    {
        if (!m_done)
            PQclear(PQexec(m_connection, "ROLLBACK"));
    }
    void commit()
    {
        Result(m_connection, "COMMIT");
        m_done = true;
    }

private:
    PGconn *m_connection;
    bool m_done = false;
};

Device readDevice(const Result &result, int row)
{
    Device device;
    device.id = result.text(row, 0);
    device.schoolId = result.text(row, 1);
    device.name = result.text(row, 2);
    device.enrolledAtMs = result.int64(row, 3);
    if (!result.isNull(row, 4))
        device.revokedAtMs = result.int64(row, 4);
    if (!result.isNull(row, 5))
        device.lastSeenMs = result.int64(row, 5);
    if (!result.isNull(row, 6))
        device.reenrollUntilMs = result.int64(row, 6);
    if (!result.isNull(row, 7))
        device.publicKey = QByteArray::fromBase64(result.bytes(row, 7));
    return device;
}

} // namespace

// A connection borrowed from the pool for one call; a broken one is reset first.
class PostgresHubStore::Lease {
public:
    explicit Lease(PostgresHubStore &store) : m_store(store), m_connection(store.acquire()) { }
    ~Lease() { m_store.release(m_connection); }
    operator PGconn *() const { return m_connection; }

private:
    PostgresHubStore &m_store;
    PGconn *m_connection;
};

PostgresHubStore::PostgresHubStore(const QString &connection, int connections) : m_connection(connection.toUtf8())
{
    for (int i = 0; i < std::max(1, connections); ++i) {
        PGconn *conn = PQconnectdb(m_connection.constData());
        if (PQstatus(conn) != CONNECTION_OK) {
            const std::string message = PQerrorMessage(conn);
            PQfinish(conn);
            for (PGconn *open : m_all)
                PQfinish(open);
            throw std::runtime_error("cannot connect to PostgreSQL: " + message);
        }
        PQsetNoticeProcessor(
            conn, [](void *, const char *) {}, nullptr);
        m_all.push_back(conn);
        m_idle.push_back(conn);
    }
    Lease lease(*this);
    // Several hub processes may start at once: one creates the tables.
    PgTransaction tx(lease);
    Result(lease, "SELECT pg_advisory_xact_lock(7474)");
    // Several statements: the simple protocol (PQexec), not a prepared one.
    PGresult *schema = PQexec(lease, kSchema);
    const bool created = PQresultStatus(schema) == PGRES_COMMAND_OK;
    PQclear(schema);
    if (!created)
        throw std::runtime_error(std::string("PostgreSQL: cannot create the hub's tables: ") + PQerrorMessage(lease));
    tx.commit();
}

PostgresHubStore::~PostgresHubStore()
{
    for (PGconn *conn : m_all)
        PQfinish(conn);
}

PGconn *PostgresHubStore::acquire()
{
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [this] { return !m_idle.empty(); });
    PGconn *conn = m_idle.back();
    m_idle.pop_back();
    lock.unlock();
    if (PQstatus(conn) != CONNECTION_OK)
        PQreset(conn);
    return conn;
}

void PostgresHubStore::release(PGconn *connection)
{
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(connection);
    }
    m_returned.notify_one();
}

School PostgresHubStore::addSchool(const QString &name, qint64 nowMs)
{
    Lease conn(*this);
    School school{newId(), name, nowMs};
    Result(conn, "INSERT INTO schools (id, name, created_at) VALUES ($1, $2, $3)",
           {arg(school.id), arg(name), arg(nowMs)});
    return school;
}

QList<School> PostgresHubStore::schools()
{
    Lease conn(*this);
    Result rows(conn, "SELECT id, name, created_at FROM schools ORDER BY created_at, id");
    QList<School> result;
    for (int i = 0; i < rows.rows(); ++i)
        result.append({rows.text(i, 0), rows.text(i, 1), rows.int64(i, 2)});
    return result;
}

QString PostgresHubStore::addEnrollmentCode(const QString &schoolId, qint64 expiresAtMs)
{
    Lease conn(*this);
    if (Result(conn, "SELECT 1 FROM schools WHERE id = $1", {arg(schoolId)}).rows() == 0)
        return {};
    const QString code = newEnrollmentCode();
    Result(conn, "INSERT INTO enrollment_codes (code_hash, school_id, expires_at) VALUES ($1, $2, $3)",
           {arg(secretHash(code)), arg(schoolId), arg(expiresAtMs)});
    return code;
}

EnrollResult PostgresHubStore::enroll(const QString &code, const QString &deviceId, const QString &deviceName,
                                      const QByteArray &publicKey, qint64 nowMs)
{
    Lease conn(*this);
    PgTransaction tx(conn);
    EnrollResult result;
    const QByteArray codeHash = arg(secretHash(normalizedEnrollmentCode(code)));
    // FOR UPDATE: two kiosks racing with one code, through two hub processes, cannot both win.
    Result found(conn,
                 "SELECT e.school_id, e.expires_at, e.used_by, s.name FROM enrollment_codes e "
                 "JOIN schools s ON s.id = e.school_id WHERE e.code_hash = $1 FOR UPDATE OF e",
                 {codeHash});
    if (found.rows() == 0) {
        result.refusal = EnrollRefusal::UnknownCode;
        return result;
    }
    result.schoolId = found.text(0, 0);
    result.schoolName = found.text(0, 3);
    if (!found.isNull(0, 2)) {
        result.refusal = EnrollRefusal::UsedCode;
        return result;
    }
    if (nowMs > found.int64(0, 1)) {
        result.refusal = EnrollRefusal::ExpiredCode;
        return result;
    }
    Result existing(conn, "SELECT school_id, revoked_at, reenroll_until FROM devices WHERE id = $1", {arg(deviceId)});
    if (existing.rows() > 0) {
        const bool revoked = !existing.isNull(0, 1);
        const bool otherSchool = existing.text(0, 0) != result.schoolId;
        const bool mayEnrollAgain = !existing.isNull(0, 2) && nowMs <= existing.int64(0, 2);
        if (revoked || otherSchool || !mayEnrollAgain) {
            result.refusal = revoked ? EnrollRefusal::DeviceRevoked
                : otherSchool        ? EnrollRefusal::DeviceOfOtherSchool
                                     : EnrollRefusal::DeviceEnrolled;
            return result; // rolled back: the code stays unused
        }
    }
    result.token = newSecret(32);
    // Replaces a credential only where the administrator allowed it, checked in
    // the statement itself: two enrollments racing for one id through two hub
    // processes cannot both win.
    const Result stored(conn,
                        "INSERT INTO devices (id, school_id, name, token_hash, enrolled_at, public_key) "
                        "VALUES ($1, $2, $3, $4, $5, $6) "
                        "ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, name = excluded.name, "
                        "enrolled_at = excluded.enrolled_at, public_key = excluded.public_key, reenroll_until = NULL "
                        "WHERE devices.revoked_at IS NULL AND devices.school_id = excluded.school_id "
                        "AND devices.reenroll_until >= $5",
                        {arg(deviceId), arg(result.schoolId), arg(deviceName), arg(secretHash(result.token)),
                         arg(nowMs), publicKey.isEmpty() ? QByteArray() : publicKey.toBase64()});
    if (stored.affected() != 1) {
        result = {EnrollRefusal::DeviceEnrolled, {}, {}, {}};
        return result;
    }
    Result(conn, "UPDATE enrollment_codes SET used_by = $1 WHERE code_hash = $2", {arg(deviceId), codeHash});
    tx.commit();
    return result;
}

QList<Device> PostgresHubStore::devices()
{
    Lease conn(*this);
    Result rows(
        conn,
        "SELECT id, school_id, name, enrolled_at, revoked_at, last_seen, reenroll_until, public_key FROM devices "
        "ORDER BY school_id, enrolled_at, id");
    QList<Device> result;
    for (int i = 0; i < rows.rows(); ++i)
        result.append(readDevice(rows, i));
    return result;
}

ReenrollPermit PostgresHubStore::allowReenrollment(const QString &deviceId, qint64 untilMs)
{
    Lease conn(*this);
    const Result found(conn, "SELECT revoked_at FROM devices WHERE id = $1", {arg(deviceId)});
    if (found.rows() == 0)
        return ReenrollPermit::UnknownDevice;
    if (!found.isNull(0, 0))
        return ReenrollPermit::Revoked;
    Result(conn, "UPDATE devices SET reenroll_until = $1 WHERE id = $2 AND revoked_at IS NULL",
           {arg(untilMs), arg(deviceId)});
    return ReenrollPermit::Allowed;
}

bool PostgresHubStore::revoke(const QString &deviceId, qint64 nowMs)
{
    Lease conn(*this);
    return Result(conn, "UPDATE devices SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2",
                  {arg(nowMs), arg(deviceId)})
               .affected()
        > 0;
}

std::optional<Device> PostgresHubStore::deviceForToken(const QString &token, qint64 nowMs)
{
    Lease conn(*this);
    Result row(
        conn,
        "SELECT id, school_id, name, enrolled_at, revoked_at, last_seen, reenroll_until, public_key FROM devices "
        "WHERE token_hash = $1",
        {arg(secretHash(token))});
    if (row.rows() == 0)
        return std::nullopt;
    Device device = readDevice(row, 0);
    if (!device.lastSeenMs || nowMs - *device.lastSeenMs > 60'000) {
        Result(conn, "UPDATE devices SET last_seen = $1 WHERE id = $2", {arg(nowMs), arg(device.id)});
        device.lastSeenMs = nowMs;
    }
    return device;
}

int PostgresHubStore::push(const QString &schoolId, const QString &deviceId, const QList<ChangeRow> &rows)
{
    if (rows.isEmpty())
        return 0;
    // The whole chunk in one statement: one round trip, however many rows.
    // Payloads travel as strings so their exact text is kept.
    QJsonArray array;
    for (const ChangeRow &row : rows)
        array.append(QJsonArray{row.hlc.toString(), row.entity, row.recordId, row.op, QString::fromUtf8(row.payload),
                                QString::number(row.atMs)});
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Compact);
    Lease conn(*this);
    PgTransaction tx(conn);
    Result(conn, "SELECT pg_advisory_xact_lock(hashtext($1))", {arg(schoolId)});
    Result inserted(conn,
                    "INSERT INTO changes (school_id, hlc, device_id, entity, record_id, op, payload, at) "
                    "SELECT $1, r->>0, $2, r->>1, r->>2, r->>3, r->>4, (r->>5)::bigint "
                    "FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(r, n) ORDER BY n "
                    "ON CONFLICT (school_id, hlc) DO NOTHING",
                    {arg(schoolId), arg(deviceId), json});
    tx.commit();
    return inserted.affected();
}

QList<QByteArray> PostgresHubStore::payloadsOf(const QString &schoolId, const QString &entity)
{
    Lease conn(*this);
    Result rows(conn, "SELECT payload FROM changes WHERE school_id = $1 AND entity = $2 ORDER BY seq",
                {arg(schoolId), arg(entity)});
    QList<QByteArray> payloads;
    for (int i = 0; i < rows.rows(); ++i)
        payloads.append(rows.bytes(i, 0));
    return payloads;
}

PullChunk PostgresHubStore::pull(const QString &schoolId, const QString &exceptDevice, qint64 cursor, int limit)
{
    Lease conn(*this);
    Result rows(conn,
                "SELECT seq, hlc, entity, record_id, op, payload, at, device_id FROM changes "
                "WHERE school_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                {arg(schoolId), arg(cursor), arg(qint64(limit))});
    PullChunk chunk;
    chunk.cursor = cursor;
    qsizetype bytes = 0;
    int scanned = 0;
    for (int i = 0; i < rows.rows() && bytes < kPullChunkBytes; ++i) {
        ++scanned;
        chunk.cursor = rows.int64(i, 0);
        if (rows.text(i, 7) == exceptDevice)
            continue;
        ChangeRow row;
        row.hlc = Hlc::parse(rows.text(i, 1)).value_or(Hlc{});
        row.entity = rows.text(i, 2);
        row.recordId = rows.text(i, 3);
        row.op = rows.text(i, 4);
        row.payload = rows.bytes(i, 5);
        row.atMs = rows.int64(i, 6);
        bytes += row.payload.size();
        chunk.rows.append(row);
    }
    chunk.more = scanned == limit || bytes >= kPullChunkBytes;
    return chunk;
}

} // namespace qq::hub
