#pragma once

#include <QString>

#include <optional>

namespace qq {

// What a kiosk needs to join a school's hub, in the QR code the hub admin
// prints: where the hub is, a one-time code, and the SHA-256 of the hub's
// certificate, which the kiosk pins (a self-signed hub needs no authority,
// and a machine in the middle cannot pass for it).
struct EnrollmentLink {
    QString hubUrl; // https://host:port
    QString code; // one-time, typed or scanned
    QString pin; // 64 hex digits

    QString toText() const; // qinqing-enroll:?hub=…&code=…&pin=…
    // Refuses anything else with a reason (a teacher may scan a book by mistake).
    static std::optional<EnrollmentLink> parse(const QString &text, QString *error);
};

} // namespace qq
