#pragma once

#include "database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace qq {

class ChangeLog;
class Clock;
class Settings;

// A time range in one local week: weekday 1 (Monday) to 7 (Sunday), minutes
// from local midnight, start inclusive, end exclusive.
struct WeeklyRange {
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0;
    friend bool operator==(const WeeklyRange &, const WeeklyRange &) = default;
};

struct CallPlace {
    enum class Kind { Phone, Video };
    QString id;
    QString name;
    Kind kind = Kind::Phone;
    int lines = 1; // how many calls at once (two phone lines, two video stations)
    bool active = true;
};

// The room's rules for calls (settings; defaults from the issue).
struct CallPolicy {
    int slotMinutes = 10;
    int gapMinutes = 0;
    int perMonth = 1; // calls the room guarantees each child a month
    int weeklyCap = 1; // calls a child may have in one week when places are scarce
    int bookingsAhead = 1; // calls a child may have booked at once
    friend bool operator==(const CallPolicy &, const CallPolicy &) = default;
};

// One place (one of its lines) at one time.
struct CallSlot {
    QString placeId;
    int line = 1;
    qint64 startMs = 0;
    qint64 endMs = 0;
    friend bool operator==(const CallSlot &, const CallSlot &) = default;
};

enum class CallStatus { Booked, Cancelled, Talked, NoAnswer, Absent };
enum class CallSource { Child, Plan, Teacher };

struct CallBooking {
    QString id;
    QString childId;
    QString contactId;
    CallSlot slot;
    CallStatus status = CallStatus::Booked;
    CallSource source = CallSource::Child;
    int minutes = 0; // how long they talked, when Talked
};

// A booking or set-up change refused before anything was written. The
// message is plain words for the screen (translated, "Calls" context); it
// never names a child, so it may be logged.
class CallError : public StorageException {
public:
    enum class Reason {
        Invalid, // empty or overlapping ranges, a bad policy value, a bad place
        UnknownChild,
        UnknownContact,
        UnknownPlace,
        OutsideOpeningHours,
        OutsideWindow, // the parent cannot answer then
        InThePast,
        SlotTaken,
        ChildBusy, // another call that day, the weekly cap, or the bookings-ahead limit
        UnknownBooking,
        AlreadyMarked,
    };
    CallError(Reason reason, QString message);
    Reason reason() const { return m_reason; }
    const QString &message() const { return m_message; }

private:
    Reason m_reason;
    QString m_message;
};

// A month of calls: every active child (those without a call yet first), and
// how often each parent did not answer.
struct CallMonthChild {
    QString childId;
    int talked = 0;
    int noAnswer = 0;
    int absent = 0;
    int booked = 0; // still to come
    std::optional<qint64> lastTalkMs; // ever, not only this month
};
struct CallMonthContact {
    QString contactId;
    QString childId;
    int calls = 0; // talked or no answer
    int noAnswer = 0;
};
struct CallMonth {
    QDate first; // the month's first day
    QList<CallMonthChild> children;
    QList<CallMonthContact> contacts; // with at least one call, highest no-answer rate first
};

// Free slots for one child and one parent, and when there are none, why.
struct FreeSlots {
    QList<CallSlot> options; // soonest first, one per start time, at most two a day
    QString whyNone; // plain words, empty when there are slots
    std::optional<qint64> nextChanceMs; // the first day the child may book again
};

// Call places, the room's opening hours, parents' windows, the policy and
// the bookings. Times are stored as UTC milliseconds; hours and windows are
// the room's local ones. Every write is one transaction with the change log;
// a booking is unique per place, line and start (an index, not only code),
// so a clock that jumps or a double tap never doubles one.
class CallBook {
public:
    static constexpr int kDaysAhead = 14; // how far ahead children book
    static constexpr int kLeadMinutes = 5; // a slot starting sooner is not offered

    CallBook(Database &db, ChangeLog &log, const Clock &clock, Settings &settings);

