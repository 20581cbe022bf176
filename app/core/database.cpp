#include "database.h"

#include "migrations.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "qinqing.storage")

namespace qq {

StorageError StorageError::fromSqlite(int code, const char *message)
{
    StorageErrorKind kind = StorageErrorKind::Other;
    switch (code & 0xff) {
    case SQLITE_FULL:
        kind = StorageErrorKind::DiskFull;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = StorageErrorKind::Corrupt;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = StorageErrorKind::Busy;
        break;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        kind = StorageErrorKind::ReadOnly;
        break;
    case SQLITE_CONSTRAINT:
        kind = StorageErrorKind::Constraint;
        break;
    default:
        break;
    }
    return {kind, QStringLiteral("sqlite %1: %2").arg(code).arg(QString::fromUtf8(message ? message : ""))};
}

StorageException::StorageException(StorageError error) : m_error(std::move(error)), m_what(m_error.detail.toStdString())
{
}

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }

Database::~Database()
{
    for (auto &[sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

void Database::recycle(const std::string &sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_statements.emplace(sql, stmt);
}

namespace {

sqlite3 *openHandle(const QString &path, Database::Mode mode)
{
    sqlite3 *handle = nullptr;
    const int flags =
        (mode == Database::Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        StorageError error = StorageError::fromSqlite(rc, handle ? sqlite3_errmsg(handle) : "open failed");
        sqlite3_close_v2(handle);
        throw StorageException(error);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);
    return handle;
}

void makeDurable(Database &db)
{
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=FULL");
    db.exec("PRAGMA foreign_keys=ON");
    // Sorts and temporary tables stay in memory: nothing of a letter in /tmp, even sealed.
    db.exec("PRAGMA temp_store=MEMORY");
    // Deleted rows are overwritten, not left in free pages: a deletion is real
    // (a child who left, a recovery code written down) even for a disk holder.
    db.exec("PRAGMA secure_delete=ON");
}

} // namespace

std::unique_ptr<Database> Database::openUnmigrated(const QString &path)
{
    std::unique_ptr<Database> db(new Database(openHandle(path, Mode::ReadWrite), path));
    makeDurable(*db);
    return db;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    std::unique_ptr<Database> db(new Database(openHandle(path, mode), path));

    // Check the schema version before anything can change the file: a newer
    // version's database must stay byte-for-byte as it was.
    const int version = db->userVersion();
    if (version > Migrations::latestVersion()) {
        throw StorageException({StorageErrorKind::NewerVersion,
                                QStringLiteral("database schema %1 is newer than this program's %2")
                                    .arg(version)
                                    .arg(Migrations::latestVersion())});
    }
    if (mode == Mode::ReadOnly)
        return db;

    makeDurable(*db);
    Migrations::apply(*db);
    return db;
}

void Database::fail(int code) const
{
    throw StorageException(StorageError::fromSqlite(code, sqlite3_errmsg(m_db)));
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        StorageError error = StorageError::fromSqlite(rc, message);
        sqlite3_free(message);
        throw StorageException(error);
    }
}

Statement Database::prepare(const char *sql)
{
    std::string key(sql);
    if (auto it = m_statements.find(key); it != m_statements.end()) {
        sqlite3_stmt *stmt = it->second;
        m_statements.erase(it);
        return Statement(*this, stmt, std::move(key));
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
    return Statement(*this, stmt, std::move(key));
}

Statement Database::prepare(const QByteArray &sql)
{
    return prepare(sql.constData());
}

int Database::userVersion()
{
    Statement stmt = prepare("PRAGMA user_version");
    stmt.step();
    return static_cast<int>(stmt.int64(0));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

void Database::begin()
{
    exec("BEGIN IMMEDIATE");
}

void Database::commit()
{
    exec("COMMIT");
}

void Database::rollback() noexcept
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

ReadTransaction::ReadTransaction(Database &db) : m_db(db), m_owner(!db.inTransaction())
{
    if (m_owner)
        m_db.exec("BEGIN DEFERRED");
}

ReadTransaction::~ReadTransaction()
{
    if (m_owner)
        m_db.rollback();
}

AllOrNothing::AllOrNothing(Database &db, const char *savepoint)
    : m_db(db), m_savepoint(savepoint), m_nested(db.inTransaction())
{
    if (m_nested)
        m_db.exec((std::string("SAVEPOINT ") + m_savepoint).c_str());
    else
        m_db.begin();
}

AllOrNothing::~AllOrNothing()
{
    if (m_done)
        return;
    if (!m_nested) {
        m_db.rollback();
        return;
    }
    try {
        m_db.exec((std::string("ROLLBACK TO ") + m_savepoint).c_str());
        m_db.exec((std::string("RELEASE ") + m_savepoint).c_str());
    } catch (const StorageException &) {
        // The caller's transaction fails as a whole then.
    }
}

void AllOrNothing::commit()
{
    if (m_nested)
        m_db.exec((std::string("RELEASE ") + m_savepoint).c_str());
    else
        m_db.commit();
    m_done = true;
}

Transaction::Transaction(Database &db) : m_db(db), m_owner(!db.inTransaction())
{
    if (m_owner)
        m_db.begin();
}

Transaction::~Transaction()
{
    if (m_owner && !m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (m_owner)
        m_db.commit();
    m_done = true;
}

Statement::Statement(Database &db, sqlite3_stmt *stmt, std::string sql) : m_db(&db), m_stmt(stmt), m_sql(std::move(sql))
{
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt), m_sql(std::move(other.m_sql))
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (m_stmt)
        m_db->recycle(m_sql, m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const char *value)
{
    return bind(index, QString::fromUtf8(value));
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc);
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    return bind(index, qint64(value));
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    const int rc = sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc);
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

} // namespace qq
