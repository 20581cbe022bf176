#pragma once

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

} // namespace qq::hub
