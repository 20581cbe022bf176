// The kiosk's memory and endurance: the real Main.qml, loaded offscreen as
// app/shell/shell.cpp loads it, driven through thousands of simulated
// visitors (tests/soak/ui_soak.h) in a school of 2,000 children, while the
// process's resident memory is sampled. Prints "bench: …" lines (make soak);
// exits non-zero when any operation failed or an acknowledged record is
// missing from the database.
//
//   soak_ui [--operations N] [--seed S] [--children N] [--data DIR] [--fast-keys]
#include "app_context.h"
#include "clock.h"
#include "demo_school.h"
#include "frame_source.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "microphone.h"
#include "process_memory.h"
#include "ui_soak.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(QinqingUiPlugin)
Q_IMPORT_QML_PLUGIN(QinqingQmlPlugin)

using namespace qq;

namespace {

// The afternoon the soak starts: a Monday in the spring term.
qint64 firstAfternoonMs()
{
    return localMs(QDate(2026, 3, 2), QTime(15, 30), QTimeZone("Asia/Shanghai"));
}

// As the shell does for the default language.
void installChineseTranslations(QGuiApplication &app)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/qinqing_zh_CN.qm")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// Runs in a process of its own (soak_ui --make-school DIR), so that the
// soak's memory is a kiosk opening an existing school, not the making of one.
int makeSchool(const QString &dataDir, int children, bool fastKeys)
{
    ManualClock clock(firstAfternoonMs() - 7 * 24 * 3'600'000LL);
    try {
        auto store =
            KioskStore::open(dataDir, clock, fastKeys ? TeacherPin::Cost::Minimal : TeacherPin::Cost::Interactive);
        if (!isEmptySchool(*store))
            return 0;
        DemoOptions options;
        options.children = children;
        options.classes = std::max(1, children / 20);
        options.bookCopies = std::max(72, children * 3 / 10); // a few hundred donated books
        const DemoSummary summary = createDemoSchool(*store, options);
        std::printf("soak: a school of %d children in %d classes, %d titles, %d book copies\n", summary.children,
                    summary.classes, summary.titles, summary.copies);
    } catch (const StorageException &e) {
        std::fprintf(stderr, "soak: cannot make the school: %s\n", e.what());
        return 1;
    }
    return 0;
}

// The warnings of qinqing's own categories are failures: each one is
// something that went wrong behind a screen. Others (no audio device here)
// are shown once each.
int g_qinqingWarnings = 0;
QSet<QString> g_warningsShown;
QtMessageHandler g_previousHandler = nullptr;
void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const bool ours = context.category && qstrncmp(context.category, "qinqing", 7) == 0;
    if (ours)
        ++g_qinqingWarnings;
    QString kind = message; // the same warning about other rows is not news
    kind.remove(QRegularExpression(QStringLiteral("[0-9]+")));
    if (ours || !g_warningsShown.contains(kind)) {
        g_warningsShown.insert(kind);
        g_previousHandler(type, context, ours ? message : message + QStringLiteral(" (shown once)"));
    }
}

