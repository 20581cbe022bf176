#include "calls.h"
#include "temp_school.h"

using namespace qq;
using Reason = CallError::Reason;

namespace {

// The demo school's room (see demo_school.cpp): a phone and a video corner,
// weekdays 12:00–13:00 and 16:00–18:30, weekends 9:00–17:00. The clock is
// Monday 2026-11-23 15:00 in Shanghai.
struct Room : test::TempSchool {
    Room() : TempSchool(6, 1) { }
    CallBook &calls() { return store->calls(); }
    QDate monday() const { return QDate(2026, 11, 23); }
    CallSlot slot(const QString &placeId, QDate day, QTime time, int line = 1)
    {
        const qint64 start = at(day, time);
        return {placeId, line, start, start + 10 * 60 * 1000};
    }
    QString phone() { return calls().places(true).at(0).id; }
    QString video() { return calls().places(true).at(1).id; }
    Contact father(const Child &child)
    {
        for (const Contact &contact : store->roster().contacts(child.id))
            if (contact.role == Contact::Role::Father)
                return contact;
        ADD_FAILURE() << "no father";
        return {};
    }
    // Runs `work` expecting a CallError for `reason`, and checks nothing was written.
    template <typename Work> void refused(Reason reason, Work &&work)
    {
        const int log = count("SELECT count(*) FROM change_log");
        const int bookings = count("SELECT count(*) FROM call_bookings");
        const int windows = count("SELECT count(*) FROM contact_windows");
        try {
            work();
            ADD_FAILURE() << "not refused";
        } catch (const CallError &error) {
            EXPECT_EQ(int(error.reason()), int(reason)) << qPrintable(error.message());
            EXPECT_FALSE(error.message().isEmpty());
        }
        EXPECT_EQ(count("SELECT count(*) FROM change_log"), log);
        EXPECT_EQ(count("SELECT count(*) FROM call_bookings"), bookings);
        EXPECT_EQ(count("SELECT count(*) FROM contact_windows"), windows);
    }
};

const QList<WeeklyRange> kTuesdayLunch = {{2, 12 * 60, 12 * 60 + 30}};

} // namespace

TEST(Calls, RoomSlotsFollowOpeningHoursPlacesAndThePolicy)
{
    Room room;
    ASSERT_EQ(room.calls().places().size(), 2);
    const qint64 dayStart = room.at(room.monday(), QTime(0, 0));
    const qint64 dayEnd = room.at(room.monday().addDays(1), QTime(0, 0));
    // 12:00–13:00: 6 slots; 16:00–18:30: 15 slots; two places.
    EXPECT_EQ(room.calls().roomSlots(dayStart, dayEnd).size(), (6 + 15) * 2);
    const QList<CallSlot> monday = room.calls().roomSlots(dayStart, dayEnd);
    EXPECT_EQ(monday.first().startMs, room.at(room.monday(), QTime(12, 0)));
    EXPECT_EQ(monday.last().startMs, room.at(room.monday(), QTime(18, 20)));

    CallPolicy policy = room.calls().policy();
    policy.gapMinutes = 5;
    room.calls().setPolicy(policy);
    EXPECT_EQ(room.calls().policy(), policy);
    // 12:00, 12:15, 12:30, 12:45; 16:00 … 18:15 (10 starts).
    EXPECT_EQ(room.calls().roomSlots(dayStart, dayEnd).size(), (4 + 10) * 2);

    // A holiday: closed, or its own hours.
    const QDate tuesday = room.monday().addDays(1);
    room.calls().setSpecialDay(tuesday, {});
    EXPECT_TRUE(
        room.calls().roomSlots(room.at(tuesday, QTime(0, 0)), room.at(tuesday.addDays(1), QTime(0, 0))).isEmpty());
    room.calls().setSpecialDay(tuesday, {{0, 10 * 60, 10 * 60 + 30}});
    EXPECT_EQ(room.calls().roomSlots(room.at(tuesday, QTime(0, 0)), room.at(tuesday.addDays(1), QTime(0, 0))).size(),
              2 * 2);
    room.calls().clearSpecialDay(tuesday);
    EXPECT_TRUE(room.calls().specialDays().isEmpty());

    // A place taken out of use offers nothing.
    CallPlace video = *room.calls().place(room.video());
    video.active = false;
    room.calls().updatePlace(video);
    CallPlace phone = *room.calls().place(room.phone());
    phone.lines = 2; // a second line
    room.calls().updatePlace(phone);
    policy.gapMinutes = 0;
    room.calls().setPolicy(policy);
    EXPECT_EQ(room.calls().roomSlots(dayStart, dayEnd).size(), (6 + 15) * 2);
    EXPECT_TRUE(room.calls().isRoomSlot(room.slot(room.phone(), room.monday(), QTime(12, 10), 2)));
    EXPECT_FALSE(room.calls().isRoomSlot(room.slot(room.phone(), room.monday(), QTime(12, 10), 3)));
    EXPECT_FALSE(room.calls().isRoomSlot(room.slot(room.video(), room.monday(), QTime(12, 10))));
    EXPECT_FALSE(room.calls().isRoomSlot(room.slot(room.phone(), room.monday(), QTime(12, 5))));
}

