// The teacher's backups as the kiosk drives them: the daily backup on a
// worker thread, "back up now", "copy to USB" (a folder named by
// QINQING_USB_ROOTS stands in for a stick), and a restore end to end: the
// data is exactly as at the backup once the kiosk has started again, a
// safety copy holds what was replaced, and bad files change nothing.
#include "app_context.h"
#include "frame_source.h"
#include "replica_hash.h"
#include "temp_school.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace qq;
using Screen = KioskController::Screen;

namespace {

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

QByteArray hashOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return ReplicaHash::of(*db);
}

QStringList filesIn(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

// The kiosk with its teacher on the backup screen; `sticks` become QINQING_USB_ROOTS.
struct BackupKiosk : test::TempSchool {
    explicit BackupKiosk(const QStringList &sticks = {}) : TempSchool(24, 2, true)
    {
        qputenv("QINQING_USB_ROOTS", sticks.join(QLatin1Char(':')).toUtf8());
        start();
    }
    ~BackupKiosk() { qunsetenv("QINQING_USB_ROOTS"); }

    void start()
    {
        context = std::make_unique<AppContext>(*store, std::make_unique<ImageFrameSource>());
        kiosk().openTeacher();
        context->teacher().submitPin(QStringLiteral("1234"));
    }
    // What the shell does on restartRequested: everything closes, and opens again.
    void restart()
    {
        context.reset();
        reopen();
        start();
    }
    KioskController &kiosk() { return context->kiosk(); }
    BackupController &backup() { return context->backup(); }
    QString folder() const { return QDir(dir.path()).filePath(QStringLiteral("backups")); }
    QString todays() const { return QDir(folder()).filePath(QStringLiteral("qinqing-2026-11-23.qqbackup")); }
    // The records inside an encrypted backup, opened with this kiosk's key.
    QByteArray hashOfBackup(const QString &path)
    {
        const QString plain = QDir(dir.path()).filePath(QStringLiteral("opened.sqlite"));
        QFile::remove(plain);
        EXPECT_EQ(Backups::decrypt(path, backup().key(), plain), BackupProblem::None) << path.toStdString();
        const QByteArray hash = hashOf(plain);
        QFile::remove(plain);
        return hash;
    }

    // The worker runs; the UI thread keeps turning meanwhile, as on the kiosk.
    bool waitUntilIdle()
    {
        const QDeadlineTimer deadline(60'000);
        while (backup().busy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return !backup().busy();
    }
    int rowOf(const QString &fileName, bool onUsb = false)
    {
        BackupListModel *list = backup().backups();
        for (int row = 0; row < list->rowCount(); ++row)
            if (list->index(row).data(BackupListModel::FileNameRole).toString() == fileName
                && list->index(row).data(BackupListModel::OnUsbRole).toBool() == onUsb)
                return row;
        return -1;
    }
    // Some of an afternoon: sign-ins by tapping photos, and a letter.
    void afternoon()
    {
        const QList<Child> children = firstClass();
        for (int i = 0; i < 3; ++i) {
            clock.advance(60'000);
            kiosk().goHome();
            kiosk().startSignIn();
            kiosk().chooseClass(store->roster().classes().first().id);
            kiosk().chooseChild(children.at(i).id);
            kiosk().continueAfterGreeting();
            kiosk().chooseMood(4);
        }
        if (!store->mailbox().isSetUp()) {
            ASSERT_FALSE(store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
        }
        Letter letter;
        letter.text = QStringLiteral("想爸爸");
        ASSERT_TRUE(store->mailbox().send(letter).ok());
        kiosk().openTeacher();
        context->teacher().submitPin(QStringLiteral("1234"));
    }

    std::unique_ptr<AppContext> context;
};

} // namespace

TEST(Backups, ARestoreBringsBackExactlyTheBackupAfterTheKioskStartsAgain)
{
    BackupKiosk k;
    QAbstractItemModelTester tester(k.backup().backups(), QAbstractItemModelTester::FailureReportingMode::Warning);
    k.backup().open();
    EXPECT_EQ(k.kiosk().screen(), Screen::Backup);
    EXPECT_EQ(k.backup().lastBackup(), QStringLiteral("No backup yet."));
    EXPECT_EQ(k.backup().backups()->rowCount(), 0);

    k.backup().backUpNow();
    EXPECT_TRUE(k.backup().busy()) << "the backup runs on a worker";
    ASSERT_TRUE(k.waitUntilIdle());
    EXPECT_FALSE(k.backup().noticeIsProblem()) << k.backup().notice().toStdString();
    EXPECT_EQ(k.backup().notice(), QStringLiteral("Backed up: the copy is on this kiosk."));
    EXPECT_EQ(k.backup().lastBackup(), QStringLiteral("Last backup: today (2026-11-23), on this kiosk."));
    ASSERT_EQ(k.backup().backups()->rowCount(), 1);
    const QByteArray atBackup = ReplicaHash::of(k.store->db());
    const int visitsAtBackup = k.count("SELECT count(*) FROM visits");
    const int logAtBackup = k.count("SELECT count(*) FROM change_log");

    k.afternoon();
    const QByteArray afternoon = ReplicaHash::of(k.store->db());
    ASSERT_NE(afternoon, atBackup);
    ASSERT_EQ(k.count("SELECT count(*) FROM visits"), visitsAtBackup + 3);

    k.backup().open();
    const int row = k.rowOf(QStringLiteral("qinqing-2026-11-23.qqbackup"));
    ASSERT_GE(row, 0);
    k.backup().askRestore(row);
    ASSERT_TRUE(k.backup().restoreAsked()) << k.backup().notice().toStdString();
    EXPECT_EQ(k.backup().restoreTitle(), QStringLiteral("Restore the backup of today (2026-11-23)?"));
    EXPECT_TRUE(k.backup().restoreQuestion().contains(QStringLiteral("safety copy")));
    EXPECT_TRUE(k.backup().restoreWarning().isEmpty()) << "made on this kiosk";

    QSignalSpy restart(&k.backup(), &BackupController::restartRequested);
    k.clock.advance(5 * 60'000);
    k.backup().confirmRestore();
    ASSERT_TRUE(k.backup().busy());
    const QDeadlineTimer deadline(60'000);
    while (restart.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_EQ(restart.size(), 1) << k.backup().notice().toStdString();
    EXPECT_FALSE(k.backup().noticeIsProblem());
    EXPECT_TRUE(k.backup().busy()) << "nothing else starts before the restart";

    // The safety copy holds the afternoon.
    const QStringList safety = filesIn(k.folder(), QStringLiteral("before-restore-*.qqbackup"));
    ASSERT_EQ(safety, QStringList{QStringLiteral("before-restore-2026-11-23-150800.qqbackup")});
    EXPECT_EQ(k.hashOfBackup(QDir(k.folder()).filePath(safety.first())), afternoon);

    k.restart();
    EXPECT_EQ(ReplicaHash::of(k.store->db()), atBackup);
    EXPECT_EQ(k.count("SELECT count(*) FROM visits"), visitsAtBackup);
    EXPECT_EQ(k.count("SELECT count(*) FROM change_log"), logAtBackup);
    EXPECT_EQ(k.count("SELECT count(*) FROM letters"), 0);
    EXPECT_EQ(k.kiosk().screen(), Screen::TeacherRoom) << "the teacher PIN of the backup opens teacher mode";

    // The restored kiosk lists the safety copy, and it undoes the restore.
    k.backup().open();
    const int safetyRow = k.rowOf(safety.first());
    ASSERT_GE(safetyRow, 0);
    EXPECT_TRUE(k.backup().backups()->index(safetyRow).data(BackupListModel::SafetyCopyRole).toBool());
    k.backup().askRestore(safetyRow);
    QSignalSpy again(&k.backup(), &BackupController::restartRequested);
    k.backup().confirmRestore();
    ASSERT_TRUE(again.wait(60'000));
    k.restart();
    EXPECT_EQ(ReplicaHash::of(k.store->db()), afternoon);
}

TEST(Backups, TheDailyBackupIsMadeOnceADayAndGoesOnlyToABackupStick)
{
    // A stick with a folder named like ours, as anyone (a child) can make one:
    // the daily backup does not go there until the teacher chose the stick.
    QTemporaryDir backupStick, childsStick;
    ASSERT_TRUE(QDir(backupStick.path()).mkdir(QStringLiteral("qinqing-backups")));
    ASSERT_TRUE(QDir(childsStick.path()).mkdir(QStringLiteral("qinqing-backups")));
    const QString teachersFolder = QDir(backupStick.path()).filePath(QStringLiteral("qinqing-backups"));
    BackupKiosk k({backupStick.path(), childsStick.path()});
    k.backup().checkDaily();
    ASSERT_TRUE(k.waitUntilIdle());
    EXPECT_TRUE(QFile::exists(k.todays()));
    EXPECT_TRUE(k.backup().notice().isEmpty()) << "a daily backup that worked says nothing";
    EXPECT_TRUE(QDir(teachersFolder).isEmpty()) << "a folder's name does not make a backup stick";
    EXPECT_TRUE(QDir(QDir(childsStick.path()).filePath(QStringLiteral("qinqing-backups"))).isEmpty());

    // The teacher plugs in her stick alone and copies to it once: from then on it is a backup stick.
    qputenv("QINQING_USB_ROOTS", backupStick.path().toUtf8());
    k.backup().copyToUsb();
    ASSERT_TRUE(k.waitUntilIdle());
    const QString onStick = QDir(teachersFolder).filePath(QStringLiteral("qinqing-2026-11-23.qqbackup"));
    EXPECT_EQ(readAll(onStick), readAll(k.todays()));
    EXPECT_FALSE(readAll(onStick).contains(k.firstClass().first().name.toUtf8())) << "encrypted";
    qputenv("QINQING_USB_ROOTS", (backupStick.path() + QLatin1Char(':') + childsStick.path()).toUtf8());

    // Later the same day: today has its backup already.
    const QByteArray morning = k.hashOfBackup(k.todays());
    k.afternoon();
    k.backup().checkDaily();
    ASSERT_TRUE(k.waitUntilIdle());
    EXPECT_EQ(k.hashOfBackup(k.todays()), morning);

    // The next day: a new one, here and on the chosen stick only.
    k.clock.advance(24 * 3600 * 1000LL);
    k.backup().checkDaily();
    ASSERT_TRUE(k.waitUntilIdle());
    const QString tomorrow = QDir(k.folder()).filePath(QStringLiteral("qinqing-2026-11-24.qqbackup"));
    EXPECT_EQ(k.hashOfBackup(tomorrow), ReplicaHash::of(k.store->db()));
    EXPECT_EQ(filesIn(teachersFolder, QStringLiteral("*.qqbackup")).size(), 2);
    EXPECT_TRUE(QDir(QDir(childsStick.path()).filePath(QStringLiteral("qinqing-backups"))).isEmpty())
        << "a stick nobody chose for backups gets nothing";
}

TEST(Backups, OnlyTheNewestNDaysAreKeptAsTheSettingSays)
{
    BackupKiosk k;
    k.store->settings().setValue(Backups::kKeepDaysSetting, QStringLiteral("3"));
    EXPECT_EQ(k.backup().keepDays(), 3);
    k.backup().backUpNow();
    ASSERT_TRUE(k.waitUntilIdle());
    const QByteArray bytes = readAll(k.todays());
    for (int day = 1; day <= 6; ++day)
        ASSERT_TRUE(
            writeAll(QDir(k.folder()).filePath(Backups::dailyFileName(QDate(2026, 11, 23).addDays(-day))), bytes));
    k.clock.advance(24 * 3600 * 1000LL);
    k.backup().checkDaily();
    ASSERT_TRUE(k.waitUntilIdle());
    EXPECT_EQ(filesIn(k.folder(), QStringLiteral("*.qqbackup")),
              (QStringList{QStringLiteral("qinqing-2026-11-22.qqbackup"), QStringLiteral("qinqing-2026-11-23.qqbackup"),
                           QStringLiteral("qinqing-2026-11-24.qqbackup")}));
    k.store->settings().setValue(Backups::kKeepDaysSetting, QStringLiteral("nonsense"));
    EXPECT_EQ(k.backup().keepDays(), Backups::kDefaultKeepDays);
}

TEST(Backups, CopyToUsbNeedsAStickAndSaysSo)
{
    {
        BackupKiosk none;
        none.backup().open();
        EXPECT_FALSE(none.backup().usbPresent());
        EXPECT_EQ(none.backup().usbText(), QStringLiteral("No USB stick found. Plug one in and wait a few seconds."));
        none.backup().copyToUsb();
        EXPECT_FALSE(none.backup().busy());
        EXPECT_TRUE(none.backup().noticeIsProblem());
        EXPECT_FALSE(QFile::exists(none.todays())) << "nothing was started";
    }
    QTemporaryDir stick;
    BackupKiosk k({stick.path()});
    k.backup().open();
    EXPECT_TRUE(k.backup().usbPresent());
    EXPECT_TRUE(k.backup().usbText().startsWith(QStringLiteral("A USB stick is plugged in.")));
    k.backup().copyToUsb();
    ASSERT_TRUE(k.waitUntilIdle());
    EXPECT_EQ(k.backup().notice(), QStringLiteral("Backed up: the copy is on this kiosk and on the USB stick."));
    EXPECT_TRUE(Backups::isBackupStick(stick.path(), k.backup().key()));
    EXPECT_EQ(k.backup().usbText(), QStringLiteral("USB stick ready: the daily backup is copied to it too."));
    EXPECT_EQ(k.backup().lastBackup(),
              QStringLiteral("Last backup: today (2026-11-23), on this kiosk and on the USB stick."));
    const int usbRow = k.rowOf(QStringLiteral("qinqing-2026-11-23.qqbackup"), true);
    ASSERT_GE(usbRow, 0);
    EXPECT_EQ(k.backup().backups()->index(usbRow).data(BackupListModel::PlaceTextRole).toString(),
              QStringLiteral("on the USB stick"));

    // The kiosk itself lost its backups: the stick's copy restores it.
    const QByteArray atBackup = ReplicaHash::of(k.store->db());
    QDir(k.folder()).removeRecursively();
    k.afternoon();
    k.backup().open();
    ASSERT_EQ(k.backup().backups()->rowCount(), 1);
    EXPECT_EQ(k.backup().lastBackup(), QStringLiteral("Last backup: today (2026-11-23), on the USB stick."));
    k.backup().askRestore(0);
    QSignalSpy restart(&k.backup(), &BackupController::restartRequested);
    k.backup().confirmRestore();
    ASSERT_TRUE(restart.wait(60'000));
    k.restart();
    EXPECT_EQ(ReplicaHash::of(k.store->db()), atBackup);
}

TEST(Backups, ABadFileIsRefusedInPlainWordsAndNothingChanges)
{
    BackupKiosk k;
    k.backup().backUpNow();
    ASSERT_TRUE(k.waitUntilIdle());
    const QByteArray good = readAll(k.todays());
    k.afternoon();
    const QByteArray live = ReplicaHash::of(k.store->db());
    QSignalSpy restart(&k.backup(), &BackupController::restartRequested);

    // Random bytes, and a newer version's file: refused before the teacher is asked.
    QByteArray noise(100'000, '\0');
    for (char &byte : noise)
        byte = char(QRandomGenerator::global()->bounded(256));
    ASSERT_TRUE(writeAll(QDir(k.folder()).filePath(QStringLiteral("qinqing-2026-11-20.qqbackup")), noise));
    k.backup().open();
    k.backup().askRestore(k.rowOf(QStringLiteral("qinqing-2026-11-20.qqbackup")));
    EXPECT_FALSE(k.backup().restoreAsked());
    EXPECT_TRUE(k.backup().noticeIsProblem());
    EXPECT_EQ(k.backup().notice(),
              QStringLiteral("This backup cannot be restored. This file is not a Qinqing backup: "
                             "it is not a database at all."));

    // Damaged inside (the start reads well, a page further in does not):
    // found by the full check on the worker, after the teacher said yes.
    // (Encrypted with the kiosk's own key around a database damaged inside.)
    const QString plain = QDir(k.dir.path()).filePath(QStringLiteral("plain.sqlite"));
    ASSERT_EQ(Backups::decrypt(k.todays(), k.backup().key(), plain), BackupProblem::None);
    QByteArray damaged = readAll(plain);
    const qsizetype page = (damaged.size() / 4096) * 3 / 4 * 4096;
    damaged.replace(page, 4096, QByteArray(4096, '\xff'));
    ASSERT_TRUE(writeAll(plain, damaged));
    const QString damagedPath = QDir(k.folder()).filePath(QStringLiteral("qinqing-2026-11-21.qqbackup"));
    ASSERT_TRUE(Backups::encrypt(plain, damagedPath, k.backup().key()));
    const Backups backups(k.dir.path());
    ASSERT_TRUE(backups.check(damagedPath, k.backup().key(), Backups::Verify::SkipIntegrity).ok());
    ASSERT_EQ(backups.check(damagedPath, k.backup().key()).problem, BackupProblem::Damaged);
    ASSERT_FALSE(good.isEmpty());
    k.backup().refresh();
    k.backup().askRestore(k.rowOf(QStringLiteral("qinqing-2026-11-21.qqbackup")));
    ASSERT_TRUE(k.backup().restoreAsked());
    k.backup().confirmRestore();
    ASSERT_TRUE(k.waitUntilIdle());
    EXPECT_FALSE(k.backup().restoreAsked());
    EXPECT_TRUE(k.backup().noticeIsProblem());
    EXPECT_TRUE(
        k.backup().notice().startsWith(QStringLiteral("This backup cannot be restored, so nothing was changed.")))
        << k.backup().notice().toStdString();
    EXPECT_TRUE(filesIn(k.folder(), QStringLiteral("before-restore-*")).isEmpty());

    // While a sync talks to the hub, a restore waits.
    k.backup().setSyncBusy([] { return true; });
    k.backup().askRestore(k.rowOf(QStringLiteral("qinqing-2026-11-23.qqbackup")));
    ASSERT_TRUE(k.backup().restoreAsked());
    k.backup().confirmRestore();
    EXPECT_FALSE(k.backup().busy());
    EXPECT_EQ(k.backup().notice(),
              QStringLiteral("The kiosk is syncing with the hub. Please wait a minute and try again."));

    // Leaving the screen takes the question away.
    k.backup().close();
    EXPECT_FALSE(k.backup().restoreAsked());

    EXPECT_TRUE(restart.isEmpty());
    k.restart();
    EXPECT_EQ(ReplicaHash::of(k.store->db()), live);
}

TEST(Backups, ABackupFromAnotherKioskOpensWithTheSchoolsCodeAndThisKioskTakesItsPlace)
{
    BackupKiosk k;
    test::TempSchool other(6, 1, false);
    const BackupKey othersKey = BackupKey::ensure(other.store->db());
    const QString othersCode = BackupKey::pendingRecoveryCode(other.store->db());
    const BackupOutcome made = Backups(other.dir.path()).backUp(QDate(2026, 11, 22), othersKey);
    ASSERT_TRUE(made.ok());
    const QByteArray othersData = ReplicaHash::of(other.store->db());
    QDir().mkpath(k.folder());
    ASSERT_TRUE(QFile::copy(made.path, QDir(k.folder()).filePath(QFileInfo(made.path).fileName())));
    k.backup().open();
    k.backup().askRestore(k.rowOf(QStringLiteral("qinqing-2026-11-22.qqbackup")));
    EXPECT_FALSE(k.backup().restoreAsked());
    ASSERT_TRUE(k.backup().codeAsked()) << "another kiosk's key: its recovery code is asked for";
    k.backup().enterCode(Sealing::newRecoveryCode());
    EXPECT_TRUE(k.backup().codeAsked());
    EXPECT_EQ(k.backup().notice(),
              QStringLiteral("That code does not open this backup. Check it against the paper, letter by letter."));
    k.backup().enterCode(othersCode);
    EXPECT_FALSE(k.backup().codeAsked());
    ASSERT_TRUE(k.backup().restoreAsked());
    EXPECT_EQ(k.backup().restoreTitle(), QStringLiteral("Restore the backup of yesterday (2026-11-22)?"));
    EXPECT_TRUE(k.backup().restoreWarning().startsWith(QStringLiteral("This backup was made on another kiosk.")));

    QSignalSpy restart(&k.backup(), &BackupController::restartRequested);
    k.backup().confirmRestore();
    ASSERT_TRUE(restart.wait(60'000));
    k.restart();
    EXPECT_EQ(ReplicaHash::of(k.store->db()), othersData);
    EXPECT_EQ(k.backup().key().id(), othersKey.id()) << "it backs up with the school's key from now on";
    EXPECT_TRUE(k.backup().recoveryCode().isEmpty()) << "that code is on paper already";
}

TEST(Backups, TheRecoveryCodeIsShownUntilTheTeacherHasWrittenItDown)
{
    BackupKiosk k;
    k.backup().open();
    const QString code = k.backup().recoveryCode();
    EXPECT_EQ(Sealing::normaliseRecoveryCode(code).size(), 24);
    k.restart();
    EXPECT_EQ(k.backup().recoveryCode(), code) << "still shown after a restart";
    k.backup().recoveryCodeWrittenDown();
    EXPECT_TRUE(k.backup().recoveryCode().isEmpty());
    k.restart();
    EXPECT_TRUE(k.backup().recoveryCode().isEmpty());
}
