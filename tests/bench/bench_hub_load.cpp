// 200 kiosks of a district's 31 schools syncing with one hub at once (SQLite
// store), on loopback: each kiosk's thread enrolls, then opens an HTTPS
// connection and syncs 5 times (push 20 changes, then pull what its school's
// other kiosks pushed). Reports the 99th percentile of request latency, and
// the errors (goal: none). Optional second argument: the hub's threads.
#include "change_feed.h"
#include "hub_store.h"
#include "request_signature.h"
#include "sync_bundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace qq;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    const QString hubBinary = app.arguments().value(1);
    const int threads = app.arguments().value(2, QStringLiteral("64")).toInt();
    constexpr int kKiosks = 200, kSchools = 31, kSyncs = 5, kRowsPerPush = 20;

    QTemporaryDir dir;
    QStringList codes;
    {
        std::unique_ptr<hub::HubStore> store = hub::openHubStore(dir.path(), 1);
        // A district: 31 schools, their kiosks spread over them.
        QStringList schools;
        for (int s = 0; s < kSchools; ++s)
            schools << store->addSchool(QStringLiteral("School %1").arg(s), QDateTime::currentMSecsSinceEpoch()).id;
        for (int i = 0; i < kKiosks; ++i)
            codes << store->addEnrollmentCode(schools.at(i % kSchools),
                                              QDateTime::currentMSecsSinceEpoch() + 3'600'000);
    }
    QProcess hub;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QINQING_HUB_QUIET"), QStringLiteral("1"));
    hub.setProcessEnvironment(env);
    hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.start(hubBinary,
              {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
               QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--threads"), QString::number(threads),
               QStringLiteral("serve")});
    hub.waitForReadyRead(15000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral(":(\\d+) \\(")).match(QString::fromLocal8Bit(hub.readLine()));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_hub_load: the hub did not start\n");
        return 1;
    }
    const int port = match.captured(1).toInt();
    QThread::msleep(200);

    std::mutex mutex;
    std::vector<double> latencies;
    std::atomic<int> errors = 0;
    std::barrier start(kKiosks);
    std::vector<std::thread> kiosks;
    for (int k = 0; k < kKiosks; ++k) {
        kiosks.emplace_back([&, k] {
            httplib::SSLClient client("127.0.0.1", port);
            client.enable_server_certificate_verification(false);
            client.set_read_timeout(60, 0);
            client.set_keep_alive(true);
            const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const SyncBundle::KeyPair key = SyncBundle::newKeyPair();
            const auto enrolled =
                client.Post("/v1/enroll",
                            QJsonDocument(QJsonObject{{"code", codes.at(k)},
                                                      {"device", device},
                                                      {"publicKey", QString::fromLatin1(key.publicKey.toBase64())}})
                                .toJson()
                                .toStdString(),
                            "application/json");
            const std::string token = enrolled && enrolled->status == 200
                ? QJsonDocument::fromJson(QByteArray::fromStdString(enrolled->body))
                      .object()
                      .value("token")
                      .toString()
                      .toStdString()
                : std::string();
            if (token.empty()) {
                ++errors;
                std::lock_guard lock(mutex);
                if (errors == 1)
                    std::fprintf(stderr, "bench_hub_load: enrollment failed: %s %s\n",
                                 enrolled ? std::to_string(enrolled->status).c_str()
                                          : httplib::to_string(enrolled.error()).c_str(),
                                 enrolled ? enrolled->body.c_str() : "");
            }
            // Signed as a kiosk signs each request (request_signature.h): part of what is measured.
            const auto auth = [&](const char *method, const std::string &target, const std::string &body) {
                const qint64 time = QDateTime::currentMSecsSinceEpoch();
                const QByteArray message = RequestSignature::message(method, QByteArray::fromStdString(target), time,
                                                                     QByteArray::fromStdString(body), device);
                return httplib::Headers{
                    {"Authorization", "Bearer " + token},
                    {RequestSignature::kTimeHeader, std::to_string(time)},
                    {RequestSignature::kSignatureHeader, RequestSignature::sign(key.secretKey, message).toStdString()}};
            };
            start.arrive_and_wait();
            // A fresh connection for the syncs, as a kiosk opens one when its sync starts.
            httplib::SSLClient session("127.0.0.1", port);
            session.enable_server_certificate_verification(false);
            session.set_read_timeout(60, 0);
            session.set_keep_alive(true);
            std::vector<double> mine;
            qint64 cursor = 0, stamp = 1'795'000'000'000;
            for (int s = 0; s < kSyncs && !token.empty(); ++s) {
                ChangeBatch batch;
                batch.deviceId = device;
                for (int r = 0; r < kRowsPerPush; ++r) {
                    ChangeRow row{Hlc{++stamp, 0, device},
                                  QStringLiteral("visits"),
                                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  QStringLiteral("insert"),
                                  R"({"signed_in_at":1795000000000,"signed_in_by":"child"})",
                                  stamp};
                    batch.rows.append(row);
                }
                QElapsedTimer timer;
                timer.start();
                const std::string body = ChangeFeed::encode(batch).toStdString();
                const auto pushed = session.Post("/v1/push", auth("POST", "/v1/push", body), body, "application/json");
                mine.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!pushed || pushed->status != 200) {
                    ++errors;
                    std::fprintf(stderr, "bench_hub_load: push failed: %s\n",
                                 pushed ? std::to_string(pushed->status).c_str()
                                        : httplib::to_string(pushed.error()).c_str());
                }
                for (bool more = true; more;) {
                    timer.restart();
                    const std::string target = "/v1/pull?limit=5000&after=" + std::to_string(cursor);
                    const auto pulled = session.Get(target.c_str(), auth("GET", target, {}));
                    mine.push_back(double(timer.nsecsElapsed()) / 1e6);
                    std::optional<ChangeBatch> chunk = pulled && pulled->status == 200
                        ? ChangeFeed::decode(QByteArray::fromStdString(pulled->body), nullptr)
                        : std::nullopt;
                    if (!chunk) {
                        ++errors;
                        std::fprintf(stderr, "bench_hub_load: pull failed: %s\n",
                                     pulled ? std::to_string(pulled->status).c_str()
                                            : httplib::to_string(pulled.error()).c_str());
                        break;
                    }
                    cursor = chunk->cursor.toLongLong();
                    more = chunk->more;
                }
            }
            std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    }
    for (std::thread &kiosk : kiosks)
        kiosk.join();
    hub.terminate();
    hub.waitForFinished(5000);
    std::sort(latencies.begin(), latencies.end());
    const double p99 = latencies.empty() ? 0 : latencies[size_t(double(latencies.size() - 1) * 0.99)];
    std::printf("bench: hub_200_kiosks_p99_ms %.1f ms\n", p99);
    std::printf("bench: hub_200_kiosks_errors %d count\n", errors.load());
    std::fprintf(stderr, "bench_hub_load: %zu requests from %d kiosks\n", latencies.size(), kKiosks);
    return errors == 0 ? 0 : 1;
}
