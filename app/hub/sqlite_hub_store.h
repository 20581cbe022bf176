#pragma once

#include "hub_store.h"

#include <memory>
#include <mutex>

namespace qq {
class Database;
}

namespace qq::hub {

// The hub's store in one SQLite file (hub.sqlite in a folder): a school's or a
// small district's hub started with one command. One connection behind a
// mutex; SQLite has one writer anyway.
class SqliteHubStore final : public HubStore {
public:
    explicit SqliteHubStore(const QString &folder);
    ~SqliteHubStore() override;

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

private:
    std::mutex m_mutex;
    std::unique_ptr<Database> m_db;
};

} // namespace qq::hub
