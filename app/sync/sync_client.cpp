#include "sync_client.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"
#include "mailbox.h"
#include "request_signature.h"
#include "sync_bundle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace qq {

namespace {

// Local-state keys: device-local, never synced.
constexpr const char *kHub = "sync.hub";
constexpr const char *kPin = "sync.pin";
constexpr const char *kToken = "sync.token";
// This kiosk's Ed25519 secret key (base64), made at enrollment: it signs the
// USB files it writes. Never in a backup (backups.cpp leaves out sync.device_key*).
constexpr const char *kDeviceKey = "sync.device_key";
// The hub's signing public key (base64), from the enrollment answer over the
// pinned TLS connection: the hub's USB files must carry its signature.
constexpr const char *kHubKey = "sync.hub_key";
constexpr const char *kSchool = "sync.school";
constexpr const char *kSchoolName = "sync.school_name";
constexpr const char *kPushAfter = "sync.push_after";
constexpr const char *kPullAfter = "sync.pull_after";
constexpr const char *kLastOk = "sync.last_ok_ms";
constexpr const char *kLastError = "sync.last_error";

constexpr int kTransferTimeoutMs = 30'000;
constexpr int kFirstRetryMs = 30'000;
// A push chunk stops after this many payload bytes, well inside the wire bound.
constexpr qsizetype kPushChunkBytes = 4 * 1024 * 1024;

} // namespace

SyncClient::SyncClient(Database &db, ChangeLog &log, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_log(log), m_clock(clock), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
    m_background.setSingleShot(true);
    connect(&m_background, &QTimer::timeout, this, &SyncClient::syncNow);
    connect(this, &SyncClient::syncFinished, this, [this](bool ok) {
        if (m_intervalMs <= 0)
            return;
        m_backoffMs = ok ? 0 : (m_backoffMs == 0 ? kFirstRetryMs : std::min(m_backoffMs * 2, m_intervalMs));
        m_background.start(ok ? m_intervalMs : m_backoffMs);
    });
}

SyncClient::~SyncClient() = default;

QString SyncClient::local(const char *key) const
{
    return LocalState::get(m_db, key);
}

bool SyncClient::isEnrolled() const
{
    return !local(kToken).isEmpty();
}

QString SyncClient::hubUrl() const
{
    return local(kHub);
}

QString SyncClient::schoolName() const
{
    return local(kSchoolName);
}

qint64 SyncClient::lastSuccessMs() const
{
    return local(kLastOk).toLongLong();
}

QString SyncClient::lastError() const
{
    return local(kLastError);
}

int SyncClient::waitingToPush() const
{
    Statement count = m_db.prepare("SELECT count(*) FROM change_log WHERE device_id = ? AND hlc > ?");
    count.bind(1, m_log.deviceId()).bind(2, local(kPushAfter));
    count.step();
    const int waiting = int(count.int64(0));
    count.reset();
    return waiting;
}

void SyncClient::setPhase(Phase phase)
{
    m_phase = phase;
    emit stateChanged();
}

