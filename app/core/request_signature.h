#pragma once

#include <QByteArray>
#include <QString>

namespace qq {

// Every request a kiosk sends the hub is signed by the key pair it made when
// it enrolled (docs/sync.md, "Signed requests"), beside its bearer credential:
// a credential that leaks (a proxy's log, an old backup, the hub's database)
// is not enough to push or pull. The signature (Ed25519, detached) covers
//
//   qinqing-request-1\nMETHOD\nTARGET\nTIME\nSHA256(BODY) in hex\nDEVICE
//
// where TARGET is the path and query as sent and TIME the sender's clock in
// milliseconds since the epoch. The hub refuses times more than five minutes
// from its own; a replay inside that window can only repeat a push (stored
// once: rows are idempotent) or a pull (whose answer only the pinned TLS
// channel reads).
namespace RequestSignature {

inline constexpr const char *kTimeHeader = "X-Qinqing-Time";
inline constexpr const char *kSignatureHeader = "X-Qinqing-Signature";
inline constexpr qint64 kWindowMs = 5 * 60 * 1000;

QByteArray message(const QByteArray &method, const QByteArray &target, qint64 timeMs, const QByteArray &body,
                   const QString &deviceId);
// Base64 of the signature, or empty when `secretKey` is not a 64-byte Ed25519 key.
QByteArray sign(const QByteArray &secretKey, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signatureBase64);

} // namespace RequestSignature
} // namespace qq
