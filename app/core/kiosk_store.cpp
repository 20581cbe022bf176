#include "kiosk_store.h"

#include <QDir>
#include <QFile>

namespace qq {

std::unique_ptr<KioskStore> KioskStore::open(const QString &dataDir, const Clock &clock, TeacherPin::Cost pinCost)
{
    if (!QDir().mkpath(dataDir))
        throw StorageException({StorageErrorKind::ReadOnly, QStringLiteral("cannot create data folder")});
    // Children's files live here: only the kiosk's user may look inside.
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto db = Database::open(QDir(dataDir).filePath(QLatin1String(kDatabaseFile)));
    return std::unique_ptr<KioskStore>(new KioskStore(dataDir, std::move(db), clock, pinCost));
}

KioskStore::KioskStore(QString dataDir, std::unique_ptr<Database> db, const Clock &clock, TeacherPin::Cost pinCost)
    : m_dataDir(std::move(dataDir)),
      m_db(std::move(db)),
      m_clock(clock),
      m_log(*m_db),
      m_settings(*m_db, m_log, clock),
      m_roster(*m_db, m_log, clock),
      m_visits(*m_db, m_log, clock, m_settings),
      m_moods(*m_db, m_log, clock),
      m_pin(*m_db, clock, pinCost),
      m_calls(*m_db, m_log, clock, m_settings),
      m_mailbox(*m_db, m_log, clock,
                pinCost == TeacherPin::Cost::Minimal ? Mailbox::Cost::Minimal : Mailbox::Cost::Interactive),
      m_library(*m_db, m_log, m_settings, clock)
{
}

} // namespace qq