// Least-squares slope of resident memory over operations, in MB per 1,000.
double slopePerThousand(const QList<QPair<int, double>> &samples)
{
    if (samples.size() < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[x, y] : samples) {
        sx += x;
        sy += y;
        sxx += double(x) * x;
        sxy += double(x) * y;
    }
    const double n = double(samples.size());
    const double denominator = n * sxx - sx * sx;
    return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator * 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Drives the kiosk's UI through many simulated visitors and samples its memory."));
    parser.addHelpOption();
    const QCommandLineOption operationsOption(QStringLiteral("operations"), QStringLiteral("Visitors to simulate."),
                                              QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    const QCommandLineOption childrenOption(QStringLiteral("children"), QStringLiteral("Children in the school."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data folder (made when empty; default: a temporary one)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption framesOption(QStringLiteral("frames-every"),
                                          QStringLiteral("Grab a frame every N visitors."), QStringLiteral("N"),
                                          QStringLiteral("25"));
    const QCommandLineOption fastKeysOption(
        QStringLiteral("fast-keys"),
        QStringLiteral("Cheap key stretching for the PIN and the mailbox (tests only: the kiosk's uses 64-256 MiB)."));
    const QCommandLineOption makeSchoolOption(
        QStringLiteral("make-school"), QStringLiteral("(internal) Make the school in DIR."), QStringLiteral("DIR"));
    parser.addOptions(
        {operationsOption, seedOption, childrenOption, dataOption, framesOption, fastKeysOption, makeSchoolOption});
    parser.process(app);
    const int operations = parser.value(operationsOption).toInt();
    const int children = parser.value(childrenOption).toInt();
    const bool fastKeys = parser.isSet(fastKeysOption);
    if (operations < 10 || children < 20) {
        std::fprintf(stderr, "soak: at least 10 operations and 20 children\n");
        return 2;
    }
    if (parser.isSet(makeSchoolOption))
        return makeSchool(parser.value(makeSchoolOption), children, fastKeys);

    QTemporaryDir scratch;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : scratch.path();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList makeArgs{QStringLiteral("--make-school"), dataDir, QStringLiteral("--children"),
                         QString::number(children)};
    if (fastKeys)
        makeArgs << QStringLiteral("--fast-keys");
    QProcess maker;
    maker.setProcessChannelMode(QProcess::ForwardedChannels);
    maker.start(QCoreApplication::applicationFilePath(), makeArgs);
    if (!maker.waitForFinished(-1) || maker.exitStatus() != QProcess::NormalExit || maker.exitCode() != 0) {
        std::fprintf(stderr, "soak: the school could not be made\n");
        return 1;
    }
    std::printf("soak: school ready in %.1f s\n", double(sinceStart.elapsed()) / 1000.0);

    // From here on, what the kiosk's shell does: open the store, wire the
    // controllers, load Main.qml.
    g_previousHandler = qInstallMessageHandler(countWarnings);
    installChineseTranslations(app);
    ManualClock clock(firstAfternoonMs());
    std::unique_ptr<KioskStore> store;
    try {
        store = KioskStore::open(dataDir, clock, fastKeys ? TeacherPin::Cost::Minimal : TeacherPin::Cost::Interactive);
    } catch (const StorageException &e) {
        std::fprintf(stderr, "soak: cannot open the school: %s\n", e.what());
        return 1;
    }
    {
        // A reused folder: start the day after its last visit.
        Statement last = store->db().prepare("SELECT coalesce(max(signed_in_at), 0) FROM visits");
        if (last.step() && last.int64(0) >= clock.nowMs()) {
            const QTimeZone zone = store->settings().timeZone();
            clock.set(localMs(localDate(last.int64(0), zone).addDays(1), QTime(15, 30), zone));
        }
    }
    auto microphoneOwned = std::make_unique<SyntheticMicrophone>();
    SyntheticMicrophone &microphone = *microphoneOwned;
    microphone.setTimerDriven(false); // the soak speaks into it, as fast as it can
    AppContext context(*store, std::make_unique<ImageFrameSource>(), std::move(microphoneOwned));
    auto engine = std::make_unique<QQmlApplicationEngine>();
    context.installInto(*engine);
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QStringList earlyWarnings;
    soak::UiSoak *running = nullptr;
    QObject::connect(engine.get(), &QQmlEngine::warnings, engine.get(), [&](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            if (running)
                running->noteQmlWarning(warning.toString());
            else
                earlyWarnings << warning.toString();
        }
    });
    engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Qinqing/Main.qml")));
    if (engine->rootObjects().isEmpty()) {
        std::fprintf(stderr, "soak: the user interface could not be loaded\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "soak: Main.qml is not a window\n");
        return 1;
    }

    soak::UiSoak::Options options;
    options.seed = parser.value(seedOption).toUInt();
    options.framesEvery = std::max(1, parser.value(framesOption).toInt());
    soak::UiSoak soak(*store, context, *window, clock, microphone, options);
    for (const QString &warning : std::as_const(earlyWarnings))
        soak.noteQmlWarning(warning);
    running = &soak;

    int exitCode = 1;
    // Inside the running event loop, as the kiosk runs; after each tap
    // UiSoak::settle does what returning to the loop would.
    QTimer::singleShot(0, &app, [&] {
        if (!soak.setUp()) {
            for (const QString &failure : soak.failures())
                std::fprintf(stderr, "soak: %s\n", qUtf8Printable(failure));
            QCoreApplication::exit(1);
            return;
        }
        const soak::ProcessMemory atStart = soak::readProcessMemory();
        std::printf("soak: UI loaded, %.1f MB resident; %d visitors, seed %u%s\n", atStart.rssMb, operations,
                    options.seed, fastKeys ? ", cheap key stretching" : "");
        std::fflush(stdout);
        QElapsedTimer elapsed;
        elapsed.start();
        const int warmUp = std::max(1, operations / 10);
        double afterWarmUp = 0;
        double peakBetween = 0;
        QList<QPair<int, double>> samples; // after the warm-up
        for (int i = 1; i <= operations; ++i) {
            soak.runOne();
            const soak::ProcessMemory memory = soak::readProcessMemory();
            peakBetween = std::max(peakBetween, memory.rssMb);
            if (i == warmUp)
                afterWarmUp = memory.rssMb;
            if (i >= warmUp)
                samples.append({i, memory.rssMb});
            if (i % std::max(1, operations / 10) == 0 || i == operations) {
                std::printf("soak: %5d visitors, %6.1f MB resident (peak %.1f), %d failed, %.0f s\n", i, memory.rssMb,
                            memory.peakMb, soak.counts().failed, double(elapsed.elapsed()) / 1000.0);
                std::fflush(stdout);
            }
        }
        const bool stored = soak.verifyDatabase();
        const soak::ProcessMemory atEnd = soak::readProcessMemory();
        const soak::SoakCounts &c = soak.counts();
        std::printf("soak: %d visitors in %.0f s: %d sign-ins (%d by name, %d by card), %d sign-outs, %d moods, %d "
                    "searches given up;\n"
                    "      %d calls booked, %d cancelled, %d marked, %d announced; %d letters (%d spoken), %d read, %d "
                    "answers, "
                    "%d opened;\n"
                    "      %d loans, %d returns, %d ratings, %d renewals, %d shelf visits; %d teacher and %d counselor "
                    "visits;\n"
                    "      %d screen changes, %d frames; %d refused by the rules, %d failed, %d QML warnings, %d "
                    "qinqing warnings\n",
                    c.operations, double(elapsed.elapsed()) / 1000.0, c.signIns, c.bySearch, c.byCard, c.signOuts,
                    c.moods, c.searchesOnly, c.callsBooked, c.callsCancelled, c.callsMarked, c.announcements,
                    c.lettersSent, c.lettersWithVoice, c.lettersRead, c.repliesSent, c.repliesOpened, c.loans,
                    c.returns, c.ratings, c.renewals, c.shelfBrowses, c.teacherVisits, c.counselorVisits, c.screens,
                    c.frames, c.refused, c.failed, soak.qmlWarnings(), g_qinqingWarnings);
        const QStringList &failures = soak.failures();
        for (qsizetype i = 0; i < failures.size() && i < 25; ++i)
            std::fprintf(stderr, "soak: FAILED %s\n", qUtf8Printable(failures.at(i)));
        if (failures.size() > 25)
            std::fprintf(stderr, "soak: … and %lld more\n", qlonglong(failures.size() - 25));
        std::printf("bench: soak_operations %d ops\n", c.operations);
        std::printf("bench: soak_peak_rss_mb %.1f MB\n", atEnd.peakMb);
        std::printf("bench: soak_peak_rss_between_operations_mb %.1f MB\n", peakBetween);
        std::printf("bench: soak_rss_start_mb %.1f MB\n", atStart.rssMb);
        std::printf("bench: soak_rss_end_mb %.1f MB\n", atEnd.rssMb);
        std::printf("bench: soak_rss_growth_mb %.1f MB\n", atEnd.rssMb - afterWarmUp);
        std::printf("bench: soak_rss_slope_mb_per_1000_ops %.2f MB\n", slopePerThousand(samples));
        const bool ok = stored && failures.isEmpty() && g_qinqingWarnings == 0;
        std::printf("soak: %s\n",
                    ok ? "every operation succeeded; every acknowledged record is in the database" : "FAILED");
        std::fflush(stdout);
        exitCode = ok ? 0 : 1;
        // The window and its screens go while the event loop still runs, so
        // what they hand to deleteLater is deleted too (LeakSanitizer).
        running = nullptr;
        engine.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::exit(exitCode);
    });
    app.exec();
    return exitCode;
}
