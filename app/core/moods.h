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

} // namespace qq
