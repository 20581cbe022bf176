#include "card_code.h"
#include "roster_import.h"
#include "temp_school.h"

#include <QElapsedTimer>
#include <QFile>

#include <iconv.h>

#include <random>

using namespace qq;
using Action = ImportRow::Action;

namespace {

QByteArray toEncoding(const QString &text, const char *encoding)
{
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    iconv_t cd = iconv_open(encoding, "UTF-8");
    EXPECT_NE(cd, iconv_t(-1)) << encoding;
    char *inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    EXPECT_NE(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft), size_t(-1)) << encoding;
    iconv_close(cd);
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

struct School : test::TempSchool {
    School() : importer(store->db(), store->roster(), store->changeLog(), clock, store->settings()) { }
    Roster &roster() { return store->roster(); }
    QString firstClassName() const { return store->roster().classes().first().name; }
    QString text(const char *sql) const
    {
        Statement stmt = store->db().prepare(sql);
        return stmt.step() ? stmt.text(0) : QString();
    }
    // Everything a refused import must leave as it was: each row's content and the change log.
    QString fingerprint() const
    {
        return text("SELECT (SELECT group_concat(x, '|') FROM (SELECT id || class_id || name || gender || birth_date "
                    "|| ifnull(card_code, '-') || ifnull(personality, '') || active AS x FROM children ORDER BY id))"
                    " || (SELECT group_concat(y, '|') FROM (SELECT id || child_id || name || ifnull(phone, '') AS y "
                    "FROM contacts ORDER BY id)) || (SELECT group_concat(z, '|') FROM (SELECT id || name AS z FROM "
                    "classes ORDER BY id)) || (SELECT count(*) FROM change_log)");
    }
    ImportResult importText(const QString &csv)
    {
        const ImportPreview preview = importer.preview(csv.toUtf8());
        EXPECT_TRUE(preview.canApply()) << qPrintable(preview.fileErrors.join(' ') + allErrors(preview));
        return importer.apply(preview);
    }
    static QString allErrors(const ImportPreview &preview)
    {
        QStringList errors;
        for (const ImportRow &row : preview.rows)
            for (const QString &error : row.errors)
                errors.append(QStringLiteral("line %1: %2").arg(row.line).arg(error));
        return errors.join('\n');
    }
    RosterImport importer;
};

ImportRow rowAt(const ImportPreview &preview, int line)
{
    for (const ImportRow &row : preview.rows) {
        if (row.line == line)
            return row;
    }
    ADD_FAILURE() << "no row for line " << line;
    return {};
}

QString genderWord(const Child &child)
{
    return child.gender == QLatin1String("F") ? QStringLiteral("女") : QStringLiteral("男");
}

const QString kHeader = QStringLiteral("姓名,性别,出生日期,班级,卡号,父亲姓名,父亲电话,监护人姓名,监护人关系\n");

} // namespace

TEST(RosterImport, ReadsUtf8WithAndWithoutBomGbkAndGb18030)
{
    // 㐀 (Ext A) and 𠀀 (Ext B, four bytes in GB18030) are not in GBK.
    const QString rows = kHeader
        + QStringLiteral("曾小华,女,2016-05-04,三年级(2)班,,曾大山,13800001234,李秀英,奶奶\n"
                         "欧阳㐀𠀀,男,2015/3/7,三年级(2)班,,,,,\n");
    const QString gbkRows =
        kHeader + QStringLiteral("曾小华,女,2016-05-04,三年级(2)班,,曾大山,13800001234,李秀英,奶奶\n");
    struct Case {
        QByteArray bytes;
        QString encoding;
        int rows;
    };
    const QByteArray gbk = toEncoding(gbkRows, "GBK");
    const QByteArray gb18030 = toEncoding(rows, "GB18030");
    ASSERT_NE(gbk, gbkRows.toUtf8());
    ASSERT_TRUE(gb18030.contains("\x95\x32\x82\x36")); // 𠀀 as four GB18030 bytes
    const QList<Case> cases{
        {rows.toUtf8(), "UTF-8", 2},
        {"\xEF\xBB\xBF" + rows.toUtf8(), "UTF-8", 2},
        {gbk, "GB18030", 1},
        {gb18030, "GB18030", 2},
    };
    for (const Case &c : cases) {
        School school;
        const ImportPreview preview = school.importer.preview(c.bytes);
        ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
        EXPECT_EQ(preview.encoding, c.encoding);
        ASSERT_EQ(preview.rows.size(), c.rows);
        EXPECT_EQ(preview.rows.first().child.name, QStringLiteral("曾小华"));
        EXPECT_EQ(preview.rows.first().className, QStringLiteral("三年级(2)班"));
        EXPECT_EQ(preview.rows.first().contacts.size(), 2);
        if (c.rows == 2) {
            EXPECT_EQ(preview.rows.at(1).child.name, QStringLiteral("欧阳㐀𠀀"));
        }
        EXPECT_EQ(preview.count(Action::Add), c.rows);
        const ImportResult result = school.importer.apply(preview);
        ASSERT_TRUE(result.ok) << qPrintable(result.error);
        EXPECT_EQ(result.added, c.rows);
        EXPECT_EQ(result.classesCreated, 1);
        EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name = '曾小华'"), 1);
        EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name = '欧阳㐀𠀀'"), c.rows == 2 ? 1 : 0);
        EXPECT_EQ(school.count("SELECT grade FROM classes WHERE name = '三年级(2)班'"), 3);
    }
}

