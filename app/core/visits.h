#pragma once

#include "database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qq {

class ChangeLog;
class Clock;
class Settings;

enum class Actor { Child, Teacher, Auto };

struct Visit {
    QString id;
    QString childId;
    qint64 signedInAt = 0;
    QString signedInBy;
    std::optional<qint64> signedOutAt;
    QString signedOutBy;
};

// Who is in the room now, for the duty teacher.
struct PresentChild {
    QString visitId;
    QString childId;
    QString name;
    QString className;
    qint64 signedInAt = 0;
};

struct VisitOutcome {
    enum class Status {
        SignedIn,
        SignedOut,
        AlreadyIn, // a second tap within the double-tap window: nothing written
        AlreadyOut, // likewise after signing out
        UnknownChild,
        NotIn, // a teacher signed out a child who was not in the room
        StorageFailed,
    };
    Status status = Status::StorageFailed;
    Visit visit;
    StorageError error;

    bool ok() const { return status <= Status::AlreadyOut; }
};

// Sign-in and sign-out. Each call is one transaction: when it returns a
// success, the visit is on disk.
class VisitService {
public:
    static constexpr qint64 kDoubleTapMs = 10'000;

    VisitService(Database &db, ChangeLog &log, const Clock &clock, const Settings &settings);

    VisitOutcome toggle(const QString &childId); // a child's tap on their photo
    VisitOutcome signIn(const QString &childId, Actor by);
    VisitOutcome signOut(const QString &childId, Actor by);

    // Signs out everyone still in after their day's closing time; returns how many.
    int closeDue();
    // The instant after which a visit that started at signedInAt is closed automatically.
    qint64 closingCutoff(qint64 signedInAt) const;

    std::optional<Visit> openVisit(const QString &childId) const;
    QList<Visit> openVisits() const;
    QList<PresentChild> present() const; // longest-staying first
    int countStartedOn(QDate localDay) const;
    QList<Visit> startedBetween(qint64 fromMs, qint64 toMs) const;

private:
    enum class Toggle { Either, InOnly, OutOnly };
    VisitOutcome change(const QString &childId, Actor by, Toggle mode);
    void closeVisit(Visit &visit, qint64 atMs, Actor by);
    std::optional<Visit> lastClosedVisit(const QString &childId) const;

    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
    const Settings &m_settings;
};

QString actorKey(Actor actor);

} // namespace qq
