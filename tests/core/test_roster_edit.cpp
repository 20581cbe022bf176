#include "roster.h"
#include "temp_school.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace qq;

namespace {

struct School : test::TempSchool {
    using test::TempSchool::TempSchool;
    Roster &roster() { return store->roster(); }
    QString text(const char *sql) const
    {
        Statement stmt = store->db().prepare(sql);
        return stmt.step() ? stmt.text(0) : QString();
    }
    // The whole roster and the change log, to show that a refused edit changed nothing.
    QString fingerprint() const
    {
        return text("SELECT (SELECT group_concat(x, '|') FROM (SELECT id || class_id || name || gender || birth_date "
                    "|| ifnull(card_code, '-') || ifnull(personality, '') || active AS x FROM children ORDER BY id))"
                    " || (SELECT group_concat(y, '|') FROM (SELECT id || name || ifnull(phone, '') AS y FROM "
                    "contacts ORDER BY id)) || (SELECT count(*) FROM change_log)");
    }
    QJsonObject lastPayload() const
    {
        return QJsonDocument::fromJson(text("SELECT payload FROM change_log ORDER BY seq DESC LIMIT 1").toUtf8())
            .object();
    }
    template <typename Edit> void write(Edit edit)
    {
        Transaction tx(store->db());
        edit();
        tx.commit();
    }
};

} // namespace

TEST(RosterEdit, AllChildrenAreTheActiveOnesByClassOrderThenName)
{
    School school(12, 3);
    const QList<SchoolClass> classes = school.roster().classes();
    QList<Child> expected;
    for (const SchoolClass &schoolClass : classes)
        expected.append(school.roster().childrenInClass(schoolClass.id));
    const QList<Child> all = school.roster().allChildren();
    ASSERT_EQ(all.size(), 12);
    for (qsizetype i = 0; i < all.size(); ++i)
        EXPECT_EQ(all.at(i).id, expected.at(i).id) << i;

    school.write([&] { school.roster().setActive(all.first().id, false); });
    EXPECT_EQ(school.roster().allChildren().size(), 11);
    EXPECT_EQ(school.roster().childCount(), 11);
    EXPECT_EQ(school.roster().allChildrenIncludingInactive().size(), 12);
    const std::optional<Child> gone = school.roster().child(all.first().id);
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone->active);
    EXPECT_EQ(school.lastPayload(), (QJsonObject{{"active", 0}})); // the column's value, as the table holds it
    // Nothing to change: nothing written.
    const int log = school.count("SELECT count(*) FROM change_log");
    school.write([&] { school.roster().setActive(all.first().id, false); });
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log"), log);
    school.write([&] { school.roster().setActive(all.first().id, true); });
    EXPECT_EQ(school.roster().allChildren().size(), 12);
}

TEST(RosterEdit, LooksUpCardCodesAndClassNames)
{
    School school;
    const Child child = school.firstClass().first();
    ASSERT_FALSE(child.cardCode.isEmpty());
    EXPECT_EQ(school.roster().childByCardCode(child.cardCode)->id, child.id);
    // Typed in a spreadsheet: lower case, full-width, with a space.
    QString typed = child.cardCode.toLower();
    typed.insert(2, QChar(u' '));
    typed[0] = QChar(0xFF51); // ｑ
    EXPECT_EQ(school.roster().childByCardCode(typed)->id, child.id);
    EXPECT_FALSE(school.roster().childByCardCode(QStringLiteral("NOSUCHCARD")));
    EXPECT_FALSE(school.roster().childByCardCode(QString()));

    const SchoolClass first = school.roster().classes().first();
    EXPECT_EQ(school.roster().classByName(first.name)->id, first.id);
    EXPECT_FALSE(school.roster().classByName(QStringLiteral("九年级(9)班")));
}