TEST(RosterImport, EachUnusableFileGetsAClearMessageAndChangesNothing)
{
    School school;
    const QString before = school.fingerprint();
    const QString good = QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,一年级(1)班\n");
    std::mt19937 random(7);
    QByteArray noise(4096, Qt::Uninitialized);
    for (char &byte : noise)
        byte = char(random() % 255 + 1);
    noise[0] = char(0xFF);
    struct Case {
        QByteArray bytes;
        QString says; // a word of the message that shows it is the right one
    };
    const QList<Case> cases{
        {QByteArray(), "empty"},
        {"  \r\n\n ,,, \n", "empty"},
        {"\xEF\xBB\xBF", "empty"},
        {QStringLiteral("姓名,性别,出生日期,班级\r\n").toUtf8(), "only the header"},
        {QStringLiteral("姓名,性别,班级\n张三,男,一年级(1)班\n").toUtf8(), QStringLiteral("出生日期")},
        {QStringLiteral("名字,性别,出生日期,年级\n张三,男,2016-01-01,一年级\n").toUtf8(), QStringLiteral("姓名、班级")},
        {QStringLiteral("姓名,性别,出生日期,班级,姓名\n").toUtf8() + good.toUtf8(), "twice"},
        {toEncoding(good, "UTF-16"), "UTF-16"}, // with a BOM
        {toEncoding(good, "UTF-16LE"), "UTF-16"}, // without
        {QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(100, 'x'), ".xlsx"},
        {noise, ""},
        {good.toUtf8() + "张三,男,2016-01-01,一年级(1)班\n" + "\xFF\xFE\xFD,,,\n", "line 4"},
        {QByteArray(10 * 1024 * 1024, 'b') + "\n" + good.toUtf8(), "too long"},
    };
    for (const Case &c : cases) {
        const ImportPreview preview = school.importer.preview(c.bytes);
        ASSERT_EQ(preview.fileErrors.size(), 1) << c.bytes.left(40).toHex().constData();
        EXPECT_TRUE(preview.fileErrors.first().contains(c.says)) << qPrintable(preview.fileErrors.first());
        EXPECT_TRUE(preview.rows.isEmpty());
        EXPECT_FALSE(preview.canApply());
        const ImportResult result = school.importer.apply(preview);
        EXPECT_FALSE(result.ok);
        EXPECT_FALSE(result.error.isEmpty());
    }
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, RowProblemsAreNamedAndNothingIsWrittenUntilEveryRowIsRight)
{
    School school;
    const QString cls = school.firstClassName();
    const QList<Child> kids = school.firstClass();
    const QString before = school.fingerprint();
    const QString dup = cardCodeFromPayload(77);
    QString misread = cardCodeFromPayload(78);
    misread.back() = misread.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString csv =
        QStringLiteral("编号,姓名,性别,出生日期,班级,卡号,父亲电话,监护人姓名,监护人年龄\n"
                       ",好孩子,女,2016-02-03,%1,,,,\n" // line 2: fine
                       ",李四,男,03/07/15,%1,,,,\n" // 3: a date whose order is a guess
                       ",王五,X,2016-01-01,%1,,,,\n" // 4: gender
                       ",赵六,女,2016-01-01,%1,%6,,,\n" // 5 and 6: one card twice
                       ",钱七,女,2016-01-02,%1,%7,,,\n"
                       "%2,%3,男,%4,%1,%5,,,\n" // 7: this child, with another child's card
                       ",周九,男,2016-01-01,%1,,,,,\n" // 8: more cells than columns
                       ",吴十,男,2016-01-01,%1,,call me,,\n" // 9: phone
                       ",,男,2016-01-01,%1,,,,\n" // 10: no name
                       ",郑一,男,1990-01-01,%1,,,,\n" // 11: too old for a pupil
                       ",冯二,男,2016-01-01\n" // 12: fewer cells: the class is missing
                       ",陈三,男,2016-01-01,%1,,1.38E+10,,\n" // 13: a number Excel shortened
                       ",褚四,男,2016-01-01,%1,,,,70\n" // 14: an age without a name
                       "0f0e1d2c-0000-4000-8000-000000000000,卫五,男,2016-01-01,%1,,,,\n" // 15
                       ",蒋六,男,2016-01-01,%1,%8,,,\n") // 16: a Qinqing card with a wrong check character
            .arg(cls, kids.at(0).id, kids.at(0).name, kids.at(0).birthDate.toString(Qt::ISODate), kids.at(1).cardCode,
                 dup, dup.toLower(), misread);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
    ASSERT_EQ(preview.rows.size(), 15);
    EXPECT_EQ(rowAt(preview, 2).action, Action::Add);
    for (int line = 3; line <= 16; ++line) {
        EXPECT_EQ(rowAt(preview, line).action, Action::Error) << line;
        EXPECT_FALSE(rowAt(preview, line).errors.isEmpty()) << line;
    }
    auto says = [&](int line, const QString &words) {
        const QString errors = rowAt(preview, line).errors.join(' ');
        EXPECT_TRUE(errors.contains(words)) << line << ": " << qPrintable(errors);
    };
    says(3, QStringLiteral("出生日期 \"03/07/15\""));
    says(4, QStringLiteral("性别 \"X\""));
    says(5, QStringLiteral("卡号 \"%1\" is also on line 6").arg(dup));
    says(6, QStringLiteral("卡号 \"%1\" is also on line 5").arg(dup));
    EXPECT_EQ(rowAt(preview, 5).errors.size(), 1); // a valid code: only the duplicate is wrong
    says(7, kids.at(1).name); // whose card it is
    says(7, kids.at(1).cardCode);
    says(8, QStringLiteral("10 cells"));
    says(9, QStringLiteral("父亲电话 \"call me\""));
    says(10, QStringLiteral("姓名"));
    says(11, QStringLiteral("1990-01-01"));
    says(12, QStringLiteral("班级"));
    says(13, QStringLiteral("1.38E+10"));
    says(14, QStringLiteral("监护人姓名"));
    says(15, QStringLiteral("0f0e1d2c-0000-4000-8000-000000000000"));
    says(16, QStringLiteral("卡号 \"%1\" looks like a Qinqing card with one character wrong").arg(misread));
    EXPECT_FALSE(preview.canApply());
    EXPECT_FALSE(school.importer.apply(preview).ok);
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, DatesAndGendersAsSpreadsheetsWriteThem)
{
    School school;
    const QString cls = school.firstClassName();
    const QStringList good{"2015-03-07",
                           "2015/3/7",
                           "2015.3.7",
                           "20150307",
                           "2015年3月7日",
                           "2015年3月7",
                           "2015/3/7 0:00",
                           "2015-03-07 00:00:00",
                           "２０１５－０３－０７",
                           "42070" /* Excel's day number */,
                           "3/7/2015" /* month first */};
    const QStringList bad{"03/07/15",   "2015-13-01", "2015-02-30", "12345",     "2015-3",
                          "2015/03-07", "2015年3月",  "yesterday",  "13/13/2015"};
    const QStringList genders{"男", "女", "M", "f", "Female", "男生"};
    QString csv = QStringLiteral("姓名,性别,出生日期,班级\n");
    int n = 0;
    auto nextName = [&](const char *prefix) { return QString::fromUtf8(prefix) + QChar(u'甲' + n++); };
    for (const QString &date : good) {
        const QString &gender = genders.at(n % genders.size());
        csv += QStringLiteral("%1,%2,%3,%4\n").arg(nextName("好"), gender, date, cls);
    }
    for (const QString &date : bad)
        csv += QStringLiteral("%1,男,%2,%3\n").arg(nextName("坏"), date, cls);
    for (const QString gender : {"X", "1", "男女", "boy?"})
        csv += QStringLiteral("%1,%2,2015-03-07,%3\n").arg(nextName("怪"), gender, cls);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_EQ(preview.rows.size(), good.size() + bad.size() + 4);
    for (qsizetype i = 0; i < good.size(); ++i) {
        EXPECT_EQ(preview.rows.at(i).action, Action::Add) << qPrintable(good.at(i));
        EXPECT_EQ(preview.rows.at(i).child.birthDate, QDate(2015, 3, 7)) << qPrintable(good.at(i));
    }
    EXPECT_EQ(preview.rows.at(0).child.gender, QStringLiteral("M"));
    EXPECT_EQ(preview.rows.at(3).child.gender, QStringLiteral("F"));
    for (qsizetype i = good.size(); i < preview.rows.size(); ++i) {
        const ImportRow &row = preview.rows.at(i);
        EXPECT_EQ(row.action, Action::Error) << row.line;
        ASSERT_EQ(row.errors.size(), 1) << row.line;
        const QString value = i < good.size() + bad.size() ? bad.at(i - good.size()) : QString();
        if (!value.isEmpty()) {
            EXPECT_TRUE(row.errors.first().contains(value)) << qPrintable(row.errors.first());
        }
    }
}

