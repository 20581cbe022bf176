// The book corner as the kiosk drives it: a child borrows by sticker or cover,
// another returns without signing in and rates the book, the teacher keeps the
// catalog. Codes arrive as the camera and a USB scanner deliver them.
#include "app_context.h"
#include "book_code.h"
#include "temp_school.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QStringEncoder>

using namespace qq;
using Screen = KioskController::Screen;

namespace {

struct LibraryKiosk : test::TempSchool {
    LibraryKiosk() : TempSchool(24, 2), context(*store) { }
    KioskController &kiosk() { return context.kiosk(); }
    LibraryController &library() { return context.library(); }
    Library &books() { return store->library(); }
    Child child(int i) const { return firstClass().at(i); }
    // A title with copies; returns its copies' stickers.
    QStringList addBook(const QString &name, int copies)
    {
        BookTitle title;
        title.title = name;
        title.author = QStringLiteral("作者");
        const LibraryResult added = books().addTitle(title, copies);
        EXPECT_TRUE(added.ok());
        lastTitleId = added.titleId;
        return added.codes;
    }
    void chooseBorrower(int i)
    {
        library().open();
        library().startBorrow();
        ASSERT_EQ(kiosk().screen(), Screen::Classes);
        kiosk().chooseClass(store->roster().classes().first().id);
        kiosk().chooseChild(child(i).id);
        ASSERT_EQ(kiosk().screen(), Screen::LibraryShelf);
    }
    // A USB scanner: the code typed in a burst, 10 ms a key, then Enter.
    void scanWithGun(const QString &code)
    {
        qint64 at = ++burst * 10'000;
        for (const QChar c : code) {
            QKeyEvent key(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            key.setTimestamp(quint64(at += 10));
            context.cards().keyPressed(key);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        enter.setTimestamp(quint64(at + 10));
        context.cards().keyPressed(enter);
    }
    int loans() const { return count("SELECT count(*) FROM loans"); }

    AppContext context;
    QString lastTitleId;
    int burst = 0;
};

} // namespace

TEST(LibraryFlow, AChildFindsThemselfScansTheStickerAndBorrows)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("西游记"), 3);
    k.chooseBorrower(2);
    EXPECT_EQ(k.library().childName(), k.child(2).name);
    EXPECT_TRUE(k.library().wantsCodes()) << "the camera reads stickers on the shelf";
    EXPECT_EQ(k.library().shelf()->rowCount(), 1);
    k.library().codeScanned(codes[1]);
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryConfirm);
    EXPECT_EQ(k.library().pickedTitle(), QStringLiteral("西游记"));
    EXPECT_FALSE(k.library().needsSticker());
    EXPECT_EQ(k.loans(), 0) << "nothing is lent before the child says yes";
    k.library().confirmBorrow();
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryBorrowed);
    EXPECT_FALSE(k.library().dueText().isEmpty());
    EXPECT_EQ(k.books().openLoans(k.child(2).id).size(), 1);
    EXPECT_EQ(k.books().openLoans(k.child(2).id).first().code, codes[1]);
    k.library().done();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_TRUE(k.library().childName().isEmpty()) << "the next child does not see who borrowed";
}

TEST(LibraryFlow, ACoverWithSeveralCopiesAsksForTheSticker)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("小王子"), 2);
    const QStringList single = k.addBook(QStringLiteral("草房子"), 1);
    const QString singleTitle = k.lastTitleId;
    k.chooseBorrower(0);
    const QString titleId = k.books().lookup(codes[0]).titleId;
    k.library().pickTitle(titleId);
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryConfirm);
    EXPECT_TRUE(k.library().needsSticker());
    k.library().confirmBorrow();
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryConfirm);
    EXPECT_FALSE(k.kiosk().message().isEmpty());
    EXPECT_EQ(k.loans(), 0);
    k.library().codeScanned(codes[1]);
    EXPECT_FALSE(k.library().needsSticker());
    k.library().confirmBorrow();
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryBorrowed);
    EXPECT_EQ(k.books().openLoans(k.child(0).id).first().code, codes[1]);

    // One copy on the shelf: the cover is enough.
    k.chooseBorrower(1);
    k.library().pickTitle(singleTitle);
    EXPECT_FALSE(k.library().needsSticker());
    k.library().confirmBorrow();
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryBorrowed);
    EXPECT_EQ(k.books().openLoans(k.child(1).id).first().code, single[0]);
    // Now every copy of it is out.
    k.chooseBorrower(3);
    k.library().pickTitle(singleTitle);
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryShelf);
    EXPECT_TRUE(k.kiosk().message().contains(QStringLiteral("草房子")));
}