    // Set-up (the duty teacher).
    QList<CallPlace> places(bool includeInactive = false) const;
    std::optional<CallPlace> place(const QString &placeId) const;
    QString addPlace(CallPlace place); // CallError Invalid for an empty name or 1..9 lines
    void updatePlace(const CallPlace &place);
    QList<WeeklyRange> openingHours() const; // by weekday, start
    void setOpeningHours(const QList<WeeklyRange> &hours); // CallError Invalid when empty or overlapping
    // A holiday or special day: its own hours, or none (closed).
    void setSpecialDay(QDate day, const QList<WeeklyRange> &hours); // weekday ignored
    void clearSpecialDay(QDate day);
    QHash<QDate, QList<WeeklyRange>> specialDays() const;
    // Whether the room is open at this moment (special days first, then the week).
    bool isOpenAt(qint64 ms) const;
    QList<WeeklyRange> contactWindows(const QString &contactId) const;
    void setContactWindows(const QString &contactId, const QList<WeeklyRange> &windows);
    CallPolicy policy() const;
    void setPolicy(const CallPolicy &policy); // CallError Invalid for values out of range
    // Plain-words problems with a set of ranges: empty, reversed, outside
    // the day, overlapping. Empty when fine.
    static QStringList rangeProblems(const QList<WeeklyRange> &ranges);

    // Every slot of every active place (each line) inside opening hours and
    // starting in [fromMs, toMs), soonest first.
    QList<CallSlot> roomSlots(qint64 fromMs, qint64 toMs) const;
    bool isRoomSlot(const CallSlot &slot) const;
    // Slots this child can book with this parent now: in the room's hours,
    // in one of the parent's windows, free, from now (plus a lead) to
    // kDaysAhead days, on days the child has no call, within the weekly cap.
    FreeSlots freeSlots(const QString &childId, const QString &contactId, int max = 6) const;

    // Booking. CallError with nothing written when any rule is broken.
    QString book(const QString &childId, const QString &contactId, const CallSlot &slot,
                 CallSource source = CallSource::Child);
    void cancel(const QString &bookingId);
    // The teacher marks a call; a no-answer earns a make-up in the plan.
    void mark(const QString &bookingId, CallStatus status, int minutes = 0);

    std::optional<CallBooking> booking(const QString &bookingId) const;
    QList<CallBooking> upcoming(const QString &childId) const; // booked, not yet ended
    QList<CallBooking> bookingsBetween(qint64 fromMs, qint64 toMs) const; // not cancelled, by start
    QList<CallBooking> callLog(const QString &childId) const; // all but cancelled, newest first
    CallMonth month(QDate anyDay) const;

private:
    QList<WeeklyRange> hoursOn(QDate day) const;
    void checkChildMayBook(const QString &childId, const CallSlot &slot, CallSource source) const;

    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
    Settings &m_settings;
};

// True when the slot lies inside one of the weekly ranges (local time).
bool slotFitsRanges(const CallSlot &slot, const QList<WeeklyRange> &ranges, const QTimeZone &zone);

// A call's time in words a child reads: "Today, afternoon 4:20", "Sunday
// evening 7:20" (今天下午 4:20, 星期日晚上 7:20); dates beyond a week are named
// ("12月7日 上午 9:30"). Translated in the "CallTime" context.
QString callTimeWords(qint64 startMs, qint64 nowMs, const QTimeZone &zone);

// Weekly times as a teacher types them: "周三 12:00-12:30，周日 19:00-21:00",
// "周一至周五 16:00-18:30", "工作日 12:00-12:30", "每天 …", "周末 …", or
// "Wed 12:00-12:30, Sat-Sun 9:00-11:00"; full-width punctuation and dashes
// are fine. Empty text is no times. Nothing, with `problem` in plain words
// naming the part not understood, when the text is not such times or the
// ranges are empty or overlap.
std::optional<QList<WeeklyRange>> parseWeeklyRanges(const QString &text, QString *problem = nullptr);
// Holidays and special days, a day or a run of days per line or comma:
// "2026-10-01至2026-10-07 关闭", "2026-12-31 9:00-12:00", "10-01 closed"
// (this year). An empty list of ranges is a closed day.
std::optional<QMap<QDate, QList<WeeklyRange>>> parseSpecialDays(const QString &text, int year,
                                                                QString *problem = nullptr);
QString formatSpecialDays(const QHash<QDate, QList<WeeklyRange>> &days);
// The same, written back in the user's language ("周三 12:00-12:30，周日 …").
QString formatWeeklyRanges(const QList<WeeklyRange> &ranges);

QString callStatusKey(CallStatus status);
std::optional<CallStatus> callStatusFromKey(const QString &key);

} // namespace qq
