// The hybrid logical clock that orders changes for sync, and the change log
// stamping every change with it — whatever the kiosk's wall clock does.
#include "hlc.h"
#include "temp_school.h"

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