TEST(RosterImport, UnknownColumnsAreAWarningAndTheRestIsImported)
{
    School school;
    // 序号 is the spreadsheet's own numbering: known, and quietly not used.
    const QString csv = QStringLiteral("序号,姓名,性别,出生日期,班级,备注,民族,家庭住址\n"
                                       "1,王小丫,女,2016-02-03,一年级(1)班,,汉,石桥村\n");
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply());
    ASSERT_EQ(preview.warnings.size(), 2);
    for (const char *column : {"备注", "民族"})
        EXPECT_TRUE(preview.warnings.first().contains(QString::fromUtf8(column))) << column;
    EXPECT_FALSE(preview.warnings.first().contains(QStringLiteral("序号")));
    // An address with nobody to keep it under: said once for the file, not on every row.
    EXPECT_TRUE(preview.warnings.at(1).contains(QStringLiteral("家庭住址"))) << qPrintable(preview.warnings.at(1));
    EXPECT_TRUE(rowAt(preview, 2).warnings.isEmpty());
    EXPECT_TRUE(school.importer.apply(preview).ok);
}

TEST(RosterImport, ATitleLineAboveTheHeaderAndColumnNamesAsPeopleTypeThem)
{
    School school;
    const QString csv = QStringLiteral("三年级留守儿童名册,,,,\n"
                                       "姓  名,性 别*,Birth_Date,class,出生日期（yyyy-mm-dd）\n"
                                       "王  芳,女,2016-02-03,三年级（1）班,\n");
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    // Two birth date columns: that is one too many.
    ASSERT_EQ(preview.fileErrors.size(), 1);
    EXPECT_TRUE(preview.fileErrors.first().contains(QStringLiteral("出生日期（yyyy-mm-dd）")));

    const QString fixed = QStringLiteral("三年级留守儿童名册,,,\n"
                                         "姓  名,性 别*,Birth_Date,class\n"
                                         "王  芳,女,2016-02-03,三年级（1）班\n");
    const ImportPreview ok = school.importer.preview(fixed.toUtf8());
    ASSERT_TRUE(ok.canApply()) << qPrintable(ok.fileErrors.join(' ') + School::allErrors(ok));
    EXPECT_EQ(ok.warnings.size(), 1); // the title line was skipped
    ASSERT_EQ(ok.rows.size(), 1);
    EXPECT_EQ(ok.rows.first().line, 3);
    EXPECT_EQ(ok.rows.first().child.name, QStringLiteral("王芳")); // the padding is not part of the name
}

TEST(RosterImport, DuplicateIdsInTheFileNameEachOther)
{
    School school;
    const Child child = school.firstClass().first();
    const QString csv = QStringLiteral("编号,姓名,性别,出生日期,班级\n%1,%2,%3,%4,%5\n%1,%2,%3,%4,%5\n")
                            .arg(child.id, child.name, genderWord(child), child.birthDate.toString(Qt::ISODate),
                                 school.firstClassName());
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_EQ(preview.rows.size(), 2);
    EXPECT_TRUE(preview.rows.at(0).errors.join(' ').contains(QStringLiteral("line 3")));
    EXPECT_TRUE(preview.rows.at(1).errors.join(' ').contains(QStringLiteral("line 2")));
    EXPECT_FALSE(preview.canApply());

    // The same new child twice (a row pasted twice) is caught as well.
    const ImportPreview pasted = school.importer.preview(
        QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,一年级(1)班\n王小丫,女,2016-02-03,一年级(1)班\n")
            .toUtf8());
    EXPECT_EQ(pasted.count(Action::Error), 2);
}

TEST(RosterImport, ReimportUpdatesByIdCardOrNameAndBirthDateWithoutDuplicates)
{
    School school;
    const QString cls = school.firstClassName();
    const QList<Child> kids = school.firstClass();
    const int children = school.count("SELECT count(*) FROM children");
    const int contacts = school.count("SELECT count(*) FROM contacts");
    auto fatherOf = [&](const Child &child) {
        for (const Contact &contact : school.roster().contacts(child.id))
            if (contact.role == Contact::Role::Father)
                return contact;
        return Contact{};
    };
    const Contact firstFather = fatherOf(kids.at(0));
    auto line = [&](const Child &c, const QString &id, const QString &card, const QString &hobbies,
                    const QString &father) {
        return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,13900000000\n")
            .arg(id, c.name, genderWord(c), c.birthDate.toString(QStringLiteral("yyyy/M/d")), cls, card, hobbies,
                 father);
    };
    const QString csv = QStringLiteral("编号,姓名,性别,出生日期,班级,卡号,爱好,父亲姓名,父亲电话\n")
        + line(kids.at(0), kids.at(0).id, {}, QStringLiteral("画画"), firstFather.name) // by id
        + line(kids.at(1), {}, kids.at(1).cardCode.toLower(), QStringLiteral("跳绳"), QStringLiteral("新爸爸"))
        + line(kids.at(2), {}, {}, QStringLiteral("唱歌"), QStringLiteral("新爸爸")); // by name and birth date
    ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply()) << qPrintable(preview.fileErrors.join(' ') + School::allErrors(preview));
    EXPECT_EQ(preview.count(Action::Update), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(preview.rows.at(i).child.id, kids.at(i).id) << i;
    const int logBefore = school.count("SELECT count(*) FROM change_log");
    const ImportResult result = school.importer.apply(preview);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.updated, 3);
    EXPECT_EQ(result.added, 0);
    EXPECT_EQ(school.count("SELECT count(*) FROM children"), children);
    EXPECT_EQ(school.count("SELECT count(*) FROM contacts"), contacts); // replaced, not added
    EXPECT_EQ(school.roster().child(kids.at(0).id)->hobbies, QStringLiteral("画画"));
    EXPECT_EQ(school.roster().child(kids.at(1).id)->cardCode, kids.at(1).cardCode); // the card kept
    // The same father keeps his record (an update for sync); a different one replaces him.
    EXPECT_EQ(fatherOf(kids.at(0)).id, firstFather.id);
    EXPECT_EQ(fatherOf(kids.at(0)).phone, QStringLiteral("13900000000"));
    EXPECT_EQ(fatherOf(kids.at(0)).age, firstFather.age); // the file has no column for it
    EXPECT_EQ(fatherOf(kids.at(1)).name, QStringLiteral("新爸爸"));
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'children' AND op = 'update'"), 3);
    EXPECT_GE(school.count("SELECT count(*) FROM change_log") - logBefore, 3 + 1 + 2 * 2);

    // The same file again: nothing to do, nothing written.
    const QString before = school.fingerprint();
    preview = school.importer.preview(csv.toUtf8());
    EXPECT_EQ(preview.count(Action::Unchanged), 3);
    EXPECT_FALSE(preview.canApply());
    const ImportResult again = school.importer.apply(preview);
    EXPECT_FALSE(again.ok);
    EXPECT_FALSE(again.error.isEmpty());
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, ColumnsTheFileDoesNotHaveKeepWhatTheRosterKnows)
{
    School school;
    const Child child = school.firstClass().first();
    const QList<Contact> contacts = school.roster().contacts(child.id);
    ASSERT_EQ(contacts.size(), 3);
    const QString csv =
        QStringLiteral("姓名,性别,出生日期,班级,母亲电话\n%1,%2,%3,%4,138-0000-9999\n")
            .arg(child.name, genderWord(child), child.birthDate.toString(Qt::ISODate), school.firstClassName());
    ASSERT_TRUE(school.importText(csv).ok);
    const Child after = *school.roster().child(child.id);
    EXPECT_EQ(after.personality, child.personality);
    EXPECT_EQ(after.hobbies, child.hobbies);
    EXPECT_EQ(after.cardCode, child.cardCode);
    const QList<Contact> now = school.roster().contacts(child.id);
    ASSERT_EQ(now.size(), 3);
    for (const Contact &contact : now) {
        const auto old =
            std::find_if(contacts.begin(), contacts.end(), [&](const Contact &c) { return c.id == contact.id; });
        ASSERT_NE(old, contacts.end());
        EXPECT_EQ(contact.name, old->name);
        EXPECT_EQ(contact.phone, contact.role == Contact::Role::Mother ? QStringLiteral("138-0000-9999") : old->phone);
        EXPECT_EQ(contact.age, old->age);
    }
}

