#include "temp_school.h"

using namespace qq;
using Status = VisitOutcome::Status;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
} // namespace

TEST(Visits, ChildSignsInThenOut)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    const VisitOutcome in = school.store->visits().toggle(child);
    ASSERT_EQ(in.status, Status::SignedIn);
    EXPECT_EQ(in.visit.signedInAt, school.clock.nowMs());
    EXPECT_EQ(in.visit.signedInBy, "child");
    ASSERT_TRUE(school.store->visits().openVisit(child));

    school.clock.advance(30 * kMinute);
    const VisitOutcome out = school.store->visits().toggle(child);
    ASSERT_EQ(out.status, Status::SignedOut);
    EXPECT_EQ(out.visit.id, in.visit.id);
    EXPECT_EQ(*out.visit.signedOutAt, school.clock.nowMs());
    EXPECT_FALSE(school.store->visits().openVisit(child));
    EXPECT_EQ(school.count("SELECT count(*) FROM visits"), 1);
}

TEST(Visits, EachWriteIsInTheChangeLog)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    const int before = school.count("SELECT count(*) FROM change_log");
    const VisitOutcome in = school.store->visits().toggle(child);
    school.clock.advance(kMinute);
    school.store->visits().toggle(child);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log"), before + 2);
    Statement stmt = school.store->db().prepare(
        "SELECT op, payload FROM change_log WHERE entity = 'visits' AND record_id = ? ORDER BY seq");
    stmt.bind(1, in.visit.id);
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.text(0), "insert");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.text(0), "update");
    EXPECT_TRUE(stmt.text(1).contains("signed_out_at"));
}

TEST(Visits, ADoubleTapDoesNotMakeASecondVisitOrSignOut)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    ASSERT_EQ(school.store->visits().toggle(child).status, Status::SignedIn);
    school.clock.advance(3 * kSecond);
    EXPECT_EQ(school.store->visits().toggle(child).status, Status::AlreadyIn);
    EXPECT_TRUE(school.store->visits().openVisit(child));

    school.clock.advance(VisitService::kDoubleTapMs);
    ASSERT_EQ(school.store->visits().toggle(child).status, Status::SignedOut);
    school.clock.advance(2 * kSecond);
    EXPECT_EQ(school.store->visits().toggle(child).status, Status::AlreadyOut);
    EXPECT_EQ(school.count("SELECT count(*) FROM visits"), 1);

    school.clock.advance(VisitService::kDoubleTapMs);
    EXPECT_EQ(school.store->visits().toggle(child).status, Status::SignedIn);
    EXPECT_EQ(school.count("SELECT count(*) FROM visits"), 2);
}

TEST(Visits, AnUnknownChildIsRefusedAndNothingIsWritten)
{
    test::TempSchool school;
    const int log = school.count("SELECT count(*) FROM change_log");
    for (const QString &id : {QStringLiteral("no-such-child"), QString(), QStringLiteral("' OR 1=1 --")}) {
        EXPECT_EQ(school.store->visits().toggle(id).status, Status::UnknownChild);
        EXPECT_EQ(school.store->visits().signIn(id, Actor::Teacher).status, Status::UnknownChild);
    }
    EXPECT_EQ(school.count("SELECT count(*) FROM visits"), 0);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log"), log);
}

