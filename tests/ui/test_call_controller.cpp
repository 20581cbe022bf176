#include "app_context.h"
#include "frame_source.h"
#include "temp_school.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace qq;
using Screen = KioskController::Screen;

namespace {

// The demo room (Monday 2026-11-23 15:00): a phone and a video corner, open
// weekdays 12:00–13:00 and 16:00–18:30. The first child's father answers on
// Tuesdays 12:00–12:30.
struct Room : test::TempSchool {
    Room() : TempSchool(12, 1, false), context(*store, std::make_unique<ImageFrameSource>())
    {
        child = firstClass().at(0);
        for (const Contact &contact : store->roster().contacts(child.id)) {
            if (contact.role == Contact::Role::Father)
                dad = contact;
        }
        store->calls().setContactWindows(dad.id, {{2, 12 * 60, 12 * 60 + 30}});
    }
    KioskController &kiosk() { return context.kiosk(); }
    CallController &calls() { return context.calls(); }
    int rowOfPerson(const QString &contactId)
    {
        for (int row = 0; row < calls().people()->rowCount(); ++row)
            if (calls().people()->index(row).data(CallChoiceModel::KeyRole).toString() == contactId)
                return row;
        return -1;
    }
    void findMyself()
    {
        calls().open();
        calls().bookMine();
        kiosk().chooseClass(store->roster().classes().first().id);
        kiosk().chooseChild(child.id);
    }
    AppContext context;
    Child child;
    Contact dad;
};

} // namespace

TEST(CallBooking, AChildFindsThemselfChoosesDadATimeAndSeesTheCard)
{
    Room room;
    room.calls().open();
    EXPECT_EQ(room.kiosk().screen(), Screen::Calls);
    EXPECT_EQ(room.calls().board()->rowCount(), 0);
    room.findMyself();
    EXPECT_EQ(room.kiosk().screen(), Screen::CallWho);
    EXPECT_EQ(room.calls().childName(), room.child.name);
    EXPECT_EQ(room.calls().people()->rowCount(), 3); // dad, mum, grandparent
    EXPECT_GE(room.rowOfPerson(room.dad.id), 0);
    EXPECT_TRUE(room.calls().myCall().isEmpty());
    EXPECT_FALSE(room.store->visits().openVisit(room.child.id)); // finding yourself here is not signing in

    room.calls().choosePerson(room.dad.id);
    EXPECT_EQ(room.kiosk().screen(), Screen::CallSlots);
    EXPECT_TRUE(room.calls().whyNone().isEmpty());
    ASSERT_GE(room.calls().times()->rowCount(), 2);
    EXPECT_EQ(room.calls().times()->index(0).data(CallChoiceModel::TitleRole).toString(),
              QStringLiteral("Tomorrow noon 12:00"));
    room.calls().chooseTime(1);
    EXPECT_EQ(room.kiosk().screen(), Screen::CallConfirm);
    EXPECT_EQ(room.calls().chosenTime(), QStringLiteral("Tomorrow noon 12:10"));
    EXPECT_EQ(room.count("SELECT count(*) FROM call_bookings"), 0); // nothing before "yes"
    room.calls().confirm();
    EXPECT_EQ(room.kiosk().screen(), Screen::CallBooked);
    ASSERT_EQ(room.store->calls().upcoming(room.child.id).size(), 1);
    EXPECT_EQ(room.store->calls().upcoming(room.child.id).first().slot.startMs,
              room.at(QDate(2026, 11, 24), QTime(12, 10)));
    EXPECT_EQ(room.calls().board()->rowCount(), 1);

    // Back at "who": the booking shows and can be cancelled.
    room.findMyself();
    EXPECT_FALSE(room.calls().myCall().isEmpty());
    room.calls().cancelMine();
    EXPECT_TRUE(room.calls().myCall().isEmpty());
    EXPECT_TRUE(room.store->calls().upcoming(room.child.id).isEmpty());
    EXPECT_FALSE(room.kiosk().message().isEmpty());
}

