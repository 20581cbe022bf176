#include "../cards/synthetic_frame.h"
#include "app_context.h"
#include "card_code.h"
#include "card_image.h"
#include "card_scanner.h"
#include "frame_source.h"
#include "pinyin.h"
#include "temp_school.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace qq;
using Screen = KioskController::Screen;

namespace {

struct Teacher : test::TempSchool {
    Teacher() : TempSchool(24, 2, true), context(*store, std::make_unique<ImageFrameSource>())
    {
        context.kiosk().openTeacher();
        context.teacher().submitPin(QStringLiteral("1234"));
    }
    RosterController &roster() { return context.roster(); }
    KioskController &kiosk() { return context.kiosk(); }
    int rowOf(const QString &key)
    {
        ChildFileModel *file = roster().file();
        for (int row = 0; row < file->rowCount(); ++row) {
            if (file->index(row).data(ChildFileModel::KeyRole).toString() == key)
                return row;
        }
        ADD_FAILURE() << "no field " << qPrintable(key);
        return -1;
    }
    void set(const QString &key, const QString &value) { roster().setField(rowOf(key), value); }
    QString errorOf(const QString &key)
    {
        return roster().file()->index(rowOf(key)).data(ChildFileModel::ErrorRole).toString();
    }
    AppContext context;
};

} // namespace

TEST(Cards, AKnownCardSignsInAnUnknownOneSaysSo)
{
    Teacher t;
    const Child child = t.firstClass().at(1);
    t.roster().openChild(child.id);
    t.roster().issueCard();
    const QString code = t.roster().fileCardCode();
    ASSERT_FALSE(code.isEmpty());
    EXPECT_EQ(t.store->roster().childByCardCode(code)->id, child.id);
    // Teacher screens ignore cards.
    t.kiosk().cardRead(code);
    EXPECT_FALSE(t.store->visits().openVisit(child.id));
    t.context.teacher().leave();
    t.kiosk().cardRead(code);
    EXPECT_EQ(t.kiosk().screen(), Screen::Greeting);
    EXPECT_EQ(t.kiosk().childName(), child.name);
    EXPECT_TRUE(t.store->visits().openVisit(child.id));

    t.kiosk().goHome();
    t.kiosk().cardRead(QStringLiteral("QQ-NOT-A-CARD"));
    EXPECT_FALSE(t.kiosk().errorMessage().isEmpty());
    t.kiosk().dismissError();
    t.kiosk().unreadableCard(QStringLiteral("garbage"));
    EXPECT_FALSE(t.kiosk().message().isEmpty());
}

namespace {
// Keys as a keyboard sends them, `gapMs` apart, starting at `startMs`.
qint64 typeKeys(CardReader &cards, const QString &text, qint64 startMs, qint64 gapMs, bool enter)
{
    qint64 at = startMs;
    for (const QChar c : text) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        key.setTimestamp(quint64(at));
        cards.keyPressed(key);
        at += gapMs;
    }
    if (enter) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        key.setTimestamp(quint64(at));
        cards.keyPressed(key);
    }
    return at;
}
} // namespace

TEST(Cards, ACardHeldToTheCameraSignsTheChildIn)
{
    Teacher t;
    const Child child = t.firstClass().at(2);
    t.roster().openChild(child.id);
    t.roster().issueCard();
    const QString code = t.roster().fileCardCode();
    t.context.teacher().leave();
    EXPECT_FALSE(t.context.cards().cameraOn());
    t.kiosk().openScan();
    EXPECT_EQ(t.kiosk().screen(), Screen::Scan);
    EXPECT_TRUE(t.context.cards().cameraOn());
    auto &frames = static_cast<ImageFrameSource &>(t.context.cards().frames());
    qq::testing::FrameOptions options;
    frames.push(qq::testing::noisyEmptyFrame(options)); // nobody in front of the camera yet
    const QImage symbol = cardBarcode(code, CardSymbol::Qr, QSize(400, 400));
    ASSERT_FALSE(symbol.isNull());
    const QImage frame = qq::testing::photographedSymbol(symbol, options);
    // Frames keep coming until the worker thread has read one.
    for (int i = 0; i < 200 && t.kiosk().screen() == Screen::Scan; ++i) {
        frames.push(frame);
        QTest::qWait(20);
    }
    EXPECT_EQ(t.kiosk().screen(), Screen::Greeting);
    EXPECT_TRUE(t.store->visits().openVisit(child.id));
    EXPECT_FALSE(t.context.cards().cameraOn()); // off as soon as the scan screen is left
    EXPECT_TRUE(t.context.cards().latestFrame().isNull());
}

