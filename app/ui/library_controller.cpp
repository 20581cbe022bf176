#include "library_controller.h"

#include "book_label_sheet.h"
#include "clock.h"
#include "csv.h"
#include "import_folders.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "list_models.h"
#include "local_time.h"
#include "user_messages.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcLibrary, "qinqing.library")

namespace qq {
namespace {

LibraryController *s_instance = nullptr;
using Screen = KioskController::Screen;

} // namespace

LibraryController::LibraryController(KioskStore &store, KioskController &kiosk, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(kiosk)
{
    connect(&kiosk, &KioskController::childPickedForLibrary, this, &LibraryController::childPicked);
    connect(&kiosk, &KioskController::screenChanged, this, &LibraryController::screenChanged);
}

LibraryController *LibraryController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void LibraryController::setInstance(LibraryController *instance)
{
    s_instance = instance;
}

QUrl LibraryController::childPhoto() const
{
    return m_childId.isEmpty() ? QUrl() : photoUrl(m_childId);
}

int LibraryController::maxLoans() const
{
    return m_store.library().rules().maxLoans;
}

int LibraryController::loanDays() const
{
    return m_store.library().rules().loanDays;
}

int LibraryController::renewals() const
{
    return m_store.library().rules().renewals;
}

bool LibraryController::blockWhenOverdue() const
{
    return m_store.library().rules().blockWhenOverdue;
}

QString LibraryController::dayText(qint64 ms) const
{
    return QLocale().toString(localDate(ms, m_store.settings().timeZone()), tr("dddd, MMMM d"));
}

QString LibraryController::exportDir() const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("exports"));
}

void LibraryController::setNotice(const QString &notice)
{
    if (m_notice != notice) {
        m_notice = notice;
        emit noticeChanged();
    }
}

bool LibraryController::wantsCodes() const
{
    switch (m_kiosk.screen()) {
    case Screen::LibraryShelf:
    case Screen::LibraryReturn:
    case Screen::LibraryCatalog:
    case Screen::LibraryTitle:
    case Screen::LibraryStocktake:
        return true;
    case Screen::LibraryConfirm:
        return needsSticker();
    default:
        return false;
    }
}

void LibraryController::screenChanged()
{
    switch (m_kiosk.screen()) {
    case Screen::Library:
    case Screen::LibraryShelf:
    case Screen::LibraryConfirm:
    case Screen::LibraryBorrowed:
    case Screen::LibraryReturn:
    case Screen::LibraryReturned:
    case Screen::Classes:
    case Screen::Photos:
    case Screen::Search:
    case Screen::Scan:
    case Screen::LibraryCatalog:
    case Screen::LibraryTitle:
    case Screen::LibraryOverdue:
    case Screen::LibraryStocktake:
    case Screen::LibraryImport:
    case Screen::LibraryHistory:
    case Screen::ChildFile:
        break;
    default:
        clearChild(); // the next child never sees who borrowed what
        break;
    }
}

void LibraryController::clearChild()
{
    if (m_childId.isEmpty() && m_picked.id.isEmpty() && m_returned.id.isEmpty())
        return;
    m_childId.clear();
    m_childName.clear();
    m_picked = {};
    m_pickedCopyId.clear();
    m_returned = {};
    m_returnedBy.clear();
    m_myLoans.reset({}, {}, 0);
    emit childChanged();
    emit pickedChanged();
    emit returnedChanged();
}

// --- Codes ------------------------------------------------------------------------