TEST(RosterImport, APupilMovedToAnotherClassIsUpdatedNotAddedAgain)
{
    School school;
    const Child child = school.firstClass().first();
    const int children = school.count("SELECT count(*) FROM children");
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级\n%1,%2,%3,六年级(3)班\n")
                            .arg(child.name, genderWord(child), child.birthDate.toString(Qt::ISODate));
    const ImportResult result = school.importText(csv);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(result.classesCreated, 1);
    EXPECT_EQ(school.count("SELECT count(*) FROM children"), children);
    EXPECT_EQ(school.roster().child(child.id)->classId, school.roster().classByName(QStringLiteral("六年级(3)班"))->id);
}

TEST(RosterImport, ClassesAreCreatedOnceWithTheirGrade)
{
    School school;
    const QString existing = school.firstClassName(); // 一年级(1)班
    QString fullWidth = existing;
    fullWidth.replace(u'(', QChar(0xFF08)).replace(u')', QChar(0xFF09));
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级\n"
                                       "甲一,女,2016-02-03,三年级（2）班\n"
                                       "甲二,男,2016-02-04,三年级(2)班\n"
                                       "甲三,男,2012-02-04,初二(1)班\n"
                                       "甲四,男,2016-02-04,兴趣班\n"
                                       "甲五,男,2016-02-04,%1\n")
                            .arg(fullWidth);
    const int classes = school.count("SELECT count(*) FROM classes");
    const ImportResult result = school.importText(csv);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.added, 5);
    EXPECT_EQ(result.classesCreated, 3);
    EXPECT_EQ(school.count("SELECT count(*) FROM classes"), classes + 3);
    EXPECT_EQ(school.roster().classByName(QStringLiteral("三年级（2）班"))->grade, 3);
    EXPECT_EQ(school.roster().classByName(QStringLiteral("初二(1)班"))->grade, 8);
    EXPECT_EQ(school.roster().classByName(QStringLiteral("兴趣班"))->grade, 0);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'classes' AND op = 'insert'"), classes + 3);
    EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name = '甲五' AND class_id = "
                           "(SELECT id FROM classes ORDER BY sort_order LIMIT 1)"),
              1);
}

TEST(RosterImport, IdsThatAreNotOursAreIgnoredWithAWarning)
{
    School school;
    const Child child = school.firstClass().first();
    const QString csv =
        QStringLiteral("编号,姓名,性别,出生日期,班级,爱好\n1,%1,%2,%3,%4,下棋\n2,新同学,女,2016-02-03,%4,\n")
            .arg(child.name, genderWord(child), child.birthDate.toString(Qt::ISODate), school.firstClassName());
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply()) << qPrintable(School::allErrors(preview));
    EXPECT_EQ(preview.warnings.size(), 1);
    EXPECT_EQ(rowAt(preview, 2).action, Action::Update);
    EXPECT_EQ(rowAt(preview, 2).child.id, child.id);
    EXPECT_EQ(rowAt(preview, 3).action, Action::Add);
}

TEST(RosterImport, AChildTakenOffTheRosterComesBackByIdOrCard)
{
    School school;
    const Child child = school.firstClass().first();
    {
        Transaction tx(school.store->db());
        school.roster().setActive(child.id, false);
        tx.commit();
    }
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,卡号\n%1,%2,%3,%4,%5\n")
                            .arg(child.name, genderWord(child), child.birthDate.toString(Qt::ISODate),
                                 school.firstClassName(), child.cardCode);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    EXPECT_EQ(preview.count(Action::Update), 1);
    ASSERT_TRUE(school.importer.apply(preview).ok);
    EXPECT_TRUE(school.roster().child(child.id)->active);
}

TEST(RosterImport, AStalePreviewIsRefusedAndNothingIsWritten)
{
    School school;
    const QString cls = school.firstClassName();
    const QString code = cardCodeFromPayload(0x5EED);
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,卡号\n新同学,女,2016-02-03,%1,%2\n").arg(cls, code);

    // Meanwhile the teacher gave that card to someone else by hand.
    ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply());
    {
        Transaction tx(school.store->db());
        Child other = school.firstClass().first();
        other.cardCode = code;
        school.roster().updateChild(other);
        tx.commit();
    }
    QString before = school.fingerprint();
    ImportResult result = school.importer.apply(preview);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(school.fingerprint(), before);

    // The same preview applied twice would add the child twice.
    const QString fresh = QStringLiteral("姓名,性别,出生日期,班级\n新同学,女,2016-02-03,%1\n").arg(cls);
    preview = school.importer.preview(fresh.toUtf8());
    ASSERT_TRUE(school.importer.apply(preview).ok);
    before = school.fingerprint();
    EXPECT_FALSE(school.importer.apply(preview).ok);
    EXPECT_EQ(school.fingerprint(), before);
    EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name = '新同学'"), 1);
}