// The school's own campus cards, imported from its roster: the USB scanner
// types "C1001" and Enter, the camera reads another child's Code 128.
TEST(Cards, ASchoolsOwnCardSignsInByUsbScannerAndByCamera)
{
    Teacher t;
    Child first = t.firstClass().at(1);
    Child second = t.firstClass().at(2);
    first.cardCode = QStringLiteral("C1001");
    second.cardCode = QStringLiteral("20230015");
    t.store->roster().updateChild(first);
    t.store->roster().updateChild(second);
    t.context.teacher().leave();

    typeKeys(t.context.cards(), QStringLiteral("C1001"), 50'000, 10, true);
    EXPECT_EQ(t.kiosk().screen(), Screen::Greeting);
    EXPECT_EQ(t.kiosk().childName(), first.name);
    EXPECT_TRUE(t.store->visits().openVisit(first.id));

    t.kiosk().goHome();
    t.kiosk().openScan();
    auto &frames = static_cast<ImageFrameSource &>(t.context.cards().frames());
    const QImage symbol = cardBarcode(second.cardCode, CardSymbol::Code128, QSize(528, 100));
    ASSERT_FALSE(symbol.isNull());
    qq::testing::FrameOptions options;
    options.symbolWidthPx = 600;
    const QImage frame = qq::testing::photographedSymbol(symbol, options);
    for (int i = 0; i < 200 && t.kiosk().screen() == Screen::Scan; ++i) {
        frames.push(frame);
        QTest::qWait(20);
    }
    EXPECT_EQ(t.kiosk().screen(), Screen::Greeting);
    EXPECT_TRUE(t.store->visits().openVisit(second.id));

    // A school's number nobody on the roster has: the duty teacher is asked.
    t.kiosk().goHome();
    typeKeys(t.context.cards(), QStringLiteral("C9999"), 90'000, 10, true);
    EXPECT_FALSE(t.kiosk().errorMessage().isEmpty());
}

TEST(Cards, AWebAddressAtTheCameraIsNotACard)
{
    Teacher t;
    t.context.teacher().leave();
    t.kiosk().openScan();
    auto &frames = static_cast<ImageFrameSource &>(t.context.cards().frames());
    const QString url = QStringLiteral("https://example.cn/b/42");
    const QImage poster = cardBarcode(url, CardSymbol::Qr, QSize(400, 400));
    ASSERT_FALSE(poster.isNull());
    const QImage frame = qq::testing::photographedSymbol(poster, qq::testing::FrameOptions{});
    ASSERT_EQ(CardScanner::decodeFrame(frame), url);
    for (int i = 0; i < 200 && t.kiosk().message().isEmpty(); ++i) {
        frames.push(frame);
        QTest::qWait(20);
    }
    EXPECT_FALSE(t.kiosk().message().isEmpty());
    EXPECT_EQ(t.kiosk().screen(), Screen::Scan);
    EXPECT_EQ(t.count("SELECT count(*) FROM visits"), 0);
}

TEST(Cards, AUsbScannerSignsInButAPersonTypingDoesNot)
{
    Teacher t;
    const Child child = t.firstClass().at(4);
    t.roster().openChild(child.id);
    t.roster().issueCard();
    const QString code = t.roster().fileCardCode();
    CardReader &cards = t.context.cards();

    // On a teacher's screen the scanner just types (into a card code field).
    qint64 at = typeKeys(cards, code, 1000, 10, true);
    QTest::qWait(KeyboardWedge::kScanEndPauseMs + 50);
    EXPECT_EQ(t.count("SELECT count(*) FROM visits"), 0);

    t.context.teacher().leave();
    t.kiosk().openSearch();
    // A person typing the same letters, 150 ms apart, is a search.
    at = typeKeys(cards, code.toLower(), at + 1000, 150, false);
    QTest::qWait(KeyboardWedge::kScanEndPauseMs + 50);
    EXPECT_EQ(t.kiosk().screen(), Screen::Search);
    EXPECT_EQ(t.count("SELECT count(*) FROM visits"), 0);

    // The scanner: 11 characters 10 ms apart and Enter.
    at = typeKeys(cards, code, at + 1000, 10, true);
    EXPECT_EQ(t.kiosk().screen(), Screen::Greeting);
    EXPECT_TRUE(t.store->visits().openVisit(child.id));

    // Without an Enter suffix, the pause ends the scan; a link says it is no card.
    // (HELLO-WORLD-42 could be a school's own card number: looked up, see below.)
    t.kiosk().goHome();
    typeKeys(cards, QStringLiteral("https://example.cn/b/42"), at + 1000, 10, false);
    for (int i = 0; i < 50 && t.kiosk().message().isEmpty(); ++i)
        QTest::qWait(20);
    EXPECT_FALSE(t.kiosk().message().isEmpty());
    EXPECT_EQ(t.kiosk().screen(), Screen::Home);
}

TEST(ChildFile, BadFieldsAreMarkedAndNothingIsSaved)
{
    Teacher t;
    RosterListModel *list = t.roster().children();
    t.roster().open();
    EXPECT_EQ(t.kiosk().screen(), Screen::Roster);
    const int before = list->rowCount();
    EXPECT_EQ(before, 24);
    const int changes = t.count("SELECT count(*) FROM change_log");
    t.roster().newChild();
    EXPECT_EQ(t.kiosk().screen(), Screen::ChildFile);
    EXPECT_TRUE(t.roster().fileIsNew());
    t.set("name", "");
    t.set("birth_date", "07/03/15");
    t.set("father_phone", "call me");
    t.set("guardian_age", "300");
    EXPECT_FALSE(t.roster().save());
    EXPECT_FALSE(t.errorOf("name").isEmpty());
    EXPECT_FALSE(t.errorOf("gender").isEmpty());
    EXPECT_FALSE(t.errorOf("birth_date").isEmpty());
    EXPECT_FALSE(t.errorOf("class").isEmpty());
    EXPECT_FALSE(t.errorOf("father_phone").isEmpty());
    EXPECT_TRUE(t.errorOf("father_name").isEmpty()); // a father's phone alone is kept: the role says who
    EXPECT_FALSE(t.errorOf("guardian_name").isEmpty()); // an age, and nothing says whose
    EXPECT_FALSE(t.errorOf("guardian_age").isEmpty());
    EXPECT_FALSE(t.roster().fileMessage().isEmpty());
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), 24);
    EXPECT_EQ(t.count("SELECT count(*) FROM change_log"), changes);
}

