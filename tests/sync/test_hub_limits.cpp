// The hub under attacks on its availability, against a real qinqing-hub
// process on loopback, from raw sockets in this process: connections that
// are silent (TCP without TLS), slow (headers a byte a second) or stalled (a
// body announced and never sent), a flood of header lines, oversized and
// compressed bodies, and bodies before any credential. Each is refused or
// cut within a bound of time and memory, and a real kiosk is answered all
// along.
#include "hub_api.h"
#include "sync_harness.h"

#include <QElapsedTimer>
#include <QFile>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <thread>
#include <vector>

using namespace qq;
using namespace qq::test;

namespace {

// A number from /proc/PID/status: "VmHWM" (peak resident memory, KiB), "Threads".
qint64 processStatus(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}
qint64 peakResidentKb(qint64 pid)
{
    return processStatus(pid, "VmHWM");
}

// True once the hub has closed a plain TCP connection (within `ms`).
bool tcpClosedWithin(int fd, int ms)
{
    pollfd wait{fd, POLLIN, 0};
    char byte;
    return ::poll(&wait, 1, ms) > 0 && ::recv(fd, &byte, 1, 0) <= 0;
}

int connectTcp(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A TLS connection driven by hand, so that it can do what no real client does.
class RawTls {
public:
    RawTls()
    {
        static SSL_CTX *context = [] {
            SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
            SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
            return ctx;
        }();
        m_ssl = SSL_new(context);
    }
    ~RawTls()
    {
        SSL_free(m_ssl);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawTls(const RawTls &) = delete;

    // The TLS handshake, given up after `timeoutMs` or when `stop` is set.
    bool connect(int port, int timeoutMs, const std::atomic<bool> *stop = nullptr)
    {
        m_fd = connectTcp(port);
        if (m_fd < 0)
            return false;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        SSL_set_fd(m_ssl, m_fd);
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const int result = SSL_connect(m_ssl);
            if (result == 1)
                break;
            const int error = SSL_get_error(m_ssl, result);
            if ((error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) || timer.elapsed() > timeoutMs
                || (stop && *stop))
                return false;
            pollfd wait{m_fd, short(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT), 0};
            ::poll(&wait, 1, 100);
        }
        return true;
    }
    bool send(const std::string &bytes)
    {
        for (size_t sent = 0; sent < bytes.size();) {
            const int n = SSL_write(m_ssl, bytes.data() + sent, int(std::min<size_t>(bytes.size() - sent, 1 << 20)));
            if (n > 0) {
                sent += size_t(n);
                continue;
            }
            if (!wait(n, 5000))
                return false;
        }
        return true;
    }
    // Waits up to `ms` for something from the hub: its answer's status line
    // gives its status; a close, or nothing, gives 0.
    int status(int ms)
    {
        std::string answer;
        QElapsedTimer timer;
        timer.start();
        while (answer.find("\r\n") == std::string::npos) {
            char buffer[4096];
            const int n = SSL_read(m_ssl, buffer, sizeof buffer);
            if (n > 0)
                answer.append(buffer, size_t(n));
            else if (!wait(n, int(ms - timer.elapsed())))
                return 0;
        }
        return answer.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(answer.c_str() + 9) : 0;
    }
    // True once the hub has closed the connection (within `ms`); whatever it
    // sends before is read and dropped.
    bool closedWithin(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            char buffer[4096];
            const int n = SSL_read(m_ssl, buffer, sizeof buffer);
            if (n > 0)
                continue;
            const int error = SSL_get_error(m_ssl, n);
            if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) {
                ERR_clear_error();
                return true;
            }
            if (!wait(n, int(ms - timer.elapsed())))
                return false;
        }
    }

private:
    // After an SSL call that returned `result`: waits (up to `ms`) for the
    // socket when OpenSSL wants it, false on any other error or when time is up.
    bool wait(int result, int ms)
    {
        const int error = SSL_get_error(m_ssl, result);
        if ((error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) || ms <= 0) {
            ERR_clear_error();
            return false;
        }
        // A hub that shut the connection may leave a writer stalled on a
        // closed window: its end of the stream (POLLRDHUP) tells it apart.
        pollfd socket{m_fd, short(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT | POLLRDHUP), 0};
        return ::poll(&socket, 1, ms) > 0
            && (error == SSL_ERROR_WANT_READ || !(socket.revents & (POLLRDHUP | POLLHUP | POLLERR)));
    }

    SSL *m_ssl = nullptr;
    int m_fd = -1;
};

// One hostile connection on its own thread, until the hub closes it or the test ends.
struct Attacker {
    std::thread thread;
    std::atomic<qint64> closedAfterMs{-1}; // since it connected
};

