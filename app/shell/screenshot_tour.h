#pragma once

#include <QString>

class QQuickWindow;

namespace qq {

class AppContext;
class KioskStore;
class ManualClock;

// Plays a scripted afternoon in the demo school — children signing in, a
// birthday, a mood, the teacher's PIN and room — and renders each main
// screen. With an output folder it writes NAME.png files there.
class ScreenshotTour {
public:
    ScreenshotTour(KioskStore &store, AppContext &context, QQuickWindow &window, ManualClock &clock);
    // Returns the number of screens rendered (0 when the demo data is missing).
    int run(const QString &outDir);

private:
    bool shot(const QString &name, bool idle = false);

    KioskStore &m_store;
    AppContext &m_context;
    QQuickWindow &m_window;
    ManualClock &m_clock;
    QString m_outDir;
    int m_count = 0;
};

} // namespace qq