TEST(ChildFile, ANewChildWithContactsIsSavedAndEditedInPlace)
{
    Teacher t;
    t.roster().newChild();
    const QStringList genders =
        t.roster().file()->index(t.rowOf("gender")).data(ChildFileModel::ChoicesRole).toStringList();
    const QStringList classes =
        t.roster().file()->index(t.rowOf("class")).data(ChildFileModel::ChoicesRole).toStringList();
    ASSERT_EQ(genders.size(), 2);
    ASSERT_EQ(classes.size(), 2);
    t.set("name", QStringLiteral("曾小华"));
    t.set("gender", genders.at(0));
    t.set("birth_date", "2016-05-04");
    t.set("class", classes.at(1));
    t.set("father_name", QStringLiteral("曾大山"));
    t.set("father_phone", "138 0000 1234");
    t.set("father_city", QStringLiteral("东莞"));
    t.set("guardian_name", QStringLiteral("李秀英"));
    t.set("guardian_relationship", QStringLiteral("奶奶"));
    t.set("guardian_age", "67");
    ASSERT_TRUE(t.roster().save()) << qPrintable(t.roster().fileMessage());
    EXPECT_FALSE(t.roster().fileIsNew());
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), 25);
    EXPECT_EQ(t.count("SELECT count(*) FROM contacts c JOIN children k ON k.id = c.child_id WHERE k.name = '曾小华'"),
              2);
    // Found by its surname reading.
    t.roster().open();
    t.roster().setFilter(QStringLiteral("zxh"));
    ASSERT_GE(t.roster().children()->rowCount(), 1);
    const QString id = t.roster().children()->index(0).data(RosterListModel::ChildIdRole).toString();
    t.roster().openChild(id);
    EXPECT_EQ(t.roster().fileTitle(), QStringLiteral("曾小华"));
    t.set("father_phone", "139 1111 2222");
    ASSERT_TRUE(t.roster().save());
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), 25);
    EXPECT_EQ(t.count("SELECT count(*) FROM contacts WHERE phone = '139 1111 2222'"), 1);
    EXPECT_EQ(t.count("SELECT count(*) FROM contacts WHERE phone = '138 0000 1234'"), 0);
}

