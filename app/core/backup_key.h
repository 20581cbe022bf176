#pragma once

#include "sealed_box.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace qq {

class Database;

// The key every backup of a kiosk is encrypted with (XChaCha20-Poly1305,
// libsodium's secretstream), so a backup on a stick or a copied folder reveals
// nothing without it. The kiosk keeps the key itself (it makes the daily backup
// unattended); the school keeps its recovery code, printed or copied once:
// every backup carries the key locked under that code, so a replacement kiosk
// opens a backup with the code alone. The key also vouches for the sticks a
// teacher chose for backups (a MAC over the stick's random id), so the daily
// backup never goes to a stick anyone could prepare.
//
// Copyable and thread-safe to read: the secret is shared, in guarded memory.
class BackupKey {
public:
    static constexpr int kKeyBytes = 32;

    // The kiosk's key from local_state, made on first use. A new key comes with
    // its recovery code, kept in local_state (never in a backup) until the
    // teacher says it was written down: see pendingRecoveryCode.
    static BackupKey ensure(Database &db);
    static std::optional<BackupKey> load(Database &db);
    // The key a backup was made with, from the locked copy in its header and
    // the school's recovery code; nothing when the code is wrong.
    static std::optional<BackupKey> recover(const QByteArray &lockedKey, const QString &recoveryCode);
    // Makes this key the kiosk's own (a replacement kiosk restoring a backup).
    void store(Database &db) const;

    static QString pendingRecoveryCode(Database &db);
    static void forgetRecoveryCode(Database &db);

    bool isValid() const { return m_secret && m_secret->size() == kKeyBytes; }
    const SecretBytes &secret() const { return *m_secret; }
    // A short public name of the key (a hash), in every backup's header: a
    // backup made with another key asks for that key's code, not "damaged".
    QString id() const { return m_id; }
    // The key locked under the recovery code (Argon2id salt, cost, secretbox).
    QByteArray lockedKey() const { return m_locked; }

    // A stick's pairing: a random id and a MAC only this key makes.
    QByteArray stickMac(const QByteArray &stickId) const;
    bool checkStickMac(const QByteArray &stickId, const QByteArray &mac) const;

    // local_state keys that never leave the kiosk in a backup.
    static constexpr const char *kKeyState = "backup.key";
    static constexpr const char *kLockedState = "backup.locked_key";
    static constexpr const char *kPendingCodeState = "backup.recovery_code";

private:
    static BackupKey make(SecretBytes secret, QByteArray locked);
    std::shared_ptr<const SecretBytes> m_secret;
    QString m_id;
    QByteArray m_locked;
};

} // namespace qq
