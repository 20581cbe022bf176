#include "hub_server.h"

#include "connection_limits.h"
#include "key_guard.h"
#include "request_signature.h"
#include "sync_bundle.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace qq::hub {

namespace {

// Largest request body: one full chunk (ChangeFeed's own bound) and its envelope.
constexpr size_t kMaxBody = size_t(ChangeFeed::kMaxBytes) + 64 * 1024;
// Connections the kernel keeps for the hub to accept.
constexpr int kListenBacklog = 512;
// An enrollment is a code, a device id and a name: a few hundred bytes.
constexpr size_t kMaxEnrollBody = 4 * 1024;
// A refused push up to this size is read past, so the kiosk gets the answer.
constexpr uint64_t kMaxReadPast = 1024 * 1024;
// Pushes' bodies held at once: four of the largest chunks, about 200 MB in
// memory as they are decoded and stored (test HubLimits.ManyLargestChunks...),
// and how long one waits for its share before it is refused (503).
constexpr size_t kBodyBudget = 64 * 1024 * 1024;
constexpr auto kBodyWait = std::chrono::seconds(5);
constexpr int kMaxPullRows = ChangeFeed::kMaxRows;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void reply(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void refuse(httplib::Response &res, int status, const char *code, const QString &message)
{
    reply(res, status, {{"error", QLatin1String(code)}, {"message", message}});
}

QByteArray bodyOf(const httplib::Request &req)
{
    return QByteArray(req.body.data(), qsizetype(req.body.size()));
}

// The calling device, from its bearer credential; refuses unknown and revoked ones.
std::optional<Device> caller(HubStore &store, const httplib::Request &req, httplib::Response &res)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.rfind(prefix, 0) != 0) {
        refuse(res, 401, "no_credential", QStringLiteral("This device is not enrolled: no credential was sent."));
        return std::nullopt;
    }
    const std::optional<Device> device =
        store.deviceForToken(QString::fromStdString(header.substr(prefix.size())), nowMs());
    if (!device) {
        refuse(res, 401, "unknown_credential",
               QStringLiteral("This device's credential is not known to this hub: enroll it again."));
        return std::nullopt;
    }
    if (device->revokedAtMs) {
        refuse(res, 403, "revoked", QStringLiteral("This device was removed from the hub by its administrator."));
        return std::nullopt;
    }
    // A device with a key signs every request (request_signature.h): its
    // time is checked here, before any body is read; the signature once the
    // body is there (signedByCaller).
    if (!device->publicKey.isEmpty()) {
        bool ok = false;
        const qint64 time =
            QByteArray::fromStdString(req.get_header_value(RequestSignature::kTimeHeader)).toLongLong(&ok);
        if (!ok || !req.has_header(RequestSignature::kSignatureHeader)) {
            refuse(res, 401, "unsigned",
                   QStringLiteral("This device's requests must be signed with its key, and this one was not."));
            return std::nullopt;
        }
        if (time < nowMs() - RequestSignature::kWindowMs || time > nowMs() + RequestSignature::kWindowMs) {
            reply(res, 401,
                  {{"error", "request_time"},
                   {"hubTimeMs", QString::number(nowMs())},
                   {"message",
                    QStringLiteral("This request was signed at %1, more than 5 minutes from the hub's "
                                   "time (%2). Check the kiosk's date and time.")
                        .arg(stampTimeInWords(time), stampTimeInWords(nowMs()))}});
            return std::nullopt;
        }
    }
    return device;
}

// The signature over this request and its body, for a device with a key.
bool signedByCaller(const Device &device, const httplib::Request &req, const QByteArray &body, httplib::Response &res)
{
    if (device.publicKey.isEmpty())
        return true; // enrolled before device keys: the credential alone (docs/security.md)
    const qint64 time = QByteArray::fromStdString(req.get_header_value(RequestSignature::kTimeHeader)).toLongLong();
    const QByteArray message = RequestSignature::message(QByteArray::fromStdString(req.method),
                                                         QByteArray::fromStdString(req.target), time, body, device.id);
    if (RequestSignature::verify(device.publicKey, message,
                                 QByteArray::fromStdString(req.get_header_value(RequestSignature::kSignatureHeader))))
        return true;
    refuse(res, 401, "bad_signature",
           QStringLiteral("This request's signature is not that of the device's key: refused, nothing was "
                          "changed."));
    return false;
}

