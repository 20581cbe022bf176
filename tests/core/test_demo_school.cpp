#include "avatar.h"
#include "temp_school.h"

#include <QImage>
#include <QSet>

using namespace qq;

namespace {
QStringList namesAndBirthdays(KioskStore &store)
{
    QStringList out;
    for (const SchoolClass &c : store.roster().classes())
        for (const Child &child : store.roster().childrenInClass(c.id))
            out << c.name + "/" + child.name + "/" + child.birthDate.toString(Qt::ISODate) + "/" + child.gender;
    return out;
}
} // namespace

TEST(DemoSchool, SixClassesOfRealisticChildrenWithContactCards)
{
    test::TempSchool school(120, 6, true);
    Roster &roster = school.store->roster();
    const QList<SchoolClass> classes = roster.classes();
    ASSERT_EQ(classes.size(), 6);
    EXPECT_EQ(classes.first().name, "一年级(1)班");
    EXPECT_EQ(roster.childCount(), 120);
    EXPECT_EQ(school.count("SELECT count(DISTINCT name) FROM children"), 120);
    EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE length(name) NOT BETWEEN 2 AND 4"), 0);

    const Child child = roster.childrenInClass(classes.at(2).id).first();
    EXPECT_TRUE(child.hasPhoto);
    EXPECT_FALSE(QImage::fromData(roster.photo(child.id)).isNull());
    const int age = child.birthDate.daysTo(QDate(2026, 9, 1)) / 365;
    EXPECT_TRUE(age >= 8 && age <= 10) << age; // third grade
    const QList<Contact> contacts = roster.contacts(child.id);
    ASSERT_EQ(contacts.size(), 3);
    QSet<QString> roles;
    for (const Contact &contact : contacts) {
        roles.insert(contactRoleKey(contact.role));
        EXPECT_EQ(contact.phone.size(), 11);
        EXPECT_FALSE(contact.name.isEmpty());
    }
    EXPECT_EQ(roles, (QSet<QString>{"father", "mother", "guardian"}));
    EXPECT_TRUE(school.store->teacherPin().hasPin());
    EXPECT_FALSE(school.store->settings().schoolName().isEmpty());
}

TEST(DemoSchool, TheSameSeedGivesTheSameSchool)
{
    test::TempSchool a(40, 3), b(40, 3);
    EXPECT_EQ(namesAndBirthdays(*a.store), namesAndBirthdays(*b.store));
    EXPECT_EQ(avatarJpeg(7, true), avatarJpeg(7, true));
    EXPECT_NE(avatarJpeg(7, true), avatarJpeg(8, false));
}

TEST(DemoSchool, LargeSetsForBenchmarks)
{
    QTemporaryDir dir;
    ManualClock clock(0);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.children = 400;
    options.classes = 20;
    options.bookCopies = 600;
    options.photos = false;
    const DemoSummary summary = createDemoSchool(*store, options);
    EXPECT_EQ(summary.children, 400);
    EXPECT_EQ(summary.copies, 600);
    EXPECT_EQ(summary.titles, 200);
    Statement stmt = store->db().prepare("SELECT count(*) FROM book_copies");
    stmt.step();
    EXPECT_EQ(stmt.int64(0), 600);
}
