// Backups of a kiosk's data folder: an online copy with SQLite's backup API
// while another connection writes, encrypted with the kiosk's backup key,
// without the hub credential, kept for N days, copied only to a paired USB
// stick and never through a link there, letters still sealed inside; restore
// checks the file first and replaces the live data all or nothing, after
// keeping a safety copy; another kiosk's backup opens only with its code.
#include "backups.h"
#include "change_log.h"
#include "mailbox.h"
#include "migrations.h"
#include "replica_hash.h"
#include "temp_school.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace qq::test {
namespace {

const QDate kToday(2026, 11, 23);
const QString kPassphrase = QStringLiteral("moon over the river 42");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs SQL on a file with a plain connection (as a person with the sqlite3 tool would).
void execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

QByteArray hashOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return ReplicaHash::of(*db);
}

int countIn(const QString &path, const char *sql)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    Statement stmt = db->prepare(sql);
    stmt.step();
    return int(stmt.int64(0));
}

// Sets an environment variable for one test.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name) { qputenv(name, value); }
    ~ScopedEnv() { qunsetenv(m_name); }

private:
    const char *m_name;
};

class BackupsTest : public ::testing::Test {
protected:
    BackupsTest() : school(24, 2, true), backups(school.dir.path()), key(BackupKey::ensure(school.store->db())) { }

    // The plain database inside an encrypted backup, opened with the kiosk's key.
    QString plainOf(const QString &path)
    {
        const QString plain = QDir(school.dir.path()).filePath(QStringLiteral("plain-%1.sqlite").arg(++m_plains));
        EXPECT_EQ(Backups::decrypt(path, key, plain), BackupProblem::None);
        return plain;
    }

    QString newestPath() const { return QDir(backups.folder()).filePath(Backups::dailyFileName(kToday)); }
    // Some of the afternoon after a backup: sign-ins and a letter.
    void changeData()
    {
        const QList<Child> children = school.firstClass();
        for (int i = 0; i < 4; ++i) {
            school.clock.advance(60'000);
            ASSERT_TRUE(school.store->visits().signIn(children.at(i).id, Actor::Child).ok());
        }
        if (!school.store->mailbox().isSetUp()) {
            ASSERT_FALSE(school.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
        }
        Letter letter;
        letter.childId = children.at(5).id;
        letter.childName = children.at(5).name;
        letter.text = QStringLiteral("想妈妈了");
        ASSERT_TRUE(school.store->mailbox().send(letter).ok());
    }

    TempSchool school;
    Backups backups;
    BackupKey key;
    int m_plains = 0;
};

TEST_F(BackupsTest, ABackupIsOneCheckedFileHoldingEverythingTheKioskKeeps)
{
    const QByteArray before = ReplicaHash::of(school.store->db());
    EXPECT_FALSE(backups.hasBackupFor(kToday));
    const BackupOutcome made = backups.backUp(kToday, key);
    ASSERT_TRUE(made.ok()) << made.detail.toStdString();
    EXPECT_EQ(made.path, newestPath());
    EXPECT_TRUE(backups.hasBackupFor(kToday));
    EXPECT_EQ(QFileInfo(made.path).fileName(), QStringLiteral("qinqing-2026-11-23.qqbackup"));
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files), QStringList{QFileInfo(made.path).fileName()})
        << "no temporary, plain, -wal or -shm file is left next to it";
    // Encrypted: no SQLite header, no table names, no child's name in the file.
    const QByteArray sealed = readAll(made.path);
    EXPECT_TRUE(sealed.startsWith("QQBK"));
    EXPECT_FALSE(sealed.contains("SQLite format 3"));
    EXPECT_FALSE(sealed.contains("CREATE TABLE"));
    EXPECT_FALSE(sealed.contains(school.firstClass().first().name.toUtf8()));

