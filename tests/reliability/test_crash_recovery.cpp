// Kills the signing-in process with SIGKILL at random moments during a few
// hundred sign-ins and sign-outs, restarts it, and checks that every
// acknowledged visit is on disk exactly once and the file is sound. The same
// for letters: every letter acknowledged as "in the box" opens, whole.
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
    // On a loaded machine a worker does less before its kill: run more of them.
    while ((runs < 40 || acks.size() < 300) && runs < 400 && budget.elapsed() < 120'000) {
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

TEST(CrashRecovery, EveryAcknowledgedLetterSurvivesSigkillAndOpensWhole)
{
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("the river runs east");
    {
        ManualClock clock(1'780'000'000'000);
        auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
        DemoOptions options;
        options.children = 20;
        options.classes = 1;
        options.photos = false;
        options.teacherPin.clear();
        createDemoSchool(*store, options);
        ASSERT_FALSE(store->mailbox().setUp(QStringLiteral("王老师"), passphrase).isEmpty());
    }
    std::mt19937 rng(20261123);
    QMap<QString, QString> acked; // letter id -> the words' number
    int kills = 0, runs = 0;
    QElapsedTimer budget;
    budget.start();
    while (runs < 30 && budget.elapsed() < 120'000) {
        QProcess worker;
        worker.start(QStringLiteral(MAIL_WORKER),
                     {dir.path(), QString::number(rng() % 1'000'000), QStringLiteral("100000")});
        ASSERT_TRUE(worker.waitForStarted());
        ++runs;
        const int killAfterMs = 5 + int(rng() % 60);
        if (!worker.waitForFinished(killAfterMs)) {
            worker.kill(); // SIGKILL
            worker.waitForFinished();
            ++kills;
        } else {
            ASSERT_EQ(worker.exitCode(), 0) << worker.readAllStandardError().constData();
        }
        const QList<QByteArray> lines = worker.readAllStandardOutput().split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) { // a line cut by the kill was never shown
            const QList<QByteArray> parts = lines[i].split(' ');
            if (parts.size() == 3 && parts[0] == "ack")
                acked.insert(QString::fromLatin1(parts[1]), QString::fromLatin1(parts[2]));
        }
    }
    ASSERT_GE(acked.size(), 100) << "too few letters in the time budget";
    EXPECT_GE(kills, 20);

    ManualClock clock(1'800'000'000'000);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    Statement integrity = store->db().prepare("PRAGMA integrity_check");
    integrity.step();
    EXPECT_EQ(integrity.text(0), "ok");
    Unlocked unlocked = store->mailbox().unlock(passphrase);
    ASSERT_TRUE(unlocked.session);
    QSet<QString> inBox;
    for (const LetterSummary &summary : unlocked.session->inbox()) {
        const std::optional<Letter> letter = unlocked.session->read(summary.id);
        ASSERT_TRUE(letter) << "a half-written letter: " << qPrintable(summary.id);
        EXPECT_TRUE(letter->text.startsWith(QStringLiteral("letter "))) << "letter damaged: " << qPrintable(summary.id);
        inBox.insert(summary.id);
        if (acked.contains(summary.id)) {
            EXPECT_EQ(letter->text.section(QLatin1Char(' '), 1, 1), acked.value(summary.id));
        }
    }
    for (auto it = acked.cbegin(); it != acked.cend(); ++it)
        EXPECT_TRUE(inBox.contains(it.key())) << "acknowledged letter missing: " << qPrintable(it.value());
    std::printf("crash test: %d runs, %d killed, %d acknowledged letters checked, %d in the box\n", runs, kills,
                int(acked.size()), int(inBox.size()));
}