TEST(LibraryFlow, RefusalsAreInAChildsWordsAndLendNothing)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("昆虫记"), 4);
    k.chooseBorrower(4);
    for (int i = 0; i < 2; ++i) {
        k.library().codeScanned(codes[i]);
        k.library().confirmBorrow();
        ASSERT_EQ(k.kiosk().screen(), Screen::LibraryBorrowed);
        k.chooseBorrower(4);
    }
    EXPECT_EQ(k.library().myLoans()->rowCount(), 2);
    k.library().codeScanned(codes[2]);
    k.library().confirmBorrow();
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryConfirm);
    EXPECT_TRUE(k.kiosk().message().contains(QLatin1String("2"))) << k.kiosk().message().toStdString();
    EXPECT_EQ(k.loans(), 2);

    // Another child holds a copy that is on the first child's list.
    k.chooseBorrower(5);
    k.library().codeScanned(codes[0]);
    k.library().confirmBorrow();
    EXPECT_NE(k.kiosk().screen(), Screen::LibraryBorrowed);
    EXPECT_FALSE(k.kiosk().message().isEmpty());

    // Codes that are not ours, misread, or unknown: a message, nothing lent.
    k.chooseBorrower(5);
    for (const QString &bad : {QStringLiteral("hello"), QStringLiteral("QQ7K2M9XRA4"), bookCodeFromSerial(999999),
                               QString(codes[3]).replace(4, 1, codes[3][4] == QLatin1Char('9') ? QStringLiteral("1") : QStringLiteral("9"))}) {
        k.kiosk().setMessage({});
        k.library().codeScanned(bad);
        EXPECT_EQ(k.kiosk().screen(), Screen::LibraryShelf) << qPrintable(bad);
        EXPECT_FALSE(k.kiosk().message().isEmpty()) << qPrintable(bad);
    }
    EXPECT_EQ(k.loans(), 2);

    // Late: no new book, and the child is told which one to bring back.
    k.clock.advance(20LL * 24 * 3'600'000);
    k.chooseBorrower(4);
    k.library().codeScanned(codes[3]);
    k.library().confirmBorrow();
    EXPECT_TRUE(k.kiosk().message().contains(QStringLiteral("昆虫记")));
    EXPECT_EQ(k.loans(), 2);
}

TEST(LibraryFlow, ReturningNeedsNoSignInThenTheChildRatesTheBook)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("夏洛的网"), 2);
    k.chooseBorrower(6);
    k.library().codeScanned(codes[0]);
    k.library().confirmBorrow();
    k.library().done();

    k.library().open();
    k.library().startReturn();
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryReturn);
    EXPECT_TRUE(k.library().wantsCodes());
    // A copy that was never lent: nothing to return.
    k.library().codeScanned(codes[1]);
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryReturn);
    EXPECT_FALSE(k.kiosk().message().isEmpty());
    // The USB scanner gun reads the sticker.
    k.scanWithGun(codes[0]);
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryReturned);
    EXPECT_EQ(k.library().returnedBy(), k.child(6).name);
    EXPECT_EQ(k.library().returnedTitle(), QStringLiteral("夏洛的网"));
    EXPECT_EQ(k.library().booksThisTerm(), 1);
    EXPECT_TRUE(k.books().openLoans(k.child(6).id).isEmpty());
    k.library().rate(4);
    EXPECT_EQ(k.library().rating(), 4);
    EXPECT_EQ(k.books().history(k.child(6).id).first().rating, 4);
    k.library().done();

    // The greeting tells the child their reading this term.
    k.kiosk().startSignIn();
    k.kiosk().chooseClass(k.store->roster().classes().first().id);
    k.kiosk().chooseChild(k.child(6).id);
    EXPECT_EQ(k.kiosk().booksThisTerm(), 1);
}

