// Rosters as schools keep them: .xlsx and .xls workbooks (the fixtures in
// tests/data/roster were saved by LibreOffice, see its README), CSV files with
// semicolons or tabs, and the teacher's column mapping.
#include "roster_import.h"
#include "temp_school.h"
#include "workbook.h"
#include "xlsx_writer.h"

#include <QDir>
#include <QFile>

#include <random>

using namespace qq;
using namespace qq::test;
using Action = ImportRow::Action;
using RosterSheet::Field;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(QINQING_TEST_DATA "/roster")).filePath(QString::fromUtf8(name));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

struct School : TempSchool {
    School() : importer(store->db(), store->roster(), store->changeLog(), clock, store->settings()) { }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    static QString problems(const ImportPreview &preview)
    {
        QStringList all = preview.fileErrors;
        for (const ImportRow &row : preview.rows)
            for (const QString &error : row.errors)
                all.append(QStringLiteral("line %1: %2").arg(row.line).arg(error));
        return all.join(u'\n');
    }
    RosterImport importer;
};

const ImportRow *rowNamed(const ImportPreview &preview, const QString &name)
{
    for (const ImportRow &row : preview.rows) {
        if (row.child.name == name)
            return &row;
    }
    ADD_FAILURE() << "no row for " << qPrintable(name);
    return nullptr;
}

QString phoneOf(const ImportRow &row, Contact::Role role)
{
    for (const Contact &contact : row.contacts) {
        if (contact.role == role)
            return contact.phone;
    }
    return {};
}

QString nameOf(const ImportRow &row, Contact::Role role)
{
    for (const Contact &contact : row.contacts) {
        if (contact.role == role)
            return contact.name;
    }
    return {};
}

// What LibreOffice's fixtures hold (make_fixtures.py).
void expectFixtureRoster(const ImportPreview &preview)
{
    ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(School::problems(preview));
    ASSERT_EQ(preview.rows.size(), 20);
    EXPECT_EQ(preview.count(Action::Error), 0) << qPrintable(School::problems(preview));
    EXPECT_EQ(preview.count(Action::Add), 20);

    const ImportRow *first = rowNamed(preview, QStringLiteral("曾小华"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->child.gender, QStringLiteral("F"));
    EXPECT_EQ(first->child.birthDate, QDate(2016, 5, 4));
    EXPECT_EQ(first->className, QStringLiteral("三年级(2)班"));
    EXPECT_EQ(nameOf(*first, Contact::Role::Father), QStringLiteral("曾大山"));
    EXPECT_EQ(phoneOf(*first, Contact::Role::Father), QStringLiteral("13812345678")); // a number cell
    EXPECT_EQ(phoneOf(*first, Contact::Role::Mother), QStringLiteral("13987654321"));
    EXPECT_EQ(phoneOf(*first, Contact::Role::Guardian), QStringLiteral("15885012345"));

    const ImportRow *rare = rowNamed(preview, QStringLiteral("欧阳𠀀")); // 𠀀: Ext B, not in GBK
    ASSERT_TRUE(rare);
    EXPECT_EQ(rare->child.birthDate, QDate(2015, 3, 7));
    EXPECT_EQ(phoneOf(*rare, Contact::Role::Mother), QString()); // an empty cell in the middle of the row
    EXPECT_EQ(nameOf(*rare, Contact::Role::Mother), QStringLiteral("王丽"));
    const ImportRow *extA = rowNamed(preview, QStringLiteral("刘䶮")); // 䶮: Ext A
    ASSERT_TRUE(extA);
    EXPECT_EQ(phoneOf(*extA, Contact::Role::Guardian), QStringLiteral("0851-26221234")); // a text cell
    const ImportRow *leap = rowNamed(preview, QStringLiteral("杨梦瑶"));
    ASSERT_TRUE(leap);
    EXPECT_EQ(leap->child.birthDate, QDate(2016, 2, 29));
    const ImportRow *last = rowNamed(preview, QStringLiteral("高旭"));
    ASSERT_TRUE(last);
    EXPECT_EQ(last->className, QStringLiteral("四年级(1)班"));
    EXPECT_EQ(phoneOf(*last, Contact::Role::Mother), QStringLiteral("13912340001"));
}

} // namespace

