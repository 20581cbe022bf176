#include "call_controller.h"

#include "call_rotation.h"
#include "clock.h"
#include "csv.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "list_models.h"
#include "local_time.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace qq {

namespace {
CallController *s_instance = nullptr;
constexpr int kBoardRows = 8;
constexpr int kTimeChoices = 6;
constexpr int kTickMs = 5000;
} // namespace

CallController::CallController(KioskStore &store, KioskController &kiosk, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(kiosk)
{
    connect(&m_kiosk, &KioskController::childPickedForCall, this, &CallController::childPicked);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &CallController::tick);
    m_timer.start();
}

CallController *CallController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CallController::setInstance(CallController *instance)
{
    s_instance = instance;
}

QString CallController::personShort(const Contact &contact) const
{
    switch (contact.role) {
    case Contact::Role::Father:
        return tr("Dad");
    case Contact::Role::Mother:
        return tr("Mum");
    default:
        if (!contact.relationship.isEmpty())
            return contact.relationship;
        return contact.name.isEmpty() ? tr("Family") : contact.name; // a roster's 家长电话 alone
    }
}

QString CallController::personTitle(const Contact &contact) const
{
    return tr("Call %1").arg(personShort(contact));
}

QString CallController::personIconFor(const Contact &contact) const
{
    switch (contact.role) {
    case Contact::Role::Father:
        return QStringLiteral("dad");
    case Contact::Role::Mother:
        return QStringLiteral("mum");
    default:
        return QStringLiteral("grandparent");
    }
}

CallRow CallController::rowFor(const CallBooking &booking, bool wordsForTime) const
{
    const QTimeZone zone = m_store.settings().timeZone();
    const qint64 now = m_store.clock().nowMs();
    CallRow row;
    row.bookingId = booking.id;
    row.time = wordsForTime ? callTimeWords(booking.slot.startMs, now, zone)
                            : toLocal(booking.slot.startMs, zone).toString(QStringLiteral("H:mm"));
    if (const std::optional<Child> child = m_store.roster().child(booking.childId)) {
        row.childName = child->name;
        row.childPhoto = photoUrl(child->id);
    }
    for (const Contact &contact : m_store.roster().contacts(booking.childId)) {
        if (contact.id == booking.contactId)
            row.who = personShort(contact);
    }
    if (const std::optional<CallPlace> place = m_store.calls().place(booking.slot.placeId)) {
        row.placeName = place->lines > 1 ? tr("%1, line %2").arg(place->name).arg(booking.slot.line) : place->name;
        row.placeKind = place->kind == CallPlace::Kind::Video ? QStringLiteral("video") : QStringLiteral("phone");
    }
    row.status = callStatusKey(booking.status);
    switch (booking.status) {
    case CallStatus::Talked:
        row.statusText = tr("Talked %n min", nullptr, booking.minutes);
        break;
    case CallStatus::NoAnswer:
        row.statusText = tr("No answer");
        break;
    case CallStatus::Absent:
        row.statusText = tr("Child absent");
        break;
    default:
        row.statusText = booking.slot.endMs <= now ? tr("Not marked yet") : QString();
        break;
    }
    row.past = booking.slot.endMs <= now;
    return row;
}

void CallController::refused(const CallError &error)
{
    qCInfo(lcKiosk) << "call refused, reason" << int(error.reason());
    m_kiosk.setErrorMessage(error.message());
}

// ---- the board ------------------------------------------------------------------

void CallController::open()
{
    reloadBoard();
    m_kiosk.show(KioskController::Screen::Calls);
}

void CallController::reloadBoard()
{
    const QTimeZone zone = m_store.settings().timeZone();
    const qint64 now = m_store.clock().nowMs();
    QList<CallRow> rows;
    m_kiosk.guarded("call board", [&] {
        const qint64 until = dayStartMs(localDate(now, zone).addDays(8), zone);
        for (const CallBooking &booking : m_store.calls().bookingsBetween(now - 10 * 60 * 1000, until)) {
            if (booking.status != CallStatus::Booked || booking.slot.endMs <= now)
                continue;
            rows.append(rowFor(booking, true));
            if (rows.size() >= kBoardRows)
                break;
        }
    });
    m_board.reset(rows);
}

