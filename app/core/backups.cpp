#include "backups.h"

#include "kiosk_store.h"
#include "migrations.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QtEndian>

#include <dirent.h>
#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>

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
    static const QRegularExpression re(QStringLiteral("^qinqing-(\\d{4}-\\d{2}-\\d{2})\\.(qqbackup|sqlite)$"));
    return re;
}

const QRegularExpression &safetyName()
{
    static const QRegularExpression re(
        QStringLiteral("^before-restore-(\\d{4}-\\d{2}-\\d{2})-\\d{6}\\.(qqbackup|sqlite)$"));
    return re;
}

QList<BackupFile> filesIn(const QString &folder, BackupPlace place)
{
    QList<BackupFile> files;
    // On a stick only encrypted files: a plain database there could be anyone's.
    const QStringList patterns = place == BackupPlace::Usb
        ? QStringList{QStringLiteral("*.qqbackup")}
        : QStringList{QStringLiteral("*.qqbackup"), QStringLiteral("*.sqlite")};
    if (QFileInfo(folder).isSymLink())
        return files;
    const QFileInfoList entries = QDir(folder).entryInfoList(patterns, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        bool safety = false;
        const std::optional<QDate> day = Backups::dayOf(entry.fileName(), &safety);
        if (!day || entry.isSymLink())
            continue;
        const bool encrypted = entry.fileName().endsWith(QLatin1String(Backups::kSuffix));
        files.append({entry.absoluteFilePath(), entry.fileName(), *day, entry.size(), place, safety, encrypted});
    }
    return files;
}

// --- Files on sticks: never through a symbolic link --------------------------------

// The stick's backup folder, opened without following a link (O_NOFOLLOW on
// the last step; the stick's root is a mount point the kiosk chose). -1 if
// it is missing (and not created), a link, or not a folder.
int openStickFolder(const QString &stickRoot, bool create)
{
    const int root = ::open(QFile::encodeName(stickRoot).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return -1;
    if (create)
        ::mkdirat(root, Backups::kUsbFolderName, 0700); // EEXIST is fine: the open below decides
    const int folder = ::openat(root, Backups::kUsbFolderName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    ::close(root);
    return folder;
}

class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) { }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
};

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

// Writes `bytes` as <folder>/<name>: a new temporary file (O_EXCL | O_NOFOLLOW,
// so a link planted under that name is never followed), synced, then renamed
// over the name (rename replaces a link, it does not write through it).
bool writeInFolder(int folder, const QString &name, const std::function<bool(int fd)> &writeBody)
{
    const QByteArray target = QFile::encodeName(name);
    const QByteArray temp = target + kPartSuffix;
    ::unlinkat(folder, temp.constData(), 0);
    const int fd = ::openat(folder, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written = writeBody(fd) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::renameat(folder, temp.constData(), folder, target.constData()) != 0) {
        ::unlinkat(folder, temp.constData(), 0);
        return false;
    }
    ::fsync(folder); // vfat may refuse: not an error
    return true;
}

