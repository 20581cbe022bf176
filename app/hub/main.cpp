// qinqing-hub: the school or district hub kiosks sync with.
#include "change_set_digest.h"
#include "enrollment_link.h"
#include "hub_server.h"
#include "hub_store.h"
#include "key_guard.h"
#include "sync_bundle.h"
#include "tls_identity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QImage>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <malloc.h>
#include <sys/stat.h>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace qq;
using namespace qq::hub;

namespace {

HubServer *g_server = nullptr;

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int failWith(const QString &text)
{
    std::fprintf(stderr, "qinqing-hub: %s\n", text.toLocal8Bit().constData());
    return 1;
}

// The QR code in the terminal (two rows per line of half blocks) and, if asked, as a PNG.
void showQr(const QString &text, const QString &pngPath)
{
    const ZXing::BitMatrix matrix =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setMargin(2).encode(text.toStdString(), 0, 0);
    for (int y = 0; y < matrix.height(); y += 2) {
        QString line;
        for (int x = 0; x < matrix.width(); ++x) {
            const bool top = matrix.get(x, y), bottom = y + 1 < matrix.height() && matrix.get(x, y + 1);
            line += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        print(line);
    }
    if (pngPath.isEmpty())
        return;
    const int scale = 8;
    QImage image(matrix.width() * scale, matrix.height() * scale, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, matrix.get(x / scale, y / scale) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    if (image.save(pngPath))
        print(QStringLiteral("QR code written to %1").arg(pngPath));
    else
        failWith(QStringLiteral("could not write %1").arg(pngPath));
}

// All or nothing: the file's signature and every chunk are checked before any is stored.
int importBundle(HubStore &store, const QString &path, qint64 nowMs)
{
    const QList<Device> known = store.devices();
    std::optional<Device> sender;
    // The signer must be an enrolled, unrevoked device with a key, and the file must be for this hub.
    const auto keyFor = [&](const QString &signer, const QString &recipient, QString *why) -> QByteArray {
        const auto device = std::find_if(known.begin(), known.end(), [&](const Device &d) { return d.id == signer; });
        if (recipient != QLatin1String(SyncBundle::kHub))
            *why = QStringLiteral("%1 is a file for a kiosk, not for the hub: refused, nothing was stored").arg(path);
        else if (device == known.end())
            *why = QStringLiteral("%1 is signed by a device this hub does not know: enroll it first; nothing was "
                                  "stored")
                       .arg(path);
        else if (device->revokedAtMs)
            *why = QStringLiteral("%1 comes from a device that was removed from this hub: refused, nothing was "
                                  "stored")
                       .arg(path);
        else if (device->publicKey.isEmpty())
            *why = QStringLiteral("%1 comes from device %2, which enrolled before sync files were signed, so this "
                                  "hub has no key to check it with: refused, nothing was stored. Enroll the kiosk "
                                  "again (qinqing-hub re-enroll %2, then a new code), and export the file again.")
                       .arg(path, device->id);
        else
            sender = *device;
        return sender ? sender->publicKey : QByteArray();
    };
    QString error;
    const std::optional<SyncBundle::Bundle> bundle = SyncBundle::read(path, keyFor, &error);
    if (!bundle)
        return failWith(error);
    for (const ChangeBatch &chunk : bundle->chunks) {
        // Only the signer's own changes: its id is the chunk's and every stamp's.
        bool own = chunk.deviceId == sender->id;
        for (const ChangeRow &row : chunk.rows)
            own = own && row.hlc.deviceId == sender->id;
        if (!own)
            return failWith(QStringLiteral("%1 is signed by device %2 but holds changes of another device: refused, "
                                           "nothing was stored")
                                .arg(path, sender->id));
        if (const ChangeRow *ahead = firstRowAhead(chunk.rows, nowMs))
            return failWith(QStringLiteral("%1 holds a change stamped %2, more than 5 minutes ahead of this hub's "
                                           "clock (%3): refused, nothing was stored. Check the kiosk's date and "
                                           "time, and this hub's.")
                                .arg(path, stampTimeInWords(ahead->hlc.wallMs), stampTimeInWords(nowMs)));
    }
    int stored = 0, received = 0, refused = 0;
    for (const ChangeBatch &chunk : bundle->chunks) {
        const ScreenedRows screened = screenKeyRows(store, sender->schoolId, chunk.rows);
        stored += store.push(sender->schoolId, sender->id, screened.kept);
        received += int(chunk.rows.size());
        refused += screened.refused;
    }
    print(QStringLiteral("%1 changes read, %2 new").arg(received).arg(stored));
    if (refused)
        print(QStringLiteral("%1 change(s) of the mailbox's keys were refused: not signed by this school's "
                             "counselor, or a delete of a key")
                  .arg(refused));
    return 0;
}

// Signed with the hub's key, for that device alone.
int exportBundle(HubStore &store, const QString &folder, const QString &deviceId, const QString &path)
{
    std::optional<Device> device;
    for (const Device &known : store.devices())
        if (known.id == deviceId)
            device = known;
    if (!device || device->revokedAtMs)
        return failWith(QStringLiteral("no enrolled device %1").arg(deviceId));
    QList<ChangeBatch> chunks;
    qint64 cursor = 0;
    for (bool more = true; more;) {
        const PullChunk chunk = store.pull(device->schoolId, device->id, cursor, ChangeFeed::kMaxRows);
        ChangeBatch batch{QLatin1String(SyncBundle::kHub), chunk.rows, QString::number(chunk.cursor), chunk.more,
                          QDateTime::currentMSecsSinceEpoch()};
        chunks.append(batch);
        cursor = chunk.cursor;
        more = chunk.more;
    }
    const HubSigningKey key = loadOrCreateSigningKey(folder);
    QString error;
    if (!SyncBundle::write(path, chunks, {QLatin1String(SyncBundle::kHub), device->id, key.secretKey}, &error))
        return failWith(error);
    print(QStringLiteral("%1 written").arg(path));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the hub writes (its store, TLS key, USB files for kiosks) is
    // for its own user alone, whatever umask it was started with.
    ::umask(0077);
    // Large blocks (request bodies, decoded chunks) from mmap, returned to the
    // system when freed: glibc would otherwise keep them in each worker
    // thread's arena, and many workers would hold many chunks' worth.
    ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qinqing-hub"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Qinqing hub.\n"
                       "  serve                      run the HTTPS hub\n"
                       "  add-school NAME            add a school; prints its id\n"
                       "  schools                    list schools\n"
                       "  enroll-code SCHOOL_ID      a one-time code (and QR) for one kiosk\n"
                       "  devices                    list enrolled devices\n"
                       "  revoke DEVICE_ID           refuse a device from now on\n"
                       "  re-enroll DEVICE_ID        let an enrolled device enroll once more (a replaced kiosk)\n"
                       "  import-bundle FILE         read a kiosk's USB sync file\n"
                       "  export-bundle DEVICE_ID FILE   write a USB sync file for a kiosk\n"
                       "  digest SCHOOL_ID           count and fingerprint of a school's changes"));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("The hub's folder: TLS key and certificate, signing key, and the "
                                                 "SQLite store."),
                                  QStringLiteral("dir"), QStringLiteral("hub-data"));
    const QCommandLineOption postgres(
        QStringLiteral("postgres"), QStringLiteral("Keep the data in PostgreSQL instead (a libpq connection string)."),
        QStringLiteral("conninfo"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                    QStringLiteral("address"), QStringLiteral("0.0.0.0"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free port, printed)."),
                                  QStringLiteral("port"), QStringLiteral("8443"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Requests that use the store at once (PostgreSQL connections)."),
                                     QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption connections(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once (at least --threads); as many more wait, and more are refused."),
        QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The address kiosks reach this hub at."),
                                 QStringLiteral("https-url"));
    const QCommandLineOption hours(QStringLiteral("hours"),
                                   QStringLiteral("How long a code, or a permission to enroll again, stays valid."),
                                   QStringLiteral("hours"), QStringLiteral("72"));
    const QCommandLineOption qr(QStringLiteral("qr"), QStringLiteral("Also write the QR code to this PNG file."),
                                QStringLiteral("file"));
    parser.addOptions({data, postgres, listen, port, threads, connections, url, hours, qr});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);
    const QString command = args.first();
    const int threadCount = std::clamp(parser.value(threads).toInt(), 1, 256);

    try {
        const QString folder = parser.value(data);
        std::unique_ptr<HubStore> store = openHubStore(parser.isSet(postgres) ? parser.value(postgres) : folder,
                                                       command == u"serve" ? threadCount : 1);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        if (command == u"serve") {
            const TlsIdentity identity = loadOrCreateTlsIdentity(folder, QHostInfo::localHostName());
            const HubSigningKey signingKey = loadOrCreateSigningKey(folder);
            HubServer server(*store, identity, signingKey.publicKey,
                             std::clamp(parser.value(connections).toInt(), threadCount, 1000));
            g_server = &server;
            // A kiosk that hangs up mid-answer must not take the hub down with it.
            std::signal(SIGPIPE, SIG_IGN);
            std::signal(SIGTERM, [](int) { g_server->stop(); });
            std::signal(SIGINT, [](int) { g_server->stop(); });
            int listening = parser.value(port).toInt();
            if (listening == 0) {
                listening = server.bindToAnyPort(parser.value(listen));
                if (listening < 0)
                    return failWith(QStringLiteral("cannot listen on %1").arg(parser.value(listen)));
            }
            print(QStringLiteral("qinqing-hub: listening on https://%1:%2 (certificate sha256 %3)")
                      .arg(parser.value(listen))
                      .arg(listening)
                      .arg(identity.certificateSha256));
            const bool ok = parser.value(port).toInt() == 0 ? server.listenAfterBind()
                                                            : server.listen(parser.value(listen), listening);
            return ok ? 0 : 1;
        }
        if (command == u"add-school" && args.size() == 2) {
            const QString name = args.at(1).trimmed();
            const QList<uint> characters = name.toUcs4();
            if (name.isEmpty() || characters.size() > 200
                || std::any_of(characters.begin(), characters.end(), [](uint c) { return isUnprintable(c); }))
                return failWith(QStringLiteral("a school's name is one line of at most 200 characters, without "
                                               "control characters, escape codes or direction marks"));
            print(store->addSchool(name, now).id);
            return 0;
        }
        if (command == u"schools") {
            for (const School &school : store->schools())
                print(school.id + QLatin1Char('\t') + printable(school.name));
            return 0;
        }
        if (command == u"enroll-code" && args.size() == 2) {
            const TlsIdentity identity = loadOrCreateTlsIdentity(folder, QHostInfo::localHostName());
            const qint64 expires = now + qint64(std::max(1, parser.value(hours).toInt())) * 3600 * 1000;
            const QString code = store->addEnrollmentCode(args.at(1), expires);
            if (code.isEmpty())
                return failWith(QStringLiteral("no school with id %1 (see: qinqing-hub schools)").arg(args.at(1)));
            const QString hubUrl = parser.isSet(url)
                ? parser.value(url)
                : QStringLiteral("https://%1:%2").arg(QHostInfo::localHostName(), parser.value(port));
            const EnrollmentLink link{hubUrl, code, identity.certificateSha256};
            showQr(link.toText(), parser.value(qr));
            print(QStringLiteral("code: %1  (valid until %2)")
                      .arg(code, QDateTime::fromMSecsSinceEpoch(expires).toString(Qt::ISODate)));
            print(QStringLiteral("hub: %1").arg(hubUrl));
            print(QStringLiteral("certificate: %1").arg(identity.certificateSha256));
            print(link.toText());
            return 0;
        }
        if (command == u"devices") {
            for (const Device &device : store->devices()) {
                QString state = device.revokedAtMs ? QStringLiteral("revoked") : QStringLiteral("active");
                if (!device.revokedAtMs && device.reenrollUntilMs && *device.reenrollUntilMs >= now)
                    state += QStringLiteral(", may enroll again until %1")
                                 .arg(QDateTime::fromMSecsSinceEpoch(*device.reenrollUntilMs).toString(Qt::ISODate));
                if (!device.revokedAtMs && device.publicKey.isEmpty())
                    state += QStringLiteral(", no device key (enrolled before USB files were signed): re-enroll it");
                print(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(printable(device.id), device.schoolId, printable(device.name), state));
            }
            return 0;
        }
        if (command == u"re-enroll" && args.size() == 2) {
            const qint64 until = now + qint64(std::max(1, parser.value(hours).toInt())) * 3600 * 1000;
            switch (store->allowReenrollment(args.at(1), until)) {
            case ReenrollPermit::UnknownDevice:
                return failWith(QStringLiteral("no device %1 (see: qinqing-hub devices)").arg(args.at(1)));
            case ReenrollPermit::Revoked:
                return failWith(QStringLiteral("device %1 was removed from this hub and cannot enroll again; "
                                               "give the new kiosk its own device id")
                                    .arg(args.at(1)));
            case ReenrollPermit::Allowed:
                break;
            }
            print(QStringLiteral("device %1 may enroll once more until %2, with a new code (qinqing-hub enroll-code); "
                                 "its present credential works until then")
                      .arg(args.at(1), QDateTime::fromMSecsSinceEpoch(until).toString(Qt::ISODate)));
            return 0;
        }
        if (command == u"revoke" && args.size() == 2) {
            if (!store->revoke(args.at(1), now))
                return failWith(QStringLiteral("no device %1").arg(args.at(1)));
            print(QStringLiteral("revoked %1").arg(args.at(1)));
            return 0;
        }
        if (command == u"digest" && args.size() == 2) {
            QList<ChangeRow> rows;
            qint64 cursor = 0;
            for (bool more = true; more;) {
                const PullChunk chunk = store->pull(args.at(1), {}, cursor, ChangeFeed::kMaxRows);
                rows += chunk.rows;
                cursor = chunk.cursor;
                more = chunk.more;
            }
            print(QStringLiteral("%1 %2").arg(rows.size()).arg(QString::fromLatin1(changeSetDigest(rows))));
            return 0;
        }
        if (command == u"import-bundle" && args.size() == 2)
            return importBundle(*store, args.at(1), now);
        if (command == u"export-bundle" && args.size() == 3)
            return exportBundle(*store, folder, args.at(1), args.at(2));
    } catch (const std::exception &e) {
        return failWith(QString::fromLocal8Bit(e.what()));
    }
    parser.showHelp(2);
}
