// The baseline for startup_ratio: the smallest Qt Quick window, timed to its
// first frame the same way as the kiosk.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    // An optional QML file replaces the empty window, for experiments.
    if (argc > 1)
        engine.load(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[1])));
    else
        engine.loadData("import QtQuick\nWindow { visible: true; width: 1280; height: 800; color: \"#FFF6EA\" }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            std::printf("first-frame\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
