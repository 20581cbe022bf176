#pragma once

#include <QString>

namespace qq {

class Clock;
class Database;

struct PinCheck {
    enum class Status { Ok, Wrong, LockedOut, NoPin };
    Status status = Status::Wrong;
    int attemptsBeforeLockout = 0; // for Wrong: free tries left before a lockout starts
    qint64 lockedUntilMs = 0; // for LockedOut (and Wrong that started one)
};

// The duty teacher's PIN: an Argon2id hash (libsodium) in device-local state.
// Wrong attempts are counted on disk, so a lockout survives a restart; each
// wrong attempt past the free ones doubles the lockout, up to an hour.
class TeacherPin {
public:
    enum class Cost { Interactive, Minimal }; // Minimal: only for tests
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstLockoutMs = 30'000;
    static constexpr qint64 kMaxLockoutMs = 3'600'000;

    TeacherPin(Database &db, const Clock &clock, Cost cost = Cost::Interactive);

    bool hasPin() const;
    static bool isAcceptable(const QString &pin); // 4 to 8 digits
    bool setPin(const QString &pin);
    PinCheck verify(const QString &pin);
    qint64 lockedUntilMs() const;
    // How long the door stays shut after this many wrong attempts in a row.
    static qint64 lockoutAfter(int failures);

private:
    Database &m_db;
    const Clock &m_clock;
    Cost m_cost;
};

} // namespace qq
