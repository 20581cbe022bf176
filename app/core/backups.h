#pragma once

#include "backup_key.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qq {

// Where a backup file lies: in the kiosk's data folder, or on a USB stick.
enum class BackupPlace { Kiosk, Usb };

struct BackupFile {
    QString path;
    QString fileName;
    QDate day; // the day it was made, from its name
    qint64 bytes = 0;
    BackupPlace place = BackupPlace::Kiosk;
    bool safetyCopy = false; // the data as it was just before a restore
    bool encrypted = true; // false: a plain SQLite file an older version made, on the kiosk only
};

// What went wrong, in terms the teacher's screen turns into plain words.
enum class BackupProblem {
    None,
    Missing, // the file is gone (a stick pulled out)
    NotADatabase, // random bytes, not an SQLite file at all
    Damaged, // an SQLite file that fails its integrity check (cut short, bad sectors)
    NotQinqing, // an SQLite file, but not a Qinqing kiosk's (or its schema was changed)
    NewerVersion, // written by a newer Qinqing: this program cannot read it
    DiskFull, // not enough room on the kiosk or the stick
    CannotWrite, // the folder or the stick cannot be written (or another write failed)
    Busy, // the database stayed locked by another writer
    WrongKey, // encrypted with another backup key (another kiosk): its recovery code opens it
    NotEncrypted, // a plain database on a stick: anyone could have made it
};

// The result of looking at a file before restoring it.
struct BackupCheck {
    BackupProblem problem = BackupProblem::None;
    int schemaVersion = 0;
    QString deviceId; // the kiosk that made it (local_state), empty if none
    QByteArray lockedKey; // from an encrypted file's header: its key, locked under the recovery code
    QString detail; // technical, for the log: never personal data
    bool ok() const { return problem == BackupProblem::None; }
};

struct BackupOutcome {
    BackupProblem problem = BackupProblem::None;
    QString path; // the file written
    QString detail;
    bool ok() const { return problem == BackupProblem::None; }
};

struct RestoreOutcome {
    BackupProblem problem = BackupProblem::None;
    QString safetyCopyPath; // the data as it was before the restore (set once made)
    int schemaVersion = 0; // of the restored data; the program migrates it when it starts again
    QString detail;
    bool ok() const { return problem == BackupProblem::None; }
};

// Backups of a kiosk's data folder. Everything a kiosk keeps is in its one
// SQLite file (photos, covers, letters and voice as sealed ciphertext, keys
// sealed, settings, the PIN's hash); `exports/` and `imports/` hold only
// files made from it or brought to it. So a backup is a copy of that file,
// made with SQLite's online backup API from a connection of its own: it runs
// off the UI thread while the kiosk keeps writing, and gives one consistent
// snapshot. The copy loses the hub credential (it would pull the whole school)
// and the backup key's own rows, is checked (PRAGMA integrity_check), then
// encrypted with the kiosk's BackupKey (secretstream) and renamed into place.
// Files on sticks are written and read without following symbolic links.
//
// A value type holding paths only: every call opens its own connections, so
// a copy can be used on a worker thread.
class Backups {
public:
    static constexpr int kDefaultKeepDays = 14;
    static constexpr int kKeepSafetyCopies = 3;
    static constexpr const char *kFolderName = "backups"; // in the data folder
    static constexpr const char *kUsbFolderName = "qinqing-backups"; // on a stick
    static constexpr const char *kKeepDaysSetting = "backup_keep_days";
    static constexpr const char *kStickMarkName = "qinqing-stick.txt"; // in kUsbFolderName
    static constexpr const char *kSuffix = ".qqbackup";

