#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace qq {

// Why a write failed, in the terms a person (or a test) can act on.
enum class StorageErrorKind { None, DiskFull, NewerVersion, Corrupt, Busy, ReadOnly, Constraint, Other };

struct StorageError {
    StorageErrorKind kind = StorageErrorKind::None;
    QString detail; // technical detail for the log; never holds personal data

    explicit operator bool() const { return kind != StorageErrorKind::None; }
    static StorageError fromSqlite(int code, const char *message);
};

// Thrown by the storage layer; services catch it at their boundary and turn it into a result.
class StorageException : public std::exception {
public:
    explicit StorageException(StorageError error);
    const StorageError &error() const { return m_error; }
    const char *what() const noexcept override { return m_what.c_str(); }

private:
    StorageError m_error;
    std::string m_what;
};

class Statement;

// One SQLite connection. Opened with WAL and synchronous=FULL so that a commit
// that returned is on disk: a child sees "done" only after that.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the current schema. A file
    // written by a newer version is refused before anything is written to it.
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite);
    // The same durable settings, but with no kiosk schema: for files that are
    // not a kiosk's (the hub's store), whose owner migrates them itself.
    static std::unique_ptr<Database> openUnmigrated(const QString &path);

    void exec(const char *sql);
    Statement prepare(const char *sql);
    Statement prepare(const QByteArray &sql);
    int userVersion();
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    bool inTransaction() const;
    void begin();
    void commit();
    void rollback() noexcept;

    [[noreturn]] void fail(int code) const;

private:
    friend class Statement;
    Database(sqlite3 *db, QString path);
    void recycle(const std::string &sql, sqlite3_stmt *stmt);

    sqlite3 *m_db;
    QString m_path;
    // Prepared statements are kept and reused: a tap runs the same few
    // queries every time, and parsing them again cost more than running them.
    std::unordered_multimap<std::string, sqlite3_stmt *> m_statements;
};

// Rolls back unless committed: an exception anywhere leaves the file as it was.
// Inside an outer transaction it joins that one (commit and rollback are the outer's).
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_owner;
    bool m_done = false;
};

// Reads in one snapshot of the file (WAL), unless the caller has a transaction.
class ReadTransaction {
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction(); // rolls back: nothing was written
    ReadTransaction(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_owner;
};

// All or nothing even inside a caller's transaction: there it is a savepoint
// (named `savepoint`, a string literal) that is rolled back on failure.
class AllOrNothing {
public:
    AllOrNothing(Database &db, const char *savepoint);
    ~AllOrNothing();
    AllOrNothing(const AllOrNothing &) = delete;
    void commit();

private:
    Database &m_db;
    const char *m_savepoint;
    bool m_nested;
    bool m_done = false;
};

class Statement {
public:
    Statement(Database &db, sqlite3_stmt *stmt, std::string sql);
    Statement(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bind(int index, const std::optional<qint64> &value);

    bool step(); // true while a row is available
    void run(); // step to completion (for writes)
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QByteArray blob(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
    std::string m_sql; // the cache key
};

} // namespace qq
