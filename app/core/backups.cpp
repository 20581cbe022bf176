#include "backups.h"

#include "kiosk_store.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStorageInfo>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcBackup, "qinqing.backup")

namespace qq {
namespace {

// Room the live database keeps after a backup is written next to it: the
// kiosk must still be able to sign a child in on a nearly full disk.
constexpr qint64 kKioskReserveBytes = 32LL * 1024 * 1024;
constexpr qint64 kStickReserveBytes = 1LL * 1024 * 1024;
constexpr int kBusyTimeoutMs = 10'000;
constexpr const char *kPartSuffix = ".part";

// One SQLite connection that closes itself.
class Connection {
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    int open(const QString &path, int flags)
    {
        const int rc =
            sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
        if (m_db) {
            sqlite3_extended_result_codes(m_db, 1);
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        }
        return rc;
    }
    void close()
    {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection"); }

    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    // Every row's columns joined by '|'; an SQLite result code.
    int rows(const char *sql, QStringList *out)
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                columns << (text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)) : QString());
            }
            out->append(columns.join(QLatin1Char('|')));
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

private:
    sqlite3 *m_db = nullptr;
};

BackupProblem problemFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return BackupProblem::NotADatabase;
    case SQLITE_CORRUPT:
        return BackupProblem::Damaged;
    case SQLITE_FULL:
        return BackupProblem::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return BackupProblem::Busy;
    default:
        return BackupProblem::CannotWrite;
    }
}

QString sqliteDetail(const char *step, int code, const QString &message)
{
    return QStringLiteral("%1: sqlite %2 (%3)").arg(QLatin1String(step)).arg(code).arg(message);
}

// fsync: a file, or a folder after a rename in it (so the new name survives a power cut).
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Replaces `target` in one step (POSIX rename), then makes the name durable.
bool moveIntoPlace(const QString &temp, const QString &target)
{
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    syncToDisk(QFileInfo(target).absolutePath()); // some filesystems (vfat) cannot sync a folder: not an error
    return true;
}

bool hasRoomFor(const QString &folder, qint64 bytes)
{
    const QStorageInfo volume(folder);
    return !volume.isValid() || volume.bytesAvailable() < 0 || volume.bytesAvailable() >= bytes;
}

// The schema as sqlite_master has it, one line per object, whitespace folded.
int readSchema(Connection &db, QStringList *schema)
{
    const int rc = db.rows("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
                           schema);
    for (QString &line : *schema)
        line = line.simplified();
    return rc;
}