// A small file in the folder, read without following a link; at most `limit` bytes.
std::optional<QByteArray> readInFolder(int folder, const QString &name, qsizetype limit)
{
    const int fd = ::openat(folder, QFile::encodeName(name).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray bytes(limit + 1, '\0');
    qsizetype total = 0;
    ssize_t got = 0;
    while (total <= limit && (got = ::read(fd, bytes.data() + total, size_t(limit + 1 - total))) > 0)
        total += got;
    ::close(fd);
    if (got < 0 || total > limit)
        return std::nullopt;
    bytes.resize(total);
    return bytes;
}

// --- The encrypted file ----------------------------------------------------------
//
//   "QQBK" 0x01 | u16 header length | header (CBOR: key id, locked key)
//   | secretstream header | chunks: u32 length | ciphertext (1 MiB of plain each)
// The first chunk authenticates everything before it; the last one carries
// TAG_FINAL, so a file cut short at a chunk boundary is refused too.

constexpr char kMagic[] = "QQBK\x01";
constexpr int kMagicBytes = 5;
constexpr qsizetype kChunkBytes = 1 << 20;
constexpr qsizetype kMaxHeaderBytes = 4096;

struct FileHeader {
    QString keyId;
    QByteArray lockedKey;
    QByteArray raw; // magic, length and header: the first chunk's additional data
};

std::optional<FileHeader> readFileHeader(QFile &file)
{
    const QByteArray start = file.read(kMagicBytes + 2);
    if (start.size() != kMagicBytes + 2 || !start.startsWith(QByteArray(kMagic, kMagicBytes)))
        return std::nullopt;
    const quint16 length = qFromLittleEndian<quint16>(start.constData() + kMagicBytes);
    if (length == 0 || length > kMaxHeaderBytes)
        return std::nullopt;
    const QByteArray header = file.read(length);
    if (header.size() != length)
        return std::nullopt;
    const QCborMap map = QCborValue::fromCbor(header).toMap();
    FileHeader result;
    result.keyId = map.value(QLatin1String("key")).toString();
    result.lockedKey = map.value(QLatin1String("locked")).toByteArray();
    result.raw = start + header;
    if (result.keyId.isEmpty())
        return std::nullopt;
    return result;
}

bool encryptFile(const QString &plainPath, const QString &target, const BackupKey &key, QString *detail)
{
    QFile plain(plainPath);
    QFile out(target);
    if (!plain.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *detail = QStringLiteral("cannot open the files to encrypt");
        return false;
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QCborMap map;
    map.insert(QLatin1String("key"), key.id());
    map.insert(QLatin1String("locked"), key.lockedKey());
    const QByteArray header = map.toCborValue().toCbor();
    QByteArray prefix(kMagic, kMagicBytes);
    char length[2];
    qToLittleEndian<quint16>(quint16(header.size()), length);
    prefix.append(length, 2);
    prefix += header;
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.secret().data());
    bool ok = out.write(prefix) == prefix.size()
        && out.write(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader) == qint64(sizeof streamHeader);
    QByteArray chunk = plain.read(kChunkBytes);
    bool first = true;
    QByteArray sealed;
    while (ok) {
        const QByteArray next = plain.atEnd() ? QByteArray() : plain.read(kChunkBytes);
        const bool last = next.isEmpty();
        sealed.resize(chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long sealedBytes = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), &sealedBytes,
            reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()),
            first ? reinterpret_cast<const unsigned char *>(prefix.constData()) : nullptr,
            first ? quint64(prefix.size()) : 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        char size[4];
        qToLittleEndian<quint32>(quint32(sealedBytes), size);
        ok = out.write(size, 4) == 4 && out.write(sealed.constData(), qint64(sealedBytes)) == qint64(sealedBytes);
        sodium_memzero(chunk.data(), size_t(chunk.size()));
        if (last)
            break;
        chunk = next;
        first = false;
    }
    ok = ok && plain.error() == QFileDevice::NoError && out.flush() && ::fsync(out.handle()) == 0;
    if (!ok)
        *detail = QStringLiteral("writing the encrypted backup failed");
    return ok;
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

BackupProblem Backups::decrypt(const QString &path, const BackupKey &key, const QString &plainPath)
{
    QFile in(path);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 || !in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0)
            ::close(fd);
        return BackupProblem::Missing;
    }
    const std::optional<FileHeader> header = readFileHeader(in);
    if (!header)
        return BackupProblem::NotADatabase;
    if (!key.isValid() || header->keyId != key.id())
        return BackupProblem::WrongKey;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (in.read(reinterpret_cast<char *>(streamHeader), sizeof streamHeader) != qint64(sizeof streamHeader))
        return BackupProblem::Damaged;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.secret().data()) != 0)
        return BackupProblem::Damaged;
    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return BackupProblem::CannotWrite;
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    bool first = true;
    bool finished = false;
    QByteArray plain;
    while (!finished) {
        const QByteArray size = in.read(4);
        if (size.size() != 4)
            break; // cut short: no final chunk
        const quint32 sealedBytes = qFromLittleEndian<quint32>(size.constData());
        if (sealedBytes < crypto_secretstream_xchacha20poly1305_ABYTES
            || sealedBytes > kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES)
            break;
        const QByteArray sealed = in.read(sealedBytes);
        if (sealed.size() != qsizetype(sealedBytes))
            break;
        plain.resize(sealed.size());
        unsigned long long plainBytes = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &plainBytes, &tag,
                reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
                first ? reinterpret_cast<const unsigned char *>(header->raw.constData()) : nullptr,
                first ? quint64(header->raw.size()) : 0)
            != 0)
            break;
        if (out.write(plain.constData(), qint64(plainBytes)) != qint64(plainBytes)) {
            out.close();
            QFile::remove(plainPath);
            return BackupProblem::CannotWrite;
        }
        first = false;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!finished || !in.atEnd()) {
        out.close();
        QFile::remove(plainPath);
        return BackupProblem::Damaged;
    }
    if (!out.flush()) {
        out.close();
        QFile::remove(plainPath);
        return BackupProblem::CannotWrite;
    }
    return BackupProblem::None;
}

