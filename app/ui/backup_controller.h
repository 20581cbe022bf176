#pragma once

#include "backups.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <optional>

class QThread;

namespace qq {

class KioskController;
class KioskStore;

// The backups on the kiosk and on the USB sticks, newest first.
class BackupListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Backup")

public:
    enum Roles {
        FileNameRole = Qt::UserRole + 1,
        DayTextRole, // "today (2026-11-23)"
        SizeTextRole, // "3.2 MB"
        OnUsbRole,
        PlaceTextRole, // "on this kiosk", "on the USB stick"
        SafetyCopyRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<BackupFile> rows, QDate today);
    std::optional<BackupFile> at(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString dayText(QDate day, QDate today);

private:
    QList<BackupFile> m_rows;
    QDate m_today;
};

// The teacher's backup screen and the daily backup. A backup is made on a
// worker thread (SQLite's online backup API from a connection of its own), so
// the kiosk keeps answering taps; once a day (checked at start and every
// hour) and on "back up now". A copy goes to USB sticks the teacher has used
// for backups before (their qinqing-backups folder), and on "copy to USB" to
// any stick plugged in. Restore: the file is checked on the worker, then the
// live data is replaced on the UI thread (so no tap, timer or sync reply
// writes in between), a safety copy kept first; then the program starts again
// (restartRequested), since every controller holds data read before.
class BackupController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Backup)
    QML_SINGLETON

    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY stateChanged)
    Q_PROPERTY(QString lastBackup READ lastBackup NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(bool usbPresent READ usbPresent NOTIFY stateChanged)
    Q_PROPERTY(QString usbText READ usbText NOTIFY stateChanged)
    Q_PROPERTY(int keepDays READ keepDays NOTIFY stateChanged)
    Q_PROPERTY(BackupListModel *backups READ backups CONSTANT)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsProblem READ noticeIsProblem NOTIFY noticeChanged)
    Q_PROPERTY(bool restoreAsked READ restoreAsked NOTIFY restoreChanged)
    Q_PROPERTY(QString restoreTitle READ restoreTitle NOTIFY restoreChanged)
    Q_PROPERTY(QString restoreQuestion READ restoreQuestion NOTIFY restoreChanged)
    Q_PROPERTY(QString restoreWarning READ restoreWarning NOTIFY restoreChanged)
    // A backup made with another kiosk's key: its recovery code is asked for.
    Q_PROPERTY(bool codeAsked READ codeAsked NOTIFY restoreChanged)
    // The backup key's recovery code, shown until the teacher has written it down.
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY stateChanged)

public:
    static constexpr int kDailyCheckMs = 60 * 60 * 1000;
    static constexpr int kStickPollMs = 3000;

    BackupController(KioskStore &store, KioskController &kiosk, QObject *parent = nullptr);
    ~BackupController() override;
    static BackupController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(BackupController *instance);

    bool busy() const { return m_worker != nullptr || m_restoring; }
    QString busyText() const { return m_busyText; }
    QString lastBackup() const;
    QString problem() const { return m_problem; }
    bool usbPresent() const { return !m_sticks.isEmpty(); }
    QString usbText() const;
    int keepDays() const;
    BackupListModel *backups() { return &m_list; }
    QString notice() const { return m_notice; }
    bool noticeIsProblem() const { return m_noticeIsProblem; }
    bool restoreAsked() const { return m_restoreFile.has_value(); }
    QString restoreTitle() const;
    QString restoreQuestion() const;
    QString restoreWarning() const;
    bool codeAsked() const { return m_codeFile.has_value(); }
    QString recoveryCode() const;
    const BackupKey &key() const { return m_key; }

    // The teacher's screen.
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void backUpNow();
    Q_INVOKABLE void copyToUsb();
    Q_INVOKABLE void askRestore(int row);
    Q_INVOKABLE void cancelRestore();
    Q_INVOKABLE void confirmRestore();
    // The school's recovery code for a backup made with another key.
    Q_INVOKABLE void enterCode(const QString &code);
    Q_INVOKABLE void cancelCode();
    Q_INVOKABLE void recoveryCodeWrittenDown();

    // The kiosk only (never the tour or the self-test): a backup when today
    // has none, now and every `intervalMs`.
    void startDaily(int intervalMs = kDailyCheckMs);
    void checkDaily();
    // Sticks to use instead of the mounted ones (the tour); tests use QINQING_USB_ROOTS.
    void setStickRoots(std::optional<QStringList> roots);
    // A restore waits while a sync talks to the hub (its answer would move
    // the sync cursors of data that is no longer there). AppContext sets it.
    void setSyncBusy(std::function<bool()> syncBusy) { m_syncBusy = std::move(syncBusy); }
    static QString messageFor(BackupProblem problem);

signals:
    void stateChanged();
    void noticeChanged();
    void restoreChanged();
    void workFinished(); // a backup, copy or check on the worker has ended (tests, the tour)
    // The live data was replaced: the program must start again (the shell exits with kRestartExitCode).
    void restartRequested();

private:
    void runInBackground(const QString &busyText, std::function<void()> work, std::function<void()> done);
    void startBackup(bool replaceToday, bool anyStick, const QString &busyText);
    void setNotice(const QString &notice, bool problem = false);
    void finishRestore(const BackupFile &file, const BackupCheck &checked);
    QStringList currentSticks() const;
    QDate today() const;

    KioskStore &m_store;
    KioskController &m_kiosk;
    Backups m_backups;
    BackupKey m_key;
    std::optional<BackupKey> m_restoreKey; // another kiosk's key, opened with its recovery code
    std::optional<BackupFile> m_codeFile; // waiting for that code
    BackupListModel m_list;
    QThread *m_worker = nullptr;
    bool m_restoring = false;
    QString m_busyText;
    QString m_problem; // the last automatic backup's failure, until one works
    QStringList m_sticks;
    std::optional<QStringList> m_stickOverride;
    QString m_notice;
    bool m_noticeIsProblem = false;
    std::optional<BackupFile> m_restoreFile;
    QString m_restoreDevice; // the kiosk that made the file to restore, once known
    std::function<bool()> m_syncBusy;
    QTimer m_daily;
    QTimer m_stickPoll; // sticks come and go while the screen shows
};

} // namespace qq