// What Qinqing's own migrations make for `version`: a real kiosk's file has
// exactly this, nothing more (no foreign tables, views or triggers).
QStringList expectedSchema(int version)
{
    Connection memory;
    QStringList schema;
    if (memory.open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
        return schema;
    if (memory.exec("BEGIN") != SQLITE_OK)
        return schema;
    for (int step = 1; step <= version; ++step) {
        if (memory.exec(Migrations::step(step)) != SQLITE_OK) {
            qCWarning(lcBackup) << "migration step" << step << "failed in memory:" << memory.error();
            return schema;
        }
    }
    memory.exec("COMMIT");
    readSchema(memory, &schema);
    return schema;
}

const QRegularExpression &dailyName()
{
    static const QRegularExpression re(QStringLiteral("^qinqing-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    return re;
}

const QRegularExpression &safetyName()
{
    static const QRegularExpression re(QStringLiteral("^before-restore-(\\d{4}-\\d{2}-\\d{2})-\\d{6}\\.sqlite$"));
    return re;
}

QList<BackupFile> filesIn(const QString &folder, BackupPlace place)
{
    QList<BackupFile> files;
    const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        bool safety = false;
        const std::optional<QDate> day = Backups::dayOf(entry.fileName(), &safety);
        if (!day)
            continue;
        files.append({entry.absoluteFilePath(), entry.fileName(), *day, entry.size(), place, safety});
    }
    return files;
}

// Copies every page of `from` into the live database `to` with the backup
// API, in one step: one write transaction on `to`, so if anything fails (the
// stick is pulled, the disk fills) it rolls back whole.
bool copyInto(const QString &from, const QString &to, int *code, QString *message)
{
    Connection source;
    int rc = source.open(from, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK) {
        *code = SQLITE_CANTOPEN;
        *message = sqliteDetail("open backup", rc, source.error());
        return false;
    }
    Connection live;
    rc = live.open(to, SQLITE_OPEN_READWRITE);
    if (rc != SQLITE_OK) {
        *code = rc;
        *message = sqliteDetail("open live", rc, live.error());
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(live.handle(), "main", source.handle(), "main");
    if (!backup) {
        *code = sqlite3_extended_errcode(live.handle());
        *message = sqliteDetail("restore init", *code, live.error());
        return false;
    }
    rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished != SQLITE_OK)
        rc = finished;
    if (rc != SQLITE_DONE) {
        *code = rc;
        *message = sqliteDetail("restore step", rc, live.error());
        return false;
    }
    return true;
}

bool quickCheck(const QString &path)
{
    Connection db;
    QStringList result;
    return db.open(path, SQLITE_OPEN_READONLY) == SQLITE_OK && db.rows("PRAGMA quick_check", &result) == SQLITE_OK
        && result == QStringList{QStringLiteral("ok")};
}

} // namespace

Backups::Backups(const QString &dataDir)
    : m_folder(QDir(dataDir).filePath(QLatin1String(kFolderName))),
      m_databasePath(QDir(dataDir).filePath(QLatin1String(KioskStore::kDatabaseFile)))
{
}

QString Backups::dailyFileName(QDate day)
{
    return QStringLiteral("qinqing-%1.sqlite").arg(day.toString(Qt::ISODate));
}

QString Backups::safetyCopyFileName(const QDateTime &localTime)
{
    return QStringLiteral("before-restore-%1.sqlite").arg(localTime.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
}

std::optional<QDate> Backups::dayOf(const QString &fileName, bool *safetyCopy)
{
    QRegularExpressionMatch match = dailyName().match(fileName);
    bool safety = false;
    if (!match.hasMatch()) {
        match = safetyName().match(fileName);
        safety = match.hasMatch();
    }
    if (!match.hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    if (safetyCopy)
        *safetyCopy = safety;
    return day;
}

bool Backups::hasBackupFor(QDate day) const
{
    return QFileInfo(QDir(m_folder).filePath(dailyFileName(day))).isFile();
}

BackupOutcome Backups::backUp(QDate day) const
{
    return snapshotInto(QDir(m_folder).filePath(dailyFileName(day)));
}

BackupOutcome Backups::snapshotInto(const QString &target) const
{
    BackupOutcome outcome;
    outcome.path = target;
    auto fail = [&](BackupProblem problem, const QString &detail) {
        outcome.problem = problem;
        outcome.detail = detail;
        qCWarning(lcBackup) << "backup failed:" << detail;
        return outcome;
    };
    if (!QFileInfo(m_databasePath).isFile())
        return fail(BackupProblem::Missing, QStringLiteral("no live database"));
    if (!QDir().mkpath(m_folder))
        return fail(BackupProblem::CannotWrite, QStringLiteral("cannot create the backup folder"));
    // Children's files: only the kiosk's user may look inside.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const qint64 liveBytes =
        QFileInfo(m_databasePath).size() + QFileInfo(m_databasePath + QStringLiteral("-wal")).size();
    if (!hasRoomFor(m_folder, liveBytes + kKioskReserveBytes))
        return fail(BackupProblem::DiskFull, QStringLiteral("not enough free space for %1 bytes").arg(liveBytes));

    const QString temp = target + QLatin1String(kPartSuffix);
    QFile::remove(temp);
    {
        // A connection of its own: the kiosk's connection keeps writing meanwhile (WAL).
        Connection source;
        int rc = source.open(m_databasePath, SQLITE_OPEN_READONLY);
        if (rc != SQLITE_OK)
            return fail(problemFor(rc), sqliteDetail("open live", rc, source.error()));
        Connection copy;
        rc = copy.open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (rc != SQLITE_OK) {
            QFile::remove(temp);
            return fail(BackupProblem::CannotWrite, sqliteDetail("create copy", rc, copy.error()));
        }
        QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup) {
            const int code = sqlite3_extended_errcode(copy.handle());
            const QString message = copy.error();
            copy.close();
            QFile::remove(temp);
            return fail(problemFor(code), sqliteDetail("backup init", code, message));
        }
        // All pages in one step: one read transaction, so one consistent snapshot
        // whatever the kiosk writes meanwhile.
        rc = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE && finished != SQLITE_OK)
            rc = finished;
        if (rc != SQLITE_DONE) {
            const QString message = copy.error();
            copy.close();
            QFile::remove(temp);
            return fail(problemFor(rc), sqliteDetail("backup step", rc, message));
        }
        // The copy carries the live file's WAL flag; a backup is one file on
        // its own (a read-only stick cannot hold a -shm file next to it).
        rc = copy.exec("PRAGMA journal_mode=DELETE");
        if (rc != SQLITE_OK) {
            const QString message = copy.error();
            copy.close();
            QFile::remove(temp);
            return fail(problemFor(rc), sqliteDetail("journal mode", rc, message));
        }
    }
    const BackupCheck verified = check(temp, Verify::Full);
    if (!verified.ok()) {
        QFile::remove(temp);
        return fail(verified.problem, QStringLiteral("the new copy failed its check: %1").arg(verified.detail));
    }
    if (!syncToDisk(temp) || !moveIntoPlace(temp, target)) {
        QFile::remove(temp);
        return fail(BackupProblem::CannotWrite, QStringLiteral("cannot sync or rename the copy"));
    }
    qCInfo(lcBackup) << "backup written:" << QFileInfo(target).fileName() << QFileInfo(target).size() << "bytes";
    return outcome;
}

BackupOutcome Backups::copyToStick(const QString &backupPath, const QString &stickRoot)
{
    BackupOutcome outcome;
    auto fail = [&](BackupProblem problem, const QString &detail) {
        outcome.problem = problem;
        outcome.detail = detail;
        qCWarning(lcBackup) << "copy to a stick failed:" << detail;
        return outcome;
    };
    const QString folder = QDir(stickRoot).filePath(QLatin1String(kUsbFolderName));
    const QString name = QFileInfo(backupPath).fileName();
    outcome.path = QDir(folder).filePath(name);
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(BackupProblem::Missing, QStringLiteral("cannot read the backup"));
    if (!QDir().mkpath(folder))
        return fail(BackupProblem::CannotWrite, QStringLiteral("cannot create the folder on the stick"));
    if (!hasRoomFor(folder, source.size() + kStickReserveBytes))
        return fail(BackupProblem::DiskFull, QStringLiteral("the stick has no room for %1 bytes").arg(source.size()));

    const QString temp = outcome.path + QLatin1String(kPartSuffix);
    QFile copy(temp);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(BackupProblem::CannotWrite, QStringLiteral("cannot create a file on the stick"));
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (copy.write(chunk) != chunk.size()) {
            copy.close();
            QFile::remove(temp);
            return fail(hasRoomFor(folder, 2 * kStickReserveBytes) ? BackupProblem::CannotWrite
                                                                   : BackupProblem::DiskFull,
                        QStringLiteral("write to the stick failed"));
        }
    }
    const bool flushed = copy.flush() && ::fsync(copy.handle()) == 0;
    copy.close();
    if (!flushed || source.error() != QFileDevice::NoError || QFileInfo(temp).size() != source.size()) {
        QFile::remove(temp);
        return fail(BackupProblem::CannotWrite, QStringLiteral("the copy on the stick is incomplete"));
    }
    if (!moveIntoPlace(temp, outcome.path)) {
        QFile::remove(temp);
        return fail(BackupProblem::CannotWrite, QStringLiteral("cannot rename the copy on the stick"));
    }
    qCInfo(lcBackup) << "backup copied to a stick:" << name;
    return outcome;
}