void CallController::tick()
{
    const qint64 now = m_store.clock().nowMs();
    const auto screen = m_kiosk.screen();
    if (screen == KioskController::Screen::Calls)
        reloadBoard();
    if (screen == KioskController::Screen::CallDay)
        reloadDay();
    // A call starting within two minutes: chime and call the child.
    QList<CallBooking> soon;
    if (!m_kiosk.guarded("call board", [&] { soon = m_store.calls().bookingsBetween(now, now + kCallAheadMs + 1); }))
        return;
    for (const CallBooking &booking : soon) {
        if (booking.status != CallStatus::Booked || m_announced.contains(booking.id))
            continue;
        m_announced.insert(booking.id);
        const CallRow row = rowFor(booking, false);
        m_announcement = tr("%1, please go to the %2 now. Your call with %3 starts at %4.")
                             .arg(row.childName, row.placeName, row.who, row.time);
        qCInfo(lcKiosk) << "call announced" << booking.id;
        emit announcementChanged();
        emit chime();
        m_kiosk.userActivity(); // the kiosk stays awake to show it
        break;
    }
}

void CallController::dismissAnnouncement()
{
    if (m_announcement.isEmpty())
        return;
    m_announcement.clear();
    emit announcementChanged();
}

// ---- a child books ----------------------------------------------------------------

void CallController::bookMine()
{
    m_kiosk.pickChildForCall();
}

void CallController::childPicked(const QString &childId)
{
    m_childId = childId;
    loadChild();
    m_kiosk.show(KioskController::Screen::CallWho);
}

void CallController::loadChild()
{
    QList<CallChoice> people;
    m_myCall.clear();
    m_myCallId.clear();
    m_kiosk.guarded("call people", [&] {
        const std::optional<Child> child = m_store.roster().child(m_childId);
        m_childName = child ? child->name : QString();
        m_childPhoto = photoUrl(m_childId);
        for (const Contact &contact : m_store.roster().contacts(m_childId)) {
            QString detail = contact.workCity.isEmpty() ? QString() : tr("in %1").arg(contact.workCity);
            people.append({contact.id, personTitle(contact), detail, personIconFor(contact)});
        }
        const QList<CallBooking> upcoming = m_store.calls().upcoming(m_childId);
        if (!upcoming.isEmpty()) {
            const CallRow row = rowFor(upcoming.first(), true);
            m_myCallId = row.bookingId;
            m_myCall = tr("%1 with %2 at the %3").arg(row.time, row.who, row.placeName);
        }
    });
    m_people.reset(people);
    emit childChanged();
}

void CallController::choosePerson(const QString &contactId)
{
    m_kiosk.userActivity();
    FreeSlots free;
    Contact contact;
    const bool ok = m_kiosk.guarded("free slots", [&] {
        for (const Contact &candidate : m_store.roster().contacts(m_childId)) {
            if (candidate.id == contactId)
                contact = candidate;
        }
        if (!contact.id.isEmpty())
            free = m_store.calls().freeSlots(m_childId, contactId, kTimeChoices);
    });
    if (!ok)
        return;
    if (contact.id.isEmpty()) {
        m_kiosk.setErrorMessage(tr("This person is not on your contact card any more. Please ask the duty teacher."));
        return;
    }
    m_contactId = contactId;
    m_person = personShort(contact);
    m_personIcon = personIconFor(contact);
    m_offered = free.options;
    const QTimeZone zone = m_store.settings().timeZone();
    const qint64 now = m_store.clock().nowMs();
    m_whyNone = free.whyNone;
    if (free.nextChanceMs)
        m_whyNone += QLatin1Char(' ') + tr("Next chance: %1.").arg(callTimeWords(*free.nextChanceMs, now, zone));
    QList<CallChoice> times;
    for (qsizetype i = 0; i < m_offered.size(); ++i) {
        const CallSlot &slot = m_offered.at(i);
        const std::optional<CallPlace> place = m_store.calls().place(slot.placeId);
        times.append(
            {QString::number(i), callTimeWords(slot.startMs, now, zone), place ? place->name : QString(),
             place && place->kind == CallPlace::Kind::Video ? QStringLiteral("video") : QStringLiteral("phone")});
    }
    m_times.reset(times);
    emit choiceChanged();
    m_kiosk.show(KioskController::Screen::CallSlots);
}