void LibraryController::codeScanned(const QString &text)
{
    if (!wantsCodes() || !m_kiosk.errorMessage().isEmpty())
        return;
    m_kiosk.userActivity();
    switch (m_kiosk.screen()) {
    case Screen::LibraryShelf:
    case Screen::LibraryConfirm: {
        ScanLookup found;
        if (!m_kiosk.guarded("book lookup", [&] { found = m_store.library().lookup(text); }))
            return;
        if (found.kind == ScanLookup::Kind::Copy) {
            pickTitle(found.titleId);
            m_pickedCopyId = found.copyId;
            emit pickedChanged();
            return;
        }
        if (found.kind == ScanLookup::Kind::Title) {
            pickTitle(found.titleId);
            return;
        }
        m_kiosk.setMessage(lookupProblemText(found.problem));
        return;
    }
    case Screen::LibraryReturn: {
        ScanLookup found;
        if (!m_kiosk.guarded("book lookup", [&] { found = m_store.library().lookup(text); }))
            return;
        if (found.kind == ScanLookup::Kind::Copy)
            return returnCopy(found.copyId);
        if (found.kind == ScanLookup::Kind::Title) {
            // The ISBN is the same on every copy: fine when only one is out.
            QList<BookCopy> out;
            m_kiosk.guarded("copies", [&] {
                for (const BookCopy &copy : m_store.library().copies(found.titleId))
                    if (!copy.borrowerId.isEmpty())
                        out << copy;
            });
            if (out.size() == 1)
                return returnCopy(out.first().id);
            m_kiosk.setMessage(out.isEmpty() ? tr("This book was not borrowed, so there is nothing to bring back. You can put it on the shelf.")
                                             : tr("Please show the sticker on the back of the book, not the one with the price."));
            return;
        }
        m_kiosk.setMessage(lookupProblemText(found.problem));
        return;
    }
    case Screen::LibraryCatalog:
    case Screen::LibraryTitle:
        return scannedForTitle(text);
    case Screen::LibraryStocktake:
        return scannedForStocktake(text);
    default:
        return;
    }
}

QString LibraryController::lookupProblemText(LibraryProblem problem) const
{
    switch (problem) {
    case LibraryProblem::Misread:
        return tr("That did not read well. Hold the sticker still in front of the camera again.");
    case LibraryProblem::UnknownCopy:
    case LibraryProblem::UnknownIsbn:
        return tr("This book is not on our library list. Please show it to the duty teacher.");
    default:
        return tr("That is not a book's sticker. Show the sticker on the back of the book.");
    }
}

QString LibraryController::problemText(const LibraryResult &result) const
{
    switch (result.problem) {
    case LibraryProblem::None:
        return {};
    case LibraryProblem::TooManyBooks:
        return tr("You already have %n book(s) at home. Bring one back first, then you can borrow a new one.", nullptr,
                  maxLoans());
    case LibraryProblem::HasOverdue:
        return tr("Please bring back 《%1》 first. It was due on %2.").arg(result.blocking.title, dayText(result.blocking.dueAtMs));
    case LibraryProblem::CopyOnLoan:
        return tr("This book is still on someone else's list. Please give it to the duty teacher.");
    case LibraryProblem::CopyNotLendable:
        return tr("This book cannot be borrowed now. Please give it to the duty teacher.");
    case LibraryProblem::NotOnLoan:
        return tr("This book was not borrowed, so there is nothing to bring back. You can put it on the shelf.");
    case LibraryProblem::NoRenewalLeft:
        return tr("This book was kept longer once already. Please bring it back by %1.").arg(dayText(result.loan.dueAtMs));
    case LibraryProblem::UnknownChild:
        return tr("This child is not on the roster any more. Please ask the duty teacher.");
    case LibraryProblem::BadIsbn:
        return tr("That ISBN is not right: check the numbers on the back cover.");
    case LibraryProblem::DuplicateIsbn:
        return tr("Another title already has this ISBN. Add copies to that title instead.");
    case LibraryProblem::NoTitle:
        return tr("Please type the book's title.");
    case LibraryProblem::BadCount:
        return tr("Copies: from 1 to %1 at a time.").arg(Library::kMaxCopiesAtOnce);
    case LibraryProblem::Storage:
        return storageFailureMessage(result.storage);
    default:
        return lookupProblemText(result.problem);
    }
}

// --- A child borrows ----------------------------------------------------------------

void LibraryController::open()
{
    clearChild();
    m_kiosk.show(Screen::Library);
}

void LibraryController::startBorrow()
{
    m_kiosk.pickChildForLibrary();
}

