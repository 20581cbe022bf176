#include "app_context.h"
#include "avatar.h"
#include "photo_provider.h"
#include "pinyin.h"
#include "temp_school.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace qq;
using Screen = KioskController::Screen;
using GreetingKind = KioskController::GreetingKind;

namespace {

struct Kiosk : test::TempSchool {
    Kiosk() : TempSchool(24, 2, true), context(*store) { }
    KioskController &kiosk() { return context.kiosk(); }
    TeacherController &teacher() { return context.teacher(); }
    QString firstClassId() const { return store->roster().classes().first().id; }
    void pick(const QString &childId)
    {
        kiosk().startSignIn();
        kiosk().chooseClass(firstClassId());
        kiosk().chooseChild(childId);
    }
    AppContext context;
};

} // namespace

TEST(KioskFlow, ClassThenPhotoThenGreetingThenMood)
{
    Kiosk k;
    QSignalSpy screens(&k.kiosk(), &KioskController::screenChanged);
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    k.kiosk().startSignIn();
    EXPECT_EQ(k.kiosk().screen(), Screen::Classes);
    EXPECT_EQ(k.kiosk().classes()->rowCount(), 2);
    k.kiosk().chooseClass(k.firstClassId());
    EXPECT_EQ(k.kiosk().screen(), Screen::Photos);
    EXPECT_EQ(k.kiosk().children()->rowCount(), 12);
    EXPECT_EQ(k.kiosk().className(), "一年级(1)班");

    const Child child = k.firstClass().at(2);
    k.kiosk().chooseChild(child.id);
    EXPECT_EQ(k.kiosk().screen(), Screen::Greeting);
    EXPECT_EQ(k.kiosk().greeting(), GreetingKind::Welcome);
    EXPECT_EQ(k.kiosk().childName(), child.name);
    EXPECT_EQ(k.kiosk().greetingTime(), "15:00");
    EXPECT_EQ(k.kiosk().childPhoto().toString(), "image://photo/" + child.id);
    // Committed before the greeting shows.
    EXPECT_TRUE(k.store->visits().openVisit(child.id));
    const QModelIndex row = k.kiosk().children()->index(2);
    EXPECT_TRUE(row.data(ChildGridModel::InRoomRole).toBool());

    k.kiosk().continueAfterGreeting();
    EXPECT_EQ(k.kiosk().screen(), Screen::Mood);
    k.kiosk().chooseMood(2);
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_FALSE(k.kiosk().message().isEmpty());
    EXPECT_EQ(k.count("SELECT count(*) FROM moods WHERE mood = 2"), 1);
    EXPECT_GE(screens.count(), 5);
}

TEST(KioskFlow, SkippingTheMoodStoresNothing)
{
    Kiosk k;
    k.pick(k.firstClass().first().id);
    k.kiosk().continueAfterGreeting();
    k.kiosk().chooseMood(0);
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_EQ(k.count("SELECT count(*) FROM moods"), 0);
}

TEST(KioskFlow, BirthdayGreetingOnTheChildsBirthday)
{
    Kiosk k;
    const Child child = k.firstClass().at(1);
    k.clock.set(k.at(QDate(2026, child.birthDate.month(), child.birthDate.day()), QTime(16, 0)));
    k.pick(child.id);
    EXPECT_EQ(k.kiosk().greeting(), GreetingKind::Birthday);
    k.kiosk().continueAfterGreeting();
    EXPECT_EQ(k.kiosk().screen(), Screen::Mood);
}

TEST(KioskFlow, DoubleTapShowsAlreadySignedInAndWritesNothing)
{
    Kiosk k;
    const QString child = k.firstClass().first().id;
    k.pick(child);
    k.clock.advance(2000);
    k.pick(child);
    EXPECT_EQ(k.kiosk().greeting(), GreetingKind::AlreadyIn);
    EXPECT_EQ(k.count("SELECT count(*) FROM visits"), 1);
    k.kiosk().continueAfterGreeting();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);

    k.clock.advance(VisitService::kDoubleTapMs);
    k.pick(child);
    EXPECT_EQ(k.kiosk().greeting(), GreetingKind::Goodbye);
}

