#include "visits.h"

#include "change_log.h"
#include "clock.h"
#include "ids.h"
#include "local_time.h"
#include "settings.h"

#include <QLoggingCategory>

#include <algorithm>
#include <tuple>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace qq {
namespace {

constexpr const char *kVisitColumns = "id, child_id, signed_in_at, signed_in_by, signed_out_at, signed_out_by";

Visit readVisit(const Statement &stmt)
{
    Visit visit;
    visit.id = stmt.text(0);
    visit.childId = stmt.text(1);
    visit.signedInAt = stmt.int64(2);
    visit.signedInBy = stmt.text(3);
    if (!stmt.isNull(4))
        visit.signedOutAt = stmt.int64(4);
    visit.signedOutBy = stmt.text(5);
    return visit;
}

QByteArray select(const char *tail)
{
    return QByteArray("SELECT ") + kVisitColumns + " FROM visits " + tail;
}

// Oldest first. More than one only after a sync: the child signed in on two
// kiosks that were offline.
QList<Visit> openVisitsOf(Database &db, const QString &childId)
{
    QList<Visit> open;
    // The partial index holds open visits only: a tap reads one row, not the child's history.
    Statement stmt =
        db.prepare("SELECT " + QByteArray(kVisitColumns)
                   + " FROM visits INDEXED BY visits_open_by_child WHERE child_id = ? AND signed_out_at IS NULL");
    stmt.bind(1, childId);
    while (stmt.step())
        open.append(readVisit(stmt));
    std::sort(open.begin(), open.end(), [](const Visit &a, const Visit &b) {
        return std::tie(a.signedInAt, a.id) < std::tie(b.signedInAt, b.id);
    });
    return open;
}

} // namespace

QString actorKey(Actor actor)
{
    switch (actor) {
    case Actor::Child:
        return QStringLiteral("child");
    case Actor::Teacher:
        return QStringLiteral("teacher");
    case Actor::Auto:
        break;
    }
    return QStringLiteral("auto");
}

VisitService::VisitService(Database &db, ChangeLog &log, const Clock &clock, const Settings &settings)
    : m_db(db), m_log(log), m_clock(clock), m_settings(settings)
{
}

VisitOutcome VisitService::toggle(const QString &childId)
{
    return change(childId, Actor::Child, Toggle::Either);
}

VisitOutcome VisitService::signIn(const QString &childId, Actor by)
{
    return change(childId, by, Toggle::InOnly);
}

VisitOutcome VisitService::signOut(const QString &childId, Actor by)
{
    return change(childId, by, Toggle::OutOnly);
}

VisitOutcome VisitService::change(const QString &childId, Actor by, Toggle mode)
{
    VisitOutcome outcome;
    try {
        Transaction tx(m_db);
        Statement known = m_db.prepare("SELECT active FROM children WHERE id = ?");
        known.bind(1, childId);
        // A child taken off the roster while in the room can still be signed out.
        if (!known.step() || (known.int64(0) == 0 && mode != Toggle::OutOnly)) {
            outcome.status = VisitOutcome::Status::UnknownChild;
            return outcome;
        }
        const qint64 now = m_clock.nowMs();
        QList<Visit> open = openVisitsOf(m_db, childId);
        // A visit left open past its closing time (the kiosk was off) is
        // closed first, so this tap starts a new visit instead of ending it.
        for (qsizetype i = open.size() - 1; i >= 0; --i) {
            if (closingCutoff(open[i].signedInAt) <= now) {
                closeVisit(open[i], closingCutoff(open[i].signedInAt), Actor::Auto);
                open.removeAt(i);
            }
        }
        const bool isDoubleTap = by == Actor::Child;
        if (!open.isEmpty()) {
            const qint64 age = now - open.last().signedInAt;
            if (mode == Toggle::InOnly || (isDoubleTap && age >= 0 && age < kDoubleTapMs)) {
                outcome.status = VisitOutcome::Status::AlreadyIn;
                outcome.visit = open.last();
                tx.commit();
                return outcome;
            }
            // Signed in on two kiosks: leaving ends both.
            for (Visit &visit : open)
                closeVisit(visit, std::max(now, visit.signedInAt), by);
            outcome.status = VisitOutcome::Status::SignedOut;
            outcome.visit = open.last();
        } else {
            if (mode == Toggle::OutOnly) {
                outcome.status = VisitOutcome::Status::NotIn;
                tx.commit();
                return outcome;
            }
            if (isDoubleTap) {
                std::optional<Visit> last = lastClosedVisit(childId);
                const qint64 age = last ? now - *last->signedOutAt : -1;
                if (last && last->signedOutBy == actorKey(Actor::Child) && age >= 0 && age < kDoubleTapMs) {
                    outcome.status = VisitOutcome::Status::AlreadyOut;
                    outcome.visit = *last;
                    tx.commit();
                    return outcome;
                }
                // Closing time signed the child out while they were still in
                // the room; the tap on leaving is their real sign-out, not a
                // new visit that would stay open until midnight.
                if (last && last->signedOutBy == actorKey(Actor::Auto) && age >= 0
                    && localDate(*last->signedOutAt, m_settings.timeZone()) == localDate(now, m_settings.timeZone())) {
                    closeVisit(*last, now, Actor::Child);
                    outcome.status = VisitOutcome::Status::SignedOut;
                    outcome.visit = *last;
                    tx.commit();
                    return outcome;
                }
            }
            Visit visit;
            visit.id = newId();
            visit.childId = childId;
            visit.signedInAt = now;
            visit.signedInBy = actorKey(by);
            m_db.prepare("INSERT INTO visits (id, child_id, signed_in_at, signed_in_by) VALUES (?, ?, ?, ?)")
                .bind(1, visit.id)
                .bind(2, visit.childId)
                .bind(3, visit.signedInAt)
                .bind(4, visit.signedInBy)
                .run();
            m_log.appendRow("visits", visit.id, ChangeLog::Op::Insert, now);
            outcome.status = VisitOutcome::Status::SignedIn;
            outcome.visit = visit;
        }
        tx.commit();
    } catch (const StorageException &e) {
        qCWarning(lcStorage) << "visit not saved:" << e.error().detail;
        outcome.status = VisitOutcome::Status::StorageFailed;
        outcome.error = e.error();
        outcome.visit = {};
    }
    return outcome;
}

