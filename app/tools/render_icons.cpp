// Build step: renders the SVG icons in assets/icons to PNG, so the kiosk loads
// no SVG engine at start-up (that alone cost ~10 ms of a ~45 ms start).
// Usage: render_icons SIZE OUT_DIR FILE.svg...
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: render_icons SIZE OUT_DIR FILE.svg...\n");
        return 2;
    }
    const int size = QByteArray(argv[1]).toInt();
    const QDir out(QString::fromLocal8Bit(argv[2]));
    out.mkpath(".");
    for (int i = 3; i < argc; ++i) {
        const QString svg = QString::fromLocal8Bit(argv[i]);
        QSvgRenderer renderer(svg);
        if (!renderer.isValid()) {
            std::fprintf(stderr, "render_icons: %s is not a valid SVG\n", argv[i]);
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString png = out.filePath(QFileInfo(svg).completeBaseName() + ".png");
        if (!image.save(png)) {
            std::fprintf(stderr, "render_icons: cannot write %s\n", qPrintable(png));
            return 1;
        }
    }
    return 0;
}