void LibraryController::childPicked(const QString &childId)
{
    std::optional<Child> child;
    if (!m_kiosk.guarded("child lookup", [&] { child = m_store.roster().child(childId); }) || !child)
        return;
    m_childId = childId;
    m_childName = child->name;
    m_picked = {};
    m_pickedCopyId.clear();
    m_shelfQuery.clear();
    reloadMyLoans();
    reloadShelf();
    emit childChanged();
    emit pickedChanged();
    m_kiosk.show(Screen::LibraryShelf);
}

void LibraryController::reloadMyLoans()
{
    const LibraryRules rules = m_store.library().rules();
    QList<LoanRow> rows;
    m_kiosk.guarded("loans", [&] {
        for (const Loan &loan : m_store.library().openLoans(m_childId))
            rows.append({loan, m_childName, {}, 0, loan.renewals < rules.renewals});
    });
    m_myLoans.reset(rows, m_store.settings().timeZone(), m_store.clock().nowMs());
}

void LibraryController::indexTitles(QList<BookTitle> titles)
{
    m_allTitles = std::move(titles);
    QList<TitleEntry> entries;
    entries.reserve(m_allTitles.size());
    for (const BookTitle &title : std::as_const(m_allTitles))
        entries.append({title.title, title.author});
    m_search.reset(entries);
}

QList<BookTitle> LibraryController::matching(const QString &query, int limit) const
{
    if (query.trimmed().isEmpty())
        return m_allTitles;
    QList<BookTitle> found;
    for (int index : m_search.search(query, limit))
        found.append(m_allTitles.at(index));
    return found;
}

void LibraryController::reloadShelf()
{
    m_kiosk.guarded("shelf", [&] {
        QList<BookTitle> titles = m_store.library().titles();
        // Books to take come first; the rest show as "all borrowed".
        std::stable_sort(titles.begin(), titles.end(),
                         [](const BookTitle &a, const BookTitle &b) { return (a.available > 0) > (b.available > 0); });
        indexTitles(std::move(titles));
    });
    setShelfQuery(m_shelfQuery);
}

void LibraryController::setShelfQuery(const QString &query)
{
    m_shelfQuery = query;
    m_shelf.reset(matching(query, 60), m_coverRevision);
    emit shelfChanged();
}

void LibraryController::pickTitle(const QString &titleId)
{
    std::optional<BookTitle> title;
    QList<BookCopy> copies;
    if (!m_kiosk.guarded("title", [&] {
            title = m_store.library().title(titleId);
            copies = m_store.library().copies(titleId);
        }) || !title)
        return;
    QStringList onShelf;
    for (const BookCopy &copy : copies)
        if (copy.state == CopyState::Shelf && copy.borrowerId.isEmpty())
            onShelf << copy.id;
    if (onShelf.isEmpty()) {
        m_kiosk.setMessage(tr("Every copy of 《%1》 is borrowed now. Choose another book, or ask again next week.").arg(title->title));
        return;
    }
    m_picked = *title;
    // With one copy on the shelf, that is the one in the child's hands;
    // with several, the sticker says which.
    m_pickedCopyId = onShelf.size() == 1 ? onShelf.first() : QString();
    m_dueText.clear();
    emit pickedChanged();
    m_kiosk.show(Screen::LibraryConfirm);
}

void LibraryController::backToShelf()
{
    m_picked = {};
    m_pickedCopyId.clear();
    emit pickedChanged();
    m_kiosk.show(m_childId.isEmpty() ? Screen::Library : Screen::LibraryShelf);
}

void LibraryController::confirmBorrow()
{
    if (m_picked.id.isEmpty())
        return;
    if (m_pickedCopyId.isEmpty()) {
        m_kiosk.setMessage(tr("Please show the sticker on the back of your book to the camera."));
        return;
    }
    borrowCopy(m_pickedCopyId);
}