TEST(LibraryFlow, AnIsbnReturnsTheOnlyCopyOutAndOtherwiseAsksForTheSticker)
{
    LibraryKiosk k;
    BookTitle title;
    title.title = QStringLiteral("稻草人");
    title.isbn = QStringLiteral("9787020002207");
    const LibraryResult added = k.books().addTitle(title, 2);
    ASSERT_TRUE(k.books().borrow(k.child(0).id, k.books().lookup(added.codes[0]).copyId).ok());
    ASSERT_TRUE(k.books().borrow(k.child(1).id, k.books().lookup(added.codes[1]).copyId).ok());
    k.library().startReturn();
    k.library().codeScanned(QStringLiteral("9787020002207"));
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryReturn) << "two copies out: which one?";
    EXPECT_EQ(k.count("SELECT count(*) FROM loans WHERE ended_at IS NULL"), 2);
    ASSERT_TRUE(k.books().giveBack(k.books().lookup(added.codes[1]).copyId).ok());
    k.kiosk().setMessage({});
    k.library().codeScanned(QStringLiteral("978-7-02-000220-7"));
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryReturned);
    EXPECT_EQ(k.library().returnedBy(), k.child(0).name);
}

TEST(LibraryFlow, TheTeacherAddsATitleByScanningItsIsbnAndBadDetailsStayOnScreen)
{
    LibraryKiosk k;
    k.kiosk().openTeacher();
    k.context.teacher().submitPin(QStringLiteral("1234"));
    k.library().openCatalog();
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryCatalog);
    EXPECT_TRUE(k.library().wantsCodes());
    k.library().codeScanned(QStringLiteral("9787020002207"));
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryTitle);
    EXPECT_TRUE(k.library().editId().isEmpty());
    EXPECT_EQ(k.library().editIsbn(), QStringLiteral("9787020002207"));

    k.library().saveTitle(QStringLiteral("9787020002208"), QStringLiteral("西游记"), QStringLiteral("吴承恩"), {}, {}, {}, 2);
    EXPECT_FALSE(k.library().editProblem().isEmpty());
    EXPECT_EQ(k.library().editTitle(), QStringLiteral("西游记")) << "what was typed stays";
    EXPECT_EQ(k.count("SELECT count(*) FROM book_titles"), 0);

    k.library().saveTitle(QStringLiteral("9787020002207"), QStringLiteral("西游记"), QStringLiteral("吴承恩"),
                          QStringLiteral("人民文学出版社"), QStringLiteral("8-12岁"), QStringLiteral("名著"), 2);
    EXPECT_TRUE(k.library().editProblem().isEmpty());
    EXPECT_FALSE(k.library().editId().isEmpty());
    EXPECT_EQ(k.library().copies()->rowCount(), 2);
    EXPECT_EQ(k.books().title(k.library().editId())->publisher, QStringLiteral("人民文学出版社"));

    // Labels for its copies: a PDF in the exports folder.
    k.library().printLabels();
    EXPECT_FALSE(k.library().notice().isEmpty());
    const QStringList pdfs = QDir(k.library().exportDir()).entryList({QStringLiteral("labels-*.pdf")});
    ASSERT_EQ(pdfs.size(), 1);
    QFile pdf(QDir(k.library().exportDir()).filePath(pdfs.first()));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");

    // Scanning the same ISBN again opens the title, not a second one.
    k.library().openCatalog();
    k.library().codeScanned(QStringLiteral("9787020002207"));
    EXPECT_EQ(k.library().editTitle(), QStringLiteral("西游记"));
    EXPECT_EQ(k.count("SELECT count(*) FROM book_titles"), 1);
    // A copy lost: off the shelf.
    const QModelIndex first = k.library().copies()->index(0);
    k.library().setCopyState(first.data(CopyListModel::CopyIdRole).toString(), QStringLiteral("lost"));
    EXPECT_EQ(k.library().copies()->index(0).data(CopyListModel::StateRole).toString(), QStringLiteral("lost"));
}

