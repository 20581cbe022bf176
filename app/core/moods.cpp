#include "moods.h"

#include "change_log.h"
#include "clock.h"
#include "ids.h"

#include <QJsonObject>

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
        QJsonObject payload{{"child_id", childId}, {"mood", mood}, {"at", now}};
        if (!visitId.isEmpty())
            payload.insert("visit_id", visitId);
        m_log.append("moods", id, ChangeLog::Op::Insert, payload, now);
        tx.commit();
    } catch (const StorageException &e) {
        return e.error();
    }
    return {};
}

} // namespace qq
