#include "ui_soak.h"

#include "app_context.h"
#include "clock.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "microphone.h"
#include "pinyin.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMetaEnum>
#include <QQuickWindow>

#include <algorithm>
#include <array>

namespace qq::soak {
namespace {

const QString kPassphrase = QStringLiteral("the swallows come back in spring");
const QString kTeacherPin = QStringLiteral("1234");
// The room is open from half past three; the soak's visitors stop a little
// before closing time (18:30), and the next afternoon begins.
const QTime kAfternoon(15, 30);
const QTime kLastVisitor(18, 10);

constexpr std::array kLetterTexts = {
    "王老师，我想妈妈了。",       "今天考试考了一百分！",
    "奶奶的腿又疼了，我很担心。", "有同学笑我的鞋子，我不想去上学。",
    "爸爸说过年回来，是真的吗？", "我今天帮奶奶做饭了。",
    "晚上一个人睡觉有点害怕。",   "我交到一个新朋友，叫小雨。",
};
constexpr std::array kReplyTexts = {
    "谢谢你告诉我。周五下午来找我聊聊好吗？",
    "你真棒！妈妈知道了一定很高兴。",
    "别怕，老师和你一起想办法。",
};
// Syllables a child spells on the pinyin keyboard, each with candidates.
constexpr std::array kSpellings = {"mama", "baba", "nainai", "xiexie", "pengyou", "xuexiao", "kaixin"};

QString screenName(KioskController::Screen screen)
{
    return QString::fromLatin1(QMetaEnum::fromType<KioskController::Screen>().valueToKey(int(screen)));
}

} // namespace

UiSoak::UiSoak(KioskStore &store, AppContext &context, QQuickWindow &window, ManualClock &clock,
               SyntheticMicrophone &microphone, const Options &options)
    : m_store(store),
      m_context(context),
      m_window(window),
      m_clock(clock),
      m_microphone(microphone),
      m_options(options),
      m_random(options.seed)
{
}

void UiSoak::noteQmlWarning(const QString &warning)
{
    ++m_qmlWarnings;
    m_failures
        << QStringLiteral("operation %1 (%2): QML warning: %3").arg(m_counts.operations).arg(m_operation, warning);
}

qint64 UiSoak::count(const char *sql)
{
    Statement stmt = m_store.db().prepare(sql);
    return stmt.step() ? stmt.int64(0) : -1;
}

qint64 UiSoak::count(const char *sql, const QString &arg)
{
    Statement stmt = m_store.db().prepare(sql);
    stmt.bind(1, arg);
    return stmt.step() ? stmt.int64(0) : -1;
}

void UiSoak::settle()
{
    // What returning to the kiosk's event loop does after a tap: queued
    // signals, the Loader's new screen, the old one's deferred deletion.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const Screen now = m_context.kiosk().screen();
    if (now != m_lastScreen) {
        ++m_counts.screens;
        m_lastScreen = now;
    }
}

template <typename Call> void UiSoak::tap(Call &&call)
{
    // The app's event filter sees every touch: the kiosk is not idle.
    QKeyEvent touch(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
    QCoreApplication::sendEvent(&m_window, &touch);
    call();
    settle();
    // Now and then a frame of whatever screen this tap led to.
    if (pick(m_options.framesEvery * 4) == 0)
        frame();
}

bool UiSoak::frame()
{
    // Photos and covers arrive from the image providers' threads.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QImage image = m_window.grabWindow();
    if (image.isNull()) {
        m_failures << QStringLiteral("operation %1 (%2): no frame rendered").arg(m_counts.operations).arg(m_operation);
        return false;
    }
    ++m_counts.frames;
    return true;
}

bool UiSoak::expectScreen(Screen screen, const char *step)
{
    const Screen shown = m_context.kiosk().screen();
    if (shown == screen)
        return true;
    const KioskController &kiosk = m_context.kiosk();
    QString why = kiosk.errorMessage().isEmpty() ? kiosk.message() : kiosk.errorMessage();
    m_failures << QStringLiteral("operation %1 (%2): after %3 the screen is %4, not %5%6")
                      .arg(m_counts.operations)
                      .arg(m_operation, QString::fromLatin1(step), screenName(shown), screenName(screen),
                           why.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(why));
    return false;
}

UiSoak::Outcome UiSoak::fail(const QString &what)
{
    m_failures << QStringLiteral("operation %1 (%2): %3").arg(m_counts.operations).arg(m_operation, what);
    return Outcome::Failed;
}

UiSoak::Outcome UiSoak::backHome(Outcome outcome)
{
    if (m_context.kiosk().screen() != Screen::Home)
        tap([&] { m_context.kiosk().goHome(); });
    return outcome;
}

void UiSoak::typeOnScanner(const QString &code)
{
    // A USB scanner is a keyboard that types a whole code in a few
    // milliseconds; people type far slower. The wedge tells them apart by time.
    m_keyTime += 5000;
    auto key = [&](int keyCode, const QString &text) {
        m_keyTime += 6;
        QKeyEvent press(QEvent::KeyPress, keyCode, Qt::NoModifier, text);
        press.setTimestamp(quint64(m_keyTime));
        QCoreApplication::sendEvent(&m_window, &press);
        QKeyEvent release(QEvent::KeyRelease, keyCode, Qt::NoModifier, text);
        release.setTimestamp(quint64(m_keyTime + 2));
        QCoreApplication::sendEvent(&m_window, &release);
    };
    for (const QChar c : code)
        key(c.toUpper().unicode(), QString(c));
    key(Qt::Key_Return, QStringLiteral("\r"));
    settle();
}

void UiSoak::passTime()
{
    m_clock.advance((20 + pick(41)) * 1000LL);
    const QTimeZone zone = m_store.settings().timeZone();
    const QDateTime now = toLocal(m_clock.nowMs(), zone);
    if (now.time() >= kLastVisitor)
        m_clock.advance(localMs(now.date().addDays(1), kAfternoon, zone) - m_clock.nowMs());
    // The kiosk's timers, in the soak's time: idle and closing time, the call ahead.
    m_context.kiosk().tick();
    m_context.calls().tick();
    settle();
    // The announcement may also come from the controller's own timer, at a
    // moment that depends on the machine's speed: it draws no random numbers,
    // so a seed plays the same visitors everywhere.
    if (!m_context.calls().announcement().isEmpty()) {
        ++m_counts.announcements;
        frame();
        QKeyEvent touch(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(&m_window, &touch);
        m_context.calls().dismissAnnouncement();
        settle();
    }
}

bool UiSoak::setUp()
{
    m_operation = QStringLiteral("set-up");
    m_children = m_store.roster().allChildren();
    for (int i = 0; i < m_children.size(); ++i)
        m_childIndex.insert(m_children.at(i).id, i);
    m_titles = m_store.library().titles();
    if (m_children.isEmpty() || m_titles.isEmpty()) {
        fail(QStringLiteral("the school has no children or no books"));
        return false;
    }
    settle();
    MailController &mail = m_context.mail();
    if (!mail.ready()) {
        if (!teacherSignsIn())
            return false;
        tap([&] { mail.openCounselor(); });
        if (!expectScreen(Screen::MailSetup, "openCounselor"))
            return false;
        tap([&] { mail.setUp(QStringLiteral("王老师"), kPassphrase, kPassphrase); });
        if (!expectScreen(Screen::MailRecovery, "setUp") || mail.recoveryCode().isEmpty())
            return false;
        tap([&] { mail.recoveryCodeWritten(); });
        backHome(Outcome::Done);
    }
    // What was there before the soak (a reused data folder): the checks count on top.
    m_before = tableCounts();
    return m_failures.isEmpty();
}

UiSoak::TableCounts UiSoak::tableCounts()
{
    TableCounts t;
    t.visits = count("SELECT count(*) FROM visits");
    t.signedOutByChild = count("SELECT count(*) FROM visits WHERE signed_out_by = 'child'");
    t.moods = count("SELECT count(*) FROM moods");
    t.callsByChild = count("SELECT count(*) FROM call_bookings WHERE source = 'child'");
    t.callsCancelled = count("SELECT count(*) FROM call_bookings WHERE status = 'cancelled'");
    t.callsTalked = count("SELECT count(*) FROM call_bookings WHERE status = 'talked'");
    t.letters = count("SELECT count(*) FROM letters");
    t.lettersOpened = count("SELECT count(*) FROM letters WHERE opened = 1");
    t.replies = count("SELECT count(*) FROM letter_replies");
    t.repliesRead = count("SELECT count(*) FROM letter_replies WHERE read_at IS NOT NULL");
    t.loans = count("SELECT count(*) FROM loans");
    t.returned = count("SELECT count(*) FROM loans WHERE ended_how = 'returned'");
    t.rated = count("SELECT count(*) FROM loans WHERE rating IS NOT NULL");
    t.renewed = count("SELECT coalesce(sum(renewals), 0) FROM loans");
    return t;
}

bool UiSoak::verifyDatabase()
{
    m_operation = QStringLiteral("database check");
    const TableCounts now = tableCounts();
    const TableCounts &b = m_before;
    const SoakCounts &c = m_counts;
    bool ok = true;
    auto check = [&](const char *what, qint64 found, qint64 expected) {
        if (found != expected) {
            fail(QStringLiteral("%1: %2 in the database, %3 acknowledged")
                     .arg(QLatin1String(what))
                     .arg(found)
                     .arg(expected));
            ok = false;
        }
    };
    check("visits", now.visits, b.visits + c.signIns);
    check("sign-outs by the child", now.signedOutByChild, b.signedOutByChild + c.signOuts);
    check("moods", now.moods, b.moods + c.moods);
    check("calls booked by children", now.callsByChild, b.callsByChild + c.callsBooked);
    check("calls cancelled", now.callsCancelled, b.callsCancelled + c.callsCancelled);
    check("calls marked talked", now.callsTalked, b.callsTalked + c.callsMarked);
    check("letters", now.letters, b.letters + c.lettersSent);
    check("letters opened", now.lettersOpened, b.lettersOpened + c.lettersRead);
    check("replies", now.replies, b.replies + c.repliesSent);
    check("replies read", now.repliesRead, b.repliesRead + c.repliesOpened);
    check("loans", now.loans, b.loans + c.loans);
    check("returns", now.returned, b.returned + c.returns);
    check("ratings", now.rated, b.rated + c.ratings);
    check("renewals", now.renewed, b.renewed + c.renewals);
    return ok;
}

bool UiSoak::runOne()
{
    ++m_counts.operations;
    const int failuresBefore = int(m_failures.size());
    m_operation = QStringLiteral("between visitors");
    passTime();
    Outcome outcome = Outcome::Done;
    const int roll = pick(100);
    if (m_lettersSinceCounselor >= m_options.counselorEvery)
        outcome = counselorReads();
    else if (roll < 36)
        outcome = signInOrOut();
    else if (roll < 44)
        outcome = signInBySearch();
    else if (roll < 48)
        outcome = signInByCard();
    else if (roll < 51)
        outcome = searchOnly();
    else if (roll < 59)
        outcome = bookCall();
    else if (roll < 62)
        outcome = m_withCall.isEmpty() ? bookCall() : cancelCall();
    else if (roll < 72)
        outcome = writeLetter();
    else if (roll < 83)
        outcome = borrowBook();
    else if (roll < 94)
        outcome = m_openLoans.isEmpty() ? borrowBook() : returnBook();
    else if (roll < 97)
        outcome = browseShelf();
    else
        outcome = teacherVisit();

    KioskController &kiosk = m_context.kiosk();
    if (outcome != Outcome::Failed && !kiosk.errorMessage().isEmpty())
        outcome = fail(QStringLiteral("an error was shown: %1").arg(kiosk.errorMessage()));
    if (outcome != Outcome::Failed && kiosk.screen() != Screen::Home)
        outcome = fail(QStringLiteral("the visitor left the kiosk on %1").arg(screenName(kiosk.screen())));
    if (outcome == Outcome::Failed) {
        // As the duty teacher would: close the message, back to the start.
        kiosk.dismissError();
        kiosk.goHome();
        settle();
    }
    if (m_counts.operations % m_options.framesEvery == 0)
        frame();
    if (outcome == Outcome::Refused)
        ++m_counts.refused;
    const bool ok = outcome != Outcome::Failed && m_failures.size() == failuresBefore;
    if (!ok)
        ++m_counts.failed;
    return ok;
}

UiSoak::Outcome UiSoak::findByPhoto(const Child &child, Screen next)
{
    KioskController &kiosk = m_context.kiosk();
    tap([&] { kiosk.chooseClass(child.classId); });
    if (!expectScreen(Screen::Photos, "chooseClass"))
        return backHome(Outcome::Failed);
    // The child finds their own photo on the grid the QML shows.
    bool onGrid = false;
    ChildGridModel &grid = *kiosk.children();
    for (int row = 0; row < grid.rowCount() && !onGrid; ++row)
        onGrid = grid.index(row).data(ChildGridModel::ChildIdRole).toString() == child.id;
    if (!onGrid)
        return backHome(fail(QStringLiteral("%1 is not on the class's photo grid").arg(child.name)));
    tap([&] { kiosk.chooseChild(child.id); });
    if (!expectScreen(next, "chooseChild"))
        return backHome(Outcome::Failed);
    return Outcome::Done;
}

UiSoak::Outcome UiSoak::signInOrOut()
{
    m_operation = QStringLiteral("sign in or out");
    // About half the visitors are leaving: one of those in the room now.
    QStringList inRoom;
    Statement open = m_store.db().prepare("SELECT child_id FROM visits WHERE signed_out_at IS NULL ORDER BY child_id");
    while (open.step())
        inRoom << open.text(0);
    const Child &child = !inRoom.isEmpty() && chance(50)
        ? m_children.at(m_childIndex.value(inRoom.at(pick(int(inRoom.size())))))
        : anyChild();
    const bool wasIn = count("SELECT count(*) FROM visits WHERE child_id = ? AND signed_out_at IS NULL", child.id) > 0;
    tap([&] { m_context.kiosk().startSignIn(); });
    if (!expectScreen(Screen::Classes, "startSignIn"))
        return backHome(Outcome::Failed);
    if (const Outcome found = findByPhoto(child, Screen::Greeting); found != Outcome::Done)
        return found;
    return afterFound(child, wasIn);
}

UiSoak::Outcome UiSoak::signInBySearch()
{
    m_operation = QStringLiteral("sign in by name");
    KioskController &kiosk = m_context.kiosk();
    const Child &child = anyChild();
    const bool wasIn = count("SELECT count(*) FROM visits WHERE child_id = ? AND signed_out_at IS NULL", child.id) > 0;
    tap([&] { kiosk.startSignIn(); });
    tap([&] { kiosk.openSearch(); });
    if (!expectScreen(Screen::Search, "openSearch"))
        return backHome(Outcome::Failed);
    const QString initials = Pinyin::instance().initials(child.name);
    for (const QChar letter : initials) {
        tap([&] { kiosk.typeText(QString(letter)); });
        if (chance(10)) { // a wrong key, taken back
            tap([&] { kiosk.typeText(QStringLiteral("q")); });
            tap([&] { kiosk.backspace(); });
        }
    }
    if (kiosk.searchText() != initials)
        return backHome(
            fail(QStringLiteral("typed \"%1\", the search shows \"%2\"").arg(initials, kiosk.searchText())));
    bool found = false;
    ChildGridModel &results = *kiosk.searchResults();
    for (int row = 0; row < results.rowCount() && !found; ++row)
        found = results.index(row).data(ChildGridModel::ChildIdRole).toString() == child.id;
    ++m_counts.bySearch;
    if (found) {
        tap([&] { kiosk.chooseChild(child.id); });
        if (!expectScreen(Screen::Greeting, "chooseChild from the search"))
            return backHome(Outcome::Failed);
    } else {
        // Too many share these letters (the list shows 30): the class and photo, then.
        if (results.rowCount() < KioskController::kMaxSearchResults)
            return backHome(fail(
                QStringLiteral("%1 (%2) is not among %3 results").arg(child.name, initials).arg(results.rowCount())));
        tap([&] { kiosk.back(); });
        if (!expectScreen(Screen::Classes, "back from the search"))
            return backHome(Outcome::Failed);
        if (const Outcome photo = findByPhoto(child, Screen::Greeting); photo != Outcome::Done)
            return photo;
    }
    return afterFound(child, wasIn);
}

UiSoak::Outcome UiSoak::signInByCard()
{
    m_operation = QStringLiteral("sign in by card");
    const Child &child = anyChild();
    if (child.cardCode.isEmpty())
        return signInOrOut();
    const bool wasIn = count("SELECT count(*) FROM visits WHERE child_id = ? AND signed_out_at IS NULL", child.id) > 0;
    typeOnScanner(child.cardCode);
    // The wedge may wait a moment for the end of the code.
    QElapsedTimer waited;
    waited.start();
    while (m_context.kiosk().screen() == Screen::Home && waited.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    settle();
    if (!expectScreen(Screen::Greeting, "a card on the USB scanner"))
        return backHome(Outcome::Failed);
    ++m_counts.byCard;
    return afterFound(child, wasIn);
}

UiSoak::Outcome UiSoak::searchOnly()
{
    m_operation = QStringLiteral("a search, given up");
    KioskController &kiosk = m_context.kiosk();
    tap([&] { kiosk.startSignIn(); });
    tap([&] { kiosk.openSearch(); });
    if (!expectScreen(Screen::Search, "openSearch"))
        return backHome(Outcome::Failed);
    const int letters = 1 + pick(3);
    for (int i = 0; i < letters; ++i)
        tap([&] { kiosk.typeText(QString(QChar(u'a' + pick(26)))); });
    tap([&] { kiosk.backspace(); });
    if (chance(50))
        tap([&] { kiosk.clearSearch(); });
    tap([&] { kiosk.back(); });
    if (!expectScreen(Screen::Classes, "back from the search"))
        return backHome(Outcome::Failed);
    tap([&] { kiosk.back(); });
    if (!expectScreen(Screen::Home, "back from the classes"))
        return backHome(Outcome::Failed);
    ++m_counts.searchesOnly;
    return Outcome::Done;
}

UiSoak::Outcome UiSoak::afterFound(const Child &child, bool wasIn)
{
    KioskController &kiosk = m_context.kiosk();
    const auto greeting = kiosk.greeting();
    const qint64 stillIn = count("SELECT count(*) FROM visits WHERE child_id = ? AND signed_out_at IS NULL", child.id);
    if (wasIn) {
        if (greeting != KioskController::GreetingKind::Goodbye || stillIn != 0)
            return backHome(fail(QStringLiteral("%1 was in the room: greeting %2, %3 open visits after")
                                     .arg(child.name)
                                     .arg(int(greeting))
                                     .arg(stillIn)));
        ++m_counts.signOuts;
        tap([&] { kiosk.continueAfterGreeting(); });
        return expectScreen(Screen::Home, "goodbye") ? Outcome::Done : backHome(Outcome::Failed);
    }
    if ((greeting != KioskController::GreetingKind::Welcome && greeting != KioskController::GreetingKind::Birthday)
        || stillIn != 1)
        return backHome(fail(QStringLiteral("%1 came in: greeting %2, %3 open visits after")
                                 .arg(child.name)
                                 .arg(int(greeting))
                                 .arg(stillIn)));
    ++m_counts.signIns;
    if (kiosk.replyWaiting() && m_pictureCodes.contains(child.id) && chance(85))
        return openReply(child);
    tap([&] { kiosk.continueAfterGreeting(); });
    if (!expectScreen(Screen::Mood, "continueAfterGreeting"))
        return backHome(Outcome::Failed);
    const int mood = pick(6); // 0: the child skips
    const qint64 before = count("SELECT count(*) FROM moods WHERE child_id = ?", child.id);
    tap([&] { kiosk.chooseMood(mood); });
    if (!expectScreen(Screen::Home, "chooseMood"))
        return backHome(Outcome::Failed);
    const qint64 after = count("SELECT count(*) FROM moods WHERE child_id = ?", child.id);
    if (after != before + (mood > 0 ? 1 : 0))
        return fail(QStringLiteral("mood %1 acknowledged, %2 moods stored before and %3 after")
                        .arg(mood)
                        .arg(before)
                        .arg(after));
    if (mood > 0)
        ++m_counts.moods;
    return Outcome::Done;
}

UiSoak::Outcome UiSoak::openReply(const Child &child)
{
    m_operation = QStringLiteral("open an answer");
    MailController &mail = m_context.mail();
    tap([&] { m_context.kiosk().openReply(); });
    if (!expectScreen(Screen::MailPictures, "openReply") || mail.pictureStep() != MailController::PictureStep::Open)
        return backHome(Outcome::Failed);
    const qint64 unreadBefore =
        count("SELECT count(*) FROM letter_replies r JOIN child_reply_tags t ON t.tag = r.reply_tag "
              "WHERE t.child_id = ? AND r.read_at IS NULL", child.id);
    for (const int picture : m_pictureCodes.value(child.id))
        tap([&] { mail.tapPicture(picture); });
    if (!expectScreen(Screen::MailReply, "the secret pictures") || mail.childReplies()->rowCount() == 0)
        return backHome(Outcome::Failed);
    const qint64 unreadAfter =
        count("SELECT count(*) FROM letter_replies r JOIN child_reply_tags t ON t.tag = r.reply_tag "
              "WHERE t.child_id = ? AND r.read_at IS NULL", child.id);
    if (unreadAfter != 0)
        return backHome(fail(QStringLiteral("answers opened, %1 still unread").arg(unreadAfter)));
    m_counts.repliesOpened += int(unreadBefore);
    return backHome(Outcome::Done);
}

UiSoak::Outcome UiSoak::bookCall()
{
    m_operation = QStringLiteral("book a call");
    CallController &calls = m_context.calls();
    const Child &child = anyChild();
    tap([&] { calls.open(); });
    if (!expectScreen(Screen::Calls, "Calls.open"))
        return backHome(Outcome::Failed);
    tap([&] { calls.bookMine(); });
    if (!expectScreen(Screen::Classes, "bookMine") || !m_context.kiosk().pickingForCall())
        return backHome(Outcome::Failed);
    if (const Outcome found = findByPhoto(child, Screen::CallWho); found != Outcome::Done)
        return found;
    if (!calls.myCallId().isEmpty()) {
        if (!m_withCall.contains(child.id))
            m_withCall << child.id;
        return backHome(Outcome::Refused); // one call at a time: the child sees theirs
    }
    CallChoiceModel &people = *calls.people();
    if (people.rowCount() == 0)
        return backHome(fail(QStringLiteral("%1 has no one to call").arg(child.name)));
    const QString contactId = people.index(pick(people.rowCount())).data(CallChoiceModel::KeyRole).toString();
    tap([&] { calls.choosePerson(contactId); });
    if (!expectScreen(Screen::CallSlots, "choosePerson"))
        return backHome(Outcome::Failed);
    if (calls.times()->rowCount() == 0) {
        // The month's calls are used up, or the parent answers only when the room is shut.
        if (calls.whyNone().isEmpty())
            return backHome(fail(QStringLiteral("no times offered and no reason given")));
        return backHome(Outcome::Refused);
    }
    tap([&] { calls.chooseTime(pick(calls.times()->rowCount())); });
    if (!expectScreen(Screen::CallConfirm, "chooseTime"))
        return backHome(Outcome::Failed);
    const char *booked =
        "SELECT count(*) FROM call_bookings WHERE child_id = ? AND status = 'booked' AND source = 'child'";
    const qint64 before = count(booked, child.id);
    tap([&] { calls.confirm(); });
    if (m_context.kiosk().screen() == Screen::CallSlots)
        return backHome(Outcome::Refused); // taken meanwhile: fresh times shown
    if (!expectScreen(Screen::CallBooked, "confirm"))
        return backHome(Outcome::Failed);
    if (count(booked, child.id) != before + 1)
        return backHome(fail(QStringLiteral("\"booked\" shown, no booking stored")));
    ++m_counts.callsBooked;
    m_withCall << child.id;
    tap([&] { calls.back(); });
    return backHome(Outcome::Done);
}

UiSoak::Outcome UiSoak::cancelCall()
{
    m_operation = QStringLiteral("cancel a call");
    CallController &calls = m_context.calls();
    const QString childId = m_withCall.takeAt(pick(int(m_withCall.size())));
    const Child &child = m_children.at(m_childIndex.value(childId));
    tap([&] { calls.open(); });
    tap([&] { calls.bookMine(); });
    if (!expectScreen(Screen::Classes, "bookMine"))
        return backHome(Outcome::Failed);
    if (const Outcome found = findByPhoto(child, Screen::CallWho); found != Outcome::Done)
        return found;
    const QString bookingId = calls.myCallId();
    if (bookingId.isEmpty())
        return backHome(Outcome::Refused); // the call is over already
    tap([&] { calls.cancelMine(); });
    if (count("SELECT count(*) FROM call_bookings WHERE id = ? AND status = 'cancelled'", bookingId) != 1)
        return backHome(fail(QStringLiteral("\"cancelled\" shown, the booking is not")));
    ++m_counts.callsCancelled;
    if (!calls.myCallId().isEmpty())
        m_withCall << child.id; // another call of theirs still ahead
    return backHome(Outcome::Done);
}

UiSoak::Outcome UiSoak::writeLetter()
{
    m_operation = QStringLiteral("write a letter");
    MailController &mail = m_context.mail();
    tap([&] { mail.open(); });
    if (!expectScreen(Screen::MailWho, "Mail.open"))
        return backHome(Outcome::Failed);
    const bool named = chance(75);
    const Child &child = anyChild();
    if (named) {
        tap([&] { mail.writeWithName(); });
        if (!expectScreen(Screen::Classes, "writeWithName"))
            return backHome(Outcome::Failed);
        if (const Outcome found = findByPhoto(child, Screen::MailWrite); found != Outcome::Done)
            return found;
        if (mail.writerName() != child.name)
            return backHome(
                fail(QStringLiteral("writing as %1, the letter says %2").arg(child.name, mail.writerName())));
    } else {
        tap([&] { mail.writeWithoutName(); });
        if (!expectScreen(Screen::MailWrite, "writeWithoutName"))
            return backHome(Outcome::Failed);
    }
    tap([&] { mail.typeText(QString::fromUtf8(kLetterTexts[size_t(pick(int(kLetterTexts.size())))])); });
    if (chance(30)) {
        PinyinComposer &pinyin = *mail.pinyin();
        for (const QChar letter : QString::fromLatin1(kSpellings[size_t(pick(int(kSpellings.size())))]))
            tap([&] { pinyin.typeLetter(QString(letter)); });
        if (pinyin.candidates().isEmpty())
            return backHome(fail(QStringLiteral("pinyin gave no characters")));
        tap([&] { pinyin.chooseCandidate(0); });
    }
    if (chance(70))
        tap([&] { mail.setFeeling(1 + pick(5)); });
    if (chance(20)) {
        tap([&] { mail.openRecorder(); });
        if (!expectScreen(Screen::MailRecord, "openRecorder"))
            return backHome(Outcome::Failed);
        tap([&] { mail.startRecording(); });
        m_microphone.emitSeconds(2 + pick(9));
        tap([&] { mail.stopRecording(); });
        if (!mail.hasVoice())
            return backHome(fail(QStringLiteral("a recording was made, none kept: %1").arg(mail.voiceProblem())));
        ++m_counts.lettersWithVoice;
    }
    const qint64 before = count("SELECT count(*) FROM letters");
    tap([&] { mail.send(); });
    if (m_context.kiosk().screen() == Screen::MailPictures) {
        // A first named letter: three secret pictures, twice (sometimes wrong the second time).
        QList<int> code;
        while (code.size() < 3) {
            const int picture = pick(9);
            if (!code.contains(picture))
                code << picture;
        }
        for (const int picture : code)
            tap([&] { mail.tapPicture(picture); });
        if (mail.pictureStep() != MailController::PictureStep::Confirm)
            return backHome(fail(QStringLiteral("three pictures chosen, not asked to confirm")));
        if (chance(10)) {
            for (const int picture : {code.at(1), code.at(0), code.at(2)})
                tap([&] { mail.tapPicture(picture); });
            if (mail.pictureStep() != MailController::PictureStep::Choose)
                return backHome(fail(QStringLiteral("different pictures the second time were taken")));
            for (const int picture : code)
                tap([&] { mail.tapPicture(picture); });
        }
        for (const int picture : code)
            tap([&] { mail.tapPicture(picture); });
        m_pictureCodes.insert(child.id, code);
    }
    if (!expectScreen(Screen::MailSent, "send"))
        return backHome(Outcome::Failed);
    if (count("SELECT count(*) FROM letters") != before + 1)
        return backHome(fail(QStringLiteral("\"sent\" shown, no letter stored")));
    ++m_counts.lettersSent;
    ++m_lettersSinceCounselor;
    return backHome(Outcome::Done);
}

bool UiSoak::teacherSignsIn()
{
    tap([&] { m_context.kiosk().openTeacher(); });
    if (!expectScreen(Screen::TeacherPin, "openTeacher"))
        return false;
    tap([&] { m_context.teacher().submitPin(kTeacherPin); });
    return expectScreen(Screen::TeacherRoom, "submitPin");
}

UiSoak::Outcome UiSoak::counselorReads()
{
    m_operation = QStringLiteral("the counselor reads");
    m_lettersSinceCounselor = 0;
    MailController &mail = m_context.mail();
    if (!teacherSignsIn())
        return backHome(Outcome::Failed);
    tap([&] { mail.openCounselor(); });
    if (!expectScreen(Screen::MailUnlock, "openCounselor"))
        return backHome(Outcome::Failed);
    tap([&] { mail.unlock(kPassphrase); });
    if (!mail.unlocked() || !expectScreen(Screen::MailInbox, "unlock"))
        return backHome(fail(QStringLiteral("the mailbox did not open: %1").arg(mail.counselorProblem())));
    ++m_counts.counselorVisits;
    // Newest first, a few at a sitting.
    QStringList unopened;
    InboxModel &inbox = *mail.inbox();
    for (int row = 0; row < inbox.rowCount() && unopened.size() < 5; ++row) {
        const QModelIndex index = inbox.index(row);
        if (!index.data(InboxModel::OpenedRole).toBool())
            unopened << index.data(InboxModel::LetterIdRole).toString();
    }
    for (const QString &letterId : std::as_const(unopened)) {
        tap([&] { mail.openLetter(letterId); });
        if (!expectScreen(Screen::MailLetter, "openLetter"))
            return backHome(Outcome::Failed);
        if (mail.letterText().isEmpty() && !mail.letterHasVoice())
            return backHome(fail(QStringLiteral("an empty letter was opened")));
        if (count("SELECT count(*) FROM letters WHERE id = ? AND opened = 1", letterId) != 1)
            return backHome(fail(QStringLiteral("a letter was read, not marked opened")));
        ++m_counts.lettersRead;
        if (chance(15))
            tap([&] { mail.setFollowUp(true); });
        if (mail.letterCanReply() && chance(60)) {
            const qint64 before = count("SELECT count(*) FROM letter_replies");
            tap([&] { mail.typeReply(QString::fromUtf8(kReplyTexts[size_t(pick(int(kReplyTexts.size())))])); });
            tap([&] { mail.sendReply(); });
            if (count("SELECT count(*) FROM letter_replies") != before + 1 || !mail.replyDraft().isEmpty())
                return backHome(fail(QStringLiteral("an answer was sent, not stored")));
            ++m_counts.repliesSent;
        }
        tap([&] { mail.showInbox(); });
    }
    if (chance(30)) {
        tap([&] { mail.showCare(); });
        if (!expectScreen(Screen::MailCare, "showCare"))
            return backHome(Outcome::Failed);
    }
    tap([&] { mail.lock(); });
    if (mail.unlocked())
        return backHome(fail(QStringLiteral("the mailbox stayed open after leaving")));
    return backHome(Outcome::Done);
}

UiSoak::Outcome UiSoak::teacherVisit()
{
    m_operation = QStringLiteral("the duty teacher");
    if (!teacherSignsIn())
        return backHome(Outcome::Failed);
    ++m_counts.teacherVisits;
    TeacherController &teacher = m_context.teacher();
    tap([&] { teacher.refresh(); });
    const qint64 inRoom = count("SELECT count(*) FROM visits WHERE signed_out_at IS NULL");
    if (teacher.inRoomCount() != inRoom)
        return backHome(
            fail(QStringLiteral("the room list shows %1 children, %2 are in").arg(teacher.inRoomCount()).arg(inRoom)));
    CallController &calls = m_context.calls();
    tap([&] { calls.openDay(); });
    if (!expectScreen(Screen::CallDay, "openDay"))
        return backHome(Outcome::Failed);
    CallListModel &day = *calls.day();
    for (int row = 0; row < day.rowCount(); ++row) {
        const QModelIndex index = day.index(row);
        if (index.data(CallListModel::PastRole).toBool()
            && index.data(CallListModel::StatusRole).toString() == QLatin1String("booked")) {
            const QString bookingId = index.data(CallListModel::BookingIdRole).toString();
            tap([&] { calls.mark(bookingId, QStringLiteral("talked"), 5 + pick(10)); });
            if (count("SELECT count(*) FROM call_bookings WHERE id = ? AND status = 'talked'", bookingId) != 1)
                return backHome(fail(QStringLiteral("a call marked talked was not stored")));
            ++m_counts.callsMarked;
            break;
        }
    }
    tap([&] { calls.back(); });
    if (!expectScreen(Screen::TeacherRoom, "back from the day"))
        return backHome(Outcome::Failed);
    tap([&] { m_context.library().openOverdue(); });
    if (!expectScreen(Screen::LibraryOverdue, "openOverdue"))
        return backHome(Outcome::Failed);
    tap([&] { teacher.leave(); });
    return expectScreen(Screen::Home, "leave") ? Outcome::Done : backHome(Outcome::Failed);
}

UiSoak::Outcome UiSoak::borrowBook()
{
    m_operation = QStringLiteral("borrow a book");
    LibraryController &library = m_context.library();
    const Child &child = anyChild();
    tap([&] { library.open(); });
    if (!expectScreen(Screen::Library, "Library.open"))
        return backHome(Outcome::Failed);
    tap([&] { library.startBorrow(); });
    if (!expectScreen(Screen::Classes, "startBorrow"))
        return backHome(Outcome::Failed);
    if (const Outcome found = findByPhoto(child, Screen::LibraryShelf); found != Outcome::Done)
        return found;
    // A free copy of a title, as the child holds it: its sticker.
    auto freeCopy = [&](const QString &titleId) -> QString {
        for (const BookCopy &copy : m_store.library().copies(titleId))
            if (copy.state == CopyState::Shelf && copy.borrowerId.isEmpty())
                return copy.code;
        return {};
    };
    auto scan = [&](const QString &code) {
        if (chance(30))
            typeOnScanner(code);
        else
            tap([&] { library.codeScanned(code); }); // the camera read it
    };
    const BookTitle &title = m_titles.at(pick(int(m_titles.size())));
    const int way = pick(3);
    if (way == 0) { // a cover on the shelf
        TitleListModel &shelf = *library.shelf();
        if (shelf.rowCount() == 0)
            return backHome(fail(QStringLiteral("the shelf is empty")));
        const QString titleId = shelf.index(pick(shelf.rowCount())).data(TitleListModel::TitleIdRole).toString();
        tap([&] { library.pickTitle(titleId); });
        if (m_context.kiosk().screen() == Screen::LibraryShelf)
            return backHome(Outcome::Refused); // every copy is out
        if (library.needsSticker()) {
            const QString code = freeCopy(titleId);
            scan(code);
        }
    } else if (way == 1) { // the title's first letters
        const QString query = Pinyin::instance().initials(title.title).left(3);
        tap([&] { library.setShelfQuery(query); });
        TitleListModel &shelf = *library.shelf();
        QString titleId;
        for (int row = 0; row < shelf.rowCount() && titleId.isEmpty(); ++row)
            if (shelf.index(row).data(TitleListModel::TitleIdRole).toString() == title.id)
                titleId = title.id;
        if (titleId.isEmpty())
            return backHome(fail(QStringLiteral("《%1》 not found by \"%2\"").arg(title.title, query)));
        tap([&] { library.pickTitle(titleId); });
        if (m_context.kiosk().screen() == Screen::LibraryShelf)
            return backHome(Outcome::Refused);
        if (library.needsSticker())
            scan(freeCopy(titleId));
    } else { // the sticker straight away
        const QString code = freeCopy(title.id);
        if (code.isEmpty())
            return backHome(Outcome::Refused); // nothing of it on the shelf
        scan(code);
    }
    if (!expectScreen(Screen::LibraryConfirm, "choosing a book"))
        return backHome(Outcome::Failed);
    if (library.needsSticker())
        return backHome(fail(QStringLiteral("a sticker was shown, still asked for one")));
    const qint64 before = count("SELECT count(*) FROM loans WHERE child_id = ? AND ended_at IS NULL", child.id);
    tap([&] { library.confirmBorrow(); });
    if (m_context.kiosk().screen() == Screen::LibraryConfirm && !m_context.kiosk().message().isEmpty())
        return backHome(Outcome::Refused); // two books at home already, or one is late
    if (!expectScreen(Screen::LibraryBorrowed, "confirmBorrow"))
        return backHome(Outcome::Failed);
    Statement newest = m_store.db().prepare(
        "SELECT c.barcode, (SELECT count(*) FROM loans WHERE child_id = ?1 AND ended_at IS NULL) FROM loans l"
        " JOIN book_copies c ON c.id = l.copy_id WHERE l.child_id = ?1 AND l.ended_at IS NULL"
        " ORDER BY l.borrowed_at DESC LIMIT 1");
    newest.bind(1, child.id);
    if (!newest.step() || newest.int64(1) != before + 1)
        return backHome(fail(QStringLiteral("\"borrowed\" shown, no loan stored")));
    m_openLoans.append({child.id, newest.text(0)});
    ++m_counts.loans;
    tap([&] { library.done(); });
    return backHome(Outcome::Done);
}

UiSoak::Outcome UiSoak::returnBook()
{
    m_operation = QStringLiteral("return a book");
    LibraryController &library = m_context.library();
    // Most books come back in about the order they went out.
    const int which = chance(70) ? pick(std::min(5, int(m_openLoans.size()))) : pick(int(m_openLoans.size()));
    const OpenLoan loan = m_openLoans.takeAt(which);
    tap([&] { library.open(); });
    tap([&] { library.startReturn(); });
    if (!expectScreen(Screen::LibraryReturn, "startReturn"))
        return backHome(Outcome::Failed);
    if (chance(30))
        typeOnScanner(loan.code);
    else
        tap([&] { library.codeScanned(loan.code); });
    if (!expectScreen(Screen::LibraryReturned, "the sticker at the return") || library.returnedTitle().isEmpty())
        return backHome(Outcome::Failed);
    const char *open = "SELECT count(*) FROM loans l JOIN book_copies c ON c.id = l.copy_id"
                       " WHERE c.barcode = ? AND l.ended_at IS NULL";
    if (count(open, loan.code) != 0)
        return backHome(fail(QStringLiteral("\"returned\" shown, the loan is still open")));
    ++m_counts.returns;
    if (chance(60)) {
        const int stars = 1 + pick(5);
        tap([&] { library.rate(stars); });
        const char *rated = "SELECT l.rating FROM loans l JOIN book_copies c ON c.id = l.copy_id"
                            " WHERE c.barcode = ? ORDER BY l.ended_at DESC LIMIT 1";
        Statement stmt = m_store.db().prepare(rated);
        stmt.bind(1, loan.code);
        if (!stmt.step() || stmt.int64(0) != stars)
            return backHome(fail(QStringLiteral("%1 stars shown, not stored").arg(stars)));
        ++m_counts.ratings;
    }
    tap([&] { library.done(); });
    return backHome(Outcome::Done);
}

UiSoak::Outcome UiSoak::browseShelf()
{
    m_operation = QStringLiteral("look at the shelf");
    LibraryController &library = m_context.library();
    // Often a reader with a book at home, who may renew it.
    const Child &child = !m_openLoans.isEmpty() && chance(60)
        ? m_children.at(m_childIndex.value(m_openLoans.at(pick(int(m_openLoans.size()))).childId))
        : anyChild();
    tap([&] { library.open(); });
    tap([&] { library.startBorrow(); });
    if (!expectScreen(Screen::Classes, "startBorrow"))
        return backHome(Outcome::Failed);
    if (const Outcome found = findByPhoto(child, Screen::LibraryShelf); found != Outcome::Done)
        return found;
    for (int i = 0; i < 1 + pick(3); ++i)
        tap([&] { library.setShelfQuery(QString(QChar(u'a' + pick(26)))); });
    tap([&] { library.setShelfQuery({}); });
    LoanListModel &mine = *library.myLoans();
    for (int row = 0; row < mine.rowCount(); ++row) {
        const QModelIndex index = mine.index(row);
        if (index.data(LoanListModel::CanRenewRole).toBool() && chance(50)) {
            const QString loanId = index.data(LoanListModel::LoanIdRole).toString();
            const char *renewals = "SELECT renewals FROM loans WHERE id = ?";
            const qint64 before = count(renewals, loanId);
            tap([&] { library.renew(loanId); });
            if (count(renewals, loanId) != before + 1)
                return backHome(fail(QStringLiteral("a renewal was offered, not stored")));
            ++m_counts.renewals;
            break;
        }
    }
    ++m_counts.shelfBrowses;
    tap([&] { library.done(); });
    return backHome(Outcome::Done);
}

} // namespace qq::soak
