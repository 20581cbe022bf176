#pragma once

#include <QList>
#include <QString>

class QQuickWindow;

namespace qq {

class AppContext;
class KioskStore;
class ManualClock;
class SyntheticMicrophone;
struct Child;

// Plays a scripted afternoon in the demo school — children signing in, a
// birthday, a mood, the teacher's PIN and room — and renders each main
// screen. With an output folder it writes NAME.png files there.
class ScreenshotTour {
public:
    ScreenshotTour(KioskStore &store, AppContext &context, QQuickWindow &window, ManualClock &clock,
                   SyntheticMicrophone *microphone);
    // Returns the number of screens rendered (0 when the demo data is missing).
    int run(const QString &outDir);

private:
    bool shot(const QString &name, bool idle = false);
    void mailboxTour(const QList<Child> &children);
    void libraryTour(const QList<Child> &children);

    KioskStore &m_store;
    AppContext &m_context;
    QQuickWindow &m_window;
    ManualClock &m_clock;
    SyntheticMicrophone *m_microphone;
    QString m_outDir;
    int m_count = 0;
};

} // namespace qq
