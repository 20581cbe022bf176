// Makes a large school for benchmarks: qinqing-gen --data DIR --children 2000 --books 5000
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the avatars are drawn with QPainter
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption data("data", "Data folder to create.", "DIR");
    const QCommandLineOption children("children", "Number of children.", "N", "2000");
    const QCommandLineOption books("books", "Number of book copies.", "N", "5000");
    parser.addOptions({data, children, books});
    parser.process(app);
    if (!parser.isSet(data)) {
        std::fprintf(stderr, "qinqing-gen: --data DIR is required\n");
        return 2;
    }
    qq::SystemClock clock;
    try {
        auto store = qq::KioskStore::open(parser.value(data), clock);
        if (!qq::isEmptySchool(*store)) {
            std::fprintf(stderr, "qinqing-gen: %s already holds a school\n", qPrintable(parser.value(data)));
            return 2;
        }
        qq::DemoOptions options;
        options.children = parser.value(children).toInt();
        options.classes = std::max(1, options.children / 20);
        options.bookCopies = parser.value(books).toInt();
        const qq::DemoSummary summary = qq::createDemoSchool(*store, options);
        std::printf("created %d classes, %d children, %d contacts, %d titles, %d copies\n", summary.classes,
                    summary.children, summary.contacts, summary.titles, summary.copies);
    } catch (const qq::StorageException &e) {
        std::fprintf(stderr, "qinqing-gen: %s\n", e.what());
        return 1;
    }
    return 0;
}
