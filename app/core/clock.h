#pragma once

#include <QtGlobal>

#include <atomic>

namespace qq {

// Milliseconds since the epoch (UTC), and a monotonic count for measuring
// intervals that must not jump when someone sets the kiosk's clock. Behind an
// interface so tests and the screenshot tour can pin "now" to a known day.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 nowMs) : m_now(nowMs) { }
    qint64 nowMs() const override { return m_now.load(); }
    qint64 monotonicMs() const override { return m_elapsed.load(); }
    // Sets the wall clock only, as a person changing the time would.
    void set(qint64 nowMs) { m_now.store(nowMs); }
    // Time passes: both clocks move.
    void advance(qint64 ms)
    {
        m_now.fetch_add(ms);
        m_elapsed.fetch_add(ms);
    }

private:
    std::atomic<qint64> m_now;
    std::atomic<qint64> m_elapsed{0};
};

} // namespace qq
