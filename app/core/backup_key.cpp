#include "backup_key.h"

#include "change_log.h"
#include "database.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace qq {
namespace {

constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kLockedBytes =
    kSaltBytes + 16 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + BackupKey::kKeyBytes;
constexpr const char kStickContext[crypto_kdf_CONTEXTBYTES + 1] = "qqstick1";

QString keyId(const SecretBytes &secret)
{
    unsigned char hash[8];
    static const char kLabel[] = "qinqing backup key id";
    crypto_generichash(hash, sizeof hash, secret.data(), size_t(secret.size()),
                       reinterpret_cast<const unsigned char *>(kLabel), sizeof kLabel - 1);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

// The recovery code has 120 bits: no stretching could add to that; a light
// Argon2id (16 MiB, about 30 ms) keeps the first start of a kiosk quick.
QByteArray lockUnderCode(const SecretBytes &secret, const QString &code)
{
    const PasswordCost cost{3, 16u << 20};
    const QByteArray salt = Sealing::newSalt();
    const SecretBytes key = Sealing::deriveKey(Sealing::normaliseRecoveryCode(code).toLatin1(), salt, cost);
    QByteArray locked = salt;
    char number[8];
    qToLittleEndian<quint64>(cost.ops, number);
    locked.append(number, 8);
    qToLittleEndian<quint64>(cost.memBytes, number);
    locked.append(number, 8);
    locked += Sealing::lock(secret, key);
    return locked;
}

} // namespace

BackupKey BackupKey::make(SecretBytes secret, QByteArray locked)
{
    BackupKey key;
    key.m_id = keyId(secret);
    key.m_secret = std::make_shared<const SecretBytes>(std::move(secret));
    key.m_locked = std::move(locked);
    return key;
}

std::optional<BackupKey> BackupKey::load(Database &db)
{
    Sealing::init();
    const QByteArray raw = QByteArray::fromBase64(LocalState::get(db, kKeyState).toLatin1());
    const QByteArray locked = QByteArray::fromBase64(LocalState::get(db, kLockedState).toLatin1());
    if (raw.size() != kKeyBytes || locked.size() != kLockedBytes)
        return std::nullopt;
    SecretBytes secret(kKeyBytes);
    std::memcpy(secret.data(), raw.constData(), kKeyBytes);
    return make(std::move(secret), locked);
}

BackupKey BackupKey::ensure(Database &db)
{
    if (std::optional<BackupKey> existing = load(db))
        return *existing;
    SecretBytes secret(kKeyBytes);
    randombytes_buf(secret.data(), kKeyBytes);
    const QString code = Sealing::newRecoveryCode();
    BackupKey key = make(std::move(secret), {});
    key.m_locked = lockUnderCode(key.secret(), code);
    Transaction tx(db);
    key.store(db);
    LocalState::set(db, kPendingCodeState, code);
    tx.commit();
    return key;
}

std::optional<BackupKey> BackupKey::recover(const QByteArray &lockedKey, const QString &recoveryCode)
{
    Sealing::init();
    const QString code = Sealing::normaliseRecoveryCode(recoveryCode);
    if (code.isEmpty() || lockedKey.size() != kLockedBytes)
        return std::nullopt;
    const QByteArray salt = lockedKey.left(kSaltBytes);
    const PasswordCost cost{qFromLittleEndian<quint64>(lockedKey.constData() + kSaltBytes),
                            qFromLittleEndian<quint64>(lockedKey.constData() + kSaltBytes + 8)};
    // A forged header must not make the kiosk spend gigabytes or hours.
    if (cost.ops < crypto_pwhash_OPSLIMIT_MIN || cost.ops > 16 || cost.memBytes < crypto_pwhash_MEMLIMIT_MIN
        || cost.memBytes > (1ull << 30))
        return std::nullopt;
    const SecretBytes derived = Sealing::deriveKey(code.toLatin1(), salt, cost);
    if (derived.isEmpty())
        return std::nullopt;
    std::optional<SecretBytes> secret = Sealing::unlock(lockedKey.mid(kSaltBytes + 16), derived, kKeyBytes);
    if (!secret)
        return std::nullopt;
    return make(std::move(*secret), lockedKey);
}

void BackupKey::store(Database &db) const
{
    const QByteArray raw(reinterpret_cast<const char *>(m_secret->data()), kKeyBytes);
    LocalState::set(db, kKeyState, QString::fromLatin1(raw.toBase64()));
    LocalState::set(db, kLockedState, QString::fromLatin1(m_locked.toBase64()));
}

QString BackupKey::pendingRecoveryCode(Database &db)
{
    return LocalState::get(db, kPendingCodeState);
}

void BackupKey::forgetRecoveryCode(Database &db)
{
    // secure_delete is on for this connection's file (Database), so the code is overwritten.
    db.prepare("DELETE FROM local_state WHERE key = ?").bind(1, kPendingCodeState).run();
}

QByteArray BackupKey::stickMac(const QByteArray &stickId) const
{
    unsigned char subkey[crypto_auth_KEYBYTES];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, kStickContext, m_secret->data());
    QByteArray mac(crypto_auth_BYTES, '\0');
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()),
                reinterpret_cast<const unsigned char *>(stickId.constData()), quint64(stickId.size()), subkey);
    sodium_memzero(subkey, sizeof subkey);
    return mac;
}

bool BackupKey::checkStickMac(const QByteArray &stickId, const QByteArray &mac) const
{
    if (!isValid() || mac.size() != crypto_auth_BYTES || stickId.size() < 16)
        return false;
    const QByteArray expected = stickMac(stickId);
    return sodium_memcmp(expected.constData(), mac.constData(), crypto_auth_BYTES) == 0;
}

} // namespace qq