TEST(Visits, AFullDiskRefusesTheSignInAndKeepsEveryEarlierOne)
{
    test::TempSchool school(60, 2);
    QList<Child> children = school.firstClass();
    children += school.store->roster().childrenInClass(school.store->roster().classes().at(1).id);
    // Let the file grow no further than it is now: the disk is full.
    school.store->db().exec("PRAGMA max_page_count = 1");
    const int limit = school.count("PRAGMA page_count");
    school.store->db().exec(("PRAGMA max_page_count = " + std::to_string(limit)).c_str());

    QStringList acknowledged;
    VisitOutcome failed;
    failed.status = Status::SignedIn; // nothing failed yet
    for (int round = 0; round < 20 && failed.status != Status::StorageFailed; ++round) {
        for (const Child &child : children) {
            school.clock.advance(VisitService::kDoubleTapMs + kSecond);
            const VisitOutcome outcome = school.store->visits().toggle(child.id);
            if (!outcome.ok()) {
                failed = outcome;
                break;
            }
            acknowledged << outcome.visit.id + (outcome.status == Status::SignedIn ? "/in" : "/out");
        }
    }
    ASSERT_EQ(failed.status, Status::StorageFailed) << "the disk never filled up";
    EXPECT_EQ(failed.error.kind, StorageErrorKind::DiskFull);
    EXPECT_FALSE(acknowledged.isEmpty());
    // Everything acknowledged before is there, exactly once, and the file is sound.
    for (const QString &ack : acknowledged) {
        const QString id = ack.section('/', 0, 0);
        Statement stmt = school.store->db().prepare("SELECT count(*), signed_out_at IS NULL FROM visits WHERE id = ?");
        stmt.bind(1, id);
        ASSERT_TRUE(stmt.step());
        EXPECT_EQ(stmt.int64(0), 1);
    }
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'visits'"), acknowledged.size());
    Statement check = school.store->db().prepare("PRAGMA integrity_check");
    check.step();
    EXPECT_EQ(check.text(0), "ok");

    // With room again, the same tap works.
    school.store->db().exec("PRAGMA max_page_count = 1073741823");
    school.clock.advance(VisitService::kDoubleTapMs + kSecond);
    EXPECT_TRUE(school.store->visits().toggle(children.first().id).ok());
}

TEST(Visits, ClosingTimeSignsEveryoneOutAtClosing)
{
    test::TempSchool school;
    const QDate day(2026, 11, 23);
    school.clock.set(school.at(day, QTime(17, 0)));
    const QList<Child> children = school.firstClass();
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(school.store->visits().toggle(children[i].id).status, Status::SignedIn);
    school.clock.set(school.at(day, QTime(18, 29)));
    EXPECT_EQ(school.store->visits().closeDue(), 0);
    school.clock.set(school.at(day, QTime(18, 31)));
    EXPECT_EQ(school.store->visits().closeDue(), 3);
    EXPECT_TRUE(school.store->visits().openVisits().isEmpty());
    EXPECT_EQ(school.count("SELECT count(*) FROM visits WHERE signed_out_by = 'auto'"), 3);
    Statement stmt = school.store->db().prepare("SELECT DISTINCT signed_out_at FROM visits");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.int64(0), school.at(day, QTime(18, 30)));
}

TEST(Visits, ClosingTimeIsConfigurable)
{
    test::TempSchool school;
    school.store->settings().setValue("closing_time", "16:00");
    const QDate day(2026, 11, 23);
    school.clock.set(school.at(day, QTime(15, 0)));
    school.store->visits().toggle(school.firstClass().first().id);
    school.clock.set(school.at(day, QTime(16, 1)));
    EXPECT_EQ(school.store->visits().closeDue(), 1);
}

TEST(Visits, AVisitLeftOpenOvernightIsClosedBeforeTheNextSignIn)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    const QDate day(2026, 11, 23);
    school.clock.set(school.at(day, QTime(17, 0)));
    const VisitOutcome yesterday = school.store->visits().toggle(child);
    // The kiosk was off at closing time; next morning the child taps again.
    school.clock.set(school.at(day.addDays(1), QTime(8, 0)));
    const VisitOutcome today = school.store->visits().toggle(child);
    EXPECT_EQ(today.status, Status::SignedIn);
    EXPECT_NE(today.visit.id, yesterday.visit.id);
    Statement stmt = school.store->db().prepare("SELECT signed_out_at, signed_out_by FROM visits WHERE id = ?");
    stmt.bind(1, yesterday.visit.id);
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.int64(0), school.at(day, QTime(18, 30)));
    EXPECT_EQ(stmt.text(1), "auto");
}

