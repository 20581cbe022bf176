// The hybrid logical clock that orders changes for sync, and the change log
// stamping every change with it — whatever the kiosk's wall clock does.
#include "change_log.h"
#include "hlc.h"
#include "migrations.h"
#include "temp_school.h"

#include <sqlite3.h>

using namespace qq;

TEST(Hlc, TicksOnWhenTheWallClockStandsStillOrGoesBack)
{
    HlcClock clock(QStringLiteral("kiosk-a"));
    const Hlc first = clock.tick(1'000'000);
    const Hlc same = clock.tick(1'000'000);
    const Hlc back = clock.tick(1'000'000 - 3LL * 24 * 3'600'000); // the clock was set back three days
    const Hlc later = clock.tick(2'000'000);
    EXPECT_LT(first, same);
    EXPECT_LT(same, back);
    EXPECT_LT(back, later);
    EXPECT_EQ(back.wallMs, 1'000'000) << "never goes back";
    EXPECT_EQ(later.counter, 0u);
    EXPECT_EQ(later.deviceId, QStringLiteral("kiosk-a"));
}

TEST(Hlc, AfterSeeingARemoteChangeTheNextLocalOneComesAfterIt)
{
    HlcClock mine(QStringLiteral("kiosk-a"));
    mine.tick(1'000);
    const Hlc remote{5'000, 7, QStringLiteral("kiosk-b")};
    const Hlc seen = mine.observe(remote, 2'000);
    EXPECT_LT(remote, seen);
    EXPECT_LT(seen, mine.tick(2'000));
    // A remote one behind us changes nothing of our order.
    const Hlc before = mine.last();
    EXPECT_LT(before, mine.observe({10, 0, QStringLiteral("kiosk-c")}, 2'000));
}

TEST(Hlc, AClockYearsAheadDoesNotDragEveryoneWithIt)
{
    HlcClock mine(QStringLiteral("kiosk-a"));
    const qint64 now = 1'795'000'000'000;
    const Hlc broken{now + 70LL * 365 * 24 * 3'600'000, 0, QStringLiteral("kiosk-2099")};
    const Hlc seen = mine.observe(broken, now);
    EXPECT_LE(seen.wallMs, now + HlcClock::kMaxDriftMs);
    EXPECT_GT(mine.tick(now).wallMs, now - 1);
}

TEST(Hlc, TheTextSortsLikeTheStampsAndReadsBack)
{
    const QList<Hlc> stamps = {{0, 0, QStringLiteral("a")},
                               {5, 0, QStringLiteral("a")},
                               {5, 1, QStringLiteral("a")},
                               {5, 1, QStringLiteral("b")},
                               {5, 255, QStringLiteral("a")},
                               {1'795'000'000'000, 0, QStringLiteral("a")},
                               {1'795'000'000'001, 0, QStringLiteral("0")}};
    for (int i = 0; i + 1 < stamps.size(); ++i) {
        EXPECT_LT(stamps[i], stamps[i + 1]);
        EXPECT_LT(stamps[i].toString(), stamps[i + 1].toString()) << qPrintable(stamps[i].toString());
    }
    for (const Hlc &stamp : stamps)
        EXPECT_EQ(Hlc::parse(stamp.toString()), stamp);
    for (const QString &bad : {QString(), QStringLiteral("hello"), QStringLiteral("00000000000000000x-00000000-a"),
                               QStringLiteral("000000000000000000_00000000-a"), QStringLiteral("000000000000000000-zzzzzzzz-a")})
        EXPECT_FALSE(Hlc::parse(bad)) << qPrintable(bad);
}

TEST(Hlc, EveryChangeIsStampedLaterThanAllBeforeItEvenAfterARestartWithTheClockSetBack)
{
    test::TempSchool school;
    QString last;
    {
        Statement stmt = school.store->db().prepare("SELECT max(hlc), count(*), count(hlc), count(DISTINCT hlc) FROM change_log");
        ASSERT_TRUE(stmt.step());
        last = stmt.text(0);
        EXPECT_GT(stmt.int64(1), 10);
        EXPECT_EQ(stmt.int64(1), stmt.int64(2)) << "every change stamped";
        EXPECT_EQ(stmt.int64(1), stmt.int64(3)) << "no two alike";
    }
    // The kiosk restarts with its clock a week behind, then a child signs in.
    school.clock.advance(-7LL * 24 * 3'600'000);
    school.reopen();
    ASSERT_TRUE(school.store->visits().toggle(school.firstClass().first().id).ok());
    Statement newest = school.store->db().prepare("SELECT hlc, device_id FROM change_log ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(newest.step());
    EXPECT_GT(newest.text(0), last);
    const std::optional<Hlc> stamp = Hlc::parse(newest.text(0));
    ASSERT_TRUE(stamp);
    EXPECT_EQ(stamp->deviceId, newest.text(1));
}

TEST(Hlc, AnOlderFilesChangesAreStampedWhenItIsOpened)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A kiosk data file from before hybrid clocks (schema 4), with its log.
        sqlite3 *raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        for (int version = 1; version <= 4; ++version)
            ASSERT_EQ(sqlite3_exec(raw, Migrations::step(version), nullptr, nullptr, nullptr), SQLITE_OK) << version;
        ASSERT_EQ(sqlite3_exec(raw,
                               "PRAGMA user_version = 4;"
                               "INSERT INTO change_log (entity, record_id, op, payload, device_id, at) VALUES"
                               " ('visits', 'v1', 'insert', '{}', 'dev', 1795000000000),"
                               " ('visits', 'v2', 'insert', '{}', 'dev', 1795000000000),"
                               " ('visits', 'v3', 'insert', '{}', 'dev', -5);",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(raw);
    }
    std::unique_ptr<Database> db = Database::open(path);
    EXPECT_EQ(db->userVersion(), Migrations::latestVersion());
    Statement rows = db->prepare("SELECT hlc FROM change_log ORDER BY seq");
    QStringList stamps;
    while (rows.step())
        stamps << rows.text(0);
    ASSERT_EQ(stamps.size(), 3);
    for (const QString &stamp : stamps)
        EXPECT_TRUE(Hlc::parse(stamp)) << qPrintable(stamp);
    EXPECT_LT(stamps[0], stamps[1]) << "the same millisecond, in the order written";
    EXPECT_EQ(Hlc::parse(stamps[2])->wallMs, 0) << "a time before 1970 reads as 0";
    // New changes come after every old one.
    ChangeLog log(*db);
    Transaction tx(*db);
    log.append("visits", QStringLiteral("v4"), ChangeLog::Op::Insert, {}, 1'000);
    tx.commit();
    Statement newest = db->prepare("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(newest.step());
    EXPECT_GT(newest.text(0), stamps[1]);
}
