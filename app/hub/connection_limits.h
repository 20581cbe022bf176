#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace qq::hub {

// cpp-httplib gives every connection a worker thread until it closes, and
// its read timeout is per read: a client sending a header byte a second, or
// 3 million header lines, or nothing at all, holds a worker for as long as
// it likes. Debian's cpp-httplib is a compiled library, so its compile-time
// limits cannot be changed. These two classes bound what one connection can
// take, with the knobs it does have (its task queue, and the OpenSSL context
// every connection goes through).

// Bounds on one connection, watched through OpenSSL callbacks on the
// server's context: from the TLS handshake's first step to the end of a
// request's headers at most kRequestSeconds and kMaxHeaderBytes; a body its
// announced length at the rate of a slow link; an answer kAnswerSeconds. A
// connection over a bound is shut down (shutdown(2)), so its worker's next
// read fails and the worker is free again.
class ConnectionGuard {
public:
    static constexpr auto kRequestSeconds = std::chrono::seconds(10);
    static constexpr std::size_t kMaxHeaderBytes = 64 * 1024; // TLS records up to the headers' end
    static constexpr std::size_t kSlowLinkBytesPerSecond = 16 * 1024;
    static constexpr auto kAnswerSeconds = std::chrono::seconds(120); // the store's work and the answer

    explicit ConnectionGuard(SSL_CTX *context);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard &) = delete;

    // From the pre-routing handler: the headers are read, and a body of at
    // most `bodyBytes` follows.
    void headersRead(const SSL *ssl, std::size_t bodyBytes);
    // From a route's handler: the request is in; working on it and sending
    // the answer may take kAnswerSeconds.
    void answering(const SSL *ssl);
    // The connection ends after this request's answer (its body is not read).
    static void closeAfterAnswer(const SSL *ssl);

    // Set on a thread that runs a connection only to refuse it: the guard
    // shuts it at the TLS handshake's first step.
    static thread_local bool refusing;
    // When the connection this thread runs was accepted: time spent waiting
    // for a worker counts towards kRequestSeconds.
    static thread_local std::chrono::steady_clock::time_point acceptedAt;

    struct Connection;

private:
    static int connectionIndex();
    static void onInfo(const SSL *ssl, int where, int value);
    static void onRecord(int written, int version, int contentType, const void *bytes, std::size_t length, SSL *ssl,
                         void *guard);
    static void onFree(void *parent, void *connection, CRYPTO_EX_DATA *data, int index, long argl, void *argp);
    void record(Connection &connection, bool written, std::size_t length);
    void watch();

    std::mutex m_mutex;
    std::condition_variable m_stopping;
    bool m_stop = false;
    std::set<Connection *> m_open;
    std::thread m_watchdog;
};

// The bodies the hub holds at once. A push's body, read, decoded and stored,
// takes about three times its size in memory while its handler runs: the hub
// takes a share of `bytes` for each, and one that waits longer than asked
// for its share is refused, so many large chunks at once are taken a few at a
// time.
class BodyBudget {
public:
    explicit BodyBudget(std::size_t bytes) : m_total(bytes) { }

    class Share {
    public:
        Share() = default;
        Share(BodyBudget *budget, std::size_t bytes) : m_budget(budget), m_bytes(bytes) { }
        Share(Share &&other) noexcept : m_budget(std::exchange(other.m_budget, nullptr)), m_bytes(other.m_bytes) { }
        Share &operator=(Share &&) = delete;
        ~Share()
        {
            if (m_budget)
                m_budget->giveBack(m_bytes);
        }
        explicit operator bool() const { return m_budget != nullptr; }

    private:
        BodyBudget *m_budget = nullptr;
        std::size_t m_bytes = 0;
    };

    // A share of `bytes`, or an empty one if it could not be had within `wait`.
    Share take(std::size_t bytes, std::chrono::milliseconds wait);

private:
    void giveBack(std::size_t bytes);

    const std::size_t m_total;
    std::size_t m_used = 0;
    std::mutex m_mutex;
    std::condition_variable m_returned;
};

// cpp-httplib's task queue with bounds: a worker thread for each connection
// as it comes, up to `maxWorkers`; then up to `maxWaiting` connections wait
// for a worker; past that a connection is refused at once (closed at the
// TLS handshake's first step, on the accepting thread). The guard above
// frees workers within seconds, so waiting is short.
class ConnectionQueue final : public httplib::TaskQueue {
public:
    ConnectionQueue(std::size_t maxWorkers, std::size_t maxWaiting);
    ~ConnectionQueue() override;

    void enqueue(std::function<void()> connection) override;
    void shutdown() override;

private:
    void work();
    static void refuse(const std::function<void()> &connection);

    const std::size_t m_maxWorkers;
    const std::size_t m_maxWaiting;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    struct Waiting {
        std::function<void()> connection;
        std::chrono::steady_clock::time_point acceptedAt;
    };
    std::deque<Waiting> m_waiting;
    std::vector<std::thread> m_workers;
    std::size_t m_idle = 0;
    bool m_stop = false;
};

} // namespace qq::hub