TEST(Calls, AChildSeesFreeSlotsInTheParentsWindowBooksAndCancels)
{
    Room room;
    const Child child = room.firstClass().at(0);
    const Contact dad = room.father(child);
    room.calls().setContactWindows(dad.id, kTuesdayLunch);
    EXPECT_EQ(room.calls().contactWindows(dad.id), kTuesdayLunch);

    // Two a day, so that other days show too; 14 days ahead: two Tuesdays.
    FreeSlots free = room.calls().freeSlots(child.id, dad.id, 6);
    ASSERT_EQ(free.options.size(), 4) << qPrintable(free.whyNone);
    const QDate tuesday = room.monday().addDays(1);
    EXPECT_EQ(free.options.at(0).startMs, room.at(tuesday, QTime(12, 0)));
    EXPECT_EQ(free.options.at(1).startMs, room.at(tuesday, QTime(12, 10)));
    EXPECT_EQ(free.options.at(2).startMs, room.at(tuesday.addDays(7), QTime(12, 0)));
    EXPECT_TRUE(free.whyNone.isEmpty());

    const int log = room.count("SELECT count(*) FROM change_log");
    const QString id = room.calls().book(child.id, dad.id, free.options.at(1));
    EXPECT_EQ(room.count("SELECT count(*) FROM change_log") - log, 1);
    ASSERT_EQ(room.calls().upcoming(child.id).size(), 1);
    EXPECT_EQ(room.calls().upcoming(child.id).first().slot, free.options.at(1));

    // One booked ahead (the default): the child is told when they can book again.
    free = room.calls().freeSlots(child.id, dad.id);
    EXPECT_TRUE(free.options.isEmpty());
    EXPECT_FALSE(free.whyNone.isEmpty());
    ASSERT_TRUE(free.nextChanceMs.has_value());
    EXPECT_EQ(*free.nextChanceMs, room.at(tuesday, QTime(12, 20)));

    // Another child with a father free at the same time is offered the other place.
    const Child other = room.firstClass().at(1);
    const Contact otherDad = room.father(other);
    room.calls().setContactWindows(otherDad.id, kTuesdayLunch);
    const FreeSlots otherFree = room.calls().freeSlots(other.id, otherDad.id, 3);
    ASSERT_EQ(otherFree.options.size(), 3);
    EXPECT_EQ(otherFree.options.at(1).startMs, room.at(tuesday, QTime(12, 10)));
    EXPECT_EQ(otherFree.options.at(1).placeId, room.video());

    room.calls().cancel(id);
    EXPECT_TRUE(room.calls().upcoming(child.id).isEmpty());
    EXPECT_EQ(room.calls().freeSlots(child.id, dad.id, 6).options.size(), 4);
    // The cancelled slot can be booked again (the index ignores cancelled rows).
    EXPECT_NO_THROW(room.calls().book(other.id, otherDad.id,
                                      free.options.isEmpty() ? otherFree.options.at(0) : free.options.at(0)));
}

