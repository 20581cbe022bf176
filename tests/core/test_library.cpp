// The library's rules and bad input, on a real SQLite file: every refusal
// says why and writes nothing.
#include "book_code.h"
#include "isbn.h"
#include "library.h"
#include "temp_school.h"

using namespace qq;

namespace {

class LibraryTest : public ::testing::Test {
protected:
    Library &library() { return school.store->library(); }
    int rows(const char *table) const { return school.count((QByteArray("SELECT count(*) FROM ") + table).constData()); }
    // A title with `copies` copies; returns the copies' ids.
    QStringList addBook(const QString &name, int copies, const QString &isbn = {})
    {
        BookTitle title;
        title.title = name;
        title.isbn = isbn;
        title.author = QStringLiteral("作者");
        const LibraryResult added = library().addTitle(title, copies);
        EXPECT_TRUE(added.ok()) << int(added.problem);
        QStringList ids;
        for (const BookCopy &copy : library().copies(added.titleId))
            ids << copy.id;
        return ids;
    }
    QString child(int i) const { return school.firstClass().at(i).id; }
    void advanceDays(int days) { school.clock.advance(qint64(days) * 24 * 3'600'000); }

    test::TempSchool school{24, 2};
};

} // namespace

TEST(Isbn, TenAndThirteenDigitsAreCheckedAndKeptAsThirteen)
{
    EXPECT_EQ(checkIsbn(QStringLiteral("7-02-000220-5")).problem, IsbnProblem::BadChecksum);
    const IsbnCheck ten = checkIsbn(QStringLiteral("7-02-000220-X"));
    ASSERT_TRUE(ten.ok);
    EXPECT_EQ(ten.isbn13, QStringLiteral("9787020002207"));
    EXPECT_EQ(checkIsbn(QStringLiteral("7-02-000220-x")).isbn13, QStringLiteral("9787020002207"));
    EXPECT_EQ(checkIsbn(QStringLiteral("978-7-02-000220-7")).isbn13, QStringLiteral("9787020002207"));
    EXPECT_EQ(checkIsbn(QStringLiteral("９７８７０２０００２２０７")).isbn13, QStringLiteral("9787020002207"));
    EXPECT_EQ(checkIsbn(QStringLiteral("9787020002208")).problem, IsbnProblem::BadChecksum);
    EXPECT_EQ(checkIsbn(QStringLiteral("978702000220")).problem, IsbnProblem::WrongLength);
    EXPECT_EQ(checkIsbn(QStringLiteral("97870200O2207")).problem, IsbnProblem::BadCharacters);
    EXPECT_EQ(checkIsbn(QStringLiteral("6901234567892")).problem, IsbnProblem::NotABook) << "a bottle of water";
    EXPECT_EQ(checkIsbn(QStringLiteral("  ")).problem, IsbnProblem::Empty);
    EXPECT_EQ(checkIsbn(QStringLiteral("X7500773765")).problem, IsbnProblem::BadCharacters);
}

TEST(BookCode, StickersCarryACheckDigitThatCatchesMisreads)
{
    for (int serial : {0, 1, 18, 4711, 999999}) {
        const QString code = bookCodeFromSerial(serial);
        EXPECT_EQ(code.size(), kBookCodeLength);
        EXPECT_TRUE(checkBookCode(code).ok) << qPrintable(code);
        EXPECT_TRUE(checkBookCode(QStringLiteral(" qb") + code.mid(2) + QStringLiteral(" ")).ok);
        // Every single-digit misread is caught.
        for (int at = 2; at < kBookCodeLength; ++at) {
            for (char digit = '0'; digit <= '9'; ++digit) {
                QString misread = code;
                if (misread[at] == QLatin1Char(digit))
                    continue;
                misread[at] = QLatin1Char(digit);
                EXPECT_EQ(checkBookCode(misread).problem, BookCodeProblem::BadCheck) << qPrintable(misread);
            }
        }
    }
    EXPECT_EQ(checkBookCode(QStringLiteral("QQ7K2M9XRA4")).problem, BookCodeProblem::NotOurs);
    EXPECT_EQ(checkBookCode(QStringLiteral("9787500773765")).problem, BookCodeProblem::NotOurs);
    EXPECT_EQ(checkBookCode(QString()).problem, BookCodeProblem::Empty);
}

