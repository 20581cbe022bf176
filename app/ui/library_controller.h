#pragma once

#include "library.h"
#include "kiosk_controller.h"
#include "library_models.h"
#include "title_search.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace qq {

class KioskStore;

// The library corner at the kiosk. Children borrow (find yourself, then scan
// the book's sticker or tap its cover, then yes) and return (scan, then rate
// it with a face); the teacher keeps the catalog, prints labels, sees who is
// late and takes stock. Codes from the camera and USB scanners arrive through
// codeScanned() and go where the screen on show needs them.
class LibraryController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Library)
    QML_SINGLETON

    // A child borrowing.
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    Q_PROPERTY(QUrl childPhoto READ childPhoto NOTIFY childChanged)
    Q_PROPERTY(LoanListModel *myLoans READ myLoans CONSTANT)
    Q_PROPERTY(TitleListModel *shelf READ shelf CONSTANT)
    Q_PROPERTY(QString shelfQuery READ shelfQuery NOTIFY shelfChanged)
    Q_PROPERTY(QString pickedTitle READ pickedTitle NOTIFY pickedChanged)
    Q_PROPERTY(QString pickedAuthor READ pickedAuthor NOTIFY pickedChanged)
    Q_PROPERTY(QUrl pickedCover READ pickedCover NOTIFY pickedChanged)
    Q_PROPERTY(bool needsSticker READ needsSticker NOTIFY pickedChanged)
    Q_PROPERTY(QString dueText READ dueText NOTIFY pickedChanged)
    Q_PROPERTY(int maxLoans READ maxLoans NOTIFY childChanged)
    Q_PROPERTY(int loanDays READ loanDays NOTIFY childChanged)
    Q_PROPERTY(int renewals READ renewals NOTIFY childChanged)
    Q_PROPERTY(bool blockWhenOverdue READ blockWhenOverdue NOTIFY childChanged)
    // A child returning.
    Q_PROPERTY(QString returnedTitle READ returnedTitle NOTIFY returnedChanged)
    Q_PROPERTY(QUrl returnedCover READ returnedCover NOTIFY returnedChanged)
    Q_PROPERTY(QString returnedBy READ returnedBy NOTIFY returnedChanged)
    Q_PROPERTY(int rating READ rating NOTIFY returnedChanged)
    Q_PROPERTY(int booksThisTerm READ booksThisTerm NOTIFY returnedChanged)
    // The teacher.
    Q_PROPERTY(TitleListModel *catalog READ catalog CONSTANT)
    Q_PROPERTY(QString catalogQuery READ catalogQuery NOTIFY catalogChanged)
    Q_PROPERTY(int titleCount READ titleCount NOTIFY catalogChanged)
    Q_PROPERTY(int copyCount READ copyCount NOTIFY catalogChanged)
    Q_PROPERTY(int onLoanCount READ onLoanCount NOTIFY catalogChanged)
    Q_PROPERTY(TitleListModel *mostRead READ mostRead CONSTANT)
    Q_PROPERTY(QString editId READ editId NOTIFY editChanged)
    Q_PROPERTY(QString editIsbn READ editIsbn NOTIFY editChanged)
    Q_PROPERTY(QString editTitle READ editTitle NOTIFY editChanged)
    Q_PROPERTY(QString editAuthor READ editAuthor NOTIFY editChanged)
    Q_PROPERTY(QString editPublisher READ editPublisher NOTIFY editChanged)
    Q_PROPERTY(QString editAgeBand READ editAgeBand NOTIFY editChanged)
    Q_PROPERTY(QString editCategory READ editCategory NOTIFY editChanged)
    Q_PROPERTY(QUrl editCover READ editCover NOTIFY editChanged)
    Q_PROPERTY(QString editProblem READ editProblem NOTIFY editChanged)
    Q_PROPERTY(CopyListModel *copies READ copies CONSTANT)
    Q_PROPERTY(LoanListModel *overdue READ overdue CONSTANT)
    Q_PROPERTY(int stocktakeScanned READ stocktakeScanned NOTIFY stocktakeChanged)
    Q_PROPERTY(int stocktakeExpected READ stocktakeExpected NOTIFY stocktakeChanged)
    Q_PROPERTY(QString stocktakeLast READ stocktakeLast NOTIFY stocktakeChanged)
    Q_PROPERTY(CopyListModel *missing READ missing CONSTANT)
    Q_PROPERTY(int foundOnLoan READ foundOnLoan NOTIFY stocktakeChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString historyName READ historyName NOTIFY historyChanged)
    Q_PROPERTY(int historyThisTerm READ historyThisTerm NOTIFY historyChanged)
    Q_PROPERTY(LoanListModel *history READ history CONSTANT)
    Q_PROPERTY(QStringList importFiles READ importFiles NOTIFY importChanged)
    Q_PROPERTY(CatalogPreviewModel *importPreview READ importPreview CONSTANT)
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY importChanged)
    Q_PROPERTY(QString importProblems READ importProblems NOTIFY importChanged)
    Q_PROPERTY(bool canApplyImport READ canApplyImport NOTIFY importChanged)