enum class Attack { Silent, Slow, StalledBody };

void attack(Attack kind, int port, Attacker &attacker, const std::atomic<bool> &stop)
{
    QElapsedTimer timer;
    timer.start();
    if (kind == Attack::Silent) {
        // TCP, no TLS, and not a byte.
        const int fd = connectTcp(port);
        while (!stop) {
            if (tcpClosedWithin(fd, 100)) {
                attacker.closedAfterMs = timer.elapsed();
                break;
            }
        }
        ::close(fd);
        return;
    }
    RawTls tls;
    if (!tls.connect(port, 30000, &stop))
        return; // never let in: it cannot be shown cut either
    if (kind == Attack::Slow) {
        // Headers a byte a second: each read sees data well within any read timeout.
        if (!tls.send("POST /v1/enroll HTTP/1.1\r\nHost: hub\r\nX-Slow: "))
            attacker.closedAfterMs = timer.elapsed();
        while (!stop && attacker.closedAfterMs < 0) {
            if (tls.closedWithin(1000) || !tls.send("a"))
                attacker.closedAfterMs = timer.elapsed();
        }
        return;
    }
    // A body announced and never sent.
    if (!tls.send("POST /v1/enroll HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                  "Content-Length: 1000\r\n\r\n{\"code\":"))
        attacker.closedAfterMs = timer.elapsed();
    while (!stop && attacker.closedAfterMs < 0)
        if (tls.closedWithin(100))
            attacker.closedAfterMs = timer.elapsed();
}

class HubLimits : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::signal(SIGPIPE, SIG_IGN); // writes to connections the hub cut
        school = hub.addSchool(QStringLiteral("School A"));
        hub.start();
        api = std::make_unique<HubApi>(hub.port(), 5);
        kiosk = enroll(*api, codeOf(hub.enrollmentLink(school)));
        ASSERT_EQ(api->post("/v1/push", chunkOf(kiosk.device, 20), kiosk.token).status, 200);
    }

    // The real kiosk's sync, on a connection of its own: push, then pull.
    bool kioskSyncs(qint64 fromMs)
    {
        HubApi fresh(hub.port(), 5);
        const Answer push = fresh.post("/v1/push", chunkOf(kiosk.device, 5, fromMs), kiosk.token);
        const Answer pull = fresh.get("/v1/pull?after=0", kiosk.token);
        EXPECT_EQ(push.status, 200) << push.body;
        EXPECT_EQ(pull.status, 200) << pull.body;
        return push.status == 200 && pull.status == 200;
    }

    HubProcess hub;
    QString school;
    std::unique_ptr<HubApi> api;
    Enrolled kiosk;
};

} // namespace

TEST_F(HubLimits, FortySilentSlowAndStalledConnectionsDoNotKeepARealKioskWaitingAndAreCutWithinSeconds)
{
    constexpr int kEach = 13;
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<Attacker>> attackers;
    const auto launch = [&](Attack kind, int count) {
        for (int i = 0; i < count; ++i) {
            attackers.push_back(std::make_unique<Attacker>());
            Attacker &a = *attackers.back();
            a.thread = std::thread(attack, kind, hub.port(), std::ref(a), std::cref(stop));
        }
    };
    // The silent ones first: they take the first workers, as they would on a hub under attack.
    launch(Attack::Silent, kEach + 1);
    QThread::msleep(100);
    launch(Attack::Slow, kEach);
    launch(Attack::StalledBody, kEach);
    ASSERT_EQ(attackers.size(), 40u);
    QThread::msleep(500); // all connected, the slow ones dripping

    QElapsedTimer answered;
    answered.start();
    EXPECT_TRUE(kioskSyncs(1'795'000'000'000));
    const qint64 syncMs = answered.elapsed();
    EXPECT_LT(syncMs, 3000);
    std::printf("hub: a kiosk's push and pull took %lld ms with 40 hostile connections open\n", qint64(syncMs));

    // Every hostile connection is cut: the slow one despite its byte a second.
    QElapsedTimer waited;
    waited.start();
    const auto allCut = [&] {
        return std::all_of(attackers.begin(), attackers.end(), [](const auto &a) { return a->closedAfterMs >= 0; });
    };
    while (!allCut() && waited.elapsed() < 14000)
        QThread::msleep(100);
    stop = true;
    qint64 latest = 0;
    for (const auto &a : attackers) {
        a->thread.join();
        EXPECT_GE(a->closedAfterMs, 0) << "hostile connection " << (&a - &attackers.front())
                                       << " was still open after 14 s";
        latest = std::max<qint64>(latest, a->closedAfterMs);
    }
    EXPECT_LE(latest, 12000);
    std::printf("hub: the last hostile connection was cut after %lld ms\n", qint64(latest));
    EXPECT_TRUE(kioskSyncs(1'795'100'000'000));
}

