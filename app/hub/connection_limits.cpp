#include "connection_limits.h"

#include <openssl/ssl.h>
#include <sys/socket.h>

#include <system_error>

namespace qq::hub {

namespace {

using Clock = std::chrono::steady_clock;

// Where the guard hangs on the server's context.
int guardIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

} // namespace

thread_local bool ConnectionGuard::refusing = false;
thread_local Clock::time_point ConnectionGuard::acceptedAt;

struct ConnectionGuard::Connection {
    enum class Phase { Request, Body, Answer };
    ConnectionGuard *guard = nullptr;
    int socket = -1;
    Phase phase = Phase::Request;
    Clock::time_point deadline;
    std::size_t received = 0; // bytes of TLS records in this phase
    std::size_t allowed = kMaxHeaderBytes;
    bool cut = false;

    void cutNow()
    {
        if (!cut)
            ::shutdown(socket, SHUT_RDWR);
        cut = true;
    }
};

ConnectionGuard::ConnectionGuard(SSL_CTX *context)
{
    (void)connectionIndex(); // registered before the first connection
    SSL_CTX_set_ex_data(context, guardIndex(), this);
    SSL_CTX_set_info_callback(context, &ConnectionGuard::onInfo);
    SSL_CTX_set_msg_callback(context, &ConnectionGuard::onRecord);
    SSL_CTX_set_msg_callback_arg(context, this);
    m_watchdog = std::thread([this] { watch(); });
}

ConnectionGuard::~ConnectionGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopping.notify_all();
    m_watchdog.join();
}

void ConnectionGuard::onInfo(const SSL *ssl, int where, int)
{
    if (!(where & SSL_CB_HANDSHAKE_START) || SSL_get_ex_data(ssl, connectionIndex()))
        return; // a later handshake on the same connection
    auto *guard = static_cast<ConnectionGuard *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), guardIndex()));
    const int socket = SSL_get_fd(ssl);
    if (!guard || socket < 0)
        return;
    const Clock::time_point now = Clock::now();
    const Clock::time_point deadline = (acceptedAt == Clock::time_point() ? now : acceptedAt) + kRequestSeconds;
    if (refusing || deadline <= now) {
        ::shutdown(socket, SHUT_RDWR); // refused, or waited its whole time for a worker
        return;
    }
    auto *connection = new Connection;
    connection->guard = guard;
    connection->socket = socket;
    connection->deadline = deadline;
    std::lock_guard lock(guard->m_mutex);
    SSL_set_ex_data(const_cast<SSL *>(ssl), connectionIndex(), connection);
    guard->m_open.insert(connection);
}

int ConnectionGuard::connectionIndex()
{
    // A connection's state hangs on its SSL and is freed with it, before
    // cpp-httplib closes the socket: the watchdog never shuts a socket number
    // that was reused since.
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, &ConnectionGuard::onFree);
    return index;
}

void ConnectionGuard::onFree(void *, void *state, CRYPTO_EX_DATA *, int, long, void *)
{
    auto *connection = static_cast<Connection *>(state);
    if (!connection)
        return;
    {
        std::lock_guard lock(connection->guard->m_mutex);
        connection->guard->m_open.erase(connection);
    }
    delete connection;
}

void ConnectionGuard::onRecord(int written, int, int contentType, const void *bytes, std::size_t length, SSL *ssl,
                               void *guard)
{
    // Every TLS record's 5-byte header passes here, read or written; after
    // the handshake, application data is what HTTP sends.
    if (contentType != SSL3_RT_HEADER || length < 5 || !SSL_is_init_finished(ssl))
        return;
    const auto *header = static_cast<const unsigned char *>(bytes);
    if (header[0] != SSL3_RT_APPLICATION_DATA)
        return;
    auto *connection = static_cast<Connection *>(SSL_get_ex_data(ssl, connectionIndex()));
    if (connection)
        static_cast<ConnectionGuard *>(guard)->record(*connection, written != 0,
                                                      (std::size_t(header[3]) << 8) | header[4]);
}

void ConnectionGuard::record(Connection &connection, bool written, std::size_t length)
{
    std::lock_guard lock(m_mutex);
    using Phase = Connection::Phase;
    if (written) {
        // The answer: its own, longer, time (a kiosk on a slow link pulls megabytes).
        if (connection.phase != Phase::Answer) {
            connection.phase = Phase::Answer;
            connection.deadline = Clock::now() + kAnswerSeconds;
        }
        return;
    }
    if (connection.phase == Phase::Answer) {
        // The next request on a kept-alive connection.
        connection.phase = Phase::Request;
        connection.deadline = Clock::now() + kRequestSeconds;
        connection.received = 0;
        connection.allowed = kMaxHeaderBytes;
    }
    connection.received += length;
    if (connection.received > connection.allowed)
        connection.cutNow();
}

