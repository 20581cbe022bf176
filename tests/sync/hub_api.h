#pragma once

// A client of the hub's API for the tests (cpp-httplib, no certificate check:
// the tests talk to their own hub on loopback), and the requests they send.
#include "change_feed.h"
#include "enrollment_link.h"
#include "request_signature.h"
#include "sync_bundle.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <gtest/gtest.h>
#include <httplib.h>

#include <map>

namespace qq::test {

struct Answer {
    int status = 0;
    QJsonObject json;
    std::string body;
};

class HubApi {
public:
    explicit HubApi(int port, int timeoutSeconds = 30) : m_client("127.0.0.1", port)
    {
        m_client.enable_server_certificate_verification(false);
        m_client.set_connection_timeout(timeoutSeconds, 0);
        m_client.set_read_timeout(timeoutSeconds, 0);
        m_client.set_write_timeout(timeoutSeconds, 0);
    }
    Answer post(const std::string &path, const std::string &body, const QString &token = {})
    {
        return answer(m_client.Post(path, headers(token, "POST", path, body), body, "application/json"));
    }
    Answer get(const std::string &path, const QString &token = {})
    {
        return answer(m_client.Get(path, headers(token, "GET", path, {})));
    }

    // The device key each credential's requests are signed with, as the
    // kiosk signs them (request_signature.h); set by enroll().
    struct Signing {
        QString device;
        QByteArray secretKey;
    };
    static std::map<QString, Signing> &signingKeys()
    {
        static std::map<QString, Signing> keys;
        return keys;
    }
    // The headers a kiosk sends: credential, time and signature.
    static httplib::Headers headers(const QString &token, const std::string &method, const std::string &target,
                                    const std::string &body, qint64 timeMs = QDateTime::currentMSecsSinceEpoch())
    {
        httplib::Headers headers;
        if (token.isEmpty())
            return headers;
        headers.emplace("Authorization", "Bearer " + token.toStdString());
        const auto key = signingKeys().find(token);
        if (key == signingKeys().end())
            return headers;
        const QByteArray message =
            RequestSignature::message(QByteArray::fromStdString(method), QByteArray::fromStdString(target), timeMs,
                                      QByteArray::fromStdString(body), key->second.device);
        headers.emplace(RequestSignature::kTimeHeader, std::to_string(timeMs));
        headers.emplace(RequestSignature::kSignatureHeader,
                        RequestSignature::sign(key->second.secretKey, message).toStdString());
        return headers;
    }
    httplib::SSLClient &client() { return m_client; }

private:
    static Answer answer(const httplib::Result &result)
    {
        Answer a;
        if (!result)
            return a;
        a.status = result->status;
        a.body = result->body;
        a.json = QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
        return a;
    }
    httplib::SSLClient m_client;
};

inline QString codeOf(const QString &link)
{
    QString error;
    return EnrollmentLink::parse(link, &error).value_or(EnrollmentLink{}).code;
}

struct Enrolled {
    QString device;
    QString token;
    QByteArray secretKey; // the device's Ed25519 key, which signs its USB files
    QByteArray hubKey; // the hub's, from the answer
};

// An enrollment's body, with a fresh public key unless one is given.
inline std::string enrollBody(const QString &code, const QString &device, const QString &name = QStringLiteral("test"),
                              const QByteArray &publicKey = SyncBundle::newKeyPair().publicKey)
{
    return QJsonDocument(QJsonObject{{"code", code},
                                     {"device", device},
                                     {"name", name},
                                     {"publicKey", QString::fromLatin1(publicKey.toBase64())}})
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

inline Enrolled enroll(HubApi &api, const QString &code,
                       const QString &device = QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const SyncBundle::KeyPair key = SyncBundle::newKeyPair();
    const Answer a = api.post("/v1/enroll", enrollBody(code, device, QStringLiteral("test"), key.publicKey));
    EXPECT_EQ(a.status, 200) << a.body;
    HubApi::signingKeys()[a.json.value("token").toString()] = {device, key.secretKey};
    return {device, a.json.value("token").toString(), key.secretKey,
            QByteArray::fromBase64(a.json.value("hubKey").toString().toLatin1())};
}

// A chunk of `count` changes made by `device`, stamped after `fromMs`.
// A chunk of `device`'s changes, one per wall time in `wallsMs` (increasing).
inline ChangeBatch batchStamped(const QString &device, const QList<qint64> &wallsMs)
{
    ChangeBatch batch;
    batch.deviceId = device;
    for (const qint64 wall : wallsMs) {
        ChangeRow row;
        row.hlc = Hlc{wall, 0, device};
        row.entity = QStringLiteral("visits");
        row.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.op = QStringLiteral("insert");
        row.payload = R"({"id":"x"})";
        row.atMs = wall;
        batch.rows.append(row);
    }
    return batch;
}

inline std::string chunkOf(const QString &device, int count, qint64 fromMs = 1'790'000'000'000)
{
    ChangeBatch batch;
    batch.deviceId = device;
    for (int i = 0; i < count; ++i) {
        ChangeRow row;
        row.hlc = Hlc{fromMs + i, 0, device};
        row.entity = QStringLiteral("visits");
        row.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.op = QStringLiteral("insert");
        row.payload = R"({"id":"x"})";
        row.atMs = fromMs + i;
        batch.rows.append(row);
    }
    return ChangeFeed::encode(batch).toStdString();
}

} // namespace qq::test
