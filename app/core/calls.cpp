#include "calls.h"

#include "change_log.h"
#include "clock.h"
#include "ids.h"
#include "local_time.h"
#include "settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace qq {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kChoicesPerDay = 2;

// `text` is marked with QT_TRANSLATE_NOOP("Calls", …) where it is written.
[[noreturn]] void refuse(CallError::Reason reason, const char *text)
{
    throw CallError(reason, QCoreApplication::translate("Calls", text));
}

QString kindKey(CallPlace::Kind kind)
{
    return kind == CallPlace::Kind::Video ? QStringLiteral("video") : QStringLiteral("phone");
}

QString sourceKey(CallSource source)
{
    switch (source) {
    case CallSource::Plan:
        return QStringLiteral("plan");
    case CallSource::Teacher:
        return QStringLiteral("teacher");
    default:
        return QStringLiteral("child");
    }
}

CallSource sourceFromKey(const QString &key)
{
    if (key == QLatin1String("plan"))
        return CallSource::Plan;
    if (key == QLatin1String("teacher"))
        return CallSource::Teacher;
    return CallSource::Child;
}

// The local week a day belongs to: the Julian day of its Monday.
qint64 weekOf(QDate day)
{
    return day.toJulianDay() - (day.dayOfWeek() - 1);
}

bool contains(const QList<WeeklyRange> &ranges, int weekday, int startMinute, int endMinute)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const WeeklyRange &range) {
        return range.weekday == weekday && range.startMinute <= startMinute && endMinute <= range.endMinute;
    });
}

constexpr const char *kBookingColumns =
    "SELECT id, child_id, contact_id, place_id, line, start_ms, end_ms, status, source, minutes FROM call_bookings ";

CallBooking readBooking(const Statement &row)
{
    CallBooking booking;
    booking.id = row.text(0);
    booking.childId = row.text(1);
    booking.contactId = row.text(2);
    booking.slot = {row.text(3), int(row.int64(4)), row.int64(5), row.int64(6)};
    booking.status = callStatusFromKey(row.text(7)).value_or(CallStatus::Booked);
    booking.source = sourceFromKey(row.text(8));
    booking.minutes = int(row.int64(9));
    return booking;
}

} // namespace

bool slotFitsRanges(const CallSlot &slot, const QList<WeeklyRange> &ranges, const QTimeZone &zone)
{
    const QDateTime start = toLocal(slot.startMs, zone);
    const QDateTime end = toLocal(slot.endMs, zone);
    const int startMinute = start.time().hour() * 60 + start.time().minute();
    const int endMinute = end.date() == start.date() ? end.time().hour() * 60 + end.time().minute() : 24 * 60;
    return contains(ranges, start.date().dayOfWeek(), startMinute, endMinute);
}