TEST(RosterImport, AFailureHalfwayWritesNothingEvenInsideTheCallersTransaction)
{
    School school;
    const QList<Child> kids = school.firstClass();
    const QString csv =
        QStringLiteral("姓名,性别,出生日期,班级,父亲姓名\n甲,女,2016-02-03,新班,甲父\n乙,男,2016-02-04,新班,\n");
    ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply());
    // A row that the roster refuses once the first one is written (a card someone has).
    preview.rows[1].child.cardCode = kids.at(0).cardCode;
    const QString before = school.fingerprint();
    ImportResult result = school.importer.apply(preview);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("line 3"))) << qPrintable(result.error);
    EXPECT_EQ(school.fingerprint(), before);

    // Inside a caller's transaction only the import's part is undone.
    {
        Transaction tx(school.store->db());
        school.store->settings().setValue("school_name", QStringLiteral("石桥镇小学"));
        EXPECT_FALSE(school.importer.apply(preview).ok);
        tx.commit();
    }
    EXPECT_EQ(school.text("SELECT value FROM settings WHERE key = 'school_name'"), QStringLiteral("石桥镇小学"));
    EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name IN ('甲', '乙')"), 0);
    EXPECT_EQ(school.count("SELECT count(*) FROM classes WHERE name = '新班'"), 0);
}

TEST(RosterImport, QuotedCellsLineEndingsAndNewlinesInsideQuotes)
{
    School school;
    const QString csv = QStringLiteral("\"姓名\",\"性别\",\"出生日期\",\"班级\",\"爱好\",病史\r\n"
                                       "\"王\"\"小\"\"丫\",女,2016-02-03,一年级(1)班,\"画画,\r\n跳绳\",\r\n"
                                       "李四,男,2016-02-04,一年级(1)班,,\"\"\r" // a lone CR (Excel for Mac)
                                       "张三,男,2016-02-05,一年级(1)班,,哮喘");
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_EQ(preview.rows.size(), 3) << qPrintable(School::allErrors(preview));
    EXPECT_EQ(preview.rows.at(0).child.name, QStringLiteral("王\"小\"丫"));
    EXPECT_EQ(preview.rows.at(0).child.hobbies, QStringLiteral("画画,\n跳绳"));
    EXPECT_EQ(preview.rows.at(1).line, 4); // the quoted cell took two lines
    EXPECT_EQ(preview.rows.at(2).line, 5);
    EXPECT_EQ(preview.rows.at(2).child.medical, QStringLiteral("哮喘"));
    EXPECT_EQ(preview.count(Action::Add), 3);

    const ImportPreview unclosed = school.importer.preview(
        QStringLiteral(
            "姓名,性别,出生日期,班级,爱好\n王小丫,女,2016-02-03,一年级(1)班,\"画画\n李四,男,2016-02-04,一年级(1)班,\n")
            .toUtf8());
    ASSERT_EQ(unclosed.rows.size(), 1);
    EXPECT_EQ(unclosed.rows.first().action, Action::Error);
    EXPECT_FALSE(unclosed.canApply());
}

TEST(RosterImport, ATenMegabyteLineIsAnErrorNamingItsLineAndStaysCheap)
{
    School school;
    const QString before = school.fingerprint();
    const QByteArray header = QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,一年级(1)班\n").toUtf8();
    for (const QByteArray &huge : {QByteArray(10 * 1024 * 1024, 'x'), '"' + QByteArray(10 * 1024 * 1024, 'x') + '"'}) {
        QElapsedTimer timer;
        timer.start();
        const ImportPreview preview = school.importer.preview(header + huge + "\n李四,男,2016-02-04,一年级(1)班\n");
        EXPECT_LT(timer.elapsed(), 3000);
        ASSERT_EQ(preview.rows.size(), 3);
        EXPECT_EQ(preview.rows.at(1).line, 3);
        EXPECT_EQ(preview.rows.at(1).action, Action::Error);
        EXPECT_TRUE(preview.rows.at(1).errors.join(' ').contains(QStringLiteral("64 KB")));
        EXPECT_EQ(preview.rows.at(2).line, 4);
        EXPECT_EQ(preview.rows.at(2).action, Action::Add);
        EXPECT_FALSE(preview.canApply());
        EXPECT_FALSE(school.importer.apply(preview).ok);
    }
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, PreviewFileRefusesUnreadableAndTooBigFiles)
{
    School school;
    EXPECT_FALSE(school.importer.previewFile(QStringLiteral("/no/such/file.csv")).fileErrors.isEmpty());
    EXPECT_FALSE(school.importer.previewFile(school.dir.path()).fileErrors.isEmpty()); // a folder

    QFile big(school.dir.filePath(QStringLiteral("big.csv")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(RosterImport::kMaxFileBytes + 1)); // sparse: no 20 MB written
    big.close();
    const ImportPreview tooBig = school.importer.previewFile(big.fileName());
    ASSERT_EQ(tooBig.fileErrors.size(), 1);
    EXPECT_TRUE(tooBig.fileErrors.first().contains(QStringLiteral("20 MB")));

    QFile file(school.dir.filePath(QStringLiteral("roster.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(toEncoding(QStringLiteral("姓名,性别,出生日期,班级\r\n王小丫,女,2016/2/3,一年级(1)班\r\n"), "GBK"));
    file.close();
    const ImportPreview preview = school.importer.previewFile(file.fileName());
    EXPECT_EQ(preview.encoding, QStringLiteral("GB18030"));
    EXPECT_TRUE(preview.canApply());
}

TEST(RosterImport, EveryWriteIsInTheChangeLog)
{
    School school;
    const int log = school.count("SELECT count(*) FROM change_log");
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,父亲姓名,父亲电话,母亲姓名,监护人姓名,监护人年龄\n"
                                       "甲一,女,2016-02-03,四年级(1)班,甲父,13800000001,乙母,丙奶奶,66\n"
                                       "甲二,男,2016-02-04,四年级(1)班,甲父二,,乙母二,,\n");
    const ImportResult result = school.importText(csv);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log") - log, 1 + 2 + 5);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'children' AND payload LIKE '%甲一%'"), 1);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE entity = 'contacts' AND payload LIKE '%丙奶奶%'"), 1);
    EXPECT_EQ(school.count("SELECT age FROM contacts WHERE name = '丙奶奶'"), 66);
}

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(QQ_TEST_DATA_DIR "/roster/") + QString::fromLatin1(name);
}

std::optional<Child> childNamed(Roster &roster, const QString &name)
{
    for (const Child &child : roster.allChildren()) {
        if (child.name == name)
            return child;
    }
    return std::nullopt;
}

QString className(Roster &roster, const Child &child)
{
    for (const SchoolClass &schoolClass : roster.classes()) {
        if (schoolClass.id == child.classId)
            return schoolClass.name;
    }
    return {};
}

std::optional<Contact> contactOf(Roster &roster, const Child &child, Contact::Role role)
{
    for (const Contact &contact : roster.contacts(child.id)) {
        if (contact.role == role)
            return contact;
    }
    return std::nullopt;
}

} // namespace

