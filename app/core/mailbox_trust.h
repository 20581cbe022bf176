#pragma once

#include "sealed_box.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace qq {

class Database;

// Trust in the mailbox's public key. The counselor's identity key (Ed25519,
// derived from her mailbox secret key, so it opens with her passphrase and
// needs no storage of its own) signs the whole key row: name, public key and
// both locked copies of the secret key. A kiosk pins the identity on first
// sight (its own set-up, or the first signed row sync brings) and refuses any
// row not signed by the pinned identity, and any delete of the key tables,
// keeping an alert for the teacher. So nothing a hub, a stick or another
// kiosk's credential sends can make letters be sealed to someone else.
namespace MailboxTrust {

struct Identity {
    QByteArray publicKey; // crypto_sign_PUBLICKEYBYTES
    SecretBytes secretKey;
};
Identity identityFrom(const SecretBytes &mailboxSecretKey);

// Signs the kiosk's key row (id 1) in place; inside the caller's transaction.
void signKeyRow(Database &db, const SecretBytes &mailboxSecretKey);
bool isKeyRowSigned(Database &db);

// A received mailbox_keys change, whole row as the change log holds it:
// signed by the identity it names, and that identity the pinned one (pinned
// now if none is). False: refused, and the alert set.
bool acceptReceived(Database &db, const QJsonObject &payload);
// The identity that signed a mailbox_keys row, or empty when nobody did (the
// hub's own check, which pins per school: hub/key_guard.h).
QByteArray signerOf(const QJsonObject &payload);
// A received delete of a key table: always refused (alert set).
void refuseDelete(Database &db, const QString &table);

QString pinnedIdentity(Database &db); // hex, empty when none
void pin(Database &db, const QByteArray &identity);
// "AB12-CD34-EF56-7890": what a teacher compares between kiosks.
QString fingerprint(const QByteArray &identity);
QString fingerprintOfPinned(Database &db);

enum class Alert { None, Unsigned, OtherKey, Delete };
Alert alert(Database &db);
void clearAlert(Database &db);

} // namespace MailboxTrust
} // namespace qq
