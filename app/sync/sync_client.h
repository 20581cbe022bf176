#pragma once

#include "change_feed.h"
#include "enrollment_link.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace qq {

class Clock;
class Database;
class ChangeLog;

// The kiosk's side of sync (QtNetwork, HTTPS with the hub's certificate
// pinned at enrollment). A sync pushes this device's own changes after the
// push cursor, chunk by chunk, moving the cursor only after the hub answers
// that it committed them; then pulls the school's other changes after the
// pull cursor, storing each chunk and its cursor in one transaction. Any
// interruption resumes from the cursors; a repeated chunk changes nothing.
// Every failure ends the sync with a message in plain words (and stays in
// lastError until a sync succeeds): a failed push is never silent.
class SyncClient : public QObject {
    Q_OBJECT

public:
    enum class Phase { Idle, Enrolling, Pushing, Pulling };
    Q_ENUM(Phase)

    SyncClient(Database &db, ChangeLog &log, const Clock &clock, QObject *parent = nullptr);
    ~SyncClient() override;

    bool isEnrolled() const;
    QString hubUrl() const;
    QString schoolName() const;
    Phase phase() const { return m_phase; }
    qint64 lastSuccessMs() const; // 0: never
    QString lastError() const; // empty after a success
    int waitingToPush() const; // this device's changes the hub has not acknowledged
    void setChunkRows(int rows) { m_chunkRows = std::clamp(rows, 1, ChangeFeed::kMaxRows); }

    // Asynchronous; ends with enrollFinished.
    void enroll(const EnrollmentLink &link, const QString &deviceName);
    // Asynchronous; ends with syncFinished. Ignored while one runs.
    void syncNow();
    // Syncs every `intervalMs` while enrolled; after a failure waits 30 s,
    // then twice as long each time, up to the interval.
    void startBackground(int intervalMs);
    void stopBackground();

    // Sync without a network: this device's changes to a file for the hub,
    // and the hub's file read in (idempotent). Both synchronous.
    bool exportBundle(const QString &path, QString *error);
    int importBundle(const QString &path, QString *error); // rows new here, or -1

signals:
    void enrollFinished(bool ok, const QString &message);
    void syncFinished(bool ok, const QString &message);
    void progress(qint64 pushed, qint64 toPush, qint64 pulled);
    void stateChanged();
    // Records changed under the kiosk's feet: cached settings and search
    // indexes must be read again (Settings::reload).
    void received();

private:
    QNetworkRequest request(const QString &path) const;
    QNetworkRequest signedRequest(QNetworkRequest request, const QByteArray &method, const QByteArray &body) const;
    bool noteHubClock(QNetworkReply *reply, const QByteArray &body);
    QNetworkReply *watch(QNetworkReply *reply);
    void pushNext();
    void pullNext();
    void finish(bool ok, const QString &message);
    QString failureMessage(QNetworkReply *reply, const QByteArray &body) const;
    QString local(const char *key) const;
    void setPhase(Phase phase);

    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QTimer m_background;
    int m_intervalMs = 0;
    int m_backoffMs = 0;
    int m_chunkRows = 1000;
    Phase m_phase = Phase::Idle;
    QString m_pendingPin; // during enrollment, before it is stored
    bool m_pinMismatch = false;
    qint64 m_hubClockOffsetMs = 0; // the hub's clock minus this kiosk's, as last answered
    bool m_hubClockKnown = false; // once per run: then each answer keeps the offset current
    bool m_retriedClock = false; // once per sync: a request the hub refused for its time
    qint64 m_pushed = 0, m_toPush = 0, m_pulled = 0;
};

} // namespace qq
