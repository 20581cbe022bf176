#include "kiosk_session.h"

#include "clock.h"
#include "kiosk_store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "qinqing.session")

namespace qq {
namespace {
KioskSession *s_instance = nullptr;
}

KioskSession::KioskSession(KioskStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_lastActivityMs(store.clock().nowMs())
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &KioskSession::update);
    m_timer.start();
}

KioskSession *KioskSession::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void KioskSession::setInstance(KioskSession *instance)
{
    s_instance = instance;
}

void KioskSession::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit lockedChanged();
}

void KioskSession::noteActivity()
{
    m_lastActivityMs = m_store.clock().nowMs();
    setDimmed(false);
}

void KioskSession::update()
{
    const qint64 now = m_store.clock().nowMs();
    // A clock set back (by hand, or by NTP after a power cut) counts idleness from now.
    m_lastActivityMs = std::min(m_lastActivityMs, now);
    const bool idle = now - m_lastActivityMs >= kIdleBeforeDimMs;
    setDimmed(idle && !m_store.calls().isOpenAt(now));
}

void KioskSession::wake()
{
    noteActivity();
}

void KioskSession::exitApp()
{
    qCInfo(lcSession) << "the teacher closed the kiosk";
    emit exitRequested();
}

void KioskSession::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    emit dimmedChanged();
}

} // namespace qq