// A class teacher's own sheet: a title line, 年级 and 班级 apart, the school's
// own card numbers, an Excel day number and a US date, 父亲电话 without a name,
// the ID numbers (never kept) and 学籍号.
TEST(RosterImport, ASchoolsOwnRosterGetsInOnTheFirstTry)
{
    School school;
    const ImportPreview preview = school.importer.previewFile(dataFile("school_utf8_bom.csv"));
    ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
    EXPECT_EQ(preview.encoding, QStringLiteral("UTF-8"));
    ASSERT_TRUE(preview.canApply()) << qPrintable(School::allErrors(preview));
    const QString warnings = preview.warnings.join('\n');
    EXPECT_TRUE(warnings.contains(QStringLiteral("身份证号 was not imported, on purpose"))) << qPrintable(warnings);
    EXPECT_TRUE(warnings.contains(QStringLiteral("学籍号 was not imported"))) << qPrintable(warnings);
    EXPECT_FALSE(warnings.contains(QStringLiteral("Columns not used"))) << qPrintable(warnings);
    // 3/8/2015 is read month first, and the row says so.
    EXPECT_EQ(rowAt(preview, 5).child.birthDate, QDate(2015, 3, 8));
    ASSERT_EQ(rowAt(preview, 5).warnings.size(), 1);
    EXPECT_TRUE(rowAt(preview, 5).warnings.first().contains(QStringLiteral("2015-03-08")));
    EXPECT_EQ(rowAt(preview, 4).child.birthDate, QDate(2015, 3, 8)); // 42071, Excel's day number
    EXPECT_TRUE(rowAt(preview, 4).warnings.isEmpty());

    const ImportResult result = school.importer.apply(preview);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.added, 4);
    Roster &roster = school.roster();
    const std::optional<Child> ming = childNamed(roster, QStringLiteral("张小明"));
    const std::optional<Child> fang = childNamed(roster, QStringLiteral("王芳"));
    const std::optional<Child> yu = childNamed(roster, QStringLiteral("李雨"));
    const std::optional<Child> yi = childNamed(roster, QStringLiteral("阿依"));
    ASSERT_TRUE(ming && fang && yu && yi);
    EXPECT_EQ(ming->cardCode, QStringLiteral("C1001"));
    EXPECT_EQ(fang->cardCode, QStringLiteral("20230015"));
    EXPECT_EQ(yu->cardCode, QStringLiteral("0012345678")); // the leading zeros kept
    EXPECT_EQ(yi->cardCode, QStringLiteral("C1004"));
    // Grade 3's 2班 and grade 4's 2班 are two classes.
    EXPECT_EQ(className(roster, *ming), QStringLiteral("三年级(2)班"));
    EXPECT_EQ(ming->classId, fang->classId);
    EXPECT_EQ(className(roster, *yu), QStringLiteral("四年级(2)班"));
    EXPECT_EQ(className(roster, *yi), QStringLiteral("一年级(1)班"));

    // The father known by his phone, where the parents work, the guardian under 监护人 and 联系电话.
    const std::optional<Contact> father = contactOf(roster, *ming, Contact::Role::Father);
    ASSERT_TRUE(father);
    EXPECT_TRUE(father->name.isEmpty());
    EXPECT_EQ(father->phone, QStringLiteral("13812345678"));
    EXPECT_EQ(father->workCity, QStringLiteral("广东东莞"));
    const std::optional<Contact> mother = contactOf(roster, *ming, Contact::Role::Mother);
    ASSERT_TRUE(mother);
    EXPECT_EQ(mother->name, QStringLiteral("李红"));
    EXPECT_EQ(mother->workCity, QStringLiteral("广东东莞"));
    const std::optional<Contact> guardian = contactOf(roster, *ming, Contact::Role::Guardian);
    ASSERT_TRUE(guardian);
    EXPECT_EQ(guardian->name, QStringLiteral("张大山"));
    EXPECT_EQ(guardian->relationship, QStringLiteral("爷爷"));
    EXPECT_EQ(guardian->phone, QStringLiteral("13700001111"));
    EXPECT_EQ(guardian->address, QStringLiteral("石桥村三组"));
    EXPECT_FALSE(contactOf(roster, *fang, Contact::Role::Father)); // nothing about him in the file

    // No ID number anywhere in the database.
    EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name || ifnull(card_code, '') || ifnull(medical, '') "
                           "LIKE '%430124%'"),
              0);
    EXPECT_EQ(school.count("SELECT count(*) FROM contacts WHERE ifnull(phone, '') || ifnull(address, '') "
                           "|| name LIKE '%430124%'"),
              0);
    EXPECT_EQ(school.count("SELECT count(*) FROM change_log WHERE payload LIKE '%430124%'"), 0);

    // The same file again changes nothing: matched by card.
    const ImportPreview again = school.importer.previewFile(dataFile("school_utf8_bom.csv"));
    EXPECT_EQ(again.count(Action::Unchanged), 4) << qPrintable(School::allErrors(again));
}

TEST(RosterImport, TheNationalRegistrationExportInGbkAndARareCharacterExcelLost)
{
    School school;
    const ImportPreview preview = school.importer.previewFile(dataFile("school_gbk.csv"));
    ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
    EXPECT_EQ(preview.encoding, QStringLiteral("GB18030"));
    ASSERT_TRUE(preview.canApply()) << qPrintable(School::allErrors(preview));
    const QString warnings = preview.warnings.join('\n');
    EXPECT_TRUE(warnings.contains(QStringLiteral("身份证件号 was not imported, on purpose"))) << qPrintable(warnings);
    EXPECT_TRUE(warnings.contains(QStringLiteral("学籍辅号"))) << qPrintable(warnings);
    EXPECT_TRUE(warnings.contains(QStringLiteral("是否留守儿童"))) << qPrintable(warnings); // not used
    // 李? is imported, with a warning on its row telling what to do.
    const ImportRow lost = rowAt(preview, 2);
    EXPECT_EQ(lost.child.name, QStringLiteral("李?"));
    ASSERT_EQ(lost.warnings.size(), 1);
    EXPECT_TRUE(lost.warnings.first().contains(QStringLiteral("type the name on the kiosk")));
    EXPECT_EQ(lost.className, QStringLiteral("五年级(1)班"));
    ASSERT_EQ(lost.contacts.size(), 1);
    EXPECT_EQ(lost.contacts.first().name, QStringLiteral("李建国"));
    EXPECT_EQ(lost.contacts.first().phone, QStringLiteral("13600001111"));
    EXPECT_EQ(lost.contacts.first().address, QStringLiteral("新村一组"));
    EXPECT_TRUE(rowAt(preview, 3).warnings.isEmpty());
    EXPECT_TRUE(school.importer.apply(preview).ok);
}

