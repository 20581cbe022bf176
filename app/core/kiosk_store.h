#pragma once

#include "calls.h"
#include "change_log.h"
#include "database.h"
#include "library.h"
#include "mailbox.h"
#include "moods.h"
#include "roster.h"
#include "settings.h"
#include "teacher_pin.h"
#include "visits.h"

#include <memory>

namespace qq {

class Clock;

// The kiosk's data folder: one SQLite file and the services over it.
class KioskStore {
public:
    static constexpr const char *kDatabaseFile = "qinqing.sqlite";

    // Throws StorageException (NewerVersion, Corrupt, ReadOnly…) with nothing written.
    static std::unique_ptr<KioskStore> open(const QString &dataDir, const Clock &clock,
                                            TeacherPin::Cost pinCost = TeacherPin::Cost::Interactive);

    QString dataDir() const { return m_dataDir; }
    Database &db() { return *m_db; }
    ChangeLog &changeLog() { return m_log; }
    Settings &settings() { return m_settings; }
    Roster &roster() { return m_roster; }
    VisitService &visits() { return m_visits; }
    MoodLog &moods() { return m_moods; }
    TeacherPin &teacherPin() { return m_pin; }
    CallBook &calls() { return m_calls; }
    Mailbox &mailbox() { return m_mailbox; }
    Library &library() { return m_library; }
    const Clock &clock() const { return m_clock; }

private:
    KioskStore(QString dataDir, std::unique_ptr<Database> db, const Clock &clock, TeacherPin::Cost pinCost);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    ChangeLog m_log;
    Settings m_settings;
    Roster m_roster;
    VisitService m_visits;
    MoodLog m_moods;
    TeacherPin m_pin;
    CallBook m_calls;
    Mailbox m_mailbox;
    Library m_library;
};

} // namespace qq
