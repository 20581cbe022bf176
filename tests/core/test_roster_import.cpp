#include "roster_import.h"
#include "temp_school.h"

#include <QFile>

#include <iconv.h>

using namespace qq;
using Action = ImportRow::Action;

namespace {

QByteArray toEncoding(const QString &text, const char *encoding)
{
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    iconv_t cd = iconv_open(encoding, "UTF-8");
    EXPECT_NE(cd, iconv_t(-1));
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
    QString firstClassName() const { return store->roster().classes().first().name; }
    // Everything a failed import must leave as it was.
    QString fingerprint() const
    {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(count("SELECT count(*) FROM children"))
            .arg(count("SELECT count(*) FROM contacts"))
            .arg(count("SELECT count(*) FROM classes"))
            .arg(count("SELECT count(*) FROM change_log"));
    }
    RosterImport importer;
};

const QString kHeader = QStringLiteral("姓名,性别,出生日期,班级,卡号,父亲姓名,父亲电话,监护人姓名,监护人关系\n");

} // namespace

TEST(RosterImport, Utf8WithAndWithoutBomGbkAndGb18030AllRead)
{
    const QString rows = kHeader
        + QStringLiteral("曾小华,女,2016-05-04,三年级(2)班,,曾大山,13800001234,李秀英,奶奶\n"
                         "欧阳㐀,男,2015/3/7,三年级(2)班,,,,,\n");
    const QString gbkRows =
        kHeader + QStringLiteral("曾小华,女,2016-05-04,三年级(2)班,,曾大山,13800001234,李秀英,奶奶\n");
    struct Case {
        QByteArray bytes;
        QString encoding;
        int rows;
    };
    const QList<Case> cases{
        {rows.toUtf8(), "UTF-8", 2},
        {"\xEF\xBB\xBF" + rows.toUtf8(), "UTF-8", 2},
        {toEncoding(gbkRows, "GBK"), "GB18030", 1},
        {toEncoding(rows, "GB18030"), "GB18030", 2},
    };
    for (const Case &c : cases) {
        School school;
        const ImportPreview preview = school.importer.preview(c.bytes);
        ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
        EXPECT_EQ(preview.encoding, c.encoding);
        ASSERT_EQ(preview.rows.size(), c.rows);
        EXPECT_EQ(preview.rows.first().child.name, QStringLiteral("曾小华"));
        EXPECT_EQ(preview.rows.first().contacts.size(), 2);
        if (c.rows == 2)
            EXPECT_EQ(preview.rows.at(1).child.name, QStringLiteral("欧阳㐀")); // GB18030-only character kept
        EXPECT_EQ(preview.count(Action::Add), c.rows);
        const ImportResult result = school.importer.apply(preview);
        ASSERT_TRUE(result.ok) << qPrintable(result.error);
        EXPECT_EQ(result.added, c.rows);
        EXPECT_EQ(result.classesCreated, 1);
        EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name = '曾小华'"), 1);
        EXPECT_EQ(school.count("SELECT grade FROM classes WHERE name = '三年级(2)班'"), 3);
        EXPECT_GE(school.count("SELECT count(*) FROM change_log WHERE entity = 'children' AND op = 'insert'"),
                  c.rows + 12);
    }
}

