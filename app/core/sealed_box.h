#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace qq {

// A secret (a private key, a derived key) in memory libsodium guards: locked
// out of swap, zeroed when freed. Never copied into a QByteArray.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

struct KeyPair {
    QByteArray publicKey; // crypto_box_PUBLICKEYBYTES
    SecretBytes secretKey; // crypto_box_SECRETKEYBYTES
};

// How hard Argon2id works to turn a passphrase into a key. Stored next to
// what it protects, so a kiosk can be re-tuned without losing old keys.
struct PasswordCost {
    quint64 ops = 0;
    quint64 memBytes = 0;
    static PasswordCost minimal(); // tests only
    static PasswordCost interactive(); // a child's picture code: ~0.1–0.3 s
    // Raises the work until one derivation takes about targetMs on this machine.
    static PasswordCost calibrated(int targetMs);
};

// Sealing (crypto_box_seal): anyone with the public key can seal; only the
// secret key opens. The kiosk holds public keys only.
namespace Sealing {
void init(); // sodium_init; safe to call repeatedly
KeyPair newKeyPair();
QByteArray seal(const QByteArray &plain, const QByteArray &publicKey);
// Empty when the box is tampered with, truncated, or for another key.
std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey);

QByteArray randomBytes(int size);
SecretBytes deriveKey(const QByteArray &secret, const QByteArray &salt, const PasswordCost &cost);
QByteArray newSalt();
// secretbox under a derived key: nonce || ciphertext.
QByteArray lock(const SecretBytes &plain, const SecretBytes &key);
std::optional<SecretBytes> unlock(const QByteArray &locked, const SecretBytes &key, qsizetype plainSize);

// A recovery code a person can copy by hand: 24 characters in groups of four,
// from an alphabet without 0/O/1/I/L; 120 bits.
QString newRecoveryCode();
// Upper-cases and drops spaces and dashes; empty if a character is not ours.
QString normaliseRecoveryCode(const QString &typed);
} // namespace Sealing

} // namespace qq