void CallController::chooseTime(int row)
{
    if (row < 0 || row >= m_offered.size())
        return;
    m_kiosk.userActivity();
    m_chosen = m_offered.at(row);
    m_chosenTime = m_times.choices().at(row).title;
    m_chosenPlace = m_times.choices().at(row).detail;
    m_chosenPlaceKind = m_times.choices().at(row).icon;
    emit choiceChanged();
    m_kiosk.show(KioskController::Screen::CallConfirm);
}

void CallController::confirm()
{
    if (!m_chosen)
        return;
    m_kiosk.userActivity();
    try {
        m_store.calls().book(m_childId, m_contactId, *m_chosen, CallSource::Child);
    } catch (const CallError &error) {
        refused(error);
        choosePerson(m_contactId); // fresh times, the taken one gone
        return;
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("call booking", error.error());
        return;
    }
    // Only now, after the commit, does the child see "booked".
    qCInfo(lcKiosk) << "call booked";
    reloadBoard();
    m_kiosk.show(KioskController::Screen::CallBooked);
}

void CallController::cancelMine()
{
    if (m_myCallId.isEmpty())
        return;
    try {
        m_store.calls().cancel(m_myCallId);
    } catch (const CallError &error) {
        refused(error);
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("call cancel", error.error());
        return;
    }
    loadChild();
    reloadBoard();
    m_kiosk.setMessage(tr("Your call is cancelled."));
}

void CallController::back()
{
    switch (m_kiosk.screen()) {
    case KioskController::Screen::CallConfirm:
        m_kiosk.show(KioskController::Screen::CallSlots);
        break;
    case KioskController::Screen::CallSlots:
        loadChild();
        m_kiosk.show(KioskController::Screen::CallWho);
        break;
    case KioskController::Screen::CallWho:
    case KioskController::Screen::CallBooked:
        open();
        break;
    case KioskController::Screen::CallDay:
    case KioskController::Screen::CallMonth:
    case KioskController::Screen::CallSetup:
    case KioskController::Screen::CallPlan:
        m_kiosk.show(KioskController::Screen::TeacherRoom);
        break;
    default:
        m_kiosk.goHome();
        break;
    }
}

// ---- the teacher's day --------------------------------------------------------------

void CallController::openDay()
{
    reloadDay();
    m_kiosk.show(KioskController::Screen::CallDay);
}

void CallController::reloadDay()
{
    const QTimeZone zone = m_store.settings().timeZone();
    const QDate today = localDate(m_store.clock().nowMs(), zone);
    QList<CallRow> rows;
    m_kiosk.guarded("call day", [&] {
        QList<CallBooking> bookings =
            m_store.calls().bookingsBetween(dayStartMs(today, zone), dayStartMs(today.addDays(1), zone));
        // A timeline per place: grouped by place, in time order.
        std::stable_sort(bookings.begin(), bookings.end(), [](const CallBooking &a, const CallBooking &b) {
            return std::tie(a.slot.placeId, a.slot.line) < std::tie(b.slot.placeId, b.slot.line);
        });
        for (const CallBooking &booking : bookings)
            rows.append(rowFor(booking, false));
    });
    m_day.reset(rows);
    m_dayTitle = QLocale().toString(today, tr("MMMM d, dddd"));
    emit dayChanged();
}

void CallController::mark(const QString &bookingId, const QString &status, int minutes)
{
    const std::optional<CallStatus> parsed = callStatusFromKey(status);
    try {
        if (!parsed)
            throw CallError(CallError::Reason::Invalid, tr("Mark a call as talked, no answer or child absent."));
        m_store.calls().mark(bookingId, *parsed, minutes);
    } catch (const CallError &error) {
        refused(error);
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("call mark", error.error());
    }
    reloadDay();
}

// ---- the month ----------------------------------------------------------------------

void CallController::openMonth()
{
    setNotice({});
    reloadMonth();
    m_kiosk.show(KioskController::Screen::CallMonth);
}