TEST(RosterImport, ALeftBehindChildrensFileInGb18030)
{
    School school;
    const ImportPreview preview = school.importer.previewFile(dataFile("school_gb18030.csv"));
    ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
    ASSERT_TRUE(preview.canApply()) << qPrintable(School::allErrors(preview));
    EXPECT_TRUE(preview.warnings.isEmpty()) << qPrintable(preview.warnings.join('\n'));
    const ImportRow liu = rowAt(preview, 2);
    EXPECT_EQ(liu.child.name, QStringLiteral("刘䶮")); // outside GBK
    EXPECT_EQ(liu.child.birthDate, QDate(2015, 10, 2));
    ASSERT_EQ(liu.contacts.size(), 3);
    const ImportRow zhou = rowAt(preview, 3);
    ASSERT_EQ(zhou.contacts.size(), 2); // the father's phone and city without his name, and the grandmother
    EXPECT_EQ(zhou.contacts.at(0).role, Contact::Role::Father);
    EXPECT_TRUE(zhou.contacts.at(0).name.isEmpty());
    EXPECT_EQ(zhou.contacts.at(0).phone, QStringLiteral("13577778888"));
    EXPECT_EQ(zhou.contacts.at(0).workCity, QStringLiteral("江苏苏州"));
    EXPECT_EQ(zhou.contacts.at(1).relationship, QStringLiteral("奶奶"));
    ASSERT_TRUE(school.importer.apply(preview).ok);
}

TEST(RosterImport, SchoolCardNumbersThatCannotBeCardsSayWhatToDo)
{
    School school;
    const QString cls = school.firstClassName();
    QString misread = cardCodeFromPayload(99);
    misread.back() = misread.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,卡号\n"
                                       "甲一,男,2016-01-01,%1,C1001\n" // 2: fine
                                       "甲二,男,2016-01-01,%1,12\n" // 3: a row number
                                       "甲三,男,2016-01-01,%1,%2\n" // 4: 33 characters
                                       "甲四,男,2016-01-01,%1,卡一号\n" // 5: hanzi
                                       "甲五,男,2016-01-01,%1,9787020002207\n" // 6: a book's ISBN
                                       "甲六,男,2016-01-01,%1,%3\n" // 7: our code mistyped
                                       "甲七,男,2016-01-01,%1,2.02301E+07\n") // 8: shortened by Excel
                            .arg(cls, QString(33, QLatin1Char('7')), misread);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    EXPECT_EQ(rowAt(preview, 2).action, Action::Add);
    const QList<std::pair<int, const char *>> says{{3, "too short for a card number"},
                                                   {4, "longer than 32 characters"},
                                                   {5, "cannot send"},
                                                   {6, "a book's barcode"},
                                                   {7, "one character wrong"},
                                                   {8, "shortened by the spreadsheet"}};
    for (const auto &[line, words] : says) {
        const ImportRow row = rowAt(preview, line);
        EXPECT_EQ(row.action, Action::Error) << line;
        ASSERT_EQ(row.errors.size(), 1) << line;
        EXPECT_TRUE(row.errors.first().contains(QString::fromUtf8(words))) << qPrintable(row.errors.first());
        // Written for the teacher: never the child's "show your own card".
        EXPECT_FALSE(row.errors.first().contains(QStringLiteral("your own card"))) << line;
    }
}

TEST(RosterImport, TheRowsThatAreFineCanBeImportedWithoutTheProblemRows)
{
    School school;
    const QString cls = school.firstClassName();
    const QString before = school.fingerprint();
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,卡号\n"
                                       "好一,男,2016-01-01,%1,C2001\n"
                                       "坏一,X,2016-01-01,%1,\n"
                                       "好二,女,2016-01-02,%1,C2002\n"
                                       "坏二,女,2016-01-03,%1,C2001\n") // the card of line 2: both lines have a problem
                            .arg(cls);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    EXPECT_FALSE(preview.canApply());
    EXPECT_TRUE(preview.canApplyFine());
    EXPECT_EQ(preview.count(Action::Error), 3);
    // Everything: refused, nothing written.
    EXPECT_FALSE(school.importer.apply(preview).ok);
    EXPECT_FALSE(school.importer.apply(preview, ApplyScope::Everything).ok);
    EXPECT_EQ(school.fingerprint(), before);
    // The fine rows: one transaction, the problem rows left out and counted.
    const ImportResult result = school.importer.apply(preview, ApplyScope::RowsWithoutProblems);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.added, 1);
    EXPECT_EQ(result.leftOut, 3);
    EXPECT_TRUE(childNamed(school.roster(), QStringLiteral("好二")));
    EXPECT_FALSE(childNamed(school.roster(), QStringLiteral("好一")));
    EXPECT_FALSE(childNamed(school.roster(), QStringLiteral("坏一")));

    // Nothing fine at all: refused with words.
    const ImportPreview allBad =
        school.importer.preview(QStringLiteral("姓名,性别,出生日期,班级\n坏,X,2016-01-01,%1\n").arg(cls).toUtf8());
    EXPECT_FALSE(allBad.canApplyFine());
    const ImportResult none = school.importer.apply(allBad, ApplyScope::RowsWithoutProblems);
    EXPECT_FALSE(none.ok);
    EXPECT_FALSE(none.error.isEmpty());
}

TEST(RosterImport, AStalePreviewIsRefusedForTheFineRowsToo)
{
    School school;
    const QString cls = school.firstClassName();
    const ImportPreview preview = school.importer.preview(
        QStringLiteral("姓名,性别,出生日期,班级\n好一,男,2016-01-01,%1\n坏一,X,2016-01-01,%1\n").arg(cls).toUtf8());
    ASSERT_TRUE(preview.canApplyFine());
    Child changed = school.firstClass().first();
    changed.hobbies = QStringLiteral("下棋");
    school.roster().updateChild(changed);
    const QString before = school.fingerprint();
    EXPECT_FALSE(school.importer.apply(preview, ApplyScope::RowsWithoutProblems).ok);
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, ThePreviewListsEveryColumnWithSamplesAndGuesses)
{
    School school;
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,号码,Spalte,身份证号\n"
                                       "王小丫,女,2016-02-03,一年级(1)班,13800001111,奶奶,430124201602030021\n"
                                       "李四,男,2016-03-04,一年级(1)班,13800002222,外公,430124201603040031\n");
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_EQ(preview.columns.size(), 7);
    EXPECT_EQ(preview.columns.at(0).title, QStringLiteral("姓名"));
    EXPECT_EQ(preview.columns.at(0).field, RosterSheet::Field::Name);
    EXPECT_TRUE(preview.columns.at(0).byTitle);
    EXPECT_EQ(preview.columns.at(0).samples, (QStringList{QStringLiteral("王小丫"), QStringLiteral("李四")}));
    // Unknown titles are not used, only guessed from their cells.
    EXPECT_EQ(preview.columns.at(4).field, RosterSheet::Field::None);
    EXPECT_EQ(preview.columns.at(4).guess, RosterSheet::Field::GuardianPhone);
    EXPECT_EQ(preview.columns.at(5).guess, RosterSheet::Field::GuardianRelationship);
    EXPECT_FALSE(preview.columns.at(5).byTitle);
    // The ID numbers are shown to nobody.
    EXPECT_EQ(preview.columns.at(6).field, RosterSheet::Field::IdNumber);
    EXPECT_TRUE(preview.columns.at(6).samples.isEmpty());

    // A file refused for a missing column still lists its columns for the mapping step.
    const ImportPreview missing =
        school.importer.preview(QStringLiteral("学生,性别,出生日期,班级\n王小丫,女,2016-02-03,一年级(1)班\n").toUtf8());
    ASSERT_FALSE(missing.fileErrors.isEmpty());
    ASSERT_EQ(missing.columns.size(), 4);
    EXPECT_EQ(missing.columns.at(0).guess, RosterSheet::Field::Name);
}