TEST(Calls, EveryBadBookingIsRefusedWithAMessageAndNothingWritten)
{
    Room room;
    const Child child = room.firstClass().at(0);
    const Child other = room.firstClass().at(1);
    const Contact dad = room.father(child);
    const Contact otherDad = room.father(other);
    room.calls().setContactWindows(dad.id, kTuesdayLunch);
    room.calls().setContactWindows(otherDad.id, kTuesdayLunch);
    const QDate tuesday = room.monday().addDays(1);
    const CallSlot good = room.slot(room.phone(), tuesday, QTime(12, 0));

    room.refused(Reason::InThePast,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.phone(), room.monday(), QTime(12, 0))); });
    room.refused(Reason::OutsideOpeningHours,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday, QTime(14, 0))); });
    room.refused(Reason::OutsideOpeningHours,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday, QTime(12, 5))); });
    room.refused(Reason::OutsideWindow,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday, QTime(12, 40))); });
    room.refused(Reason::UnknownChild, [&] { room.calls().book(QStringLiteral("nobody"), dad.id, good); });
    room.refused(Reason::UnknownContact, [&] { room.calls().book(child.id, otherDad.id, good); });
    room.refused(Reason::UnknownPlace, [&] {
        room.calls().book(child.id, dad.id, {QStringLiteral("attic"), 1, good.startMs, good.endMs});
    });

    room.calls().book(child.id, dad.id, good);
    room.refused(Reason::SlotTaken, [&] { room.calls().book(other.id, otherDad.id, good); });
    room.refused(Reason::ChildBusy,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.video(), tuesday, QTime(12, 10))); });

    // Windows and hours: empty, reversed, overlapping, outside the day.
    room.refused(Reason::Invalid, [&] { room.calls().setContactWindows(dad.id, {{2, 12 * 60, 12 * 60}}); });
    room.refused(Reason::Invalid, [&] { room.calls().setContactWindows(dad.id, {{2, 13 * 60, 12 * 60}}); });
    room.refused(Reason::Invalid, [&] {
        room.calls().setContactWindows(dad.id, {{2, 12 * 60, 13 * 60}, {2, 12 * 60 + 30, 14 * 60}});
    });
    room.refused(Reason::Invalid, [&] { room.calls().setContactWindows(dad.id, {{8, 12 * 60, 13 * 60}}); });
    room.refused(Reason::Invalid, [&] { room.calls().setOpeningHours({{1, 23 * 60, 25 * 60}}); });
    room.refused(Reason::UnknownContact,
                 [&] { room.calls().setContactWindows(QStringLiteral("nobody"), kTuesdayLunch); });
    room.refused(Reason::Invalid, [&] {
        room.calls().addPlace({{}, QStringLiteral("  "), CallPlace::Kind::Phone, 1, true});
    });
    room.refused(Reason::Invalid, [&] {
        room.calls().addPlace({{}, QStringLiteral("走廊"), CallPlace::Kind::Phone, 0, true});
    });
    CallPolicy policy;
    policy.slotMinutes = 0;
    room.refused(Reason::Invalid, [&] { room.calls().setPolicy(policy); });
    EXPECT_EQ(room.calls().contactWindows(dad.id), kTuesdayLunch);
    EXPECT_EQ(room.calls().policy(), CallPolicy{});
}

TEST(Calls, OneCallADayTheWeeklyCapAndBookingsAhead)
{
    Room room;
    const Child child = room.firstClass().at(0);
    const Contact dad = room.father(child);
    const QList<WeeklyRange> lunches = {{2, 12 * 60, 13 * 60}, {3, 12 * 60, 13 * 60}, {4, 12 * 60, 13 * 60}};
    room.calls().setContactWindows(dad.id, lunches);
    CallPolicy policy;
    policy.bookingsAhead = 3;
    room.calls().setPolicy(policy);
    const QDate tuesday = room.monday().addDays(1);
    room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday, QTime(12, 0)));
    // The weekly cap (1): nothing more this week; next week is offered.
    room.refused(Reason::ChildBusy, [&] {
        room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday.addDays(1), QTime(12, 0)));
    });
    const FreeSlots free = room.calls().freeSlots(child.id, dad.id, 2);
    ASSERT_FALSE(free.options.isEmpty());
    EXPECT_GE(free.options.first().startMs, room.at(tuesday.addDays(7), QTime(0, 0)));

    policy.weeklyCap = 2;
    room.calls().setPolicy(policy);
    // Never two on one day.
    room.refused(Reason::ChildBusy,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday, QTime(12, 30))); });
    EXPECT_NO_THROW(room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday.addDays(1), QTime(12, 0))));
    EXPECT_EQ(room.calls().upcoming(child.id).size(), 2);
}

