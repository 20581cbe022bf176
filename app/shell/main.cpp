#include "shell.h"

#include <QGuiApplication>

#include <unistd.h>

#include <cstdio>
#include <vector>

// Thin on purpose: everything lives in the libraries under app/.
int main(int argc, char **argv)
{
    // The command line as given, before Qt takes its own options out of argv.
    const std::vector<char *> commandLine(argv, argv + argc + 1);
    if (qq::wantsOffscreen(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qq::warmUpFonts();
    int code = 0;
    {
        QGuiApplication app(argc, argv);
        code = qq::runShell(app, qq::parseShellOptions(app));
    }
    if (code == qq::kRestartExitCode) {
        // After a restore: the same program again with the same arguments, in
        // the same process (systemd keeps watching the same PID), with every
        // window and connection of this run closed.
        std::fflush(nullptr);
        ::execv("/proc/self/exe", commandLine.data());
        std::perror("qinqing: cannot start again");
    }
    return code;
}