TEST_F(LibraryTest, ATitleIsAddedWithItsCopiesAndBadDetailsAreRefused)
{
    const int titlesBefore = rows("book_titles");
    const int logBefore = rows("change_log");
    BookTitle title;
    title.title = QStringLiteral("  草房子 ");
    title.isbn = QStringLiteral("7-02-000220-X");
    const LibraryResult added = library().addTitle(title, 3);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.codes.size(), 3);
    for (const QString &code : added.codes)
        EXPECT_TRUE(checkBookCode(code).ok);
    const std::optional<BookTitle> stored = library().title(added.titleId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, QStringLiteral("草房子"));
    EXPECT_EQ(stored->isbn, QStringLiteral("9787020002207"));
    EXPECT_EQ(stored->copies, 3);
    EXPECT_EQ(stored->available, 3);
    EXPECT_EQ(rows("change_log"), logBefore + 4);

    const int logAfter = rows("change_log");
    BookTitle again = title;
    again.isbn = QStringLiteral("9787020002207");
    EXPECT_EQ(library().addTitle(again, 1).problem, LibraryProblem::DuplicateIsbn);
    BookTitle bad = title;
    bad.isbn = QStringLiteral("9787020002208");
    EXPECT_EQ(library().addTitle(bad, 1).problem, LibraryProblem::BadIsbn);
    BookTitle nameless;
    nameless.title = QStringLiteral("   ");
    EXPECT_EQ(library().addTitle(nameless, 1).problem, LibraryProblem::NoTitle);
    BookTitle many;
    many.title = QStringLiteral("很多");
    EXPECT_EQ(library().addTitle(many, 51).problem, LibraryProblem::BadCount);
    EXPECT_EQ(library().addCopies(added.titleId, 0).problem, LibraryProblem::BadCount);
    EXPECT_EQ(rows("book_titles"), titlesBefore + 1);
    EXPECT_EQ(rows("change_log"), logAfter) << "refusals write nothing";

    // More copies continue the numbering; stickers never repeat.
    const LibraryResult more = library().addCopies(added.titleId, 2);
    ASSERT_TRUE(more.ok());
    QStringList all = added.codes + more.codes;
    all.removeDuplicates();
    EXPECT_EQ(all.size(), 5);
}

TEST_F(LibraryTest, AScannedCodeIsACopyATitleAMisreadOrNotABook)
{
    const QStringList copies = addBook(QStringLiteral("小王子"), 1, QStringLiteral("9787020002207"));
    const QString code = library().copy(copies.first())->code;
    ScanLookup found = library().lookup(code);
    EXPECT_EQ(found.kind, ScanLookup::Kind::Copy);
    EXPECT_EQ(found.copyId, copies.first());
    found = library().lookup(QStringLiteral("978-7-02-000220-7"));
    EXPECT_EQ(found.kind, ScanLookup::Kind::Title);
    QString misread = code;
    misread[4] = misread[4] == QLatin1Char('9') ? QLatin1Char('1') : QLatin1Char('9');
    EXPECT_EQ(library().lookup(misread).problem, LibraryProblem::Misread);
    EXPECT_EQ(library().lookup(QStringLiteral("9787020002208")).problem, LibraryProblem::Misread);
    EXPECT_EQ(library().lookup(bookCodeFromSerial(777777)).problem, LibraryProblem::UnknownCopy);
    EXPECT_EQ(library().lookup(QStringLiteral("9787500773764")).problem, LibraryProblem::UnknownIsbn);
    EXPECT_EQ(library().lookup(QStringLiteral("https://example.com")).problem, LibraryProblem::NotABook);
    EXPECT_EQ(library().lookup(QStringLiteral("QQ7K2M9XRA4")).problem, LibraryProblem::NotABook);
}