TEST(Calls, TheTeacherMarksCallsAndTheLogKeepsThem)
{
    Room room;
    const Child child = room.firstClass().at(0);
    const Contact dad = room.father(child);
    room.calls().setContactWindows(dad.id, kTuesdayLunch);
    const QDate tuesday = room.monday().addDays(1);
    const QString id = room.calls().book(child.id, dad.id, room.slot(room.phone(), tuesday, QTime(12, 0)));
    room.refused(Reason::Invalid, [&] { room.calls().mark(id, CallStatus::Talked, 0); });
    room.refused(Reason::Invalid, [&] { room.calls().mark(id, CallStatus::Cancelled); });
    room.refused(Reason::UnknownBooking, [&] { room.calls().mark(QStringLiteral("nothing"), CallStatus::Absent); });
    room.calls().mark(id, CallStatus::Talked, 8);
    EXPECT_EQ(room.calls().booking(id)->status, CallStatus::Talked);
    EXPECT_EQ(room.calls().booking(id)->minutes, 8);
    room.refused(Reason::AlreadyMarked, [&] { room.calls().cancel(id); });
    room.calls().mark(id, CallStatus::NoAnswer); // a correction
    EXPECT_EQ(room.calls().booking(id)->minutes, 0);
    ASSERT_EQ(room.calls().callLog(child.id).size(), 1);
    EXPECT_EQ(room.calls().callLog(child.id).first().status, CallStatus::NoAnswer);
    EXPECT_EQ(room.count("SELECT count(*) FROM change_log WHERE entity = 'call_bookings'"), 3);
}

TEST(Calls, AClockThatJumpsNeitherLosesNorDoublesABooking)
{
    Room room;
    const Child child = room.firstClass().at(0);
    const Child other = room.firstClass().at(1);
    const Contact dad = room.father(child);
    const Contact otherDad = room.father(other);
    room.calls().setContactWindows(dad.id, kTuesdayLunch);
    room.calls().setContactWindows(otherDad.id, kTuesdayLunch);
    const QDate tuesday = room.monday().addDays(1);
    const CallSlot slot = room.slot(room.phone(), tuesday, QTime(12, 0));
    room.calls().book(child.id, dad.id, slot);

    const qint64 now = room.clock.nowMs();
    room.clock.set(now - 3 * 24 * 3600 * 1000LL); // set back three days
    room.refused(Reason::SlotTaken, [&] { room.calls().book(other.id, otherDad.id, slot); });
    room.refused(Reason::ChildBusy,
                 [&] { room.calls().book(child.id, dad.id, room.slot(room.video(), tuesday, QTime(12, 10))); });
    EXPECT_EQ(room.calls().upcoming(child.id).size(), 1);

    room.clock.set(now + 8 * 24 * 3600 * 1000LL); // forward past the call
    EXPECT_TRUE(room.calls().upcoming(child.id).isEmpty()); // over, waiting to be marked
    EXPECT_EQ(room.calls().bookingsBetween(slot.startMs, slot.endMs).size(), 1);
    room.refused(Reason::InThePast, [&] { room.calls().book(other.id, otherDad.id, slot); });
    room.clock.set(now);
    EXPECT_EQ(room.count("SELECT count(*) FROM call_bookings"), 1);

    // Reopening the file (a power cut) keeps it.
    room.reopen();
    EXPECT_EQ(room.calls().upcoming(child.id).size(), 1);
}

TEST(Calls, WhenNothingFitsTheChildIsToldWhy)
{
    Room room;
    const Child child = room.firstClass().at(0);
    const Contact dad = room.father(child);
    // Only late on Sunday evenings: the room is closed then.
    room.calls().setContactWindows(dad.id, {{7, 19 * 60, 21 * 60}});
    FreeSlots free = room.calls().freeSlots(child.id, dad.id);
    EXPECT_TRUE(free.options.isEmpty());
    EXPECT_FALSE(free.whyNone.isEmpty());
    EXPECT_FALSE(free.nextChanceMs.has_value());
    // No windows written down at all.
    room.calls().setContactWindows(dad.id, {});
    free = room.calls().freeSlots(child.id, dad.id);
    EXPECT_TRUE(free.options.isEmpty());
    EXPECT_FALSE(free.whyNone.isEmpty());
    // Every fitting slot taken by other children: "try tomorrow".
    room.calls().setContactWindows(dad.id, {{2, 12 * 60, 12 * 60 + 10}});
    const QDate tuesday = room.monday().addDays(1);
    int i = 1;
    for (const QDate day : {tuesday, tuesday.addDays(7)}) {
        for (const QString &place : {room.phone(), room.video()}) {
            const Child taker = room.firstClass().at(i++);
            const Contact takerDad = room.father(taker);
            room.calls().setContactWindows(takerDad.id, {{2, 12 * 60, 12 * 60 + 10}});
            room.calls().book(taker.id, takerDad.id, room.slot(place, day, QTime(12, 0)));
        }
    }
    free = room.calls().freeSlots(child.id, dad.id);
    EXPECT_TRUE(free.options.isEmpty());
    EXPECT_FALSE(free.whyNone.isEmpty());
    ASSERT_TRUE(free.nextChanceMs.has_value());
}

