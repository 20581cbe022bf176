#include "database.h"
#include "migrations.h"
#include "temp_school.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

using namespace qq;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const char *sql)
{
    Statement stmt = db.prepare(sql);
    stmt.step();
    return stmt.text(0);
}

} // namespace

TEST(Database, OpensWithWalFullSyncAndLatestSchema)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath("a.sqlite"));
    EXPECT_EQ(pragma(*db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(pragma(*db, "PRAGMA synchronous"), "2"); // FULL
    EXPECT_EQ(pragma(*db, "PRAGMA foreign_keys"), "1");
    EXPECT_EQ(db->userVersion(), Migrations::latestVersion());
    EXPECT_GE(Migrations::latestVersion(), 1);
}

TEST(Database, ReopeningDoesNotMigrateAgain)
{
    QTemporaryDir dir;
    Database::open(dir.filePath("a.sqlite"));
    auto db = Database::open(dir.filePath("a.sqlite"));
    EXPECT_EQ(db->userVersion(), Migrations::latestVersion());
}

TEST(Database, RefusesANewerVersionAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("newer.sqlite");
    {
        sqlite3 *raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        const std::string sql =
            "CREATE TABLE future(x); PRAGMA user_version = " + std::to_string(Migrations::latestVersion() + 7);
        ASSERT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        FAIL() << "a newer database was opened";
    } catch (const StorageException &e) {
        EXPECT_EQ(e.error().kind, StorageErrorKind::NewerVersion);
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + "-wal"));
}

TEST(Database, AFileThatIsNotADatabaseIsRefusedAndKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("garbage.sqlite");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        FAIL() << "garbage was opened as a database";
    } catch (const StorageException &e) {
        EXPECT_EQ(e.error().kind, StorageErrorKind::Corrupt);
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, TransactionRollsBackWhenNotCommitted)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath("a.sqlite"));
    {
        Transaction tx(*db);
        db->exec("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    }
    Statement stmt = db->prepare("SELECT count(*) FROM settings");
    stmt.step();
    EXPECT_EQ(stmt.int64(0), 0);
}

TEST(Database, EveryDemoRecordHasAChangeLogEntry)
{
    test::TempSchool school(12, 2);
    const int records = school.count("SELECT (SELECT count(*) FROM classes) + (SELECT count(*) FROM children) + "
                                     "(SELECT count(*) FROM contacts)");
    const int logged =
        school.count("SELECT count(*) FROM change_log WHERE entity IN ('classes', 'children', 'contacts')");
    EXPECT_EQ(records, 2 + 12 + 36);
    EXPECT_EQ(logged, records);
    EXPECT_EQ(school.count("SELECT count(DISTINCT device_id) FROM change_log"), 1);
}

TEST(Database, DeviceIdIsStableAcrossRestarts)
{
    test::TempSchool school;
    const QString id = school.store->changeLog().deviceId();
    school.reopen();
    EXPECT_EQ(school.store->changeLog().deviceId(), id);
    EXPECT_EQ(id.size(), 36);
}

TEST(Database, TheDataFolderIsPrivateToTheKiosksUser)
{
    test::TempSchool school;
    const QFile::Permissions permissions = QFile::permissions(school.dir.path());
    EXPECT_TRUE(permissions & QFile::ReadOwner);
    EXPECT_FALSE(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther | QFile::WriteOther));
}
