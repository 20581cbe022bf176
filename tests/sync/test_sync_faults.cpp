// Three kiosks and a real hub, with a fault-injecting proxy between them:
// dropped, delayed, truncated and duplicated requests and answers, the hub
// killed and restarted mid-sync, a kiosk's sync killed mid-pull. After the
// faults stop and a final sync, every replica holds the same state: the hub
// and every kiosk the same set of changes, every kiosk the same records, and
// every change a kiosk acknowledged is everywhere. Rounds and seed come from
// QINQING_SYNC_ROUNDS and QINQING_SYNC_SEED (make soak runs many more).
#include "change_log.h"
#include "clock.h"
#include "demo_school.h"
#include "hub_api.h"
#include "kiosk_store.h"
#include "library.h"
#include "moods.h"
#include "replica_hash.h"
#include "roster.h"
#include "sync_bundle.h"
#include "sync_client.h"
#include "sync_harness.h"
#include "visits.h"

#include <QEventLoop>
#include <QTimer>

#include <random>

using namespace qq;
using namespace qq::test;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

QStringList ids(Database &db, const char *sql)
{
    QStringList result;
    Statement rows = db.prepare(sql);
    while (rows.step())
        result << rows.text(0);
    return result;
}

// A few things a room does between syncs, as the kiosk's own services do them.
void useKiosk(const QString &dir, std::mt19937 &random, int kiosk, int round, QStringList &acknowledged)
{
    SystemClock clock;
    std::unique_ptr<KioskStore> store = KioskStore::open(dir, clock, TeacherPin::Cost::Minimal);
    QList<Child> children = store->roster().allChildren();
    if (children.isEmpty())
        return; // an empty kiosk waits for the school to arrive
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const int actions = 1 + pick(4);
    for (int i = 0; i < actions; ++i) {
        Child child = children.at(pick(int(children.size())));
        switch (pick(4)) {
        case 0: {
            const VisitOutcome visit = store->visits().toggle(child.id);
            if (visit.status == VisitOutcome::Status::SignedIn) {
                acknowledged << visit.visit.id;
                if (pick(2) == 0)
                    store->moods().record(child.id, visit.visit.id, 1 + pick(5));
            }
            break;
        }
        case 1:
            // The same few children edited on several kiosks: the field merge decides.
            child = children.at(pick(std::min<int>(3, int(children.size()))));
            child.hobbies = QStringLiteral("hobby k%1 r%2").arg(kiosk).arg(round);
            if (pick(2) == 0)
                child.personality = QStringLiteral("personality k%1 r%2").arg(kiosk).arg(round);
            store->roster().updateChild(child);
            break;
        case 2: {
            const QStringList copies = ids(store->db(), "SELECT id FROM book_copies ORDER BY id");
            if (!copies.isEmpty()) {
                const LibraryResult loan = store->library().borrow(child.id, copies.at(pick(int(copies.size()))));
                if (loan.ok())
                    acknowledged << loan.loan.id;
            }
            break;
        }
        default: {
            const QStringList open = ids(store->db(), "SELECT copy_id FROM loans WHERE ended_at IS NULL ORDER BY id");
            if (!open.isEmpty())
                store->library().giveBack(open.at(pick(int(open.size()))));
            break;
        }
        }
    }
}