void CallController::reloadMonth()
{
    const QTimeZone zone = m_store.settings().timeZone();
    const QDate today = localDate(m_store.clock().nowMs(), zone);
    QList<CallMonthRow> rows;
    QList<CallChoice> unanswered;
    int withoutCall = 0;
    m_kiosk.guarded("call month", [&] {
        QHash<QString, QString> classNames;
        for (const SchoolClass &schoolClass : m_store.roster().classes())
            classNames.insert(schoolClass.id, schoolClass.name);
        QHash<QString, Child> children;
        for (const Child &child : m_store.roster().allChildren())
            children.insert(child.id, child);
        const CallMonth month = m_store.calls().month(today);
        for (const CallMonthChild &entry : month.children) {
            const Child child = children.value(entry.childId);
            CallMonthRow row{child.name,         classNames.value(child.classId),
                             photoUrl(child.id), entry.talked,
                             entry.noAnswer,     entry.absent,
                             entry.booked,       tr("never")};
            if (entry.lastTalkMs) {
                const QDate last = localDate(*entry.lastTalkMs, zone);
                row.lastCall = tr("%1/%2", "month/day").arg(last.month()).arg(last.day());
            }
            withoutCall += entry.talked == 0 ? 1 : 0;
            rows.append(row);
        }
        for (const CallMonthContact &entry : month.contacts) {
            if (entry.noAnswer == 0)
                continue;
            for (const Contact &contact : m_store.roster().contacts(entry.childId)) {
                if (contact.id == entry.contactId) {
                    unanswered.append({contact.id,
                                       tr("%1's %2").arg(children.value(entry.childId).name, personShort(contact)),
                                       tr("%1 of %2 calls not answered").arg(entry.noAnswer).arg(entry.calls),
                                       personIconFor(contact)});
                }
            }
        }
    });
    m_month.reset(rows);
    m_unanswered.reset(unanswered);
    m_monthTitle = QLocale().toString(today, tr("MMMM yyyy"));
    m_monthWithoutCall = withoutCall;
    emit monthChanged();
}

void CallController::setNotice(const QString &notice)
{
    if (m_notice != notice) {
        m_notice = notice;
        emit noticeChanged();
    }
}

void CallController::exportMonth()
{
    reloadMonth();
    const QTimeZone zone = m_store.settings().timeZone();
    const QDate today = localDate(m_store.clock().nowMs(), zone);
    QString csv = QString(QChar(0xFEFF)); // BOM: spreadsheets then read Chinese right
    csv += csvRow(
        {tr("Name"), tr("Class"), tr("Talked"), tr("No answer"), tr("Child absent"), tr("Booked"), tr("Last call")});
    for (const CallMonthRow &row : m_month.rows())
        csv += csvRow({row.childName, row.className, QString::number(row.talked), QString::number(row.noAnswer),
                       QString::number(row.absent), QString::number(row.booked), row.lastCall});
    const QString folder = QDir(m_store.dataDir()).filePath(QStringLiteral("exports"));
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QStringLiteral("calls-%1.csv").arg(today.toString(QStringLiteral("yyyy-MM"))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        qCWarning(lcKiosk) << "call export failed:" << file.errorString();
        setNotice(tr("The export could not be saved: %1").arg(file.errorString()));
        return;
    }
    setNotice(tr("Saved %n child(ren) to %1", nullptr, int(m_month.rows().size())).arg(QDir::toNativeSeparators(path)));
}

// ---- set-up -----------------------------------------------------------------------

void CallController::openSetup()
{
    setNotice({});
    reloadSetup();
    m_kiosk.show(KioskController::Screen::CallSetup);
}

void CallController::reloadSetup()
{
    QList<CallChoice> places;
    m_kiosk.guarded("call set-up", [&] {
        for (const CallPlace &place : m_store.calls().places()) {
            const bool video = place.kind == CallPlace::Kind::Video;
            places.append(
                {place.id, place.name,
                 (video ? tr("Video") : tr("Phone")) + QStringLiteral(" · ") + tr("%n line(s)", nullptr, place.lines),
                 video ? QStringLiteral("video") : QStringLiteral("phone")});
        }
        m_hoursText = formatWeeklyRanges(m_store.calls().openingHours());
        m_specialDaysText = formatSpecialDays(m_store.calls().specialDays());
    });
    m_places.reset(places);
    emit setupChanged();
}

QList<int> CallController::policyValues() const
{
    CallPolicy policy;
    m_kiosk.guarded("call policy", [&] { policy = m_store.calls().policy(); });
    return {policy.slotMinutes, policy.gapMinutes, policy.perMonth, policy.weeklyCap, policy.bookingsAhead};
}

