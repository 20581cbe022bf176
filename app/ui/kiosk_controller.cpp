#include "kiosk_controller.h"

#include "clock.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "user_messages.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "qinqing.kiosk")

namespace qq {
namespace {
KioskController *s_instance = nullptr;
constexpr qint64 kMessageMs = 4000;
constexpr qint64 kClosingCheckMs = 30'000;
} // namespace

KioskController::KioskController(KioskStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_lastActivityMs = m_store.clock().monotonicMs();
    guarded("classes", [this] { m_classes.reset(m_store.roster().classes()); });
    closeDueVisits();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &KioskController::tick);
    m_ticker.start();
}

KioskController *KioskController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void KioskController::setInstance(KioskController *instance)
{
    s_instance = instance;
}

QString KioskController::schoolName() const
{
    return m_store.settings().schoolName();
}

QString KioskController::todayText() const
{
    const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
    return QLocale().toString(today, tr("MMMM d, dddd"));
}

void KioskController::show(Screen screen)
{
    if (screen == Screen::Home || screen == Screen::TeacherRoom) {
        m_pickingForTeacher = false;
        m_pickingForCall = false;
        m_pickingForMail = false;
        m_pickingForLibrary = false;
    } else if (!m_message.isEmpty()) {
        // A note belongs to the screen it was said on.
        m_message.clear();
        emit messageChanged();
    }
    m_screen = screen;
    setCountdown(0);
    emit screenChanged();
}

void KioskController::reportStorageFailure(const char *what, const StorageError &error)
{
    qCWarning(lcKiosk) << what << "failed:" << error.detail;
    setErrorMessage(storageFailureMessage(error));
}

void KioskController::pickChildForCall()
{
    if (!guarded("class list", [this] { m_classes.reset(m_store.roster().classes()); }))
        return;
    show(Screen::Classes);
    m_pickingForTeacher = false;
    m_pickingForCall = true;
    m_pickingForMail = false;
    m_pickingForLibrary = false;
    emit screenChanged();
}

void KioskController::pickChildForMail()
{
    if (!guarded("class list", [this] { m_classes.reset(m_store.roster().classes()); }))
        return;
    show(Screen::Classes);
    m_pickingForTeacher = false;
    m_pickingForCall = false;
    m_pickingForMail = true;
    m_pickingForLibrary = false;
    emit screenChanged();
}

void KioskController::pickChildForLibrary()
{
    if (!guarded("class list", [this] { m_classes.reset(m_store.roster().classes()); }))
        return;
    show(Screen::Classes);
    m_pickingForTeacher = false;
    m_pickingForCall = false;
    m_pickingForMail = false;
    m_pickingForLibrary = true;
    emit screenChanged();
}

void KioskController::openReply()
{
    if (!m_childId.isEmpty())
        emit replyOpenRequested(m_childId);
}

void KioskController::startSignIn()
{
    m_pickingForTeacher = false;
    m_pickingForCall = false;
    m_pickingForMail = false;
    m_pickingForLibrary = false;
    if (guarded("class list", [this] { m_classes.reset(m_store.roster().classes()); }))
        show(Screen::Classes);
}

void KioskController::pickChildForTeacher()
{
    if (!guarded("class list", [this] { m_classes.reset(m_store.roster().classes()); }))
        return;
    show(Screen::Classes);
    m_pickingForTeacher = true;
    m_pickingForCall = false;
    m_pickingForMail = false;
    m_pickingForLibrary = false;
    emit screenChanged();
}

void KioskController::chooseClass(const QString &classId)
{
    guarded("photo grid", [&] {
        for (const SchoolClass &schoolClass : m_store.roster().classes()) {
            if (schoolClass.id == classId) {
                m_classId = classId;
                m_className = schoolClass.name;
                emit classChanged();
                reloadChildren();
                show(Screen::Photos);
                return;
            }
        }
        setErrorMessage(tr("This class is not on the roster any more. Please ask the duty teacher."));
    });
}

void KioskController::reloadChildren()
{
    QSet<QString> inRoom;
    for (const Visit &visit : m_store.visits().openVisits())
        inRoom.insert(visit.childId);
    m_children.reset(m_store.roster().childrenInClass(m_classId), inRoom);
}

