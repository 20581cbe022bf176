#pragma once

#include "database.h"
#include "list_models.h"
#include "name_search.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

namespace qq {

class KioskStore;

// The child's side of the kiosk: which screen shows, the sign-in flow from
// class to photo to greeting to mood, the idle countdown and closing time.
class KioskController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON

    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool pickingForTeacher READ pickingForTeacher NOTIFY screenChanged)
    Q_PROPERTY(bool pickingForCall READ pickingForCall NOTIFY screenChanged)
    Q_PROPERTY(bool pickingForMail READ pickingForMail NOTIFY screenChanged)
    Q_PROPERTY(bool pickingForLibrary READ pickingForLibrary NOTIFY screenChanged)
    Q_PROPERTY(int booksThisTerm READ booksThisTerm NOTIFY greetingChanged)
    Q_PROPERTY(bool replyWaiting READ replyWaiting NOTIFY greetingChanged)
    Q_PROPERTY(QString schoolName READ schoolName CONSTANT)
    Q_PROPERTY(QString todayText READ todayText NOTIFY dayChanged)
    Q_PROPERTY(ClassListModel *classes READ classes CONSTANT)
    Q_PROPERTY(ChildGridModel *children READ children CONSTANT)
    Q_PROPERTY(QString className READ className NOTIFY classChanged)
    Q_PROPERTY(GreetingKind greeting READ greeting NOTIFY greetingChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY greetingChanged)
    Q_PROPERTY(QUrl childPhoto READ childPhoto NOTIFY greetingChanged)
    Q_PROPERTY(QString greetingTime READ greetingTime NOTIFY greetingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int countdown READ countdown NOTIFY countdownChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY searchChanged)
    Q_PROPERTY(ChildGridModel *searchResults READ searchResults CONSTANT)

