#include "tls_identity.h"

#include "hub_store.h"
#include "sync_bundle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

namespace qq::hub {

namespace {

template <typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

[[noreturn]] void fail(const QString &why)
{
    throw std::runtime_error(why.toStdString());
}

QByteArray pem(auto write)
{
    Owned<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get()))
        fail(QStringLiteral("cannot write the hub's TLS identity"));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

void writePrivate(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.setPermissions(permissions)
        || !file.commit())
        fail(QStringLiteral("cannot write %1").arg(path));
}

void create(const TlsIdentity &identity, const QString &commonName)
{
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> cert(X509_new());
    if (!key || !cert)
        fail(QStringLiteral("cannot make a key for the hub"));
    X509_set_version(cert.get(), 2);
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    unsigned char serial[sizeof random];
    memcpy(serial, random, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    Owned<BIGNUM, BN_free> serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        fail(QStringLiteral("cannot sign the hub's certificate"));
    writePrivate(identity.keyPath, pem([&](BIO *bio) {
                     return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
                 }),
                 QFile::ReadOwner | QFile::WriteOwner);
    writePrivate(identity.certificatePath, pem([&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); }),
                 QFile::ReadOwner | QFile::WriteOwner);
}

QString certificateDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    const QByteArray bytes = file.readAll();
    Owned<BIO, BIO_free_all> bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    Owned<X509, X509_free> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        fail(QStringLiteral("%1 is not a PEM certificate").arg(path));
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert.get(), &der);
    if (size <= 0)
        fail(QStringLiteral("%1 is not a PEM certificate").arg(path));
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(der, size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QString::fromLatin1(digest.toHex());
}

} // namespace

TlsIdentity loadOrCreateTlsIdentity(const QString &folder, const QString &commonName)
{
    makePrivateFolder(folder);
    const QDir dir(folder);
    TlsIdentity identity{dir.filePath(QStringLiteral("hub-key.pem")), dir.filePath(QStringLiteral("hub-cert.pem")), {}};
    if (!QFile::exists(identity.keyPath) || !QFile::exists(identity.certificatePath))
        create(identity, commonName);
    makePrivateFile(identity.keyPath);
    makePrivateFile(identity.certificatePath);
    identity.certificateSha256 = certificateDigest(identity.certificatePath);
    return identity;
}

HubSigningKey loadOrCreateSigningKey(const QString &folder)
{
    makePrivateFolder(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("hub-signing.key"));
    if (!QFile::exists(path)) {
        const SyncBundle::KeyPair pair = SyncBundle::newKeyPair();
        writePrivate(path, pair.secretKey.toBase64() + '\n', QFile::ReadOwner | QFile::WriteOwner);
    }
    makePrivateFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    const auto secret =
        QByteArray::fromBase64Encoding(file.readAll().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray publicKey = secret ? SyncBundle::publicKeyOf(secret.decoded) : QByteArray();
    if (publicKey.isEmpty())
        fail(QStringLiteral("%1 is damaged: it is not the hub's signing key").arg(path));
    return {publicKey, secret.decoded};
}

} // namespace qq::hub