QString refusalMessage(EnrollRefusal refusal)
{
    switch (refusal) {
    case EnrollRefusal::UnknownCode:
        return QStringLiteral("This enrollment code is not known to this hub. Check it, or ask for a new one.");
    case EnrollRefusal::ExpiredCode:
        return QStringLiteral("This enrollment code has expired. Ask the hub's administrator for a new one.");
    case EnrollRefusal::UsedCode:
        return QStringLiteral("This enrollment code was already used. Each code enrolls one device.");
    case EnrollRefusal::DeviceRevoked:
        return QStringLiteral("This device was removed from the hub and cannot enroll again.");
    case EnrollRefusal::DeviceOfOtherSchool:
        return QStringLiteral("This device already belongs to another school on this hub.");
    case EnrollRefusal::DeviceEnrolled:
        return QStringLiteral("This device is already enrolled with this hub, and it keeps its credential. If this "
                              "kiosk was replaced or reinstalled, the hub's administrator must first allow it to "
                              "enroll again (qinqing-hub re-enroll DEVICE_ID); then this code can be used.");
    case EnrollRefusal::None:
        break;
    }
    return {};
}

int refusalStatus(EnrollRefusal refusal)
{
    switch (refusal) {
    case EnrollRefusal::UnknownCode:
        return 404;
    case EnrollRefusal::ExpiredCode:
        return 410;
    case EnrollRefusal::UsedCode:
    case EnrollRefusal::DeviceOfOtherSchool:
    case EnrollRefusal::DeviceEnrolled:
        return 409;
    case EnrollRefusal::DeviceRevoked:
        return 403;
    case EnrollRefusal::None:
        break;
    }
    return 200;
}

} // namespace

