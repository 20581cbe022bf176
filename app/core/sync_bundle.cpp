#include "sync_bundle.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace qq::SyncBundle {

namespace {
// A school's whole history fits many times over; a stray huge file is refused before it is read.
constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr const char *kMagic = "qinqing-sync-bundle 2";
constexpr const char *kUnsignedMagic = "qinqing-sync-bundle 1"; // before files were signed
constexpr qsizetype kMaxSignatureLine = 512;

void initSodium()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// What follows the file's bytes in the signed message: who signed it, for whom.
QByteArray trailer(const QString &signer, const QString &recipient)
{
    return signer.toUtf8() + '\n' + recipient.toUtf8() + '\n';
}

bool isName(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return false;
    return true;
}
} // namespace

KeyPair newKeyPair()
{
    initSodium();
    KeyPair pair{QByteArray(kPublicKeyBytes, Qt::Uninitialized), QByteArray(kSecretKeyBytes, Qt::Uninitialized)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != kSecretKeyBytes)
        return {};
    initSodium();
    QByteArray key(kPublicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.data()), bytes(secretKey));
    return key;
}

bool write(const QString &path, const QList<ChangeBatch> &chunks, const Signer &signer, QString *error)
{
    initSodium();
    if (signer.secretKey.size() != kSecretKeyBytes || !isName(signer.id) || !isName(signer.recipient)) {
        if (error)
            *error = QCoreApplication::translate("SyncBundle", "There is no key to sign %1 with.").arg(path);
        return false;
    }
    crypto_sign_state state;
    crypto_sign_init(&state);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    const auto put = [&](const QByteArray &line) {
        ok = ok && file.write(line) == line.size();
        crypto_sign_update(&state, bytes(line), quint64(line.size()));
    };
    put(QByteArray(kMagic) + '\n');
    for (const ChangeBatch &chunk : chunks) {
        if (!ok)
            break;
        put(ChangeFeed::encode(chunk) + '\n');
    }
    const QByteArray signed_ = trailer(signer.id, signer.recipient);
    crypto_sign_update(&state, bytes(signed_), quint64(signed_.size()));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_final_create(&state, reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             bytes(signer.secretKey));
    const QByteArray line = QJsonDocument(QJsonObject{{"signer", signer.id},
                                                      {"for", signer.recipient},
                                                      {"sig", QString::fromLatin1(signature.toBase64())}})
                                .toJson(QJsonDocument::Compact)
        + '\n';
    ok = ok && file.write(line) == line.size();
    ok = ok && file.commit();
    if (!ok && error)
        *error = QCoreApplication::translate("SyncBundle", "Could not write %1: %2").arg(path, file.errorString());
    return ok;
}

std::optional<Bundle> read(const QString &path, const KeyLookup &keyFor, QString *error)
{
    initSodium();
    auto refuse = [&](const QString &why) -> std::optional<Bundle> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("SyncBundle", "Could not open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return refuse(QCoreApplication::translate("SyncBundle", "%1 is too large to be a sync file.").arg(path));
    crypto_sign_state state;
    crypto_sign_init(&state);
    const QByteArray magic = file.readLine(64);
    if (magic.trimmed() == kUnsignedMagic)
        return refuse(QCoreApplication::translate("SyncBundle",
                                                  "%1 is not signed (it was written by an older version): refused, "
                                                  "nothing was stored. Export it again with this version.")
                          .arg(path));
    if (magic != QByteArray(kMagic) + '\n')
        return refuse(QCoreApplication::translate("SyncBundle", "%1 is not a Qinqing sync file.").arg(path));
    crypto_sign_update(&state, bytes(magic), quint64(magic.size()));
    Bundle bundle;
    int lineNumber = 1;
    QByteArray line;
    for (;;) {
        ++lineNumber;
        if (file.atEnd())
            return refuse(QCoreApplication::translate("SyncBundle",
                                                      "%1 has no signature at line %2: it was cut short, or not "
                                                      "written by a kiosk or hub. Refused, nothing was stored.")
                              .arg(path)
                              .arg(lineNumber));
        line = file.readLine(ChangeFeed::kMaxBytes + 2);
        if (!line.endsWith('\n'))
            return refuse(QCoreApplication::translate("SyncBundle", "%1 is cut short at line %2: copy it again.")
                              .arg(path)
                              .arg(lineNumber));
        if (file.atEnd())
            break; // the last line: the signature
        crypto_sign_update(&state, bytes(line), quint64(line.size()));
        line.chop(1);
        QString why;
        std::optional<ChangeBatch> chunk = ChangeFeed::decode(line, &why);
        if (!chunk)
            return refuse(QCoreApplication::translate("SyncBundle", "%1 is damaged at line %2 (%3): copy it again.")
                              .arg(path)
                              .arg(lineNumber)
                              .arg(why));
        bundle.chunks.append(std::move(*chunk));
    }
    // {"for": R, "sig": S, "signer": D}, nothing more.
    QJsonParseError parse;
    const QJsonDocument doc =
        line.size() <= kMaxSignatureLine ? QJsonDocument::fromJson(line, &parse) : QJsonDocument();
    const QJsonObject signature = doc.object();
    bundle.signer = signature.value("signer").toString();
    bundle.recipient = signature.value("for").toString();
    const auto decoded = QByteArray::fromBase64Encoding(signature.value("sig").toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!doc.isObject() || signature.size() != 3 || !isName(bundle.signer) || !isName(bundle.recipient) || !decoded
        || decoded.decoded.size() != crypto_sign_BYTES)
        return refuse(QCoreApplication::translate("SyncBundle",
                                                  "%1 has no signature at line %2: it was cut short, or not "
                                                  "written by a kiosk or hub. Refused, nothing was stored.")
                          .arg(path)
                          .arg(lineNumber));
    QString why;
    const QByteArray publicKey = keyFor(bundle.signer, bundle.recipient, &why);
    if (publicKey.size() != kPublicKeyBytes)
        return refuse(why.isEmpty() ? QCoreApplication::translate("SyncBundle",
                                                                  "%1 is signed by %2, whose key is "
                                                                  "not known here: refused.")
                                          .arg(path, bundle.signer)
                                    : why);
    const QByteArray signed_ = trailer(bundle.signer, bundle.recipient);
    crypto_sign_update(&state, bytes(signed_), quint64(signed_.size()));
    if (crypto_sign_final_verify(&state, bytes(decoded.decoded), bytes(publicKey)) != 0)
        return refuse(QCoreApplication::translate("SyncBundle",
                                                  "%1 is not signed with the key of %2: it was changed after it "
                                                  "was written, or made by someone else. Refused, nothing was "
                                                  "stored.")
                          .arg(path,
                               bundle.signer == QLatin1String(kHub)
                                   ? QCoreApplication::translate("SyncBundle", "the hub")
                                   : bundle.signer));
    return bundle;
}

} // namespace qq::SyncBundle
