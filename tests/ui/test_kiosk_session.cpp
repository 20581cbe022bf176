#include "kiosk_session.h"
#include "temp_school.h"

#include <QSignalSpy>

using namespace qq;

// The demo room opens weekdays 12:00–13:00 and 16:00–18:30; the clock starts
// Monday 15:00, between the two.
TEST(KioskSession, TheScreenDimsWhenTheRoomIsClosedAndNobodyTouchesIt)
{
    test::TempSchool school;
    KioskSession session(*school.store);
    QSignalSpy dimmedChanged(&session, &KioskSession::dimmedChanged);
    session.update();
    EXPECT_FALSE(session.dimmed()) << "just used";

    school.clock.advance(KioskSession::kIdleBeforeDimMs - 1000);
    session.update();
    EXPECT_FALSE(session.dimmed()) << "not idle long enough";
    school.clock.advance(1000);
    session.update();
    EXPECT_TRUE(session.dimmed());
    EXPECT_EQ(dimmedChanged.count(), 1);

    // A touch wakes it; it dims again only after another idle spell.
    session.wake();
    EXPECT_FALSE(session.dimmed());
    school.clock.advance(60 * 1000);
    session.update();
    EXPECT_FALSE(session.dimmed());

    // Open at 16:00: never dimmed, however long nobody touches it.
    school.clock.set(school.at(QDate(2026, 11, 23), QTime(16, 0)));
    session.update();
    EXPECT_FALSE(session.dimmed());
    school.clock.advance(30 * 60 * 1000);
    session.update();
    EXPECT_FALSE(session.dimmed());
    // Closing time, 18:30, and idle: dim.
    school.clock.set(school.at(QDate(2026, 11, 23), QTime(18, 45)));
    session.update();
    EXPECT_TRUE(session.dimmed());
    session.noteActivity();
    EXPECT_FALSE(session.dimmed());
}

TEST(KioskSession, OnlyAnExplicitExitLeavesALockedKiosk)
{
    test::TempSchool school;
    KioskSession session(*school.store);
    QSignalSpy lockedChanged(&session, &KioskSession::lockedChanged);
    QSignalSpy exitRequested(&session, &KioskSession::exitRequested);
    EXPECT_FALSE(session.locked());
    session.setLocked(true);
    EXPECT_TRUE(session.locked());
    EXPECT_EQ(lockedChanged.count(), 1);
    EXPECT_EQ(exitRequested.count(), 0);
    session.exitApp();
    EXPECT_EQ(exitRequested.count(), 1);
}

TEST(KioskSession, AClockSetBackCountsIdlenessFromThen)
{
    test::TempSchool school;
    KioskSession session(*school.store);
    school.clock.set(school.at(QDate(2026, 11, 20), QTime(22, 0))); // three days back, closed
    session.update();
    EXPECT_FALSE(session.dimmed());
    school.clock.advance(KioskSession::kIdleBeforeDimMs);
    session.update();
    EXPECT_TRUE(session.dimmed());
}