TEST(Visits, TheTapOnLeavingAfterClosingIsTheRealSignOut)
{
    test::TempSchool school;
    const QList<Child> children = school.firstClass();
    const QDate day(2026, 11, 23);
    school.clock.set(school.at(day, QTime(17, 0)));
    const VisitOutcome first = school.store->visits().toggle(children[0].id);
    const VisitOutcome second = school.store->visits().toggle(children[1].id);
    school.clock.set(school.at(day, QTime(18, 31)));
    EXPECT_EQ(school.store->visits().closeDue(), 2);
    // 18:40: the first child leaves and taps their photo.
    school.clock.set(school.at(day, QTime(18, 40)));
    const VisitOutcome leaving = school.store->visits().toggle(children[0].id);
    EXPECT_EQ(leaving.status, Status::SignedOut);
    EXPECT_EQ(leaving.visit.id, first.visit.id);
    EXPECT_EQ(*leaving.visit.signedOutAt, school.at(day, QTime(18, 40)));
    EXPECT_EQ(leaving.visit.signedOutBy, "child");
    EXPECT_TRUE(school.store->visits().openVisits().isEmpty());
    EXPECT_EQ(school.count("SELECT count(*) FROM visits"), 2);
    // The kiosk was busy at closing time: the tap still ends the visit.
    school.clock.set(school.at(day.addDays(1), QTime(17, 0)));
    const VisitOutcome next = school.store->visits().toggle(children[1].id);
    ASSERT_EQ(next.status, Status::SignedIn);
    school.clock.set(school.at(day.addDays(1), QTime(18, 50)));
    const VisitOutcome late = school.store->visits().toggle(children[1].id);
    EXPECT_EQ(late.status, Status::SignedOut);
    EXPECT_EQ(late.visit.id, next.visit.id);
    EXPECT_EQ(*late.visit.signedOutAt, school.at(day.addDays(1), QTime(18, 50)));
    // The day after, the same child's tap is a new visit again.
    school.clock.set(school.at(day.addDays(2), QTime(15, 0)));
    EXPECT_EQ(school.store->visits().toggle(children[1].id).status, Status::SignedIn);
    Q_UNUSED(second);
}

TEST(Visits, AChildTakenOffTheRosterWhileInTheRoomCanStillBeSignedOut)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    ASSERT_EQ(school.store->visits().toggle(child).status, Status::SignedIn);
    school.store->db().prepare("UPDATE children SET active = 0 WHERE id = ?").bind(1, child).run();
    school.clock.advance(VisitService::kDoubleTapMs + 1000);
    EXPECT_EQ(school.store->visits().toggle(child).status, Status::UnknownChild);
    EXPECT_EQ(school.store->visits().signIn(child, Actor::Teacher).status, Status::UnknownChild);
    EXPECT_EQ(school.store->visits().signOut(child, Actor::Teacher).status, Status::SignedOut);
    EXPECT_TRUE(school.store->visits().openVisits().isEmpty());
}

TEST(Visits, ASignInAfterClosingEndsAtMidnight)
{
    test::TempSchool school;
    const QDate day(2026, 11, 23);
    const qint64 late = school.at(day, QTime(19, 0));
    EXPECT_EQ(school.store->visits().closingCutoff(late), school.at(day.addDays(1), QTime(0, 0)));
}

TEST(Visits, AClockThatJumpedBackNeverMakesANegativeVisit)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    const VisitOutcome in = school.store->visits().toggle(child);
    school.clock.advance(-2 * 60 * kMinute);
    const VisitOutcome out = school.store->visits().toggle(child);
    ASSERT_EQ(out.status, Status::SignedOut);
    EXPECT_GE(*out.visit.signedOutAt, in.visit.signedInAt);
}

TEST(Visits, TeacherSignsInAndOutByHand)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    EXPECT_EQ(school.store->visits().signOut(child, Actor::Teacher).status, Status::NotIn);
    const VisitOutcome in = school.store->visits().signIn(child, Actor::Teacher);
    ASSERT_EQ(in.status, Status::SignedIn);
    EXPECT_EQ(in.visit.signedInBy, "teacher");
    // A teacher's second sign-in does not toggle the child out.
    EXPECT_EQ(school.store->visits().signIn(child, Actor::Teacher).status, Status::AlreadyIn);
    const VisitOutcome out = school.store->visits().signOut(child, Actor::Teacher);
    ASSERT_EQ(out.status, Status::SignedOut);
    EXPECT_EQ(out.visit.signedOutBy, "teacher");
}