class SyncUnderFaults : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        QString conninfo;
        if (QLatin1String(GetParam()) == QLatin1String("postgres")) {
            conninfo = freshPostgresDatabase();
            ASSERT_FALSE(conninfo.isEmpty()) << "no PostgreSQL: run through ctest (make test), which starts one";
        }
        hub = std::make_unique<HubProcess>(conninfo);
        school = hub->addSchool(QStringLiteral("Sync school"));
        hub->start();
        for (QTemporaryDir &dir : kiosks)
            ASSERT_TRUE(dir.isValid());
        // The first kiosk has the school; the others start empty and get it by sync.
        SystemClock clock;
        std::unique_ptr<KioskStore> first = KioskStore::open(kiosks[0].path(), clock, TeacherPin::Cost::Minimal);
        DemoOptions options;
        options.classes = 3;
        options.children = 40;
        options.bookCopies = 24;
        options.photos = false;
        createDemoSchool(*first, options);
    }

    void enrollAll(const QString &hubUrl)
    {
        for (int k = 0; k < 3; ++k) {
            const SyncRun run = runSync(kiosks[k].path(),
                                        {QStringLiteral("enroll"), hub->enrollmentLink(school, hubUrl),
                                         QStringLiteral("--name"), QStringLiteral("kiosk %1").arg(k)});
            ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
        }
    }

    // Without faults, every kiosk syncs twice around: everyone has everything.
    void finalSync()
    {
        for (int pass = 0; pass < 2; ++pass) {
            for (QTemporaryDir &dir : kiosks) {
                const SyncRun run = runSync(dir.path(), {QStringLiteral("sync")});
                ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
            }
        }
    }

    void expectSameEverywhere(const QStringList &acknowledged)
    {
        const QString onHub = hub->digest(school);
        QByteArray records;
        SystemClock clock;
        for (int k = 0; k < 3; ++k) {
            std::unique_ptr<KioskStore> store = KioskStore::open(kiosks[k].path(), clock, TeacherPin::Cost::Minimal);
            EXPECT_EQ(kioskDigest(store->db()), onHub) << "kiosk " << k << "'s changes differ from the hub's";
            const QByteArray hash = ReplicaHash::of(store->db());
            if (k == 0)
                records = hash;
            EXPECT_EQ(hash, records) << "kiosk " << k << "'s records differ from kiosk 0's";
            int missing = 0;
            for (const QString &id : acknowledged) {
                Statement found = store->db().prepare("SELECT (SELECT count(*) FROM visits WHERE id = ?1) + "
                                                      "(SELECT count(*) FROM loans WHERE id = ?1)");
                found.bind(1, id).step();
                missing += found.int64(0) == 1 ? 0 : 1;
            }
            EXPECT_EQ(missing, 0) << "kiosk " << k << " lacks acknowledged visits or loans";
        }
        EXPECT_GT(onHub.section(QLatin1Char(' '), 0, 0).toInt(), 400);
    }

    std::unique_ptr<HubProcess> hub;
    QString school;
    QTemporaryDir kiosks[3];
};

} // namespace

TEST_P(SyncUnderFaults, KiosksAndHubEndEqualWithNothingLostOrDoubled)
{
    const bool postgres = QLatin1String(GetParam()) == QLatin1String("postgres");
    const int rounds = envInt("QINQING_SYNC_ROUNDS", postgres ? 100 : 200);
    const unsigned seed = unsigned(envInt("QINQING_SYNC_SEED", 20261123));
    std::mt19937 random(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };

    FaultProxy proxy;
    proxy.start(*hub, seed, 0.0);
    enrollAll(proxy.url());
    proxy.kill();
    proxy.start(*hub, seed, 0.35);

    QStringList acknowledged;
    int killedKiosk = 0, killedHub = 0, failed = 0;
    for (int round = 0; round < rounds; ++round) {
        const int k = pick(3);
        useKiosk(kiosks[k].path(), random, k, round, acknowledged);
        const int fault = pick(20);
        if (fault == 0) {
            // The hub dies mid-sync and comes back.
            QProcess sync;
            sync.start(QStringLiteral(QINQING_SYNC),
                       {QStringLiteral("--data"), kiosks[k].path(), QStringLiteral("--chunk"), QStringLiteral("50"),
                        QStringLiteral("sync")});
            QThread::msleep(unsigned(pick(150)));
            hub->kill();
            sync.waitForFinished(60000);
            failed += sync.exitCode() != 0;
            hub->start();
            ++killedHub;
        } else {
            const SyncRun run = runSync(kiosks[k].path(), {QStringLiteral("sync")}, fault <= 3 ? pick(250) : -1, 50);
            killedKiosk += run.killed;
            failed += !run.killed && run.exitCode != 0;
        }
    }
    std::printf(
        "[ sync    ] %d rounds, seed %u: %d syncs failed under faults, %d killed mid-sync, hub killed %d times\n",
        rounds, seed, failed, killedKiosk, killedHub);
    EXPECT_GT(failed, 0) << "the proxy injected no faults that mattered";

    proxy.kill();
    proxy.start(*hub, seed, 0.0);
    finalSync();
    expectSameEverywhere(acknowledged);
}

INSTANTIATE_TEST_SUITE_P(Store, SyncUnderFaults, ::testing::Values("sqlite", "postgres"));

