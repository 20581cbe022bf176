#include "backup_controller.h"

#include "clock.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "local_time.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcBackupUi, "qinqing.backup.ui")

namespace qq {
namespace {

BackupController *s_instance = nullptr;
using Screen = KioskController::Screen;

// What one backup run did, handed from the worker to the UI thread.
struct BackupRun {
    BackupOutcome local;
    int copiedToSticks = 0;
    BackupOutcome stickFailure; // the first copy that failed
    int pruned = 0;
};

// On the worker: today's backup (made, or replaced when asked), a copy on the
// sticks that should have one, and the old ones pruned, here and there.
BackupRun runBackup(const Backups &backups, const BackupKey &key, QDate today, int keepDays, bool replaceToday,
                    const QStringList &sticks, bool anyStick)
{
    BackupRun run;
    const QString name = Backups::dailyFileName(today);
    run.local.path = QDir(backups.folder()).filePath(name);
    if (replaceToday || !backups.hasBackupFor(today))
        run.local = backups.backUp(today, key);
    if (!run.local.ok())
        return run;
    for (const QString &stick : sticks) {
        // Only to a stick the teacher chose ("Copy to USB" pairs it), never
        // to one that merely has a folder of that name.
        if (anyStick ? !Backups::pairStick(stick, key) : !Backups::isBackupStick(stick, key)) {
            if (anyStick && run.stickFailure.ok())
                run.stickFailure.problem = BackupProblem::CannotWrite;
            continue;
        }
        const QString folder = QDir(stick).filePath(QLatin1String(Backups::kUsbFolderName));
        if (!replaceToday && QFileInfo(QDir(folder).filePath(name)).isFile())
            continue;
        const BackupOutcome copied = Backups::copyToStick(run.local.path, stick);
        if (copied.ok()) {
            ++run.copiedToSticks;
            Backups::pruneStick(stick, keepDays);
        } else if (run.stickFailure.ok()) {
            run.stickFailure = copied;
        }
    }
    run.pruned = backups.prune(keepDays);
    return run;
}

} // namespace

// --- The list --------------------------------------------------------------------

void BackupListModel::reset(QList<BackupFile> rows, QDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

std::optional<BackupFile> BackupListModel::at(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BackupListModel::dayText(QDate day, QDate today)
{
    const QString date = day.toString(Qt::ISODate);
    if (day == today)
        return tr("today (%1)").arg(date);
    if (day == today.addDays(-1))
        return tr("yesterday (%1)").arg(date);
    return date;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BackupFile &file = m_rows.at(index.row());
    switch (role) {
    case FileNameRole:
        return file.fileName;
    case DayTextRole:
    case Qt::DisplayRole:
        return dayText(file.day, m_today);
    case SizeTextRole:
        return QLocale().formattedDataSize(file.bytes, 1, QLocale::DataSizeTraditionalFormat); // "3.4 MB"
    case OnUsbRole:
        return file.place == BackupPlace::Usb;
    case PlaceTextRole:
        if (file.safetyCopy)
            return tr("safety copy from before a restore");
        return file.place == BackupPlace::Usb ? tr("on the USB stick") : tr("on this kiosk");
    case SafetyCopyRole:
        return file.safetyCopy;
    default:
        return {};
    }
}

QHash<int, QByteArray> BackupListModel::roleNames() const
{
    return {{FileNameRole, "fileName"}, {DayTextRole, "dayText"},     {SizeTextRole, "sizeText"},
            {OnUsbRole, "onUsb"},       {PlaceTextRole, "placeText"}, {SafetyCopyRole, "safetyCopy"}};
}

// --- The controller ----------------------------------------------------------------

BackupController::BackupController(KioskStore &store, KioskController &kiosk, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(kiosk), m_backups(store.dataDir()), m_key(BackupKey::ensure(store.db()))
{
    connect(&m_daily, &QTimer::timeout, this, &BackupController::checkDaily);
    m_stickPoll.setInterval(kStickPollMs);
    connect(&m_stickPoll, &QTimer::timeout, this, [this] {
        if (!busy() && currentSticks() != m_sticks)
            refresh();
    });
    connect(&kiosk, &KioskController::screenChanged, this, [this] {
        if (m_kiosk.screen() == Screen::Backup) {
            m_stickPoll.start();
            return;
        }
        m_stickPoll.stop();
        if (m_restoreFile && !m_restoring)
            cancelRestore();
        setNotice({});
    });
}

BackupController::~BackupController()
{
    // A backup still being written finishes first: its temporary file is then renamed or removed.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

BackupController *BackupController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void BackupController::setInstance(BackupController *instance)
{
    s_instance = instance;
}

QDate BackupController::today() const
{
    return localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
}

int BackupController::keepDays() const
{
    bool ok = false;
    const int days = m_store.settings().value(Backups::kKeepDaysSetting).toInt(&ok);
    return ok ? std::clamp(days, 1, 365) : Backups::kDefaultKeepDays;
}

QStringList BackupController::currentSticks() const
{
    return m_stickOverride ? *m_stickOverride : Backups::stickRoots();
}

void BackupController::setStickRoots(std::optional<QStringList> roots)
{
    m_stickOverride = std::move(roots);
    refresh();
}

QString BackupController::messageFor(BackupProblem problem)
{
    switch (problem) {
    case BackupProblem::None:
        return {};
    case BackupProblem::Missing:
        return tr("The backup file could not be read. If it is on a USB stick, check that the stick is still "
                  "plugged in.");
    case BackupProblem::NotADatabase:
        return tr("This file is not a Qinqing backup: it is not a database at all.");
    case BackupProblem::Damaged:
        return tr("This backup file is damaged (perhaps it was copied only in part), so it cannot be used. "
                  "Please choose another one.");
    case BackupProblem::NotQinqing:
        return tr("This file is not a backup of a Qinqing kiosk.");
    case BackupProblem::NewerVersion:
        return tr("This backup was made by a newer version of Qinqing. Please install that version first.");
    case BackupProblem::DiskFull:
        return tr("There is not enough free space on the kiosk or on the USB stick.");
    case BackupProblem::CannotWrite:
        return tr("The file could not be written. If it is a USB stick, check that it is not locked and try "
                  "again.");
    case BackupProblem::Busy:
        return tr("The kiosk's data was busy. Please try again in a minute.");
    case BackupProblem::WrongKey:
        return tr("This backup was made on another kiosk and needs the school's recovery code for backups.");
    case BackupProblem::NotEncrypted:
        return tr("This file is not an encrypted Qinqing backup, so the kiosk will not trust it. Backups on a USB "
                  "stick are always encrypted.");
    }
    return {};
}

void BackupController::setNotice(const QString &notice, bool problem)
{
    if (m_notice == notice && m_noticeIsProblem == problem)
        return;
    m_notice = notice;
    m_noticeIsProblem = problem;
    emit noticeChanged();
}

QString BackupController::lastBackup() const
{
    const std::optional<BackupFile> newest = m_backups.newestOnKiosk();
    bool onStick = false;
    std::optional<QDate> newestOnStick;
    for (int row = 0; row < m_list.rowCount(); ++row) {
        const std::optional<BackupFile> file = m_list.at(row);
        if (file->place != BackupPlace::Usb)
            continue;
        if (!newestOnStick)
            newestOnStick = file->day;
        if (newest && file->fileName == newest->fileName)
            onStick = true;
    }
    const QDate now = today();
    if (newest && onStick)
        return tr("Last backup: %1, on this kiosk and on the USB stick.")
            .arg(BackupListModel::dayText(newest->day, now));
    if (newest)
        return tr("Last backup: %1, on this kiosk.").arg(BackupListModel::dayText(newest->day, now));
    if (newestOnStick)
        return tr("Last backup: %1, on the USB stick.").arg(BackupListModel::dayText(*newestOnStick, now));
    return tr("No backup yet.");
}

QString BackupController::usbText() const
{
    if (m_sticks.isEmpty())
        return tr("No USB stick found. Plug one in and wait a few seconds.");
    for (const QString &stick : m_sticks)
        if (Backups::isBackupStick(stick, m_key))
            return tr("USB stick ready: the daily backup is copied to it too.");
    return tr("A USB stick is plugged in. Press “Copy to USB” once; after that the daily backup is copied to it "
              "too.");
}

void BackupController::refresh()
{
    m_sticks = currentSticks();
    m_list.reset(m_backups.list(m_sticks), today());
    emit stateChanged();
}

void BackupController::open()
{
    setNotice({});
    refresh();
    m_kiosk.show(Screen::Backup);
}

void BackupController::close()
{
    m_kiosk.show(Screen::TeacherRoom);
}

void BackupController::runInBackground(const QString &busyText, std::function<void()> work, std::function<void()> done)
{
    m_busyText = busyText;
    QThread *thread = QThread::create(std::move(work));
    m_worker = thread;
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        thread->deleteLater();
        m_worker = nullptr;
        m_busyText.clear();
        done();
        emit stateChanged();
        emit workFinished();
    });
    thread->start(QThread::LowPriority);
    emit stateChanged();
}

void BackupController::startBackup(bool replaceToday, bool anyStick, const QString &busyText)
{
    const bool automatic = !replaceToday && !anyStick;
    auto run = std::make_shared<BackupRun>();
    const Backups backups = m_backups;
    const BackupKey key = m_key;
    const QDate day = today();
    const int keep = keepDays();
    const std::optional<QStringList> override = m_stickOverride;
    runInBackground(
        busyText,
        [=] {
            // The sticks are looked for here: a slow stick must not hold up the screen.
            *run = runBackup(backups, key, day, keep, replaceToday, override ? *override : Backups::stickRoots(),
                             anyStick);
        },
        [this, run, automatic, anyStick] {
            refresh();
            if (!run->local.ok()) {
                m_problem = messageFor(run->local.problem);
                qCWarning(lcBackupUi) << "backup failed";
                setNotice(tr("The backup did not work. %1").arg(m_problem), true);
                return;
            }
            if (anyStick && run->copiedToSticks == 0) {
                setNotice(run->stickFailure.ok()
                              ? tr("No USB stick found. Plug one in, wait a few seconds and try again.")
                              : tr("The backup is on this kiosk, but it could not be copied to the USB stick. %1")
                                    .arg(messageFor(run->stickFailure.problem)),
                          true);
                return;
            }
            m_problem.clear();
            if (!run->stickFailure.ok()) {
                setNotice(tr("The backup is on this kiosk, but it could not be copied to the USB stick. %1")
                              .arg(messageFor(run->stickFailure.problem)),
                          true);
                return;
            }
            if (automatic)
                return; // the daily backup speaks only when it fails
            setNotice(run->copiedToSticks > 0 ? tr("Backed up: the copy is on this kiosk and on the USB stick.")
                                              : tr("Backed up: the copy is on this kiosk."));
        });
}

void BackupController::startDaily(int intervalMs)
{
    checkDaily();
    m_daily.start(intervalMs);
}

void BackupController::checkDaily()
{
    if (busy())
        return;
    startBackup(false, false, tr("Making today's backup…"));
}

void BackupController::backUpNow()
{
    m_kiosk.userActivity();
    if (busy())
        return;
    setNotice({});
    startBackup(true, false, tr("Backing up…"));
}

void BackupController::copyToUsb()
{
    m_kiosk.userActivity();
    if (busy())
        return;
    setNotice({});
    refresh();
    if (m_sticks.isEmpty()) {
        setNotice(tr("No USB stick found. Plug one in, wait a few seconds and try again."), true);
        return;
    }
    startBackup(true, true, tr("Backing up and copying to the USB stick…"));
}

void BackupController::askRestore(int row)
{
    m_kiosk.userActivity();
    const std::optional<BackupFile> file = m_list.at(row);
    if (busy() || !file)
        return;
    // A quick look first (no full integrity check): a file that is plainly
    // not usable is refused before the teacher is asked anything.
    const BackupCheck looked = m_backups.check(file->path, m_key, Backups::Verify::SkipIntegrity);
    m_restoreKey.reset();
    if (looked.problem == BackupProblem::WrongKey && !looked.lockedKey.isEmpty()) {
        setNotice({});
        m_codeFile = file;
        emit restoreChanged();
        return;
    }
    if (!looked.ok()) {
        setNotice(tr("This backup cannot be restored. %1").arg(messageFor(looked.problem)), true);
        return;
    }
    setNotice({});
    m_restoreFile = file;
    m_restoreDevice = looked.deviceId;
    emit restoreChanged();
}

void BackupController::cancelRestore()
{
    m_kiosk.userActivity();
    if (!m_restoreFile && !m_codeFile)
        return;
    m_restoreFile.reset();
    m_codeFile.reset();
    m_restoreKey.reset();
    m_restoreDevice.clear();
    emit restoreChanged();
}

void BackupController::cancelCode()
{
    cancelRestore();
}

void BackupController::enterCode(const QString &code)
{
    m_kiosk.userActivity();
    if (!m_codeFile || busy())
        return;
    std::optional<BackupKey> recovered = BackupKey::recover(Backups::lockedKeyOf(m_codeFile->path), code);
    if (!recovered) {
        setNotice(tr("That code does not open this backup. Check it against the paper, letter by letter."), true);
        return;
    }
    const BackupCheck looked = m_backups.check(m_codeFile->path, *recovered, Backups::Verify::SkipIntegrity);
    const BackupFile file = *m_codeFile;
    m_codeFile.reset();
    if (!looked.ok()) {
        emit restoreChanged();
        setNotice(tr("This backup cannot be restored. %1").arg(messageFor(looked.problem)), true);
        return;
    }
    setNotice({});
    m_restoreKey = std::move(recovered);
    m_restoreFile = file;
    m_restoreDevice = looked.deviceId;
    emit restoreChanged();
}

QString BackupController::recoveryCode() const
{
    return BackupKey::pendingRecoveryCode(m_store.db());
}

void BackupController::recoveryCodeWrittenDown()
{
    m_kiosk.userActivity();
    try {
        BackupKey::forgetRecoveryCode(m_store.db());
    } catch (const StorageException &) {
        setNotice(messageFor(BackupProblem::CannotWrite), true);
    }
    emit stateChanged();
}

QString BackupController::restoreTitle() const
{
    return m_restoreFile ? tr("Restore the backup of %1?").arg(BackupListModel::dayText(m_restoreFile->day, today()))
                         : QString();
}

QString BackupController::restoreQuestion() const
{
    if (!m_restoreFile)
        return {};
    return tr("Everything on this kiosk will be replaced by what this backup holds: the children and their files, "
              "sign-ins, calls, letters, books, settings and the teacher PIN go back to how they were then. "
              "What was entered after it will be gone from this kiosk.\n"
              "A safety copy of the data as it is now is kept first, so you can go back to it. "
              "The kiosk then starts again by itself.");
}

QString BackupController::restoreWarning() const
{
    if (!m_restoreFile || m_restoreDevice.isEmpty() || m_restoreDevice == m_store.changeLog().deviceId())
        return {};
    return tr("This backup was made on another kiosk. This kiosk will take that kiosk's place: do this only when "
              "it replaces a broken one.");
}

void BackupController::confirmRestore()
{
    m_kiosk.userActivity();
    if (!m_restoreFile || busy())
        return;
    if (m_syncBusy && m_syncBusy()) {
        setNotice(tr("The kiosk is syncing with the hub. Please wait a minute and try again."), true);
        return;
    }
    const BackupFile file = *m_restoreFile;
    auto checked = std::make_shared<BackupCheck>();
    const BackupKey key = m_restoreKey ? *m_restoreKey : m_key;
    // The slow part, the full integrity check of the file, on the worker.
    runInBackground(
        tr("Checking the backup…"),
        [backups = m_backups, key, path = file.path, checked] { *checked = backups.check(path, key); },
        [this, file, checked] { finishRestore(file, *checked); });
}

void BackupController::finishRestore(const BackupFile &file, const BackupCheck &checked)
{
    const std::optional<BackupKey> otherKey = std::exchange(m_restoreKey, std::nullopt);
    m_restoreFile.reset();
    m_restoreDevice.clear();
    emit restoreChanged();
    if (!checked.ok()) {
        setNotice(tr("This backup cannot be restored, so nothing was changed. %1").arg(messageFor(checked.problem)),
                  true);
        refresh();
        return;
    }
    if (m_syncBusy && m_syncBusy()) {
        setNotice(tr("The kiosk is syncing with the hub. Please wait a minute and try again."), true);
        return;
    }
    // On the UI thread from here on: no tap, timer or sync answer can write
    // between the safety copy and the restore, nor after it before the restart.
    m_restoring = true;
    m_busyText = tr("Restoring…");
    emit stateChanged();
    // Named by the time; never over an earlier safety copy (two restores in one second).
    const QDateTime now = toLocal(m_store.clock().nowMs(), m_store.settings().timeZone());
    QString safetyName = Backups::safetyCopyFileName(now);
    for (int second = 1; QFileInfo::exists(QDir(m_backups.folder()).filePath(safetyName)); ++second)
        safetyName = Backups::safetyCopyFileName(now.addSecs(second));
    if (otherKey) {
        // This kiosk takes the other one's place: from now on it backs up
        // with the school's key whose code was just typed (already on paper).
        try {
            Transaction tx(m_store.db());
            otherKey->store(m_store.db());
            BackupKey::forgetRecoveryCode(m_store.db());
            tx.commit();
            m_key = *otherKey;
        } catch (const StorageException &) {
            m_restoring = false;
            m_busyText.clear();
            setNotice(messageFor(BackupProblem::CannotWrite), true);
            return;
        }
    }
    const RestoreOutcome outcome = m_backups.restore(file.path, m_key, safetyName, Backups::Verify::SkipIntegrity);
    if (!outcome.ok()) {
        m_restoring = false;
        m_busyText.clear();
        refresh();
        setNotice(tr("The backup could not be restored, so nothing was changed. %1").arg(messageFor(outcome.problem)),
                  true);
        return;
    }
    qCInfo(lcBackupUi) << "restored a backup; starting again";
    setNotice(tr("Restored the backup of %1. The kiosk starts again now.").arg(file.day.toString(Qt::ISODate)));
    emit restartRequested();
}

} // namespace qq