void KioskController::chooseChild(const QString &childId)
{
    std::optional<Child> child;
    if (!guarded("child lookup", [&] { child = m_store.roster().child(childId); }))
        return;
    if (m_pickingForCall || m_pickingForMail || m_pickingForLibrary) {
        if (!child || !child->active) {
            setErrorMessage(tr("This child is not on the roster any more. Please ask the duty teacher."));
            return;
        }
        if (m_pickingForCall)
            emit childPickedForCall(childId);
        else if (m_pickingForMail)
            emit childPickedForMail(childId);
        else
            emit childPickedForLibrary(childId);
        return;
    }
    const VisitOutcome outcome = !child ? VisitOutcome{VisitOutcome::Status::UnknownChild, {}, {}}
        : m_pickingForTeacher           ? m_store.visits().signIn(childId, Actor::Teacher)
                                        : m_store.visits().toggle(childId);
    if (!outcome.ok() && outcome.status != VisitOutcome::Status::NotIn) {
        setErrorMessage(visitFailureMessage(outcome));
        return;
    }
    if (m_pickingForTeacher) {
        setMessage(outcome.status == VisitOutcome::Status::AlreadyIn ? tr("%1 is already in the room.").arg(child->name)
                                                                     : tr("%1 is signed in.").arg(child->name));
        show(Screen::TeacherRoom);
        emit childSignedInByTeacher();
        return;
    }
    const QTimeZone zone = m_store.settings().timeZone();
    const qint64 now = m_store.clock().nowMs();
    switch (outcome.status) {
    case VisitOutcome::Status::SignedIn:
        m_greeting =
            isBirthday(child->birthDate, localDate(now, zone)) ? GreetingKind::Birthday : GreetingKind::Welcome;
        break;
    case VisitOutcome::Status::SignedOut:
        m_greeting = GreetingKind::Goodbye;
        break;
    case VisitOutcome::Status::AlreadyIn:
        m_greeting = GreetingKind::AlreadyIn;
        break;
    default:
        m_greeting = GreetingKind::AlreadyOut;
        break;
    }
    m_childId = childId;
    m_visitId = outcome.visit.id;
    m_childName = child->name;
    m_childPhoto = photoUrl(childId);
    const qint64 at = m_greeting == GreetingKind::Goodbye || m_greeting == GreetingKind::AlreadyOut
        ? outcome.visit.signedOutAt.value_or(now)
        : outcome.visit.signedInAt;
    m_greetingTime = toLocal(at, zone).toString(QStringLiteral("HH:mm"));
    m_replyWaiting = false;
    m_booksThisTerm = 0;
    guarded("books read", [&] { m_booksThisTerm = m_store.library().booksReadThisTerm(childId); });
    if (m_greeting != GreetingKind::Goodbye && m_greeting != GreetingKind::AlreadyOut)
        guarded("replies waiting", [&] { m_replyWaiting = m_store.mailbox().unreadReplies(childId) > 0; });
    emit greetingChanged();
    m_children.setInRoom(childId, !outcome.visit.signedOutAt.has_value());
    show(Screen::Greeting);
}

void KioskController::continueAfterGreeting()
{
    if (m_greeting == GreetingKind::Welcome || m_greeting == GreetingKind::Birthday)
        show(Screen::Mood);
    else
        goHome();
}

void KioskController::chooseMood(int mood)
{
    if (mood >= 1 && mood <= 5) {
        const StorageError error = m_store.moods().record(m_childId, m_visitId, mood);
        if (error) {
            qCWarning(lcKiosk) << "mood not saved:" << error.detail;
            setErrorMessage(storageFailureMessage(error));
            return;
        }
        setMessage(tr("Thank you for telling us!"));
    }
    goHome();
}

void KioskController::openSearch()
{
    const bool ok = guarded("search index", [this] {
        m_searchable = m_store.roster().allChildren();
        QList<SearchEntry> entries;
        entries.reserve(m_searchable.size());
        for (const Child &child : std::as_const(m_searchable))
            entries.append({child.id, child.name});
        m_nameSearch.reset(entries);
        QHash<QString, QString> classNames;
        for (const SchoolClass &schoolClass : m_store.roster().classes())
            classNames.insert(schoolClass.id, schoolClass.name);
        m_searchResults.setClassNames(classNames);
    });
    if (!ok)
        return;
    m_searchText.clear();
    runSearch();
    show(Screen::Search);
}

void KioskController::typeText(const QString &text)
{
    setSearchText(m_searchText + text);
}

void KioskController::backspace()
{
    if (m_searchText.isEmpty())
        return;
    // One character, or one surrogate pair for a rare character.
    qsizetype cut = m_searchText.size() - 1;
    if (cut > 0 && m_searchText.at(cut).isLowSurrogate() && m_searchText.at(cut - 1).isHighSurrogate())
        --cut;
    setSearchText(m_searchText.left(cut));
}

void KioskController::clearSearch()
{
    setSearchText({});
}

void KioskController::setSearchText(const QString &text)
{
    // A name in pinyin is short; a stuck key or a pasted page must not be.
    const QString limited = text.left(40);
    if (limited == m_searchText)
        return;
    m_searchText = limited;
    runSearch();
}

void KioskController::runSearch()
{
    QList<Child> found;
    QSet<QString> inRoom;
    if (!m_searchText.trimmed().isEmpty()) {
        const QList<int> hits = m_nameSearch.search(m_searchText);
        for (int i = 0; i < hits.size() && i < kMaxSearchResults; ++i)
            found.append(m_searchable.at(hits.at(i)));
        guarded("search", [&] {
            for (const Visit &visit : m_store.visits().openVisits())
                inRoom.insert(visit.childId);
        });
    }
    m_searchResults.reset(found, inRoom);
    emit searchChanged();
}

void KioskController::openScan()
{
    show(Screen::Scan);
}

bool KioskController::acceptsCards() const
{
    switch (m_screen) {
    case Screen::Home:
    case Screen::Classes:
    case Screen::Photos:
    case Screen::Greeting:
    case Screen::Mood:
    case Screen::Search:
    case Screen::Scan:
        return m_errorMessage.isEmpty();
    default:
        return false;
    }
}