TEST(ChildFile, APhotoFromTheCameraIsSquareAndSaved)
{
    Teacher t;
    const Child child = t.firstClass().at(0);
    t.roster().openChild(child.id);
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(200, 120, 80));
    auto &frames = static_cast<ImageFrameSource &>(t.context.cards().frames());
    t.roster().startPhoto();
    EXPECT_TRUE(t.roster().takingPhoto());
    EXPECT_TRUE(t.context.cards().cameraOn());
    frames.push(frame);
    QCoreApplication::processEvents();
    const QUrl before = t.roster().filePhoto();
    t.roster().capturePhoto();
    EXPECT_FALSE(t.roster().takingPhoto());
    EXPECT_NE(t.roster().filePhoto(), before);
    const QImage saved = QImage::fromData(t.store->roster().photo(child.id));
    EXPECT_EQ(saved.size(), QSize(480, 480));
    EXPECT_FALSE(t.context.cards().cameraOn());
}

TEST(ChildFile, NoCameraPictureSaysSoAndKeepsTheOldPhoto)
{
    Teacher t;
    const Child child = t.firstClass().at(0);
    const QByteArray old = t.store->roster().photo(child.id);
    t.roster().openChild(child.id);
    t.roster().startPhoto();
    t.roster().capturePhoto();
    EXPECT_FALSE(t.roster().fileMessage().isEmpty());
    EXPECT_EQ(t.store->roster().photo(child.id), old);
}

TEST(RosterImportScreen, PreviewShowsRowErrorsAndImportsNothingUntilFixed)
{
    Teacher t;
    t.roster().openImport();
    EXPECT_EQ(t.kiosk().screen(), Screen::Import);
    const QString classes = t.store->roster().classes().first().name;
    QDir().mkpath(t.roster().importFolder());
    const QString path = QDir(t.roster().importFolder()).filePath(QStringLiteral("roster.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,%1\n李四,男,03/07/15,%1\n")
                   .arg(classes)
                   .toUtf8());
    file.close();
    t.roster().openImport();
    ASSERT_EQ(t.roster().importFiles().size(), 1);
    t.roster().previewImport(0);
    EXPECT_FALSE(t.roster().canApplyImport());
    ImportPreviewModel *preview = t.roster().preview();
    ASSERT_EQ(preview->rowCount(), 2);
    EXPECT_TRUE(preview->index(0).data(ImportPreviewModel::IsErrorRole).toBool()); // errors first
    EXPECT_EQ(preview->index(0).data(ImportPreviewModel::LineRole).toInt(), 3);
    EXPECT_FALSE(preview->index(0).data(ImportPreviewModel::ProblemRole).toString().isEmpty());
    EXPECT_FALSE(t.roster().importProblems().isEmpty());
    t.roster().applyImport();
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), 24);

    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,%1\n李四,男,2015-03-07,%1\n")
                   .arg(classes)
                   .toUtf8());
    file.close();
    t.roster().previewImport(0);
    EXPECT_TRUE(t.roster().canApplyImport());
    t.roster().applyImport();
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), 26);
    EXPECT_EQ(t.kiosk().screen(), Screen::Roster);
    EXPECT_FALSE(t.roster().notice().isEmpty());
}