TEST_F(LibraryTest, ABookIsLentForFourteenDaysToTheEndOfTheDay)
{
    const QStringList copies = addBook(QStringLiteral("西游记"), 2);
    const LibraryResult lent = library().borrow(child(0), copies[0]);
    ASSERT_TRUE(lent.ok());
    EXPECT_EQ(lent.loan.title, QStringLiteral("西游记"));
    const QDateTime due = toLocal(lent.loan.dueAtMs, school.zone());
    EXPECT_EQ(due.date(), QDate(2026, 12, 7));
    EXPECT_EQ(due.time(), QTime(23, 59, 59, 999));
    EXPECT_EQ(library().openLoans(child(0)).size(), 1);
    EXPECT_EQ(library().title(library().copy(copies[0])->titleId)->available, 1);
}

TEST_F(LibraryTest, RefusalsSayWhyAndWriteNothing)
{
    const QStringList copies = addBook(QStringLiteral("昆虫记"), 4);
    ASSERT_TRUE(library().borrow(child(0), copies[0]).ok());
    ASSERT_TRUE(library().borrow(child(0), copies[1]).ok());
    const int loans = rows("loans");
    const int log = rows("change_log");

    EXPECT_EQ(library().borrow(child(0), copies[2]).problem, LibraryProblem::TooManyBooks);
    const LibraryResult taken = library().borrow(child(1), copies[0]);
    EXPECT_EQ(taken.problem, LibraryProblem::CopyOnLoan);
    EXPECT_EQ(taken.blocking.childId, child(0));
    EXPECT_EQ(library().borrow(QStringLiteral("no-such-child"), copies[2]).problem, LibraryProblem::UnknownChild);
    EXPECT_EQ(library().borrow(child(1), QStringLiteral("no-such-copy")).problem, LibraryProblem::UnknownCopy);
    EXPECT_EQ(library().giveBack(copies[3]).problem, LibraryProblem::NotOnLoan);
    EXPECT_EQ(library().giveBack(QStringLiteral("no-such-copy")).problem, LibraryProblem::UnknownCopy);
    EXPECT_EQ(library().renew(QStringLiteral("no-such-loan")).problem, LibraryProblem::UnknownLoan);
    EXPECT_EQ(rows("loans"), loans);
    EXPECT_EQ(rows("change_log"), log);

    // Late: no new book until it is back.
    advanceDays(15);
    ASSERT_TRUE(library().giveBack(copies[1]).ok());
    const LibraryResult blocked = library().borrow(child(0), copies[2]);
    EXPECT_EQ(blocked.problem, LibraryProblem::HasOverdue);
    EXPECT_EQ(blocked.blocking.copyId, copies[0]);
    ASSERT_TRUE(library().giveBack(copies[0]).ok());
    EXPECT_TRUE(library().borrow(child(0), copies[2]).ok());

    // A lost copy cannot be lent.
    ASSERT_TRUE(library().setCopyState(copies[3], CopyState::Lost).ok());
    EXPECT_EQ(library().borrow(child(1), copies[3]).problem, LibraryProblem::CopyNotLendable);
}

TEST_F(LibraryTest, TheRulesAreTheRoomsOwn)
{
    LibraryRules rules;
    rules.maxLoans = 3;
    rules.loanDays = 7;
    rules.renewals = 0;
    rules.blockWhenOverdue = false;
    library().setRules(rules);
    const QStringList copies = addBook(QStringLiteral("城南旧事"), 4);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(library().borrow(child(2), copies[i]).ok());
    EXPECT_EQ(library().borrow(child(2), copies[3]).problem, LibraryProblem::TooManyBooks);
    const Loan loan = library().openLoans(child(2)).first();
    EXPECT_EQ(localDate(loan.dueAtMs, school.zone()), QDate(2026, 11, 30));
    EXPECT_EQ(library().renew(loan.id).problem, LibraryProblem::NoRenewalLeft);
    advanceDays(10);
    ASSERT_TRUE(library().giveBack(copies[0]).ok());
    EXPECT_TRUE(library().borrow(child(2), copies[3]).ok()) << "late books do not block when the room says so";
    EXPECT_EQ(library().rules().loanDays, 7);
}

