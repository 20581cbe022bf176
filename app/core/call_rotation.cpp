#include "call_rotation.h"

#include "call_planner.h"
#include "calls.h"
#include "clock.h"
#include "database.h"
#include "local_time.h"
#include "roster.h"
#include "settings.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace qq {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr qint64 kLeadMs = CallBook::kLeadMinutes * 60 * 1000LL;
} // namespace

CallRotation::CallRotation(Database &db, Roster &roster, CallBook &calls, const Settings &settings, const Clock &clock)
    : m_db(db), m_roster(roster), m_calls(calls), m_settings(settings), m_clock(clock)
{
}

QList<CallDue> CallRotation::dueChildren() const
{
    const QTimeZone zone = m_settings.timeZone();
    const qint64 now = m_clock.nowMs();
    const QDate today = localDate(now, zone);
    const qint64 monthStart = dayStartMs(QDate(today.year(), today.month(), 1), zone);
    const CallPolicy policy = m_calls.policy();

    struct History {
        int talkedThisMonth = 0;
        bool bookedAhead = false;
        std::optional<qint64> lastTalk;
        qint64 lastCallMs = -1;
        bool lastMissed = false;
    };
    QHash<QString, History> history;
    Statement calls = m_db.prepare(
        "SELECT child_id, start_ms, end_ms, status FROM call_bookings WHERE status <> 'cancelled' ORDER BY start_ms");
    while (calls.step()) {
        History &child = history[calls.text(0)];
        const qint64 start = calls.int64(1);
        const QString status = calls.text(3);
        if (status == QLatin1String("booked")) {
            child.bookedAhead = child.bookedAhead || calls.int64(2) > now;
            continue;
        }
        if (start > now)
            continue; // marked ahead of time: not history yet
        if (status == QLatin1String("talked")) {
            child.lastTalk = start;
            child.talkedThisMonth += start >= monthStart ? 1 : 0;
        }
        if (status != QLatin1String("absent")) { // an absent child booked again like anyone
            child.lastCallMs = start;
            child.lastMissed = status == QLatin1String("no_answer");
        }
    }

    QList<CallDue> due;
    for (const Child &child : m_roster.allChildren()) {
        const History past = history.value(child.id);
        if (past.bookedAhead)
            continue;
        const bool makeUp = past.lastMissed;
        if (past.talkedThisMonth >= policy.perMonth && !makeUp)
            continue;
        const int waited =
            past.lastTalk ? int(std::min<qint64>((now - *past.lastTalk) / kDayMs, 365)) : kNeverWaitedDays;
        CallDue entry{child.id, waited + (makeUp ? kMissedBonusDays : 0), makeUp, 1};
        if (policy.perMonth - past.talkedThisMonth >= 2 && policy.weeklyCap >= 2)
            entry.calls = 2;
        due.append(entry);
    }
    std::stable_sort(due.begin(), due.end(), [](const CallDue &a, const CallDue &b) { return a.weight > b.weight; });
    return due;
}

WeekPlan CallRotation::planWeek(QDate weekStart)
{
    const QTimeZone zone = m_settings.timeZone();
    const qint64 now = m_clock.nowMs();
    const CallPolicy policy = m_calls.policy();
    WeekPlan plan;
    plan.weekStart = weekStart.addDays(1 - weekStart.dayOfWeek());
    const qint64 weekFrom = dayStartMs(plan.weekStart, zone);
    const qint64 weekTo = dayStartMs(plan.weekStart.addDays(7), zone);
    const qint64 from = std::max(weekFrom, now + kLeadMs);
    plan.due = dueChildren();
    if (from >= weekTo || plan.due.isEmpty())
        return plan;

    // The week's free slots.
    QSet<QString> taken;
    QHash<QString, QSet<int>> busyDays;
    QHash<QString, int> callsThisWeek;
    for (const CallBooking &booking : m_calls.bookingsBetween(weekFrom, weekTo)) {
        taken.insert(booking.slot.placeId + QLatin1Char('/') + QString::number(booking.slot.line) + QLatin1Char('/')
                     + QString::number(booking.slot.startMs));
        busyDays[booking.childId].insert(int(localDate(booking.slot.startMs, zone).toJulianDay()));
        if (booking.status != CallStatus::NoAnswer)
            ++callsThisWeek[booking.childId];
    }
    QList<CallSlot> free;
    QList<PlanSlot> planSlots;
    for (const CallSlot &slot : m_calls.roomSlots(from, weekTo)) {
        if (taken.contains(slot.placeId + QLatin1Char('/') + QString::number(slot.line) + QLatin1Char('/')
                           + QString::number(slot.startMs)))
            continue;
        free.append(slot);
        planSlots.append({slot.startMs, slot.endMs, slot.placeId, int(localDate(slot.startMs, zone).toJulianDay())});
    }

    // Each due child's candidates: slots in a parent's window (parents before
    // the guardian at home), remembering whom each slot would call.
    QList<PlanRequest> requests;
    QList<QHash<int, QString>> contactFor;
    for (qsizetype i = 0; i < plan.due.size(); ++i) {
        const CallDue &due = plan.due.at(i);
        const int room = policy.weeklyCap - callsThisWeek.value(due.childId);
        if (room <= 0)
            continue;
        QList<Contact> contacts = m_roster.contacts(due.childId);
        std::stable_sort(contacts.begin(), contacts.end(), [](const Contact &a, const Contact &b) {
            return (a.role == Contact::Role::Guardian) < (b.role == Contact::Role::Guardian);
        });
        QList<QPair<QString, QList<WeeklyRange>>> windows;
        for (const Contact &contact : contacts)
            windows.append({contact.id, m_calls.contactWindows(contact.id)});
        PlanRequest request;
        request.childId = due.childId;
        request.calls = std::min(due.calls, room);
        request.weight = due.weight;
        request.busyDays = busyDays.value(due.childId);
        QHash<int, QString> whom;
        for (qsizetype s = 0; s < free.size(); ++s) {
            for (const auto &[contactId, ranges] : windows) {
                if (slotFitsRanges(free.at(s), ranges, zone)) {
                    request.candidates.append(int(s));
                    whom.insert(int(s), contactId);
                    break;
                }
            }
        }
        requests.append(request);
        contactFor.append(whom);
    }

    const PlanResult result = planCalls(planSlots, requests);
    Transaction tx(m_db); // every call of the plan, or none
    for (const PlanAssignment &assignment : result.assignments) {
        const PlanRequest &request = requests.at(assignment.request);
        plan.bookingIds.append(m_calls.book(request.childId, contactFor.at(assignment.request).value(assignment.slot),
                                            free.at(assignment.slot), CallSource::Plan));
    }
    tx.commit();
    plan.childrenPlaced = result.childrenPlaced;

    QSet<QString> unplacedChildren;
    for (const PlanUnplaced &unplaced : result.unplaced) {
        const QString &childId = requests.at(unplaced.request).childId;
        unplacedChildren.insert(childId);
        plan.unplaced.append(
            {childId,
             unplaced.reason == UnplacedReason::NoFittingSlot
                 ? QCoreApplication::translate("Calls",
                                               "No time this week suits both the room and the parents. "
                                               "Check their times in the child's file.")
                 : QCoreApplication::translate("Calls", "Every suitable time went to children who waited longer.")});
    }
    for (const CallDue &due : std::as_const(plan.due)) {
        if (policy.weeklyCap - callsThisWeek.value(due.childId) <= 0 && !unplacedChildren.contains(due.childId))
            plan.unplaced.append({due.childId, QCoreApplication::translate("Calls", "Already had this week's call.")});
    }
    return plan;
}

} // namespace qq
