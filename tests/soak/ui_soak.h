#pragma once

#include "kiosk_controller.h"
#include "library.h"
#include "roster.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <random>

class QQuickWindow;

namespace qq {

class AppContext;
class KioskStore;
class ManualClock;
class SyntheticMicrophone;

namespace soak {

// What the simulated children and teachers did, and what the kiosk refused
// by its rules (a full month of calls, a late book at home): a refusal is
// the kiosk working, a failure is not.
struct SoakCounts {
    int operations = 0;
    int failed = 0;
    int refused = 0;
    int signIns = 0;
    int signOuts = 0;
    int moods = 0;
    int bySearch = 0;
    int byCard = 0;
    int searchesOnly = 0;
    int callsBooked = 0;
    int callsCancelled = 0;
    int callsMarked = 0;
    int lettersSent = 0;
    int lettersWithVoice = 0;
    int lettersRead = 0;
    int repliesSent = 0;
    int repliesOpened = 0;
    int loans = 0;
    int returns = 0;
    int ratings = 0;
    int renewals = 0;
    int shelfBrowses = 0;
    int announcements = 0; // "please go to the family phone", two minutes ahead
    int teacherVisits = 0;
    int counselorVisits = 0;
    int frames = 0;
    int screens = 0; // screen changes, each one a QML screen made and the last one destroyed
};

// Drives the kiosk the way its QML does — the same Q_INVOKABLEs on the
// controllers, one tap at a time, the event loop run between taps so the
// screens are really made, rendered and destroyed — through many simulated
// children: sign in and out with a mood, find yourself by name or card,
// book and cancel calls, write letters (typed, by pinyin, spoken) that the
// counselor reads and answers, borrow and return books. After every step it
// checks the screen, and after every acknowledgement the database.
class UiSoak {
public:
    struct Options {
        quint32 seed = 1;
        int framesEvery = 25; // grab a rendered frame every N operations
        int counselorEvery = 40; // the counselor reads after this many letters
    };

    UiSoak(KioskStore &store, AppContext &context, QQuickWindow &window, ManualClock &clock,
           SyntheticMicrophone &microphone, const Options &options);

    // The counselor sets the mailbox up (through its screens), as on a new kiosk.
    bool setUp();
    // One simulated visitor; false when something went wrong (see failures()).
    bool runOne();
    // Every acknowledged record is in the database, counted table by table.
    bool verifyDatabase();

    const SoakCounts &counts() const { return m_counts; }
    const QStringList &failures() const { return m_failures; }
    int qmlWarnings() const { return m_qmlWarnings; }
    void noteQmlWarning(const QString &warning);

private:
    enum class Outcome { Done, Refused, Failed };
    using Screen = KioskController::Screen;
    // Rows in the tables a visitor writes to; the soak's counts add up to them.
    struct TableCounts {
        qint64 visits = 0, signedOutByChild = 0, moods = 0;
        qint64 callsByChild = 0, callsCancelled = 0, callsTalked = 0;
        qint64 letters = 0, lettersOpened = 0, replies = 0, repliesRead = 0;
        qint64 loans = 0, returned = 0, rated = 0, renewed = 0;
    };
    TableCounts tableCounts();

    // Time between visitors; after the room closes, the next afternoon.
    void passTime();
    // A tap: the app's event filter sees it (activity), then the call, then
    // the event loop runs so QML makes the new screen; deleted items go.
    template <typename Call> void tap(Call &&call);
    void settle();
    bool frame();
    bool expectScreen(Screen screen, const char *step);
    Outcome fail(const QString &what);
    Outcome backHome(Outcome outcome);
    void typeOnScanner(const QString &code); // a USB scanner: fast keys, then Enter
    qint64 count(const char *sql);
    qint64 count(const char *sql, const QString &arg);

    int pick(int n) { return int(m_random() % quint32(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    const Child &anyChild() { return m_children.at(pick(int(m_children.size()))); }

    Outcome signInOrOut();
    Outcome signInBySearch();
    Outcome signInByCard();
    Outcome searchOnly();
    Outcome afterFound(const Child &child, bool wasIn);
    Outcome openReply(const Child &child);
    Outcome findByPhoto(const Child &child, Screen next);
    Outcome bookCall();
    Outcome cancelCall();
    Outcome writeLetter();
    Outcome counselorReads();
    Outcome borrowBook();
    Outcome returnBook();
    Outcome browseShelf();
    Outcome teacherVisit();
    bool teacherSignsIn();

    KioskStore &m_store;
    AppContext &m_context;
    QQuickWindow &m_window;
    ManualClock &m_clock;
    SyntheticMicrophone &m_microphone;
    Options m_options;
    std::mt19937 m_random;
    QList<Child> m_children;
    QHash<QString, int> m_childIndex;
    QList<BookTitle> m_titles;
    QHash<QString, QList<int>> m_pictureCodes; // child id → the secret pictures they chose
    QStringList m_withCall; // children with a call booked by the soak, maybe past by now
    struct OpenLoan {
        QString childId;
        QString code;
    };
    QList<OpenLoan> m_openLoans;
    int m_lettersSinceCounselor = 0;
    qint64 m_keyTime = 0;
    Screen m_lastScreen = Screen::Home;
    QString m_operation; // what the current visitor is doing, for failure messages
    SoakCounts m_counts;
    QStringList m_failures;
    int m_qmlWarnings = 0;
    TableCounts m_before;
};

} // namespace soak
} // namespace qq
