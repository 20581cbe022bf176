#pragma once

#include "database.h"

#include <QString>

namespace qq {

class ChangeLog;
class Clock;

// "How do you feel today?" — one of five faces, 1 (very sad) to 5 (very happy).
// Stored for the counselor only; the duty teacher's screens never read it.
class MoodLog {
public:
    MoodLog(Database &db, ChangeLog &log, const Clock &clock);
    // Returns an error (kind None on success); an unknown child or a mood
    // outside 1..5 is refused as a Constraint error and nothing is written.
    StorageError record(const QString &childId, const QString &visitId, int mood);

private:
    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
};

// "Who needs me this week": for the counselor only. A child whose faces were
// sad or worried (1 or 2) on several visits in a row, or who came often and
// then stopped coming.
struct CareSignal {
    enum class Reason { SadStreak, StoppedComing };
    QString childId;
    QString childName;
    QString className;
    Reason reason = Reason::SadStreak;
    int sadVisits = 0; // SadStreak: how many in a row, latest first
    QList<int> recentMoods; // latest first, up to 5
    qint64 lastVisitMs = 0;
    int daysAway = 0; // StoppedComing: whole days since the last visit
};

namespace Care {
constexpr int kSadStreak = 3;
constexpr int kRecentDays = 14; // a streak counts while its latest face is this recent
constexpr int kAwayDays = 7;
constexpr int kRegularVisits = 3; // in the four weeks before the absence
QList<CareSignal> whoNeedsCare(Database &db, qint64 nowMs);
} // namespace Care

} // namespace qq
