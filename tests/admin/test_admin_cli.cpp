// qinqing-admin as a school's IT help runs it: the real binary, on a kiosk's
// data folder (a demo school in a temporary folder), with the fixtures in
// tests/data/roster.
#include "temp_school.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace qq;

namespace {

struct AdminRun {
    int exitCode = -1;
    QString out;
    QString err;
};

AdminRun admin(const QStringList &args, const QString &workingDir = QString())
{
    QProcess process;
    process.setProgram(QStringLiteral(QINQING_ADMIN));
    process.setArguments(args);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C")); // a service account's locale: output stays UTF-8
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start();
    EXPECT_TRUE(process.waitForFinished(60000));
    AdminRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fixture(const char *name)
{
    return QDir(QStringLiteral(QINQING_TEST_DATA "/roster")).filePath(QString::fromUtf8(name));
}

// A kiosk's data folder with the demo school, closed (as when the kiosk is off).
struct Kiosk : test::TempSchool {
    Kiosk() { store.reset(); }
    QString data() const { return dir.path(); }
    QByteArray digest() const
    {
        QFile file(databasePath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    int children()
    {
        reopen();
        const int n = count("SELECT count(*) FROM children");
        store.reset();
        return n;
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
};

} // namespace

TEST(AdminCli, HelpWorksAnywhere)
{
    QTemporaryDir nowhere;
    const AdminRun help = admin({QStringLiteral("--help")}, nowhere.path());
    EXPECT_EQ(help.exitCode, 0) << qPrintable(help.err);
    EXPECT_TRUE(help.out.contains(QStringLiteral("import-roster")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("--dry-run")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("children")));

    EXPECT_EQ(admin({}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("children")}).exitCode, 2); // no --data
    EXPECT_EQ(admin({QStringLiteral("--data"), nowhere.path(), QStringLiteral("frobnicate")}).exitCode, 2);
    const AdminRun noKiosk = admin({QStringLiteral("--data"), nowhere.path(), QStringLiteral("children")});
    EXPECT_EQ(noKiosk.exitCode, 1);
    EXPECT_FALSE(noKiosk.err.isEmpty());
    EXPECT_FALSE(QFile::exists(QDir(nowhere.path()).filePath(QStringLiteral("qinqing.sqlite")))); // none made
}

TEST(AdminCli, DryRunWritesNothing)
{
    Kiosk kiosk;
    const QByteArray before = kiosk.digest();
    const AdminRun run = admin({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"), kiosk.data(),
                                QStringLiteral("import-roster"), fixture("roster.xlsx"), QStringLiteral("--dry-run")});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out + run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("20 new"))) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(QStringLiteral("nothing was written"))) << qPrintable(run.out);
    EXPECT_EQ(kiosk.digest(), before);
    EXPECT_EQ(kiosk.children(), 12);
}

TEST(AdminCli, ImportsAWorkbookThenListsTheChildren)
{
    Kiosk kiosk;
    const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"), kiosk.data()};
    const AdminRun run = admin(base + QStringList{QStringLiteral("import-roster"), fixture("roster.xls")});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out + run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("added 20, updated 0"))) << qPrintable(run.out);
    EXPECT_EQ(kiosk.children(), 32);

    const AdminRun again = admin(base + QStringList{QStringLiteral("import-roster"), fixture("roster.xlsx")});
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.out + again.err);
    EXPECT_TRUE(again.out.contains(QStringLiteral("20 unchanged"))) << qPrintable(again.out);
    EXPECT_TRUE(again.out.contains(QStringLiteral("added 0, updated 0"))) << qPrintable(again.out);

    const AdminRun list = admin(base + QStringList{QStringLiteral("children")});
    EXPECT_EQ(list.exitCode, 0) << qPrintable(list.err);
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 32);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("\"name\",\"class\",\"card code\",\"contact 1 role\"")))
        << qPrintable(lines.first());
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"欧阳𠀀\",\"三年级(2)班\",\"\"")));
    const QString zeng = lines.filter(QStringLiteral("\"曾小华\"")).value(0);
    EXPECT_TRUE(zeng.contains(QStringLiteral("\"father\",\"曾大山\",\"13812345678\""))) << qPrintable(zeng);
    EXPECT_TRUE(zeng.contains(QStringLiteral("\"guardian\",\"曾德旺\",\"15885012345\""))) << qPrintable(zeng);
}