void VisitService::closeVisit(Visit &visit, qint64 atMs, Actor by)
{
    visit.signedOutAt = atMs;
    visit.signedOutBy = actorKey(by);
    m_db.prepare("UPDATE visits SET signed_out_at = ?, signed_out_by = ? WHERE id = ?")
        .bind(1, atMs)
        .bind(2, visit.signedOutBy)
        .bind(3, visit.id)
        .run();
    m_log.appendRow("visits", visit.id, ChangeLog::Op::Update, m_clock.nowMs(), {"signed_out_at", "signed_out_by"});
}

qint64 VisitService::closingCutoff(qint64 signedInAt) const
{
    const QTimeZone zone = m_settings.timeZone();
    const QDate day = localDate(signedInAt, zone);
    const qint64 closing = localMs(day, m_settings.closingTime(), zone);
    // Signed in after closing (a late event): the visit ends at midnight.
    return signedInAt < closing ? closing : dayStartMs(day.addDays(1), zone);
}

int VisitService::closeDue()
{
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    int closed = 0;
    for (Visit &visit : openVisits()) {
        const qint64 cutoff = closingCutoff(visit.signedInAt);
        if (cutoff <= now) {
            closeVisit(visit, cutoff, Actor::Auto);
            ++closed;
        }
    }
    tx.commit();
    return closed;
}

std::optional<Visit> VisitService::openVisit(const QString &childId) const
{
    const QList<Visit> open = openVisitsOf(m_db, childId);
    if (open.isEmpty())
        return std::nullopt;
    return open.last();
}

std::optional<Visit> VisitService::lastClosedVisit(const QString &childId) const
{
    Statement stmt =
        m_db.prepare(select("WHERE child_id = ? AND signed_out_at IS NOT NULL ORDER BY signed_out_at DESC LIMIT 1"));
    stmt.bind(1, childId);
    if (!stmt.step())
        return std::nullopt;
    return readVisit(stmt);
}

QList<Visit> VisitService::openVisits() const
{
    QList<Visit> result;
    Statement stmt = m_db.prepare(select("WHERE signed_out_at IS NULL ORDER BY signed_in_at"));
    while (stmt.step())
        result.append(readVisit(stmt));
    return result;
}

QList<PresentChild> VisitService::present() const
{
    QList<PresentChild> result;
    Statement stmt = m_db.prepare("SELECT v.id, v.child_id, c.name, k.name, v.signed_in_at FROM visits v "
                                  "JOIN children c ON c.id = v.child_id JOIN classes k ON k.id = c.class_id "
                                  "WHERE v.signed_out_at IS NULL ORDER BY v.signed_in_at, c.name");
    while (stmt.step())
        result.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.int64(4)});
    return result;
}

int VisitService::countStartedOn(QDate localDay) const
{
    const QTimeZone zone = m_settings.timeZone();
    Statement stmt = m_db.prepare("SELECT count(*) FROM visits WHERE signed_in_at >= ? AND signed_in_at < ?");
    stmt.bind(1, dayStartMs(localDay, zone)).bind(2, dayStartMs(localDay.addDays(1), zone));
    stmt.step();
    return int(stmt.int64(0));
}

QList<Visit> VisitService::startedBetween(qint64 fromMs, qint64 toMs) const
{
    QList<Visit> result;
    Statement stmt = m_db.prepare(select("WHERE signed_in_at >= ? AND signed_in_at < ? ORDER BY signed_in_at"));
    stmt.bind(1, fromMs).bind(2, toMs);
    while (stmt.step())
        result.append(readVisit(stmt));
    return result;
}

} // namespace qq
