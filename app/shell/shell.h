#pragma once

#include <QString>

class QGuiApplication;

namespace qq {

struct ShellOptions {
    QString dataDir; // empty: the platform's app-data folder
    QString screenshotDir; // --screenshot DIR
    QString language = QStringLiteral("zh_CN");
    bool kiosk = false; // --kiosk: the locked-down kiosk session (full screen, no exit but the teacher's)
    bool demo = false; // --demo: a demo school in its own folder, never the school's real data
    bool selfTest = false;
    bool reportFirstFrame = false; // print "first-frame" once the first frame is on screen, then quit
};

// Reads the command line (after QGuiApplication exists); exits with a usage
// message on bad arguments.
ShellOptions parseShellOptions(QGuiApplication &app);

// True when argv asks for no real display (set before QGuiApplication starts).
bool wantsOffscreen(int argc, char **argv);

// runShell's answer when the program must start again (a backup was restored):
// main() runs itself anew, same process (EX_TEMPFAIL).
constexpr int kRestartExitCode = 75;

int runShell(QGuiApplication &app, const ShellOptions &options);

// Loads fontconfig's configuration on a background thread while Qt starts and
// the screens compile; the first Chinese text then finds it ready.
void warmUpFonts();

} // namespace qq