TEST_F(LibraryTest, OneRenewalMovesTheDueDateOn)
{
    const QStringList copies = addBook(QStringLiteral("夏洛的网"), 1);
    const LibraryResult lent = library().borrow(child(3), copies[0]);
    advanceDays(10);
    const LibraryResult renewed = library().renew(lent.loan.id);
    ASSERT_TRUE(renewed.ok());
    EXPECT_EQ(localDate(renewed.loan.dueAtMs, school.zone()), QDate(2026, 12, 21));
    EXPECT_EQ(library().renew(lent.loan.id).problem, LibraryProblem::NoRenewalLeft);
    EXPECT_EQ(library().openLoans(child(3)).first().renewals, 1);
}

TEST_F(LibraryTest, ReturnedBooksAreRatedAndCountedForTheTerm)
{
    const QStringList a = addBook(QStringLiteral("稻草人"), 2);
    const QStringList b = addBook(QStringLiteral("寄小读者"), 1);
    // Last term (before 1 August): not counted.
    school.clock.set(school.at(QDate(2026, 7, 10), QTime(10, 0)));
    ASSERT_TRUE(library().borrow(child(4), b[0]).ok());
    ASSERT_TRUE(library().giveBack(b[0]).ok());
    school.clock.set(school.at(QDate(2026, 11, 2), QTime(10, 0)));
    const LibraryResult first = library().borrow(child(4), a[0]);
    EXPECT_FALSE(library().rate(first.loan.id, 5)) << "rated only after it is back";
    const LibraryResult back = library().giveBack(a[0]);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.loan.childId, child(4));
    EXPECT_FALSE(library().rate(back.loan.id, 0));
    EXPECT_FALSE(library().rate(back.loan.id, 6));
    EXPECT_TRUE(library().rate(back.loan.id, 4));
    EXPECT_EQ(library().history(child(4)).first().rating, 4);
    // The same title again is still one book read.
    ASSERT_TRUE(library().borrow(child(4), a[1]).ok());
    ASSERT_TRUE(library().giveBack(a[1]).ok());
    EXPECT_EQ(library().booksReadThisTerm(child(4)), 1);
    ASSERT_TRUE(library().borrow(child(4), b[0]).ok());
    ASSERT_TRUE(library().giveBack(b[0]).ok());
    EXPECT_EQ(library().booksReadThisTerm(child(4)), 2);
    EXPECT_EQ(library().history(child(4)).size(), 4);

    EXPECT_EQ(Library::termStart(QDate(2026, 11, 23)), QDate(2026, 8, 1));
    EXPECT_EQ(Library::termStart(QDate(2027, 1, 15)), QDate(2026, 8, 1));
    EXPECT_EQ(Library::termStart(QDate(2027, 3, 1)), QDate(2027, 2, 1));
}

TEST_F(LibraryTest, TheOverdueListShowsWhoWhichBookAndHowLate)
{
    const QStringList copies = addBook(QStringLiteral("爱的教育"), 3);
    ASSERT_TRUE(library().borrow(child(5), copies[0]).ok());
    advanceDays(3);
    ASSERT_TRUE(library().borrow(child(6), copies[1]).ok());
    ASSERT_TRUE(library().borrow(child(7), copies[2]).ok());
    ASSERT_TRUE(library().giveBack(copies[2]).ok());
    EXPECT_TRUE(library().overdue().isEmpty());
    advanceDays(15); // child 5: 18 days after borrowing, due after 14
    QList<OverdueLoan> late = library().overdue();
    ASSERT_EQ(late.size(), 2);
    EXPECT_EQ(late[0].loan.childId, child(5));
    EXPECT_EQ(late[0].daysLate, 4);
    EXPECT_EQ(late[0].loan.title, QStringLiteral("爱的教育"));
    EXPECT_EQ(late[0].childName, school.firstClass().at(5).name);
    EXPECT_FALSE(late[0].className.isEmpty());
    EXPECT_EQ(late[1].daysLate, 1);
    // Lost: the loan ends, the list forgets it.
    ASSERT_TRUE(library().setCopyState(copies[0], CopyState::Lost).ok());
    late = library().overdue();
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(library().history(child(5)).first().endedHow, QStringLiteral("lost"));
}

