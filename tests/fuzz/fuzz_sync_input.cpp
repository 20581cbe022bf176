// libFuzzer over what another program can send a kiosk or the hub: a change
// chunk (push bodies, pull answers, USB files' lines) and an enrollment code.
// Anything accepted must encode and decode back to itself; nothing may crash,
// hang or read out of bounds (AddressSanitizer). Run: make fuzz.
#include "change_feed.h"
#include "enrollment_link.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const std::optional<qq::ChangeBatch> batch = qq::ChangeFeed::decode(bytes, &error)) {
        const std::optional<qq::ChangeBatch> again = qq::ChangeFeed::decode(qq::ChangeFeed::encode(*batch), &error);
        if (!again || !(*again == *batch))
            std::abort(); // accepted once, so it must survive its own round trip
    } else if (error.isEmpty()) {
        std::abort(); // every refusal says why
    }
    if (size < 4096) {
        const QString text = QString::fromUtf8(bytes);
        if (const std::optional<qq::EnrollmentLink> link = qq::EnrollmentLink::parse(text, &error)) {
            if (!qq::EnrollmentLink::parse(link->toText(), &error))
                std::abort();
        }
    }
    return 0;
}
