#pragma once

#include "sync_client.h"
#include "sync_conflicts.h"

#include <QAbstractListModel>
#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace qq {

class KioskController;
class KioskStore;

// What sync found that a teacher has to look at: one row per conflict, the
// reason in words and where on the kiosk it is sorted out.
class ConflictListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Sync")

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // SyncConflict::Kind as an int
        ReasonRole, // "“西游记” (sticker QB…) is lent to 2 children at once."
        HintRole, // where to sort it out
        EntityRole,
        SharedRole,
        RecordCountRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<SyncConflict> rows);
    const QList<SyncConflict> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString hintFor(SyncConflict::Kind kind);

private:
    QList<SyncConflict> m_rows;
};

// The duty teacher's sync screen: which hub and school, when the last sync
// worked, what waits to be sent, the last failure in plain words (it stays
// until a sync succeeds), "sync now" with its progress, USB files for rooms
// without a network, and the conflicts sync found. Before enrollment: the
// hub's QR code, scanned by the camera or a USB scanner, or typed.
class SyncController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON

    Q_PROPERTY(bool enrolled READ enrolled NOTIFY stateChanged)
    Q_PROPERTY(bool enrollmentOpen READ enrollmentOpen NOTIFY stateChanged)
    Q_PROPERTY(QString hubAddress READ hubAddress NOTIFY stateChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString phaseText READ phaseText NOTIFY progressChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool progressKnown READ progressKnown NOTIFY progressChanged)
    Q_PROPERTY(int pushedCount READ pushedCount NOTIFY progressChanged)
    Q_PROPERTY(int toPushCount READ toPushCount NOTIFY progressChanged)
    Q_PROPERTY(int pulledCount READ pulledCount NOTIFY progressChanged)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY stateChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsProblem READ noticeIsProblem NOTIFY noticeChanged)
    Q_PROPERTY(ConflictListModel *conflicts READ conflicts CONSTANT)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY stateChanged)
    // The mailbox key this kiosk trusts (its fingerprint, to compare between
    // kiosks), and a refused key change, in words.
    Q_PROPERTY(QString mailboxKeyText READ mailboxKeyText NOTIFY stateChanged)
    Q_PROPERTY(bool mailboxKeyAlert READ mailboxKeyAlert NOTIFY stateChanged)

public:
    static constexpr int kBackgroundIntervalMs = 5 * 60 * 1000;

    SyncController(KioskStore &store, KioskController &kiosk, QObject *parent = nullptr);
    QString mailboxKeyText() const;
    bool mailboxKeyAlert() const;
    ~SyncController() override;
    static SyncController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(SyncController *instance);

    bool enrolled() const { return m_enrolled; }
    bool enrollmentOpen() const { return !m_enrolled || m_enrollAgain; }
    QString hubAddress() const;
    QString schoolName() const { return m_schoolName; }
    bool busy() const { return m_client.phase() != SyncClient::Phase::Idle; }
    QString phaseText() const;
    qreal progress() const;
    bool progressKnown() const { return m_client.phase() != SyncClient::Phase::Pulling; }
    int pushedCount() const { return int(m_pushed); }
    int toPushCount() const { return int(m_toPush); }
    int pulledCount() const { return int(m_pulled); }
    QString lastSuccess() const;
    int waitingCount() const { return m_waiting; }
    QString lastError() const { return m_lastError; }
    QString notice() const { return m_notice; }
    bool noticeIsProblem() const { return m_noticeIsProblem; }
    ConflictListModel *conflicts() { return &m_conflicts; }
    int conflictCount() const { return m_conflicts.rowCount(); }
    SyncClient &client() { return m_client; }

    // The teacher's screen.
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void syncNow();
    // The text of the hub's QR code, typed, pasted or scanned.
    Q_INVOKABLE void enrollWithText(const QString &text);
    // After "enroll it again" (a new hub, or this kiosk was removed from it).
    Q_INVOKABLE void enrollAgain();
    Q_INVOKABLE void cancelEnrollAgain();
    // This kiosk's changes to a file on the first USB stick; the hub's file read back.
    Q_INVOKABLE void exportToUsb();
    Q_INVOKABLE void importFromUsb();

    // Syncs every interval while enrolled (the kiosk only; never the tour or tests).
    void startBackground(int intervalMs = kBackgroundIntervalMs);
    // Whether the screen on show reads the hub's QR code (the camera runs for it).
    bool wantsCodes() const;
    // A code from the camera or a USB scanner.
    void codeScanned(const QString &text);
    // Where a truncated camera read is decoded again in full (AppContext sets it).
    void setFrameGrabber(std::function<QImage()> grab) { m_grabFrame = std::move(grab); }
    // USB sticks to write to and read from; by default the sticks mounted under /media.
    void setUsbFolders(const QStringList &folders) { m_usbFolders = folders; }
    QString importFolder() const;

signals:
    void stateChanged();
    void progressChanged();
    void noticeChanged();

private:
    void onSyncFinished(bool ok, const QString &message);
    void onEnrollFinished(bool ok, const QString &message);
    void setNotice(const QString &notice, bool problem = false);
    void readFullCodeFromCamera();
    QStringList usbSticks() const;
    QString findBundle() const;
    QString ownFilePrefix() const;

    KioskStore &m_store;
    KioskController &m_kiosk;
    SyncClient m_client;
    ConflictListModel m_conflicts;
    bool m_enrolled = false;
    bool m_enrollAgain = false;
    QString m_hubUrl;
    QString m_schoolName;
    qint64 m_lastOkMs = 0;
    QString m_lastError;
    int m_waiting = 0;
    qint64 m_pushed = 0, m_toPush = 0, m_pulled = 0;
    QString m_notice;
    bool m_noticeIsProblem = false;
    int m_backgroundMs = 0;
    std::function<QImage()> m_grabFrame;
    QTimer m_cameraRetry; // a QR too long for one camera read: decoded again from frames
    int m_cameraTries = 0;
    QStringList m_usbFolders;
};

} // namespace qq
