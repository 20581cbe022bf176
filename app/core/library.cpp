#include "library.h"

#include "book_code.h"
#include "change_log.h"
#include "clock.h"
#include "ids.h"
#include "isbn.h"
#include "local_time.h"
#include "pinyin.h"
#include "settings.h"

#include <QJsonObject>

namespace qq {
namespace {

constexpr const char *kLoanColumns = "l.id, l.copy_id, c.barcode, c.title_id, t.title, l.child_id, l.borrowed_at, "
                                     "l.due_at, l.renewals, l.ended_at, l.ended_how, l.rating";

QByteArray selectLoans(const char *tail)
{
    return QByteArray("SELECT ") + kLoanColumns
        + " FROM loans l JOIN book_copies c ON c.id = l.copy_id JOIN book_titles t ON t.id = c.title_id " + tail;
}

constexpr const char *kTitleColumns =
    "t.id, t.isbn, t.title, t.author, t.publisher, t.age_band, t.category, t.cover IS NOT NULL, "
    "(SELECT count(*) FROM book_copies c WHERE c.title_id = t.id AND c.state = 'shelf'), "
    "(SELECT count(*) FROM book_copies c WHERE c.title_id = t.id AND c.state = 'shelf' AND NOT EXISTS "
    " (SELECT 1 FROM loans l WHERE l.copy_id = c.id AND l.ended_at IS NULL)), "
    "(SELECT count(*) FROM loans l JOIN book_copies c ON c.id = l.copy_id WHERE c.title_id = t.id)";

BookTitle readTitle(const Statement &stmt)
{
    BookTitle title;
    title.id = stmt.text(0);
    title.isbn = stmt.text(1);
    title.title = stmt.text(2);
    title.author = stmt.text(3);
    title.publisher = stmt.text(4);
    title.ageBand = stmt.text(5);
    title.category = stmt.text(6);
    title.hasCover = stmt.int64(7) != 0;
    title.copies = int(stmt.int64(8));
    title.available = int(stmt.int64(9));
    title.timesBorrowed = int(stmt.int64(10));
    return title;
}

constexpr const char *kCopyColumns = "c.id, c.title_id, c.barcode, c.state, l.child_id, l.due_at";

BookCopy readCopy(const Statement &stmt)
{
    BookCopy copy;
    copy.id = stmt.text(0);
    copy.titleId = stmt.text(1);
    copy.code = stmt.text(2);
    copy.state = copyStateFromKey(stmt.text(3));
    copy.borrowerId = stmt.text(4);
    copy.dueAtMs = stmt.isNull(5) ? 0 : stmt.int64(5);
    return copy;
}

QByteArray selectCopies(const char *tail)
{
    return QByteArray("SELECT ") + kCopyColumns
        + " FROM book_copies c LEFT JOIN loans l ON l.copy_id = c.id AND l.ended_at IS NULL " + tail;
}

QString titleReading(const QString &title)
{
    return Pinyin::instance().initials(title); // sorts titles as they are read aloud
}

int nextCopySerial(Database &db)
{
    Statement stmt = db.prepare("SELECT max(CAST(substr(barcode, 3, 6) AS INTEGER)) FROM book_copies "
                                "WHERE barcode LIKE 'QB%' AND length(barcode) = 9");
    stmt.step();
    return stmt.isNull(0) ? 1 : int(stmt.int64(0)) + 1;
}

} // namespace

QString copyStateKey(CopyState state)
{
    switch (state) {
    case CopyState::Shelf:
        return QStringLiteral("shelf");
    case CopyState::Lost:
        return QStringLiteral("lost");
    case CopyState::Damaged:
        return QStringLiteral("damaged");
    case CopyState::Withdrawn:
        break;
    }
    return QStringLiteral("withdrawn");
}

CopyState copyStateFromKey(const QString &key)
{
    if (key == QLatin1String("lost"))
        return CopyState::Lost;
    if (key == QLatin1String("damaged"))
        return CopyState::Damaged;
    if (key == QLatin1String("withdrawn"))
        return CopyState::Withdrawn;
    return CopyState::Shelf;
}

Library::Library(Database &db, ChangeLog &log, Settings &settings, const Clock &clock)
    : m_db(db), m_log(log), m_settings(settings), m_clock(clock)
{
}

LibraryRules Library::rules() const
{
    LibraryRules rules;
    rules.maxLoans = std::clamp(m_settings.value("library_max_loans", QStringLiteral("2")).toInt(), 1, 10);
    rules.loanDays = std::clamp(m_settings.value("library_loan_days", QStringLiteral("14")).toInt(), 1, 90);
    rules.renewals = std::clamp(m_settings.value("library_renewals", QStringLiteral("1")).toInt(), 0, 5);
    rules.blockWhenOverdue = m_settings.value("library_block_overdue", QStringLiteral("1")) != QLatin1String("0");
    return rules;
}

void Library::setRules(const LibraryRules &rules)
{
    Transaction tx(m_db);
    m_settings.setValue("library_max_loans", QString::number(std::clamp(rules.maxLoans, 1, 10)));
    m_settings.setValue("library_loan_days", QString::number(std::clamp(rules.loanDays, 1, 90)));
    m_settings.setValue("library_renewals", QString::number(std::clamp(rules.renewals, 0, 5)));
    m_settings.setValue("library_block_overdue", rules.blockWhenOverdue ? QStringLiteral("1") : QStringLiteral("0"));
    tx.commit();
}

LibraryResult Library::fail(LibraryProblem problem) const
{
    LibraryResult result;
    result.problem = problem;
    return result;
}

// --- Catalog ----------------------------------------------------------------

LibraryResult Library::addTitle(BookTitle title, int copies)
{
    title.title = title.title.trimmed();
    if (title.title.isEmpty())
        return fail(LibraryProblem::NoTitle);
    if (copies < 0 || copies > kMaxCopiesAtOnce)
        return fail(LibraryProblem::BadCount);
    if (!title.isbn.trimmed().isEmpty()) {
        const IsbnCheck check = checkIsbn(title.isbn);
        if (!check.ok)
            return fail(LibraryProblem::BadIsbn);
        title.isbn = check.isbn13;
    } else {
        title.isbn.clear();
    }
    LibraryResult result;
    try {
        Transaction tx(m_db);
        if (!title.isbn.isEmpty() && titleByIsbn(title.isbn))
            return fail(LibraryProblem::DuplicateIsbn);
        title.id = newId();
        const qint64 now = m_clock.nowMs();
        m_db.prepare("INSERT INTO book_titles (id, isbn, title, author, publisher, age_band, category, title_pinyin, "
                     "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, title.id)
            .bind(2, title.isbn.isEmpty() ? QString() : title.isbn)
            .bind(3, title.title)
            .bind(4, title.author.trimmed())
            .bind(5, title.publisher.trimmed())
            .bind(6, title.ageBand.trimmed())
            .bind(7, title.category.trimmed())
            .bind(8, titleReading(title.title))
            .bind(9, now)
            .run();
        m_log.appendRow("book_titles", title.id, ChangeLog::Op::Insert, now);
        result.titleId = title.id;
        if (copies > 0) {
            const LibraryResult added = addCopies(title.id, copies);
            if (!added.ok())
                return added;
            result.codes = added.codes;
        }
        tx.commit();
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

LibraryResult Library::updateTitle(const BookTitle &changed)
{
    BookTitle title = changed;
    title.title = title.title.trimmed();
    if (title.title.isEmpty())
        return fail(LibraryProblem::NoTitle);
    if (!title.isbn.trimmed().isEmpty()) {
        const IsbnCheck check = checkIsbn(title.isbn);
        if (!check.ok)
            return fail(LibraryProblem::BadIsbn);
        title.isbn = check.isbn13;
    } else {
        title.isbn.clear();
    }
    LibraryResult result;
    result.titleId = title.id;
    try {
        Transaction tx(m_db);
        if (!this->title(title.id))
            return fail(LibraryProblem::UnknownIsbn);
        if (const auto other = title.isbn.isEmpty() ? std::nullopt : titleByIsbn(title.isbn);
            other && other->id != title.id)
            return fail(LibraryProblem::DuplicateIsbn);
        const QJsonObject before = m_log.rowImage("book_titles", title.id);
        m_db.prepare("UPDATE book_titles SET isbn = ?, title = ?, author = ?, publisher = ?, age_band = ?, "
                     "category = ?, title_pinyin = ? WHERE id = ?")
            .bind(1, title.isbn.isEmpty() ? QString() : title.isbn)
            .bind(2, title.title)
            .bind(3, title.author.trimmed())
            .bind(4, title.publisher.trimmed())
            .bind(5, title.ageBand.trimmed())
            .bind(6, title.category.trimmed())
            .bind(7, titleReading(title.title))
            .bind(8, title.id)
            .run();
        m_log.appendChanges("book_titles", title.id, before, m_clock.nowMs());
        tx.commit();
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

LibraryResult Library::addCopies(const QString &titleId, int count)
{
    if (count < 1 || count > kMaxCopiesAtOnce)
        return fail(LibraryProblem::BadCount);
    LibraryResult result;
    result.titleId = titleId;
    try {
        Transaction tx(m_db);
        if (!title(titleId))
            return fail(LibraryProblem::UnknownIsbn);
        int serial = nextCopySerial(m_db);
        const qint64 now = m_clock.nowMs();
        for (int i = 0; i < count; ++i, ++serial) {
            const QString copyId = newId();
            const QString code = bookCodeFromSerial(serial);
            m_db.prepare(
                    "INSERT INTO book_copies (id, title_id, barcode, state, added_at) VALUES (?, ?, ?, 'shelf', ?)")
                .bind(1, copyId)
                .bind(2, titleId)
                .bind(3, code)
                .bind(4, now)
                .run();
            m_log.appendRow("book_copies", copyId, ChangeLog::Op::Insert, now);
            result.codes << code;
        }
        tx.commit();
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

StorageError Library::setCover(const QString &titleId, const QByteArray &jpeg)
{
    try {
        Transaction tx(m_db);
        m_db.prepare("UPDATE book_titles SET cover = ? WHERE id = ?").bind(1, jpeg).bind(2, titleId).run();
        if (m_db.changes() == 0)
            return {}; // no such title: nothing written, nothing to log
        m_log.appendRow("book_titles", titleId, ChangeLog::Op::Update, m_clock.nowMs(), {"cover"});
        tx.commit();
    } catch (const StorageException &e) {
        return e.error();
    }
    return {};
}

QByteArray Library::cover(const QString &titleId) const
{
    Statement stmt = m_db.prepare("SELECT cover FROM book_titles WHERE id = ?");
    stmt.bind(1, titleId);
    return stmt.step() ? stmt.blob(0) : QByteArray();
}

QList<BookTitle> Library::titles() const
{
    QList<BookTitle> titles;
    Statement stmt =
        m_db.prepare(QByteArray("SELECT ") + kTitleColumns + " FROM book_titles t ORDER BY t.title_pinyin, t.title");
    while (stmt.step())
        titles.append(readTitle(stmt));
    return titles;
}

std::optional<BookTitle> Library::title(const QString &titleId) const
{
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kTitleColumns + " FROM book_titles t WHERE t.id = ?");
    stmt.bind(1, titleId);
    if (!stmt.step())
        return std::nullopt;
    return readTitle(stmt);
}

std::optional<BookTitle> Library::titleByIsbn(const QString &isbn13) const
{
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kTitleColumns + " FROM book_titles t WHERE t.isbn = ?");
    stmt.bind(1, isbn13);
    if (!stmt.step())
        return std::nullopt;
    return readTitle(stmt);
}

QList<BookCopy> Library::copies(const QString &titleId) const
{
    QList<BookCopy> copies;
    Statement stmt = m_db.prepare(selectCopies("WHERE c.title_id = ? ORDER BY c.barcode"));
    stmt.bind(1, titleId);
    while (stmt.step())
        copies.append(readCopy(stmt));
    return copies;
}

std::optional<BookCopy> Library::copy(const QString &copyId) const
{
    Statement stmt = m_db.prepare(selectCopies("WHERE c.id = ?"));
    stmt.bind(1, copyId);
    if (!stmt.step())
        return std::nullopt;
    return readCopy(stmt);
}

LibraryResult Library::setCopyState(const QString &copyId, CopyState state)
{
    LibraryResult result;
    try {
        Transaction tx(m_db);
        if (!copy(copyId))
            return fail(LibraryProblem::UnknownCopy);
        const qint64 now = m_clock.nowMs();
        // A copy lost or damaged while on loan ends that loan the same way
        // (every one of them, if two kiosks lent it while offline).
        for (const Loan &open : state == CopyState::Shelf ? QList<Loan>() : openLoansOfCopy(copyId)) {
            const QString how = state == CopyState::Damaged ? QStringLiteral("damaged") : QStringLiteral("lost");
            m_db.prepare("UPDATE loans SET ended_at = ?, ended_how = ? WHERE id = ?")
                .bind(1, now)
                .bind(2, how)
                .bind(3, open.id)
                .run();
            m_log.appendRow("loans", open.id, ChangeLog::Op::Update, now, {"ended_at", "ended_how"});
            result.loan = open;
            result.loan.endedAtMs = now;
            result.loan.endedHow = how;
        }
        m_db.prepare("UPDATE book_copies SET state = ? WHERE id = ?")
            .bind(1, copyStateKey(state))
            .bind(2, copyId)
            .run();
        m_log.appendRow("book_copies", copyId, ChangeLog::Op::Update, now, {"state"});
        tx.commit();
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

// --- Scanning -----------------------------------------------------------------

ScanLookup Library::lookup(const QString &raw) const
{
    ScanLookup found;
    const BookCodeCheck code = checkBookCode(raw);
    if (code.ok) {
        found.normalized = code.normalized;
        Statement stmt = m_db.prepare("SELECT id, title_id FROM book_copies WHERE barcode = ?");
        stmt.bind(1, code.normalized);
        if (!stmt.step()) {
            found.problem = LibraryProblem::UnknownCopy;
            return found;
        }
        found.kind = ScanLookup::Kind::Copy;
        found.copyId = stmt.text(0);
        found.titleId = stmt.text(1);
        return found;
    }
    if (code.problem == BookCodeProblem::BadCheck) {
        found.problem = LibraryProblem::Misread;
        return found;
    }
    const IsbnCheck isbn = checkIsbn(raw);
    if (isbn.ok) {
        found.normalized = isbn.isbn13;
        if (const std::optional<BookTitle> title = titleByIsbn(isbn.isbn13)) {
            found.kind = ScanLookup::Kind::Title;
            found.titleId = title->id;
        } else {
            found.problem = LibraryProblem::UnknownIsbn;
        }
        return found;
    }
    found.problem = isbn.problem == IsbnProblem::BadChecksum ? LibraryProblem::Misread : LibraryProblem::NotABook;
    return found;
}

// --- Loans --------------------------------------------------------------------

Loan Library::readLoan(const Statement &stmt) const
{
    Loan loan;
    loan.id = stmt.text(0);
    loan.copyId = stmt.text(1);
    loan.code = stmt.text(2);
    loan.titleId = stmt.text(3);
    loan.title = stmt.text(4);
    loan.childId = stmt.text(5);
    loan.borrowedAtMs = stmt.int64(6);
    loan.dueAtMs = stmt.int64(7);
    loan.renewals = int(stmt.int64(8));
    if (!stmt.isNull(9))
        loan.endedAtMs = stmt.int64(9);
    loan.endedHow = stmt.text(10);
    loan.rating = stmt.isNull(11) ? 0 : int(stmt.int64(11));
    return loan;
}

qint64 Library::dueFrom(qint64 fromMs, int days) const
{
    const QTimeZone zone = m_settings.timeZone();
    const QDate due = localDate(fromMs, zone).addDays(days);
    return dayStartMs(due.addDays(1), zone) - 1;
}

LibraryResult Library::borrow(const QString &childId, const QString &copyId)
{
    const LibraryRules rules = this->rules();
    LibraryResult result;
    try {
        Transaction tx(m_db);
        Statement child = m_db.prepare("SELECT 1 FROM children WHERE id = ? AND active = 1");
        child.bind(1, childId);
        if (!child.step())
            return fail(LibraryProblem::UnknownChild);
        const std::optional<BookCopy> copy = this->copy(copyId);
        if (!copy)
            return fail(LibraryProblem::UnknownCopy);
        if (copy->state != CopyState::Shelf)
            return fail(LibraryProblem::CopyNotLendable);
        if (const std::optional<Loan> open = openLoanOfCopy(copyId)) {
            result = fail(LibraryProblem::CopyOnLoan);
            result.blocking = *open;
            return result;
        }
        const qint64 now = m_clock.nowMs();
        const QList<Loan> mine = openLoans(childId);
        if (rules.blockWhenOverdue) {
            for (const Loan &loan : mine) {
                if (loan.dueAtMs < now) {
                    result = fail(LibraryProblem::HasOverdue);
                    result.blocking = loan;
                    return result;
                }
            }
        }
        if (mine.size() >= rules.maxLoans)
            return fail(LibraryProblem::TooManyBooks);
        Loan loan;
        loan.id = newId();
        loan.copyId = copyId;
        loan.code = copy->code;
        loan.titleId = copy->titleId;
        loan.childId = childId;
        loan.borrowedAtMs = now;
        loan.dueAtMs = dueFrom(now, rules.loanDays);
        m_db.prepare("INSERT INTO loans (id, copy_id, child_id, borrowed_at, due_at) VALUES (?, ?, ?, ?, ?)")
            .bind(1, loan.id)
            .bind(2, copyId)
            .bind(3, childId)
            .bind(4, now)
            .bind(5, loan.dueAtMs)
            .run();
        m_log.appendRow("loans", loan.id, ChangeLog::Op::Insert, now);
        tx.commit();
        if (const std::optional<BookTitle> title = this->title(loan.titleId))
            loan.title = title->title;
        result.loan = loan;
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

LibraryResult Library::giveBack(const QString &copyId)
{
    LibraryResult result;
    try {
        Transaction tx(m_db);
        if (!copy(copyId))
            return fail(LibraryProblem::UnknownCopy);
        // One book back ends every open loan of it: two kiosks offline may have lent it twice.
        const QList<Loan> open = openLoansOfCopy(copyId);
        if (open.isEmpty())
            return fail(LibraryProblem::NotOnLoan);
        const qint64 now = m_clock.nowMs();
        for (const Loan &loan : open) {
            m_db.prepare("UPDATE loans SET ended_at = ?, ended_how = 'returned' WHERE id = ?")
                .bind(1, now)
                .bind(2, loan.id)
                .run();
            m_log.appendRow("loans", loan.id, ChangeLog::Op::Update, now, {"ended_at", "ended_how"});
        }
        tx.commit();
        result.loan = open.last();
        result.loan.endedAtMs = now;
        result.loan.endedHow = QStringLiteral("returned");
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

LibraryResult Library::renew(const QString &loanId)
{
    LibraryResult result;
    try {
        Transaction tx(m_db);
        Statement stmt = m_db.prepare(selectLoans("WHERE l.id = ? AND l.ended_at IS NULL"));
        stmt.bind(1, loanId);
        if (!stmt.step())
            return fail(LibraryProblem::UnknownLoan);
        Loan loan = readLoan(stmt);
        stmt.reset();
        const LibraryRules rules = this->rules();
        if (loan.renewals >= rules.renewals) {
            result = fail(LibraryProblem::NoRenewalLeft);
            result.loan = loan;
            return result;
        }
        const qint64 now = m_clock.nowMs();
        loan.dueAtMs = dueFrom(std::max(now, loan.dueAtMs), rules.loanDays);
        ++loan.renewals;
        m_db.prepare("UPDATE loans SET due_at = ?, renewals = ? WHERE id = ?")
            .bind(1, loan.dueAtMs)
            .bind(2, loan.renewals)
            .bind(3, loanId)
            .run();
        m_log.appendRow("loans", loanId, ChangeLog::Op::Update, now, {"due_at", "renewals"});
        tx.commit();
        result.loan = loan;
    } catch (const StorageException &e) {
        result = fail(LibraryProblem::Storage);
        result.storage = e.error();
    }
    return result;
}

bool Library::rate(const QString &loanId, int rating)
{
    if (rating < 1 || rating > 5)
        return false;
    try {
        Transaction tx(m_db);
        Statement stmt = m_db.prepare("UPDATE loans SET rating = ? WHERE id = ? AND ended_how = 'returned'");
        stmt.bind(1, rating).bind(2, loanId).run();
        if (m_db.changes() == 0)
            return false;
        m_log.appendRow("loans", loanId, ChangeLog::Op::Update, m_clock.nowMs(), {"rating"});
        tx.commit();
    } catch (const StorageException &) {
        return false;
    }
    return true;
}

QList<Loan> Library::openLoans(const QString &childId) const
{
    QList<Loan> loans;
    Statement stmt = m_db.prepare(selectLoans("WHERE l.child_id = ? AND l.ended_at IS NULL ORDER BY l.due_at"));
    stmt.bind(1, childId);
    while (stmt.step())
        loans.append(readLoan(stmt));
    return loans;
}

QList<Loan> Library::history(const QString &childId) const
{
    QList<Loan> loans;
    Statement stmt = m_db.prepare(selectLoans("WHERE l.child_id = ? ORDER BY l.borrowed_at DESC"));
    stmt.bind(1, childId);
    while (stmt.step())
        loans.append(readLoan(stmt));
    return loans;
}

std::optional<Loan> Library::openLoanOfCopy(const QString &copyId) const
{
    const QList<Loan> open = openLoansOfCopy(copyId);
    if (open.isEmpty())
        return std::nullopt;
    return open.last();
}

QList<Loan> Library::openLoansOfCopy(const QString &copyId) const
{
    QList<Loan> loans;
    Statement stmt =
        m_db.prepare(selectLoans("WHERE l.copy_id = ? AND l.ended_at IS NULL ORDER BY l.borrowed_at, l.id"));
    stmt.bind(1, copyId);
    while (stmt.step())
        loans.append(readLoan(stmt));
    return loans;
}

QDate Library::termStart(QDate today)
{
    if (today.month() >= 2 && today.month() <= 7)
        return QDate(today.year(), 2, 1);
    return QDate(today.month() >= 8 ? today.year() : today.year() - 1, 8, 1);
}

int Library::booksReadThisTerm(const QString &childId) const
{
    const QTimeZone zone = m_settings.timeZone();
    const qint64 since = dayStartMs(termStart(localDate(m_clock.nowMs(), zone)), zone);
    Statement stmt =
        m_db.prepare("SELECT count(DISTINCT c.title_id) FROM loans l JOIN book_copies c ON c.id = l.copy_id "
                     "WHERE l.child_id = ? AND l.ended_how = 'returned' AND l.ended_at >= ?");
    stmt.bind(1, childId).bind(2, since);
    stmt.step();
    return int(stmt.int64(0));
}

// --- The teacher --------------------------------------------------------------

QList<OverdueLoan> Library::overdue() const
{
    const qint64 now = m_clock.nowMs();
    const QTimeZone zone = m_settings.timeZone();
    const QDate today = localDate(now, zone);
    QList<OverdueLoan> late;
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kLoanColumns
                                  + ", ch.name, cl.name FROM loans l INDEXED BY loans_open_by_due "
                                    "JOIN book_copies c ON c.id = l.copy_id JOIN book_titles t ON t.id = c.title_id "
                                    "JOIN children ch ON ch.id = l.child_id JOIN classes cl ON cl.id = ch.class_id "
                                    "WHERE l.ended_at IS NULL AND l.due_at < ? ORDER BY l.due_at");
    stmt.bind(1, now);
    while (stmt.step()) {
        OverdueLoan loan;
        loan.loan = readLoan(stmt);
        loan.childName = stmt.text(12);
        loan.className = stmt.text(13);
        loan.daysLate = int(localDate(loan.loan.dueAtMs, zone).daysTo(today));
        late.append(loan);
    }
    return late;
}

QList<TitleCount> Library::mostRead(qint64 sinceMs, int limit) const
{
    QList<TitleCount> counts;
    Statement stmt =
        m_db.prepare("SELECT t.id, t.title, count(*) AS n FROM loans l JOIN book_copies c ON c.id = l.copy_id "
                     "JOIN book_titles t ON t.id = c.title_id WHERE l.borrowed_at >= ? "
                     "GROUP BY t.id ORDER BY n DESC, t.title_pinyin LIMIT ?");
    stmt.bind(1, sinceMs).bind(2, limit);
    while (stmt.step())
        counts.append({stmt.text(0), stmt.text(1), int(stmt.int64(2))});
    return counts;
}

// --- Stocktake ------------------------------------------------------------------

QString Library::startStocktake()
{
    if (const std::optional<QString> open = openStocktake())
        return *open;
    const QString id = newId();
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO stocktakes (id, started_at) VALUES (?, ?)").bind(1, id).bind(2, m_clock.nowMs()).run();
    tx.commit();
    return id;
}

std::optional<QString> Library::openStocktake() const
{
    Statement stmt =
        m_db.prepare("SELECT id FROM stocktakes WHERE finished_at IS NULL ORDER BY started_at DESC LIMIT 1");
    if (!stmt.step())
        return std::nullopt;
    return stmt.text(0);
}

StocktakeScan Library::scanForStocktake(const QString &stocktakeId, const QString &raw)
{
    StocktakeScan scan;
    const ScanLookup found = lookup(raw);
    if (found.kind != ScanLookup::Kind::Copy) {
        scan.problem = found.kind == ScanLookup::Kind::Title ? LibraryProblem::ManyCopies
            : found.problem == LibraryProblem::None          ? LibraryProblem::NotABook
                                                             : found.problem;
        return scan;
    }
    if (const std::optional<BookTitle> title = this->title(found.titleId))
        scan.title = title->title;
    scan.wasOnLoan = openLoanOfCopy(found.copyId).has_value();
    try {
        Transaction tx(m_db);
        Statement seen = m_db.prepare("SELECT 1 FROM stocktake_scans WHERE stocktake_id = ? AND copy_id = ?");
        seen.bind(1, stocktakeId).bind(2, found.copyId);
        scan.again = seen.step();
        seen.reset();
        if (!scan.again)
            m_db.prepare("INSERT INTO stocktake_scans (stocktake_id, copy_id, at) VALUES (?, ?, ?)")
                .bind(1, stocktakeId)
                .bind(2, found.copyId)
                .bind(3, m_clock.nowMs())
                .run();
        tx.commit();
    } catch (const StorageException &) {
        scan.problem = LibraryProblem::Storage;
    }
    return scan;
}

StocktakeReport Library::stocktakeReport(const QString &stocktakeId) const
{
    StocktakeReport report;
    report.id = stocktakeId;
    Statement started = m_db.prepare("SELECT started_at FROM stocktakes WHERE id = ?");
    started.bind(1, stocktakeId);
    if (started.step())
        report.startedAtMs = started.int64(0);
    Statement missing =
        m_db.prepare(selectCopies("WHERE c.state = 'shelf' AND l.id IS NULL AND NOT EXISTS "
                                  "(SELECT 1 FROM stocktake_scans s WHERE s.stocktake_id = ? AND s.copy_id = c.id) "
                                  "ORDER BY c.barcode"));
    missing.bind(1, stocktakeId);
    while (missing.step())
        report.missing.append(readCopy(missing));
    Statement onLoan = m_db.prepare(selectCopies("JOIN stocktake_scans s ON s.copy_id = c.id AND s.stocktake_id = ? "
                                                 "WHERE l.id IS NOT NULL ORDER BY c.barcode"));
    onLoan.bind(1, stocktakeId);
    while (onLoan.step())
        report.foundOnLoan.append(readCopy(onLoan));
    Statement counts = m_db.prepare("SELECT (SELECT count(*) FROM book_copies c WHERE c.state = 'shelf' AND NOT EXISTS "
                                    " (SELECT 1 FROM loans l WHERE l.copy_id = c.id AND l.ended_at IS NULL)), "
                                    "(SELECT count(*) FROM stocktake_scans WHERE stocktake_id = ?)");
    counts.bind(1, stocktakeId);
    counts.step();
    report.expected = int(counts.int64(0));
    report.scanned = int(counts.int64(1));
    return report;
}

StorageError Library::finishStocktake(const QString &stocktakeId)
{
    try {
        Transaction tx(m_db);
        m_db.prepare("UPDATE stocktakes SET finished_at = ? WHERE id = ?")
            .bind(1, m_clock.nowMs())
            .bind(2, stocktakeId)
            .run();
        tx.commit();
    } catch (const StorageException &e) {
        return e.error();
    }
    return {};
}

} // namespace qq