    // The same records (photos included: they live in the database), and nothing else beside it.
    const QString plain = plainOf(made.path);
    EXPECT_EQ(hashOf(plain), before);
    EXPECT_GT(countIn(plain, "SELECT count(*) FROM children WHERE photo IS NOT NULL"), 0);
    EXPECT_EQ(countIn(plain, "SELECT count(*) FROM children"), school.count("SELECT count(*) FROM children"));
    // One file on its own: a rollback journal, not the live file's WAL (bytes 18 and 19 of the header).
    const QByteArray header = readAll(plain).left(100);
    EXPECT_EQ(header.mid(18, 2), QByteArray("\x01\x01", 2));
    // Children's files: only the kiosk's user may read them.
    EXPECT_EQ(QFileInfo(made.path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    EXPECT_EQ(QFileInfo(backups.folder()).permissions() & (QFile::ExeGroup | QFile::ExeOther), QFile::Permissions());

    const BackupCheck checked = backups.check(made.path, key);
    EXPECT_TRUE(checked.ok()) << checked.detail.toStdString();
    EXPECT_EQ(checked.schemaVersion, Migrations::latestVersion());
    EXPECT_EQ(checked.deviceId, school.store->changeLog().deviceId());

    // A second backup the same day replaces the first.
    school.clock.advance(60'000);
    ASSERT_TRUE(school.store->visits().signIn(school.firstClass().first().id, Actor::Child).ok());
    ASSERT_TRUE(backups.backUp(kToday, key).ok());
    EXPECT_EQ(backups.list({}).size(), 1);
    EXPECT_EQ(hashOf(plainOf(made.path)), ReplicaHash::of(school.store->db()));
}

TEST_F(BackupsTest, LettersInABackupAreStillSealed)
{
    // Made at run time, so it cannot be found in this file or the test binary.
    const QString secret = QStringLiteral("悄悄话-") + QString::number(QRandomGenerator::system()->generate64(), 36);
    QByteArray voice("QQV1-VOICE-MARKER-");
    for (int i = 0; i < 256; ++i)
        voice.append(char(QRandomGenerator::system()->bounded(256)));
    ASSERT_FALSE(school.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    const Child child = school.firstClass().at(2);
    Letter letter;
    letter.childId = child.id;
    letter.childName = child.name;
    letter.text = secret;
    letter.voice = voice;
    letter.voiceMs = 4000;
    ASSERT_TRUE(school.store->mailbox().send(letter).ok());
    Letter anonymous;
    anonymous.text = secret + QStringLiteral("-anonymous");
    ASSERT_TRUE(school.store->mailbox().send(anonymous).ok());

    const BackupOutcome made = backups.backUp(kToday, key);
    ASSERT_TRUE(made.ok());
    const QString plain = plainOf(made.path);
    EXPECT_EQ(countIn(plain, "SELECT count(*) FROM letters"), 2) << "the letters are in the backup…";
    const QByteArray bytes = readAll(plain); // even opened with the backup key
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    EXPECT_FALSE(bytes.contains(secret.toUtf8())) << "…but not their words";
    EXPECT_FALSE(bytes.contains(utf16));
    EXPECT_FALSE(bytes.contains(voice.mid(18, 64))) << "…nor their voice";

    // And so is the copy on a stick.
    QTemporaryDir stick;
    const BackupOutcome copied = Backups::copyToStick(made.path, stick.path());
    ASSERT_TRUE(copied.ok());
    EXPECT_FALSE(readAll(copied.path).contains(secret.toUtf8()));
}

TEST_F(BackupsTest, AnOnlineBackupWhileAnotherConnectionWritesIsOneConsistentSnapshot)
{
    // Every sign-in writes a visit and its change_log row in one transaction:
    // a consistent snapshot holds both or neither, for every one of them.
    const char *visitsMinusLogged = "SELECT (SELECT count(*) FROM visits) - "
                                    "(SELECT count(*) FROM change_log WHERE entity = 'visits' AND op = 'insert')";
    const int offset = school.count(visitsMinusLogged);
    const int visitsBefore = school.count("SELECT count(*) FROM visits");

    std::atomic<bool> stop = false;
    std::atomic<int> tries = 0, failures = 0;
    std::thread writer([&] {
        ManualClock clock(school.clock.nowMs());
        auto other = KioskStore::open(school.dir.path(), clock, TeacherPin::Cost::Minimal);
        const QList<Child> children = other->roster().childrenInClass(other->roster().classes().first().id);
        for (int i = 0; !stop && i < 5000; ++i) {
            clock.advance(11'000); // past the double-tap rule
            const Child &child = children.at(i % children.size());
            const VisitOutcome outcome = (i / children.size()) % 2 == 0
                ? other->visits().signIn(child.id, Actor::Child)
                : other->visits().signOut(child.id, Actor::Child);
            if (outcome.status == VisitOutcome::Status::StorageFailed)
                ++failures;
            ++tries;
        }
    });
    // Stopped and joined however the test ends (an ASSERT returns early).
    const std::unique_ptr<void, std::function<void(void *)>> joinWriter(&stop, [&](void *) {
        stop = true;
        writer.join();
    });
    while (tries < 20)
        std::this_thread::yield();

    // Backups one after another while the writer keeps going, each checked
    // at once, until three of them caught different moments of its work.
    QSet<int> moments;
    int lastVisits = visitsBefore;
    for (int i = 0; i < 60 && moments.size() < 3; ++i) {
        const BackupOutcome backup = backups.backUp(kToday.addDays(i % 3), key);
        ASSERT_TRUE(backup.ok()) << backup.detail.toStdString();
        EXPECT_TRUE(backups.check(backup.path, key).ok());
        const QString plain = plainOf(backup.path);
        EXPECT_EQ(countIn(plain, visitsMinusLogged), offset) << "backup " << i;
        const int visits = countIn(plain, "SELECT count(*) FROM visits");
        QFile::remove(plain);
        EXPECT_GE(visits, lastVisits) << "each backup is a later snapshot";
        lastVisits = visits;
        moments.insert(visits);
    }
    stop = true;
    EXPECT_EQ(failures, 0) << "the kiosk's writes are not held up by a backup";
    EXPECT_GE(moments.size(), 3) << "the writer wrote while the backups were made";
    EXPECT_GT(lastVisits, visitsBefore) << "the writer's sign-ins were in the backups while it ran";
}

TEST_F(BackupsTest, PruningKeepsExactlyTheNewestNDaysAndAFewSafetyCopies)
{
    ASSERT_TRUE(backups.backUp(kToday, key).ok());
    const QByteArray bytes = readAll(newestPath());
    for (int day = 1; day < 20; ++day)
        ASSERT_TRUE(writeAll(QDir(backups.folder()).filePath(Backups::dailyFileName(kToday.addDays(-day))), bytes));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(writeAll(
            QDir(backups.folder()).filePath(Backups::safetyCopyFileName(QDateTime(kToday.addDays(-i), QTime(10, 0)))),
            bytes));
    ASSERT_TRUE(writeAll(QDir(backups.folder()).filePath(QStringLiteral("qinqing-2026-11-01.qqbackup.part")), bytes));
    ASSERT_TRUE(writeAll(QDir(backups.folder()).filePath(QStringLiteral("notes.txt")), "a teacher's own file"));

    EXPECT_EQ(backups.prune(14), (20 - 14) + (5 - Backups::kKeepSafetyCopies));
    QList<QDate> kept, safety;
    for (const BackupFile &file : backups.list({}))
        (file.safetyCopy ? safety : kept).append(file.day);
    ASSERT_EQ(kept.size(), 14);
    EXPECT_EQ(kept.first(), kToday);
    EXPECT_EQ(kept.last(), kToday.addDays(-13));
    EXPECT_EQ(safety, (QList<QDate>{kToday, kToday.addDays(-1), kToday.addDays(-2)}));
    EXPECT_FALSE(QFile::exists(QDir(backups.folder()).filePath(QStringLiteral("qinqing-2026-11-01.qqbackup.part"))));
    EXPECT_TRUE(QFile::exists(QDir(backups.folder()).filePath(QStringLiteral("notes.txt"))))
        << "only backups are ever removed";
    EXPECT_EQ(backups.prune(14), 0);
    // By the files' own dates, not the clock: a kiosk whose clock jumped ahead keeps its history.
    EXPECT_EQ(backups.prune(1), 13 + 0);
    EXPECT_EQ(backups.list({}).size(), 1 + Backups::kKeepSafetyCopies);
}

TEST_F(BackupsTest, ACopyGoesToTheStickInItsOwnFolderAndIsListed)
{
    QTemporaryDir stick, other;
    const ScopedEnv env("QINQING_USB_ROOTS",
                        (stick.path() + QStringLiteral(":/no/such/stick:") + other.path()).toUtf8());
    EXPECT_EQ(Backups::stickRoots(), (QStringList{stick.path(), other.path()})) << "missing folders are not sticks";
    EXPECT_FALSE(Backups::isBackupStick(stick.path(), key));

    ASSERT_TRUE(backups.backUp(kToday, key).ok());
    const BackupOutcome copied = Backups::copyToStick(newestPath(), stick.path());
    ASSERT_TRUE(copied.ok()) << copied.detail.toStdString();
    EXPECT_EQ(copied.path, QDir(stick.path()).filePath(QStringLiteral("qinqing-backups/qinqing-2026-11-23.qqbackup")));
    EXPECT_EQ(readAll(copied.path), readAll(newestPath()));
    EXPECT_FALSE(Backups::isBackupStick(stick.path(), key)) << "a copy alone does not pair a stick";
    ASSERT_TRUE(Backups::pairStick(stick.path(), key));
    EXPECT_TRUE(Backups::isBackupStick(stick.path(), key));
    EXPECT_FALSE(Backups::isBackupStick(other.path(), key));
    EXPECT_EQ(QDir(QDir(stick.path()).filePath(QStringLiteral("qinqing-backups"))).entryList(QDir::Files).size(), 2);
    EXPECT_TRUE(backups.check(copied.path, key).ok());

    const QList<BackupFile> listed = backups.list(Backups::stickRoots());
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).place, BackupPlace::Kiosk);
    EXPECT_EQ(listed.at(1).place, BackupPlace::Usb);
    EXPECT_EQ(listed.at(1).day, kToday);
    EXPECT_EQ(listed.at(1).bytes, QFileInfo(newestPath()).size());

    // The stick keeps N days as well.
    for (int day = 1; day < 4; ++day)
        ASSERT_TRUE(
            writeAll(QDir(stick.path())
                         .filePath(QStringLiteral("qinqing-backups/") + Backups::dailyFileName(kToday.addDays(-day))),
                     readAll(newestPath())));
    // And plain backups an older version left there go at once: they hold everything in clear.
    ASSERT_TRUE(writeAll(QDir(stick.path()).filePath(QStringLiteral("qinqing-backups/qinqing-2026-11-20.sqlite")),
                         "an old plain backup"));
    EXPECT_EQ(Backups::pruneStick(stick.path(), 2), 3);
    EXPECT_FALSE(
        QFile::exists(QDir(stick.path()).filePath(QStringLiteral("qinqing-backups/qinqing-2026-11-20.sqlite"))));
    EXPECT_TRUE(Backups::isBackupStick(stick.path(), key)) << "the pairing stays";

    // Without the override, no folder of the test counts as a stick.
    qunsetenv("QINQING_USB_ROOTS");
    for (const QString &root : Backups::stickRoots())
        EXPECT_TRUE(root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"))
                    || root.startsWith(QLatin1String("/mnt/usb")))
            << root.toStdString();
}

TEST_F(BackupsTest, ARestoreBringsBackExactlyTheBackupAndKeepsASafetyCopy)
{
    ASSERT_TRUE(backups.backUp(kToday, key).ok());
    const QByteArray atBackup = ReplicaHash::of(school.store->db());
    const int logAtBackup = school.count("SELECT count(*) FROM change_log");
    changeData();
    const QByteArray changed = ReplicaHash::of(school.store->db());
    ASSERT_NE(changed, atBackup);

    const QString safetyName = Backups::safetyCopyFileName(QDateTime(kToday, QTime(16, 5, 9)));
    const RestoreOutcome restored = backups.restore(newestPath(), key, safetyName);
    ASSERT_TRUE(restored.ok()) << restored.detail.toStdString();
    EXPECT_EQ(QFileInfo(restored.safetyCopyPath).fileName(),
              QStringLiteral("before-restore-2026-11-23-160509.qqbackup"));
    EXPECT_EQ(hashOf(plainOf(restored.safetyCopyPath)), changed) << "the safety copy holds the data that was replaced";
    // A safety copy is never overwritten (a second restore in the same second is refused, changing nothing).
    EXPECT_EQ(backups.restore(newestPath(), key, safetyName).problem, BackupProblem::CannotWrite);
    EXPECT_EQ(hashOf(plainOf(restored.safetyCopyPath)), changed);

    // As the kiosk starts again.
    school.reopen();
    EXPECT_EQ(ReplicaHash::of(school.store->db()), atBackup);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log"), logAtBackup);
    EXPECT_EQ(school.count("SELECT count(*) FROM letters"), 0);
    EXPECT_TRUE(Backups::checkPlain(school.databasePath()).ok());

    // And the safety copy undoes the restore.
    ASSERT_TRUE(
        backups.restore(restored.safetyCopyPath, key, Backups::safetyCopyFileName(QDateTime(kToday, QTime(16, 6))))
            .ok());
    school.reopen();
    EXPECT_EQ(ReplicaHash::of(school.store->db()), changed);
    EXPECT_EQ(school.count("SELECT count(*) FROM letters"), 1);
}

TEST_F(BackupsTest, ABackupFromAnOlderVersionIsRestoredAndMigratedOnTheNextStart)
{
    // A plain backup an older version made in the kiosk's own folder.
    ASSERT_TRUE(QDir().mkpath(backups.folder()));
    const QString older = QDir(backups.folder()).filePath(QStringLiteral("qinqing-2026-11-01.sqlite"));
    {
        // A file as an earlier Qinqing left it: the first steps only.
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(older).constData(), &db), SQLITE_OK);
        for (int step = 1; step < Migrations::latestVersion(); ++step)
            ASSERT_EQ(sqlite3_exec(db, Migrations::step(step), nullptr, nullptr, nullptr), SQLITE_OK) << step;
        const std::string version = "PRAGMA user_version = " + std::to_string(Migrations::latestVersion() - 1);
        ASSERT_EQ(sqlite3_exec(db, version.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    const BackupCheck checked = backups.check(older, key);
    ASSERT_TRUE(checked.ok()) << checked.detail.toStdString();
    EXPECT_EQ(checked.schemaVersion, Migrations::latestVersion() - 1);
    EXPECT_FALSE(backups.list({}).first().encrypted);
    const RestoreOutcome restored =
        backups.restore(older, key, QStringLiteral("before-restore-2026-11-23-150000.qqbackup"));
    ASSERT_TRUE(restored.ok()) << restored.detail.toStdString();
    EXPECT_EQ(restored.schemaVersion, Migrations::latestVersion() - 1);
    school.reopen();
    EXPECT_EQ(school.store->db().userVersion(), Migrations::latestVersion());
    EXPECT_EQ(school.count("SELECT count(*) FROM children"), 0);
}

// Each bad file is refused with its own reason, and the live data is untouched:
// same bytes, no safety copy made.
class BadBackupTest : public BackupsTest {
protected:
    void expectRefused(const QString &path, BackupProblem problem)
    {
        const BackupCheck checked = backups.check(path, key);
        EXPECT_EQ(checked.problem, problem) << checked.detail.toStdString();
        const QByteArray live = ReplicaHash::of(school.store->db());
        const int visits = school.count("SELECT count(*) FROM visits");
        const RestoreOutcome restored =
            backups.restore(path, key, QStringLiteral("before-restore-2026-11-23-150000.qqbackup"));
        EXPECT_EQ(restored.problem, problem);
        EXPECT_TRUE(restored.safetyCopyPath.isEmpty());
        EXPECT_FALSE(QFile::exists(
            QDir(backups.folder()).filePath(QStringLiteral("before-restore-2026-11-23-150000.qqbackup"))));
        school.reopen();
        EXPECT_EQ(ReplicaHash::of(school.store->db()), live);
        EXPECT_EQ(school.count("SELECT count(*) FROM visits"), visits);
    }
    QString good()
    {
        const BackupOutcome made = backups.backUp(kToday, key);
        EXPECT_TRUE(made.ok());
        return made.path;
    }
    QString scratch(const char *name) const { return QDir(school.dir.path()).filePath(QLatin1String(name)); }
    // A plain file turned into a backup with this kiosk's own key: only the
    // content is bad (someone holding the key could make it; nobody else can).
    QString sealedAs(const QString &plain, const char *name)
    {
        EXPECT_TRUE(Backups::encrypt(plain, scratch(name), key));
        return scratch(name);
    }
};

TEST_F(BadBackupTest, ATruncatedFileIsDamaged)
{
    const QByteArray bytes = readAll(good());
    ASSERT_GT(bytes.size(), 64 * 1024) << "photos make it large enough to cut";
    ASSERT_TRUE(writeAll(scratch("cut.qqbackup"), bytes.left(bytes.size() / 2)));
    changeData();
    expectRefused(scratch("cut.qqbackup"), BackupProblem::Damaged);
    // Cut exactly after a whole chunk, or with one byte changed: refused all the same.
    ASSERT_TRUE(writeAll(scratch("chunk.qqbackup"), bytes.left(bytes.size() - 17)));
    expectRefused(scratch("chunk.qqbackup"), BackupProblem::Damaged);
    QByteArray flipped = bytes;
    flipped[flipped.size() / 3] = char(flipped.at(flipped.size() / 3) ^ 0x20);
    ASSERT_TRUE(writeAll(scratch("flipped.qqbackup"), flipped));
    expectRefused(scratch("flipped.qqbackup"), BackupProblem::Damaged);
}

TEST_F(BadBackupTest, RandomBytesAreNotADatabase)
{
    QByteArray noise(200'000, '\0');
    for (char &byte : noise)
        byte = char(QRandomGenerator::global()->bounded(256));
    ASSERT_TRUE(writeAll(scratch("noise.qqbackup"), noise));
    expectRefused(scratch("noise.qqbackup"), BackupProblem::NotADatabase);
    ASSERT_TRUE(writeAll(scratch("noise.sqlite"), noise));
    const QString plainNoise = sealedAs(scratch("noise.sqlite"), "noise-sealed.qqbackup");
    expectRefused(plainNoise, BackupProblem::NotADatabase);
}

TEST_F(BadBackupTest, AFileFromANewerVersionIsRefused)
{
    const QString newer = plainOf(good());
    execOn(newer, ("PRAGMA user_version = " + std::to_string(Migrations::latestVersion() + 1)).c_str());
    expectRefused(sealedAs(newer, "newer.qqbackup"), BackupProblem::NewerVersion);
}

TEST_F(BadBackupTest, AnotherProgramsDatabaseIsNotQinqing)
{
    execOn(scratch("other.sqlite"), "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('dumplings');");
    expectRefused(sealedAs(scratch("other.sqlite"), "other.qqbackup"), BackupProblem::NotQinqing);
    ASSERT_TRUE(writeAll(scratch("empty.sqlite"), {}));
    expectRefused(sealedAs(scratch("empty.sqlite"), "empty.qqbackup"), BackupProblem::NotQinqing);
}

TEST_F(BadBackupTest, AQinqingFileWithSomethingAddedIsNotQinqing)
{
    // A trigger would run on the kiosk with every sign-in after a restore.
    const QString changed = plainOf(good());
    execOn(changed, "CREATE TRIGGER spy AFTER INSERT ON visits BEGIN DELETE FROM children; END;");
    expectRefused(sealedAs(changed, "changed.qqbackup"), BackupProblem::NotQinqing);
}

TEST_F(BadBackupTest, AMissingFileIsMissing)
{
    expectRefused(scratch("gone.qqbackup"), BackupProblem::Missing);
}

TEST_F(BadBackupTest, APlainDatabaseFromAStickIsNotTrusted)
{
    // A real kiosk's data, plain, as an older version wrote to sticks or as
    // anyone could craft one (with a counselor key of their own inside).
    const QString plain = plainOf(good());
    QTemporaryDir stick;
    ASSERT_TRUE(QDir(stick.path()).mkpath(QStringLiteral("qinqing-backups")));
    const QString onStick = QDir(stick.path()).filePath(QStringLiteral("qinqing-backups/qinqing-2026-11-22.sqlite"));
    ASSERT_TRUE(QFile::copy(plain, onStick));
    changeData();
    expectRefused(onStick, BackupProblem::NotEncrypted);
    expectRefused(plain, BackupProblem::NotEncrypted);
    for (const BackupFile &file : backups.list({stick.path()}))
        EXPECT_NE(file.place, BackupPlace::Usb) << "plain files on a stick are not even listed";
}

TEST_F(BackupsTest, TheHubCredentialAndTheBackupKeyNeverLeaveInABackup)
{
    // Made at run time, so it cannot be found in this file or the test binary.
    const QString token = QStringLiteral("tok-") + QString::number(QRandomGenerator::system()->generate64(), 36);
    LocalState::set(school.store->db(), "sync.token", token);
    // The device's Ed25519 signing key (its USB files are signed with it), also made at run time.
    const QString deviceKey = QByteArray::number(QRandomGenerator::system()->generate64(), 36).repeated(4).toBase64();
    LocalState::set(school.store->db(), "sync.device_key", deviceKey);
    LocalState::set(school.store->db(), "sync.hub", QStringLiteral("https://hub.example:8443"));
    const BackupOutcome made = backups.backUp(kToday, key);
    ASSERT_TRUE(made.ok());
    const QString plain = plainOf(made.path);
    const QByteArray bytes = readAll(plain);
    EXPECT_FALSE(bytes.contains(token.toUtf8())) << "not even in the free pages";
    EXPECT_FALSE(readAll(made.path).contains(token.toUtf8()));
    EXPECT_FALSE(bytes.contains(deviceKey.toUtf8())) << "the signing key, not even in the free pages";
    EXPECT_FALSE(readAll(made.path).contains(deviceKey.toUtf8()));
    EXPECT_EQ(countIn(plain,
                      "SELECT count(*) FROM local_state WHERE key = 'sync.token' OR key LIKE 'sync.device_key%' "
                      "OR key LIKE 'backup.%'"),
              0);
    EXPECT_EQ(countIn(plain, "SELECT count(*) FROM local_state WHERE key = 'sync.hub'"), 1) << "the rest is kept";
    const QByteArray rawKey(reinterpret_cast<const char *>(key.secret().data()), BackupKey::kKeyBytes);
    EXPECT_FALSE(bytes.contains(rawKey.toBase64()));

    // Restored on the same kiosk, it keeps its own credential and key.
    ASSERT_TRUE(backups.restore(made.path, key, QStringLiteral("before-restore-2026-11-23-170000.qqbackup")).ok());
    school.reopen();
    EXPECT_EQ(LocalState::get(school.store->db(), "sync.token"), token);
    EXPECT_EQ(LocalState::get(school.store->db(), "sync.device_key"), deviceKey);
    ASSERT_TRUE(BackupKey::load(school.store->db()));
    EXPECT_EQ(BackupKey::load(school.store->db())->id(), key.id());
}

TEST_F(BackupsTest, AnotherKiosksBackupOpensOnlyWithItsRecoveryCode)
{
    const QString code = BackupKey::pendingRecoveryCode(school.store->db());
    ASSERT_EQ(Sealing::normaliseRecoveryCode(code).size(), 24);
    const BackupOutcome made = backups.backUp(kToday, key);
    ASSERT_TRUE(made.ok());
    const QByteArray atBackup = ReplicaHash::of(school.store->db());

    // A new kiosk (its own key) after the old one broke.
    TempSchool replacement(2, 1, false);
    const Backups itsBackups(replacement.dir.path());
    const BackupKey itsKey = BackupKey::ensure(replacement.store->db());
    EXPECT_NE(itsKey.id(), key.id());
    const BackupCheck looked = itsBackups.check(made.path, itsKey);
    EXPECT_EQ(looked.problem, BackupProblem::WrongKey);
    EXPECT_EQ(looked.lockedKey, Backups::lockedKeyOf(made.path));
    EXPECT_FALSE(BackupKey::recover(looked.lockedKey, Sealing::newRecoveryCode())) << "a wrong code opens nothing";
    EXPECT_FALSE(BackupKey::recover(looked.lockedKey, QStringLiteral("12345678")));
    const std::optional<BackupKey> opened = BackupKey::recover(looked.lockedKey, code.toLower());
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->id(), key.id());
    ASSERT_TRUE(itsBackups.check(made.path, *opened).ok());
    ASSERT_TRUE(
        itsBackups.restore(made.path, *opened, QStringLiteral("before-restore-2026-11-23-180000.qqbackup")).ok());
    replacement.reopen();
    EXPECT_EQ(ReplicaHash::of(replacement.store->db()), atBackup);

    // Once the teacher wrote it down, the code is gone from the kiosk, overwritten.
    BackupKey::forgetRecoveryCode(school.store->db());
    EXPECT_TRUE(BackupKey::pendingRecoveryCode(school.store->db()).isEmpty());
    school.reopen();
    school.store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    EXPECT_FALSE(readAll(school.databasePath()).contains(code.toUtf8()));
}

TEST_F(BackupsTest, AFolderNamedLikeOursDoesNotMakeABackupStick)
{
    // Anyone can make the folder, or copy the pairing file from another stick.
    QTemporaryDir stick, copiedStick;
    ASSERT_TRUE(QDir(stick.path()).mkpath(QStringLiteral("qinqing-backups")));
    EXPECT_FALSE(Backups::isBackupStick(stick.path(), key));
    ASSERT_TRUE(Backups::pairStick(stick.path(), key));
    ASSERT_TRUE(QDir(copiedStick.path()).mkpath(QStringLiteral("qinqing-backups")));
    const QString mark = QStringLiteral("qinqing-backups/") + QLatin1String(Backups::kStickMarkName);
    QByteArray forged = readAll(QDir(stick.path()).filePath(mark));
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == 'a' ? 'b' : 'a';
    ASSERT_TRUE(writeAll(QDir(copiedStick.path()).filePath(mark), forged));
    EXPECT_FALSE(Backups::isBackupStick(copiedStick.path(), key)) << "a changed MAC";
    TempSchool otherKiosk(2, 1, false);
    EXPECT_FALSE(Backups::isBackupStick(stick.path(), BackupKey::ensure(otherKiosk.store->db())))
        << "another kiosk's stick is not this kiosk's";
}

TEST_F(BackupsTest, WritingToAStickNeverFollowsALink)
{
    QTemporaryDir stick, outside;
    const QString victim = QDir(outside.path()).filePath(QStringLiteral("victim.txt"));
    ASSERT_TRUE(writeAll(victim, "precious"));
    ASSERT_TRUE(backups.backUp(kToday, key).ok());
    const QString name = Backups::dailyFileName(kToday);

    // 1. The folder itself is a link to somewhere else.
    ASSERT_TRUE(QFile::link(outside.path(), QDir(stick.path()).filePath(QStringLiteral("qinqing-backups"))));
    EXPECT_FALSE(Backups::copyToStick(newestPath(), stick.path()).ok());
    EXPECT_FALSE(Backups::pairStick(stick.path(), key));
    EXPECT_EQ(QDir(outside.path()).entryList(QDir::Files), QStringList{QStringLiteral("victim.txt")});
    EXPECT_EQ(Backups::pruneStick(stick.path(), 1), 0);
    EXPECT_TRUE(backups.list({stick.path()}).size() == 1) << "nothing listed through the link";

    // 2. A real folder, with links planted under the names the kiosk writes.
    ASSERT_TRUE(QFile::remove(QDir(stick.path()).filePath(QStringLiteral("qinqing-backups"))));
    const QDir folder(QDir(stick.path()).filePath(QStringLiteral("qinqing-backups")));
    ASSERT_TRUE(folder.mkpath(QStringLiteral(".")));
    ASSERT_TRUE(QFile::link(victim, folder.filePath(name + QStringLiteral(".part"))));
    ASSERT_TRUE(QFile::link(victim, folder.filePath(name)));
    ASSERT_TRUE(QFile::link(victim, folder.filePath(QLatin1String(Backups::kStickMarkName))));
    ASSERT_TRUE(Backups::pairStick(stick.path(), key));
    const BackupOutcome copied = Backups::copyToStick(newestPath(), stick.path());
    ASSERT_TRUE(copied.ok()) << copied.detail.toStdString();
    EXPECT_EQ(readAll(victim), QByteArray("precious")) << "the file outside the stick is untouched";
    EXPECT_FALSE(QFileInfo(folder.filePath(name)).isSymLink());
    EXPECT_EQ(readAll(folder.filePath(name)), readAll(newestPath()));
    EXPECT_TRUE(Backups::isBackupStick(stick.path(), key));

    // 3. Reading a backup through a link is refused too.
    const QString linked = folder.filePath(QStringLiteral("qinqing-2026-11-22.qqbackup"));
    ASSERT_TRUE(QFile::link(newestPath(), linked));
    EXPECT_EQ(backups.check(linked, key).problem, BackupProblem::Missing);
}

} // namespace
} // namespace qq::test
