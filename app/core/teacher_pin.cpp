#include "teacher_pin.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"

#include <QRegularExpression>

#include <sodium.h>

namespace qq {
namespace {

constexpr const char *kHashKey = "teacher_pin_hash";
constexpr const char *kFailuresKey = "teacher_pin_failures";
constexpr const char *kLockedUntilKey = "teacher_pin_locked_until";

} // namespace

TeacherPin::TeacherPin(Database &db, const Clock &clock, Cost cost) : m_db(db), m_clock(clock), m_cost(cost)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
}

bool TeacherPin::hasPin() const
{
    return !LocalState::get(m_db, kHashKey).isEmpty();
}

bool TeacherPin::isAcceptable(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch();
}

bool TeacherPin::setPin(const QString &pin)
{
    if (!isAcceptable(pin))
        return false;
    const QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const bool minimal = m_cost == Cost::Minimal;
    if (crypto_pwhash_str_alg(hash, utf8.constData(), utf8.size(),
                              minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return false; // out of memory
    Transaction tx(m_db);
    LocalState::set(m_db, kHashKey, QString::fromLatin1(hash));
    LocalState::set(m_db, kFailuresKey, QStringLiteral("0"));
    LocalState::set(m_db, kLockedUntilKey, QStringLiteral("0"));
    tx.commit();
    return true;
}

qint64 TeacherPin::lockoutAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 20);
    return std::min(kFirstLockoutMs << doublings, kMaxLockoutMs);
}

qint64 TeacherPin::lockedUntilMs() const
{
    return LocalState::get(m_db, kLockedUntilKey).toLongLong();
}

PinCheck TeacherPin::verify(const QString &pin)
{
    PinCheck check;
    const QByteArray hash = LocalState::get(m_db, kHashKey).toLatin1();
    if (hash.isEmpty()) {
        check.status = PinCheck::Status::NoPin;
        return check;
    }
    const qint64 now = m_clock.nowMs();
    qint64 lockedUntil = lockedUntilMs();
    // A clock set back must not turn a short lockout into a long one.
    const qint64 currentLockout = lockoutAfter(LocalState::get(m_db, kFailuresKey).toInt());
    if (lockedUntil - now > currentLockout) {
        lockedUntil = now + currentLockout;
        LocalState::set(m_db, kLockedUntilKey, QString::number(lockedUntil));
    }
    if (lockedUntil > now) {
        check.status = PinCheck::Status::LockedOut;
        check.lockedUntilMs = lockedUntil;
        return check;
    }
    const QByteArray utf8 = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), utf8.size()) == 0;
    Transaction tx(m_db);
    if (ok) {
        LocalState::set(m_db, kFailuresKey, QStringLiteral("0"));
        LocalState::set(m_db, kLockedUntilKey, QStringLiteral("0"));
        tx.commit();
        check.status = PinCheck::Status::Ok;
        return check;
    }
    const int failures = LocalState::get(m_db, kFailuresKey).toInt() + 1;
    LocalState::set(m_db, kFailuresKey, QString::number(failures));
    check.status = PinCheck::Status::Wrong;
    check.attemptsBeforeLockout = std::max(0, kFreeAttempts - failures);
    if (failures >= kFreeAttempts) {
        check.lockedUntilMs = now + lockoutAfter(failures);
        LocalState::set(m_db, kLockedUntilKey, QString::number(check.lockedUntilMs));
    }
    tx.commit();
    return check;
}

} // namespace qq