public:
    LibraryController(KioskStore &store, KioskController &kiosk, QObject *parent = nullptr);
    static LibraryController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(LibraryController *instance);

    QString childName() const { return m_childName; }
    QUrl childPhoto() const;
    LoanListModel *myLoans() { return &m_myLoans; }
    TitleListModel *shelf() { return &m_shelf; }
    QString shelfQuery() const { return m_shelfQuery; }
    QString pickedTitle() const { return m_picked.title; }
    QString pickedAuthor() const { return m_picked.author; }
    QUrl pickedCover() const { return m_picked.id.isEmpty() ? QUrl() : coverUrl(m_picked.id, m_coverRevision); }
    bool needsSticker() const { return m_pickedCopyId.isEmpty() && !m_picked.id.isEmpty(); }
    QString dueText() const { return m_dueText; }
    int maxLoans() const;
    int loanDays() const;
    int renewals() const;
    bool blockWhenOverdue() const;
    QString returnedTitle() const { return m_returned.title; }
    QUrl returnedCover() const { return m_returned.titleId.isEmpty() ? QUrl() : coverUrl(m_returned.titleId, m_coverRevision); }
    QString returnedBy() const { return m_returnedBy; }
    int rating() const { return m_returned.rating; }
    int booksThisTerm() const { return m_booksThisTerm; }
    TitleListModel *catalog() { return &m_catalog; }
    QString catalogQuery() const { return m_catalogQuery; }
    int titleCount() const { return m_titleCount; }
    int copyCount() const { return m_copyCount; }
    int onLoanCount() const { return m_onLoanCount; }
    TitleListModel *mostRead() { return &m_mostRead; }
    QString editId() const { return m_edit.id; }
    QString editIsbn() const { return m_edit.isbn; }
    QString editTitle() const { return m_edit.title; }
    QString editAuthor() const { return m_edit.author; }
    QString editPublisher() const { return m_edit.publisher; }
    QString editAgeBand() const { return m_edit.ageBand; }
    QString editCategory() const { return m_edit.category; }
    QUrl editCover() const { return m_edit.id.isEmpty() ? QUrl() : coverUrl(m_edit.id, m_coverRevision); }
    QString editProblem() const { return m_editProblem; }
    CopyListModel *copies() { return &m_copies; }
    LoanListModel *overdue() { return &m_overdue; }
    int stocktakeScanned() const { return m_report.scanned; }
    int stocktakeExpected() const { return m_report.expected; }
    QString stocktakeLast() const { return m_stocktakeLast; }
    CopyListModel *missing() { return &m_missing; }
    int foundOnLoan() const { return int(m_report.foundOnLoan.size()); }
    QString notice() const { return m_notice; }
    QString historyName() const { return m_historyName; }
    int historyThisTerm() const { return m_historyThisTerm; }
    LoanListModel *history() { return &m_history; }
    QStringList importFiles() const { return m_importFiles; }
    CatalogPreviewModel *importPreview() { return &m_importPreview; }
    QString importSummary() const { return m_importSummary; }
    QString importProblems() const { return m_importProblems; }
    bool canApplyImport() const { return m_lastImport.canApply(); }
    QString importFolder() const;

    // Whether the screen on show reads barcodes (the camera runs for it).
    bool wantsCodes() const;
    // A code from the camera or a USB scanner, or typed.
    Q_INVOKABLE void codeScanned(const QString &text);

    // A child.
    Q_INVOKABLE void open();
    Q_INVOKABLE void startBorrow();
    Q_INVOKABLE void setShelfQuery(const QString &query);
    Q_INVOKABLE void pickTitle(const QString &titleId);
    Q_INVOKABLE void confirmBorrow();
    Q_INVOKABLE void backToShelf();
    Q_INVOKABLE void renew(const QString &loanId);
    Q_INVOKABLE void startReturn();
    Q_INVOKABLE void rate(int rating);
    Q_INVOKABLE void done();

    // The teacher.
    Q_INVOKABLE void openCatalog();
    Q_INVOKABLE void setCatalogQuery(const QString &query);
    Q_INVOKABLE void newTitle();
    Q_INVOKABLE void editTitleById(const QString &titleId);
    Q_INVOKABLE void saveTitle(const QString &isbn, const QString &title, const QString &author, const QString &publisher,
                               const QString &ageBand, const QString &category, int newCopies);
    Q_INVOKABLE void addCopies(int count);
    Q_INVOKABLE void setCopyState(const QString &copyId, const QString &state);
    Q_INVOKABLE void setCoverFromFrame();
    // A picture named after the ISBN (9787020002207.jpg) in the import folder or on a USB stick.
    Q_INVOKABLE void setCoverFromFile();
    Q_INVOKABLE void printLabels();
    // The room's rules, changed one step at a time by the teacher.
    Q_INVOKABLE void changeRules(int maxLoans, int loanDays, int renewals, bool blockWhenOverdue);
    Q_INVOKABLE void openOverdue();
    Q_INVOKABLE void exportOverdue();
    Q_INVOKABLE void openStocktake();
    Q_INVOKABLE void finishStocktake();
    // A child's reading: every loan, newest first (from the child's file or a late book).
    Q_INVOKABLE void openHistory(const QString &childId);
    Q_INVOKABLE void historyBack();
    Q_INVOKABLE void openImport();
    Q_INVOKABLE void previewImport(int fileIndex);
    bool previewImportFile(const QString &path);
    Q_INVOKABLE void applyImport();

    // Where "cover from the camera" gets its picture (AppContext sets it).
    void setFrameGrabber(std::function<QImage()> grab) { m_grabFrame = std::move(grab); }
    QString exportDir() const;

