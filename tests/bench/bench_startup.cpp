// startup_ratio: the kiosk's cold start to first frame over a school of 2,000
// children and 5,000 books, divided by a minimal Qt Quick window's first frame
// measured in the same run (medians of several runs each, interleaved).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double firstFrameMs(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    while (process.waitForReadyRead(30'000)) {
        if (process.readAllStandardOutput().contains("first-frame")) {
            const double ms = timer.nsecsElapsed() / 1e6;
            process.waitForFinished(10'000);
            return ms;
        }
    }
    std::fprintf(stderr, "bench_startup: %s never showed a frame: %s\n", qPrintable(program),
                 process.readAllStandardError().constData());
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_startup QINQING QINQING_GEN MINIMAL_WINDOW\n");
        return 2;
    }
    const QString kiosk = argv[1], generator = argv[2], minimal = argv[3];
    QTemporaryDir data;
    QProcess gen;
    gen.start(generator, {"--data", data.path(), "--children", "2000", "--books", "5000"});
    if (!gen.waitForFinished(600'000) || gen.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: generator failed: %s\n", gen.readAllStandardError().constData());
        return 1;
    }
    const QStringList kioskArgs{"--offscreen", "--data", data.path(), "--report-first-frame"};
    // One warm-up each, then interleaved runs so both see the same machine load.
    firstFrameMs(kiosk, kioskArgs);
    firstFrameMs(minimal, {});
    std::vector<double> ours, base;
    for (int i = 0; i < 7; ++i) {
        ours.push_back(firstFrameMs(kiosk, kioskArgs));
        base.push_back(firstFrameMs(minimal, {}));
    }
    const double o = median(ours), b = median(base);
    std::printf("bench: startup_kiosk_ms %.1f ms\n", o);
    std::printf("bench: startup_minimal_window_ms %.1f ms\n", b);
    std::printf("bench: startup_ratio %.2f ratio\n", o / b);
    return 0;
}
