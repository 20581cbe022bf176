#include "mailbox_trust.h"

#include "change_log.h"
#include "database.h"

#include <QCborArray>
#include <QCborValue>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcTrust, "qinqing.mailbox.trust")

namespace qq::MailboxTrust {
namespace {

constexpr const char *kPinState = "mailbox.identity";
constexpr const char *kAlertState = "mailbox.alert";

struct KeyRow {
    QString name;
    QByteArray publicKey, passSalt, passLocked, recoverySalt, recoveryLocked, identity, signature;
    qint64 ops = 0, mem = 0, createdAt = 0;
};

// What the signature covers, in one fixed form on every kiosk.
QByteArray message(const KeyRow &row)
{
    QCborArray fields{QStringLiteral("qinqing mailbox key v1"),
                      row.name,
                      row.publicKey,
                      row.passSalt,
                      row.ops,
                      row.mem,
                      row.passLocked,
                      row.recoverySalt,
                      row.recoveryLocked,
                      row.createdAt,
                      row.identity};
    return QCborValue(fields).toCbor();
}

std::optional<KeyRow> loadRow(Database &db)
{
    Statement stmt = db.prepare("SELECT counselor_name, public_key, pass_salt, pass_ops, pass_mem, pass_locked_key,"
                                " recovery_salt, recovery_locked_key, created_at, identity_key, signature"
                                " FROM mailbox_keys WHERE id = 1");
    if (!stmt.step())
        return std::nullopt;
    KeyRow row;
    row.name = stmt.text(0);
    row.publicKey = stmt.blob(1);
    row.passSalt = stmt.blob(2);
    row.ops = stmt.int64(3);
    row.mem = stmt.int64(4);
    row.passLocked = stmt.blob(5);
    row.recoverySalt = stmt.blob(6);
    row.recoveryLocked = stmt.blob(7);
    row.createdAt = stmt.int64(8);
    row.identity = stmt.blob(9);
    row.signature = stmt.blob(10);
    return row;
}

// A payload value: text, a number, or {"b64": …} (ChangeLog's own forms).
QByteArray blobOf(const QJsonObject &payload, const char *column)
{
    const QJsonValue value = payload.value(QLatin1String(column));
    return value.isObject() ? QByteArray::fromBase64(value.toObject().value(QLatin1String("b64")).toString().toLatin1())
                            : QByteArray();
}

void setAlert(Database &db, Alert alert)
{
    LocalState::set(db, kAlertState, QString::number(int(alert)));
}

bool verify(const KeyRow &row)
{
    return row.identity.size() == crypto_sign_PUBLICKEYBYTES && row.signature.size() == crypto_sign_BYTES
        && row.publicKey.size() == crypto_box_PUBLICKEYBYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(row.signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message(row).constData()),
                                       quint64(message(row).size()),
                                       reinterpret_cast<const unsigned char *>(row.identity.constData()))
        == 0;
}

} // namespace

Identity identityFrom(const SecretBytes &mailboxSecretKey)
{
    Sealing::init();
    unsigned char seed[crypto_sign_SEEDBYTES];
    static const char kLabel[] = "qinqing counselor identity v1";
    crypto_generichash(seed, sizeof seed, mailboxSecretKey.data(), size_t(mailboxSecretKey.size()),
                       reinterpret_cast<const unsigned char *>(kLabel), sizeof kLabel - 1);
    Identity identity{QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), SecretBytes(crypto_sign_SECRETKEYBYTES)};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(identity.publicKey.data()), identity.secretKey.data(),
                             seed);
    sodium_memzero(seed, sizeof seed);
    return identity;
}

void signKeyRow(Database &db, const SecretBytes &mailboxSecretKey)
{
    std::optional<KeyRow> row = loadRow(db);
    if (!row)
        return;
    const Identity identity = identityFrom(mailboxSecretKey);
    row->identity = identity.publicKey;
    const QByteArray signed_ = message(*row);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(signed_.constData()), quint64(signed_.size()),
                         identity.secretKey.data());
    db.prepare("UPDATE mailbox_keys SET identity_key = ?, signature = ? WHERE id = 1")
        .bind(1, identity.publicKey)
        .bind(2, signature)
        .run();
    pin(db, identity.publicKey);
}

bool isKeyRowSigned(Database &db)
{
    const std::optional<KeyRow> row = loadRow(db);
    return row && verify(*row);
}

namespace {
KeyRow rowOf(const QJsonObject &payload)
{
    KeyRow row;
    row.name = payload.value(QLatin1String("counselor_name")).toString();
    row.publicKey = blobOf(payload, "public_key");
    row.passSalt = blobOf(payload, "pass_salt");
    row.ops = payload.value(QLatin1String("pass_ops")).toInteger();
    row.mem = payload.value(QLatin1String("pass_mem")).toInteger();
    row.passLocked = blobOf(payload, "pass_locked_key");
    row.recoverySalt = blobOf(payload, "recovery_salt");
    row.recoveryLocked = blobOf(payload, "recovery_locked_key");
    row.createdAt = payload.value(QLatin1String("created_at")).toInteger();
    row.identity = blobOf(payload, "identity_key");
    row.signature = blobOf(payload, "signature");
    return row;
}
} // namespace

QByteArray signerOf(const QJsonObject &payload)
{
    const KeyRow row = rowOf(payload);
    return verify(row) ? row.identity : QByteArray();
}

bool acceptReceived(Database &db, const QJsonObject &payload)
{
    const KeyRow row = rowOf(payload);
    if (!verify(row)) {
        qCWarning(lcTrust) << "refused a mailbox key nobody signed";
        setAlert(db, Alert::Unsigned);
        return false;
    }
    const QString pinned = pinnedIdentity(db);
    if (pinned.isEmpty()) {
        // A key set up here before rows were signed is not pinned yet: another
        // key must not replace it (its letters would no longer open).
        const std::optional<KeyRow> local = loadRow(db);
        if (local && local->publicKey != row.publicKey) {
            qCWarning(lcTrust) << "refused a mailbox key other than the one set up on this kiosk";
            setAlert(db, Alert::OtherKey);
            return false;
        }
        pin(db, row.identity);
        return true;
    }
    if (pinned != QString::fromLatin1(row.identity.toHex())) {
        qCWarning(lcTrust) << "refused a mailbox key of another identity than the pinned one";
        setAlert(db, Alert::OtherKey);
        return false;
    }
    return true;
}

void refuseDelete(Database &db, const QString &table)
{
    qCWarning(lcTrust) << "refused a received delete of" << table;
    setAlert(db, Alert::Delete);
}

QString pinnedIdentity(Database &db)
{
    return LocalState::get(db, kPinState);
}

void pin(Database &db, const QByteArray &identity)
{
    LocalState::set(db, kPinState, QString::fromLatin1(identity.toHex()));
}

QString fingerprint(const QByteArray &identity)
{
    if (identity.isEmpty())
        return {};
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(identity.constData()),
                       size_t(identity.size()), nullptr, 0);
    const QString hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex()).toUpper();
    return hex.mid(0, 4) + u'-' + hex.mid(4, 4) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4);
}

QString fingerprintOfPinned(Database &db)
{
    return fingerprint(QByteArray::fromHex(pinnedIdentity(db).toLatin1()));
}

Alert alert(Database &db)
{
    const int value = LocalState::get(db, kAlertState, QStringLiteral("0")).toInt();
    return value >= 0 && value <= int(Alert::Delete) ? Alert(value) : Alert::None;
}

void clearAlert(Database &db)
{
    LocalState::set(db, kAlertState, QStringLiteral("0"));
}

} // namespace qq::MailboxTrust
