#include "sealed_box.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace qq {

SecretBytes::SecretBytes(qsizetype size)
    : m_data(static_cast<unsigned char *>(sodium_malloc(size_t(size)))), m_size(size)
{
    if (!m_data)
        qFatal("out of memory for a secret");
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // zeroes first
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

PasswordCost PasswordCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordCost PasswordCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::calibrated(int targetMs)
{
    Sealing::init();
    // 256 MiB makes guessing on graphics cards expensive; a kiosk has the memory.
    PasswordCost cost{2, 256u << 20};
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    auto timeOf = [&](quint64 ops) {
        QElapsedTimer timer;
        timer.start();
        Sealing::deriveKey("calibration", salt, {ops, cost.memBytes});
        return double(timer.nsecsElapsed()) / 1e6;
    };
    // A first derivation pays for mapping 256 MiB and was taken for the cost
    // of passes (one unlock landed at 0.37 s, not 1 s): warm up, then measure
    // the cost of one more pass apart from the fixed part.
    timeOf(1);
    const double two = timeOf(2);
    const double three = timeOf(3);
    const double perPass = std::max(1.0, three - two);
    const double fixed = std::max(0.0, two - 2 * perPass);
    cost.ops = quint64(std::clamp(std::llround((targetMs - fixed) / perPass), 2LL, 24LL));
    // One check at the chosen cost, corrected once by what it really took.
    const double chosen = timeOf(cost.ops);
    if (chosen > 0 && std::abs(chosen - targetMs) > targetMs / 10.0)
        cost.ops = quint64(std::clamp(std::llround(double(cost.ops) * targetMs / chosen), 2LL, 24LL));
    return cost;
}

namespace Sealing {

void init()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
}

KeyPair newKeyPair()
{
    init();
    KeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, '\0'), SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray seal(const QByteArray &plain, const QByteArray &publicKey)
{
    Q_ASSERT(publicKey.size() == crypto_box_PUBLICKEYBYTES);
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return sealed;
}

std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey)
{
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES) || publicKey.size() != crypto_box_PUBLICKEYBYTES
        || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(publicKey.constData()), secretKey.data())
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray randomBytes(int size)
{
    init();
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

QByteArray newSalt()
{
    return randomBytes(crypto_pwhash_SALTBYTES);
}

SecretBytes deriveKey(const QByteArray &secret, const QByteArray &salt, const PasswordCost &cost)
{
    init();
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (salt.size() != crypto_pwhash_SALTBYTES
        || crypto_pwhash(key.data(), crypto_secretbox_KEYBYTES, secret.constData(), quint64(secret.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()), cost.ops, size_t(cost.memBytes),
                         crypto_pwhash_ALG_ARGON2ID13)
            != 0)
        return {};
    return key;
}

QByteArray lock(const SecretBytes &plain, const SecretBytes &key)
{
    QByteArray locked = randomBytes(crypto_secretbox_NONCEBYTES);
    locked.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    auto *out = reinterpret_cast<unsigned char *>(locked.data());
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, plain.data(), quint64(plain.size()), out, key.data());
    return locked;
}

std::optional<SecretBytes> unlock(const QByteArray &locked, const SecretBytes &key, qsizetype plainSize)
{
    if (key.size() != crypto_secretbox_KEYBYTES
        || locked.size() != qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plainSize)
        return std::nullopt;
    SecretBytes plain(plainSize);
    const auto *in = reinterpret_cast<const unsigned char *>(locked.constData());
    if (crypto_secretbox_open_easy(plain.data(), in + crypto_secretbox_NONCEBYTES,
                                   quint64(locked.size() - crypto_secretbox_NONCEBYTES), in, key.data())
        != 0)
        return std::nullopt;
    return plain;
}

namespace {
constexpr char kRecoveryAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ#"; // 32 symbols
constexpr int kRecoveryLength = 24;
} // namespace

QString newRecoveryCode()
{
    init();
    QString code;
    for (int i = 0; i < kRecoveryLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kRecoveryAlphabet[randombytes_uniform(31)]); // no '#'
    }
    return code;
}

QString normaliseRecoveryCode(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O') || c == QLatin1Char('0') || c == QLatin1Char('1') || c == QLatin1Char('I')
            || c == QLatin1Char('L') || c == QLatin1Char('#') || c.unicode() > 127
            || !std::strchr(kRecoveryAlphabet, c.toLatin1()))
            return {};
        code += c;
    }
    return code.size() == kRecoveryLength ? code : QString();
}

} // namespace Sealing
} // namespace qq