TEST(RosterSheet, GuessesAColumnFromItsTitleOrItsCells)
{
    using RosterSheet::Field;
    using RosterSheet::guessField;
    const auto cells = [](std::initializer_list<const char *> values) {
        QStringList list;
        for (const char *value : values)
            list.append(QString::fromUtf8(value));
        return list;
    };
    // A known title decides, whatever the cells.
    EXPECT_EQ(guessField(QStringLiteral("监护人"), cells({"13800001111"})), Field::GuardianName);
    EXPECT_EQ(guessField(QStringLiteral("与孩子关系"), {}), Field::GuardianRelationship);
    EXPECT_EQ(guessField(QStringLiteral("家长电话"), {}), Field::GuardianPhone);
    EXPECT_EQ(guessField(QStringLiteral("全国学籍号"), {}), Field::SchoolNumber);
    EXPECT_EQ(guessField(QStringLiteral("身份证件号"), {}), Field::IdNumber);
    EXPECT_EQ(guessField(QStringLiteral("年级"), {}), Field::Grade);
    EXPECT_EQ(guessField(QStringLiteral("出生年月"), {}), Field::BirthDate);
    EXPECT_EQ(guessField(QStringLiteral("父亲务工地点"), {}), Field::FatherCity);
    EXPECT_EQ(guessField(QStringLiteral("外出务工地点"), {}), Field::ParentsCity);
    // Otherwise the cells.
    EXPECT_EQ(guessField(QStringLiteral("列1"), cells({"13800001111", "139 0000 2222", "+86 15812345678"})),
              Field::GuardianPhone);
    EXPECT_EQ(guessField(QStringLiteral("列2"), cells({"2015-03-07", "2015/3/8", "2015年10月2日"})), Field::BirthDate);
    EXPECT_EQ(guessField(QStringLiteral("列3"), cells({"男", "女", "女"})), Field::Gender);
    EXPECT_EQ(guessField(QStringLiteral("列4"), cells({"三年级(2)班", "三年级（3）班", "四年级2班"})), Field::Class);
    EXPECT_EQ(guessField(QStringLiteral("列5"), cells({"三年级", "3年级", "初一"})), Field::Grade);
    EXPECT_EQ(guessField(QStringLiteral("列6"), cells({"王小丫", "欧阳娜娜", "李  四"})), Field::Name);
    EXPECT_EQ(guessField(QStringLiteral("列7"), cells({"奶奶", "外公", "爷爷"})), Field::GuardianRelationship);
    EXPECT_EQ(guessField(QStringLiteral("列8"), cells({"430124201503070011", "43012420150308002X"})), Field::IdNumber);
    EXPECT_EQ(guessField(QString(), QStringList{cardCodeFromPayload(1), cardCodeFromPayload(2)}), Field::CardCode);
    // Nothing telling: none.
    EXPECT_EQ(guessField(QStringLiteral("备注"), cells({"爱看书", "", "转学来的"})), Field::None);
    EXPECT_EQ(guessField(QStringLiteral("备注"), {}), Field::None);
    EXPECT_EQ(guessField(QStringLiteral("列9"), cells({"王小丫", "13800001111"})), Field::None); // mixed
    EXPECT_EQ(guessField(QStringLiteral("列10"), cells({"1", "2", "3"})), Field::None);
}

TEST(RosterSheet, DatesExcelWritesAndDatesItCannotHave)
{
    using RosterSheet::DateReading;
    DateReading how = DateReading::Plain;
    EXPECT_EQ(RosterSheet::parseDate(QStringLiteral("42071"), &how), QDate(2015, 3, 8));
    EXPECT_EQ(how, DateReading::ExcelSerial);
    EXPECT_EQ(RosterSheet::parseDate(QStringLiteral("42071.0"), &how), QDate(2015, 3, 8));
    EXPECT_EQ(RosterSheet::parseDate(QStringLiteral("3/8/2015"), &how), QDate(2015, 3, 8));
    EXPECT_EQ(how, DateReading::MonthFirst);
    EXPECT_EQ(RosterSheet::parseDate(QStringLiteral("25/3/2015"), &how), QDate(2015, 3, 25));
    EXPECT_EQ(how, DateReading::DayFirst);
    EXPECT_EQ(RosterSheet::parseDate(QStringLiteral("2015/3/8"), &how), QDate(2015, 3, 8)); // year first in China
    EXPECT_EQ(how, DateReading::Plain);
    for (const char *yearMonth : {"2015.03", "2015-3", "2015年3月", "201503"}) {
        EXPECT_FALSE(RosterSheet::parseDate(QString::fromUtf8(yearMonth), &how).isValid()) << yearMonth;
        EXPECT_EQ(how, DateReading::YearMonthOnly) << yearMonth;
    }
    EXPECT_FALSE(RosterSheet::parseDate(QStringLiteral("12345")).isValid()); // 1933: not a pupil's day number
}

TEST(RosterSheet, GradeAndClassInTwoColumnsMakeOneClassName)
{
    using RosterSheet::mergeGradeAndClass;
    const QString grade3 = QStringLiteral("三年级(2)班");
    for (const char *cls : {"2", "2班", "(2)班", "（2）班", "二班", "02"})
        EXPECT_EQ(mergeGradeAndClass(QStringLiteral("三年级"), QString::fromUtf8(cls)), grade3) << cls;
    EXPECT_EQ(mergeGradeAndClass(QStringLiteral("3"), QStringLiteral("2")), grade3);
    EXPECT_EQ(mergeGradeAndClass(QStringLiteral("3年级"), QStringLiteral("2班")), grade3);
    EXPECT_EQ(mergeGradeAndClass(QStringLiteral("四年级"), QStringLiteral("2")), QStringLiteral("四年级(2)班"));
    EXPECT_EQ(mergeGradeAndClass(QStringLiteral("初一"), QStringLiteral("3")), QStringLiteral("初一(3)班"));
    // A class that names its grade is kept; no grade, the class as written.
    EXPECT_EQ(mergeGradeAndClass(QStringLiteral("三年级"), QStringLiteral("三年级(2)班")), grade3);
    EXPECT_EQ(mergeGradeAndClass(QString(), QStringLiteral("2班")), QStringLiteral("2班"));
    EXPECT_EQ(mergeGradeAndClass(QStringLiteral("三年级"), QStringLiteral("火箭班")), QStringLiteral("三年级火箭班"));
    EXPECT_TRUE(mergeGradeAndClass(QStringLiteral("三年级"), QString()).isEmpty());
    EXPECT_EQ(RosterSheet::gradeOf(mergeGradeAndClass(QStringLiteral("3"), QStringLiteral("2"))), 3);
}