TEST(AdminCli, ProblemsRowByRowAndNothingWritten)
{
    Kiosk kiosk;
    const QByteArray before = kiosk.digest();
    const QString csv = kiosk.write(QStringLiteral("roster.csv"),
                                    QStringLiteral("姓名;性别;出生日期;班级\n王小丫;女;2016/2/3;一年级(1)班\n"
                                                   "李大壮;男;明年;一年级(1)班\n")
                                        .toUtf8());
    const AdminRun run = admin({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"), kiosk.data(),
                                QStringLiteral("import-roster"), csv});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 3: "))) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("明年"))) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was imported"))) << qPrintable(run.err);
    EXPECT_EQ(kiosk.digest(), before);

    const AdminRun damaged = admin({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"),
                                    kiosk.data(), QStringLiteral("import-roster"),
                                    kiosk.write(QStringLiteral("bad.xlsx"), QByteArray("PK\x03\x04 broken", 11))});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("damaged"))) << qPrintable(damaged.err);
    EXPECT_EQ(kiosk.digest(), before);
}

TEST(AdminCli, SheetByNumberOrNameAndAMapping)
{
    Kiosk kiosk;
    const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"), kiosk.data(),
                           QStringLiteral("import-roster")};
    const AdminRun first = admin(base + QStringList{fixture("roster_two_sheets.xlsx"), QStringLiteral("--dry-run")});
    EXPECT_EQ(first.exitCode, 1);
    EXPECT_TRUE(first.err.contains(QStringLiteral("--sheet"))) << qPrintable(first.err);
    EXPECT_TRUE(first.err.contains(QStringLiteral("花名册"))) << qPrintable(first.err);
    const AdminRun byNumber = admin(base
                                    + QStringList{fixture("roster_two_sheets.xlsx"), QStringLiteral("--sheet"),
                                                  QStringLiteral("2"), QStringLiteral("--dry-run")});
    EXPECT_EQ(byNumber.exitCode, 0) << qPrintable(byNumber.out + byNumber.err);
    EXPECT_TRUE(byNumber.out.contains(QStringLiteral("sheet 2 of 2: 花名册"))) << qPrintable(byNumber.out);
    const AdminRun byName = admin(
        base + QStringList{fixture("roster_two_sheets.xls"), QStringLiteral("--sheet"), QStringLiteral("花名册")});
    EXPECT_EQ(byName.exitCode, 0) << qPrintable(byName.out + byName.err);
    EXPECT_TRUE(byName.out.contains(QStringLiteral("added 20"))) << qPrintable(byName.out);
    EXPECT_EQ(
        admin(base + QStringList{fixture("roster_two_sheets.xls"), QStringLiteral("--sheet"), QStringLiteral("成绩单")})
            .exitCode,
        2);

    const QString csv = kiosk.write(QStringLiteral("own.csv"),
                                    QStringLiteral("学生\t性别\t出生日期\t班级\t备注\n"
                                                   "赵小兰\t女\t2016-02-03\t一年级(1)班\t新转入\n")
                                        .toUtf8());
    const QString mapping = kiosk.write(QStringLiteral("mapping.json"),
                                        QByteArrayLiteral(R"({"columns": {"学生": "name", "备注": "skip"}})"));
    const AdminRun mapped = admin(base + QStringList{csv, QStringLiteral("--mapping"), mapping});
    EXPECT_EQ(mapped.exitCode, 0) << qPrintable(mapped.out + mapped.err);
    EXPECT_TRUE(mapped.out.contains(QStringLiteral("added 1"))) << qPrintable(mapped.out);
    const QString badMapping =
        kiosk.write(QStringLiteral("bad.json"), QByteArrayLiteral(R"({"columns": {"学生": "pupil"}})"));
    EXPECT_EQ(admin(base + QStringList{csv, QStringLiteral("--mapping"), badMapping}).exitCode, 2);
}

TEST(AdminCli, ChineseByDefault)
{
    Kiosk kiosk;
    const AdminRun run = admin({QStringLiteral("--data"), kiosk.data(), QStringLiteral("import-roster"),
                                fixture("roster.xlsx"), QStringLiteral("--dry-run")});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("新增 20"))) << qPrintable(run.out);
    const AdminRun list = admin({QStringLiteral("--data"), kiosk.data(), QStringLiteral("children")});
    EXPECT_TRUE(list.out.startsWith(QStringLiteral("\"姓名\",\"班级\",\"卡号\""))) << qPrintable(list.out.left(200));
}