    explicit Backups(const QString &dataDir);

    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }

    // "qinqing-2026-11-23.qqbackup": one a day, a newer one replaces it.
    static QString dailyFileName(QDate day);
    // "before-restore-2026-11-23-153000.qqbackup".
    static QString safetyCopyFileName(const QDateTime &localTime);
    // The day in a backup's name; nothing for other files.
    static std::optional<QDate> dayOf(const QString &fileName, bool *safetyCopy = nullptr);

    bool hasBackupFor(QDate day) const;
    // Today's backup of the live database (replacing one made earlier that day).
    BackupOutcome backUp(QDate day, const BackupKey &key) const;
    // Copies a backup into <stick>/qinqing-backups/ (temporary name, synced,
    // renamed), never through a symbolic link; removes the plain backups an
    // older version left there.
    static BackupOutcome copyToStick(const QString &backupPath, const QString &stickRoot);
    // Keeps the newest `keepDays` daily backups and the newest kKeepSafetyCopies
    // safety copies in a folder; returns how many files were removed. By the
    // files' own dates, never the clock: a kiosk whose clock jumped to 2099
    // does not throw its history away.
    static int prune(const QString &folder, int keepDays);
    int prune(int keepDays) const { return prune(m_folder, keepDays); }
    // The same in <stick>/qinqing-backups/, without following links.
    static int pruneStick(const QString &stickRoot, int keepDays);

    // Backups on the kiosk and in qinqing-backups/ on the sticks, newest first.
    QList<BackupFile> list(const QStringList &stickRoots) const;
    // The newest daily backup on the kiosk, if any.
    std::optional<BackupFile> newestOnKiosk() const;

    // Writable USB sticks: mounted under /media/, /run/media/ or /mnt/usb*.
    // QINQING_USB_ROOTS (colon-separated folders), when set, replaces the search.
    static QStringList stickRoots();
    // A stick the teacher chose for backups ("Copy to USB" pairs it: a random
    // id and a MAC only this kiosk's key makes, in qinqing-backups/). The daily
    // backup is copied only to such a stick, never to a stick that merely has
    // a folder of that name.
    static bool pairStick(const QString &stickRoot, const BackupKey &key);
    static bool isBackupStick(const QString &stickRoot, const BackupKey &key);

    enum class Verify { Full, SkipIntegrity };
    // Whether a file can be restored: it opens, it is a Qinqing kiosk's
    // database (its schema is exactly what Qinqing's migrations make for its
    // version: no foreign tables, views or triggers), its version is not newer
    // than this program's, and it passes PRAGMA integrity_check. An encrypted
    // file is opened with `key` into a temporary file in the backup folder
    // first; a plain one is accepted only from the kiosk's own folder.
    BackupCheck check(const QString &path, const BackupKey &key, Verify verify = Verify::Full) const;
    // The plain database checks alone (no encryption): for a file already opened.
    static BackupCheck checkPlain(const QString &path, Verify verify = Verify::Full);
    // Opens an encrypted backup into `plainPath`; None, WrongKey, Damaged, Missing.
    static BackupProblem decrypt(const QString &path, const BackupKey &key, const QString &plainPath);
    // Encrypts a plain database file as a backup (tests make bad files with it).
    static bool encrypt(const QString &plainPath, const QString &target, const BackupKey &key);
    // An encrypted backup's key, locked under its recovery code (for BackupKey::recover).
    static QByteArray lockedKeyOf(const QString &path);

    // Checks the file, keeps a safety copy of the live data under
    // `safetyCopyName`, then copies the backup into the live database with the
    // backup API in one write transaction: all or nothing. On any failure the
    // live data is as it was. The caller must start the program again
    // afterwards: everything read from the old data is stale.
    // The hub credential and the backup key of the live kiosk are kept: a
    // backup holds neither.
    RestoreOutcome restore(const QString &backupPath, const BackupKey &key, const QString &safetyCopyName,
                           Verify verify = Verify::Full) const;

private:
    BackupOutcome snapshotInto(const QString &target, const BackupKey &key) const;
    bool isOnKiosk(const QString &path) const;

    QString m_folder;
    QString m_databasePath;
};

} // namespace qq