TEST(CallBooking, ACardWhileBookingFindsTheChildWithoutSigningIn)
{
    Room room;
    room.calls().open();
    room.calls().bookMine();
    EXPECT_TRUE(room.kiosk().pickingForCall());
    room.kiosk().cardRead(room.child.cardCode);
    EXPECT_EQ(room.kiosk().screen(), Screen::CallWho);
    EXPECT_EQ(room.calls().childName(), room.child.name);
    EXPECT_FALSE(room.store->visits().openVisit(room.child.id));
    // Home ends the booking mode: a card there signs in as before.
    room.kiosk().goHome();
    EXPECT_FALSE(room.kiosk().pickingForCall());
    room.kiosk().cardRead(room.child.cardCode);
    EXPECT_EQ(room.kiosk().screen(), Screen::Greeting);
}

TEST(CallBooking, ATimeTakenMeanwhileIsRefusedAndTheChoiceIsFresh)
{
    Room room;
    room.findMyself();
    room.calls().choosePerson(room.dad.id);
    room.calls().chooseTime(0);
    const QString chosen = room.calls().chosenTime();
    // Another kiosk (or the teacher) books both places at that time first.
    const Child other = room.firstClass().at(1);
    Contact otherDad;
    for (const Contact &contact : room.store->roster().contacts(other.id))
        if (contact.role == Contact::Role::Father)
            otherDad = contact;
    room.store->calls().setContactWindows(otherDad.id, {{2, 12 * 60, 12 * 60 + 30}});
    const Child third = room.firstClass().at(2);
    Contact thirdDad;
    for (const Contact &contact : room.store->roster().contacts(third.id))
        if (contact.role == Contact::Role::Father)
            thirdDad = contact;
    room.store->calls().setContactWindows(thirdDad.id, {{2, 12 * 60, 12 * 60 + 30}});
    const qint64 noon = room.at(QDate(2026, 11, 24), QTime(12, 0));
    for (const CallPlace &place : room.store->calls().places()) {
        const Child &who = place.kind == CallPlace::Kind::Phone ? other : third;
        const Contact &whom = place.kind == CallPlace::Kind::Phone ? otherDad : thirdDad;
        room.store->calls().book(who.id, whom.id, {place.id, 1, noon, noon + 10 * 60 * 1000}, CallSource::Teacher);
    }
    room.calls().confirm();
    EXPECT_FALSE(room.kiosk().errorMessage().isEmpty());
    EXPECT_EQ(room.kiosk().screen(), Screen::CallSlots);
    EXPECT_TRUE(room.store->calls().upcoming(room.child.id).isEmpty());
    EXPECT_NE(room.calls().times()->index(0).data(CallChoiceModel::TitleRole).toString(), chosen);
    EXPECT_EQ(room.count("SELECT count(*) FROM call_bookings"), 2);
}

TEST(CallBooking, WhenNothingFitsTheChildReadsWhy)
{
    Room room;
    room.store->calls().setContactWindows(room.dad.id, {{7, 19 * 60, 21 * 60}}); // only when the room is closed
    room.findMyself();
    room.calls().choosePerson(room.dad.id);
    EXPECT_EQ(room.kiosk().screen(), Screen::CallSlots);
    EXPECT_EQ(room.calls().times()->rowCount(), 0);
    EXPECT_FALSE(room.calls().whyNone().isEmpty());
    room.calls().choosePerson(QStringLiteral("not-a-contact"));
    EXPECT_FALSE(room.kiosk().errorMessage().isEmpty());
}

TEST(CallBoard, TwoMinutesBeforeTheKioskChimesOnceAndNamesTheChild)
{
    Room room;
    const qint64 noon = room.at(QDate(2026, 11, 24), QTime(12, 0));
    const QString phone = room.store->calls().places().first().id;
    room.store->calls().book(room.child.id, room.dad.id, {phone, 1, noon, noon + 10 * 60 * 1000});
    QSignalSpy chime(&room.calls(), &CallController::chime);
    room.calls().tick();
    EXPECT_EQ(chime.count(), 0);
    room.clock.set(noon - 90 * 1000);
    room.calls().tick();
    EXPECT_EQ(chime.count(), 1);
    EXPECT_TRUE(room.calls().announcement().contains(room.child.name));
    room.calls().dismissAnnouncement();
    EXPECT_TRUE(room.calls().announcement().isEmpty());
    room.calls().tick();
    EXPECT_EQ(chime.count(), 1);
}