bool Backups::encrypt(const QString &plainPath, const QString &target, const BackupKey &key)
{
    QString detail;
    return key.isValid() && encryptFile(plainPath, target, key, &detail);
}

QByteArray Backups::lockedKeyOf(const QString &path)
{
    QFile in(path);
    if (QFileInfo(path).isSymLink() || !in.open(QIODevice::ReadOnly))
        return {};
    const std::optional<FileHeader> header = readFileHeader(in);
    return header ? header->lockedKey : QByteArray();
}

Backups::Backups(const QString &dataDir)
    : m_folder(QDir(dataDir).filePath(QLatin1String(kFolderName))),
      m_databasePath(QDir(dataDir).filePath(QLatin1String(KioskStore::kDatabaseFile)))
{
}

QString Backups::dailyFileName(QDate day)
{
    return QStringLiteral("qinqing-%1%2").arg(day.toString(Qt::ISODate), QLatin1String(kSuffix));
}

QString Backups::safetyCopyFileName(const QDateTime &localTime)
{
    return QStringLiteral("before-restore-%1%2")
        .arg(localTime.toString(QStringLiteral("yyyy-MM-dd-HHmmss")), QLatin1String(kSuffix));
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

BackupOutcome Backups::backUp(QDate day, const BackupKey &key) const
{
    return snapshotInto(QDir(m_folder).filePath(dailyFileName(day)), key);
}

bool Backups::isOnKiosk(const QString &path) const
{
    return QFileInfo(path).absolutePath() == QFileInfo(m_folder).absoluteFilePath();
}

BackupOutcome Backups::snapshotInto(const QString &target, const BackupKey &key) const
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

    if (!key.isValid())
        return fail(BackupProblem::CannotWrite, QStringLiteral("no backup key"));
    const QString temp = target + QStringLiteral(".plain") + QLatin1String(kPartSuffix);
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
        // What must never leave the kiosk, even encrypted: the hub credential
        // (it pulls the whole school), the device's signing key (it signs USB
        // sync files as this kiosk) and the backup key's own rows. Overwritten,
        // not left in free pages.
        if (rc == SQLITE_OK)
            rc = copy.exec("PRAGMA secure_delete=ON");
        if (rc == SQLITE_OK)
            rc = copy.exec("DELETE FROM local_state WHERE key = 'sync.token' OR key LIKE 'sync.device_key%' "
                           "OR key LIKE 'backup.%'");
        if (rc != SQLITE_OK) {
            const QString message = copy.error();
            copy.close();
            QFile::remove(temp);
            return fail(problemFor(rc), sqliteDetail("journal mode", rc, message));
        }
    }
    const BackupCheck verified = checkPlain(temp, Verify::Full);
    if (!verified.ok()) {
        QFile::remove(temp);
        return fail(verified.problem, QStringLiteral("the new copy failed its check: %1").arg(verified.detail));
    }
    const QString sealed = target + QLatin1String(kPartSuffix);
    QString detail;
    const bool encrypted = encryptFile(temp, sealed, key, &detail);
    QFile::remove(temp);
    if (!encrypted) {
        QFile::remove(sealed);
        return fail(hasRoomFor(m_folder, kKioskReserveBytes) ? BackupProblem::CannotWrite : BackupProblem::DiskFull,
                    detail);
    }
    if (!moveIntoPlace(sealed, target)) {
        QFile::remove(sealed);
        return fail(BackupProblem::CannotWrite, QStringLiteral("cannot rename the copy"));
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
    if (!name.endsWith(QLatin1String(kSuffix)))
        return fail(BackupProblem::NotEncrypted, QStringLiteral("only encrypted backups go to a stick"));
    if (!source.open(QIODevice::ReadOnly))
        return fail(BackupProblem::Missing, QStringLiteral("cannot read the backup"));
    const Fd dir(openStickFolder(stickRoot, true));
    if (!dir.ok())
        return fail(BackupProblem::CannotWrite,
                    QStringLiteral("cannot open the folder on the stick (missing, or a link): errno %1").arg(errno));
    if (!hasRoomFor(stickRoot, source.size() + kStickReserveBytes))
        return fail(BackupProblem::DiskFull, QStringLiteral("the stick has no room for %1 bytes").arg(source.size()));
    bool readFailed = false;
    const bool written = writeInFolder(dir.get(), name, [&](int fd) {
        QByteArray chunk;
        qint64 total = 0;
        while (!(chunk = source.read(1 << 20)).isEmpty()) {
            if (!writeAll(fd, chunk.constData(), chunk.size()))
                return false;
            total += chunk.size();
        }
        readFailed = source.error() != QFileDevice::NoError || total != source.size();
        return !readFailed;
    });
    if (!written)
        return fail(readFailed || hasRoomFor(stickRoot, 2 * kStickReserveBytes) ? BackupProblem::CannotWrite
                                                                                : BackupProblem::DiskFull,
                    QStringLiteral("write to the stick failed"));
    qCInfo(lcBackup) << "backup copied to a stick:" << name;
    return outcome;
}

