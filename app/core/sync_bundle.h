#pragma once

#include "change_feed.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace qq {

// Sync without a network: change chunks in a file carried on a USB stick,
// one encoded chunk per line. Reading is as strict as the wire (each line is
// a chunk ChangeFeed::decode accepts) and all or nothing: a truncated or
// damaged file is refused whole with the line it failed on. Storing chunks is
// idempotent, so a bundle imported twice, or overlapping a network sync,
// changes nothing the second time.
//
// Files are signed (docs/sync.md, "USB files"): the first line is
// `qinqing-sync-bundle 2`, then one chunk per line, and the last line is
// `{"for":R,"sig":S,"signer":D}`, where D is the signing device's id (or
// "hub"), R the one the file is for (a device id, or "hub"), and S the
// base64 Ed25519ph signature (RFC 8032; libsodium crypto_sign_final_create)
// over every byte before that line followed by `D\nR\n`. A kiosk signs with
// the key pair it made when it enrolled, the hub with its own.
namespace SyncBundle {

inline constexpr const char *kSuffix = ".qqsync";
inline constexpr const char *kHub = "hub"; // the hub as signer or recipient

// Ed25519 keys (libsodium crypto_sign): 32-byte public, 64-byte secret keys.
inline constexpr qsizetype kPublicKeyBytes = 32;
inline constexpr qsizetype kSecretKeyBytes = 64;
struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};
KeyPair newKeyPair();
// The public half of a secret key, or empty when it is not one.
QByteArray publicKeyOf(const QByteArray &secretKey);

struct Signer {
    QString id; // a device id, or kHub
    QString recipient; // a device id, or kHub
    QByteArray secretKey;
};

struct Bundle {
    QString signer;
    QString recipient;
    QList<ChangeBatch> chunks;
};

// The signer's public key for a file from `signer` meant for `recipient`, or
// empty with `why` (plain words) to refuse the file.
using KeyLookup = std::function<QByteArray(const QString &signer, const QString &recipient, QString *why)>;

// Through QSaveFile: a stick pulled out mid-write leaves the old file or none.
bool write(const QString &path, const QList<ChangeBatch> &chunks, const Signer &signer, QString *error);
// Refuses, with words, a file that is damaged, cut short, unsigned, or whose
// signature is not that of the key `keyFor` gives for its signer.
std::optional<Bundle> read(const QString &path, const KeyLookup &keyFor, QString *error);

} // namespace SyncBundle
} // namespace qq