TEST(RosterEdit, UpdateChildWritesTheFieldsAndLogsThemWithoutThePhoto)
{
    School school(12, 2, true);
    Child child = school.firstClass().first();
    ASSERT_TRUE(child.hasPhoto);
    const QByteArray photo = school.roster().photo(child.id);
    child.name = QStringLiteral("  曾小华 ");
    child.hobbies = QStringLiteral("跳绳");
    child.cardCode = QStringLiteral("qq-new-1");
    child.classId = school.roster().classes().at(1).id;
    school.write([&] { school.roster().updateChild(child); });

    const Child stored = *school.roster().child(child.id);
    EXPECT_EQ(stored.name, QStringLiteral("曾小华"));
    EXPECT_EQ(stored.hobbies, QStringLiteral("跳绳"));
    EXPECT_EQ(stored.cardCode, QStringLiteral("QQ-NEW-1"));
    EXPECT_EQ(stored.classId, child.classId);
    EXPECT_EQ(school.roster().photo(child.id), photo); // the photo is not a field of updateChild
    // Only what changed, in the table's own column names.
    const QJsonObject payload = school.lastPayload();
    EXPECT_EQ(payload.value("name").toString(), QStringLiteral("曾小华"));
    EXPECT_EQ(payload.value("card_code").toString(), QStringLiteral("QQ-NEW-1"));
    EXPECT_EQ(payload.value("class_id").toString(), child.classId);
    EXPECT_FALSE(payload.contains("photo"));
    EXPECT_FALSE(payload.contains("gender"));
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE op = 'update' AND entity = 'children'"), 1);

    // The same fields again: nothing written, nothing logged.
    const QString before = school.fingerprint();
    school.write([&] { school.roster().updateChild(stored); });
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterEdit, ACardCodeAnotherChildHasIsRefusedAndNothingChanges)
{
    School school;
    const QList<Child> kids = school.firstClass();
    const QString before = school.fingerprint();
    Child child = kids.at(0);
    child.name = QStringLiteral("改了名字");
    child.cardCode = kids.at(1).cardCode.toLower(); // the same card, typed differently
    try {
        Transaction tx(school.store->db());
        school.roster().updateChild(child);
        tx.commit();
        FAIL() << "a second child got the same card";
    } catch (const RosterError &e) {
        EXPECT_EQ(e.reason(), RosterError::Reason::CardCodeTaken);
        EXPECT_TRUE(e.message().contains(kids.at(1).name)) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(kids.at(1).cardCode)) << qPrintable(e.message());
        EXPECT_EQ(e.error().kind, StorageErrorKind::Constraint); // callers catching StorageException still do
        EXPECT_FALSE(e.error().detail.contains(kids.at(1).name)); // no personal data for the log
    }
    EXPECT_EQ(school.fingerprint(), before);

    // A new child with a taken card: refused the same way.
    Child newcomer = kids.at(0);
    newcomer.id.clear();
    newcomer.cardCode = kids.at(2).cardCode;
    EXPECT_THROW(school.write([&] { school.roster().addChild(newcomer, {}); }), RosterError);
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterEdit, UnknownChildOrClassAndInvalidFieldsAreRefused)
{
    School school;
    const QString before = school.fingerprint();
    const Child child = school.firstClass().first();
    auto reasonOf = [&](const std::function<void()> &edit) {
        try {
            school.write(edit);
        } catch (const RosterError &e) {
            EXPECT_FALSE(e.message().isEmpty());
            return e.reason();
        }
        ADD_FAILURE() << "not refused";
        return RosterError::Reason::Invalid;
    };
    Child unknown = child;
    unknown.id = QStringLiteral("no-such-child");
    EXPECT_EQ(reasonOf([&] { school.roster().updateChild(unknown); }), RosterError::Reason::UnknownChild);
    EXPECT_EQ(reasonOf([&] { school.roster().setPhoto(unknown.id, "x"); }), RosterError::Reason::UnknownChild);
    EXPECT_EQ(reasonOf([&] { school.roster().setActive(unknown.id, false); }), RosterError::Reason::UnknownChild);
    EXPECT_EQ(reasonOf([&] { school.roster().replaceContacts(unknown.id, {}); }), RosterError::Reason::UnknownChild);
    Child badClass = child;
    badClass.classId = QStringLiteral("no-such-class");
    EXPECT_EQ(reasonOf([&] { school.roster().updateChild(badClass); }), RosterError::Reason::UnknownClass);
    Child noName = child;
    noName.name = QStringLiteral("  ");
    EXPECT_EQ(reasonOf([&] { school.roster().updateChild(noName); }), RosterError::Reason::Invalid);
    Child badGender = child;
    badGender.gender = QStringLiteral("X");
    EXPECT_EQ(reasonOf([&] { school.roster().updateChild(badGender); }), RosterError::Reason::Invalid);
    // A guardian with nothing that says who it is; a father's phone without his name is kept.
    Contact nameless;
    nameless.role = Contact::Role::Guardian;
    nameless.address = QStringLiteral("石桥村");
    EXPECT_EQ(reasonOf([&] { school.roster().replaceContacts(child.id, {nameless}); }), RosterError::Reason::Invalid);
    EXPECT_EQ(school.fingerprint(), before);

    Contact father;
    father.role = Contact::Role::Father;
    father.phone = QStringLiteral("13800000000");
    EXPECT_NO_THROW(school.roster().replaceContacts(child.id, {father}));
    ASSERT_EQ(school.roster().contacts(child.id).size(), 1);
    EXPECT_EQ(school.roster().contacts(child.id).first().phone, father.phone);
}