signals:
    void childChanged();
    void shelfChanged();
    void pickedChanged();
    void returnedChanged();
    void catalogChanged();
    void editChanged();
    void stocktakeChanged();
    void noticeChanged();
    void importChanged();
    void historyChanged();

private:
    void childPicked(const QString &childId);
    void screenChanged();
    void indexTitles(QList<BookTitle> titles); // the titles the shelf or catalog searches
    QList<BookTitle> matching(const QString &query, int limit) const;
    void reloadShelf();
    void reloadMyLoans();
    void reloadCatalog();
    void reloadCopies();
    void reloadStocktake();
    void borrowCopy(const QString &copyId);
    void returnCopy(const QString &copyId);
    void scannedForTitle(const QString &text);
    void scannedForStocktake(const QString &text);
    QString problemText(const LibraryResult &result) const;
    QString lookupProblemText(LibraryProblem problem) const;
    QString dayText(qint64 ms) const;
    void setNotice(const QString &notice);
    void clearChild();
    void storeCover(const QImage &picture);

    KioskStore &m_store;
    KioskController &m_kiosk;
    TitleSearch m_search;
    QList<BookTitle> m_allTitles; // the shelf's or the catalog's, indexed by m_search
    TitleListModel m_shelf;
    TitleListModel m_catalog;
    TitleListModel m_mostRead;
    LoanListModel m_myLoans;
    LoanListModel m_overdue;
    CopyListModel m_copies;
    CopyListModel m_missing;
    QString m_childId;
    QString m_childName;
    QString m_shelfQuery;
    QString m_catalogQuery;
    BookTitle m_picked;
    QString m_pickedCopyId;
    QString m_dueText;
    Loan m_returned;
    QString m_returnedBy;
    int m_booksThisTerm = 0;
    int m_titleCount = 0;
    int m_copyCount = 0;
    int m_onLoanCount = 0;
    BookTitle m_edit;
    QString m_editProblem;
    QString m_stocktakeId;
    StocktakeReport m_report;
    QString m_stocktakeLast;
    QString m_notice;
    int m_coverRevision = 0;
    QString m_historyName;
    int m_historyThisTerm = 0;
    LoanListModel m_history;
    KioskController::Screen m_historyFrom = KioskController::Screen::Home;
    QStringList m_importFiles;
    CatalogPreviewModel m_importPreview;
    CatalogPreview m_lastImport;
    QString m_importSummary;
    QString m_importProblems;
    std::function<QImage()> m_grabFrame;
};

} // namespace qq
