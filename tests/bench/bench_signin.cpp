// signin_commit_ratio: a child's tap on their photo (KioskController::chooseChild,
// as QML calls it) until the visit is committed with synchronous=FULL, divided by
// a bare sqlite3 INSERT + COMMIT (WAL, FULL) on the same disk in the same run.
#include "app_context.h"
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "local_time.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace qq;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Same disk for both: a folder beside the build, not a RAM-backed /tmp.
    QTemporaryDir dir(QDir::current().filePath("bench-signin-XXXXXX"));

    ManualClock clock(localMs(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Asia/Shanghai")));
    auto store = KioskStore::open(dir.filePath("kiosk"), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.children = 2000;
    options.classes = 100;
    options.photos = false;
    createDemoSchool(*store, options);
    AppContext context(*store);
    KioskController &kiosk = context.kiosk();
    const QString classId = store->roster().classes().first().id;
    const QList<Child> children = store->roster().childrenInClass(classId);
    kiosk.startSignIn();
    kiosk.chooseClass(classId);

    sqlite3 *bare = nullptr;
    check(sqlite3_open(dir.filePath("bare.sqlite").toUtf8().constData(), &bare), bare);
    check(sqlite3_exec(bare,
                       "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                       "CREATE TABLE visits (id TEXT PRIMARY KEY, child_id TEXT, at INTEGER)",
                       nullptr, nullptr, nullptr),
          bare);
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(bare, "INSERT INTO visits VALUES (?, ?, ?)", -1, &insert, nullptr), bare);

    std::vector<double> ours, base;
    const int rounds = 300;
    for (int i = 0; i < rounds; ++i) {
        clock.advance(VisitService::kDoubleTapMs + 1000);
        const Child &child = children.at(i % children.size());
        QElapsedTimer timer;
        timer.start();
        kiosk.chooseChild(child.id);
        ours.push_back(timer.nsecsElapsed() / 1e3);
        if (kiosk.screen() != KioskController::Screen::Greeting) {
            std::fprintf(stderr, "bench_signin: the tap was not acknowledged\n");
            return 1;
        }
        kiosk.show(KioskController::Screen::Photos);

        const QByteArray id = QByteArray::number(i);
        timer.restart();
        check(sqlite3_exec(bare, "BEGIN", nullptr, nullptr, nullptr), bare);
        sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, qPrintable(child.id), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 3, clock.nowMs());
        check(sqlite3_step(insert), bare);
        sqlite3_reset(insert);
        check(sqlite3_exec(bare, "COMMIT", nullptr, nullptr, nullptr), bare);
        base.push_back(timer.nsecsElapsed() / 1e3);
    }
    sqlite3_finalize(insert);
    sqlite3_close(bare);
    const double o = median(ours), b = median(base);
    std::printf("bench: signin_commit_us %.1f us\n", o);
    std::printf("bench: bare_insert_commit_us %.1f us\n", b);
    std::printf("bench: signin_commit_ratio %.2f ratio\n", o / b);
    return 0;
}