void LibraryController::borrowCopy(const QString &copyId)
{
    LibraryResult result;
    if (!m_kiosk.guarded("borrowing", [&] { result = m_store.library().borrow(m_childId, copyId); }))
        return;
    if (!result.ok()) {
        qCInfo(lcLibrary) << "loan refused:" << int(result.problem);
        if (result.problem == LibraryProblem::Storage)
            m_kiosk.setErrorMessage(problemText(result));
        else
            m_kiosk.setMessage(problemText(result));
        return;
    }
    qCInfo(lcLibrary) << "book lent";
    m_dueText = dayText(result.loan.dueAtMs);
    emit pickedChanged();
    reloadMyLoans();
    m_kiosk.show(Screen::LibraryBorrowed);
}

void LibraryController::renew(const QString &loanId)
{
    LibraryResult result;
    if (!m_kiosk.guarded("renewing", [&] { result = m_store.library().renew(loanId); }))
        return;
    if (!result.ok()) {
        m_kiosk.setMessage(problemText(result));
        return;
    }
    m_kiosk.setMessage(tr("You can keep 《%1》 until %2.").arg(result.loan.title, dayText(result.loan.dueAtMs)));
    reloadMyLoans();
}

// --- A child returns ------------------------------------------------------------

void LibraryController::startReturn()
{
    clearChild();
    m_kiosk.show(Screen::LibraryReturn);
}

void LibraryController::returnCopy(const QString &copyId)
{
    LibraryResult result;
    if (!m_kiosk.guarded("returning", [&] { result = m_store.library().giveBack(copyId); }))
        return;
    if (!result.ok()) {
        if (result.problem == LibraryProblem::Storage)
            m_kiosk.setErrorMessage(problemText(result));
        else
            m_kiosk.setMessage(problemText(result));
        return;
    }
    qCInfo(lcLibrary) << "book returned";
    m_returned = result.loan;
    m_kiosk.guarded("reader", [&] {
        const std::optional<Child> child = m_store.roster().child(result.loan.childId);
        m_returnedBy = child ? child->name : QString();
        m_booksThisTerm = m_store.library().booksReadThisTerm(result.loan.childId);
    });
    emit returnedChanged();
    m_kiosk.show(Screen::LibraryReturned);
}

void LibraryController::rate(int rating)
{
    if (m_returned.id.isEmpty())
        return;
    bool rated = false;
    if (!m_kiosk.guarded("rating", [&] { rated = m_store.library().rate(m_returned.id, rating); }) || !rated)
        return;
    m_returned.rating = rating;
    emit returnedChanged();
}

void LibraryController::done()
{
    m_kiosk.goHome();
}

// --- The teacher --------------------------------------------------------------------

void LibraryController::reloadCatalog()
{
    QList<BookTitle> titles;
    QList<TitleCount> popular;
    m_kiosk.guarded("catalog", [&] {
        titles = m_store.library().titles();
        const QTimeZone zone = m_store.settings().timeZone();
        const QDate today = localDate(m_store.clock().nowMs(), zone);
        popular = m_store.library().mostRead(dayStartMs(Library::termStart(today), zone), 5);
    });
    m_titleCount = int(titles.size());
    m_copyCount = 0;
    m_onLoanCount = 0;
    for (const BookTitle &title : titles) {
        m_copyCount += title.copies;
        m_onLoanCount += title.copies - title.available;
    }
    indexTitles(std::move(titles));
    m_catalog.reset(matching(m_catalogQuery, 200), m_coverRevision);
    QList<BookTitle> top;
    for (const TitleCount &count : popular) {
        BookTitle title;
        title.id = count.titleId;
        title.title = count.title;
        title.timesBorrowed = count.loans;
        top.append(title);
    }
    m_mostRead.reset(top, m_coverRevision);
    emit catalogChanged();
}

void LibraryController::openCatalog()
{
    setNotice({});
    m_catalogQuery.clear();
    reloadCatalog();
    m_kiosk.show(Screen::LibraryCatalog);
}

void LibraryController::setCatalogQuery(const QString &query)
{
    // Each keystroke filters what is loaded; the catalog is read again only when it changes.
    m_catalogQuery = query;
    m_catalog.reset(matching(query, 200), m_coverRevision);
    emit catalogChanged();
}

