// Sync over loopback with real processes: a qinqing-hub (SQLite, or
// PostgreSQL with --postgres) and the kiosk's SyncClient in this process.
//   sync_first_<store>_rps  first sync of a kiosk with --records change rows
//                           (visits of a demo school), pushed to the hub and
//                           committed there; records per second.
//   sync_incremental_ms     (SQLite) 100 new changes pushed, and a pull that
//                           finds nothing new, TLS handshake included; median of 9.
//                           Goal ≤ 100 ms.
#include "clock.h"
#include "demo_school.h"
#include "enrollment_link.h"
#include "kiosk_store.h"
#include "sync_client.h"
#include "visits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace qq;

namespace {

QString hubBinary, postgres;

QStringList storeArgs(const QString &dir)
{
    QStringList args{QStringLiteral("--data"), dir};
    if (!postgres.isEmpty())
        args << QStringLiteral("--postgres") << postgres;
    return args;
}

QString admin(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.start(hubBinary, storeArgs(dir) + args);
    process.waitForFinished(60000);
    if (process.exitCode() != 0) {
        std::fprintf(stderr, "bench_sync: qinqing-hub %s failed: %s\n", qPrintable(args.join(u' ')),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

bool runSync(SyncClient &client)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &SyncClient::syncFinished, &loop, [&](bool success, const QString &message) {
        ok = success;
        if (!success)
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
        loop.quit();
    });
    client.syncNow();
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    hubBinary = args.value(1);
    int records = 100000;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--postgres")
            postgres = args.at(i + 1);
        else if (args.at(i) == u"--records")
            records = args.at(i + 1).toInt();
    }
    const QString store = postgres.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgres");

    QTemporaryDir hubDir, kioskDir;
    const QString school = admin(hubDir.path(), {QStringLiteral("add-school"), QStringLiteral("Bench")});
    QProcess hub;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QINQING_HUB_QUIET"), QStringLiteral("1"));
    hub.setProcessEnvironment(env);
    hub.start(hubBinary, storeArgs(hubDir.path())
                             + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                           QStringLiteral("0"), QStringLiteral("serve")});
    hub.waitForReadyRead(15000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral(":(\\d+) \\(")).match(QString::fromLocal8Bit(hub.readLine()));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_sync: the hub did not start\n");
        return 1;
    }
    QThread::msleep(200);
    const QString hubUrl = QStringLiteral("https://127.0.0.1:%1").arg(match.captured(1));

    // A kiosk with a school and `records` changes: visits, signed in and out by the teacher.
    ManualClock clock(1'795'000'000'000);
    std::unique_ptr<KioskStore> kiosk = KioskStore::open(kioskDir.path(), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.children = 500;
    options.classes = 10;
    options.photos = false;
    createDemoSchool(*kiosk, options);
    const QList<Child> children = kiosk->roster().allChildren();
    {
        Transaction tx(kiosk->db());
        for (int made = 0; made < records;) {
            for (int step = 0; step < 2 && made < records; ++step) {
                for (const Child &child : children) {
                    if (made >= records)
                        break;
                    clock.advance(1000);
                    step == 0 ? kiosk->visits().signIn(child.id, Actor::Teacher)
                              : kiosk->visits().signOut(child.id, Actor::Teacher);
                    ++made;
                }
            }
        }
        tx.commit();
    }
    SyncClient client(kiosk->db(), kiosk->changeLog(), clock);
    client.setChunkRows(5000);
    {
        QString error;
        const QString link = admin(hubDir.path(), {QStringLiteral("enroll-code"), school, QStringLiteral("--url"), hubUrl})
                                 .split(u'\n')
                                 .last();
        QEventLoop loop;
        bool enrolled = false;
        QObject::connect(&client, &SyncClient::enrollFinished, &loop, [&](bool ok, const QString &message) {
            enrolled = ok;
            if (!ok)
                std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
            loop.quit();
        });
        client.enroll(*EnrollmentLink::parse(link, &error), QStringLiteral("bench"));
        loop.exec();
        if (!enrolled)
            return 1;
    }
    const int total = client.waitingToPush();
    QElapsedTimer timer;
    timer.start();
    if (!runSync(client))
        return 1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench: sync_first_%s_rps %.0f records/s\n", qPrintable(store), total / seconds);
    std::fprintf(stderr, "bench_sync: %d records in %.2f s (%s hub)\n", total, seconds, qPrintable(store));

    if (postgres.isEmpty()) {
        std::vector<double> times;
        for (int run = 0; run < 9; ++run) {
            {
                Transaction tx(kiosk->db());
                for (int i = 0; i < 100; ++i) {
                    clock.advance(1000);
                    const Child &child = children.at(i % children.size());
                    i < 50 ? kiosk->visits().signIn(child.id, Actor::Teacher)
                           : kiosk->visits().signOut(children.at(i - 50).id, Actor::Teacher);
                }
                tx.commit();
            }
            SyncClient fresh(kiosk->db(), kiosk->changeLog(), clock); // a new connection: the handshake counts
            timer.restart();
            if (!runSync(fresh))
                return 1;
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("bench: sync_incremental_ms %.1f ms\n", times[times.size() / 2]);
    }
    hub.terminate();
    hub.waitForFinished(5000);
    return 0;
}