TEST(RosterEdit, ValidateChecksNameGenderAndAPupilsAge)
{
    const QDate today(2026, 11, 23);
    Child child;
    child.name = QStringLiteral("王小丫");
    child.gender = QStringLiteral("F");
    child.birthDate = QDate(2016, 2, 3);
    EXPECT_TRUE(Roster::validate(child, today).isEmpty());
    EXPECT_TRUE(Roster::validate(child).isEmpty());

    Child bad = child;
    bad.name = QString(33, QChar(u'王'));
    EXPECT_EQ(Roster::validate(bad, today).size(), 1);
    bad.name = QString(16, QChar(u'王')) + QString::fromUcs4(U"𠀀").repeated(16); // 32 characters, 48 UTF-16 units
    EXPECT_TRUE(Roster::validate(bad, today).isEmpty());
    bad.name.clear();
    bad.gender = QStringLiteral("girl");
    bad.birthDate = QDate();
    EXPECT_EQ(Roster::validate(bad, today).size(), 3);

    // Aged 3 to 20 in whole years on the room's today.
    EXPECT_TRUE(Roster::isPlausibleBirthDate(QDate(2023, 11, 23), today)); // three today
    EXPECT_FALSE(Roster::isPlausibleBirthDate(QDate(2023, 11, 24), today)); // three tomorrow
    EXPECT_TRUE(Roster::isPlausibleBirthDate(QDate(2005, 11, 24), today)); // 20, 21 tomorrow
    EXPECT_FALSE(Roster::isPlausibleBirthDate(QDate(2005, 11, 23), today)); // 21 today
    bad = child;
    bad.birthDate = QDate(1990, 1, 1);
    EXPECT_EQ(Roster::validate(bad, today).size(), 1);
    EXPECT_TRUE(Roster::validate(bad).isEmpty()); // no today, no age check
}