QNetworkRequest SyncClient::request(const QString &path) const
{
    QNetworkRequest request(QUrl(hubUrl() + path));
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QString token = local(kToken);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

// Beside the bearer credential, the device key's signature over the request
// (request_signature.h). A kiosk enrolled before device keys has none and
// sends the credential alone, which the hub accepts only from such devices.
QNetworkRequest SyncClient::signedRequest(QNetworkRequest request, const QByteArray &method,
                                          const QByteArray &body) const
{
    const auto secretKey =
        QByteArray::fromBase64Encoding(local(kDeviceKey).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!secretKey || secretKey.decoded.size() != SyncBundle::kSecretKeyBytes)
        return request;
    const QUrl url = request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    // The hub's clock as last seen, not the kiosk's own when it is off: the
    // stamp only has to fall in the hub's window; the kiosk's time is not changed.
    const qint64 time = m_clock.nowMs() + m_hubClockOffsetMs;
    request.setRawHeader(RequestSignature::kTimeHeader, QByteArray::number(time));
    request.setRawHeader(
        RequestSignature::kSignatureHeader,
        RequestSignature::sign(secretKey.decoded,
                               RequestSignature::message(method, target, time, body, m_log.deviceId())));
    return request;
}

// The hub's time on each answer (over the pinned channel) keeps the next
// signed request in its window. True when the hub refused this request's time
// and it is worth sending once more.
bool SyncClient::noteHubClock(QNetworkReply *reply, const QByteArray &body)
{
    bool ok = false;
    const qint64 hubTime = reply->rawHeader(RequestSignature::kTimeHeader).toLongLong(&ok);
    if (!ok || m_pinMismatch)
        return false;
    m_hubClockOffsetMs = hubTime - m_clock.nowMs();
    m_hubClockKnown = true;
    const bool timeRefused = QJsonDocument::fromJson(body).object().value("error").toString() == u"request_time";
    if (!timeRefused || m_retriedClock)
        return false;
    m_retriedClock = true;
    return true;
}

// Accepts the hub's certificate only if it is the one pinned at enrollment,
// whether or not a certificate authority vouches for it.
QNetworkReply *SyncClient::watch(QNetworkReply *reply)
{
    const QString pin = m_pendingPin.isEmpty() ? local(kPin) : m_pendingPin;
    m_pinMismatch = false;
    auto matches = [reply, pin] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        return !peer.isNull() && QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()) == pin;
    };
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, matches](const QList<QSslError> &errors) {
        if (matches())
            reply->ignoreSslErrors(errors);
        else
            m_pinMismatch = true;
    });
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, matches] {
        if (!matches()) {
            m_pinMismatch = true;
            reply->abort();
        }
    });
    return reply;
}

QString SyncClient::failureMessage(QNetworkReply *reply, const QByteArray &body) const
{
    if (m_pinMismatch)
        return tr("The hub's certificate is not the one this kiosk enrolled with, so nothing was sent. "
                  "Ask the hub's administrator; enroll again if the hub was replaced.");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString code = answer.value("error").toString();
    if (code == u"revoked")
        return tr("This kiosk was removed from the hub by its administrator. It keeps working on its own; "
                  "enroll it again to sync.");
    if (code == u"unknown_credential" || code == u"no_credential")
        return tr("The hub does not know this kiosk any more. Enroll it again.");
    if (code == u"unsigned" || code == u"bad_signature")
        return tr("The hub did not accept this kiosk's signature, so nothing was sent. If this kiosk was "
                  "reinstalled, ask the hub's administrator to let it enroll again (qinqing-hub re-enroll), then "
                  "enroll it with a new code.");
    if (code == u"request_time")
        return tr("This kiosk's clock is more than 5 minutes away from the hub's, so the hub did not accept its "
                  "requests. Check the kiosk's date and time. Nothing was lost.");
    if (code == u"store_unavailable")
        return tr("The hub could not reach its database. Nothing was lost; the kiosk will try again.");
    if (status >= 400 && answer.contains("message"))
        return tr("The hub refused: %1").arg(answer.value("message").toString());
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("The hub took too long to answer. Nothing was lost; the kiosk will try again.");
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return tr("The hub cannot be reached (no network, or the hub is off). Nothing was lost; "
                  "the kiosk will try again.");
    default:
        break;
    }
    if (status >= 400)
        return tr("The hub answered with an error (%1). Nothing was lost; the kiosk will try again.").arg(status);
    return tr("The connection to the hub broke (%1). Nothing was lost; the kiosk will try again.")
        .arg(reply->errorString());
}