bool CallController::addPlace(const QString &name, bool video, int lines)
{
    try {
        m_store.calls().addPlace({{}, name, video ? CallPlace::Kind::Video : CallPlace::Kind::Phone, lines, true});
    } catch (const CallError &error) {
        setNotice(error.message());
        return false;
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("call place", error.error());
        return false;
    }
    setNotice(tr("%1 added.").arg(name.simplified()));
    reloadSetup();
    return true;
}

void CallController::removePlace(const QString &placeId)
{
    try {
        std::optional<CallPlace> place = m_store.calls().place(placeId);
        if (!place)
            throw CallError(CallError::Reason::UnknownPlace, tr("This call place is not set up."));
        // Out of use, not deleted: its calls stay in the log and on the board.
        place->active = false;
        m_store.calls().updatePlace(*place);
        setNotice(tr("%1 is no longer offered. Calls booked there stay.").arg(place->name));
    } catch (const CallError &error) {
        setNotice(error.message());
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("call place", error.error());
    }
    reloadSetup();
}

bool CallController::saveSetup(const QString &hoursText, const QList<int> &values, const QString &specialDaysText)
{
    QString problem;
    const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
    const auto specialDays = parseSpecialDays(specialDaysText, today.year(), &problem);
    if (!specialDays) {
        setNotice(tr("Holidays: %1").arg(problem));
        return false;
    }
    const std::optional<QList<WeeklyRange>> hours = parseWeeklyRanges(hoursText, &problem);
    if (!hours) {
        setNotice(tr("Opening hours: %1").arg(problem));
        return false;
    }
    if (hours->isEmpty()) {
        setNotice(tr("Opening hours: write at least one day and time, like 周一至周五 16:00-18:30."));
        return false;
    }
    if (values.size() != 5) {
        setNotice(tr("The call rules are incomplete."));
        return false;
    }
    const CallPolicy policy{values.at(0), values.at(1), values.at(2), values.at(3), values.at(4)};
    try {
        // The policy first: it is the one that can still be refused, and the
        // hours were checked above, so a refusal leaves both as they were.
        m_store.calls().setPolicy(policy);
        Transaction tx(m_store.db());
        m_store.calls().setOpeningHours(*hours);
        const QHash<QDate, QList<WeeklyRange>> before = m_store.calls().specialDays();
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!specialDays->contains(it.key()))
                m_store.calls().clearSpecialDay(it.key());
        }
        for (auto it = specialDays->begin(); it != specialDays->end(); ++it) {
            if (before.value(it.key()) != it.value() || !before.contains(it.key()))
                m_store.calls().setSpecialDay(it.key(), it.value());
        }
        tx.commit();
    } catch (const CallError &error) {
        setNotice(error.message());
        reloadSetup();
        return false;
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("call set-up", error.error());
        return false;
    }
    setNotice(tr("Saved."));
    reloadSetup();
    return true;
}

// ---- plan the week --------------------------------------------------------------------

void CallController::planWeek()
{
    const QTimeZone zone = m_store.settings().timeZone();
    const QDate today = localDate(m_store.clock().nowMs(), zone);
    CallRotation rotation(m_store.db(), m_store.roster(), m_store.calls(), m_store.settings(), m_store.clock());
    WeekPlan plan;
    try {
        plan = rotation.planWeek(today);
    } catch (const CallError &error) {
        refused(error);
        return;
    } catch (const StorageException &error) {
        m_kiosk.reportStorageFailure("week plan", error.error());
        return;
    }
    qCInfo(lcKiosk) << "week planned:" << plan.bookingIds.size() << "calls for" << plan.due.size() << "due";
    QList<CallChoice> unplaced;
    m_kiosk.guarded("week plan", [&] {
        for (const WeekPlan::Unplaced &entry : std::as_const(plan.unplaced)) {
            const std::optional<Child> child = m_store.roster().child(entry.childId);
            unplaced.append({entry.childId, child ? child->name : QString(), entry.why, QString()});
        }
    });
    m_unplaced.reset(unplaced);
    m_planSummary = plan.due.isEmpty()
        ? tr("Every child has had this month's call or has one booked.")
        : tr("%1 of %n child(ren) due a call now have one this week.", nullptr, int(plan.due.size()))
              .arg(plan.childrenPlaced);
    emit planChanged();
    reloadBoard();
    m_kiosk.show(KioskController::Screen::CallPlan);
}

} // namespace qq
