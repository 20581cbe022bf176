#include "change_log.h"
#include "temp_school.h"

using namespace qq;
using Status = PinCheck::Status;

namespace {
TeacherPin &pinOf(test::TempSchool &school)
{
    return school.store->teacherPin();
}
} // namespace

TEST(TeacherPin, AcceptsOnlyFourToEightDigits)
{
    for (const char *bad : {"", "123", "123456789", "12a4", " 1234", "１２３４"})
        EXPECT_FALSE(TeacherPin::isAcceptable(QString::fromUtf8(bad))) << bad;
    EXPECT_TRUE(TeacherPin::isAcceptable("0000"));
    EXPECT_TRUE(TeacherPin::isAcceptable("12345678"));
}

TEST(TeacherPin, StoredOnlyAsAnArgon2idHash)
{
    test::TempSchool school;
    ASSERT_TRUE(pinOf(school).setPin("4821"));
    const QString stored = LocalState::get(school.store->db(), "teacher_pin_hash");
    EXPECT_TRUE(stored.startsWith("$argon2id$")) << qPrintable(stored);
    EXPECT_FALSE(stored.contains("4821"));
    EXPECT_EQ(pinOf(school).verify("4821").status, Status::Ok);
}

TEST(TeacherPin, NoPinUntilOneIsChosen)
{
    QTemporaryDir dir;
    ManualClock clock(0);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    EXPECT_FALSE(store->teacherPin().hasPin());
    EXPECT_EQ(store->teacherPin().verify("1234").status, Status::NoPin);
    EXPECT_FALSE(store->teacherPin().setPin("12"));
    EXPECT_FALSE(store->teacherPin().hasPin());
}

TEST(TeacherPin, WrongAttemptsLockOutWithAGrowingPauseThatSurvivesARestart)
{
    test::TempSchool school; // demo PIN 1234
    for (int i = 1; i < TeacherPin::kFreeAttempts; ++i) {
        const PinCheck check = pinOf(school).verify("0000");
        EXPECT_EQ(check.status, Status::Wrong);
        EXPECT_EQ(check.attemptsBeforeLockout, TeacherPin::kFreeAttempts - i);
        EXPECT_EQ(check.lockedUntilMs, 0);
    }
    const PinCheck fifth = pinOf(school).verify("0000");
    EXPECT_EQ(fifth.status, Status::Wrong);
    EXPECT_EQ(fifth.lockedUntilMs, school.clock.nowMs() + TeacherPin::kFirstLockoutMs);

    // Locked: even the right PIN is not checked. A restart does not help.
    school.reopen();
    EXPECT_EQ(pinOf(school).verify("1234").status, Status::LockedOut);

    // After the pause, another wrong PIN doubles the next pause.
    school.clock.advance(TeacherPin::kFirstLockoutMs);
    const PinCheck sixth = pinOf(school).verify("9999");
    EXPECT_EQ(sixth.lockedUntilMs, school.clock.nowMs() + 2 * TeacherPin::kFirstLockoutMs);
    school.clock.advance(2 * TeacherPin::kFirstLockoutMs);
    EXPECT_EQ(pinOf(school).verify("1234").status, Status::Ok);
    // Success resets the count.
    EXPECT_EQ(pinOf(school).verify("0000").attemptsBeforeLockout, TeacherPin::kFreeAttempts - 1);
}

TEST(TeacherPin, LockoutIsCappedAtAnHour)
{
    test::TempSchool school;
    PinCheck check;
    for (int i = 0; i < 30; ++i) {
        school.clock.advance(TeacherPin::kMaxLockoutMs);
        check = pinOf(school).verify("0000");
    }
    EXPECT_EQ(check.lockedUntilMs, school.clock.nowMs() + TeacherPin::kMaxLockoutMs);
}

TEST(TeacherPin, AClockSetBackDoesNotLengthenTheLockout)
{
    test::TempSchool school;
    for (int i = 0; i < TeacherPin::kFreeAttempts; ++i)
        pinOf(school).verify("0000");
    school.clock.advance(-24 * TeacherPin::kMaxLockoutMs);
    const PinCheck check = pinOf(school).verify("1234");
    EXPECT_EQ(check.status, Status::LockedOut);
    // Five wrong tries earned half a minute, not the hour cap.
    EXPECT_EQ(check.lockedUntilMs - school.clock.nowMs(), TeacherPin::kFirstLockoutMs);
}

TEST(TeacherPin, InteractiveCostHashesToo)
{
    QTemporaryDir dir;
    ManualClock clock(0);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Interactive);
    ASSERT_TRUE(store->teacherPin().setPin("2468"));
    EXPECT_EQ(store->teacherPin().verify("2468").status, Status::Ok);
    EXPECT_EQ(store->teacherPin().verify("2469").status, Status::Wrong);
}