void SyncClient::enroll(const EnrollmentLink &link, const QString &deviceName)
{
    if (m_phase != Phase::Idle) {
        emit enrollFinished(false, tr("A sync is running; try again when it ends."));
        return;
    }
    setPhase(Phase::Enrolling);
    m_pendingPin = link.pin;
    // A new key pair for each enrollment; kept only if the hub takes it.
    const SyncBundle::KeyPair deviceKey = SyncBundle::newKeyPair();
    QNetworkRequest req(QUrl(link.hubUrl + QStringLiteral("/v1/enroll")));
    req.setTransferTimeout(kTransferTimeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{"code", link.code},
                                  {"device", m_log.deviceId()},
                                  {"name", deviceName},
                                  {"publicKey", QString::fromLatin1(deviceKey.publicKey.toBase64())}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = watch(m_network->post(req, body));
    connect(reply, &QNetworkReply::finished, this, [this, reply, link, deviceKey] {
        const QByteArray answerBytes = reply->readAll();
        const QJsonObject answer = QJsonDocument::fromJson(answerBytes).object();
        const auto hubKey = QByteArray::fromBase64Encoding(answer.value("hubKey").toString().toLatin1(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
        const bool answered =
            reply->error() == QNetworkReply::NoError && !m_pinMismatch && !answer.value("token").toString().isEmpty();
        const bool ok = answered && hubKey && hubKey.decoded.size() == SyncBundle::kPublicKeyBytes;
        QString message;
        if (ok) {
            Transaction tx(m_db);
            LocalState::set(m_db, kHub, link.hubUrl);
            LocalState::set(m_db, kPin, link.pin);
            LocalState::set(m_db, kToken, answer.value("token").toString());
            LocalState::set(m_db, kDeviceKey, QString::fromLatin1(deviceKey.secretKey.toBase64()));
            LocalState::set(m_db, kHubKey, QString::fromLatin1(hubKey.decoded.toBase64()));
            LocalState::set(m_db, kSchool, answer.value("school").toString());
            LocalState::set(m_db, kSchoolName, answer.value("schoolName").toString());
            // A new hub has none of this kiosk's changes: push everything, pull everything.
            LocalState::set(m_db, kPushAfter, QStringLiteral(""));
            LocalState::set(m_db, kPullAfter, QStringLiteral("0"));
            LocalState::set(m_db, kLastError, QStringLiteral(""));
            tx.commit();
            message = tr("This kiosk now syncs with %1.").arg(answer.value("schoolName").toString());
        } else if (answered) {
            message = tr("The hub did not send its signing key, so this kiosk could not enroll; it may be an older "
                         "hub. Ask the hub's administrator to update qinqing-hub, then enroll again.");
        } else {
            message = failureMessage(reply, answerBytes);
        }
        m_pendingPin.clear();
        setPhase(Phase::Idle);
        emit enrollFinished(ok, message);
    });
}

void SyncClient::syncNow()
{
    if (m_phase != Phase::Idle)
        return;
    if (!isEnrolled()) {
        emit syncFinished(false, tr("This kiosk is not enrolled with a hub yet."));
        return;
    }
    m_pushed = m_pulled = 0;
    m_retriedClock = false;
    // Letters enter the log only once their hour is over (docs/security.md).
    try {
        Mailbox::logLettersOfPastHours(m_db, m_log, m_clock.nowMs());
    } catch (const StorageException &e) {
        qWarning("sync: could not log past letters: %s", e.what());
    }
    m_toPush = waitingToPush();
    setPhase(Phase::Pushing);
    emit progress(m_pushed, m_toPush, m_pulled);
    if (m_hubClockKnown) {
        pushNext();
        return;
    }
    // The hub's time first, from its status (a few bytes): a large push signed
    // with a clock that is off would be cut before its answer could say so.
    QNetworkReply *reply = watch(m_network->get(request(QStringLiteral("/v1/status"))));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        noteHubClock(reply, {});
        pushNext(); // a failure here shows in the push's own answer
    });
}

void SyncClient::pushNext()
{
    const QString after = local(kPushAfter);
    ChangeBatch batch;
    batch.deviceId = m_log.deviceId();
    batch.rows = ChangeFeed::read(m_db, after, m_chunkRows, m_log.deviceId());
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < batch.rows.size(); ++i) {
        bytes += batch.rows.at(i).payload.size();
        if (bytes > kPushChunkBytes && i > 0) {
            batch.rows.resize(i);
            break;
        }
    }
    if (batch.rows.isEmpty()) {
        setPhase(Phase::Pulling);
        pullNext();
        return;
    }
    const QString last = batch.rows.last().hlc.toString();
    const qsizetype count = batch.rows.size();
    const QByteArray sent = ChangeFeed::encode(batch);
    QNetworkReply *reply =
        watch(m_network->post(signedRequest(request(QStringLiteral("/v1/push")), "POST", sent), sent));
    connect(reply, &QNetworkReply::finished, this, [this, reply, last, count] {
        const QByteArray body = reply->readAll();
        if (noteHubClock(reply, body)) {
            pushNext();
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        // The cursor moves only once the hub says it committed exactly this chunk.
        if (reply->error() != QNetworkReply::NoError || m_pinMismatch || answer.value("last").toString() != last) {
            finish(false,
                   reply->error() == QNetworkReply::NoError && !m_pinMismatch
                       ? tr("The hub's answer did not match what was sent; the kiosk will send it again.")
                       : failureMessage(reply, body));
            return;
        }
        LocalState::set(m_db, kPushAfter, last);
        m_pushed += count;
        emit progress(m_pushed, m_toPush, m_pulled);
        pushNext();
    });
}

void SyncClient::pullNext()
{
    QNetworkRequest req = request(QStringLiteral("/v1/pull"));
    QUrl url = req.url();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), local(kPullAfter).isEmpty() ? QStringLiteral("0") : local(kPullAfter));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_chunkRows));
    url.setQuery(query);
    req.setUrl(url);
    QNetworkReply *reply = watch(m_network->get(signedRequest(req, "GET", {})));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QByteArray body = reply->readAll();
        if (noteHubClock(reply, body)) {
            pullNext();
            return;
        }
        if (reply->error() != QNetworkReply::NoError || m_pinMismatch) {
            finish(false, failureMessage(reply, body));
            return;
        }
        QString why;
        const std::optional<ChangeBatch> batch = ChangeFeed::decode(body, &why);
        if (!batch || batch->cursor.isEmpty()) {
            qWarning("sync: a pull chunk was refused: %s", qPrintable(why));
            finish(false, tr("What the hub sent arrived damaged; nothing of it was kept. The kiosk will ask again."));
            return;
        }
        try {
            // The pinned hub's clock counts when this one is behind it: the hub
            // refuses stamps more than minutes ahead of its own.
            ChangeFeed::store(m_db, m_log, *batch, std::max(m_clock.nowMs(), batch->senderTimeMs),
                              [&] { LocalState::set(m_db, kPullAfter, batch->cursor); });
        } catch (const StorageException &e) {
            qWarning("sync: storing a pulled chunk failed: %s", e.what());
            finish(false,
                   e.error().kind == StorageErrorKind::DiskFull
                       ? tr("The kiosk's disk is full, so nothing more could be received.")
                       : tr("The kiosk could not store what the hub sent (%1).").arg(e.error().detail));
            return;
        }
        m_pulled += batch->rows.size();
        if (!batch->rows.isEmpty())
            emit received();
        emit progress(m_pushed, m_toPush, m_pulled);
        if (batch->more)
            pullNext();
        else
            finish(true,
                   tr("Synced: %n change(s) sent", nullptr, int(m_pushed)) + QLatin1String(", ")
                       + tr("%n received.", nullptr, int(m_pulled)));
    });
}

