#include "kiosk_lockdown.h"

#include "kiosk_session.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputDevice>
#include <QLoggingCategory>
#include <QQuickWindow>

#include <systemd/sd-daemon.h>

Q_LOGGING_CATEGORY(lcLockdown, "qinqing.lockdown")

namespace qq {
namespace {

bool hasTouchScreen()
{
    const auto devices = QInputDevice::devices();
    return std::any_of(devices.begin(), devices.end(), [](const QInputDevice *device) {
        return device->type() == QInputDevice::DeviceType::TouchScreen;
    });
}

} // namespace

void enterKioskMode(QQuickWindow &window, KioskSession &session)
{
    session.setLocked(true);
    window.setFlag(Qt::FramelessWindowHint);
    window.showFullScreen();
    // Children tap; a pointer on screen only distracts. A teacher's mouse,
    // plugged in without a touch screen, keeps its cursor.
    if (hasTouchScreen())
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    qCInfo(lcLockdown) << "kiosk mode: full screen, touch screen" << hasTouchScreen();
    QObject::connect(&window, &QWindow::heightChanged, &window,
                     [&window] { qCInfo(lcLockdown) << "screen" << window.width() << "x" << window.height(); });
}

SystemdWatchdog::SystemdWatchdog(QQuickWindow &window, QObject *parent) : QObject(parent)
{
    uint64_t watchdogUsec = 0;
    const bool watched = sd_watchdog_enabled(0, &watchdogUsec) > 0;
    connect(
        &window, &QQuickWindow::frameSwapped, this, [] { sd_notify(0, "READY=1"); }, Qt::SingleShotConnection);
    if (!watched)
        return;
    // Three pats per period: one late pat is not yet a restart.
    m_pat.setInterval(std::max<int>(1000, int(watchdogUsec / 1000 / 3)));
    connect(&m_pat, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
    m_pat.start();
    qCInfo(lcLockdown) << "systemd watchdog every" << m_pat.interval() << "ms";
}

} // namespace qq