int Backups::prune(const QString &folder, int keepDays)
{
    keepDays = std::max(1, keepDays);
    // Leftovers of a copy cut short (a power cut while writing).
    for (const QFileInfo &part : QDir(folder).entryInfoList({QStringLiteral("*.sqlite.part")}, QDir::Files))
        QFile::remove(part.absoluteFilePath());
    QList<BackupFile> daily, safety;
    for (const BackupFile &file : filesIn(folder, BackupPlace::Kiosk))
        (file.safetyCopy ? safety : daily).append(file);
    // Newest first: by date, and a safety copy by the time in its name.
    auto newestFirst = [](const BackupFile &a, const BackupFile &b) { return a.fileName > b.fileName; };
    std::sort(daily.begin(), daily.end(), newestFirst);
    std::sort(safety.begin(), safety.end(), newestFirst);
    int removed = 0;
    for (qsizetype i = keepDays; i < daily.size(); ++i)
        removed += QFile::remove(daily.at(i).path) ? 1 : 0;
    for (qsizetype i = kKeepSafetyCopies; i < safety.size(); ++i)
        removed += QFile::remove(safety.at(i).path) ? 1 : 0;
    if (removed > 0)
        qCInfo(lcBackup) << "removed" << removed << "old backups";
    return removed;
}

