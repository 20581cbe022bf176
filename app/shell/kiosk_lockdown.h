#pragma once

#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace qq {

class KioskSession;

// `qinqing --kiosk`: full screen, no cursor on a touch screen, no way out
// but the teacher's exit.
void enterKioskMode(QQuickWindow &window, KioskSession &session);

// Tells systemd (Type=notify, WatchdogSec=) the kiosk is up once its first
// frame is shown, then pats the watchdog from the UI thread: if the UI thread
// hangs, systemd kills and restarts the session. Does nothing outside systemd.
class SystemdWatchdog : public QObject {
public:
    explicit SystemdWatchdog(QQuickWindow &window, QObject *parent = nullptr);

private:
    QTimer m_pat;
};

} // namespace qq