void LibraryController::newTitle()
{
    m_edit = {};
    m_editProblem.clear();
    m_copies.reset({}, {});
    setNotice({});
    emit editChanged();
    m_kiosk.show(Screen::LibraryTitle);
}

void LibraryController::editTitleById(const QString &titleId)
{
    std::optional<BookTitle> title;
    if (!m_kiosk.guarded("title", [&] { title = m_store.library().title(titleId); }) || !title)
        return;
    m_edit = *title;
    m_editProblem.clear();
    setNotice({});
    reloadCopies();
    emit editChanged();
    m_kiosk.show(Screen::LibraryTitle);
}

void LibraryController::reloadCopies()
{
    QList<CopyRow> rows;
    m_kiosk.guarded("copies", [&] {
        for (const BookCopy &copy : m_store.library().copies(m_edit.id)) {
            QString borrower;
            if (!copy.borrowerId.isEmpty())
                if (const std::optional<Child> child = m_store.roster().child(copy.borrowerId))
                    borrower = child->name;
            rows.append({copy, m_edit.title, borrower});
        }
    });
    m_copies.reset(rows, m_store.settings().timeZone());
}

void LibraryController::saveTitle(const QString &isbn, const QString &title, const QString &author,
                                  const QString &publisher, const QString &ageBand, const QString &category, int newCopies)
{
    BookTitle changed = m_edit;
    changed.isbn = isbn;
    changed.title = title;
    changed.author = author;
    changed.publisher = publisher;
    changed.ageBand = ageBand;
    changed.category = category;
    LibraryResult result;
    const bool adding = m_edit.id.isEmpty();
    if (!m_kiosk.guarded("saving a title", [&] {
            result = adding ? m_store.library().addTitle(changed, newCopies) : m_store.library().updateTitle(changed);
        }))
        return;
    if (!result.ok()) {
        // What was typed stays on screen.
        m_edit = changed;
        m_editProblem = problemText(result);
        emit editChanged();
        return;
    }
    m_editProblem.clear();
    std::optional<BookTitle> saved;
    m_kiosk.guarded("title", [&] { saved = m_store.library().title(result.titleId); });
    if (saved)
        m_edit = *saved;
    reloadCopies();
    emit editChanged();
    setNotice(adding ? tr("Saved, with %n copy(ies). Print their labels next.", nullptr, int(result.codes.size()))
                     : tr("Saved."));
}

void LibraryController::addCopies(int count)
{
    if (m_edit.id.isEmpty())
        return;
    LibraryResult result;
    if (!m_kiosk.guarded("adding copies", [&] { result = m_store.library().addCopies(m_edit.id, count); }))
        return;
    if (!result.ok()) {
        m_editProblem = problemText(result);
        emit editChanged();
        return;
    }
    reloadCopies();
    setNotice(tr("%n copy(ies) added: %1", nullptr, int(result.codes.size())).arg(result.codes.join(QStringLiteral(", "))));
}

void LibraryController::setCopyState(const QString &copyId, const QString &state)
{
    LibraryResult result;
    if (!m_kiosk.guarded("copy state", [&] { result = m_store.library().setCopyState(copyId, copyStateFromKey(state)); }))
        return;
    if (!result.ok()) {
        m_editProblem = problemText(result);
        emit editChanged();
        return;
    }
    reloadCopies();
    if (m_kiosk.screen() == Screen::LibraryStocktake)
        reloadStocktake();
}

void LibraryController::setCoverFromFrame()
{
    if (m_edit.id.isEmpty() || !m_grabFrame)
        return;
    const QImage frame = m_grabFrame();
    if (frame.isNull()) {
        m_editProblem = tr("The camera has no picture yet. Hold the cover in front of it and try again.");
        emit editChanged();
        return;
    }
    // A book cover is taller than wide: the middle of the frame, 3:4.
    const int height = frame.height();
    const int width = std::min(frame.width(), height * 3 / 4);
    storeCover(frame.copy((frame.width() - width) / 2, 0, width, height));
}