HubServer::HubServer(HubStore &store, const TlsIdentity &identity, const QByteArray &hubKey, int maxConnections)
    : m_store(store),
      m_hubKey(hubKey),
      m_bodies(std::make_unique<BodyBudget>(kBodyBudget)),
      m_server(std::make_unique<httplib::SSLServer>(identity.certificatePath.toLocal8Bit().constData(),
                                                    identity.keyPath.toLocal8Bit().constData()))
{
    if (m_server->is_valid())
        m_guard = std::make_unique<ConnectionGuard>(m_server->ssl_context());
    const size_t connections = size_t(std::max(1, maxConnections));
    m_server->new_task_queue = [connections] { return new ConnectionQueue(connections, connections); };
    m_server->set_payload_max_length(kMaxBody);
    // Per read or write, longer than ConnectionGuard's bounds on a whole request, so that those are what cut a slow
    // client.
    m_server->set_read_timeout(15, 0);
    m_server->set_write_timeout(30, 0);
    // A connection holds a worker thread while it is open (cpp-httplib's
    // model): a kiosk's sync reuses it, but an idle one is let go soon.
    m_server->set_keep_alive_max_count(1000);
    m_server->set_keep_alive_timeout(2);
    m_server->set_socket_options([this](socket_t socket) {
        httplib::default_socket_options(socket);
        m_listening = socket; // the listening socket, for widenBacklog()
    });

    // Before a body is read: only the hub's own routes, a body only where one
    // belongs and no larger than it may be, and a push's only with a
    // credential. What is refused here ends its connection unread.
    m_server->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        // Every answer carries the hub's clock, so a kiosk whose clock is off can sign in its window.
        res.set_header(RequestSignature::kTimeHeader, std::to_string(nowMs()));
        const bool push = req.method == "POST" && req.path == "/v1/push";
        const bool enroll = req.method == "POST" && req.path == "/v1/enroll";
        const bool known =
            push || enroll || (req.method == "GET" && (req.path == "/v1/pull" || req.path == "/v1/status"));
        const size_t allowed = push ? kMaxBody : enroll ? kMaxEnrollBody : 0;
        const bool chunked = req.has_header("Transfer-Encoding");
        const std::string announced = req.get_header_value("Content-Length");
        const size_t length = announced.empty() ? 0 : size_t(std::strtoull(announced.c_str(), nullptr, 10));
        const auto end = [&] {
            ConnectionGuard::closeAfterAnswer(req.ssl);
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        };
        if (!known) {
            refuse(res, 404, "not_found", QStringLiteral("The hub has nothing at this address."));
            return end();
        }
        const auto tooLarge = [&] {
            refuse(res, 413, "too_large",
                   QStringLiteral("This request is larger than the hub accepts here (%1 bytes at most).").arg(allowed));
            return end();
        };
        const std::string encoding = req.get_header_value("Content-Encoding");
        if ((!encoding.empty() && encoding != "identity") || req.is_multipart_form_data()) {
            // cpp-httplib would inflate a compressed body with no bound (a few
            // KiB of gzip or brotli make gigabytes); kiosks send plain JSON.
            refuse(res, 415, "unsupported_encoding", QStringLiteral("The hub takes plain, uncompressed JSON only."));
            return end();
        }
        if (req.method == "POST" && announced.empty() && !chunked) {
            // cpp-httplib would read such a body until the connection ends.
            refuse(res, 411, "length_required", QStringLiteral("A request with a body must say its length."));
            return end();
        }
        if (!push && (length > allowed || chunked))
            return tooLarge();
        // A push's credential is checked before its body is read (the route
        // below). A chunk a little too large is read past (nothing of it
        // kept) and answered 413; anything larger ends the connection unread.
        if (push && length > 2 * kMaxBody)
            return tooLarge();
        if (m_guard)
            m_guard->headersRead(req.ssl, chunked ? kMaxBody : length);
        return httplib::Server::HandlerResponse::Unhandled;
    });

    // Should cpp-httplib answer 413 itself: in words, like every refusal.
    m_server->set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (res.status != 413 || !res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            refuse(res, 413, "too_large",
                   QStringLiteral("These changes are larger than the hub accepts at once (%1 bytes at most); "
                                  "nothing was stored.")
                       .arg(kMaxBody));
            return httplib::Server::HandlerResponse::Handled;
        }));

    m_server->Get("/v1/status", [this](const httplib::Request &req, httplib::Response &res) {
        answering(req);
        reply(res, 200, {{"ok", true}});
    });

    m_server->Post("/v1/enroll", [this](const httplib::Request &req, httplib::Response &res) {
        answering(req);
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(bodyOf(req), &parse);
        const QJsonObject body = doc.object();
        const QString code = body.value("code").toString();
        const QString device = body.value("device").toString();
        // New lines, escape sequences and direction overrides become spaces:
        // the name is shown in the administrator's terminal.
        QString name = plainName(body.value("name").toString(), 80);
        if (name.isEmpty())
            name = QStringLiteral("kiosk"); // the name is optional
        if (parse.error != QJsonParseError::NoError || !doc.isObject() || code.isEmpty() || !isDeviceId(device)) {
            refuse(res, 400, "malformed",
                   QStringLiteral("An enrollment needs a code and the device's id (letters, digits, - and _)."));
            return;
        }
        // The device's Ed25519 public key, which its USB files are signed with.
        const auto publicKey = QByteArray::fromBase64Encoding(body.value("publicKey").toString().toLatin1(),
                                                              QByteArray::AbortOnBase64DecodingErrors);
        if (!publicKey || publicKey.decoded.size() != SyncBundle::kPublicKeyBytes) {
            refuse(res, 400, "malformed",
                   QStringLiteral("An enrollment needs the device's public key (32 bytes in base64). This kiosk may "
                                  "be older than the hub: update it, then enroll again."));
            return;
        }
        const EnrollResult result = m_store.enroll(code, device, name, publicKey.decoded, nowMs());
        if (result.refusal != EnrollRefusal::None) {
            refuse(res, refusalStatus(result.refusal),
                   result.refusal == EnrollRefusal::DeviceEnrolled ? "device_enrolled" : "enroll_refused",
                   refusalMessage(result.refusal));
            return;
        }
        reply(res, 200,
              {{"school", result.schoolId},
               {"schoolName", result.schoolName},
               {"token", result.token},
               {"hubKey", QString::fromLatin1(m_hubKey.toBase64())}});
    });

    m_server->Post("/v1/push",
                   [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &content) {
                       push(req, res, content);
                   });

    m_server->Get("/v1/pull", [this](const httplib::Request &req, httplib::Response &res) {
        answering(req);
        const std::optional<Device> device = caller(m_store, req, res);
        if (!device || !signedByCaller(*device, req, {}, res))
            return;
        bool afterOk = true, limitOk = true;
        const qint64 after =
            req.has_param("after") ? QString::fromStdString(req.get_param_value("after")).toLongLong(&afterOk) : 0;
        const int limit =
            req.has_param("limit") ? QString::fromStdString(req.get_param_value("limit")).toInt(&limitOk) : 1000;
        if (!afterOk || !limitOk || after < 0 || limit < 1 || limit > kMaxPullRows) {
            refuse(res, 400, "malformed",
                   QStringLiteral("A pull needs after ≥ 0 and 1 ≤ limit ≤ %1.").arg(kMaxPullRows));
            return;
        }
        const PullChunk chunk = m_store.pull(device->schoolId, device->id, after, limit);
        ChangeBatch batch;
        batch.deviceId = QStringLiteral("hub");
        batch.rows = chunk.rows;
        batch.cursor = QString::number(chunk.cursor);
        batch.more = chunk.more;
        batch.senderTimeMs = nowMs();
        res.status = 200;
        res.set_content(ChangeFeed::encode(batch).toStdString(), "application/json");
    });

    // A store that fails (PostgreSQL gone, disk full) answers 503 with words, not a dropped connection.
    m_server->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr ep) {
        QString what = QStringLiteral("unknown error");
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = QString::fromLocal8Bit(e.what());
        } catch (...) {
        }
        std::fprintf(stderr, "qinqing-hub: store error: %s\n", what.toLocal8Bit().constData());
        refuse(res, 503, "store_unavailable",
               QStringLiteral("The hub could not reach its database; nothing was changed. Try again later."));
    });

    // One line per request, without personal data: method, path, status, device, time.
    m_server->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        if (qEnvironmentVariableIsSet("QINQING_HUB_QUIET"))
            return;
        std::fprintf(stderr, "qinqing-hub: %s %s %d %zu bytes\n", req.method.c_str(), req.path.c_str(), res.status,
                     req.body.size());
    });
}

