#pragma once

#include <QtGlobal>

#include <atomic>

namespace qq {

// Milliseconds since the epoch (UTC). Behind an interface so tests and the
// screenshot tour can pin "now" to a known day.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 nowMs) : m_now(nowMs) { }
    qint64 nowMs() const override { return m_now.load(); }
    void set(qint64 nowMs) { m_now.store(nowMs); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace qq
