#pragma once

#include "change_feed.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace qq::hub {

struct School {
    QString id;
    QString name;
    qint64 createdAtMs = 0;
};

struct Device {
    QString id; // the kiosk's own device id (its change-log stamps carry it)
    QString schoolId;
    QString name;
    qint64 enrolledAtMs = 0;
    std::optional<qint64> revokedAtMs;
    std::optional<qint64> lastSeenMs;
    // Set by the administrator (`qinqing-hub re-enroll`): until then one new
    // enrollment of this id replaces its credential.
    std::optional<qint64> reenrollUntilMs;
    // Its Ed25519 public key (32 bytes) from its enrollment, which its USB
    // files are signed with; empty for a device enrolled before keys were.
    QByteArray publicKey;
};

// Why an enrollment was refused, for the kiosk to show in plain words.
enum class EnrollRefusal {
    None,
    UnknownCode,
    ExpiredCode,
    UsedCode,
    DeviceRevoked,
    DeviceOfOtherSchool,
    DeviceEnrolled, // an active device; only `qinqing-hub re-enroll` lets it enroll once more
};

// What `qinqing-hub re-enroll` found.
enum class ReenrollPermit { Allowed, UnknownDevice, Revoked };

struct EnrollResult {
    EnrollRefusal refusal = EnrollRefusal::None;
    QString schoolId;
    QString schoolName;
    QString token; // shown once to the device; the store keeps only its hash
};

// A pull chunk stops after this many payload bytes (photos and voice letters
// are large), so a chunk always fits the wire format's bound.
inline constexpr qsizetype kPullChunkBytes = 4 * 1024 * 1024;

struct PullChunk {
    QList<ChangeRow> rows;
    qint64 cursor = 0; // resume after this
    bool more = false;
};

// What the hub keeps: schools, one-time enrollment codes, devices with their
// credential's hash, and every school's changes in the order the hub first
// committed them (`seq`, the pull cursor). Implementations are safe to call
// from several threads, and a hub process keeps no state of its own beyond
// the store, so several processes can serve one PostgreSQL.
class HubStore {
public:
    virtual ~HubStore() = default;

    virtual School addSchool(const QString &name, qint64 nowMs) = 0;
    virtual QList<School> schools() = 0;
    // A fresh one-time code for `schoolId`, valid until `expiresAtMs`; empty if
    // the school does not exist. Only its hash is stored.
    virtual QString addEnrollmentCode(const QString &schoolId, qint64 expiresAtMs) = 0;
    // Enrolls a new device. An id that is already enrolled is refused (its
    // credential is kept, and so is the code) unless the administrator allowed
    // it to enroll once more; then its credential and public key are replaced.
    virtual EnrollResult enroll(const QString &code, const QString &deviceId, const QString &deviceName,
                                const QByteArray &publicKey, qint64 nowMs) = 0;
    // Lets an active device enroll once more until `untilMs` (a replaced kiosk).
    virtual ReenrollPermit allowReenrollment(const QString &deviceId, qint64 untilMs) = 0;
    virtual QList<Device> devices() = 0;
    virtual bool revoke(const QString &deviceId, qint64 nowMs) = 0;
    // The device a credential belongs to (revoked devices included: the
    // caller tells them apart), or nothing for an unknown credential.
    virtual std::optional<Device> deviceForToken(const QString &token, qint64 nowMs) = 0;

    // Keeps rows of one school idempotently by stamp; returns how many were new.
    virtual int push(const QString &schoolId, const QString &deviceId, const QList<ChangeRow> &rows) = 0;
    // A school's rows after `cursor`, in the hub's order, leaving out `exceptDevice`'s own.
    virtual PullChunk pull(const QString &schoolId, const QString &exceptDevice, qint64 cursor, int limit) = 0;
    // The payloads of a school's rows of one table, in the hub's order (for
    // the few rows key_guard.h checks: a school has one mailbox key row).
    virtual QList<QByteArray> payloadsOf(const QString &schoolId, const QString &entity) = 0;
};

// Opens the store named by `where`: a PostgreSQL connection string when it
// starts with "postgres", otherwise a folder for the SQLite file. Throws
// std::runtime_error with a message for a person when it cannot.
std::unique_ptr<HubStore> openHubStore(const QString &where, int connections);

// A change stamped further ahead of the hub's clock than this is refused, with
// its whole chunk or file: one kiosk whose clock says 2099 would otherwise win
// every merge of the records it touched, on every replica, for ever.
inline constexpr qint64 kMaxClockAheadMs = 5 * 60 * 1000;
// The first row whose stamp is more than kMaxClockAheadMs after `nowMs`, or null.
const ChangeRow *firstRowAhead(const QList<ChangeRow> &rows, qint64 nowMs);
// "2031-05-02 08:00 UTC", or "far in the future" past the year 9999, for messages.
QString stampTimeInWords(qint64 wallMs);

// Names from kiosks and from the administrator end up in a terminal
// (`qinqing-hub devices`) and on kiosk screens. Unprintable here: C0 and C1
// control characters and DEL (new lines, tabs, escape sequences), bidi
// embeddings, overrides, isolates and marks, line and paragraph separators.
bool isUnprintable(char32_t c);
// `text` with each unprintable character as a space, spaces collapsed and
// trimmed, at most `maxLength` characters.
QString plainName(const QString &text, qsizetype maxLength);
// `text` for one terminal line: each unprintable character written as \xHH or \uHHHH.
QString printable(const QString &text);
// A device id as change stamps carry it: 1 to 64 ASCII letters, digits, '-' and '_'.
bool isDeviceId(const QString &text);

// The hub's folder and files are its own (credentials' hashes, every school's
// changes, the TLS key): the folder is made 0700 and the files 0600 whatever
// the umask, and an older hub's more open ones are narrowed. Throws
// std::runtime_error when the folder cannot be made.
void makePrivateFolder(const QString &folder);
void makePrivateFile(const QString &path); // if it exists

// Tokens and codes: random, and stored only as SHA-256 hex.
QString newSecret(int bytes);
QString secretHash(const QString &secret);
// Enrollment codes people can type: 12 letters and digits with no 0/O/1/I/L, grouped 4-4-4.
QString newEnrollmentCode();
QString normalizedEnrollmentCode(const QString &typed);

} // namespace qq::hub
