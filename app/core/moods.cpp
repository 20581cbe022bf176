#include "moods.h"

#include "change_log.h"
#include "clock.h"
#include "ids.h"

#include <algorithm>

namespace qq {

MoodLog::MoodLog(Database &db, ChangeLog &log, const Clock &clock) : m_db(db), m_log(log), m_clock(clock) { }

StorageError MoodLog::record(const QString &childId, const QString &visitId, int mood)
{
    if (mood < 1 || mood > 5)
        return {StorageErrorKind::Constraint, QStringLiteral("mood out of range")};
    try {
        Transaction tx(m_db);
        const QString id = newId();
        const qint64 now = m_clock.nowMs();
        m_db.prepare("INSERT INTO moods (id, child_id, visit_id, mood, at) VALUES (?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, childId)
            .bind(3, visitId.isEmpty() ? QString() : visitId)
            .bind(4, mood)
            .bind(5, now)
            .run();
        m_log.appendRow("moods", id, ChangeLog::Op::Insert, now);
        tx.commit();
    } catch (const StorageException &e) {
        return e.error();
    }
    return {};
}

namespace Care {

QList<CareSignal> whoNeedsCare(Database &db, qint64 nowMs)
{
    constexpr qint64 kDayMs = 86'400'000;
    QList<CareSignal> sad;
    {
        Statement stmt = db.prepare("SELECT m.child_id, m.mood, m.at, c.name, k.name FROM moods m"
                                    " JOIN children c ON c.id = m.child_id JOIN classes k ON k.id = c.class_id"
                                    " WHERE c.active = 1 AND m.at >= ? AND m.at <= ? ORDER BY m.child_id, m.at DESC");
        stmt.bind(1, nowMs - 60 * kDayMs).bind(2, nowMs);
        CareSignal current;
        bool streakOpen = false;
        auto finish = [&] {
            if (current.sadVisits >= kSadStreak && current.lastVisitMs >= nowMs - kRecentDays * kDayMs)
                sad.append(current);
        };
        while (stmt.step()) {
            const QString childId = stmt.text(0);
            const int mood = int(stmt.int64(1));
            if (childId != current.childId) {
                if (!current.childId.isEmpty())
                    finish();
                current = CareSignal{};
                current.childId = childId;
                current.childName = stmt.text(3);
                current.className = stmt.text(4);
                current.lastVisitMs = stmt.int64(2);
                streakOpen = true;
            }
            if (current.recentMoods.size() < 5)
                current.recentMoods.append(mood);
            if (streakOpen && mood <= 2)
                ++current.sadVisits;
            else
                streakOpen = false;
        }
        if (!current.childId.isEmpty())
            finish();
    }
    std::stable_sort(sad.begin(), sad.end(), [](const CareSignal &a, const CareSignal &b) {
        return a.sadVisits != b.sadVisits ? a.sadVisits > b.sadVisits : a.lastVisitMs > b.lastVisitMs;
    });

    QList<CareSignal> away;
    {
        const qint64 absenceStart = nowMs - kAwayDays * kDayMs;
        Statement stmt = db.prepare("SELECT v.child_id, c.name, k.name, max(v.signed_in_at),"
                                    " sum(v.signed_in_at >= ? AND v.signed_in_at < ?) FROM visits v"
                                    " JOIN children c ON c.id = v.child_id JOIN classes k ON k.id = c.class_id"
                                    " WHERE c.active = 1 AND v.signed_in_at >= ? AND v.signed_in_at <= ?"
                                    " GROUP BY v.child_id HAVING max(v.signed_in_at) < ?");
        stmt.bind(1, absenceStart - 28 * kDayMs).bind(2, absenceStart).bind(3, absenceStart - 28 * kDayMs).bind(4, nowMs).bind(5, absenceStart);
        while (stmt.step()) {
            const QString childId = stmt.text(0);
            const bool alreadyListed = std::any_of(sad.cbegin(), sad.cend(), [&](const CareSignal &s) { return s.childId == childId; });
            if (stmt.int64(4) < kRegularVisits || alreadyListed)
                continue;
            CareSignal signal;
            signal.childId = childId;
            signal.childName = stmt.text(1);
            signal.className = stmt.text(2);
            signal.reason = CareSignal::Reason::StoppedComing;
            signal.lastVisitMs = stmt.int64(3);
            signal.daysAway = int((nowMs - signal.lastVisitMs) / kDayMs);
            away.append(signal);
        }
    }
    std::stable_sort(away.begin(), away.end(), [](const CareSignal &a, const CareSignal &b) { return a.daysAway > b.daysAway; });
    return sad + away;
}

} // namespace Care
} // namespace qq