TEST(CallDay, TheTeacherSeesTodaysCallsAndMarksThem)
{
    Room room;
    room.store->calls().setContactWindows(room.dad.id, {{1, 16 * 60, 18 * 60}}); // Mondays after school
    const qint64 four = room.at(QDate(2026, 11, 23), QTime(16, 0));
    const QString phone = room.store->calls().places().first().id;
    const QString id = room.store->calls().book(room.child.id, room.dad.id, {phone, 1, four, four + 10 * 60 * 1000});
    room.kiosk().openTeacher();
    room.context.teacher().submitPin(QStringLiteral("1234"));
    room.calls().openDay();
    EXPECT_EQ(room.kiosk().screen(), Screen::CallDay);
    ASSERT_EQ(room.calls().day()->rowCount(), 1);
    EXPECT_EQ(room.calls().day()->index(0).data(CallListModel::TimeRole).toString(), QStringLiteral("16:00"));
    room.calls().mark(id, QStringLiteral("talked"), 10);
    EXPECT_EQ(room.store->calls().booking(id)->status, CallStatus::Talked);
    EXPECT_EQ(room.calls().day()->index(0).data(CallListModel::StatusRole).toString(), QStringLiteral("talked"));
    room.calls().mark(id, QStringLiteral("whatever"));
    EXPECT_FALSE(room.kiosk().errorMessage().isEmpty());
    EXPECT_EQ(room.store->calls().booking(id)->status, CallStatus::Talked);
    room.kiosk().dismissError();
    room.calls().back();
    EXPECT_EQ(room.kiosk().screen(), Screen::TeacherRoom);
}