void KioskController::cardRead(const QString &code)
{
    if (!acceptsCards())
        return;
    userActivity();
    std::optional<Child> child;
    if (!guarded("card lookup", [&] { child = m_store.roster().childByCardCode(code); }))
        return;
    if (!child) {
        qCInfo(lcKiosk) << "a card not on the roster was shown";
        setErrorMessage(tr("This card is not on the roster. Please show it to the duty teacher."));
        return;
    }
    chooseChild(child->id);
}

void KioskController::unreadableCard(const QString &problem)
{
    if (!acceptsCards())
        return;
    qCInfo(lcKiosk) << "unreadable card:" << problem;
    setMessage(tr("That is not a Qinqing card. Please show your own card."));
}

void KioskController::back()
{
    switch (m_screen) {
    case Screen::Photos:
    case Screen::Search:
    case Screen::Scan:
        show(Screen::Classes);
        break;
    case Screen::Classes:
        if (m_pickingForCall) {
            show(Screen::Calls);
            break;
        }
        if (m_pickingForMail) {
            show(Screen::MailWho);
            break;
        }
        if (m_pickingForLibrary) {
            show(Screen::Library);
            break;
        }
        show(m_pickingForTeacher ? Screen::TeacherRoom : Screen::Home);
        break;
    default:
        goHome();
        break;
    }
}

void KioskController::goHome()
{
    m_pickingForTeacher = false;
    m_pickingForCall = false;
    m_pickingForMail = false;
    m_pickingForLibrary = false;
    m_childId.clear();
    m_visitId.clear();
    show(Screen::Home);
}

void KioskController::openTeacher()
{
    show(Screen::TeacherPin);
}

void KioskController::comingSoon()
{
    setMessage(tr("Coming soon!"));
}

void KioskController::setMessage(const QString &message)
{
    m_messageUntilMs = m_store.clock().monotonicMs() + kMessageMs;
    if (m_message != message) {
        m_message = message;
        emit messageChanged();
    }
}

void KioskController::setErrorMessage(const QString &message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void KioskController::dismissError()
{
    setErrorMessage({});
    userActivity();
}

void KioskController::userActivity()
{
    m_lastActivityMs = m_store.clock().monotonicMs();
    setCountdown(0);
}

void KioskController::setCountdown(int seconds)
{
    if (m_countdown != seconds) {
        m_countdown = seconds;
        emit countdownChanged();
    }
}

int KioskController::idleSeconds() const
{
    const int idle = m_store.settings().idleSeconds();
    // Teacher screens stay open longer, but never unattended for long.
    switch (m_screen) {
    case Screen::TeacherRoom:
    case Screen::Roster:
    case Screen::ChildFile:
    case Screen::Import:
    case Screen::CallDay:
    case Screen::CallMonth:
    case Screen::CallSetup:
    case Screen::CallPlan:
    case Screen::MailSetup:
    case Screen::MailRecovery:
    case Screen::MailInbox:
    case Screen::MailLetter:
    case Screen::MailCare:
    case Screen::LibraryCatalog:
    case Screen::LibraryTitle:
    case Screen::LibraryOverdue:
    case Screen::LibraryStocktake:
    case Screen::LibraryImport:
    case Screen::LibraryHistory:
    case Screen::Sync:
        return idle * 3; // the counselor's screens lock after three minutes by default
    case Screen::MailWrite:
    case Screen::MailRecord:
    case Screen::MailPictures:
        return idle * 5; // children write slowly; recording keeps the kiosk awake
    default:
        return idle;
    }
}

void KioskController::tick()
{
    const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
    if (today != m_today) {
        m_today = today;
        emit dayChanged();
    }
    const qint64 now = m_store.clock().monotonicMs();
    if (!m_message.isEmpty() && now >= m_messageUntilMs) {
        m_message.clear();
        emit messageChanged();
    }
    if (now - m_lastClosingCheckMs >= kClosingCheckMs)
        closeDueVisits();
    if (m_screen == Screen::Home) {
        setCountdown(0);
        return;
    }
    const qint64 idleFor = (now - m_lastActivityMs) / 1000;
    const int left = int(idleSeconds() - idleFor);
    const int countdownFrom = m_store.settings().countdownSeconds();
    if (left <= 0) {
        setErrorMessage({});
        goHome();
    } else {
        setCountdown(left <= countdownFrom ? left : 0);
    }
}

void KioskController::closeDueVisits()
{
    m_lastClosingCheckMs = m_store.clock().monotonicMs();
    try {
        const int closed = m_store.visits().closeDue();
        if (closed > 0) {
            qCInfo(lcKiosk) << "closing time: signed out" << closed << "visits";
            if (m_screen == Screen::Photos)
                reloadChildren();
        }
    } catch (const StorageException &e) {
        // Not shown to the child: the next check, half a minute later, tries again.
        qCWarning(lcKiosk) << "closing time sign-out failed, will retry:" << e.error().detail;
    }
}

} // namespace qq