TEST(Visits, PresentListsWhoIsInLongestFirst)
{
    test::TempSchool school;
    const QList<Child> children = school.firstClass();
    school.store->visits().toggle(children[2].id);
    school.clock.advance(kMinute);
    school.store->visits().toggle(children[0].id);
    const QList<PresentChild> present = school.store->visits().present();
    ASSERT_EQ(present.size(), 2);
    EXPECT_EQ(present[0].childId, children[2].id);
    EXPECT_EQ(present[0].name, children[2].name);
    EXPECT_FALSE(present[0].className.isEmpty());
}

TEST(Visits, TodaysCountUsesTheRoomsLocalDay)
{
    test::TempSchool school;
    const QList<Child> children = school.firstClass();
    const QDate day(2026, 11, 23);
    // 07:30 in Shanghai is still the previous day in UTC.
    school.clock.set(school.at(day, QTime(7, 30)));
    school.store->visits().toggle(children[0].id);
    school.clock.set(school.at(day, QTime(23, 30)));
    school.store->visits().signIn(children[1].id, Actor::Teacher);
    school.clock.set(school.at(day.addDays(1), QTime(0, 30)));
    school.store->visits().toggle(children[2].id);
    EXPECT_EQ(school.store->visits().countStartedOn(day), 2);
    EXPECT_EQ(school.store->visits().countStartedOn(day.addDays(1)), 1);
}

TEST(Visits, TwoOpenVisitsFromTwoKiosksAreEndedByOneSignOut)
{
    // One open visit per child is the service's rule, not an index any more:
    // a child who signed in on two kiosks while they were offline has two
    // after a sync, and both are kept until the child leaves.
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    const VisitOutcome in = school.store->visits().toggle(child);
    Statement insert = school.store->db().prepare(
        "INSERT INTO visits (id, child_id, signed_in_at, signed_in_by) VALUES ('x', ?, ?, 'child')");
    insert.bind(1, child).bind(2, school.clock.nowMs() - kMinute).run();
    EXPECT_EQ(school.count("SELECT count(*) FROM visits WHERE signed_out_at IS NULL"), 2);
    EXPECT_EQ(school.store->visits().signIn(child, Actor::Teacher).status, Status::AlreadyIn);
    school.clock.advance(30 * kMinute);
    const VisitOutcome out = school.store->visits().toggle(child);
    ASSERT_EQ(out.status, Status::SignedOut);
    EXPECT_EQ(out.visit.id, in.visit.id);
    EXPECT_EQ(school.count("SELECT count(*) FROM visits WHERE signed_out_at IS NULL"), 0);
    EXPECT_FALSE(school.store->visits().openVisit(child));
}

TEST(Birthday, TodayAndLeapDays)
{
    EXPECT_TRUE(isBirthday(QDate(2016, 11, 23), QDate(2026, 11, 23)));
    EXPECT_FALSE(isBirthday(QDate(2016, 11, 22), QDate(2026, 11, 23)));
    EXPECT_TRUE(isBirthday(QDate(2016, 2, 29), QDate(2027, 2, 28)));
    EXPECT_FALSE(isBirthday(QDate(2016, 2, 29), QDate(2028, 2, 28)));
    EXPECT_TRUE(isBirthday(QDate(2016, 2, 29), QDate(2028, 2, 29)));
    EXPECT_FALSE(isBirthday(QDate(), QDate(2026, 1, 1)));
}

TEST(Moods, StoredForTheChildAndRangeChecked)
{
    test::TempSchool school;
    const QString child = school.firstClass().first().id;
    const VisitOutcome in = school.store->visits().toggle(child);
    EXPECT_FALSE(school.store->moods().record(child, in.visit.id, 2));
    EXPECT_TRUE(school.store->moods().record(child, in.visit.id, 0));
    EXPECT_TRUE(school.store->moods().record(child, in.visit.id, 6));
    EXPECT_EQ(school.store->moods().record("nobody", {}, 3).kind, StorageErrorKind::Constraint);
    EXPECT_EQ(school.count("SELECT count(*) FROM moods"), 1);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'moods'"), 1);
}