void ConnectionGuard::headersRead(const SSL *ssl, std::size_t bodyBytes)
{
    auto *connection = ssl ? static_cast<Connection *>(SSL_get_ex_data(ssl, connectionIndex())) : nullptr;
    if (!connection)
        return;
    std::lock_guard lock(m_mutex);
    connection->phase = Connection::Phase::Body;
    connection->deadline = Clock::now() + kRequestSeconds + std::chrono::seconds(bodyBytes / kSlowLinkBytesPerSecond);
    connection->received = 0;
    // The body in records, and what a client may send on behind it.
    connection->allowed = bodyBytes + bodyBytes / 64 + kMaxHeaderBytes;
}

void ConnectionGuard::answering(const SSL *ssl)
{
    auto *connection = ssl ? static_cast<Connection *>(SSL_get_ex_data(ssl, connectionIndex())) : nullptr;
    if (!connection)
        return;
    std::lock_guard lock(m_mutex);
    connection->phase = Connection::Phase::Answer;
    connection->deadline = Clock::now() + kAnswerSeconds;
}

void ConnectionGuard::closeAfterAnswer(const SSL *ssl)
{
    // Its next read gives "closed": OpenSSL throws away what comes after a
    // peer's close, so a body not wanted is never read into memory.
    if (ssl)
        SSL_set_shutdown(const_cast<SSL *>(ssl), SSL_get_shutdown(ssl) | SSL_RECEIVED_SHUTDOWN);
}

void ConnectionGuard::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_stop; })) {
        const Clock::time_point now = Clock::now();
        for (Connection *connection : m_open)
            if (now > connection->deadline)
                connection->cutNow();
    }
}

BodyBudget::Share BodyBudget::take(std::size_t bytes, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    // One body larger than the whole budget is let in alone.
    if (!m_returned.wait_for(lock, wait, [&] { return m_used + bytes <= m_total || m_used == 0; }))
        return {};
    m_used += bytes;
    return {this, bytes};
}

void BodyBudget::giveBack(std::size_t bytes)
{
    {
        std::lock_guard lock(m_mutex);
        m_used -= bytes;
    }
    m_returned.notify_all();
}

ConnectionQueue::ConnectionQueue(std::size_t maxWorkers, std::size_t maxWaiting)
    : m_maxWorkers(std::max<std::size_t>(1, maxWorkers)), m_maxWaiting(maxWaiting)
{
}

ConnectionQueue::~ConnectionQueue()
{
    shutdown();
}

void ConnectionQueue::enqueue(std::function<void()> connection)
{
    std::unique_lock lock(m_mutex);
    if (m_waiting.size() >= m_maxWaiting && m_workers.size() >= m_maxWorkers) {
        lock.unlock();
        refuse(connection);
        return;
    }
    if (m_waiting.size() >= m_idle && m_workers.size() < m_maxWorkers) {
        try {
            m_workers.emplace_back([this] { work(); });
        } catch (const std::system_error &) {
            // No thread to be had (TasksMax, memory): it waits for a worker,
            // or is refused if there is none at all.
            if (m_workers.empty()) {
                lock.unlock();
                refuse(connection);
                return;
            }
        }
    }
    m_waiting.push_back({std::move(connection), Clock::now()});
    lock.unlock();
    m_ready.notify_one();
}

void ConnectionQueue::refuse(const std::function<void()> &connection)
{
    // On this (the accepting) thread: the guard shuts the connection at the
    // TLS handshake's first step, which takes microseconds.
    ConnectionGuard::refusing = true;
    connection();
    ConnectionGuard::refusing = false;
}

void ConnectionQueue::shutdown()
{
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        workers.swap(m_workers);
    }
    m_ready.notify_all();
    for (std::thread &worker : workers)
        worker.join();
}

void ConnectionQueue::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        m_ready.wait(lock, [this] { return m_stop || !m_waiting.empty(); });
        --m_idle;
        if (m_waiting.empty())
            return; // stopping, and nothing left
        Waiting next = std::move(m_waiting.front());
        m_waiting.pop_front();
        lock.unlock();
        ConnectionGuard::acceptedAt = next.acceptedAt;
        next.connection();
        ConnectionGuard::acceptedAt = {};
        lock.lock();
    }
}

} // namespace qq::hub