QString callTimeWords(qint64 startMs, qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime start = toLocal(startMs, zone);
    const QDate today = localDate(nowMs, zone);
    const qint64 days = today.daysTo(start.date());
    static const char *const kWeekdays[] = {
        QT_TRANSLATE_NOOP("CallTime", "Monday"),    QT_TRANSLATE_NOOP("CallTime", "Tuesday"),
        QT_TRANSLATE_NOOP("CallTime", "Wednesday"), QT_TRANSLATE_NOOP("CallTime", "Thursday"),
        QT_TRANSLATE_NOOP("CallTime", "Friday"),    QT_TRANSLATE_NOOP("CallTime", "Saturday"),
        QT_TRANSLATE_NOOP("CallTime", "Sunday"),
    };
    QString day;
    if (days == 0)
        day = QCoreApplication::translate("CallTime", "Today");
    else if (days == 1)
        day = QCoreApplication::translate("CallTime", "Tomorrow");
    else if (days > 1 && days < 7)
        day = QCoreApplication::translate("CallTime", kWeekdays[start.date().dayOfWeek() - 1]);
    else
        day = QCoreApplication::translate("CallTime", "%1/%2", "month/day")
                  .arg(start.date().month())
                  .arg(start.date().day());
    const int hour = start.time().hour();
    const QString part = hour < 11 ? QCoreApplication::translate("CallTime", "morning")
        : hour < 13                ? QCoreApplication::translate("CallTime", "noon")
        : hour < 18                ? QCoreApplication::translate("CallTime", "afternoon")
                                   : QCoreApplication::translate("CallTime", "evening");
    const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    const QString clock = QStringLiteral("%1:%2").arg(hour12).arg(start.time().minute(), 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("CallTime", "%1 %2 %3", "day, part of the day, clock time")
        .arg(day, part, clock);
}

CallError::CallError(Reason reason, QString message)
    : StorageException({StorageErrorKind::Constraint, QStringLiteral("call refused")}),
      m_reason(reason),
      m_message(std::move(message))
{
}

QString callStatusKey(CallStatus status)
{
    switch (status) {
    case CallStatus::Cancelled:
        return QStringLiteral("cancelled");
    case CallStatus::Talked:
        return QStringLiteral("talked");
    case CallStatus::NoAnswer:
        return QStringLiteral("no_answer");
    case CallStatus::Absent:
        return QStringLiteral("absent");
    default:
        return QStringLiteral("booked");
    }
}

std::optional<CallStatus> callStatusFromKey(const QString &key)
{
    for (CallStatus status :
         {CallStatus::Booked, CallStatus::Cancelled, CallStatus::Talked, CallStatus::NoAnswer, CallStatus::Absent}) {
        if (callStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

CallBook::CallBook(Database &db, ChangeLog &log, const Clock &clock, Settings &settings)
    : m_db(db), m_log(log), m_clock(clock), m_settings(settings)
{
}

// ---- set-up -----------------------------------------------------------------

QList<CallPlace> CallBook::places(bool includeInactive) const
{
    QList<CallPlace> result;
    Statement query = m_db.prepare("SELECT id, name, kind, lines, active FROM call_places ORDER BY sort, name");
    while (query.step()) {
        CallPlace place{query.text(0), query.text(1),
                        query.text(2) == QLatin1String("video") ? CallPlace::Kind::Video : CallPlace::Kind::Phone,
                        int(query.int64(3)), query.int64(4) != 0};
        if (place.active || includeInactive)
            result.append(place);
    }
    return result;
}

std::optional<CallPlace> CallBook::place(const QString &placeId) const
{
    for (const CallPlace &place : places(true)) {
        if (place.id == placeId)
            return place;
    }
    return std::nullopt;
}

QString CallBook::addPlace(CallPlace place)
{
    Transaction tx(m_db); // checks and writes under one write lock
    place.name = place.name.simplified();
    if (place.name.isEmpty() || place.name.size() > 32)
        refuse(CallError::Reason::Invalid,
               QT_TRANSLATE_NOOP("Calls", "A call place needs a name of 1 to 32 characters."));
    if (place.lines < 1 || place.lines > 9)
        refuse(CallError::Reason::Invalid, QT_TRANSLATE_NOOP("Calls", "A call place has 1 to 9 lines."));
    place.id = newId();
    const qint64 now = m_clock.nowMs();
    Statement count = m_db.prepare("SELECT count(*) FROM call_places");
    count.step();
    m_db.prepare("INSERT INTO call_places (id, name, kind, lines, active, sort) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, place.id)
        .bind(2, place.name)
        .bind(3, kindKey(place.kind))
        .bind(4, place.lines)
        .bind(5, place.active ? 1 : 0)
        .bind(6, int(count.int64(0)))
        .run();
    m_log.appendRow("call_places", place.id, ChangeLog::Op::Insert, now);
    tx.commit();
    return place.id;
}

void CallBook::updatePlace(const CallPlace &place)
{
    Transaction tx(m_db); // checks and writes under one write lock
    if (!this->place(place.id))
        refuse(CallError::Reason::UnknownPlace, QT_TRANSLATE_NOOP("Calls", "This call place is not set up."));
    const QString name = place.name.simplified();
    if (name.isEmpty() || name.size() > 32)
        refuse(CallError::Reason::Invalid,
               QT_TRANSLATE_NOOP("Calls", "A call place needs a name of 1 to 32 characters."));
    if (place.lines < 1 || place.lines > 9)
        refuse(CallError::Reason::Invalid, QT_TRANSLATE_NOOP("Calls", "A call place has 1 to 9 lines."));
    const QJsonObject before = m_log.rowImage("call_places", place.id);
    m_db.prepare("UPDATE call_places SET name = ?, kind = ?, lines = ?, active = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, kindKey(place.kind))
        .bind(3, place.lines)
        .bind(4, place.active ? 1 : 0)
        .bind(5, place.id)
        .run();
    m_log.appendChanges("call_places", place.id, before, m_clock.nowMs());
    tx.commit();
}

QStringList CallBook::rangeProblems(const QList<WeeklyRange> &ranges)
{
    QStringList problems;
    QList<WeeklyRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end(), [](const WeeklyRange &a, const WeeklyRange &b) {
        return std::tie(a.weekday, a.startMinute) < std::tie(b.weekday, b.startMinute);
    });
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const WeeklyRange &range = sorted.at(i);
        if (range.weekday < 1 || range.weekday > 7)
            problems.append(QCoreApplication::translate("Calls", "A day of the week is missing."));
        else if (range.startMinute < 0 || range.endMinute > 24 * 60)
            problems.append(QCoreApplication::translate("Calls", "A time is outside the day (00:00 to 24:00)."));
        else if (range.startMinute >= range.endMinute)
            problems.append(QCoreApplication::translate("Calls", "A time range ends before it starts, or is empty."));
        else if (i > 0 && sorted.at(i - 1).weekday == range.weekday && sorted.at(i - 1).endMinute > range.startMinute)
            problems.append(QCoreApplication::translate("Calls", "Two time ranges on the same day overlap."));
    }
    problems.removeDuplicates();
    return problems;
}

QList<WeeklyRange> CallBook::openingHours() const
{
    QList<WeeklyRange> hours;
    Statement query = m_db.prepare("SELECT weekday, start_minute, end_minute FROM room_hours WHERE weekday IS NOT NULL "
                                   "ORDER BY weekday, start_minute");
    while (query.step())
        hours.append({int(query.int64(0)), int(query.int64(1)), int(query.int64(2))});
    return hours;
}

void CallBook::setOpeningHours(const QList<WeeklyRange> &hours)
{
    Transaction tx(m_db); // checks and writes under one write lock
    if (const QStringList problems = rangeProblems(hours); !problems.isEmpty())
        throw CallError(CallError::Reason::Invalid, problems.join(QLatin1Char(' ')));
    const qint64 now = m_clock.nowMs();
    Statement old = m_db.prepare("SELECT id FROM room_hours WHERE weekday IS NOT NULL");
    QStringList oldIds;
    while (old.step())
        oldIds.append(old.text(0));
    for (const QString &id : oldIds) {
        m_db.prepare("DELETE FROM room_hours WHERE id = ?").bind(1, id).run();
        m_log.appendRow("room_hours", id, ChangeLog::Op::Delete, now);
    }
    for (const WeeklyRange &range : hours) {
        const QString id = newId();
        m_db.prepare("INSERT INTO room_hours (id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, range.weekday)
            .bind(3, range.startMinute)
            .bind(4, range.endMinute)
            .run();
        m_log.appendRow("room_hours", id, ChangeLog::Op::Insert, now);
    }
    tx.commit();
}

void CallBook::setSpecialDay(QDate day, const QList<WeeklyRange> &hours)
{
    Transaction tx(m_db); // checks and writes under one write lock
    if (!day.isValid())
        refuse(CallError::Reason::Invalid, QT_TRANSLATE_NOOP("Calls", "The day is not a date."));
    QList<WeeklyRange> onDay;
    for (WeeklyRange range : hours) {
        range.weekday = day.dayOfWeek();
        onDay.append(range);
    }
    if (const QStringList problems = rangeProblems(onDay); !problems.isEmpty())
        throw CallError(CallError::Reason::Invalid, problems.join(QLatin1Char(' ')));
    clearSpecialDay(day);
    const qint64 now = m_clock.nowMs();
    const QString dayKey = day.toString(Qt::ISODate);
    // A closed day is one row with an empty range: "no hours" must sync too.
    const QList<WeeklyRange> rows = onDay.isEmpty() ? QList<WeeklyRange>{{day.dayOfWeek(), 0, 0}} : onDay;
    for (const WeeklyRange &range : rows) {
        const QString id = newId();
        m_db.prepare("INSERT INTO room_hours (id, day, start_minute, end_minute) VALUES (?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, dayKey)
            .bind(3, range.startMinute)
            .bind(4, range.endMinute)
            .run();
        m_log.appendRow("room_hours", id, ChangeLog::Op::Insert, now);
    }
    tx.commit();
}

void CallBook::clearSpecialDay(QDate day)
{
    Transaction tx(m_db); // checks and writes under one write lock
    const qint64 now = m_clock.nowMs();
    Statement old = m_db.prepare("SELECT id FROM room_hours WHERE day = ?");
    old.bind(1, day.toString(Qt::ISODate));
    QStringList ids;
    while (old.step())
        ids.append(old.text(0));
    for (const QString &id : ids) {
        m_db.prepare("DELETE FROM room_hours WHERE id = ?").bind(1, id).run();
        m_log.appendRow("room_hours", id, ChangeLog::Op::Delete, now);
    }
    tx.commit();
}

QHash<QDate, QList<WeeklyRange>> CallBook::specialDays() const
{
    QHash<QDate, QList<WeeklyRange>> days;
    Statement query = m_db.prepare(
        "SELECT day, start_minute, end_minute FROM room_hours WHERE day IS NOT NULL ORDER BY day, start_minute");
    while (query.step()) {
        const QDate day = QDate::fromString(query.text(0), Qt::ISODate);
        QList<WeeklyRange> &ranges = days[day];
        if (query.int64(1) < query.int64(2))
            ranges.append({day.dayOfWeek(), int(query.int64(1)), int(query.int64(2))});
    }
    return days;
}

bool CallBook::isOpenAt(qint64 ms) const
{
    const QDateTime local = toLocal(ms, m_settings.timeZone());
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const WeeklyRange &hours : hoursOn(local.date()))
        if (minute >= hours.startMinute && minute < hours.endMinute)
            return true;
    return false;
}

QList<WeeklyRange> CallBook::hoursOn(QDate day) const
{
    Statement special =
        m_db.prepare("SELECT start_minute, end_minute FROM room_hours WHERE day = ? ORDER BY start_minute");
    special.bind(1, day.toString(Qt::ISODate));
    QList<WeeklyRange> hours;
    bool isSpecial = false;
    while (special.step()) {
        isSpecial = true;
        if (special.int64(0) < special.int64(1))
            hours.append({day.dayOfWeek(), int(special.int64(0)), int(special.int64(1))});
    }
    if (isSpecial)
        return hours;
    Statement weekly =
        m_db.prepare("SELECT start_minute, end_minute FROM room_hours WHERE weekday = ? ORDER BY start_minute");
    weekly.bind(1, day.dayOfWeek());
    while (weekly.step())
        hours.append({day.dayOfWeek(), int(weekly.int64(0)), int(weekly.int64(1))});
    return hours;
}

QList<WeeklyRange> CallBook::contactWindows(const QString &contactId) const
{
    QList<WeeklyRange> windows;
    Statement query = m_db.prepare(
        "SELECT weekday, start_minute, end_minute FROM contact_windows WHERE contact_id = ? ORDER BY weekday, "
        "start_minute");
    query.bind(1, contactId);
    while (query.step())
        windows.append({int(query.int64(0)), int(query.int64(1)), int(query.int64(2))});
    return windows;
}

void CallBook::setContactWindows(const QString &contactId, const QList<WeeklyRange> &windows)
{
    Transaction tx(m_db); // checks and writes under one write lock
    Statement contact = m_db.prepare("SELECT count(*) FROM contacts WHERE id = ?");
    contact.bind(1, contactId).step();
    if (contact.int64(0) == 0)
        refuse(CallError::Reason::UnknownContact,
               QT_TRANSLATE_NOOP("Calls", "This parent or guardian is not on the contact card."));
    if (const QStringList problems = rangeProblems(windows); !problems.isEmpty())
        throw CallError(CallError::Reason::Invalid, problems.join(QLatin1Char(' ')));
    if (contactWindows(contactId) == windows)
        return; // nothing to write
    const qint64 now = m_clock.nowMs();
    Statement old = m_db.prepare("SELECT id FROM contact_windows WHERE contact_id = ?");
    old.bind(1, contactId);
    QStringList ids;
    while (old.step())
        ids.append(old.text(0));
    for (const QString &id : ids) {
        m_db.prepare("DELETE FROM contact_windows WHERE id = ?").bind(1, id).run();
        m_log.appendRow("contact_windows", id, ChangeLog::Op::Delete, now);
    }
    for (const WeeklyRange &window : windows) {
        const QString id = newId();
        m_db.prepare("INSERT INTO contact_windows (id, contact_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, "
                     "?, ?)")
            .bind(1, id)
            .bind(2, contactId)
            .bind(3, window.weekday)
            .bind(4, window.startMinute)
            .bind(5, window.endMinute)
            .run();
        m_log.appendRow("contact_windows", id, ChangeLog::Op::Insert, now);
    }
    tx.commit();
}

CallPolicy CallBook::policy() const
{
    CallPolicy policy;
    const QJsonObject json = QJsonDocument::fromJson(m_settings.value("call_policy").toUtf8()).object();
    auto read = [&json](const char *key, int fallback, int min, int max) {
        const int value = json.value(QLatin1String(key)).toInt(fallback);
        return value < min || value > max ? fallback : value;
    };
    policy.slotMinutes = read("slot_minutes", policy.slotMinutes, 5, 60);
    policy.gapMinutes = read("gap_minutes", policy.gapMinutes, 0, 30);
    policy.perMonth = read("per_month", policy.perMonth, 1, 8);
    policy.weeklyCap = read("weekly_cap", policy.weeklyCap, 1, 7);
    policy.bookingsAhead = read("bookings_ahead", policy.bookingsAhead, 1, 4);
    return policy;
}

void CallBook::setPolicy(const CallPolicy &policy)
{
    if (policy.slotMinutes < 5 || policy.slotMinutes > 60 || policy.gapMinutes < 0 || policy.gapMinutes > 30
        || policy.perMonth < 1 || policy.perMonth > 8 || policy.weeklyCap < 1 || policy.weeklyCap > 7
        || policy.bookingsAhead < 1 || policy.bookingsAhead > 4)
        refuse(CallError::Reason::Invalid,
               QT_TRANSLATE_NOOP(
                   "Calls",
                   "Slots are 5 to 60 minutes with a gap of 0 to 30; 1 to 8 calls a month, 1 to 7 a week, 1 to 4 "
                   "booked ahead."));
    const QJsonObject json{{"slot_minutes", policy.slotMinutes},
                           {"gap_minutes", policy.gapMinutes},
                           {"per_month", policy.perMonth},
                           {"weekly_cap", policy.weeklyCap},
                           {"bookings_ahead", policy.bookingsAhead}};
    m_settings.setValue("call_policy", QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

// ---- slots --------------------------------------------------------------------

QList<CallSlot> CallBook::roomSlots(qint64 fromMs, qint64 toMs) const
{
    QList<CallSlot> found;
    const QList<CallPlace> active = places();
    if (active.isEmpty() || toMs <= fromMs)
        return found;
    const CallPolicy rules = policy();
    const QTimeZone zone = m_settings.timeZone();
    const QDate last = localDate(toMs, zone);
    for (QDate day = localDate(fromMs, zone); day <= last; day = day.addDays(1)) {
        for (const WeeklyRange &hours : hoursOn(day)) {
            // Slots start at the opening time and follow each other with the gap.
            for (int start = hours.startMinute; start + rules.slotMinutes <= hours.endMinute;
                 start += rules.slotMinutes + rules.gapMinutes) {
                const qint64 startMs = localMs(day, QTime(0, 0).addSecs(start * 60), zone);
                if (startMs < fromMs || startMs >= toMs)
                    continue;
                for (const CallPlace &place : active) {
                    for (int line = 1; line <= place.lines; ++line)
                        found.append({place.id, line, startMs, startMs + rules.slotMinutes * kMinuteMs});
                }
            }
        }
    }
    return found;
}

bool CallBook::isRoomSlot(const CallSlot &slot) const
{
    const std::optional<CallPlace> where = place(slot.placeId);
    if (!where || !where->active || slot.line < 1 || slot.line > where->lines)
        return false;
    const QList<CallSlot> candidates = roomSlots(slot.startMs, slot.startMs + 1);
    return std::any_of(candidates.begin(), candidates.end(),
                       [&slot](const CallSlot &candidate) { return candidate == slot; });
}

FreeSlots CallBook::freeSlots(const QString &childId, const QString &contactId, int max) const
{
    FreeSlots result;
    const QTimeZone zone = m_settings.timeZone();
    const qint64 now = m_clock.nowMs();
    const CallPolicy rules = policy();
    const QList<WeeklyRange> windows = contactWindows(contactId);
    const QDate today = localDate(now, zone);

    // What the child already has: days with a call, calls per week, calls ahead.
    QSet<qint64> busyDays;
    QHash<qint64, int> perWeek;
    int ahead = 0;
    std::optional<qint64> firstAheadEnd;
    Statement mine = m_db.prepare("SELECT start_ms, end_ms, status FROM call_bookings WHERE child_id = ? AND status IN "
                                  "('booked', 'talked', 'no_answer') AND start_ms >= ?");
    mine.bind(1, childId).bind(2, dayStartMs(today.addDays(-7), zone));
    while (mine.step()) {
        const QDate day = localDate(mine.int64(0), zone);
        busyDays.insert(day.toJulianDay());
        if (mine.text(2) != QLatin1String("no_answer"))
            ++perWeek[weekOf(day)];
        if (mine.text(2) == QLatin1String("booked") && mine.int64(1) > now) {
            ++ahead;
            if (!firstAheadEnd || mine.int64(1) < *firstAheadEnd)
                firstAheadEnd = mine.int64(1);
        }
    }
    if (ahead >= rules.bookingsAhead) {
        result.whyNone = QCoreApplication::translate(
            "Calls", "You already have a call booked. After it, you can book the next one.");
        result.nextChanceMs = firstAheadEnd;
        return result;
    }
    if (windows.isEmpty()) {
        result.whyNone = QCoreApplication::translate(
            "Calls",
            "The teacher has not written down yet when this person can answer. Please ask the duty "
            "teacher.");
        return result;
    }

    QSet<QString> taken;
    const qint64 from = now + kLeadMinutes * kMinuteMs;
    const qint64 to = dayStartMs(today.addDays(kDaysAhead + 1), zone);
    Statement booked = m_db.prepare("SELECT place_id, line, start_ms FROM call_bookings WHERE status <> 'cancelled' "
                                    "AND start_ms >= ? AND start_ms < ?");
    booked.bind(1, from).bind(2, to);
    while (booked.step())
        taken.insert(booked.text(0) + QLatin1Char('/') + QString::number(booked.int64(1)) + QLatin1Char('/')
                     + QString::number(booked.int64(2)));

    bool fitsWindow = false;
    bool capReached = false;
    QSet<qint64> offeredStarts;
    QHash<qint64, int> perDayOffered;
    for (const CallSlot &slot : roomSlots(from, to)) {
        const QDateTime start = toLocal(slot.startMs, zone);
        const QDateTime end = toLocal(slot.endMs, zone);
        const int startMinute = start.time().hour() * 60 + start.time().minute();
        const int endMinute = end.date() == start.date() ? end.time().hour() * 60 + end.time().minute() : 24 * 60;
        if (!contains(windows, start.date().dayOfWeek(), startMinute, endMinute))
            continue;
        fitsWindow = true;
        if (busyDays.contains(start.date().toJulianDay()))
            continue;
        if (perWeek.value(weekOf(start.date())) >= rules.weeklyCap) {
            capReached = true;
            continue;
        }
        const QString key = slot.placeId + QLatin1Char('/') + QString::number(slot.line) + QLatin1Char('/')
            + QString::number(slot.startMs);
        if (taken.contains(key))
            continue;
        // One button per time: the first free place (line) at that time; at
        // most kChoicesPerDay a day, so the child also sees other days.
        if (offeredStarts.contains(slot.startMs) || perDayOffered.value(start.date().toJulianDay()) >= kChoicesPerDay)
            continue;
        offeredStarts.insert(slot.startMs);
        ++perDayOffered[start.date().toJulianDay()];
        result.options.append(slot);
        if (result.options.size() >= max)
            break;
    }
    if (!result.options.isEmpty())
        return result;
    if (!fitsWindow) {
        result.whyNone = QCoreApplication::translate(
            "Calls",
            "The room is not open when this person can answer, in the next two weeks. The teacher "
            "can help you write a letter instead.");
    } else if (capReached) {
        result.whyNone =
            QCoreApplication::translate("Calls", "You have had your call this week. Next week you can book again.");
        result.nextChanceMs = dayStartMs(QDate::fromJulianDay(weekOf(today) + 7), zone);
    } else {
        result.whyNone = QCoreApplication::translate(
            "Calls", "Every time this person can answer is taken. Please try again tomorrow.");
        result.nextChanceMs = dayStartMs(today.addDays(1), zone);
    }
    return result;
}

// ---- booking ------------------------------------------------------------------

void CallBook::checkChildMayBook(const QString &childId, const CallSlot &slot, CallSource source) const
{
    const QTimeZone zone = m_settings.timeZone();
    const CallPolicy rules = policy();
    const QDate day = localDate(slot.startMs, zone);
    Statement mine = m_db.prepare("SELECT id, start_ms, end_ms, status FROM call_bookings WHERE child_id = ? AND "
                                  "status IN ('booked', 'talked', 'no_answer')");
    mine.bind(1, childId);
    int sameWeek = 0;
    int ahead = 0;
    const qint64 now = m_clock.nowMs();
    while (mine.step()) {
        const QDate other = localDate(mine.int64(1), zone);
        if (other == day)
            refuse(CallError::Reason::ChildBusy,
                   QT_TRANSLATE_NOOP("Calls", "There is already a call for this child on that day."));
        if (weekOf(other) == weekOf(day) && mine.text(3) != QLatin1String("no_answer"))
            ++sameWeek;
        if (mine.text(3) == QLatin1String("booked") && mine.int64(2) > now)
            ++ahead;
    }
    if (sameWeek >= rules.weeklyCap)
        refuse(CallError::Reason::ChildBusy,
               QT_TRANSLATE_NOOP("Calls", "This child has had the calls of that week already."));
    // The limit on calls booked ahead is the child's; the plan and the teacher may book more.
    if (source == CallSource::Child && ahead >= rules.bookingsAhead)
        refuse(CallError::Reason::ChildBusy, QT_TRANSLATE_NOOP("Calls", "This child has a call booked already."));
}

QString CallBook::book(const QString &childId, const QString &contactId, const CallSlot &slot, CallSource source)
{
    Transaction tx(m_db); // checks and writes under one write lock
    Statement child = m_db.prepare("SELECT count(*) FROM children WHERE id = ? AND active = 1");
    child.bind(1, childId).step();
    if (child.int64(0) == 0)
        refuse(CallError::Reason::UnknownChild, QT_TRANSLATE_NOOP("Calls", "This child is not on the roster."));
    Statement contact = m_db.prepare("SELECT count(*) FROM contacts WHERE id = ? AND child_id = ?");
    contact.bind(1, contactId).bind(2, childId).step();
    if (contact.int64(0) == 0)
        refuse(CallError::Reason::UnknownContact,
               QT_TRANSLATE_NOOP("Calls", "This person is not on the child's contact card."));
    if (!place(slot.placeId))
        refuse(CallError::Reason::UnknownPlace, QT_TRANSLATE_NOOP("Calls", "This call place is not set up."));
    const qint64 now = m_clock.nowMs();
    if (slot.startMs < now)
        refuse(CallError::Reason::InThePast,
               QT_TRANSLATE_NOOP("Calls", "That time has already passed. Please choose another."));
    if (!isRoomSlot(slot))
        refuse(CallError::Reason::OutsideOpeningHours,
               QT_TRANSLATE_NOOP("Calls", "The room is not open for calls at that time."));
    if (!slotFitsRanges(slot, contactWindows(contactId), m_settings.timeZone()))
        refuse(CallError::Reason::OutsideWindow, QT_TRANSLATE_NOOP("Calls", "This person cannot answer at that time."));
    Statement taken = m_db.prepare("SELECT count(*) FROM call_bookings WHERE place_id = ? AND line = ? AND start_ms = "
                                   "? AND status <> 'cancelled'");
    taken.bind(1, slot.placeId).bind(2, slot.line).bind(3, slot.startMs).step();
    if (taken.int64(0) > 0)
        refuse(CallError::Reason::SlotTaken,
               QT_TRANSLATE_NOOP("Calls", "Someone else has just booked that time. Please choose another."));
    checkChildMayBook(childId, slot, source);

    CallBooking booking{newId(), childId, contactId, slot, CallStatus::Booked, source, 0};
    m_db.prepare("INSERT INTO call_bookings (id, child_id, contact_id, place_id, line, start_ms, end_ms, status, "
                 "source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)")
        .bind(1, booking.id)
        .bind(2, childId)
        .bind(3, contactId)
        .bind(4, slot.placeId)
        .bind(5, slot.line)
        .bind(6, slot.startMs)
        .bind(7, slot.endMs)
        .bind(8, sourceKey(source))
        .bind(9, now)
        .bind(10, now)
        .run();
    m_log.appendRow("call_bookings", booking.id, ChangeLog::Op::Insert, now);
    tx.commit();
    return booking.id;
}

void CallBook::cancel(const QString &bookingId)
{
    Transaction tx(m_db); // checks and writes under one write lock
    std::optional<CallBooking> existing = booking(bookingId);
    if (!existing || existing->status == CallStatus::Cancelled)
        refuse(CallError::Reason::UnknownBooking, QT_TRANSLATE_NOOP("Calls", "This call is not booked."));
    if (existing->status != CallStatus::Booked)
        refuse(CallError::Reason::AlreadyMarked, QT_TRANSLATE_NOOP("Calls", "This call has taken place already."));
    const qint64 now = m_clock.nowMs();
    m_db.prepare("UPDATE call_bookings SET status = 'cancelled', updated_at = ? WHERE id = ?")
        .bind(1, now)
        .bind(2, bookingId)
        .run();
    m_log.appendRow("call_bookings", bookingId, ChangeLog::Op::Update, now, {"status", "updated_at"});
    tx.commit();
}

void CallBook::mark(const QString &bookingId, CallStatus status, int minutes)
{
    Transaction tx(m_db); // checks and writes under one write lock
    std::optional<CallBooking> existing = booking(bookingId);
    if (!existing || existing->status == CallStatus::Cancelled)
        refuse(CallError::Reason::UnknownBooking, QT_TRANSLATE_NOOP("Calls", "This call is not booked."));
    if (status != CallStatus::Talked && status != CallStatus::NoAnswer && status != CallStatus::Absent)
        refuse(CallError::Reason::Invalid,
               QT_TRANSLATE_NOOP("Calls", "A call is marked as talked, no answer or child absent."));
    if (status == CallStatus::Talked && (minutes < 1 || minutes > 120))
        refuse(CallError::Reason::Invalid, QT_TRANSLATE_NOOP("Calls", "How long did they talk? 1 to 120 minutes."));
    const qint64 now = m_clock.nowMs();
    m_db.prepare("UPDATE call_bookings SET status = ?, minutes = ?, updated_at = ? WHERE id = ?")
        .bind(1, callStatusKey(status))
        .bind(2, status == CallStatus::Talked ? minutes : 0)
        .bind(3, now)
        .bind(4, bookingId)
        .run();
    m_log.appendRow("call_bookings", bookingId, ChangeLog::Op::Update, now, {"status", "minutes", "updated_at"});
    tx.commit();
}

std::optional<CallBooking> CallBook::booking(const QString &bookingId) const
{
    Statement query = m_db.prepare(QByteArray(kBookingColumns) + "WHERE id = ?");
    query.bind(1, bookingId);
    if (!query.step())
        return std::nullopt;
    return readBooking(query);
}

QList<CallBooking> CallBook::upcoming(const QString &childId) const
{
    QList<CallBooking> result;
    Statement query = m_db.prepare(QByteArray(kBookingColumns)
                                   + "WHERE child_id = ? AND status = 'booked' AND end_ms > ? ORDER BY start_ms");
    query.bind(1, childId).bind(2, m_clock.nowMs());
    while (query.step())
        result.append(readBooking(query));
    return result;
}

QList<CallBooking> CallBook::bookingsBetween(qint64 fromMs, qint64 toMs) const
{
    QList<CallBooking> result;
    Statement query =
        m_db.prepare(QByteArray(kBookingColumns)
                     + "WHERE status <> 'cancelled' AND start_ms >= ? AND start_ms < ? ORDER BY start_ms, "
                       "place_id, line");
    query.bind(1, fromMs).bind(2, toMs);
    while (query.step())
        result.append(readBooking(query));
    return result;
}

QList<CallBooking> CallBook::callLog(const QString &childId) const
{
    QList<CallBooking> result;
    Statement query = m_db.prepare(QByteArray(kBookingColumns)
                                   + "WHERE child_id = ? AND status <> 'cancelled' ORDER BY start_ms DESC");
    query.bind(1, childId);
    while (query.step())
        result.append(readBooking(query));
    return result;
}

} // namespace qq

namespace qq {

CallMonth CallBook::month(QDate anyDay) const
{
    const QTimeZone zone = m_settings.timeZone();
    CallMonth result;
    result.first = QDate(anyDay.year(), anyDay.month(), 1);
    const qint64 from = dayStartMs(result.first, zone);
    const qint64 to = dayStartMs(result.first.addMonths(1), zone);
    QHash<QString, CallMonthChild> byChild;
    Statement children = m_db.prepare("SELECT id FROM children WHERE active = 1");
    while (children.step()) {
        CallMonthChild child;
        child.childId = children.text(0);
        byChild.insert(child.childId, child);
    }
    Statement last =
        m_db.prepare("SELECT child_id, max(start_ms) FROM call_bookings WHERE status = 'talked' GROUP BY child_id");
    while (last.step()) {
        if (byChild.contains(last.text(0)))
            byChild[last.text(0)].lastTalkMs = last.int64(1);
    }
    QHash<QString, CallMonthContact> byContact;
    for (const CallBooking &booking : bookingsBetween(from, to)) {
        if (!byChild.contains(booking.childId))
            continue;
        CallMonthChild &child = byChild[booking.childId];
        switch (booking.status) {
        case CallStatus::Talked:
            ++child.talked;
            break;
        case CallStatus::NoAnswer:
            ++child.noAnswer;
            break;
        case CallStatus::Absent:
            ++child.absent;
            break;
        default:
            ++child.booked;
            break;
        }
        if (booking.status == CallStatus::Talked || booking.status == CallStatus::NoAnswer) {
            CallMonthContact &contact = byContact[booking.contactId];
            contact.contactId = booking.contactId;
            contact.childId = booking.childId;
            ++contact.calls;
            contact.noAnswer += booking.status == CallStatus::NoAnswer ? 1 : 0;
        }
    }
    result.children = byChild.values();
    // No call yet first, longest without a call first; then the fewest calls.
    std::sort(result.children.begin(), result.children.end(), [](const CallMonthChild &a, const CallMonthChild &b) {
        const bool aDue = a.talked == 0;
        const bool bDue = b.talked == 0;
        if (aDue != bDue)
            return aDue;
        const qint64 aLast = a.lastTalkMs.value_or(0);
        const qint64 bLast = b.lastTalkMs.value_or(0);
        if (aLast != bLast)
            return aLast < bLast;
        return a.childId < b.childId;
    });
    result.contacts = byContact.values();
    std::sort(result.contacts.begin(), result.contacts.end(), [](const CallMonthContact &a, const CallMonthContact &b) {
        // a.noAnswer / a.calls > b.noAnswer / b.calls, without division
        const qint64 left = qint64(a.noAnswer) * b.calls;
        const qint64 right = qint64(b.noAnswer) * a.calls;
        return left != right ? left > right : a.contactId < b.contactId;
    });
    return result;
}

} // namespace qq

namespace qq {

namespace {

// Day names as people type them, Monday = 1.
int dayNumber(const QString &word)
{
    static const QString kChinese = QStringLiteral("一二三四五六日");
    const QString lower = word.toLower();
    for (const QString &prefix : {QStringLiteral("周"), QStringLiteral("星期"), QStringLiteral("礼拜")}) {
        if (lower.startsWith(prefix) && lower.size() == prefix.size() + 1) {
            const QChar day = lower.back();
            if (day == u'天')
                return 7;
            const qsizetype index = kChinese.indexOf(day);
            return index < 0 ? 0 : int(index) + 1;
        }
    }
    static const char *const kEnglish[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < 7; ++i) {
        if (lower.startsWith(QLatin1String(kEnglish[i])))
            return i + 1;
    }
    return 0;
}

} // namespace

std::optional<QList<WeeklyRange>> parseWeeklyRanges(const QString &text, QString *problem)
{
    QString normalized = text;
    for (const QChar dash : {u'–', u'—', u'~', u'～', u'至', u'到', u'－'})
        normalized.replace(dash, u'-');
    normalized.replace(u'：', u':');
    static const QRegularExpression token(
        QStringLiteral(R"(\G(?:(?<sep>[\s,;、，；]+)|(?<all>每天|天天|daily|every ?day)|(?<work>工作日|weekdays?)|)"
                       R"((?<weekend>周末|weekends?)|(?<from>(?:周|星期|礼拜)[一二三四五六日天]|[a-z]{3,9})(?:-(?<to>)"
                       R"((?:周|星期|礼拜)[一二三四五六日天]|[a-z]{3,9}))?|)"
                       R"((?<start>\d{1,2}:\d{2})-(?<end>\d{1,2}:\d{2})))"),
        QRegularExpression::CaseInsensitiveOption);
    auto fail = [problem](const QString &message) -> std::optional<QList<WeeklyRange>> {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    auto minutes = [](const QString &clock) {
        const QStringList parts = clock.split(u':');
        const int hour = parts.at(0).toInt();
        const int minute = parts.at(1).toInt();
        return minute < 60 && hour <= 24 && (hour < 24 || minute == 0) ? hour * 60 + minute : -1;
    };
    QList<int> days;
    QList<WeeklyRange> ranges;
    qsizetype at = 0;
    while (at < normalized.size()) {
        const QRegularExpressionMatch match = token.match(normalized, at);
        if (!match.hasMatch() || match.capturedLength() == 0) {
            return fail(QCoreApplication::translate("Calls", "\"%1\" is not a day or a time like 周三 12:00-12:30.")
                            .arg(normalized.mid(at, 12).trimmed()));
        }
        at = match.capturedEnd();
        if (match.hasCaptured(u"sep"))
            continue;
        if (match.hasCaptured(u"all")) {
            days = {1, 2, 3, 4, 5, 6, 7};
        } else if (match.hasCaptured(u"work")) {
            days = {1, 2, 3, 4, 5};
        } else if (match.hasCaptured(u"weekend")) {
            days = {6, 7};
        } else if (match.hasCaptured(u"from")) {
            const int from = dayNumber(match.captured(u"from"));
            const int to = match.hasCaptured(u"to") ? dayNumber(match.captured(u"to")) : from;
            if (from == 0 || to == 0)
                return fail(
                    QCoreApplication::translate("Calls", "\"%1\" is not a day of the week.").arg(match.captured(0)));
            days.clear();
            for (int day = from;; day = day % 7 + 1) { // "Sat-Mon" wraps round the week
                days.append(day);
                if (day == to)
                    break;
            }
        } else {
            const int start = minutes(match.captured(u"start"));
            const int end = minutes(match.captured(u"end"));
            if (start < 0 || end < 0)
                return fail(
                    QCoreApplication::translate("Calls", "\"%1\" is not a time of day.").arg(match.captured(0)));
            if (days.isEmpty())
                return fail(QCoreApplication::translate("Calls", "Which day is %1? Write the day first, like 周三 %1.")
                                .arg(match.captured(0)));
            for (int day : std::as_const(days))
                ranges.append({day, start, end});
        }
    }
    if (const QStringList problems = CallBook::rangeProblems(ranges); !problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    std::sort(ranges.begin(), ranges.end(), [](const WeeklyRange &a, const WeeklyRange &b) {
        return std::tie(a.weekday, a.startMinute) < std::tie(b.weekday, b.startMinute);
    });
    return ranges;
}

QString formatWeeklyRanges(const QList<WeeklyRange> &ranges)
{
    static const char *const kDays[] = {
        QT_TRANSLATE_NOOP("CallTime", "Mon"), QT_TRANSLATE_NOOP("CallTime", "Tue"),
        QT_TRANSLATE_NOOP("CallTime", "Wed"), QT_TRANSLATE_NOOP("CallTime", "Thu"),
        QT_TRANSLATE_NOOP("CallTime", "Fri"), QT_TRANSLATE_NOOP("CallTime", "Sat"),
        QT_TRANSLATE_NOOP("CallTime", "Sun"),
    };
    auto clock = [](int minutes) {
        return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    // Times per day, then runs of days with the same times: "Mon-Fri 16:00-18:30".
    QStringList perDay(8);
    for (const WeeklyRange &range : ranges) {
        if (range.weekday < 1 || range.weekday > 7)
            continue;
        QString &times = perDay[range.weekday];
        times += (times.isEmpty() ? QString() : QStringLiteral(" ")) + clock(range.startMinute) + QLatin1Char('-')
            + clock(range.endMinute);
    }
    auto dayName = [](int day) { return QCoreApplication::translate("CallTime", kDays[day - 1]); };
    QStringList parts;
    for (int day = 1; day <= 7;) {
        int last = day;
        while (last < 7 && perDay[last + 1] == perDay[day])
            ++last;
        if (!perDay[day].isEmpty()) {
            const QString days = last == day ? dayName(day) : dayName(day) + QLatin1Char('-') + dayName(last);
            parts.append(days + QLatin1Char(' ') + perDay[day]);
        }
        day = last + 1;
    }
    return parts.join(QCoreApplication::translate("CallTime", ", ", "between days"));
}

std::optional<QMap<QDate, QList<WeeklyRange>>> parseSpecialDays(const QString &text, int year, QString *problem)
{
    auto fail = [problem](const QString &message) -> std::optional<QMap<QDate, QList<WeeklyRange>>> {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    QString normalized = text;
    for (const QChar dash : {u'–', u'—', u'~', u'～', u'至', u'到', u'－'})
        normalized.replace(dash, u'-');
    normalized.replace(u'：', u':');
    // "2026-10-01" or "10-01"; a run "A-B"; then "closed"/"关闭"/"休息" or times.
    static const QRegularExpression entry(
        QStringLiteral(R"(^\s*((?:\d{4}-)?\d{1,2}-\d{1,2})(?:\s*-\s*((?:\d{4}-)?\d{1,2}-\d{1,2}))?\s*(.*)$)"));
    auto date = [year](const QString &text) {
        const QStringList parts = text.split(u'-');
        return parts.size() == 3 ? QDate(parts[0].toInt(), parts[1].toInt(), parts[2].toInt())
                                 : QDate(year, parts[0].toInt(), parts[1].toInt());
    };
    QMap<QDate, QList<WeeklyRange>> days;
    for (QString line : normalized.split(QRegularExpression(QStringLiteral("[\n;；，,]")), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch())
            return fail(QCoreApplication::translate("Calls", "\"%1\" does not start with a date like 2026-10-01.")
                            .arg(line.left(20)));
        const QDate first = date(match.captured(1));
        const QDate last = match.captured(2).isEmpty() ? first : date(match.captured(2));
        if (!first.isValid() || !last.isValid())
            return fail(QCoreApplication::translate("Calls", "\"%1\" is not a date.").arg(line.left(20)));
        if (last < first || first.daysTo(last) > 62)
            return fail(QCoreApplication::translate("Calls", "\"%1\": the days run backwards or over two months.")
                            .arg(line.left(30)));
        const QString rest = match.captured(3).trimmed();
        QList<WeeklyRange> hours;
        const QString lower = rest.toLower();
        if (!(lower.isEmpty() || lower == QLatin1String("closed") || rest == QStringLiteral("关闭")
              || rest == QStringLiteral("休息") || rest == QStringLiteral("不开放"))) {
            QString timesProblem;
            const std::optional<QList<WeeklyRange>> times =
                parseWeeklyRanges(QStringLiteral("周一 ") + rest, &timesProblem);
            if (!times)
                return fail(QCoreApplication::translate("Calls", "%1: %2").arg(line.left(20), timesProblem));
            hours = *times;
        }
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            QList<WeeklyRange> onDay;
            for (WeeklyRange range : std::as_const(hours)) {
                range.weekday = day.dayOfWeek();
                onDay.append(range);
            }
            days.insert(day, onDay);
        }
    }
    return days;
}

QString formatSpecialDays(const QHash<QDate, QList<WeeklyRange>> &days)
{
    QList<QDate> dates = days.keys();
    std::sort(dates.begin(), dates.end());
    QStringList lines;
    for (const QDate &day : std::as_const(dates)) {
        const QList<WeeklyRange> &hours = days.value(day);
        QString line = day.toString(Qt::ISODate) + QLatin1Char(' ');
        if (hours.isEmpty()) {
            line += QCoreApplication::translate("Calls", "closed");
        } else {
            QStringList times;
            for (const WeeklyRange &range : hours)
                times.append(QStringLiteral("%1:%2-%3:%4")
                                 .arg(range.startMinute / 60)
                                 .arg(range.startMinute % 60, 2, 10, QLatin1Char('0'))
                                 .arg(range.endMinute / 60)
                                 .arg(range.endMinute % 60, 2, 10, QLatin1Char('0')));
            line += times.join(QLatin1Char(' '));
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace qq