public:
    // Order matters: Main.qml lists the screens' files in this order.
    enum class Screen {
        Home,
        Classes,
        Photos,
        Greeting,
        Mood,
        TeacherPin,
        TeacherRoom,
        Search,
        Scan,
        Roster,
        ChildFile,
        Import,
        Calls,
        CallWho,
        CallSlots,
        CallConfirm,
        CallBooked,
        CallDay,
        CallMonth,
        CallSetup,
        CallPlan,
        MailWho,
        MailWrite,
        MailRecord,
        MailPictures,
        MailSent,
        MailReply,
        MailSetup,
        MailRecovery,
        MailUnlock,
        MailInbox,
        MailLetter,
        MailCare,
        Library,
        LibraryShelf,
        LibraryConfirm,
        LibraryBorrowed,
        LibraryReturn,
        LibraryReturned,
        LibraryCatalog,
        LibraryTitle,
        LibraryOverdue,
        LibraryStocktake,
        LibraryImport,
        LibraryHistory,
        Sync,
        Backup,
    };
    Q_ENUM(Screen)
    enum class GreetingKind { Welcome, Birthday, Goodbye, AlreadyIn, AlreadyOut };
    Q_ENUM(GreetingKind)

    explicit KioskController(KioskStore &store, QObject *parent = nullptr);
    static KioskController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(KioskController *instance);

    Screen screen() const { return m_screen; }
    bool pickingForTeacher() const { return m_pickingForTeacher; }
    bool pickingForCall() const { return m_pickingForCall; }
    bool pickingForMail() const { return m_pickingForMail; }
    bool pickingForLibrary() const { return m_pickingForLibrary; }
    int booksThisTerm() const { return m_booksThisTerm; }
    bool replyWaiting() const { return m_replyWaiting; }
    QString schoolName() const;
    QString todayText() const;
    ClassListModel *classes() { return &m_classes; }
    ChildGridModel *children() { return &m_children; }
    QString className() const { return m_className; }
    GreetingKind greeting() const { return m_greeting; }
    QString childName() const { return m_childName; }
    QUrl childPhoto() const { return m_childPhoto; }
    QString greetingTime() const { return m_greetingTime; }
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }
    int countdown() const { return m_countdown; }
    QString searchText() const { return m_searchText; }
    ChildGridModel *searchResults() { return &m_searchResults; }
    static constexpr int kMaxSearchResults = 30;

    Q_INVOKABLE void startSignIn();
    Q_INVOKABLE void chooseClass(const QString &classId);
    Q_INVOKABLE void chooseChild(const QString &childId);
    Q_INVOKABLE void continueAfterGreeting();
    Q_INVOKABLE void chooseMood(int mood); // 1..5; 0 skips
    Q_INVOKABLE void back();
    Q_INVOKABLE void goHome();
    Q_INVOKABLE void openTeacher();
    Q_INVOKABLE void comingSoon();
    Q_INVOKABLE void dismissError();
    Q_INVOKABLE void userActivity();
    // Finding yourself by name: letters from the on-screen keyboard, or any
    // text from a hardware keyboard or input method.
    Q_INVOKABLE void openSearch();
    Q_INVOKABLE void typeText(const QString &text);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clearSearch();
    Q_INVOKABLE void setSearchText(const QString &text);
    Q_INVOKABLE void openScan();
    // "You have a reply": the signed-in child opens it with their picture code.
    Q_INVOKABLE void openReply();
    // A card shown to the camera or read by a USB scanner.
    void cardRead(const QString &code);
    void unreadableCard(const QString &problem);
    bool acceptsCards() const; // a child's screen, with no message showing

    // Used by the teacher's side.
    void show(Screen screen);
    void pickChildForTeacher();
    // The child finds themself (class and photo, name or card) to book a
    // call: childPickedForCall instead of signing in.
    void pickChildForCall();
    // The child finds themself to sign a letter: childPickedForMail.
    void pickChildForMail();
    // The child finds themself to borrow a book: childPickedForLibrary.
    void pickChildForLibrary();
    void setMessage(const QString &message);
    void setErrorMessage(const QString &message);
    // Runs work that reads or writes the database; a storage failure becomes
    // the on-screen message instead of an exception escaping into QML.
    template <typename Work> bool guarded(const char *what, Work &&work)
    {
        try {
            work();
            return true;
        } catch (const StorageException &e) {
            reportStorageFailure(what, e.error());
            return false;
        }
    }
    void reportStorageFailure(const char *what, const StorageError &error);
    // Once a second: idle countdown; twice a minute: closing time.
    void tick();
    int idleSeconds() const;

signals:
    void screenChanged();
    void dayChanged();
    void classChanged();
    void greetingChanged();
    void messageChanged();
    void errorMessageChanged();
    void countdownChanged();
    void searchChanged();
    void childSignedInByTeacher();
    void childPickedForCall(const QString &childId);
    void childPickedForMail(const QString &childId);
    void childPickedForLibrary(const QString &childId);
    void replyOpenRequested(const QString &childId);

private:
    void reloadChildren();
    void setCountdown(int seconds);
    void closeDueVisits();
    void runSearch();

    KioskStore &m_store;
    Screen m_screen = Screen::Home;
    bool m_pickingForTeacher = false;
    bool m_pickingForCall = false;
    bool m_pickingForMail = false;
    bool m_pickingForLibrary = false;
    int m_booksThisTerm = 0;
    bool m_replyWaiting = false;
    ClassListModel m_classes;
    ChildGridModel m_children;
    QString m_classId;
    QString m_className;
    GreetingKind m_greeting = GreetingKind::Welcome;
    QString m_childId;
    QString m_visitId;
    QString m_childName;
    QUrl m_childPhoto;
    QString m_greetingTime;
    QString m_message;
    QString m_errorMessage;
    int m_countdown = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_messageUntilMs = 0;
    qint64 m_lastClosingCheckMs = 0;
    QDate m_today;
    QString m_searchText;
    NameSearch m_nameSearch;
    QList<Child> m_searchable;
    ChildGridModel m_searchResults;
    QTimer m_ticker;
};

} // namespace qq