TEST(LibraryFlow, TheOverdueListExportsAndTheStocktakeFindsWhatIsMissing)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("城南旧事"), 3);
    ASSERT_TRUE(k.books().borrow(k.child(7).id, k.books().lookup(codes[0]).copyId).ok());
    k.clock.advance(16LL * 24 * 3'600'000);
    k.kiosk().openTeacher();
    k.context.teacher().submitPin(QStringLiteral("1234"));
    k.library().openOverdue();
    ASSERT_EQ(k.library().overdue()->rowCount(), 1);
    const QModelIndex late = k.library().overdue()->index(0);
    EXPECT_EQ(late.data(LoanListModel::ChildNameRole).toString(), k.child(7).name);
    EXPECT_EQ(late.data(LoanListModel::DaysLateRole).toInt(), 2);
    k.library().exportOverdue();
    const QStringList csvs = QDir(k.library().exportDir()).entryList({QStringLiteral("overdue-*.csv")});
    ASSERT_EQ(csvs.size(), 1);
    QFile csv(QDir(k.library().exportDir()).filePath(csvs.first()));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(k.child(7).name));
    EXPECT_TRUE(text.contains(QStringLiteral("城南旧事")));

    k.library().openStocktake();
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryStocktake);
    EXPECT_EQ(k.library().stocktakeExpected(), 2);
    k.scanWithGun(codes[1]);
    EXPECT_EQ(k.library().stocktakeScanned(), 1);
    EXPECT_EQ(k.library().missing()->rowCount(), 1);
    k.library().codeScanned(codes[0]); // on the shelf, but still on a child's list
    EXPECT_EQ(k.library().foundOnLoan(), 1);
    k.library().codeScanned(QStringLiteral("hello"));
    EXPECT_FALSE(k.library().stocktakeLast().isEmpty());
    k.library().finishStocktake();
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryCatalog);
    EXPECT_TRUE(k.library().notice().contains(QLatin1String("1")));
}

TEST(LibraryFlow, CodesAreIgnoredWhereNoBookIsExpected)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("绿野仙踪"), 1);
    EXPECT_FALSE(k.library().wantsCodes());
    k.library().codeScanned(codes[0]);
    k.scanWithGun(codes[0]);
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_EQ(k.loans(), 0);
}

TEST(LibraryFlow, ACatalogFileIsPreviewedThenImportedWholeOrNotAtAll)
{
    LibraryKiosk k;
    k.kiosk().openTeacher();
    k.context.teacher().submitPin(QStringLiteral("1234"));
    k.library().openCatalog();
    QDir().mkpath(k.library().importFolder());
    const QString path = QDir(k.library().importFolder()).filePath(QStringLiteral("books.csv"));
    auto write = [&](const QString &text) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder("GB18030"); // as WPS saves it on a Chinese Windows
        file.write(encoder.isValid() ? QByteArray(encoder(text)) : text.toUtf8());
    };
    write(QStringLiteral("ISBN,书名,作者,册数\n9787020002207,西游记,吴承恩,2\n9787020002208,坏书号,某人,1\n"));
    k.library().openImport();
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryImport);
    ASSERT_EQ(k.library().importFiles().size(), 1);
    k.library().previewImport(0);
    EXPECT_FALSE(k.library().canApplyImport());
    EXPECT_FALSE(k.library().importProblems().isEmpty());
    ASSERT_EQ(k.library().importPreview()->rowCount(), 2);
    EXPECT_TRUE(k.library().importPreview()->index(0).data(CatalogPreviewModel::IsErrorRole).toBool()) << "problems first";
    k.library().applyImport();
    EXPECT_EQ(k.count("SELECT count(*) FROM book_titles"), 0);

    write(QStringLiteral("ISBN,书名,作者,册数\n9787020002207,西游记,吴承恩,2\n9787500773764,草房子,曹文轩,1\n"));
    k.library().previewImport(0);
    ASSERT_TRUE(k.library().canApplyImport()) << k.library().importProblems().toStdString();
    k.library().applyImport();
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryCatalog);
    EXPECT_EQ(k.count("SELECT count(*) FROM book_titles"), 2);
    EXPECT_EQ(k.count("SELECT count(*) FROM book_copies"), 3);
    EXPECT_EQ(k.library().titleCount(), 2);
    EXPECT_FALSE(k.library().notice().isEmpty());
}