// Without a network: a kiosk's file carried to the hub, the hub's file to another kiosk.
TEST(SyncBundles, AUsbFileCarriesTheSameChangesBothWaysAndTwiceChangesNothing)
{
    HubProcess hub;
    const QString school = hub.addSchool(QStringLiteral("USB school"));
    hub.start();
    QTemporaryDir first, second, files;
    SystemClock clock;
    {
        std::unique_ptr<KioskStore> store = KioskStore::open(first.path(), clock, TeacherPin::Cost::Minimal);
        DemoOptions options;
        options.classes = 2;
        options.children = 20;
        options.photos = false;
        createDemoSchool(*store, options);
    }
    for (QTemporaryDir *kiosk : {&first, &second})
        ASSERT_EQ(runSync(kiosk->path(), {QStringLiteral("enroll"), hub.enrollmentLink(school)}).exitCode, 0);
    const QString deviceOf = [&](QTemporaryDir *kiosk) {
        return KioskStore::open(kiosk->path(), clock, TeacherPin::Cost::Minimal)->changeLog().deviceId();
    }(&second);
    // Another hub, which knows the second kiosk's id too (enrolled there by someone else), for (e) below.
    HubProcess otherHub;
    const QString otherSchool = otherHub.addSchool(QStringLiteral("Elsewhere"));
    otherHub.start();
    {
        HubApi otherApi(otherHub.port());
        enroll(otherApi, codeOf(otherHub.enrollmentLink(otherSchool)), deviceOf);
    }
    otherHub.kill();
    hub.kill(); // no network from here on

    const QString toHub = files.filePath(QStringLiteral("kiosk.qqsync"));
    ASSERT_EQ(runSync(first.path(), {QStringLiteral("export-bundle"), toHub}).exitCode, 0);
    for (int twice = 0; twice < 2; ++twice)
        hub.admin({QStringLiteral("import-bundle"), toHub});

    const QString toKiosk = files.filePath(QStringLiteral("hub.qqsync"));
    hub.admin({QStringLiteral("export-bundle"), deviceOf, toKiosk});

    // (e) What the second kiosk refuses, each time with words and with its records and log unchanged.
    const auto stateOf = [&](const QString &dir) {
        std::unique_ptr<KioskStore> store = KioskStore::open(dir, clock, TeacherPin::Cost::Minimal);
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(ReplicaHash::of(store->db()).toHex()),
                                           kioskDigest(store->db()));
    };
    const QString untouched = stateOf(second.path());
    const auto refused = [&](const QString &file, const char *words) {
        const SyncRun run = runSync(second.path(), {QStringLiteral("import-bundle"), file});
        EXPECT_NE(run.exitCode, 0);
        EXPECT_TRUE(run.output.contains(QLatin1String(words))) << run.output.toStdString();
        EXPECT_EQ(stateOf(second.path()), untouched);
    };
    QFile real(toKiosk);
    ASSERT_TRUE(real.open(QIODevice::ReadOnly));
    const QByteArray hubFile = real.readAll();
    real.close();
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        return path;
    };
    // A file made by another hub (its own signing key) for this very kiosk id.
    const QString fromOtherHub = files.filePath(QStringLiteral("other-hub.qqsync"));
    otherHub.admin({QStringLiteral("export-bundle"), deviceOf, fromOtherHub});
    refused(fromOtherHub, "not signed with the key of the hub");
    // The real hub's file without its signature line, and in the unsigned format of before.
    const QByteArray unsignedBody = hubFile.left(hubFile.lastIndexOf('\n', hubFile.size() - 2) + 1);
    refused(write(QStringLiteral("unsigned.qqsync"), unsignedBody), "no signature");
    refused(write(QStringLiteral("old.qqsync"),
                  QByteArray(unsignedBody).replace("qinqing-sync-bundle 2\n", "qinqing-sync-bundle 1\n")),
            "not signed");
    // The real file with one byte changed.
    QByteArray changed = hubFile;
    qsizetype digit = changed.indexOf("phone");
    ASSERT_GT(digit, 0);
    while (digit < changed.size() && !std::isdigit(static_cast<unsigned char>(changed.at(digit))))
        ++digit;
    ASSERT_LT(digit, changed.size());
    changed[digit] = changed.at(digit) == '0' ? '1' : '0'; // a digit of a parent's phone
    refused(write(QStringLiteral("changed.qqsync"), changed), "not signed with the key of the hub");
    // The real hub's file for the first kiosk, given to the second.
    const QString forFirst = files.filePath(QStringLiteral("for-first.qqsync"));
    hub.admin({QStringLiteral("export-bundle"),
               KioskStore::open(first.path(), clock, TeacherPin::Cost::Minimal)->changeLog().deviceId(), forFirst});
    refused(forFirst, "written for another kiosk");
    // A kiosk's own file (signed by a kiosk, for the hub) is not the hub's.
    refused(toHub, "not written by the hub");

    // (f) The real file, twice: the second time changes nothing.
    for (int twice = 0; twice < 2; ++twice)
        ASSERT_EQ(runSync(second.path(), {QStringLiteral("import-bundle"), toKiosk}).exitCode, 0);

    // A file cut short on the way is refused whole, with words.
    QFile cut(toKiosk);
    ASSERT_TRUE(cut.open(QIODevice::ReadWrite));
    cut.resize(cut.size() / 2);
    cut.close();
    const SyncRun refusedCut = runSync(second.path(), {QStringLiteral("import-bundle"), toKiosk});
    EXPECT_NE(refusedCut.exitCode, 0);
    EXPECT_TRUE(refusedCut.output.contains(QLatin1String("cut short"))
                || refusedCut.output.contains(QLatin1String("damaged")))
        << refusedCut.output.toStdString();

    {
        std::unique_ptr<KioskStore> a = KioskStore::open(first.path(), clock, TeacherPin::Cost::Minimal);
        std::unique_ptr<KioskStore> b = KioskStore::open(second.path(), clock, TeacherPin::Cost::Minimal);
        EXPECT_EQ(kioskDigest(a->db()), hub.digest(school));
        EXPECT_EQ(kioskDigest(b->db()), hub.digest(school));
        EXPECT_EQ(ReplicaHash::of(a->db()), ReplicaHash::of(b->db()));
        // A kiosk enrolled before keys has neither its own nor its hub's: it says so, and exports or reads nothing.
        a->db().exec("DELETE FROM local_state WHERE key = 'sync.device_key'");
        b->db().exec("DELETE FROM local_state WHERE key = 'sync.hub_key'");
    }
    const SyncRun noKey = runSync(first.path(), {QStringLiteral("export-bundle"), files.filePath(QStringLiteral("x"))});
    EXPECT_NE(noKey.exitCode, 0);
    EXPECT_TRUE(noKey.output.contains(QLatin1String("enroll"))) << noKey.output.toStdString();
    EXPECT_FALSE(QFile::exists(files.filePath(QStringLiteral("x"))));
    const QString before = stateOf(second.path());
    hub.admin({QStringLiteral("export-bundle"), deviceOf, toKiosk});
    const SyncRun noHubKey = runSync(second.path(), {QStringLiteral("import-bundle"), toKiosk});
    EXPECT_NE(noHubKey.exitCode, 0);
    EXPECT_TRUE(noHubKey.output.contains(QLatin1String("does not know its hub's key")))
        << noHubKey.output.toStdString();
    EXPECT_EQ(stateOf(second.path()), before);
}