int Backups::prune(const QString &folder, int keepDays)
{
    keepDays = std::max(1, keepDays);
    // Leftovers of a copy cut short (a power cut while writing).
    for (const QFileInfo &part : QDir(folder).entryInfoList({QStringLiteral("*.part")}, QDir::Files))
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

int Backups::pruneStick(const QString &stickRoot, int keepDays)
{
    keepDays = std::max(1, keepDays);
    const Fd dir(openStickFolder(stickRoot, false));
    if (!dir.ok())
        return 0;
    QStringList daily, stale;
    {
        DIR *listing = ::fdopendir(::dup(dir.get()));
        if (!listing)
            return 0;
        while (const dirent *entry = ::readdir(listing)) {
            const QString name = QFile::decodeName(entry->d_name);
            if (name.endsWith(QLatin1String(kPartSuffix)) && name.startsWith(QLatin1String("qinqing-")))
                stale << name; // a copy cut short
            else if (dayOf(name))
                // Plain backups an older version left on the stick hold every child's file in clear.
                (name.endsWith(QLatin1String(kSuffix)) ? daily : stale) << name;
        }
        ::closedir(listing);
    }
    std::sort(daily.begin(), daily.end(), std::greater<>());
    for (qsizetype i = keepDays; i < daily.size(); ++i)
        stale << daily.at(i);
    int removed = 0;
    for (const QString &name : std::as_const(stale))
        removed += ::unlinkat(dir.get(), QFile::encodeName(name).constData(), 0) == 0 ? 1 : 0;
    if (removed > 0)
        qCInfo(lcBackup) << "removed" << removed << "old files on a stick";
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

bool Backups::pairStick(const QString &stickRoot, const BackupKey &key)
{
    if (isBackupStick(stickRoot, key))
        return true;
    const Fd dir(openStickFolder(stickRoot, true));
    if (!dir.ok() || !key.isValid())
        return false;
    const QByteArray id = Sealing::randomBytes(16);
    const QByteArray text = "qinqing-stick 1\n" + id.toHex() + '\n' + key.stickMac(id).toHex() + '\n';
    const bool ok = writeInFolder(dir.get(), QLatin1String(kStickMarkName),
                                  [&](int fd) { return writeAll(fd, text.constData(), text.size()); });
    if (ok)
        qCInfo(lcBackup) << "a stick was chosen for backups";
    return ok;
}

bool Backups::isBackupStick(const QString &stickRoot, const BackupKey &key)
{
    const Fd dir(openStickFolder(stickRoot, false));
    if (!dir.ok())
        return false;
    const std::optional<QByteArray> text = readInFolder(dir.get(), QLatin1String(kStickMarkName), 512);
    if (!text)
        return false;
    const QList<QByteArray> lines = text->split('\n');
    if (lines.size() < 3 || lines.at(0) != "qinqing-stick 1")
        return false;
    return key.checkStickMac(QByteArray::fromHex(lines.at(1)), QByteArray::fromHex(lines.at(2)));
}

BackupCheck Backups::check(const QString &path, const BackupKey &key, Verify verify) const
{
    if (!path.endsWith(QLatin1String(kSuffix))) {
        if (!isOnKiosk(path)) {
            BackupCheck refused;
            refused.problem = BackupProblem::NotEncrypted;
            refused.detail = QStringLiteral("a plain database outside the kiosk's backup folder");
            return refused;
        }
        return checkPlain(path, verify); // an older version's backup, made on this kiosk
    }
    const QString plain = QDir(m_folder).filePath(QStringLiteral("checking.sqlite") + QLatin1String(kPartSuffix));
    QDir().mkpath(m_folder);
    BackupCheck result;
    result.lockedKey = lockedKeyOf(path);
    result.problem = decrypt(path, key, plain);
    if (result.ok()) {
        const QByteArray lockedKey = result.lockedKey;
        result = checkPlain(plain, verify);
        result.lockedKey = lockedKey;
    } else {
        result.detail = QStringLiteral("cannot open the encrypted file");
    }
    QFile::remove(plain);
    return result;
}

BackupCheck Backups::checkPlain(const QString &path, Verify verify)
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

RestoreOutcome Backups::restore(const QString &backupPath, const BackupKey &key, const QString &safetyCopyName,
                                Verify verify) const
{
    RestoreOutcome outcome;
    auto fail = [&](BackupProblem problem, const QString &detail) {
        outcome.problem = problem;
        outcome.detail = detail;
        qCWarning(lcBackup) << "restore refused or failed:" << detail;
        return outcome;
    };
    // The file as plain SQLite, in the kiosk's own folder (the live data is there in clear anyway).
    QString plain = backupPath;
    const QString opened = QDir(m_folder).filePath(QStringLiteral("restoring.sqlite") + QLatin1String(kPartSuffix));
    struct RemoveOnExit {
        QString path;
        ~RemoveOnExit()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } cleanup;
    if (backupPath.endsWith(QLatin1String(kSuffix))) {
        QDir().mkpath(m_folder);
        const BackupProblem decrypted = decrypt(backupPath, key, opened);
        if (decrypted != BackupProblem::None)
            return fail(decrypted, QStringLiteral("cannot open the encrypted file"));
        plain = cleanup.path = opened;
    } else if (!isOnKiosk(backupPath)) {
        return fail(BackupProblem::NotEncrypted, QStringLiteral("a plain database outside the kiosk's backup folder"));
    }
    const BackupCheck checked = checkPlain(plain, verify);
    outcome.schemaVersion = checked.schemaVersion;
    if (!checked.ok())
        return fail(checked.problem, checked.detail);

    // The data as it is now, kept before anything is replaced: a restore can be undone.
    const QString safetyPath = QDir(m_folder).filePath(safetyCopyName);
    if (QFileInfo::exists(safetyPath))
        return fail(BackupProblem::CannotWrite, QStringLiteral("a safety copy of that name exists already"));
    const BackupOutcome safety = snapshotInto(safetyPath, key);
    if (!safety.ok())
        return fail(safety.problem, QStringLiteral("safety copy: %1").arg(safety.detail));
    outcome.safetyCopyPath = safety.path;

    // What a backup never holds stays as the live kiosk has it: its backup
    // key, and its hub credential and signing key when the backup is this kiosk's own.
    QStringList kept;
    {
        Connection live;
        if (live.open(m_databasePath, SQLITE_OPEN_READONLY) == SQLITE_OK) {
            QStringList device;
            live.rows("SELECT value FROM local_state WHERE key = 'device_id'", &device);
            const bool sameKiosk = !device.isEmpty() && device.constFirst() == checked.deviceId;
            live.rows(sameKiosk ? "SELECT key, value FROM local_state WHERE key = 'sync.token' "
                                  "OR key LIKE 'sync.device_key%' OR key LIKE 'backup.%'"
                                : "SELECT key, value FROM local_state WHERE key LIKE 'backup.%'",
                      &kept);
        }
    }

    int rc = SQLITE_OK;
    QString message;
    if (!copyInto(plain, m_databasePath, &rc, &message))
        return fail(rc == SQLITE_CANTOPEN ? BackupProblem::Missing : problemFor(rc), message);
    {
        Connection live;
        if (live.open(m_databasePath, SQLITE_OPEN_READWRITE) == SQLITE_OK
            && live.exec("BEGIN IMMEDIATE") == SQLITE_OK) {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(live.handle(), "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)", -1,
                               &stmt, nullptr);
            for (const QString &row : std::as_const(kept)) {
                const QByteArray name = row.section(QLatin1Char('|'), 0, 0).toUtf8();
                const QByteArray value = row.section(QLatin1Char('|'), 1).toUtf8();
                sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(stmt, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
                sqlite3_step(stmt);
                sqlite3_reset(stmt);
            }
            sqlite3_finalize(stmt);
            if (live.exec("COMMIT") != SQLITE_OK)
                qCWarning(lcBackup) << "the kiosk's own keys could not be kept after the restore";
        }
    }
    if (!quickCheck(m_databasePath)) {
        // Not expected after a checked file; put the safety copy back rather than run on it.
        const QString undo = QDir(m_folder).filePath(QStringLiteral("undo.sqlite") + QLatin1String(kPartSuffix));
        const bool undone =
            decrypt(safety.path, key, undo) == BackupProblem::None && copyInto(undo, m_databasePath, &rc, &message);
        QFile::remove(undo);
        return fail(BackupProblem::Damaged,
                    QStringLiteral("the restored data failed its quick check; safety copy %1")
                        .arg(undone ? QStringLiteral("put back") : message));
    }
    qCInfo(lcBackup) << "restored" << QFileInfo(backupPath).fileName() << "schema" << checked.schemaVersion;
    return outcome;
}

} // namespace qq
