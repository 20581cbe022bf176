#include "shell.h"

#include <QGuiApplication>

// Thin on purpose: everything lives in the libraries under app/.
int main(int argc, char **argv)
{
    if (qq::wantsOffscreen(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qq::warmUpFonts();
    QGuiApplication app(argc, argv);
    return qq::runShell(app, qq::parseShellOptions(app));
}
