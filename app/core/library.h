#pragma once

#include "database.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qq {

class ChangeLog;
class Clock;
class Settings;

enum class CopyState { Shelf, Lost, Damaged, Withdrawn };

struct BookTitle {
    QString id;
    QString isbn; // ISBN-13 digits, or empty
    QString title;
    QString author;
    QString publisher;
    QString ageBand; // as the teacher writes it: "6-8岁", "三年级以上"
    QString category;
    bool hasCover = false;
    int copies = 0; // not lost, damaged or withdrawn
    int available = 0; // of those, on the shelf now
    int timesBorrowed = 0;
};

struct BookCopy {
    QString id;
    QString titleId;
    QString code; // the sticker: QB + 7 digits
    CopyState state = CopyState::Shelf;
    QString borrowerId; // set while on loan
    qint64 dueAtMs = 0;
};

struct Loan {
    QString id;
    QString copyId;
    QString code;
    QString titleId;
    QString title;
    QString childId;
    qint64 borrowedAtMs = 0;
    qint64 dueAtMs = 0;
    int renewals = 0;
    std::optional<qint64> endedAtMs;
    QString endedHow; // "returned", "lost", "damaged"
    int rating = 0; // 0 none, 1..5 faces
};

struct OverdueLoan {
    Loan loan;
    QString childName;
    QString className;
    int daysLate = 0;
};

struct TitleCount {
    QString titleId;
    QString title;
    int loans = 0;
};

// The room's rules (settings, shared by the school's kiosks).
struct LibraryRules {
    int maxLoans = 2; // books at home at once
    int loanDays = 14;
    int renewals = 1;
    bool blockWhenOverdue = true; // no new loan while a book is overdue
};

enum class LibraryProblem {
    None,
    NotABook, // neither a copy sticker nor an ISBN
    Misread, // a sticker or ISBN whose check digit is wrong: read again
    UnknownCopy, // a valid sticker this library does not know
    UnknownIsbn, // a valid ISBN no title has
    ManyCopies, // an ISBN scanned where a copy is needed and several copies fit
    UnknownChild,
    CopyOnLoan, // someone has it: it was not returned at the kiosk
    CopyNotLendable, // lost, damaged or withdrawn
    TooManyBooks,
    HasOverdue,
    NotOnLoan,
    NoRenewalLeft,
    UnknownLoan,
    BadIsbn, // catalog: the ISBN the teacher typed is wrong
    DuplicateIsbn, // catalog: another title has this ISBN
    NoTitle, // catalog: a title needs its name
    BadCount, // catalog: copies to add out of 1..50
    Storage,
};

struct LibraryResult {
    LibraryProblem problem = LibraryProblem::None;
    StorageError storage;
    Loan loan; // borrow, return, renew: the loan as it is now
    QString titleId; // addTitle
    QStringList codes; // addTitle, addCopies: the new copies' stickers
    Loan blocking; // HasOverdue: the late book; CopyOnLoan: the open loan
    bool ok() const { return problem == LibraryProblem::None; }
};

// What a scanned or typed code is.
struct ScanLookup {
    enum class Kind { Copy, Title, Unknown } kind = Kind::Unknown;
    LibraryProblem problem = LibraryProblem::None; // NotABook, Misread, UnknownCopy, UnknownIsbn
    QString copyId;
    QString titleId;
    QString normalized; // the sticker code or ISBN-13
};

struct StocktakeReport {
    QString id;
    qint64 startedAtMs = 0;
    int expected = 0; // copies that should be on the shelf
    int scanned = 0;
    QList<BookCopy> missing; // should be on the shelf, not scanned
    QList<BookCopy> foundOnLoan; // scanned, but the library thought they were out
};

struct StocktakeScan {
    LibraryProblem problem = LibraryProblem::None;
    QString title;
    bool again = false; // scanned before in this stocktake
    bool wasOnLoan = false;
};

// The library corner: catalog, copies, loans with the room's rules, ratings,
// the teacher's lists and stocktake. Every write is one transaction, logged
// for sync; a refused change writes nothing.
class Library {
public:
    static constexpr int kMaxCopiesAtOnce = 50;

    Library(Database &db, ChangeLog &log, Settings &settings, const Clock &clock);

    LibraryRules rules() const;
    void setRules(const LibraryRules &rules);

    // Catalog.
    LibraryResult addTitle(BookTitle title, int copies);
    LibraryResult updateTitle(const BookTitle &title);
    LibraryResult addCopies(const QString &titleId, int count);
    StorageError setCover(const QString &titleId, const QByteArray &jpeg);
    QByteArray cover(const QString &titleId) const;
    QList<BookTitle> titles() const; // by title
    std::optional<BookTitle> title(const QString &titleId) const;
    std::optional<BookTitle> titleByIsbn(const QString &isbn13) const;
    QList<BookCopy> copies(const QString &titleId) const;
    std::optional<BookCopy> copy(const QString &copyId) const;
    LibraryResult setCopyState(const QString &copyId, CopyState state);

    // What a code from the camera, a USB scanner or the keyboard is.
    ScanLookup lookup(const QString &raw) const;

    // A child borrows, returns, renews, rates.
    LibraryResult borrow(const QString &childId, const QString &copyId);
    LibraryResult giveBack(const QString &copyId);
    LibraryResult renew(const QString &loanId);
    bool rate(const QString &loanId, int rating);
    QList<Loan> openLoans(const QString &childId) const;
    QList<Loan> history(const QString &childId) const; // newest first
    std::optional<Loan> openLoanOfCopy(const QString &copyId) const; // the latest, if two kiosks lent it
    // Oldest first; more than one only when two kiosks lent the copy while offline.
    QList<Loan> openLoansOfCopy(const QString &copyId) const;
    // Different titles returned since the term began: "this term: 2 books read".
    int booksReadThisTerm(const QString &childId) const;
    // Terms begin on 1 February and 1 August.
    static QDate termStart(QDate today);
    // The end of the day, in the room's time zone, `loanDays` days on.
    qint64 dueFrom(qint64 fromMs, int days) const;

    // The teacher.
    QList<OverdueLoan> overdue() const; // latest first
    QList<TitleCount> mostRead(qint64 sinceMs, int limit) const;

    // Stocktake: scan every copy on the shelf, then see what is missing.
    QString startStocktake();
    std::optional<QString> openStocktake() const;
    StocktakeScan scanForStocktake(const QString &stocktakeId, const QString &raw);
    StocktakeReport stocktakeReport(const QString &stocktakeId) const;
    StorageError finishStocktake(const QString &stocktakeId);

private:
    LibraryResult fail(LibraryProblem problem) const;
    Loan readLoan(const Statement &stmt) const;

    Database &m_db;
    ChangeLog &m_log;
    Settings &m_settings;
    const Clock &m_clock;
};

QString copyStateKey(CopyState state);
CopyState copyStateFromKey(const QString &key);

} // namespace qq