TEST(RosterImportScreen, ListsWorkbooksBesideCsvAndOffersTheirSheets)
{
    Teacher t;
    QDir().mkpath(t.roster().importFolder());
    const QDir folder(t.roster().importFolder());
    ASSERT_TRUE(QFile::copy(QStringLiteral(QINQING_TEST_DATA "/roster/roster_two_sheets.xlsx"),
                            folder.filePath(QStringLiteral("花名册.xlsx"))));
    ASSERT_TRUE(QFile::copy(QStringLiteral(QINQING_TEST_DATA "/roster/roster.xls"),
                            folder.filePath(QStringLiteral("旧花名册.XLS"))));
    QFile csv(folder.filePath(QStringLiteral("花名册.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("name,gender,birth_date,class\n");
    csv.close();
    t.roster().openImport();
    QStringList names;
    for (const QString &path : t.roster().importFiles())
        names.append(QFileInfo(path).fileName());
    names.sort();
    EXPECT_EQ(
        names,
        (QStringList{QStringLiteral("旧花名册.XLS"), QStringLiteral("花名册.csv"), QStringLiteral("花名册.xlsx")}));

    QSignalSpy changed(&t.roster(), &RosterController::importChanged);
    // The notes sheet comes first: nothing to import, and the sheets are offered.
    t.roster().previewImport(int(t.roster().importFiles().indexOf(folder.filePath(QStringLiteral("花名册.xlsx")))));
    EXPECT_EQ(t.roster().importSheets(), (QStringList{QStringLiteral("填表说明"), QStringLiteral("花名册")}));
    EXPECT_EQ(t.roster().importSheet(), 0);
    EXPECT_FALSE(t.roster().canApplyImport());
    EXPECT_TRUE(t.roster().importProblems().contains(QStringLiteral("2"))) << qPrintable(t.roster().importProblems());
    t.roster().previewImportSheet(1);
    EXPECT_EQ(t.roster().importSheet(), 1);
    EXPECT_TRUE(t.roster().canApplyImport()) << qPrintable(t.roster().importProblems());
    EXPECT_TRUE(t.roster().importSummary().contains(QStringLiteral("花名册")))
        << qPrintable(t.roster().importSummary());
    EXPECT_GE(changed.count(), 2);
    const int before = t.count("SELECT count(*) FROM children");
    t.roster().applyImport();
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), before + 20);
}

// A school's own headers the kiosk does not know: the column-mapping step
// shows every column with its cells and a guess; the teacher confirms the
// guesses, corrects one, leaves one out; the rows import, and the school's
// next file with the same headers is read the same way without asking.
TEST(RosterImportScreen, ColumnsTheKioskDoesNotKnowAreMappedByTheTeacherAndRemembered)
{
    Teacher t;
    const QString className = t.store->roster().classes().first().name;
    QDir().mkpath(t.roster().importFolder());
    const QString path = QDir(t.roster().importFolder()).filePath(QStringLiteral("名单.csv"));
    const auto write = [&](const QString &rows) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((QStringLiteral("学生,男/女,出生那天,所在班,联络手机,说明\n") + rows).toUtf8());
    };
    write(QStringLiteral("周小雨,女,2016-02-03,%1,13812345678,住校\n吴天明,男,2015-09-30,%1,13987654321,\n")
              .arg(className));
    t.roster().openImport();
    t.roster().previewImport(0);
    EXPECT_TRUE(t.roster().mappingNeeded());
    EXPECT_TRUE(t.roster().mappingShown()) << "shown by itself when columns are not recognised";
    EXPECT_FALSE(t.roster().canApplyImport());
    EXPECT_TRUE(t.roster().hasGuesses());
    ImportColumnsModel *columns = t.roster().importColumns();
    ASSERT_EQ(columns->rowCount(), 6);
    const auto role = [&](int row, int role) { return columns->index(row).data(role).toString(); };
    EXPECT_EQ(role(0, ImportColumnsModel::TitleRole), QStringLiteral("学生"));
    EXPECT_EQ(role(0, ImportColumnsModel::SamplesRole), QStringLiteral("周小雨、吴天明"));
    for (int row = 0; row < 5; ++row)
        EXPECT_EQ(role(row, ImportColumnsModel::StateRole), QStringLiteral("guessed")) << row;
    EXPECT_EQ(role(0, ImportColumnsModel::GuessTitleRole), ImportColumnsModel::fieldTitle(RosterSheet::Field::Name));
    EXPECT_EQ(role(4, ImportColumnsModel::GuessTitleRole),
              ImportColumnsModel::fieldTitle(RosterSheet::Field::GuardianPhone));
    EXPECT_EQ(role(5, ImportColumnsModel::StateRole), QStringLiteral("unused"));

    t.roster().useGuesses();
    EXPECT_EQ(role(0, ImportColumnsModel::StateRole), QStringLiteral("chosen"));
    EXPECT_EQ(role(0, ImportColumnsModel::FieldKeyRole), QStringLiteral("name"));
    // The phone is the mother's, the note is not imported.
    t.roster().mapColumn(4, QStringLiteral("mother_phone"));
    t.roster().mapColumn(5, QStringLiteral("skip"));
    EXPECT_EQ(role(4, ImportColumnsModel::FieldKeyRole), QStringLiteral("mother_phone"));
    EXPECT_EQ(role(5, ImportColumnsModel::StateRole), QStringLiteral("chosen"));
    EXPECT_FALSE(t.roster().mappingNeeded());
    EXPECT_TRUE(t.roster().canApplyImport()) << qPrintable(t.roster().importProblems());
    t.roster().showMapping(false);
    EXPECT_EQ(t.roster().preview()->rowCount(), 2);
    const int before = t.count("SELECT count(*) FROM children");
    t.roster().applyImport();
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), before + 2);
    EXPECT_EQ(t.count("SELECT count(*) FROM contacts WHERE phone = '13812345678' AND role = 'mother'"), 1);

    // The next roster of this school, same headers: read at once.
    write(QStringLiteral("郑小北,男,2016-05-01,%1,13700001111,\n").arg(className));
    t.roster().openImport();
    t.roster().previewImport(0);
    EXPECT_FALSE(t.roster().mappingNeeded());
    EXPECT_FALSE(t.roster().mappingShown());
    EXPECT_TRUE(t.roster().canApplyImport()) << qPrintable(t.roster().importProblems());
}