TEST(Calls, TimesInWordsAChildReads)
{
    Room room;
    const qint64 now = room.clock.nowMs(); // Monday 15:00
    const QTimeZone zone = room.zone();
    EXPECT_EQ(callTimeWords(room.at(room.monday(), QTime(16, 20)), now, zone), QStringLiteral("Today afternoon 4:20"));
    EXPECT_EQ(callTimeWords(room.at(room.monday().addDays(1), QTime(12, 10)), now, zone),
              QStringLiteral("Tomorrow noon 12:10"));
    EXPECT_EQ(callTimeWords(room.at(room.monday().addDays(6), QTime(19, 20)), now, zone),
              QStringLiteral("Sunday evening 7:20"));
    EXPECT_EQ(callTimeWords(room.at(room.monday().addDays(3), QTime(9, 5)), now, zone),
              QStringLiteral("Thursday morning 9:05"));
    EXPECT_EQ(callTimeWords(room.at(room.monday().addDays(14), QTime(9, 30)), now, zone),
              QStringLiteral("12/7 morning 9:30"));
}

TEST(Calls, TheMonthPutsChildrenWithoutACallFirstAndRatesParentsAnswers)
{
    Room room;
    const QList<Child> kids = room.firstClass();
    const QDate tuesday = room.monday().addDays(1);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const Contact dad = room.father(kids.at(i));
        room.calls().setContactWindows(dad.id, kTuesdayLunch);
        ids.append(room.calls().book(kids.at(i).id, dad.id, room.slot(room.phone(), tuesday, QTime(12, 10 * i))));
    }
    room.calls().mark(ids.at(0), CallStatus::Talked, 9);
    room.calls().mark(ids.at(1), CallStatus::NoAnswer);
    const CallMonth month = room.calls().month(room.monday());
    EXPECT_EQ(month.first, QDate(2026, 11, 1));
    ASSERT_EQ(month.children.size(), kids.size());
    // Everyone without a talk comes before the one child who talked.
    EXPECT_EQ(month.children.last().childId, kids.at(0).id);
    EXPECT_EQ(month.children.last().talked, 1);
    for (qsizetype i = 0; i + 1 < month.children.size(); ++i)
        EXPECT_EQ(month.children.at(i).talked, 0);
    ASSERT_EQ(month.contacts.size(), 2);
    EXPECT_EQ(month.contacts.first().childId, kids.at(1).id); // 1 of 1 unanswered
    EXPECT_EQ(month.contacts.first().noAnswer, 1);
    EXPECT_EQ(month.contacts.last().noAnswer, 0);
    // Next month starts empty.
    EXPECT_EQ(room.calls().month(QDate(2026, 12, 5)).contacts.size(), 0);
}