void LibraryController::setCoverFromFile()
{
    if (m_edit.id.isEmpty())
        return;
    if (m_edit.isbn.isEmpty()) {
        m_editProblem = tr("A cover picture is found by the book's ISBN: type the ISBN first.");
        emit editChanged();
        return;
    }
    for (const QString &folder : importFolders(importFolder())) {
        for (const char *suffix : {".jpg", ".jpeg", ".png", ".JPG", ".PNG"}) {
            const QString path = QDir(folder).filePath(m_edit.isbn + QLatin1String(suffix));
            if (!QFileInfo::exists(path))
                continue;
            QImage picture;
            if (QFileInfo(path).size() > 20 * 1024 * 1024 || !picture.load(path)) {
                m_editProblem = tr("%1 is not a picture the kiosk can read. Save it as JPEG or PNG.").arg(QFileInfo(path).fileName());
                emit editChanged();
                return;
            }
            storeCover(picture);
            return;
        }
    }
    m_editProblem = tr("No picture named %1.jpg was found in %2 or on a USB stick.")
                        .arg(m_edit.isbn, QDir::toNativeSeparators(importFolder()));
    emit editChanged();
}

void LibraryController::storeCover(const QImage &picture)
{
    const QImage cover = picture.scaled(360, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    cover.save(&buffer, "JPEG", 85);
    StorageError error;
    if (!m_kiosk.guarded("cover", [&] { error = m_store.library().setCover(m_edit.id, jpeg); }))
        return;
    if (error) {
        m_kiosk.setErrorMessage(storageFailureMessage(error));
        return;
    }
    ++m_coverRevision;
    m_edit.hasCover = true;
    m_editProblem.clear();
    emit editChanged();
}

void LibraryController::printLabels()
{
    if (m_edit.id.isEmpty())
        return;
    QList<BookLabel> labels;
    m_kiosk.guarded("copies", [&] {
        for (const BookCopy &copy : m_store.library().copies(m_edit.id))
            if (copy.state == CopyState::Shelf)
                labels.append({copy.code, m_edit.title, m_store.settings().schoolName()});
    });
    if (labels.isEmpty())
        return;
    QDir().mkpath(exportDir());
    const QString path = QDir(exportDir()).filePath(QStringLiteral("labels-%1.pdf").arg(labels.first().code));
    const QString error = writeBookLabelSheet(path, labels);
    if (!error.isEmpty()) {
        qCWarning(lcLibrary) << "label sheet not written";
        setNotice(tr("The labels could not be saved: %1").arg(error));
        return;
    }
    setNotice(tr("%n label(s) saved to %1", nullptr, int(labels.size())).arg(QDir::toNativeSeparators(path)));
}

void LibraryController::scannedForTitle(const QString &text)
{
    ScanLookup found;
    if (!m_kiosk.guarded("book lookup", [&] { found = m_store.library().lookup(text); }))
        return;
    if (!found.titleId.isEmpty())
        return editTitleById(found.titleId); // the teacher scanned a book the library has
    if (found.problem == LibraryProblem::UnknownIsbn) {
        if (m_kiosk.screen() == Screen::LibraryCatalog || !m_edit.id.isEmpty())
            newTitle();
        m_edit.isbn = found.normalized; // a new book: its ISBN is typed for the teacher
        m_editProblem.clear();
        emit editChanged();
        return;
    }
    m_editProblem = lookupProblemText(found.problem);
    emit editChanged();
}

void LibraryController::changeRules(int maxLoans, int loanDays, int renewals, bool blockWhenOverdue)
{
    LibraryRules rules;
    rules.maxLoans = maxLoans;
    rules.loanDays = loanDays;
    rules.renewals = renewals;
    rules.blockWhenOverdue = blockWhenOverdue;
    if (!m_kiosk.guarded("library rules", [&] { m_store.library().setRules(rules); }))
        return;
    qCInfo(lcLibrary) << "rules changed";
    emit childChanged(); // the rules' properties
}

void LibraryController::openOverdue()
{
    QList<LoanRow> rows;
    m_kiosk.guarded("overdue", [&] {
        for (const OverdueLoan &late : m_store.library().overdue())
            rows.append({late.loan, late.childName, late.className, late.daysLate, false});
    });
    m_overdue.reset(rows, m_store.settings().timeZone(), m_store.clock().nowMs());
    setNotice({});
    m_kiosk.show(Screen::LibraryOverdue);
}

void LibraryController::exportOverdue()
{
    QList<OverdueLoan> late;
    if (!m_kiosk.guarded("overdue", [&] { late = m_store.library().overdue(); }))
        return;
    const QTimeZone zone = m_store.settings().timeZone();
    QString csv = QString(QChar(0xFEFF)); // BOM: spreadsheets then read Chinese right
    csv += csvRow({tr("Name"), tr("Class"), tr("Book"), tr("Sticker"), tr("Borrowed"), tr("Due"), tr("Days late")});
    for (const OverdueLoan &loan : late)
        csv += csvRow({loan.childName, loan.className, loan.loan.title, loan.loan.code,
                       localDate(loan.loan.borrowedAtMs, zone).toString(Qt::ISODate),
                       localDate(loan.loan.dueAtMs, zone).toString(Qt::ISODate), QString::number(loan.daysLate)});
    QDir().mkpath(exportDir());
    const QDate today = localDate(m_store.clock().nowMs(), zone);
    const QString path = QDir(exportDir()).filePath(QStringLiteral("overdue-%1.csv").arg(today.toString(Qt::ISODate)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        qCWarning(lcLibrary) << "overdue export failed:" << file.errorString();
        setNotice(tr("The export could not be saved: %1").arg(file.errorString()));
        return;
    }
    setNotice(tr("Saved %n late book(s) to %1", nullptr, int(late.size())).arg(QDir::toNativeSeparators(path)));
}

void LibraryController::openStocktake()
{
    if (!m_kiosk.guarded("stocktake", [&] { m_stocktakeId = m_store.library().startStocktake(); }))
        return;
    m_stocktakeLast.clear();
    setNotice({});
    reloadStocktake();
    m_kiosk.show(Screen::LibraryStocktake);
}

void LibraryController::reloadStocktake()
{
    m_kiosk.guarded("stocktake", [&] { m_report = m_store.library().stocktakeReport(m_stocktakeId); });
    QList<CopyRow> rows;
    m_kiosk.guarded("stocktake", [&] {
        for (const BookCopy &copy : m_report.missing) {
            const std::optional<BookTitle> title = m_store.library().title(copy.titleId);
            rows.append({copy, title ? title->title : QString(), {}});
        }
    });
    m_missing.reset(rows, m_store.settings().timeZone());
    emit stocktakeChanged();
}

void LibraryController::scannedForStocktake(const QString &text)
{
    StocktakeScan scan;
    if (!m_kiosk.guarded("stocktake", [&] { scan = m_store.library().scanForStocktake(m_stocktakeId, text); }))
        return;
    if (scan.problem != LibraryProblem::None) {
        m_stocktakeLast = scan.problem == LibraryProblem::ManyCopies
            ? tr("That is the ISBN. Scan the QB sticker, please: it tells the copies apart.")
            : lookupProblemText(scan.problem);
    } else if (scan.again) {
        m_stocktakeLast = tr("《%1》: counted already.").arg(scan.title);
    } else if (scan.wasOnLoan) {
        m_stocktakeLast = tr("《%1》: on the shelf, but still on a child's list. Check it in if it came back.").arg(scan.title);
    } else {
        m_stocktakeLast = tr("《%1》 ✓").arg(scan.title);
    }
    reloadStocktake();
}

void LibraryController::finishStocktake()
{
    StorageError error;
    if (!m_kiosk.guarded("stocktake", [&] { error = m_store.library().finishStocktake(m_stocktakeId); }))
        return;
    reloadStocktake();
    m_stocktakeId.clear();
    openCatalog();
    setNotice(tr("Stocktake finished: %1 of %2 found, %3 missing.")
                  .arg(m_report.scanned)
                  .arg(m_report.expected)
                  .arg(m_report.missing.size()));
}

// --- A child's reading -----------------------------------------------------------------

void LibraryController::openHistory(const QString &childId)
{
    std::optional<Child> child;
    QList<LoanRow> rows;
    if (!m_kiosk.guarded("reading history", [&] {
            child = m_store.roster().child(childId);
            for (const Loan &loan : m_store.library().history(childId))
                rows.append({loan, {}, {}, 0, false});
            m_historyThisTerm = m_store.library().booksReadThisTerm(childId);
        }) || !child)
        return;
    m_historyName = child->name;
    m_history.reset(rows, m_store.settings().timeZone(), m_store.clock().nowMs());
    if (m_kiosk.screen() != Screen::LibraryHistory)
        m_historyFrom = m_kiosk.screen();
    emit historyChanged();
    m_kiosk.show(Screen::LibraryHistory);
}

void LibraryController::historyBack()
{
    m_kiosk.show(m_historyFrom);
}

// --- Catalog import ------------------------------------------------------------------

QString LibraryController::importFolder() const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("imports"));
}

