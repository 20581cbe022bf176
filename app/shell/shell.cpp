#include "shell.h"

#include "accessibility_check.h"
#include "app_context.h"
#include "clock.h"
#include "demo_school.h"
#include "frame_source.h"
#include "kiosk_lockdown.h"
#include "kiosk_store.h"
#include "microphone.h"
#include "screenshot_tour.h"
#include "user_messages.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <fontconfig/fontconfig.h>

#include <cstdio>
#include <thread>

Q_IMPORT_QML_PLUGIN(QinqingUiPlugin)
Q_IMPORT_QML_PLUGIN(QinqingQmlPlugin)

Q_LOGGING_CATEGORY(lcShell, "qinqing.shell")
Q_LOGGING_CATEGORY(lcStartup, "qinqing.startup", QtWarningMsg)

namespace qq {
namespace {

void installTranslations(QGuiApplication &app, const QString &language)
{
    if (language.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/qinqing_%1.qm").arg(language)))
        app.installTranslator(ours);
    else
        qCWarning(lcShell) << "no translation for" << language << "- showing English";
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

QString openFailureMessage(const StorageError &error)
{
    if (error.kind == StorageErrorKind::NewerVersion)
        return QCoreApplication::translate(
            "Shell",
            "This data folder was written by a newer version of Qinqing. Please install that version. "
            "The data has not been changed.");
    return storageFailureMessage(error);
}

// Shows a problem that stops the kiosk from starting, in plain words.
int showStartupProblem(QGuiApplication &app, const QString &message, bool headless)
{
    std::fprintf(stderr, "qinqing: %s\n", qUtf8Printable(message));
    if (headless)
        return 3;
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("message"), message}});
    engine.loadData(R"(import QtQuick
Window { required property string message; visible: true; width: 1280; height: 800; color: "#FFF6EA"
  Text { anchors.fill: parent; anchors.margins: 64; text: message; wrapMode: Text.WordWrap; color: "#B3261E"
         font.pixelSize: 40; font.family: "Noto Sans CJK SC"; horizontalAlignment: Text.AlignHCenter
         verticalAlignment: Text.AlignVCenter } })");
    app.exec();
    return 3;
}

} // namespace

void warmUpFonts()
{
    // fontconfig is thread-safe; Qt picks up the loaded configuration.
    std::thread([] {
        FcInit();
        FcConfigGetCurrent();
    }).detach();
}