QList<BackupFile> Backups::list(const QStringList &stickRoots) const
{
    QList<BackupFile> files = filesIn(m_folder, BackupPlace::Kiosk);
    for (const QString &root : stickRoots)
        files += filesIn(QDir(root).filePath(QLatin1String(kUsbFolderName)), BackupPlace::Usb);
    std::stable_sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.day != b.day)
            return a.day > b.day;
        if (a.safetyCopy != b.safetyCopy)
            return a.safetyCopy; // the same day: the safety copy was made after that day's backup
        if (a.place != b.place)
            return a.place == BackupPlace::Kiosk;
        return a.fileName > b.fileName;
    });
    return files;
}

std::optional<BackupFile> Backups::newestOnKiosk() const
{
    for (const BackupFile &file : list({}))
        if (!file.safetyCopy)
            return file;
    return std::nullopt;
}

QStringList Backups::stickRoots()
{
    QStringList roots;
    if (qEnvironmentVariableIsSet("QINQING_USB_ROOTS")) {
        const QStringList paths = qEnvironmentVariable("QINQING_USB_ROOTS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &path : paths)
            if (QFileInfo(path).isDir() && QFileInfo(path).isWritable())
                roots << QDir(path).absolutePath();
        return roots;
    }
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly())
            continue;
        const QString root = volume.rootPath();
        const bool removable = root.startsWith(QLatin1String("/media/"))
            || root.startsWith(QLatin1String("/run/media/")) || root.startsWith(QLatin1String("/mnt/usb"));
        if (removable && QFileInfo(root).isWritable() && !roots.contains(root))
            roots << root;
    }
    return roots;
}

bool Backups::isBackupStick(const QString &stickRoot)
{
    return QFileInfo(QDir(stickRoot).filePath(QLatin1String(kUsbFolderName))).isDir();
}