TEST(RosterEdit, SetPhotoStoresTheBytesAndLogsThemForSync)
{
    School school;
    const Child child = school.firstClass().first();
    ASSERT_FALSE(child.hasPhoto);
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(50'000, 'j');
    school.write([&] { school.roster().setPhoto(child.id, jpeg); });
    EXPECT_EQ(school.roster().photo(child.id), jpeg);
    EXPECT_TRUE(school.roster().child(child.id)->hasPhoto);
    // The photo is the one field changed, and it travels as its bytes (base64).
    const QJsonObject payload = school.lastPayload();
    EXPECT_EQ(payload.keys(), QStringList{QStringLiteral("photo")});
    EXPECT_EQ(QByteArray::fromBase64(payload.value("photo").toObject().value("b64").toString().toLatin1()), jpeg);

    school.write([&] { school.roster().setPhoto(child.id, {}); });
    EXPECT_FALSE(school.roster().child(child.id)->hasPhoto);
    EXPECT_TRUE(school.roster().photo(child.id).isEmpty());
    EXPECT_TRUE(school.lastPayload().value("photo").isNull());
}

TEST(RosterEdit, ReplaceContactsKeepsIdsOfTheSamePersonSoSyncSeesUpdates)
{
    School school;
    const Child child = school.firstClass().first();
    const QList<Contact> old = school.roster().contacts(child.id);
    ASSERT_EQ(old.size(), 3); // father, mother, guardian
    const int logBefore = school.count("SELECT count(*) FROM change_log");

    QList<Contact> next;
    Contact father;
    Contact guardian;
    for (const Contact &contact : old) {
        if (contact.role == Contact::Role::Father)
            father = contact;
        if (contact.role == Contact::Role::Guardian)
            guardian = contact;
    }
    father.phone = QStringLiteral("139 0000 1111"); // same person, new phone
    Contact aunt;
    aunt.role = Contact::Role::Guardian;
    aunt.name = QStringLiteral("李秀英");
    aunt.relationship = QStringLiteral("姑姑");
    next = {father, guardian, aunt}; // the mother is gone, the guardian unchanged
    school.write([&] { school.roster().replaceContacts(child.id, next); });

    const QList<Contact> now = school.roster().contacts(child.id);
    ASSERT_EQ(now.size(), 3);
    auto find = [&](const QString &name) {
        for (const Contact &contact : now)
            if (contact.name == name)
                return contact;
        return Contact{};
    };
    EXPECT_EQ(find(father.name).id, father.id);
    EXPECT_EQ(find(father.name).phone, QStringLiteral("139 0000 1111"));
    EXPECT_EQ(find(guardian.name).id, guardian.id);
    EXPECT_FALSE(find(aunt.name).id.isEmpty());
    EXPECT_EQ(school.count("SELECT count(*) FROM contacts WHERE child_id = (SELECT child_id FROM contacts WHERE "
                           "name = '李秀英')"),
              3);
    // One update (father), one insert (aunt), one delete (mother, and when she
    // could answer calls); the unchanged guardian is not logged.
    const int windowsGone =
        school.count("SELECT count(*) FROM change_log WHERE entity = 'contact_windows' AND op = 'delete'");
    EXPECT_GT(windowsGone, 0);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log") - logBefore, 3 + windowsGone);
    EXPECT_EQ(school.count("SELECT count(*) FROM contact_windows WHERE contact_id NOT IN (SELECT id FROM contacts)"),
              0);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'contacts' AND op = 'delete'"), 1);

    const QString before = school.fingerprint();
    school.write([&] { school.roster().replaceContacts(child.id, now); });
    EXPECT_EQ(school.fingerprint(), before);
}

// A class list is read by pinyin: 阿 a, 李 li, 单 shan (a surname), 王 wang,
// 曾 zeng (a surname), 张 zhang; by code point it would be 单张李曾王阿.
TEST(RosterEdit, ChildrenAreListedByPinyinWithSurnamesReadAsSurnames)
{
    School school(0, 1);
    const QString classId = school.roster().classes().first().id;
    const QStringList names{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"),
                            QStringLiteral("阿明"), QStringLiteral("曾华"), QStringLiteral("单丽"),
                            QStringLiteral("林安"), QStringLiteral("李明")};
    for (const QString &name : names) {
        Child child;
        child.classId = classId;
        child.name = name;
        child.gender = QStringLiteral("F");
        child.birthDate = QDate(2016, 2, 3);
        school.write([&] { school.roster().addChild(child, {}); });
    }
    const QStringList expected{QStringLiteral("阿明"), QStringLiteral("李明"), QStringLiteral("李四"),
                               QStringLiteral("林安"), QStringLiteral("单丽"), QStringLiteral("王五"),
                               QStringLiteral("曾华"), QStringLiteral("张三")};
    auto namesOf = [](const QList<Child> &children) {
        QStringList list;
        for (const Child &child : children)
            list.append(child.name);
        return list;
    };
    EXPECT_EQ(namesOf(school.roster().childrenInClass(classId)), expected); // the photo grid
    EXPECT_EQ(namesOf(school.roster().allChildren()), expected); // the teacher's list and search
}
