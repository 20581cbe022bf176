#pragma once

#include <QByteArray>
#include <QString>

namespace qq::hub {

// The hub's TLS key and certificate (self-signed, EC P-256, ten years) in
// `folder`: made on first start, kept after. Kiosks pin the certificate's
// SHA-256 when they enroll, so no certificate authority is involved.
struct TlsIdentity {
    QString keyPath;
    QString certificatePath;
    QString certificateSha256; // hex of the DER certificate, what kiosks pin
};

// Throws std::runtime_error with a message for a person when it cannot.
TlsIdentity loadOrCreateTlsIdentity(const QString &folder, const QString &commonName);

// The hub's Ed25519 key pair, which signs the USB files it writes for kiosks,
// in `folder` (hub-signing.key, the 64-byte secret key in base64, 0600): made
// on first start, kept after. Kiosks pin its public key when they enroll
// (the enrollment answer's "hubKey", over the TLS connection they pinned).
struct HubSigningKey {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};
// Throws std::runtime_error with a message for a person when it cannot.
HubSigningKey loadOrCreateSigningKey(const QString &folder);

} // namespace qq::hub
