#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace qq {

class CallBook;
class Database;
class Roster;
class Settings;
class Clock;

// "Plan the week": who is due a call, and the fair assignment of the week's
// free slots to them (planCalls, a min-cost flow), booked in one transaction.
struct CallDue {
    QString childId;
    int weight = 0; // days waited, plus a bonus for a missed call
    bool makeUp = false; // the last call was not answered
    int calls = 1;
};

struct WeekPlan {
    QDate weekStart; // a Monday
    QList<CallDue> due;
    QStringList bookingIds; // the calls booked by the plan
    int childrenPlaced = 0;
    struct Unplaced {
        QString childId;
        QString why; // plain words, translated ("Calls" context); no names
    };
    QList<Unplaced> unplaced;
};

class CallRotation {
public:
    // A child is due when they have had fewer talks this month than the
    // policy guarantees, or the last call went unanswered (a make-up), and
    // has nothing booked ahead. Never talked counts as this long a wait.
    static constexpr int kNeverWaitedDays = 60;
    static constexpr int kMissedBonusDays = 30;

    CallRotation(Database &db, Roster &roster, CallBook &calls, const Settings &settings, const Clock &clock);

    QList<CallDue> dueChildren() const; // longest wait first
    // Plans the local week starting `weekStart` (from now on when it has
    // begun) and books the result, all or nothing.
    WeekPlan planWeek(QDate weekStart);

private:
    Database &m_db;
    Roster &m_roster;
    CallBook &m_calls;
    const Settings &m_settings;
    const Clock &m_clock;
};

} // namespace qq