TEST(Calls, WeeklyTimesAsTeachersTypeThem)
{
    using Ranges = QList<WeeklyRange>;
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("周三 12:00-12:30，周日 19:00-21:00")),
              (Ranges{{3, 720, 750}, {7, 1140, 1260}}));
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("周一至周五 16:00～18:30")),
              (Ranges{{1, 960, 1110}, {2, 960, 1110}, {3, 960, 1110}, {4, 960, 1110}, {5, 960, 1110}}));
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("星期六9：00-11：00 14:00-16:00")),
              (Ranges{{6, 540, 660}, {6, 840, 960}}));
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("Wed 12:00-12:30; Sat-Sun 9:00-11:00")),
              (Ranges{{3, 720, 750}, {6, 540, 660}, {7, 540, 660}}));
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("周末 9:00-10:00"))->size(), 2);
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("每天 20:00-24:00"))->size(), 7);
    EXPECT_EQ(parseWeeklyRanges(QStringLiteral("  ")), Ranges{});
    // Written back, then read again: the same.
    const Ranges ranges = *parseWeeklyRanges(QStringLiteral("周三 12:00-12:30 17:30-18:30, 周日 14:00-16:00"));
    EXPECT_EQ(formatWeeklyRanges(ranges), QStringLiteral("Wed 12:00-12:30 17:30-18:30, Sun 14:00-16:00"));
    EXPECT_EQ(parseWeeklyRanges(formatWeeklyRanges(ranges)), ranges);
    // Days with the same times are written as a run.
    const Ranges room = *parseWeeklyRanges(QStringLiteral("周一至周五 12:00-13:00 16:00-18:30，周末 9:00-17:00"));
    EXPECT_EQ(room.size(), 12);
    EXPECT_EQ(formatWeeklyRanges(room), QStringLiteral("Mon-Fri 12:00-13:00 16:00-18:30, Sat-Sun 9:00-17:00"));
    EXPECT_EQ(parseWeeklyRanges(formatWeeklyRanges(room)), room);

    // Each bad text says what is wrong.
    for (const QString &bad : {QStringLiteral("12:00-13:00"), QStringLiteral("周八 12:00-13:00"),
                               QStringLiteral("周三 25:00-26:00"), QStringLiteral("周三 13:00-12:00"),
                               QStringLiteral("周三 12:00-12:00"), QStringLiteral("周三 12:00-14:00 13:00-15:00"),
                               QStringLiteral("周三 中午"), QStringLiteral("Funday 12:00-13:00")}) {
        QString problem;
        EXPECT_FALSE(parseWeeklyRanges(bad, &problem).has_value()) << qPrintable(bad);
        EXPECT_FALSE(problem.isEmpty()) << qPrintable(bad);
    }
}

TEST(Calls, HolidaysAsTeachersTypeThem)
{
    QString problem;
    const auto days = parseSpecialDays(
        QStringLiteral("2026-10-01至2026-10-07 关闭\n2026-12-31 9:00-12:00；01-01 closed"), 2027, &problem);
    ASSERT_TRUE(days.has_value()) << qPrintable(problem);
    EXPECT_EQ(days->size(), 9);
    EXPECT_TRUE(days->value(QDate(2026, 10, 3)).isEmpty());
    EXPECT_EQ(days->value(QDate(2026, 12, 31)), (QList<WeeklyRange>{{4, 9 * 60, 12 * 60}}));
    EXPECT_TRUE(days->contains(QDate(2027, 1, 1)));
    // Written back and read again: the same.
    QHash<QDate, QList<WeeklyRange>> hash;
    for (auto it = days->begin(); it != days->end(); ++it)
        hash.insert(it.key(), it.value());
    EXPECT_EQ(parseSpecialDays(formatSpecialDays(hash), 2027), days);
    EXPECT_TRUE(parseSpecialDays(QString(), 2026)->isEmpty());
    for (const QString &bad :
         {QStringLiteral("国庆 关闭"), QStringLiteral("2026-02-30 关闭"), QStringLiteral("2026-10-07至2026-10-01 关闭"),
          QStringLiteral("2026-10-01 下午"), QStringLiteral("2026-10-01 13:00-12:00")}) {
        QString why;
        EXPECT_FALSE(parseSpecialDays(bad, 2026, &why).has_value()) << qPrintable(bad);
        EXPECT_FALSE(why.isEmpty()) << qPrintable(bad);
    }
}

TEST(Calls, TheRoomIsOpenOnlyInsideItsHours)
{
    Room room;
    const QDate monday = room.monday();
    EXPECT_FALSE(room.calls().isOpenAt(room.at(monday, QTime(11, 59))));
    EXPECT_TRUE(room.calls().isOpenAt(room.at(monday, QTime(12, 0))));
    EXPECT_TRUE(room.calls().isOpenAt(room.at(monday, QTime(12, 59))));
    EXPECT_FALSE(room.calls().isOpenAt(room.at(monday, QTime(13, 0))));
    EXPECT_FALSE(room.calls().isOpenAt(room.at(monday, QTime(23, 30))));
    EXPECT_TRUE(room.calls().isOpenAt(room.at(monday.addDays(5), QTime(9, 0)))); // Saturday
    // A holiday closes the room all day; special hours replace the week's.
    room.calls().setSpecialDay(monday, {});
    EXPECT_FALSE(room.calls().isOpenAt(room.at(monday, QTime(12, 30))));
    room.calls().setSpecialDay(monday, {{0, 8 * 60, 9 * 60}});
    EXPECT_TRUE(room.calls().isOpenAt(room.at(monday, QTime(8, 30))));
    EXPECT_FALSE(room.calls().isOpenAt(room.at(monday, QTime(12, 30))));
}
