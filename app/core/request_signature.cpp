#include "request_signature.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace qq::RequestSignature {

namespace {
const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
} // namespace

QByteArray message(const QByteArray &method, const QByteArray &target, qint64 timeMs, const QByteArray &body,
                   const QString &deviceId)
{
    QByteArray text = "qinqing-request-1\n";
    text += method + '\n' + target + '\n' + QByteArray::number(timeMs) + '\n';
    text += QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + '\n';
    text += deviceId.toUtf8();
    return text;
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES || sodium_init() < 0)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
                         quint64(message.size()), bytes(secretKey));
    return signature.toBase64();
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signatureBase64)
{
    const auto signature = QByteArray::fromBase64Encoding(signatureBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(bytes(signature.decoded), bytes(message), quint64(message.size()),
                                       bytes(publicKey))
        == 0;
}

} // namespace qq::RequestSignature
