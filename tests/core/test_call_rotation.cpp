#include "call_rotation.h"
#include "calls.h"
#include "temp_school.h"

#include <QSet>

using namespace qq;

namespace {

// A small room: one phone, open for calls only on Tuesdays 12:00–12:30 (three
// slots a week); every parent answers then, so children compete. Monday
// 2026-11-23 15:00.
struct Rotation : test::TempSchool {
    Rotation() : TempSchool(6, 1)
    {
        CallBook &calls = store->calls();
        for (const CallPlace &place : calls.places(true)) {
            CallPlace off = place;
            off.active = place.kind == CallPlace::Kind::Phone;
            calls.updatePlace(off);
        }
        calls.setOpeningHours({{2, 12 * 60, 12 * 60 + 30}});
        for (const Child &child : firstClass())
            for (const Contact &contact : store->roster().contacts(child.id))
                calls.setContactWindows(contact.id, {{2, 12 * 60, 12 * 60 + 30}});
    }
    CallRotation rotation()
    {
        return CallRotation(store->db(), store->roster(), store->calls(), store->settings(), clock);
    }
    QString father(const Child &child)
    {
        for (const Contact &contact : store->roster().contacts(child.id))
            if (contact.role == Contact::Role::Father)
                return contact.id;
        return {};
    }
    QString phone() { return store->calls().places().first().id; }
    // A past call on a Tuesday, marked.
    void pastCall(const Child &child, QDate tuesday, CallStatus status)
    {
        ASSERT_EQ(tuesday.dayOfWeek(), 2);
        const qint64 now = clock.nowMs();
        const qint64 start = at(tuesday, QTime(12, 0));
        clock.set(start - 3600 * 1000);
        const QString id = store->calls().book(child.id, father(child), {phone(), 1, start, start + 10 * 60 * 1000},
                                               CallSource::Teacher);
        clock.set(now);
        store->calls().mark(id, status, status == CallStatus::Talked ? 10 : 0);
    }
};

} // namespace

TEST(CallRotation, WhoIsDueAndInWhatOrder)
{
    Rotation room;
    const QList<Child> kids = room.firstClass();
    room.pastCall(kids.at(0), QDate(2026, 11, 10), CallStatus::Talked); // talked this month: not due
    room.pastCall(kids.at(1), QDate(2026, 11, 17), CallStatus::NoAnswer); // missed: a make-up, first
    room.pastCall(kids.at(2), QDate(2026, 10, 27), CallStatus::Talked); // talked last month: due, waited 27 days
    const QList<CallDue> due = room.rotation().dueChildren();
    QStringList order;
    for (const CallDue &entry : due)
        order.append(entry.childId);
    EXPECT_FALSE(order.contains(kids.at(0).id));
    ASSERT_EQ(due.size(), 5);
    EXPECT_EQ(due.first().childId, kids.at(1).id);
    EXPECT_TRUE(due.first().makeUp);
    EXPECT_EQ(due.first().weight, CallRotation::kNeverWaitedDays + CallRotation::kMissedBonusDays);
    EXPECT_EQ(due.last().childId, kids.at(2).id);
    EXPECT_EQ(due.last().weight, 27);

    // A child with a call booked ahead is not due.
    const qint64 noon = room.at(QDate(2026, 11, 24), QTime(12, 0));
    room.store->calls().book(kids.at(3).id, room.father(kids.at(3)), {room.phone(), 1, noon, noon + 600000});
    EXPECT_EQ(room.rotation().dueChildren().size(), 4);
}

TEST(CallRotation, ThePlanFillsTheScarceSlotsWithTheLongestWaitsFirst)
{
    Rotation room;
    const QList<Child> kids = room.firstClass();
    room.pastCall(kids.at(4), QDate(2026, 11, 17), CallStatus::NoAnswer); // missed: placed for sure
    room.pastCall(kids.at(5), QDate(2026, 10, 20), CallStatus::Talked); // waited least: not placed
    const int before = room.count("SELECT count(*) FROM call_bookings");
    const WeekPlan plan = room.rotation().planWeek(QDate(2026, 11, 23));
    EXPECT_EQ(plan.due.size(), 6);
    EXPECT_EQ(plan.childrenPlaced, 3); // three slots
    EXPECT_EQ(plan.bookingIds.size(), 3);
    EXPECT_EQ(room.count("SELECT count(*) FROM call_bookings") - before, 3);
    QSet<QString> placed;
    QSet<qint64> starts;
    for (const QString &id : plan.bookingIds) {
        const CallBooking booking = *room.store->calls().booking(id);
        placed.insert(booking.childId);
        starts.insert(booking.slot.startMs);
        EXPECT_EQ(booking.source, CallSource::Plan);
    }
    EXPECT_EQ(starts.size(), 3); // no slot twice
    EXPECT_TRUE(placed.contains(kids.at(4).id));
    EXPECT_FALSE(placed.contains(kids.at(5).id));
    ASSERT_EQ(plan.unplaced.size(), 3);
    for (const WeekPlan::Unplaced &unplaced : plan.unplaced) {
        EXPECT_FALSE(placed.contains(unplaced.childId));
        EXPECT_FALSE(unplaced.why.isEmpty());
    }

    // Planning again books nothing twice: the placed children have a call
    // ahead, and the slots are gone.
    const WeekPlan again = room.rotation().planWeek(QDate(2026, 11, 23));
    EXPECT_TRUE(again.bookingIds.isEmpty());
    EXPECT_EQ(again.due.size(), 3);
    EXPECT_EQ(room.count("SELECT count(*) FROM call_bookings") - before, 3);
}

TEST(CallRotation, ParentsWhoseTimesNeverMeetTheRoomAreNamedAsSuch)
{
    Rotation room;
    const Child child = room.firstClass().at(0);
    for (const Contact &contact : room.store->roster().contacts(child.id))
        room.store->calls().setContactWindows(contact.id, {{7, 19 * 60, 21 * 60}});
    const WeekPlan plan = room.rotation().planWeek(QDate(2026, 11, 23));
    bool named = false;
    for (const WeekPlan::Unplaced &unplaced : plan.unplaced)
        named = named || unplaced.childId == child.id;
    EXPECT_TRUE(named);
    for (const QString &id : plan.bookingIds)
        EXPECT_NE(room.store->calls().booking(id)->childId, child.id);
}

TEST(CallRotation, APlanMadeMidWeekUsesOnlyTheTimeLeft)
{
    Rotation room;
    room.clock.set(room.at(QDate(2026, 11, 24), QTime(12, 12))); // Tuesday, two slots gone
    const WeekPlan plan = room.rotation().planWeek(QDate(2026, 11, 24));
    EXPECT_EQ(plan.weekStart, QDate(2026, 11, 23));
    ASSERT_EQ(plan.bookingIds.size(), 1); // only 12:20 is left
    EXPECT_EQ(room.store->calls().booking(plan.bookingIds.first())->slot.startMs,
              room.at(QDate(2026, 11, 24), QTime(12, 20)));
    // A week that is over plans nothing.
    EXPECT_TRUE(room.rotation().planWeek(QDate(2026, 11, 16)).bookingIds.isEmpty());
}