TEST_F(HubLimits, AHeaderFloodAndOversizedBodiesBeforeACredentialAreRefusedWithoutTheHubsMemoryGrowing)
{
    const qint64 baseline = peakResidentKb(hub.pid());
    ASSERT_GT(baseline, 0);

    // A million header lines (22 MB): the hub stops reading long before the end.
    {
        RawTls flood;
        ASSERT_TRUE(flood.connect(hub.port(), 5000));
        bool sentAll = flood.send("GET /v1/status HTTP/1.1\r\nHost: hub\r\n");
        std::string block;
        for (int line = 0; line < 1'000'000 && sentAll; ++line) {
            block += QStringLiteral("X-Flood-%1: y\r\n").arg(line, 7, 10, QLatin1Char('0')).toStdString();
            if (block.size() >= 64 * 1024) {
                sentAll = flood.send(block);
                block.clear();
            }
        }
        sentAll = sentAll && flood.send(block + "\r\n");
        EXPECT_FALSE(sentAll) << "the hub read a million header lines";
        EXPECT_NE(flood.status(3000), 200);
    }

    // Four 16 MiB enrollments at once, and other bodies no route takes: refused before they are sent.
    const auto refusedBeforeTheBody = [&](const std::string &headers, int expected) {
        RawTls client;
        if (!client.connect(hub.port(), 5000))
            return false;
        client.send(headers);
        int status = client.status(1000); // the answer comes before the body
        if (status == 0) {
            client.send(std::string(16 << 20, 'A'));
            status = client.status(10000);
        }
        EXPECT_EQ(status, expected) << headers;
        return status == expected;
    };
    const std::string enroll16MiB = "POST /v1/enroll HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 16777216\r\n\r\n";
    std::vector<std::thread> enrollments;
    std::atomic<int> refused{0};
    for (int i = 0; i < 4; ++i)
        enrollments.emplace_back([&] { refused += refusedBeforeTheBody(enroll16MiB, 413) ? 1 : 0; });
    for (std::thread &t : enrollments)
        t.join();
    EXPECT_EQ(refused, 4);
    refusedBeforeTheBody("POST /v1/enroll HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n", 413);
    refusedBeforeTheBody("POST /v1/enroll HTTP/1.1\r\nHost: hub\r\n\r\n", 411); // read until the end, else
    refusedBeforeTheBody("GET /v1/status HTTP/1.1\r\nHost: hub\r\nContent-Length: 16777216\r\n\r\n", 413);
    refusedBeforeTheBody("PUT /v1/anything HTTP/1.1\r\nHost: hub\r\nContent-Length: 16777216\r\n\r\n", 404);
    // A push is read only with a credential, and even then not when it is far too large.
    refusedBeforeTheBody("POST /v1/push HTTP/1.1\r\nHost: hub\r\nContent-Length: 16777216\r\n\r\n", 401);
    refusedBeforeTheBody("POST /v1/push HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + std::string(64, 'a')
                             + "\r\nContent-Length: 16777216\r\n\r\n",
                         401);
    refusedBeforeTheBody("POST /v1/push HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + kiosk.token.toStdString()
                             + "\r\nContent-Length: 1000000000\r\n\r\n",
                         413);

    // Compressed bodies: cpp-httplib would inflate them without a bound. 4 MB of zeros in 4 KB of zlib.
    const QByteArray zeros(4 << 20, '\0');
    const std::string bomb = qCompress(zeros, 9).mid(4).toStdString();
    ASSERT_LT(bomb.size(), 8u * 1024);
    for (const std::string &route : {std::string("/v1/enroll"), std::string("/v1/push")}) {
        RawTls client;
        ASSERT_TRUE(client.connect(hub.port(), 5000));
        client.send("POST " + route + " HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + kiosk.token.toStdString()
                    + "\r\nContent-Encoding: gzip\r\nContent-Length: " + std::to_string(bomb.size()) + "\r\n\r\n");
        client.send(bomb);
        EXPECT_EQ(client.status(5000), 415) << route;
    }

    const qint64 peak = peakResidentKb(hub.pid());
    std::printf("hub: peak resident memory %lld MB before, %lld MB after the flood and the bodies\n", baseline / 1024,
                peak / 1024);
    EXPECT_LT(peak - baseline, 64 * 1024);
    // The real kiosk syncs as before, and a small enrollment still works.
    EXPECT_TRUE(kioskSyncs(1'795'000'000'000));
    enroll(*api, codeOf(hub.enrollmentLink(school)));
}