TEST(Workbook, XlsxFromLibreOfficeArrivesIntact)
{
    School school;
    const ImportPreview preview = school.importer.previewFile(fixture("roster.xlsx"));
    EXPECT_EQ(preview.sheets, QStringList{QStringLiteral("留守儿童花名册")});
    EXPECT_EQ(preview.sheet, 0);
    EXPECT_TRUE(preview.encoding.isEmpty());
    expectFixtureRoster(preview);
    // The title line above the header is skipped, and the rows keep the sheet's row numbers.
    EXPECT_EQ(preview.rows.first().line, 3);
    const ImportResult result = school.importer.apply(preview);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.added, 20);
    EXPECT_EQ(school.count("SELECT count(*) FROM children WHERE name = '欧阳𠀀' AND birth_date = '2015-03-07'"), 1);
    EXPECT_EQ(school.count("SELECT count(*) FROM contacts WHERE phone = '13812345678'"), 1);
}

TEST(Workbook, XlsFromLibreOfficeArrivesIntact)
{
    School school;
    const ImportPreview preview = school.importer.previewFile(fixture("roster.xls"));
    EXPECT_EQ(preview.sheets, QStringList{QStringLiteral("留守儿童花名册")});
    EXPECT_EQ(preview.sheet, 0);
    expectFixtureRoster(preview);
    const ImportResult result = school.importer.apply(preview);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.added, 20);
}

TEST(Workbook, TheTeacherPicksTheSheet)
{
    for (const char *name : {"roster_two_sheets.xlsx", "roster_two_sheets.xls"}) {
        SCOPED_TRACE(name);
        School school;
        const QStringList sheets{QStringLiteral("填表说明"), QStringLiteral("花名册")};
        // The first sheet is the notes: no columns, and the preview says which sheets there are.
        const ImportPreview notes = school.importer.previewFile(fixture(name));
        EXPECT_EQ(notes.sheets, sheets);
        EXPECT_EQ(notes.sheet, 0);
        ASSERT_FALSE(notes.fileErrors.isEmpty());
        EXPECT_FALSE(notes.canApply());

        const ImportPreview roster = school.importer.previewFile(fixture(name), 1);
        EXPECT_EQ(roster.sheets, sheets);
        EXPECT_EQ(roster.sheet, 1);
        expectFixtureRoster(roster); // dates written 2016年5月4日 too

        const ImportPreview missing = school.importer.previewFile(fixture(name), 2);
        ASSERT_EQ(missing.fileErrors.size(), 1);
        EXPECT_TRUE(missing.fileErrors.first().contains(QStringLiteral("花名册")))
            << qPrintable(missing.fileErrors.first());
        EXPECT_EQ(missing.sheets, sheets);
        EXPECT_FALSE(school.importer.previewFile(fixture(name), -1).fileErrors.isEmpty());
    }
}