void SyncClient::finish(bool ok, const QString &message)
{
    try {
        Transaction tx(m_db);
        if (ok)
            LocalState::set(m_db, kLastOk, QString::number(m_clock.nowMs()));
        LocalState::set(m_db, kLastError, ok ? QStringLiteral("") : message);
        tx.commit();
    } catch (const StorageException &e) {
        qWarning("sync: could not record the outcome: %s", e.what());
    }
    if (!ok)
        qWarning("sync: failed: %s", qPrintable(message));
    setPhase(Phase::Idle);
    emit syncFinished(ok, message);
}

void SyncClient::startBackground(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_backoffMs = 0;
    m_background.start(0);
}

void SyncClient::stopBackground()
{
    m_intervalMs = 0;
    m_background.stop();
}

bool SyncClient::exportBundle(const QString &path, QString *error)
{
    const auto secretKey =
        QByteArray::fromBase64Encoding(local(kDeviceKey).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!secretKey || secretKey.decoded.size() != SyncBundle::kSecretKeyBytes) {
        if (error)
            *error = isEnrolled()
                ? tr("This kiosk enrolled before sync files were signed, so it cannot sign one. Ask the hub's "
                     "administrator to let it enroll again (qinqing-hub re-enroll), enroll it with a new code, "
                     "then export again.")
                : tr("This kiosk is not enrolled with a hub yet, so it cannot sign a sync file.");
        return false;
    }
    Mailbox::logLettersOfPastHours(m_db, m_log, m_clock.nowMs());
    QList<ChangeBatch> chunks;
    QString after;
    for (;;) {
        ChangeBatch chunk{m_log.deviceId(), ChangeFeed::read(m_db, after, m_chunkRows, m_log.deviceId()), {}, false};
        if (chunk.rows.isEmpty())
            break;
        after = chunk.rows.last().hlc.toString();
        chunks.append(std::move(chunk));
    }
    return SyncBundle::write(path, chunks, {m_log.deviceId(), QLatin1String(SyncBundle::kHub), secretKey.decoded},
                             error);
}