// One bad row among good ones: the teacher may import the good rows now and
// the bad one stays listed; all of the chosen rows or none.
TEST(RosterImportScreen, TheRowsThatAreFineCanBeImportedAndTheProblemRowsStayListed)
{
    Teacher t;
    const QString className = t.store->roster().classes().first().name;
    QDir().mkpath(t.roster().importFolder());
    QFile file(QDir(t.roster().importFolder()).filePath(QStringLiteral("roster.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("姓名,性别,出生日期,班级\n王小丫,女,2016-02-03,%1\n李四,男,2099-01-01,%1\n"
                              "赵六,男,2015-06-07,%1\n")
                   .arg(className)
                   .toUtf8());
    file.close();
    t.roster().openImport();
    t.roster().previewImport(0);
    EXPECT_FALSE(t.roster().canApplyImport());
    EXPECT_TRUE(t.roster().canApplyFineImport());
    EXPECT_EQ(t.roster().importFineRows(), 2);
    EXPECT_TRUE(t.roster().importProblems().contains(QStringLiteral("2"))) << qPrintable(t.roster().importProblems());
    const int before = t.count("SELECT count(*) FROM children");
    t.roster().applyImport(); // everything: refused while a row has a problem
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), before);
    t.roster().applyFineImport();
    EXPECT_EQ(t.count("SELECT count(*) FROM children"), before + 2);
    EXPECT_EQ(t.count("SELECT count(*) FROM children WHERE name = '李四'"), 0);
    EXPECT_FALSE(t.roster().notice().isEmpty());
}