TEST(Workbook, TheContentDecidesNotTheName)
{
    School school;
    const QString xlsxAsCsv = school.write(QStringLiteral("花名册.csv"), fileBytes(fixture("roster.xlsx")));
    expectFixtureRoster(school.importer.previewFile(xlsxAsCsv));
    const QString xlsAsXlsx = school.write(QStringLiteral("花名册.xlsx"), fileBytes(fixture("roster.xls")));
    expectFixtureRoster(school.importer.previewFile(xlsAsXlsx));
    const QString csvAsXls =
        school.write(QStringLiteral("roster.xls"),
                     QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016/2/3,一年级(1)班\n").toUtf8());
    const ImportPreview csv = school.importer.previewFile(csvAsXls);
    EXPECT_TRUE(csv.canApply()) << qPrintable(School::problems(csv));
    EXPECT_EQ(csv.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(csv.sheets.isEmpty());
    EXPECT_EQ(csv.sheet, -1);
}

TEST(Workbook, XlsxCellsAsSpreadsheetsWriteThem)
{
    XlsxBuilder book;
    book.addSheet(QStringLiteral("Sheet1"));
    book.row({XlsxCell::text(QStringLiteral("姓名")), XlsxCell::text(QStringLiteral("性别")),
              XlsxCell::text(QStringLiteral("出生日期")), XlsxCell::text(QStringLiteral("班级")),
              XlsxCell::inlineText(QStringLiteral("父亲电话")), XlsxCell::text(QStringLiteral("身份证号")),
              XlsxCell::text(QStringLiteral("是否住校"))});
    // Row 2: every kind of cell; the class is merged down over rows 2–4.
    book.row({XlsxCell::inlineText(QStringLiteral("张𠀀")), XlsxCell::text(QStringLiteral("男")),
              XlsxCell::date(QDate(2016, 5, 4)), XlsxCell::text(QStringLiteral("三年级(2)班")),
              XlsxCell::number(QStringLiteral("13812345678")), XlsxCell::number(QStringLiteral("1.10101200501011E+17")),
              XlsxCell::boolean(true)});
    // Row 3: the class left to the merge, a gap (no cell for 出生日期... it is given with a ref), a Chinese date.
    book.row({XlsxCell::text(QStringLiteral("李芳")).at(QStringLiteral("A3")),
              XlsxCell::text(QStringLiteral("女")).at(QStringLiteral("B3")),
              XlsxCell::date(QDate(2015, 12, 31), true).at(QStringLiteral("C3")),
              XlsxCell::number(QStringLiteral("1.3912345678E10")).at(QStringLiteral("E3")),
              XlsxCell::text(QStringLiteral("110101201512310022")).at(QStringLiteral("F3"))});
    // Row 5 (row 4 has nothing but the merged class): cells without r, a
    // formula's string result, a reading guide that is not part of the name.
    book.row({XlsxCell::raw(QStringLiteral("<c t=\"inlineStr\"><is><r><t>王</t></r><r><t>小</t></r><t>丫</t>"
                                           "<rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh></is></c>")),
              XlsxCell::raw(QStringLiteral("<c t=\"str\"><f>IF(1,\"女\",\"男\")</f><v>女</v></c>")),
              XlsxCell::raw(QStringLiteral("<c s=\"1\"><v>42405.0</v></c>")),
              XlsxCell::raw(QStringLiteral("<c t=\"inlineStr\"><is><t>一年级(1)班</t></is></c>")),
              XlsxCell::raw(QStringLiteral("<c><v>0.30000000000000004</v></c>"))},
             5, false);
    book.merge(QStringLiteral("D2:D4"));
    book.merge(QStringLiteral("A7:G7")); // a merge along one row stays one cell
    book.row({XlsxCell::text(QStringLiteral("制表：李老师"))}, 7);

    const WorkbookSheet sheet = readXlsx(book.build());
    ASSERT_TRUE(sheet.error.isEmpty()) << qPrintable(sheet.error);
    EXPECT_EQ(sheet.sheets, QStringList{QStringLiteral("Sheet1")});
    QStringList seen;
    for (const CsvRecord &record : sheet.records)
        seen.append(QStringLiteral("%1: %2").arg(record.line).arg(record.cells.join(u'|')));
    // Row 4 has nothing but the merged class: no child there, no record.
    ASSERT_EQ(sheet.records.size(), 5) << qPrintable(seen.join(u'\n'));
    const QList<int> lines{sheet.records.at(0).line, sheet.records.at(1).line, sheet.records.at(2).line,
                           sheet.records.at(3).line, sheet.records.at(4).line};
    EXPECT_EQ(lines, (QList<int>{1, 2, 3, 5, 7}));
    EXPECT_EQ(sheet.records.at(1).cells,
              (QStringList{QStringLiteral("张𠀀"), QStringLiteral("男"), QStringLiteral("2016-05-04"),
                           QStringLiteral("三年级(2)班"), QStringLiteral("13812345678"),
                           QStringLiteral("1.10101200501011e+17"), QStringLiteral("TRUE")}));
    EXPECT_EQ(sheet.records.at(2).cells,
              (QStringList{QStringLiteral("李芳"), QStringLiteral("女"), QStringLiteral("2015-12-31"),
                           QStringLiteral("三年级(2)班"), QStringLiteral("13912345678"),
                           QStringLiteral("110101201512310022")}));
    EXPECT_EQ(sheet.records.at(3).cells,
              (QStringList{QStringLiteral("王小丫"), QStringLiteral("女"), QStringLiteral("2016-02-05"),
                           QStringLiteral("一年级(1)班"), QStringLiteral("0.3")}));
    EXPECT_EQ(sheet.records.at(4).cells, QStringList{QStringLiteral("制表：李老师")});
}

TEST(Workbook, Dates1904AndSheetsWithoutText)
{
    XlsxBuilder book;
    book.setDate1904(true);
    book.addSheet(QStringLiteral("空白"));
    book.addSheet(QStringLiteral("Mac"));
    book.row({XlsxCell::raw(QStringLiteral("<c r=\"A1\" s=\"1\"><v>40791</v></c>"))}); // 2015-09-06 in 1904
    const QByteArray bytes = book.build();
    const WorkbookSheet mac = readXlsx(bytes, 1);
    ASSERT_TRUE(mac.error.isEmpty()) << qPrintable(mac.error);
    EXPECT_EQ(mac.records.first().cells.first(), QDate(1904, 1, 1).addDays(40791).toString(Qt::ISODate));
    const WorkbookSheet empty = readXlsx(bytes, 0);
    EXPECT_TRUE(empty.error.contains(QStringLiteral("空白"))) << qPrintable(empty.error);
    EXPECT_TRUE(empty.records.isEmpty());
}

TEST(Workbook, DamagedWorkbooksGetWordsNotACrash)
{
    School school;
    const int children = school.count("SELECT count(*) FROM children");
    const QByteArray xlsx = fileBytes(fixture("roster.xlsx"));
    const QByteArray xls = fileBytes(fixture("roster.xls"));
    QList<std::pair<QString, QByteArray>> broken{
        {QStringLiteral("half.xlsx"), xlsx.first(xlsx.size() / 2)},
        {QStringLiteral("magic.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(3000, 'x')},
        {QStringLiteral("half.xls"), xls.first(xls.size() / 2)},
        {QStringLiteral("magic.xls"), QByteArray("\xD0\xCF\x11\xE0", 4) + QByteArray(3000, '\0')},
        {QStringLiteral("header.xls"), xls.first(512)},
        {QStringLiteral("notxml.xlsx"), makeZip({{QStringLiteral("xl/workbook.xml"), "<<<not xml"}})},
        {QStringLiteral("nothing.xlsx"), makeZip({{QStringLiteral("hello.txt"), "hello"}})},
    };
    for (const auto &[name, bytes] : broken) {
        SCOPED_TRACE(qPrintable(name));
        const ImportPreview preview = school.importer.previewFile(school.write(name, bytes));
        ASSERT_EQ(preview.fileErrors.size(), 1);
        EXPECT_FALSE(preview.canApply());
        EXPECT_TRUE(preview.rows.isEmpty());
    }
    // Cut anywhere, or with bytes changed anywhere: an error or rows, never a crash.
    // QINQING_WORKBOOK_FUZZ_ROUNDS=100000 for a longer run by hand.
    const int rounds = qEnvironmentVariableIntValue("QINQING_WORKBOOK_FUZZ_ROUNDS");
    std::mt19937 random(18 + rounds);
    for (int i = 0; i < (rounds > 0 ? rounds : 150); ++i) {
        for (const QByteArray &original : {xlsx, xls}) {
            QByteArray bytes = i % 2 ? original.first(qsizetype(random() % quint32(original.size()))) : original;
            if (i % 2 == 0) {
                for (int k = 0; k < 8; ++k)
                    bytes[qsizetype(random() % quint32(bytes.size()))] = char(random());
            }
            const ImportPreview preview = school.importer.previewFile(school.write(QStringLiteral("fuzz"), bytes));
            EXPECT_TRUE(!preview.fileErrors.isEmpty() || !preview.rows.isEmpty());
        }
    }
    EXPECT_EQ(school.count("SELECT count(*) FROM children"), children);
}

// Two damaged .xls files (from the fuzz loop above) on which FreeXL 1.0.6 itself
// frees twice or reads out of bounds: it runs in a child process, so they are
// one more damaged file and the kiosk goes on.
TEST(Workbook, AnXlsThatCrashesFreeXlIsADamagedFile)
{
    School school;
    for (const char *name : {"crashes_freexl_1.xls", "crashes_freexl_2.xls"}) {
        SCOPED_TRACE(name);
        const ImportPreview preview = school.importer.previewFile(fixture(name));
        ASSERT_EQ(preview.fileErrors.size(), 1);
        EXPECT_TRUE(preview.fileErrors.first().contains(QStringLiteral("damaged")))
            << qPrintable(preview.fileErrors.first());
        EXPECT_TRUE(preview.rows.isEmpty());
    }
    expectFixtureRoster(school.importer.previewFile(fixture("roster.xls"))); // and the next file reads as ever
}

TEST(Workbook, PasswordProtectedWorkbooksSaySo)
{
    School school;
    // A zip whose parts are encrypted (what a password does to a zip).
    XlsxBuilder plain;
    plain.addSheet(QStringLiteral("Sheet1"));
    plain.row({XlsxCell::text(QStringLiteral("姓名"))});
    const QByteArray encrypted = makeZip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                          {QStringLiteral("xl/workbook.xml"), "<workbook/>"},
                                          {QStringLiteral("xl/_rels/workbook.xml.rels"), "<Relationships/>"}},
                                         "secret");
    ASSERT_FALSE(encrypted.isEmpty());
    const ImportPreview zipped = school.importer.previewFile(school.write(QStringLiteral("locked.xlsx"), encrypted));
    ASSERT_EQ(zipped.fileErrors.size(), 1);
    EXPECT_TRUE(zipped.fileErrors.first().contains(QStringLiteral("password")))
        << qPrintable(zipped.fileErrors.first());

    // Excel and WPS put a workbook saved with a password in an OLE file as "EncryptedPackage".
    QByteArray ole(4096, '\0');
    ole.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    const QString marker = QStringLiteral("EncryptedPackage");
    ole.replace(1024, marker.size() * 2, QByteArray(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2));
    const ImportPreview office = school.importer.previewFile(school.write(QStringLiteral("locked2.xlsx"), ole));
    ASSERT_EQ(office.fileErrors.size(), 1);
    EXPECT_TRUE(office.fileErrors.first().contains(QStringLiteral("password")))
        << qPrintable(office.fileErrors.first());
}

TEST(Workbook, AZipBombStopsAtTheLimit)
{
    School school;
    XlsxBuilder book;
    book.addSheet(QStringLiteral("Sheet1"));
    book.row({XlsxCell::text(QStringLiteral("姓名"))});
    // 80 MB of spaces inside the sheet: a few hundred KB packed.
    QByteArray huge = "<?xml version=\"1.0\"?><worksheet><sheetData>";
    huge.append(QByteArray(80 * 1024 * 1024, ' '));
    huge.append("</sheetData></worksheet>");
    book.setPart(QStringLiteral("xl/worksheets/sheet1.xml"), huge);
    huge.clear();
    const QByteArray bomb = book.build();
    ASSERT_LT(bomb.size(), 1024 * 1024);
    const ImportPreview preview = school.importer.previewFile(school.write(QStringLiteral("bomb.xlsx"), bomb));
    ASSERT_EQ(preview.fileErrors.size(), 1);
    EXPECT_TRUE(preview.fileErrors.first().contains(QStringLiteral("64 MB"))) << qPrintable(preview.fileErrors.first());

    // A cell far out to the right costs every empty cell before it: limited too.
    XlsxBuilder wide;
    wide.addSheet(QStringLiteral("Wide"));
    wide.row(
        {XlsxCell::text(QStringLiteral("姓名")), XlsxCell::number(QStringLiteral("1")).at(QStringLiteral("XFD1"))});
    for (int r = 2; r < 200; ++r)
        wide.row({XlsxCell::number(QStringLiteral("1")).at(QStringLiteral("XFD%1").arg(r))}, r);
    WorkbookLimits limits;
    limits.maxCells = 1'000'000;
    const WorkbookSheet sheet = readXlsx(wide.build(), 0, limits);
    EXPECT_TRUE(sheet.error.contains(QStringLiteral("1000000"))) << qPrintable(sheet.error);
    EXPECT_TRUE(sheet.records.isEmpty());
}

TEST(Workbook, SemicolonAndTabSeparatedFilesImport)
{
    for (const QString &separator : {QStringLiteral(";"), QStringLiteral("\t")}) {
        School school;
        QString csv =
            QStringLiteral("三年级留守儿童名册\n姓名,性别,出生日期,班级,父亲姓名,父亲电话,监护人姓名,监护人地址\n"
                           "曾小华,女,2016-05-04,三年级(2)班,曾大山,13800001234,曾德旺,\"石桥村,3组\"\n"
                           "王芳,女,2015/9/1,三年级(2)班,王军,,王德福,\"河口村;5组\"\n");
        csv.replace(u',', separator);
        csv.replace(QStringLiteral("石桥村") + separator, QStringLiteral("石桥村,")); // a comma inside a cell
        const ImportPreview preview = school.importer.preview(csv.toUtf8());
        ASSERT_TRUE(preview.canApply()) << qPrintable(School::problems(preview));
        ASSERT_EQ(preview.rows.size(), 2);
        EXPECT_EQ(preview.rows.first().child.birthDate, QDate(2016, 5, 4));
        EXPECT_EQ(phoneOf(preview.rows.first(), Contact::Role::Father), QStringLiteral("13800001234"));
        EXPECT_TRUE(school.importer.apply(preview).ok);
    }
    // Commas stay the default, with a semicolon or two in the cells.
    EXPECT_EQ(sniffCsvSeparator(u"姓名,性别,出生日期,班级\n王芳;小芳,女,2015/9/1,三年级(2)班\n"), QChar(u','));
    EXPECT_EQ(sniffCsvSeparator(u"\"姓名;性别;班级\",备注\n"), QChar(u','));
    EXPECT_EQ(sniffCsvSeparator(u""), QChar(u','));
    EXPECT_EQ(sniffCsvSeparator(u"姓名\t性别\t班级\n"), QChar(u'\t'));
}

TEST(Workbook, TheTeachersMappingOverridesTheHeader)
{
    School school;
    const QString csv = QStringLiteral("称呼,性别,出生日期,班级,父亲姓名,父亲电话,家长电话,备注\n"
                                       "曾小华,女,2016-05-04,三年级(2)班,曾大山,110,13800001234,留级\n");
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::fromJson(
        QStringLiteral(R"({"columns": {"称  呼": "name", "家长电话": "father_phone", "备注": "skip"}})").toUtf8(),
        &error);
    ASSERT_TRUE(mapping) << qPrintable(error);
    const ImportPreview preview = school.importer.preview(csv.toUtf8(), *mapping);
    ASSERT_TRUE(preview.canApply()) << qPrintable(School::problems(preview));
    EXPECT_EQ(preview.rows.first().child.name, QStringLiteral("曾小华"));
    EXPECT_EQ(phoneOf(preview.rows.first(), Contact::Role::Father), QStringLiteral("13800001234"));
    // 父亲电话 lost its field to 家长电话, and says so; 备注 was skipped in silence.
    EXPECT_TRUE(preview.warnings.join(u' ').contains(QStringLiteral("父亲电话")))
        << qPrintable(preview.warnings.join(u' '));
    EXPECT_FALSE(preview.warnings.join(u' ').contains(QStringLiteral("备注")));

    // Column names the kiosk knows work as values too; the JSON round-trips.
    const std::optional<ColumnMapping> byTitle =
        ColumnMapping::fromJson(QByteArrayLiteral(R"({"columns": {"家长电话": "母亲电话"}})"), &error);
    ASSERT_TRUE(byTitle) << qPrintable(error);
    EXPECT_EQ(byTitle->columns.value(spreadsheetHeaderKey(QStringLiteral("家长电话"))), Field::MotherPhone);
    const std::optional<ColumnMapping> again = ColumnMapping::fromJson(mapping->toJson(), &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->columns, mapping->columns);

    for (const QByteArray &bad : {QByteArrayLiteral("not json"), QByteArrayLiteral(R"({"cols": {}})"),
                                  QByteArrayLiteral(R"({"columns": {"家长电话": "phone_of_dad"}})"),
                                  QByteArrayLiteral(R"({"columns": {"家长电话": 3}})")}) {
        error.clear();
        EXPECT_FALSE(ColumnMapping::fromJson(bad, &error)) << bad.constData();
        EXPECT_FALSE(error.isEmpty());
    }
    EXPECT_TRUE(error.contains(QStringLiteral("father_phone")));
}