HubServer::~HubServer() = default;

// A push's body is read only once its credential is known, and only while
// the hub holds few others (BodyBudget).
void HubServer::push(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &content)
{
    const bool chunked = req.has_header("Transfer-Encoding");
    const uint64_t announced = chunked ? kMaxBody : req.get_header_value<uint64_t>("Content-Length");
    // A refused body small enough is read past, so that the kiosk gets the
    // answer on a connection that stays usable; a larger one is left unread.
    const auto readPast = [&] {
        if (chunked || announced > kMaxReadPast) {
            ConnectionGuard::closeAfterAnswer(req.ssl);
            res.set_header("Connection", "close");
        } else {
            content([](const char *, size_t) { return true; });
        }
    };
    const std::optional<Device> device = caller(m_store, req, res);
    if (!device) {
        readPast();
        return;
    }
    const BodyBudget::Share share = m_bodies->take(size_t(std::min<uint64_t>(announced, kMaxBody)), kBodyWait);
    if (!share) {
        refuse(res, 503, "busy",
               QStringLiteral("The hub is receiving many changes at once; nothing was stored. The kiosk will try "
                              "again shortly."));
        readPast();
        return;
    }
    QByteArray body;
    body.reserve(qsizetype(std::min<uint64_t>(announced, kMaxBody)));
    const bool read = content([&](const char *data, size_t size) {
        body.append(data, qsizetype(size));
        return size_t(body.size()) <= kMaxBody;
    });
    if (size_t(body.size()) > kMaxBody || res.status == 413) {
        if (res.status != 413) // chunks beyond the bound, not read past as a known length is
            ConnectionGuard::closeAfterAnswer(req.ssl);
        refuse(res, 413, "too_large",
               QStringLiteral("These changes are larger than the hub accepts at once (%1 bytes at most); "
                              "nothing was stored.")
                   .arg(kMaxBody));
        return;
    }
    if (!read) {
        refuse(res, 400, "malformed", QStringLiteral("The changes sent were cut short; nothing was stored."));
        return;
    }
    answering(req);
    if (!signedByCaller(*device, req, body, res))
        return;
    QString error;
    const std::optional<ChangeBatch> batch = ChangeFeed::decode(body, &error);
    if (!batch) {
        refuse(res, 400, "malformed", QStringLiteral("The changes sent could not be read: %1").arg(error));
        return;
    }
    // A device sends only what it made itself: its id is in every stamp.
    if (batch->deviceId != device->id) {
        refuse(res, 403, "wrong_device", QStringLiteral("A device can only send its own changes."));
        return;
    }
    for (const ChangeRow &row : batch->rows) {
        if (row.hlc.deviceId != device->id) {
            refuse(res, 403, "wrong_device", QStringLiteral("A device can only send its own changes."));
            return;
        }
    }
    const qint64 now = nowMs();
    if (const ChangeRow *ahead = firstRowAhead(batch->rows, now)) {
        refuse(res, 422, "clock_ahead",
               QStringLiteral("This device's clock is ahead of the hub's: a change is stamped %1, more than 5 "
                              "minutes after the hub's time (%2), so nothing was stored. Check the kiosk's date "
                              "and time; its changes are kept on the kiosk.")
                   .arg(stampTimeInWords(ahead->hlc.wallMs), stampTimeInWords(now)));
        return;
    }
    const ScreenedRows screened = screenKeyRows(m_store, device->schoolId, batch->rows);
    const int stored = m_store.push(device->schoolId, device->id, screened.kept);
    reply(res, 200,
          {{"stored", stored},
           {"refused", screened.refused},
           {"received", int(batch->rows.size())},
           {"last", batch->rows.isEmpty() ? QString() : batch->rows.last().hlc.toString()}});
}