TEST(KioskFlow, AnUnknownChildGetsAClearMessageAndNothingChanges)
{
    Kiosk k;
    k.kiosk().startSignIn();
    k.kiosk().chooseClass(k.firstClassId());
    k.kiosk().chooseChild("not-a-child");
    EXPECT_EQ(k.kiosk().screen(), Screen::Photos);
    EXPECT_FALSE(k.kiosk().errorMessage().isEmpty());
    EXPECT_EQ(k.count("SELECT count(*) FROM visits"), 0);
    k.kiosk().dismissError();
    EXPECT_TRUE(k.kiosk().errorMessage().isEmpty());

    k.kiosk().chooseClass("not-a-class");
    EXPECT_FALSE(k.kiosk().errorMessage().isEmpty());
    EXPECT_EQ(k.kiosk().screen(), Screen::Photos);
}

TEST(KioskFlow, AFullDiskShowsAMessageAndNoGreeting)
{
    Kiosk k;
    k.store->db().exec("PRAGMA max_page_count = 1"); // the disk is full: the file cannot grow
    const QList<Child> children = k.firstClass();
    int visitsBefore = 0, logBefore = 0;
    for (int round = 0; round < 200 && k.kiosk().errorMessage().isEmpty(); ++round) {
        k.clock.advance(VisitService::kDoubleTapMs + 1000);
        visitsBefore = k.count("SELECT count(*) FROM visits WHERE signed_out_at IS NULL");
        logBefore = k.count("SELECT count(*) FROM change_log");
        k.pick(children[round % children.size()].id);
    }
    ASSERT_FALSE(k.kiosk().errorMessage().isEmpty()) << "the disk never filled up";
    EXPECT_EQ(k.kiosk().screen(), Screen::Photos); // no greeting: nothing was saved
    EXPECT_TRUE(k.kiosk().errorMessage().contains(QStringLiteral("full"))) << qPrintable(k.kiosk().errorMessage());
    EXPECT_EQ(k.count("SELECT count(*) FROM visits WHERE signed_out_at IS NULL"), visitsBefore);
    EXPECT_EQ(k.count("SELECT count(*) FROM change_log"), logBefore);
}