TEST(CardSheetFromTheRoster, PrintsEveryChildWithACard)
{
    Teacher t;
    const QDir exports(QDir(t.store->dataDir()).filePath("exports"));
    // A new child has no card yet: nothing to print.
    t.roster().newChild();
    const QStringList genders =
        t.roster().file()->index(t.rowOf("gender")).data(ChildFileModel::ChoicesRole).toStringList();
    const QStringList classes =
        t.roster().file()->index(t.rowOf("class")).data(ChildFileModel::ChoicesRole).toStringList();
    t.set("name", QStringLiteral("单小雨"));
    t.set("gender", genders.at(0));
    t.set("birth_date", "2017-09-01");
    t.set("class", classes.at(0));
    ASSERT_TRUE(t.roster().save()) << qPrintable(t.roster().fileMessage());
    EXPECT_TRUE(t.roster().fileCardCode().isEmpty());
    t.roster().printCard();
    EXPECT_FALSE(t.roster().fileMessage().isEmpty());
    EXPECT_TRUE(exports.entryList({"*.pdf"}).isEmpty());
    t.roster().issueCard();
    EXPECT_TRUE(checkCardCode(t.roster().fileCardCode()).ok);

    t.roster().open();
    t.roster().printAllCards();
    const QStringList pdfs = exports.entryList({"*.pdf"});
    ASSERT_EQ(pdfs.size(), 1);
    EXPECT_TRUE(t.roster().notice().contains(QString::number(25))); // the demo's 24 and the new child
    QFile pdf(exports.filePath(pdfs.first()));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(4) == "%PDF");
    EXPECT_GT(pdf.size(), 10000);

    // The teacher scans a card on the roster list: that child's file opens.
    const Child child = t.firstClass().at(5);
    typeKeys(t.context.cards(), child.cardCode, 1000, 10, true);
    EXPECT_EQ(t.kiosk().screen(), Screen::ChildFile);
    EXPECT_EQ(t.roster().fileTitle(), child.name);
}

TEST(ChildFile, WhenParentsCanTakeCallsIsTypedAndChecked)
{
    Teacher t;
    const Child child = t.firstClass().at(0);
    t.roster().openChild(child.id);
    EXPECT_FALSE(
        t.roster().file()->index(t.rowOf("father_windows")).data(ChildFileModel::ValueRole).toString().isEmpty());
    const int changes = t.count("SELECT count(*) FROM change_log");
    t.set("father_windows", QStringLiteral("周三 12:00-14:00 13:00-15:00")); // overlapping
    EXPECT_FALSE(t.roster().save());
    EXPECT_FALSE(t.errorOf("father_windows").isEmpty());
    EXPECT_EQ(t.count("SELECT count(*) FROM change_log"), changes);
    t.set("father_windows", QStringLiteral("周三 12:00-12:30，周日 19:00-21:00"));
    t.set("father_video", QStringLiteral("  wxid_zhang88 "));
    ASSERT_TRUE(t.roster().save()) << qPrintable(t.roster().fileMessage());
    Contact father;
    for (const Contact &contact : t.store->roster().contacts(child.id))
        if (contact.role == Contact::Role::Father)
            father = contact;
    EXPECT_EQ(t.store->calls().contactWindows(father.id),
              (QList<WeeklyRange>{{3, 12 * 60, 12 * 60 + 30}, {7, 19 * 60, 21 * 60}}));
    EXPECT_EQ(father.videoAccount, QStringLiteral("wxid_zhang88"));
    t.set("father_video", QString(65, QLatin1Char('x')));
    EXPECT_FALSE(t.roster().save());
    EXPECT_FALSE(t.errorOf("father_video").isEmpty());
    t.set("father_video", QStringLiteral("wxid_zhang88"));
    t.set("mother_windows", QString());
    ASSERT_TRUE(t.roster().save());
    Contact mother;
    for (const Contact &contact : t.store->roster().contacts(child.id))
        if (contact.role == Contact::Role::Mother)
            mother = contact;
    EXPECT_TRUE(t.store->calls().contactWindows(mother.id).isEmpty());
}

