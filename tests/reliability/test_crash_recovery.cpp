// Kills the signing-in process with SIGKILL at random moments during a few
// hundred sign-ins and sign-outs, restarts it, and checks that every
// acknowledged visit is on disk exactly once and the file is sound.
#include "temp_school.h"

#include <QElapsedTimer>
#include <QProcess>

#include <random>

using namespace qq;

namespace {

struct Ack {
    QString visitId;
    bool in = true;
};

QList<Ack> parseAcks(const QByteArray &output)
{
    QList<Ack> acks;
    // Only whole lines count: a line cut by the kill was never shown.
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> parts = lines[i].split(' ');
        if (parts.size() == 3 && parts[0] == "ack")
            acks.append({QString::fromLatin1(parts[1]), parts[2] == "in"});
    }
    return acks;
}

} // namespace

TEST(CrashRecovery, EveryAcknowledgedVisitSurvivesSigkill)
{
    QTemporaryDir dir;
    {
        ManualClock clock(1'780'000'000'000);
        auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
        DemoOptions options;
        options.children = 40;
        options.classes = 2;
        options.photos = false;
        options.teacherPin.clear();
        createDemoSchool(*store, options);
    }
    std::mt19937 rng(20261122);
    QList<Ack> acks;
    int kills = 0, runs = 0;
    QElapsedTimer budget;
    budget.start();
    while (runs < 40 && budget.elapsed() < 120'000) {
        QProcess worker;
        worker.start(QStringLiteral(SIGNIN_WORKER), {dir.path(), QString::number(rng()), QStringLiteral("100000")});
        ASSERT_TRUE(worker.waitForStarted());
        ++runs;
        const int killAfterMs = 3 + int(rng() % 40);
        if (!worker.waitForFinished(killAfterMs)) {
            worker.kill(); // SIGKILL
            worker.waitForFinished();
            ++kills;
        } else {
            ASSERT_EQ(worker.exitCode(), 0) << worker.readAllStandardError().constData();
        }
        acks += parseAcks(worker.readAllStandardOutput());
    }
    ASSERT_GE(acks.size(), 300) << "too few sign-ins in the time budget";
    EXPECT_GE(kills, 30);

    ManualClock clock(0);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    Database &db = store->db();
    Statement integrity = db.prepare("PRAGMA integrity_check");
    integrity.step();
    EXPECT_EQ(integrity.text(0), "ok");

    QSet<QString> seen;
    for (const Ack &ack : acks) {
        Statement stmt = db.prepare("SELECT count(*), max(signed_out_at IS NOT NULL) FROM visits WHERE id = ?");
        stmt.bind(1, ack.visitId);
        stmt.step();
        EXPECT_EQ(stmt.int64(0), 1) << "acknowledged visit missing: " << qPrintable(ack.visitId);
        if (!ack.in) {
            EXPECT_EQ(stmt.int64(1), 1) << "acknowledged sign-out lost: " << qPrintable(ack.visitId);
        }
        Statement logged = db.prepare("SELECT count(*) FROM change_log WHERE entity = 'visits' AND record_id = ?");
        logged.bind(1, ack.visitId);
        logged.step();
        EXPECT_GE(logged.int64(0), ack.in ? 1 : 2);
        seen.insert(ack.visitId + (ack.in ? "+" : "-"));
    }
    EXPECT_EQ(seen.size(), acks.size()) << "a visit was acknowledged twice";
    // Never two visits for one child at one moment, never two open visits.
    Statement doubled = db.prepare("SELECT count(*) FROM (SELECT child_id, signed_in_at FROM visits "
                                   "GROUP BY 1, 2 HAVING count(*) > 1)");
    doubled.step();
    EXPECT_EQ(doubled.int64(0), 0);
    Statement open = db.prepare("SELECT count(*) FROM (SELECT child_id FROM visits WHERE signed_out_at IS NULL "
                                "GROUP BY 1 HAVING count(*) > 1)");
    open.step();
    EXPECT_EQ(open.int64(0), 0);
    std::printf("crash test: %d runs, %d killed, %d acknowledged writes checked\n", runs, kills, int(acks.size()));
}
