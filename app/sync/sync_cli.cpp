// qinqing-sync: a kiosk's sync from the command line.
#include "clock.h"
#include "kiosk_store.h"
#include "sync_client.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace qq;

namespace {
void say(FILE *to, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
    std::fputc('\n', to);
    std::fflush(to);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A Qinqing kiosk's sync.\n"
                                                    "  enroll LINK        join a hub (the text of its QR code)\n"
                                                    "  sync               push and pull until caught up\n"
                                                    "  status             what is waiting, the last success or error\n"
                                                    "  export-bundle FILE this kiosk's changes for the hub (USB)\n"
                                                    "  import-bundle FILE the hub's file for this kiosk (USB)"));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The kiosk's data folder."),
                                  QStringLiteral("dir"));
    const QCommandLineOption chunk(QStringLiteral("chunk"), QStringLiteral("Rows per request."),
                                   QStringLiteral("rows"), QStringLiteral("1000"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("This kiosk's name on the hub."),
                                  QStringLiteral("name"), QStringLiteral("kiosk"));
    parser.addOptions({data, chunk, name});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || !parser.isSet(data))
        parser.showHelp(2);

    SystemClock clock;
    std::unique_ptr<KioskStore> store;
    try {
        store = KioskStore::open(parser.value(data), clock);
    } catch (const StorageException &e) {
        say(stderr, QStringLiteral("qinqing-sync: cannot open the kiosk's data: %1").arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }
    SyncClient client(store->db(), store->changeLog(), clock);
    client.setChunkRows(parser.value(chunk).toInt());
    const QString command = args.first();
    int exitCode = 2;

    if (command == u"enroll" && args.size() == 2) {
        QString error;
        const std::optional<EnrollmentLink> link = EnrollmentLink::parse(args.at(1), &error);
        if (!link) {
            say(stderr, error);
            return 1;
        }
        QObject::connect(&client, &SyncClient::enrollFinished, &app, [&](bool ok, const QString &message) {
            say(ok ? stdout : stderr, message);
            exitCode = ok ? 0 : 1;
            app.quit();
        });
        client.enroll(*link, parser.value(name));
        app.exec();
        return exitCode;
    }
    if (command == u"sync") {
        QObject::connect(&client, &SyncClient::syncFinished, &app, [&](bool ok, const QString &message) {
            say(ok ? stdout : stderr, message);
            exitCode = ok ? 0 : 1;
            app.quit();
        });
        client.syncNow();
        app.exec();
        return exitCode;
    }
    if (command == u"status") {
        say(stdout, QStringLiteral("hub: %1\nschool: %2\nwaiting to send: %3\nlast success: %4\nlast error: %5")
                        .arg(client.hubUrl(), client.schoolName())
                        .arg(client.waitingToPush())
                        .arg(client.lastSuccessMs())
                        .arg(client.lastError()));
        return 0;
    }
    if (command == u"export-bundle" && args.size() == 2) {
        QString error;
        if (!client.exportBundle(args.at(1), &error)) {
            say(stderr, error);
            return 1;
        }
        return 0;
    }
    if (command == u"import-bundle" && args.size() == 2) {
        QString error;
        const int added = client.importBundle(args.at(1), &error);
        if (added < 0) {
            say(stderr, error);
            return 1;
        }
        say(stdout, QStringLiteral("%1 new changes").arg(added));
        return 0;
    }
    parser.showHelp(2);
}