TEST(CallMonth, ChildrenWithoutACallComeFirstAndTheMonthExports)
{
    Room room;
    room.store->calls().setContactWindows(room.dad.id, {{1, 16 * 60, 18 * 60}});
    const qint64 four = room.at(QDate(2026, 11, 23), QTime(16, 0));
    const QString phone = room.store->calls().places().first().id;
    const QString id = room.store->calls().book(room.child.id, room.dad.id, {phone, 1, four, four + 10 * 60 * 1000});
    room.store->calls().mark(id, CallStatus::NoAnswer);
    room.kiosk().openTeacher();
    room.context.teacher().submitPin(QStringLiteral("1234"));
    room.calls().openMonth();
    EXPECT_EQ(room.kiosk().screen(), Screen::CallMonth);
    CallMonthModel *month = room.calls().month();
    ASSERT_EQ(month->rowCount(), 12);
    EXPECT_EQ(room.calls().monthWithoutCall(), 12); // a no-answer is not a call
    EXPECT_EQ(room.calls().unanswered()->rowCount(), 1);
    EXPECT_TRUE(
        room.calls().unanswered()->index(0).data(CallChoiceModel::TitleRole).toString().contains(room.child.name));

    room.calls().exportMonth();
    const QString path = QDir(room.store->dataDir()).filePath(QStringLiteral("exports/calls-2026-11.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(room.calls().notice());
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, for spreadsheets
    const QString csv = QString::fromUtf8(bytes);
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 13); // header and 12 children
    EXPECT_TRUE(csv.contains(room.child.name));
    EXPECT_FALSE(room.calls().notice().isEmpty());
}

TEST(CallSetup, PlacesHoursAndRulesAreSavedAndBadHoursAreRefused)
{
    Room room;
    room.kiosk().openTeacher();
    room.context.teacher().submitPin(QStringLiteral("1234"));
    room.calls().openSetup();
    EXPECT_EQ(room.kiosk().screen(), Screen::CallSetup);
    EXPECT_EQ(room.calls().places()->rowCount(), 2);
    EXPECT_EQ(room.calls().policyValues(), (QList<int>{10, 0, 1, 1, 1}));
    const QString hoursBefore = room.calls().hoursText();
    EXPECT_FALSE(hoursBefore.isEmpty());

    EXPECT_FALSE(room.calls().addPlace(QStringLiteral("   "), false, 1));
    EXPECT_FALSE(room.calls().notice().isEmpty());
    EXPECT_TRUE(room.calls().addPlace(QStringLiteral("亲情电话 2"), false, 1));
    EXPECT_EQ(room.calls().places()->rowCount(), 3);
    room.calls().removePlace(room.calls().places()->index(2).data(CallChoiceModel::KeyRole).toString());
    EXPECT_EQ(room.calls().places()->rowCount(), 2);
    EXPECT_EQ(room.store->calls().places(true).size(), 3); // kept, out of use

    const int changes = room.count("SELECT count(*) FROM change_log");
    EXPECT_FALSE(room.calls().saveSetup(QStringLiteral("周一 16:00-15:00"), {15, 5, 2, 1, 1}));
    EXPECT_FALSE(room.calls().saveSetup(QString(), {15, 5, 2, 1, 1}));
    EXPECT_FALSE(room.calls().saveSetup(QStringLiteral("周一 16:00-18:00"), {0, 5, 2, 1, 1}));
    EXPECT_EQ(room.count("SELECT count(*) FROM change_log"), changes);
    EXPECT_EQ(room.calls().hoursText(), hoursBefore);

    EXPECT_TRUE(room.calls().saveSetup(QStringLiteral("工作日 16:00-18:00"), {15, 5, 2, 1, 1}));
    EXPECT_EQ(room.store->calls().openingHours().size(), 5);
    EXPECT_EQ(room.store->calls().policy().slotMinutes, 15);
    EXPECT_EQ(room.store->calls().policy().perMonth, 2);
    EXPECT_EQ(room.calls().hoursText(), QStringLiteral("Mon-Fri 16:00-18:00"));

    // Holidays: a bad line changes nothing; a good one closes those days.
    EXPECT_FALSE(
        room.calls().saveSetup(QStringLiteral("工作日 16:00-18:00"), {15, 5, 2, 1, 1}, QStringLiteral("国庆 关闭")));
    EXPECT_TRUE(room.store->calls().specialDays().isEmpty());
    EXPECT_TRUE(room.calls().saveSetup(QStringLiteral("工作日 16:00-18:00"), {15, 5, 2, 1, 1},
                                       QStringLiteral("2026-11-24 关闭")));
    EXPECT_EQ(room.store->calls().specialDays().size(), 1);
    EXPECT_EQ(room.calls().specialDaysText(), QStringLiteral("2026-11-24 closed"));
    const qint64 tuesday = room.at(QDate(2026, 11, 24), QTime(0, 0));
    EXPECT_TRUE(room.store->calls().roomSlots(tuesday, tuesday + 24 * 3600 * 1000LL).isEmpty());
    EXPECT_TRUE(room.calls().saveSetup(QStringLiteral("工作日 16:00-18:00"), {15, 5, 2, 1, 1}, QString()));
    EXPECT_TRUE(room.store->calls().specialDays().isEmpty());
}

TEST(CallPlan, PlanningTheWeekBooksDueChildrenAndListsTheOthers)
{
    Room room;
    room.kiosk().openTeacher();
    room.context.teacher().submitPin(QStringLiteral("1234"));
    const int before = room.count("SELECT count(*) FROM call_bookings");
    room.calls().planWeek();
    EXPECT_EQ(room.kiosk().screen(), Screen::CallPlan);
    EXPECT_FALSE(room.calls().planSummary().isEmpty());
    const int booked = room.count("SELECT count(*) FROM call_bookings WHERE source = 'plan'");
    EXPECT_GT(booked, 0);
    EXPECT_EQ(room.count("SELECT count(*) FROM call_bookings") - before, booked);
    // Every due child is either booked or listed with a reason.
    EXPECT_EQ(room.count("SELECT count(DISTINCT child_id) FROM call_bookings WHERE source = 'plan'")
                  + room.calls().unplaced()->rowCount(),
              12);
    for (int row = 0; row < room.calls().unplaced()->rowCount(); ++row)
        EXPECT_FALSE(room.calls().unplaced()->index(row).data(CallChoiceModel::DetailRole).toString().isEmpty());
    // The same slot is never booked twice, and a second plan adds no doubles.
    EXPECT_EQ(room.count("SELECT count(*) FROM (SELECT place_id, line, start_ms FROM call_bookings "
                         "WHERE status <> 'cancelled' GROUP BY 1, 2, 3 HAVING count(*) > 1)"),
              0);
    room.calls().planWeek();
    EXPECT_EQ(room.count("SELECT count(*) FROM (SELECT child_id FROM call_bookings WHERE status = 'booked' "
                         "GROUP BY child_id HAVING count(*) > 1)"),
              0);
}