TEST(KioskFlow, IdleKioskCountsDownThenGoesHome)
{
    Kiosk k;
    k.kiosk().startSignIn();
    const int idle = k.store->settings().idleSeconds();
    const int countdown = k.store->settings().countdownSeconds();
    k.clock.advance(qint64(idle - countdown - 1) * 1000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().countdown(), 0);
    k.clock.advance(3000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().countdown(), countdown - 2);
    // A touch keeps the child where they are.
    k.kiosk().userActivity();
    EXPECT_EQ(k.kiosk().countdown(), 0);
    k.clock.advance(qint64(idle) * 1000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_EQ(k.kiosk().countdown(), 0);
}

TEST(KioskFlow, TheDateOnScreenFollowsTheClock)
{
    Kiosk k;
    const QString monday = k.kiosk().todayText();
    QSignalSpy spy(&k.kiosk(), &KioskController::dayChanged);
    k.kiosk().tick();
    k.clock.advance(24 * 3600 * 1000);
    k.kiosk().tick();
    EXPECT_GE(spy.count(), 1);
    EXPECT_NE(k.kiosk().todayText(), monday);
}

TEST(KioskFlow, ClosingTimeSignsOutOnTheTicker)
{
    Kiosk k;
    k.pick(k.firstClass().first().id);
    k.kiosk().goHome();
    k.clock.set(k.at(QDate(2026, 11, 23), QTime(18, 45)));
    k.clock.advance(30'000); // the check runs twice a minute
    k.kiosk().tick();
    EXPECT_TRUE(k.store->visits().openVisits().isEmpty());
}

TEST(KioskFlow, SettingTheClockBackDoesNotStopTheIdleCountdown)
{
    Kiosk k;
    k.kiosk().startSignIn();
    k.clock.set(k.clock.nowMs() - 3'600'000);
    k.clock.advance(qint64(k.store->settings().idleSeconds()) * 1000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
}

TEST(KioskFlow, AnUnreadableRosterShowsAMessageInsteadOfCrashing)
{
    Kiosk k;
    k.store->db().exec("ALTER TABLE classes RENAME TO classes_lost");
    k.kiosk().startSignIn();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_FALSE(k.kiosk().errorMessage().isEmpty());
    k.kiosk().dismissError();
    k.kiosk().chooseClass("anything");
    EXPECT_FALSE(k.kiosk().errorMessage().isEmpty());
    k.kiosk().dismissError();
    k.teacher().refresh(); // the room list
    EXPECT_FALSE(k.kiosk().errorMessage().isEmpty());
    k.store->db().exec("ALTER TABLE classes_lost RENAME TO classes");
    k.kiosk().dismissError();
    k.kiosk().startSignIn();
    EXPECT_EQ(k.kiosk().screen(), Screen::Classes);
}

TEST(TeacherMode, WrongPinThenRightPinOpensTheRoom)
{
    Kiosk k;
    k.kiosk().openTeacher();
    EXPECT_EQ(k.kiosk().screen(), Screen::TeacherPin);
    k.teacher().submitPin("0000");
    EXPECT_EQ(k.kiosk().screen(), Screen::TeacherPin);
    EXPECT_FALSE(k.teacher().pinMessage().isEmpty());
    k.teacher().submitPin("1234");
    EXPECT_EQ(k.kiosk().screen(), Screen::TeacherRoom);
    k.teacher().leave();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
}

TEST(TeacherMode, ManyWrongPinsLockTheDoorWithAMessage)
{
    Kiosk k;
    k.kiosk().openTeacher();
    for (int i = 0; i < TeacherPin::kFreeAttempts; ++i)
        k.teacher().submitPin("0000");
    EXPECT_TRUE(k.teacher().lockedOut());
    k.teacher().submitPin("1234");
    EXPECT_EQ(k.kiosk().screen(), Screen::TeacherPin);
    EXPECT_FALSE(k.teacher().pinMessage().isEmpty());
}

TEST(TeacherMode, FirstUseChoosesAPinTwice)
{
    QTemporaryDir dir;
    ManualClock clock(0);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    AppContext context(*store);
    EXPECT_FALSE(context.teacher().hasPin());
    context.kiosk().openTeacher();
    context.teacher().submitPin("12");
    EXPECT_FALSE(context.teacher().confirmingNewPin());
    context.teacher().submitPin("5678");
    EXPECT_TRUE(context.teacher().confirmingNewPin());
    context.teacher().submitPin("5679");
    EXPECT_FALSE(context.teacher().hasPin());
    context.teacher().submitPin("5678");
    context.teacher().submitPin("5678");
    EXPECT_TRUE(context.teacher().hasPin());
    EXPECT_EQ(context.kiosk().screen(), Screen::TeacherRoom);
}

TEST(TeacherMode, RoomListSignOutByHandAndSignInByHand)
{
    Kiosk k;
    const QList<Child> children = k.firstClass();
    k.store->visits().toggle(children[0].id);
    k.store->visits().toggle(children[1].id);
    k.kiosk().openTeacher();
    k.teacher().submitPin("1234");
    RoomModel *room = k.teacher().room();
    QAbstractItemModelTester tester(room, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(room->rowCount(), 2);
    EXPECT_EQ(k.teacher().todayVisits(), 2);
    EXPECT_EQ(room->index(0).data(RoomModel::NameRole).toString(), children[0].name);
    EXPECT_EQ(room->index(0).data(RoomModel::SinceRole).toString(), "15:00");

    k.teacher().signOut(children[0].id);
    EXPECT_EQ(room->rowCount(), 1);
    EXPECT_FALSE(k.teacher().notice().isEmpty());

    k.teacher().signInByHand();
    EXPECT_EQ(k.kiosk().screen(), Screen::Classes);
    EXPECT_TRUE(k.kiosk().pickingForTeacher());
    k.kiosk().chooseClass(k.firstClassId());
    k.kiosk().chooseChild(children[5].id);
    EXPECT_EQ(k.kiosk().screen(), Screen::TeacherRoom);
    EXPECT_FALSE(k.kiosk().pickingForTeacher());
    EXPECT_EQ(room->rowCount(), 2);
    EXPECT_EQ(k.store->visits().openVisit(children[5].id)->signedInBy, "teacher");
}

TEST(TeacherMode, ExportsWriteCsvFilesIntoTheDataFolder)
{
    Kiosk k;
    k.store->visits().toggle(k.firstClass().first().id);
    k.teacher().exportToday();
    const QString today = QDir(k.teacher().exportFolder()).filePath("visits-2026-11-23.csv");
    EXPECT_TRUE(QFile::exists(today));
    EXPECT_TRUE(k.teacher().notice().contains(QDir::toNativeSeparators(today)));
    k.teacher().exportMonth();
    EXPECT_TRUE(QFile::exists(QDir(k.teacher().exportFolder()).filePath("visits-2026-11.csv")));
}

TEST(Models, ClassAndChildModelsPassTheModelTester)
{
    Kiosk k;
    QAbstractItemModelTester classes(k.kiosk().classes(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester children(k.kiosk().children(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    k.kiosk().startSignIn();
    k.kiosk().chooseClass(k.firstClassId());
    EXPECT_EQ(k.kiosk().classes()->roleNames().value(ClassListModel::NameRole), "name");
    EXPECT_EQ(k.kiosk().children()->roleNames().value(ChildGridModel::PhotoRole), "photo");
    EXPECT_FALSE(
        k.kiosk().children()->data(k.kiosk().children()->index(0), ChildGridModel::NameRole).toString().isEmpty());
}

TEST(Photos, ARealPhotoIsServedAndACorruptOneBecomesAPlaceholder)
{
    test::TempSchool school(4, 1, true);
    const QList<Child> children = school.firstClass();
    school.store->db()
        .prepare("UPDATE children SET photo = ? WHERE id = ?")
        .bind(1, QByteArray("\xFF\xD8\xFF garbage, not a JPEG"))
        .bind(2, children[1].id)
        .run();
    PhotoProvider provider(school.databasePath());
    QSize size;
    const QImage good = provider.requestImage(children[0].id, &size, QSize());
    EXPECT_EQ(good, QImage::fromData(school.store->roster().photo(children[0].id)).convertToFormat(good.format()));
    EXPECT_EQ(size, good.size());
    const QImage placeholder = PhotoProvider::placeholder(240);
    EXPECT_EQ(provider.requestImage(children[1].id, &size, QSize()), placeholder);
    EXPECT_EQ(provider.requestImage("nobody", &size, QSize()), placeholder);
    EXPECT_EQ(provider.requestImage(children[0].id, &size, QSize(96, 96)).size(), QSize(96, 96));
    // The corrupt bytes stay as they were, for someone to look at.
    EXPECT_TRUE(school.store->roster().photo(children[1].id).startsWith("\xFF\xD8\xFF garbage"));
}

TEST(ChildSearch, LettersFindTheChildAndATapSignsIn)
{
    Kiosk k;
    const Child child = k.firstClass().at(3);
    k.kiosk().startSignIn();
    k.kiosk().openSearch();
    EXPECT_EQ(k.kiosk().screen(), Screen::Search);
    EXPECT_EQ(k.kiosk().searchResults()->rowCount(), 0);
    const QString initials = Pinyin::instance().initials(child.name);
    for (const QChar letter : initials)
        k.kiosk().typeText(QString(letter));
    EXPECT_EQ(k.kiosk().searchText(), initials);
    ChildGridModel *results = k.kiosk().searchResults();
    bool found = false;
    for (int row = 0; row < results->rowCount(); ++row)
        found = found || results->index(row).data(ChildGridModel::ChildIdRole).toString() == child.id;
    EXPECT_TRUE(found);
    EXPECT_FALSE(results->index(0).data(ChildGridModel::ClassNameRole).toString().isEmpty());
    k.kiosk().backspace();
    EXPECT_EQ(k.kiosk().searchText(), initials.left(initials.size() - 1));
    k.kiosk().setSearchText(child.name); // from a hardware keyboard or an input method
    ASSERT_GE(results->rowCount(), 1);
    EXPECT_EQ(results->index(0).data(ChildGridModel::ChildIdRole).toString(), child.id);
    k.kiosk().chooseChild(child.id);
    EXPECT_EQ(k.kiosk().screen(), Screen::Greeting);
    EXPECT_TRUE(k.store->visits().openVisit(child.id));
    // Back on the search screen the child shows as in the room.
    k.kiosk().openSearch();
    k.kiosk().setSearchText(child.name);
    EXPECT_TRUE(results->index(0).data(ChildGridModel::InRoomRole).toBool());
    k.kiosk().back();
    EXPECT_EQ(k.kiosk().screen(), Screen::Classes);
}

TEST(ChildSearch, NonsenseFindsNobodyAndAVeryLongTextIsCut)
{
    Kiosk k;
    k.kiosk().openSearch();
    k.kiosk().setSearchText(QStringLiteral("qqqqqqqq"));
    EXPECT_EQ(k.kiosk().searchResults()->rowCount(), 0);
    k.kiosk().setSearchText(QString(100000, QLatin1Char('a')));
    EXPECT_LE(k.kiosk().searchText().size(), 40);
    k.kiosk().clearSearch();
    EXPECT_TRUE(k.kiosk().searchText().isEmpty());
    k.kiosk().backspace(); // on an empty box: nothing happens
    EXPECT_TRUE(k.kiosk().searchText().isEmpty());
    // A rare character typed with an input method is deleted whole.
    k.kiosk().setSearchText(QStringLiteral("李") + QString::fromUcs4(U"\U00020000"));
    k.kiosk().backspace();
    EXPECT_EQ(k.kiosk().searchText(), QStringLiteral("李"));
}