void LibraryController::openImport()
{
    QDir().mkpath(importFolder());
    m_importFiles = csvFilesIn(importFolders(importFolder()));
    m_lastImport = {};
    m_importPreview.reset({});
    m_importSummary.clear();
    m_importProblems = m_importFiles.isEmpty()
        ? tr("No CSV file found. Save the book list from the spreadsheet as CSV and put it on a USB stick, or in %1.")
              .arg(QDir::toNativeSeparators(importFolder()))
        : QString();
    emit importChanged();
    m_kiosk.show(Screen::LibraryImport);
}

void LibraryController::previewImport(int fileIndex)
{
    if (fileIndex >= 0 && fileIndex < m_importFiles.size())
        previewImportFile(m_importFiles.at(fileIndex));
}

bool LibraryController::previewImportFile(const QString &path)
{
    const bool ok = m_kiosk.guarded("catalog preview", [&] {
        const CatalogImport importer(m_store.db(), m_store.changeLog(), m_store.clock());
        m_lastImport = importer.previewFile(path);
    });
    if (!ok)
        return false;
    m_importPreview.reset(m_lastImport);
    const QString fileName = QFileInfo(path).fileName();
    m_importSummary = m_lastImport.fileErrors.isEmpty()
        ? tr("%1 (%2): %3 new titles, copies for %4 titles already here, %5 copies in all, %6 with problems")
              .arg(fileName, m_lastImport.encoding)
              .arg(m_lastImport.count(CatalogRow::Action::Add))
              .arg(m_lastImport.count(CatalogRow::Action::AddCopies))
              .arg(m_lastImport.copiesToAdd())
              .arg(m_lastImport.count(CatalogRow::Action::Error))
        : fileName;
    QStringList problems = m_lastImport.fileErrors + m_lastImport.warnings;
    if (m_lastImport.fileErrors.isEmpty() && m_lastImport.count(CatalogRow::Action::Error) > 0)
        problems.prepend(tr("Nothing is imported until every row is right. Fix the rows marked in red in the "
                            "spreadsheet, save as CSV again and choose the file again."));
    m_importProblems = problems.join(QLatin1Char('\n'));
    emit importChanged();
    return true;
}

void LibraryController::applyImport()
{
    CatalogResult result;
    const bool ok = m_kiosk.guarded("catalog import", [&] {
        CatalogImport importer(m_store.db(), m_store.changeLog(), m_store.clock());
        result = importer.apply(m_lastImport);
    });
    if (!ok)
        return;
    if (!result.ok) {
        qCWarning(lcLibrary) << "catalog import refused";
        m_importProblems = result.error;
        emit importChanged();
        return;
    }
    qCInfo(lcLibrary) << "catalog imported:" << result.titlesAdded << "titles," << result.copiesAdded << "copies";
    m_lastImport = {};
    m_importPreview.reset({});
    m_importSummary.clear();
    m_importProblems.clear();
    emit importChanged();
    openCatalog();
    setNotice(tr("Imported: %1 new titles, %2 copies. Print their labels from each title.")
                  .arg(result.titlesAdded)
                  .arg(result.copiesAdded));
}

} // namespace qq