bool HubServer::listen(const QString &address, int port)
{
    if (!m_server->is_valid()) {
        std::fprintf(stderr, "qinqing-hub: the TLS key or certificate could not be loaded\n");
        return false;
    }
    if (!m_server->bind_to_port(address.toStdString(), port)) {
        std::fprintf(stderr, "qinqing-hub: cannot listen on %s:%d (in use, or not this machine's address)\n",
                     address.toLocal8Bit().constData(), port);
        return false;
    }
    widenBacklog();
    return m_server->listen_after_bind();
}

int HubServer::bindToAnyPort(const QString &address)
{
    const int port = m_server->is_valid() ? m_server->bind_to_any_port(address.toStdString()) : -1;
    if (port >= 0)
        widenBacklog();
    return port;
}

void HubServer::answering(const httplib::Request &req)
{
    if (m_guard)
        m_guard->answering(req.ssl);
}

void HubServer::widenBacklog()
{
    // cpp-httplib listens with a backlog of 5, compiled in: a burst of kiosks
    // (or of attackers) would have connections dropped and retried seconds
    // later. Listening again on the same socket sets a longer one.
    if (m_listening >= 0)
        ::listen(m_listening, kListenBacklog);
}

bool HubServer::listenAfterBind()
{
    return m_server->listen_after_bind();
}

void HubServer::stop()
{
    m_server->stop();
}

} // namespace qq::hub