BackupCheck Backups::check(const QString &path, Verify verify)
{
    BackupCheck result;
    auto fail = [&](BackupProblem problem, const QString &detail) {
        result.problem = problem;
        result.detail = detail;
        qCInfo(lcBackup) << "not a usable backup:" << QFileInfo(path).fileName() << detail;
        return result;
    };
    if (!QFileInfo(path).isFile())
        return fail(BackupProblem::Missing, QStringLiteral("no such file"));
    Connection db;
    int rc = db.open(path, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK)
        return fail((rc & 0xff) == SQLITE_CANTOPEN ? BackupProblem::Missing : problemFor(rc),
                    sqliteDetail("open", rc, db.error()));

    QStringList version;
    rc = db.rows("PRAGMA user_version", &version);
    if (rc != SQLITE_OK || version.size() != 1)
        return fail((rc & 0xff) == SQLITE_CANTOPEN ? BackupProblem::Missing
                        : rc == SQLITE_OK          ? BackupProblem::Damaged
                                                   : problemFor(rc),
                    sqliteDetail("read version", rc, db.error()));
    result.schemaVersion = version.constFirst().toInt();
    if (result.schemaVersion > Migrations::latestVersion())
        return fail(BackupProblem::NewerVersion,
                    QStringLiteral("schema %1 is newer than this program's %2")
                        .arg(result.schemaVersion)
                        .arg(Migrations::latestVersion()));
    QStringList schema;
    rc = readSchema(db, &schema);
    if (rc != SQLITE_OK)
        return fail(problemFor(rc) == BackupProblem::NotADatabase ? BackupProblem::NotADatabase
                                                                  : BackupProblem::Damaged,
                    sqliteDetail("read schema", rc, db.error()));
    if (result.schemaVersion < 1)
        return fail(BackupProblem::NotQinqing, QStringLiteral("no Qinqing schema version"));
    const QStringList expected = expectedSchema(result.schemaVersion);
    if (schema != expected) {
        QString difference;
        for (const QString &line : schema)
            if (!expected.contains(line)) {
                difference = QStringLiteral("unexpected %1").arg(line.section(QLatin1Char('|'), 0, 1));
                break;
            }
        if (difference.isEmpty())
            for (const QString &line : expected)
                if (!schema.contains(line)) {
                    difference = QStringLiteral("missing %1").arg(line.section(QLatin1Char('|'), 0, 1));
                    break;
                }
        return fail(BackupProblem::NotQinqing,
                    QStringLiteral("schema differs from version %1: %2").arg(result.schemaVersion).arg(difference));
    }
    if (verify == Verify::Full) {
        QStringList problems;
        rc = db.rows("PRAGMA integrity_check", &problems);
        if (rc != SQLITE_OK)
            return fail(problemFor(rc) == BackupProblem::NotADatabase ? BackupProblem::NotADatabase
                                                                      : BackupProblem::Damaged,
                        sqliteDetail("integrity check", rc, db.error()));
        if (problems != QStringList{QStringLiteral("ok")})
            return fail(BackupProblem::Damaged, QStringLiteral("integrity check: %1").arg(problems.value(0)));
    }
    QStringList device;
    if (db.rows("SELECT value FROM local_state WHERE key = 'device_id'", &device) == SQLITE_OK && !device.isEmpty())
        result.deviceId = device.constFirst();
    return result;
}

RestoreOutcome Backups::restore(const QString &backupPath, const QString &safetyCopyName, Verify verify) const
{
    RestoreOutcome outcome;
    auto fail = [&](BackupProblem problem, const QString &detail) {
        outcome.problem = problem;
        outcome.detail = detail;
        qCWarning(lcBackup) << "restore refused or failed:" << detail;
        return outcome;
    };
    const BackupCheck checked = check(backupPath, verify);
    outcome.schemaVersion = checked.schemaVersion;
    if (!checked.ok())
        return fail(checked.problem, checked.detail);

    // The data as it is now, kept before anything is replaced: a restore can be undone.
    const QString safetyPath = QDir(m_folder).filePath(safetyCopyName);
    if (QFileInfo::exists(safetyPath))
        return fail(BackupProblem::CannotWrite, QStringLiteral("a safety copy of that name exists already"));
    const BackupOutcome safety = snapshotInto(safetyPath);
    if (!safety.ok())
        return fail(safety.problem, QStringLiteral("safety copy: %1").arg(safety.detail));
    outcome.safetyCopyPath = safety.path;

    int rc = SQLITE_OK;
    QString message;
    if (!copyInto(backupPath, m_databasePath, &rc, &message))
        return fail(rc == SQLITE_CANTOPEN ? BackupProblem::Missing : problemFor(rc), message);
    if (!quickCheck(m_databasePath)) {
        // Not expected after a checked file; put the safety copy back rather than run on it.
        const bool undone = copyInto(safety.path, m_databasePath, &rc, &message);
        return fail(BackupProblem::Damaged,
                    QStringLiteral("the restored data failed its quick check; safety copy %1")
                        .arg(undone ? QStringLiteral("put back") : message));
    }
    qCInfo(lcBackup) << "restored" << QFileInfo(backupPath).fileName() << "schema" << checked.schemaVersion;
    return outcome;
}

} // namespace qq