int SyncClient::importBundle(const QString &path, QString *error)
{
    // Only the hub this kiosk enrolled with, and only a file it wrote for this kiosk.
    const auto keyFor = [this, &path](const QString &signer, const QString &recipient, QString *why) -> QByteArray {
        const auto hubKey =
            QByteArray::fromBase64Encoding(local(kHubKey).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (signer != QLatin1String(SyncBundle::kHub))
            *why = tr("%1 was not written by the hub (it is signed by another kiosk): refused, nothing was stored.")
                       .arg(path);
        else if (recipient != m_log.deviceId())
            *why = tr("%1 was written for another kiosk: refused, nothing was stored. Ask the hub's administrator "
                      "for this kiosk's own file.")
                       .arg(path);
        else if (!hubKey || hubKey.decoded.size() != SyncBundle::kPublicKeyBytes)
            *why = isEnrolled()
                ? tr("This kiosk enrolled before sync files were signed and does not know its hub's key, so it "
                     "cannot check %1: refused, nothing was stored. Enroll it again to use USB files.")
                      .arg(path)
                : tr("This kiosk is not enrolled with a hub, so it cannot check %1: refused, nothing was stored.")
                      .arg(path);
        else
            return hubKey.decoded;
        return QByteArray();
    };
    const std::optional<SyncBundle::Bundle> bundle = SyncBundle::read(path, keyFor, error);
    if (!bundle)
        return -1;
    int added = 0;
    try {
        Transaction tx(m_db);
        for (const ChangeBatch &chunk : bundle->chunks)
            added += ChangeFeed::store(m_db, m_log, chunk,
                                       chunk.deviceId == QLatin1String(SyncBundle::kHub)
                                           ? std::max(m_clock.nowMs(), chunk.senderTimeMs)
                                           : m_clock.nowMs());
        tx.commit();
        if (added > 0)
            emit received();
    } catch (const StorageException &e) {
        if (error)
            *error =
                tr("The kiosk could not store the file's changes (%1); nothing of it was kept.").arg(e.error().detail);
        return -1;
    }
    return added;
}

} // namespace qq