TEST(LibraryFlow, TheTeacherSeesAChildsReadingAndChangesTheRules)
{
    LibraryKiosk k;
    const QStringList codes = k.addBook(QStringLiteral("寄小读者"), 2);
    const QString first = k.books().lookup(codes[0]).copyId;
    ASSERT_TRUE(k.books().borrow(k.child(3).id, first).ok());
    const LibraryResult back = k.books().giveBack(first);
    ASSERT_TRUE(k.books().rate(back.loan.id, 5));
    ASSERT_TRUE(k.books().borrow(k.child(3).id, k.books().lookup(codes[1]).copyId).ok());

    k.kiosk().openTeacher();
    k.context.teacher().submitPin(QStringLiteral("1234"));
    k.library().openCatalog();
    k.library().openHistory(k.child(3).id);
    ASSERT_EQ(k.kiosk().screen(), Screen::LibraryHistory);
    EXPECT_EQ(k.library().historyName(), k.child(3).name);
    EXPECT_EQ(k.library().historyThisTerm(), 1);
    ASSERT_EQ(k.library().history()->rowCount(), 2);
    const QModelIndex newest = k.library().history()->index(0);
    const QModelIndex older = k.library().history()->index(1);
    EXPECT_EQ(older.data(LoanListModel::RatingRole).toInt(), 5);
    EXPECT_NE(newest.data(LoanListModel::StatusRole).toString(), older.data(LoanListModel::StatusRole).toString());
    EXPECT_FALSE(older.data(LoanListModel::LateRole).toBool()) << "a returned book is never late";
    k.library().historyBack();
    EXPECT_EQ(k.kiosk().screen(), Screen::LibraryCatalog);

    k.library().changeRules(3, 21, 0, false);
    EXPECT_EQ(k.library().maxLoans(), 3);
    EXPECT_EQ(k.library().loanDays(), 21);
    EXPECT_EQ(k.library().renewals(), 0);
    EXPECT_FALSE(k.library().blockWhenOverdue());
    k.library().changeRules(0, 500, -2, true); // out of range: kept within bounds
    EXPECT_EQ(k.library().maxLoans(), 1);
    EXPECT_EQ(k.library().loanDays(), 90);
    EXPECT_EQ(k.library().renewals(), 0);
}

TEST(LibraryFlow, ACoverComesFromThePictureNamedAfterTheIsbn)
{
    LibraryKiosk k;
    BookTitle title;
    title.title = QStringLiteral("草房子");
    title.isbn = QStringLiteral("9787500773764");
    const LibraryResult added = k.books().addTitle(title, 1);
    k.kiosk().openTeacher();
    k.context.teacher().submitPin(QStringLiteral("1234"));
    k.library().editTitleById(added.titleId);
    k.library().setCoverFromFile();
    EXPECT_FALSE(k.library().editProblem().isEmpty()) << "no picture yet";
    EXPECT_TRUE(k.books().cover(added.titleId).isEmpty());

    QDir().mkpath(k.library().importFolder());
    const QString path = QDir(k.library().importFolder()).filePath(QStringLiteral("9787500773764.jpg"));
    QFile broken(path);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a picture at all");
    broken.close();
    k.library().setCoverFromFile();
    EXPECT_TRUE(k.library().editProblem().contains(QStringLiteral("9787500773764.jpg")));
    EXPECT_TRUE(k.books().cover(added.titleId).isEmpty()) << "a bad file changes nothing";

    QImage picture(600, 800, QImage::Format_RGB32);
    picture.fill(QColor(0x2E, 0x6F, 0xA8));
    ASSERT_TRUE(picture.save(path, "JPEG"));
    k.library().setCoverFromFile();
    EXPECT_TRUE(k.library().editProblem().isEmpty());
    QImage stored;
    ASSERT_TRUE(stored.loadFromData(k.books().cover(added.titleId)));
    EXPECT_EQ(stored.size(), QSize(360, 480));
    EXPECT_TRUE(k.books().title(added.titleId)->hasCover);
}

TEST(LibraryFlow, TheCatalogAndTheShelfFilterAsYouType)
{
    LibraryKiosk k;
    k.addBook(QStringLiteral("西游记"), 1);
    k.addBook(QStringLiteral("小王子"), 2);
    k.addBook(QStringLiteral("草房子"), 1);
    k.library().openCatalog();
    EXPECT_EQ(k.library().catalog()->rowCount(), 3);
    k.library().setCatalogQuery(QStringLiteral("xyj"));
    ASSERT_EQ(k.library().catalog()->rowCount(), 1);
    EXPECT_EQ(k.library().catalog()->index(0).data(TitleListModel::TitleRole).toString(), QStringLiteral("西游记"));
    EXPECT_EQ(k.library().titleCount(), 3) << "the counts are the whole catalog's";
    k.library().setCatalogQuery(QString());
    EXPECT_EQ(k.library().catalog()->rowCount(), 3);

    k.chooseBorrower(0);
    k.library().setShelfQuery(QStringLiteral("王子"));
    ASSERT_EQ(k.library().shelf()->rowCount(), 1);
    EXPECT_EQ(k.library().shelf()->index(0).data(TitleListModel::TitleRole).toString(), QStringLiteral("小王子"));
}
