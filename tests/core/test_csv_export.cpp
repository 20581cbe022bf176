#include "csv.h"
#include "temp_school.h"
#include "visit_export.h"

#include <QFile>

using namespace qq;

TEST(Csv, QuotesEveryCellAndDoublesQuotes)
{
    EXPECT_EQ(csvCell("张小明"), "\"张小明\"");
    EXPECT_EQ(csvCell("a,\"b\"\nc"), "\"a,\"\"b\"\"\nc\"");
    EXPECT_EQ(csvCell(""), "\"\"");
    EXPECT_EQ(csvRow({"a", "b"}), "\"a\",\"b\"\r\n");
}

TEST(Csv, FormulasAreShownAsText)
{
    for (const char *formula : {"=1+1", "+86 138", "-2", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠x"}) {
        const QString cell = csvCell(QString::fromUtf8(formula));
        EXPECT_TRUE(cell.startsWith("\"'")) << formula << " -> " << qPrintable(cell);
    }
    EXPECT_EQ(csvCell("1+1="), "\"1+1=\"");
}

TEST(VisitExport, ADayHoldsThatLocalDaysVisitsWithBom)
{
    test::TempSchool school;
    const QList<Child> children = school.firstClass();
    const QDate day(2026, 11, 23);
    school.clock.set(school.at(day, QTime(16, 5)));
    school.store->visits().toggle(children[0].id);
    school.clock.set(school.at(day, QTime(16, 50)));
    school.store->visits().toggle(children[0].id);
    school.store->visits().toggle(children[1].id);
    school.clock.set(school.at(day.addDays(1), QTime(9, 0))); // the next day: not in the file
    school.store->visits().toggle(children[2].id);

    VisitExport exporter(school.store->db(), school.store->settings());
    const ExportResult result = exporter.writeDay(day, school.dir.filePath("exports"));
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.rows, 2);
    QFile file(result.path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split("\r\n", Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].contains(children[0].name));
    EXPECT_TRUE(lines[1].contains("\"16:05\",\"16:50\",\"45\""));
    EXPECT_FALSE(text.contains(children[2].name));

    const ExportResult month = exporter.writeMonth(day, school.dir.filePath("exports"));
    ASSERT_TRUE(month.ok);
    EXPECT_EQ(month.rows, 3);
    EXPECT_TRUE(month.path.endsWith("visits-2026-11.csv"));
}

TEST(VisitExport, AHostileNameCannotRunAsAFormula)
{
    test::TempSchool school;
    Child child;
    child.classId = school.store->roster().classes().first().id;
    child.name = "=HYPERLINK(\"http://x\",\"y\")";
    child.gender = "M";
    child.birthDate = QDate(2016, 1, 1);
    {
        Transaction tx(school.store->db());
        child.id = school.store->roster().addChild(child, {});
        tx.commit();
    }
    school.store->visits().toggle(child.id);
    const QString csv =
        VisitExport(school.store->db(), school.store->settings()).csvBetween(QDate(2026, 11, 23), QDate(2026, 11, 24));
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
}

TEST(VisitExport, AFolderThatCannotBeWrittenGivesAClearError)
{
    test::TempSchool school;
    QFile blocker(school.dir.filePath("not-a-folder"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ExportResult result = VisitExport(school.store->db(), school.store->settings())
                                    .writeDay(QDate(2026, 11, 23), blocker.fileName() + "/exports");
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
}