// PIPL: a child under 14's information needs the guardian's own consent; the
// child's file keeps who signed it, when, to which notice, photo and voice.
TEST(ChildFile, TheGuardiansConsentIsKeptWithTheFileAndChecked)
{
    Teacher t;
    const Child child = t.firstClass().at(2);
    t.roster().open();
    const int missing = t.roster().consentMissing();
    EXPECT_EQ(missing, int(t.store->roster().allChildren().size())) << "the list says how many have none";
    t.roster().openChild(child.id);
    EXPECT_TRUE(t.roster().file()->value(QStringLiteral("consent_by")).isEmpty()) << "none recorded yet";

    // Half a consent, or one dated tomorrow, is refused in words and nothing is saved.
    t.set(QStringLiteral("consent_on"), QStringLiteral("2026-09-01"));
    EXPECT_FALSE(t.roster().save());
    EXPECT_EQ(t.errorOf(QStringLiteral("consent_by")), QStringLiteral("Write who signed the consent form."));
    t.set(QStringLiteral("consent_by"), QStringLiteral("奶奶 张秀英"));
    t.set(QStringLiteral("consent_on"), QStringLiteral("2026-11-24"));
    EXPECT_FALSE(t.roster().save());
    EXPECT_EQ(t.errorOf(QStringLiteral("consent_on")), QStringLiteral("The form cannot be signed in the future."));
    EXPECT_FALSE(t.store->roster().consent(child.id));

    t.set(QStringLiteral("consent_on"), QStringLiteral("2026/9/1"));
    t.set(QStringLiteral("consent_photo"), QStringLiteral("Yes"));
    t.set(QStringLiteral("consent_voice"), QStringLiteral("No"));
    ASSERT_TRUE(t.roster().save()) << t.roster().fileMessage().toStdString();
    const std::optional<GuardianConsent> kept = t.store->roster().consent(child.id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->givenBy, QStringLiteral("奶奶 张秀英"));
    EXPECT_EQ(kept->givenOn, QDate(2026, 9, 1));
    EXPECT_EQ(kept->notice, QLatin1String(GuardianConsent::kCurrentNotice));
    EXPECT_TRUE(kept->photo);
    EXPECT_FALSE(kept->voice);
    EXPECT_EQ(t.count("SELECT count(*) FROM change_log WHERE entity = 'guardian_consents'"), 1) << "it syncs";
    EXPECT_EQ(t.roster().consentMissing(), missing - 1);

    // Opened again, the file shows it; a withdrawn voice consent is an update.
    t.roster().openChild(child.id);
    EXPECT_EQ(t.roster().file()->value(QStringLiteral("consent_by")), QStringLiteral("奶奶 张秀英"));
    EXPECT_EQ(t.roster().file()->value(QStringLiteral("consent_photo")), QStringLiteral("Yes"));
    t.set(QStringLiteral("consent_photo"), QStringLiteral("No"));
    ASSERT_TRUE(t.roster().save());
    EXPECT_FALSE(t.store->roster().consent(child.id)->photo);
    EXPECT_EQ(t.count("SELECT count(*) FROM change_log WHERE entity = 'guardian_consents' AND op = 'update'"), 1);
}