TEST_F(LibraryTest, MostReadCountsLoans)
{
    const QStringList a = addBook(QStringLiteral("海底两万里"), 2);
    const QStringList b = addBook(QStringLiteral("绿野仙踪"), 1);
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(library().borrow(child(i), a[i]).ok());
        ASSERT_TRUE(library().giveBack(a[i]).ok());
    }
    ASSERT_TRUE(library().borrow(child(2), b[0]).ok());
    const QList<TitleCount> top = library().mostRead(0, 10);
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top[0].title, QStringLiteral("海底两万里"));
    EXPECT_EQ(top[0].loans, 2);
    EXPECT_EQ(top[1].loans, 1);
}

TEST_F(LibraryTest, AStocktakeFindsWhatIsMissingAndWhatCameBackUnrecorded)
{
    const QStringList copies = addBook(QStringLiteral("柳林风声"), 4);
    ASSERT_TRUE(library().borrow(child(0), copies[3]).ok());
    const QString id = library().startStocktake();
    EXPECT_EQ(library().startStocktake(), id) << "one stocktake at a time";
    auto code = [&](int i) { return library().copy(copies[i])->code; };
    EXPECT_EQ(library().scanForStocktake(id, code(0)).title, QStringLiteral("柳林风声"));
    EXPECT_TRUE(library().scanForStocktake(id, code(0)).again);
    const StocktakeScan onLoan = library().scanForStocktake(id, code(3));
    EXPECT_TRUE(onLoan.wasOnLoan);
    EXPECT_EQ(library().scanForStocktake(id, QStringLiteral("hello")).problem, LibraryProblem::NotABook);
    EXPECT_EQ(library().scanForStocktake(id, bookCodeFromSerial(999998)).problem, LibraryProblem::UnknownCopy);
    const StocktakeReport report = library().stocktakeReport(id);
    EXPECT_EQ(report.expected, 3);
    EXPECT_EQ(report.scanned, 2);
    ASSERT_EQ(report.missing.size(), 2);
    EXPECT_EQ(report.missing[0].id, copies[1]);
    ASSERT_EQ(report.foundOnLoan.size(), 1);
    EXPECT_EQ(report.foundOnLoan[0].id, copies[3]);
    EXPECT_FALSE(library().finishStocktake(id));
    EXPECT_FALSE(library().openStocktake());
}

TEST_F(LibraryTest, AFullDiskRefusesALoanWhole)
{
    const QStringList copies = addBook(QStringLiteral("成语故事"), 1);
    const int pages = school.count("PRAGMA page_count");
    school.store->db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages).toUtf8().constData());
    // Lend and take back until the file cannot grow; every step that said yes is on disk.
    int lent = 0;
    LibraryResult last;
    for (int i = 0; i < 2000; ++i) {
        last = library().borrow(child(i % 10), copies[0]);
        if (!last.ok())
            break;
        ++lent;
        last = library().giveBack(copies[0]);
        if (!last.ok())
            break;
    }
    ASSERT_EQ(last.problem, LibraryProblem::Storage) << "the disk never filled up";
    EXPECT_TRUE(last.storage);
    EXPECT_EQ(rows("loans"), lent) << "a refused loan left nothing behind";
    EXPECT_EQ(school.count("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
    school.store->db().exec("PRAGMA max_page_count = 1073741823");
}
