#pragma once

#include "hub_store.h"

#include <condition_variable>
#include <mutex>
#include <vector>

struct pg_conn;

namespace qq::hub {

// The hub's store in PostgreSQL, for a district: several qinqing-hub
// processes may serve one database, since nothing lives in the process. A
// push takes a per-school advisory lock, so a school's rows get their `seq`
// in commit order and a pull after a cursor never skips a row committed late.
class PostgresHubStore final : public HubStore {
public:
    PostgresHubStore(const QString &connection, int connections);
    ~PostgresHubStore() override;

    School addSchool(const QString &name, qint64 nowMs) override;
    QList<School> schools() override;
    QString addEnrollmentCode(const QString &schoolId, qint64 expiresAtMs) override;
    EnrollResult enroll(const QString &code, const QString &deviceId, const QString &deviceName,
                        const QByteArray &publicKey, qint64 nowMs) override;
    ReenrollPermit allowReenrollment(const QString &deviceId, qint64 untilMs) override;
    QList<Device> devices() override;
    bool revoke(const QString &deviceId, qint64 nowMs) override;
    std::optional<Device> deviceForToken(const QString &token, qint64 nowMs) override;
    int push(const QString &schoolId, const QString &deviceId, const QList<ChangeRow> &rows) override;
    PullChunk pull(const QString &schoolId, const QString &exceptDevice, qint64 cursor, int limit) override;
    QList<QByteArray> payloadsOf(const QString &schoolId, const QString &entity) override;

    class Lease;

private:
    pg_conn *acquire();
    void release(pg_conn *connection);

    QByteArray m_connection;
    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<pg_conn *> m_idle;
    std::vector<pg_conn *> m_all;
};

} // namespace qq::hub