// A hub that is not the one enrolled with (its certificate differs) gets nothing.
TEST(SyncPinning, AKioskSendsNothingToAHubWithAnotherCertificate)
{
    HubProcess real, impostor;
    const QString school = real.addSchool(QStringLiteral("Pinned"));
    impostor.addSchool(QStringLiteral("Impostor"));
    real.start();
    impostor.start();
    QTemporaryDir kiosk;
    {
        SystemClock clock;
        std::unique_ptr<KioskStore> store = KioskStore::open(kiosk.path(), clock, TeacherPin::Cost::Minimal);
        DemoOptions options;
        options.classes = 1;
        options.children = 5;
        options.photos = false;
        createDemoSchool(*store, options);
    }
    // The real hub's QR code, but the address leads to the impostor.
    QString link = real.enrollmentLink(school);
    link.replace(QString::number(real.port()), QString::number(impostor.port()));
    const SyncRun run = runSync(kiosk.path(), {QStringLiteral("enroll"), link});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.output.contains(QLatin1String("certificate"))) << run.output.toStdString();
    EXPECT_EQ(impostor.admin({QStringLiteral("devices")}), QString());
}

// Requests are signed with the kiosk's time (request_signature.h); a village
// kiosk's clock is often 40 minutes wrong. The hub refuses the first request
// with its own time, the kiosk signs the next one in the hub's window and
// syncs, without changing its own clock.
TEST(SignedRequests, AKioskWhoseClockIsFortyMinutesBehindStillSyncsAndKeepsItsClock)
{
    HubProcess hub;
    const QString school = hub.addSchool(QStringLiteral("Slow clock"));
    hub.start();
    QTemporaryDir dir;
    const qint64 behind = 40 * 60'000;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch() - behind);
    std::unique_ptr<KioskStore> store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.classes = 1;
    options.children = 3;
    options.photos = false;
    createDemoSchool(*store, options);
    SyncClient client(store->db(), store->changeLog(), clock);
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&client, &SyncClient::enrollFinished, &loop, [&](bool done, const QString &words) {
        ok = done;
        message = words;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::syncFinished, &loop, [&](bool done, const QString &words) {
        ok = done;
        message = words;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    QString error;
    client.enroll(*EnrollmentLink::parse(hub.enrollmentLink(school), &error), QStringLiteral("slow"));
    loop.exec();
    ASSERT_TRUE(ok) << message.toStdString();
    const qint64 kioskTime = clock.nowMs();
    client.syncNow();
    loop.exec();
    ASSERT_TRUE(ok) << message.toStdString();
    EXPECT_EQ(hub.digest(school), kioskDigest(store->db())) << "every change reached the hub";
    EXPECT_EQ(clock.nowMs(), kioskTime) << "the kiosk's own clock is not changed";
    // Signed in the hub's window from now on: the next sync needs no second try.
    client.syncNow();
    loop.exec();
    EXPECT_TRUE(ok) << message.toStdString();
}