// With few workers (2 at the store, 4 connections, 4 waiting), a crowd of
// silent connections: those past the bounds are refused at once, the hub's
// threads stay as they are, and the ones let in free their places within
// the request bound, waiting included; then the kiosk syncs.
TEST(HubLimitsSmall, ConnectionsPastTheWorkersAndTheQueueAreRefusedAtOnceAndNoneHoldsAPlaceLonger)
{
    std::signal(SIGPIPE, SIG_IGN);
    HubProcess hub;
    hub.setServeArgs(
        {QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--max-connections"), QStringLiteral("4")});
    const QString school = hub.addSchool(QStringLiteral("School A"));
    hub.start();
    HubApi api(hub.port(), 5);
    const Enrolled kiosk = enroll(api, codeOf(hub.enrollmentLink(school)));
    const qint64 threadsBefore = processStatus(hub.pid(), "Threads");

    QList<int> held, extra;
    QElapsedTimer opened;
    opened.start();
    for (int i = 0; i < 8; ++i) {
        held.push_back(connectTcp(hub.port()));
        QThread::msleep(20); // in order
    }
    for (int i = 0; i < 12; ++i)
        extra.push_back(connectTcp(hub.port()));
    int refusedAtOnce = 0;
    for (const int fd : extra)
        refusedAtOnce += tcpClosedWithin(fd, 1000) ? 1 : 0;
    EXPECT_EQ(refusedAtOnce, 12);
    const qint64 threadsUnderAttack = processStatus(hub.pid(), "Threads");
    std::printf("hub: threads %lld before, %lld with 20 silent connections (4 served, 4 waiting)\n", threadsBefore,
                threadsUnderAttack);
    EXPECT_LE(threadsUnderAttack, threadsBefore + 4);

    // The 4 served are cut at the request bound; the 4 that waited for them have used up theirs and go at once.
    int cut = 0;
    for (const int fd : held)
        cut += tcpClosedWithin(fd, int(std::max<qint64>(0, 12000 - opened.elapsed()))) ? 1 : 0;
    EXPECT_EQ(cut, 8);
    std::printf("hub: all 8 held connections were cut after %lld ms\n", qint64(opened.elapsed()));
    EXPECT_LT(opened.elapsed(), 12000);
    for (const int fd : held + extra)
        ::close(fd);

    HubApi after(hub.port(), 5);
    EXPECT_EQ(after.post("/v1/push", chunkOf(kiosk.device, 5), kiosk.token).status, 200);
    EXPECT_EQ(after.get("/v1/pull?after=0", kiosk.token).status, 200);
}

// An enrolled kiosk's largest chunks, many at once (a credential in the wrong
// hands, or a district's kiosks back after a long time offline): the hub
// takes them a few at a time, so its memory stays bounded, and stores them all.
TEST_F(HubLimits, ManyLargestChunksAtOnceAreStoredAFewAtATimeWithinAMemoryBound)
{
    const qint64 baseline = peakResidentKb(hub.pid());
    ChangeBatch batch = batchStamped(kiosk.device,
                                     {1'791'000'000'000, 1'791'000'000'001, 1'791'000'000'002, 1'791'000'000'003,
                                      1'791'000'000'004, 1'791'000'000'005, 1'791'000'000'006});
    for (ChangeRow &row : batch.rows)
        row.payload = "{\"b\":\"" + QByteArray(2 * 1024 * 1024 - 100, 'A') + "\"}";
    const std::string body = ChangeFeed::encode(batch).toStdString();
    ASSERT_GT(body.size(), 14u << 20);
    constexpr int kPushes = 12;
    std::atomic<int> stored{0};
    std::vector<std::thread> pushes;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kPushes; ++i)
        pushes.emplace_back([&] {
            HubApi client(hub.port(), 30);
            const Answer a = client.post("/v1/push", body, kiosk.token);
            EXPECT_EQ(a.status, 200) << a.body;
            stored += a.status == 200 ? 1 : 0;
        });
    for (std::thread &t : pushes)
        t.join();
    const qint64 peak = peakResidentKb(hub.pid());
    std::printf("hub: %d pushes of %zu MB at once took %lld ms; peak resident memory %lld MB before, %lld MB after\n",
                kPushes, body.size() >> 20, qint64(timer.elapsed()), baseline / 1024, peak / 1024);
    EXPECT_EQ(stored, kPushes);
    EXPECT_LT(peak - baseline, 256 * 1024);
    const QString digest = hub.digest(school);
    EXPECT_TRUE(digest.startsWith(QLatin1String("27 "))) << digest.toStdString(); // 20 before, 7 now
}