bool wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        // --help and --version print and leave: they need no display, and
        // must work over ssh or in a terminal with none.
        if (arg == "--offscreen" || arg == "--self-test" || arg == "--screenshot" || arg == "--help" || arg == "-h"
            || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

ShellOptions parseShellOptions(QGuiApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Qinqing"));
    QCoreApplication::setApplicationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINQING_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qinqing: the kiosk of the Left-behind Children's Home"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data folder (default: the app-data folder)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption offscreen(QStringLiteral("offscreen"), QStringLiteral("Render without a display."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every main screen of a demo school to PNG files in DIR, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load the whole UI and exit; non-zero on any QML error."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh_CN (default) or en."),
                                  QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption firstFrame(
        QStringLiteral("report-first-frame"),
        QStringLiteral("Print 'first-frame' when the first frame is shown, then exit."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Use a demo school (teacher PIN 1234), kept apart from real data; made on first start."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral("The kiosk session: full screen, no cursor on a touch screen, exit only by the teacher."));
    parser.addOptions({data, offscreen, screenshot, selfTest, lang, firstFrame, demo, kiosk});
    const QCommandLineOption checkAccessibility(
        QStringLiteral("check-accessibility"),
        QStringLiteral("Visit every screen of the tour and check touch targets (15 mm) and text contrast (WCAG AA); "
                       "non-zero on any violation."));
    parser.addOption(checkAccessibility);
    parser.process(app);
    if (parser.isSet(checkAccessibility))
        AccessibilityAudit::enable(); // the self-test's tour, each screen audited

    ShellOptions options;
    options.dataDir = parser.value(data);
    options.screenshotDir = parser.value(screenshot);
    options.language = parser.value(lang);
    options.selfTest = parser.isSet(selfTest) || AccessibilityAudit::active() != nullptr;
    options.demo = parser.isSet(demo);
    options.kiosk = parser.isSet(kiosk);
    options.reportFirstFrame = parser.isSet(firstFrame);
    if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en")) {
        std::fprintf(stderr, "qinqing: --lang takes zh_CN or en\n");
        std::exit(2);
    }
    return options;
}

int runShell(QGuiApplication &app, const ShellOptions &options)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    installTranslations(app, options.language);
    const bool headless = QGuiApplication::platformName() == QLatin1String("offscreen");

    // The tour and the self-test play a scripted afternoon on a pinned clock,
    // in a throwaway demo school unless told otherwise.
    const bool touring = !options.screenshotDir.isEmpty();
    const bool scripted = touring || options.selfTest;
    const bool demo = options.demo || scripted;
    QTemporaryDir scratch;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty()) {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        dataDir = scripted ? scratch.path() : options.demo ? QDir(appData).filePath(QStringLiteral("demo")) : appData;
    }

    ManualClock tourClock(0);
    SystemClock systemClock;
    tourClock.set(systemClock.nowMs());
    const Clock &clock = scripted ? static_cast<const Clock &>(tourClock) : systemClock;

    std::unique_ptr<KioskStore> store;
    try {
        store = KioskStore::open(dataDir, clock);
        // A real school starts empty: the teacher chooses a PIN and brings the roster.
        if (demo && isEmptySchool(*store)) {
            DemoOptions options;
            options.bookCopies = 72; // 24 titles, 3 copies each: a small donated library
            const DemoSummary summary = createDemoSchool(*store, options);
            qCInfo(lcShell) << "first start: created a demo school with" << summary.children << "children";
        }
    } catch (const StorageException &e) {
        qCWarning(lcShell) << "cannot open the data folder:" << e.error().detail;
        return showStartupProblem(app, openFailureMessage(e.error()), headless);
    }

    qCDebug(lcStartup) << "store open:" << sinceStart.elapsed() << "ms";
    // A scripted run has no camera: the tour shows the viewfinder its own pictures.
    // …and speaks into a synthetic microphone.
    auto syntheticMicrophone = scripted ? std::make_unique<SyntheticMicrophone>() : nullptr;
    SyntheticMicrophone *microphone = syntheticMicrophone.get();
    AppContext context(*store, scripted ? std::make_unique<ImageFrameSource>() : nullptr,
                       std::move(syntheticMicrophone));
    QQmlApplicationEngine engine;
    context.installInto(engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QList<QQmlError> qmlErrors;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&qmlErrors](const QList<QQmlError> &warnings) { qmlErrors.append(warnings); });
    if (options.kiosk)
        engine.setInitialProperties({{QStringLiteral("fullScreen"), true}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Qinqing/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "qinqing: the user interface could not be loaded\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    qCDebug(lcStartup) << "QML loaded:" << sinceStart.elapsed() << "ms";

    if (options.reportFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceStart] {
                qCDebug(lcStartup) << "first frame:" << sinceStart.elapsed() << "ms";
                std::printf("first-frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
        return app.exec();
    }
    if (scripted) {
        ScreenshotTour tour(*store, context, *window, tourClock, microphone);
        const QString outDir = touring ? options.screenshotDir : QString();
        const int shots = tour.run(outDir);
        if (const AccessibilityAudit *audit = AccessibilityAudit::active())
            return audit->report(stdout, options.language);
        if (options.selfTest) {
            for (const QQmlError &error : std::as_const(qmlErrors))
                std::fprintf(stderr, "qml: %s\n", qUtf8Printable(error.toString()));
            std::printf("self-test: %d screens loaded, %d QML warnings\n", shots, int(qmlErrors.size()));
            return qmlErrors.isEmpty() && shots > 0 ? 0 : 1;
        }
        std::printf("screenshots: %d written to %s\n", shots, qUtf8Printable(options.screenshotDir));
        return shots > 0 ? 0 : 1;
    }
    QObject::connect(&context.session(), &KioskSession::exitRequested, &app, [] { QCoreApplication::exit(0); });
    if (options.kiosk)
        enterKioskMode(*window, context.session());
    SystemdWatchdog watchdog(*window);
    // Only the real kiosk talks to a hub: never the tour, the self-test or a test run.
    context.sync().startBackground();
    // A backup today if there is none (now and every hour); after a restore the
    // data under every controller changed: main.cpp starts the program again.
    QObject::connect(&context.backup(), &BackupController::restartRequested, &app,
                     [] { QCoreApplication::exit(kRestartExitCode); });
    context.backup().startDaily();
    return app.exec();
}

} // namespace qq