TEST(RosterImport, EachBadFileGetsAClearMessageAndChangesNothing)
{
    School school;
    const QString before = school.fingerprint();
    const QList<QByteArray> bad{
        QByteArray(),
        "   \n",
        (QStringLiteral("姓名,性别,出生日期,班级\n")).toUtf8(), // header only
        QStringLiteral("姓名,性别,班级\n张三,男,一年级(1)班\n").toUtf8(), // a required column missing
        QByteArray("\xFF\xFE") + QStringLiteral("姓名").toUtf8(), // UTF-16
        QByteArray("\x81\x30\x81\xFF\xFF\xFE\x00\x80garbage", 16), // no encoding at all
        QByteArray(20, 'a') + QByteArray(10 * 1024 * 1024, 'b'), // a 10 MB first line
    };
    for (const QByteArray &bytes : bad) {
        const ImportPreview preview = school.importer.preview(bytes);
        EXPECT_FALSE(preview.fileErrors.isEmpty()) << bytes.left(40).toHex().constData();
        EXPECT_FALSE(preview.canApply());
        EXPECT_FALSE(school.importer.apply(preview).ok);
    }
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, BadRowsAreNamedAndNothingIsWrittenUntilAllAreRight)
{
    School school;
    const QString cls = school.firstClassName();
    const Child existing = school.firstClass().first();
    {
        Transaction tx(school.store->db());
        Child withCard = existing;
        withCard.cardCode = QStringLiteral("QQCARD1");
        school.store->roster().updateChild(withCard);
        tx.commit();
    }
    const QString before = school.fingerprint();
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,卡号,父亲电话,备注\n"
                                       "好孩子,女,2016-02-03,%1,,,\n" // line 2: fine
                                       "李四,男,03/07/15,%1,,,\n" // 3: date
                                       "王五,X,2016-01-01,%1,,,\n" // 4: gender
                                       "赵六,女,2016-01-01,%1,QQDUP,,\n" // 5
                                       "钱七,女,2016-01-01,%1,QQDUP,,\n" // 6: duplicate card in the file
                                       "孙八,男,2016-01-01,%1,QQCARD1,,\n" // 7: card of another child... (matches it)
                                       "周九,男,2016-01-01,%1,,,,,\n" // 8: extra cells
                                       "吴十,男,2016-01-01,%1,,call me,\n" // 9: phone
                                       ",男,2016-01-01,%1,,,\n" // 10: no name
                                       "郑一,男,1990-01-01,%1,,,\n") // 11: too old
                            .arg(cls);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.fileErrors.isEmpty());
    EXPECT_EQ(preview.warnings.size(), 1); // 备注 is not used
    ASSERT_EQ(preview.rows.size(), 10);
    auto rowAt = [&](int line) {
        for (const ImportRow &row : preview.rows)
            if (row.line == line)
                return row;
        return ImportRow{};
    };
    EXPECT_EQ(rowAt(2).action, Action::Add);
    for (int line : {3, 4, 6, 8, 9, 10, 11}) {
        EXPECT_EQ(rowAt(line).action, Action::Error) << line;
        EXPECT_FALSE(rowAt(line).errors.isEmpty()) << line;
    }
    EXPECT_TRUE(rowAt(3).errors.join(' ').contains(QStringLiteral("03/07/15")));
    EXPECT_TRUE(rowAt(6).errors.join(' ').contains(QStringLiteral("5")));
    // Row 7 carries an existing child's card: that is this child, by card.
    EXPECT_EQ(rowAt(7).action, Action::Update);
    EXPECT_EQ(rowAt(7).child.id, existing.id);
    EXPECT_FALSE(preview.canApply());
    EXPECT_FALSE(school.importer.apply(preview).ok);
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, ReimportUpdatesByIdCardOrNameAndBirthDateWithoutDuplicates)
{
    School school;
    const QString cls = school.firstClassName();
    const QList<Child> kids = school.firstClass();
    {
        Transaction tx(school.store->db());
        Child withCard = kids.at(1);
        withCard.cardCode = QStringLiteral("QQCARD2");
        school.store->roster().updateChild(withCard);
        tx.commit();
    }
    const int children = school.count("SELECT count(*) FROM children");
    auto line = [&](const Child &c, const QString &id, const QString &card, const QString &father) {
        return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,13900000000\n")
            .arg(id, c.name, c.gender == QLatin1String("F") ? QStringLiteral("女") : QStringLiteral("男"),
                 c.birthDate.toString(Qt::ISODate), cls, card, father);
    };
    const QString csv = QStringLiteral("编号,姓名,性别,出生日期,班级,卡号,父亲姓名,父亲电话\n")
        + line(kids.at(0), kids.at(0).id, {}, QStringLiteral("新爸爸"))
        + line(kids.at(1), {}, QStringLiteral("QQCARD2"), QStringLiteral("新爸爸"))
        + line(kids.at(2), {}, {}, QStringLiteral("新爸爸"));
    ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply()) << qPrintable(preview.fileErrors.join(' '));
    EXPECT_EQ(preview.count(Action::Update), 3);
    ASSERT_TRUE(school.importer.apply(preview).ok);
    EXPECT_EQ(school.count("SELECT count(*) FROM children"), children);
    EXPECT_EQ(school.count("SELECT count(*) FROM contacts WHERE name = '新爸爸'"), 3);
    // The same file again: nothing to do, contacts not duplicated.
    preview = school.importer.preview(csv.toUtf8());
    EXPECT_EQ(preview.count(Action::Unchanged), 3);
    EXPECT_FALSE(preview.canApply());
    EXPECT_EQ(school.count("SELECT count(*) FROM contacts WHERE name = '新爸爸'"), 3);
}

TEST(RosterImport, AStalePreviewIsRefusedAndRolledBack)
{
    School school;
    const QString cls = school.firstClassName();
    const QString csv = QStringLiteral("姓名,性别,出生日期,班级,卡号\n新同学,女,2016-02-03,%1,QQNEW\n").arg(cls);
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply());
    // Meanwhile the teacher gave that card to someone else by hand.
    {
        Transaction tx(school.store->db());
        Child other = school.firstClass().first();
        other.cardCode = QStringLiteral("QQNEW");
        school.store->roster().updateChild(other);
        tx.commit();
    }
    const QString before = school.fingerprint();
    const ImportResult result = school.importer.apply(preview);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(school.fingerprint(), before);
}

TEST(RosterImport, QuotedCellsAndAFileThatCannotBeOpened)
{
    School school;
    const QString csv = QStringLiteral("\"姓名\",\"性别\",\"出生日期\",\"班级\",\"爱好\"\r\n"
                                       "\"王\"\"小\"\"丫\",女,2016-02-03,一年级(1)班,\"画画,\n跳绳\"\r\n");
    const ImportPreview preview = school.importer.preview(csv.toUtf8());
    ASSERT_EQ(preview.rows.size(), 1);
    EXPECT_EQ(preview.rows.first().child.name, QStringLiteral("王\"小\"丫"));
    EXPECT_EQ(preview.rows.first().child.hobbies, QStringLiteral("画画,\n跳绳"));
    EXPECT_FALSE(school.importer.previewFile(QStringLiteral("/no/such/file.csv")).fileErrors.isEmpty());
}

TEST(RosterImport, ATenMegabyteRowIsAnErrorNamingItsLine)
{
    School school;
    const QByteArray csv = QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,一年级(1)班\n").toUtf8()
        + QByteArray(10 * 1024 * 1024, 'x') + "\n";
    const ImportPreview preview = school.importer.preview(csv);
    ASSERT_EQ(preview.rows.size(), 2);
    EXPECT_EQ(preview.rows.at(1).line, 3);
    EXPECT_EQ(preview.rows.at(1).action, Action::Error);
    EXPECT_FALSE(preview.canApply());
}
