// overdue_list_ms: Library::overdue() — the teacher's late-books list — over a
// school of 2,000 children and 5,000 copies with 100,000 past loans (returned
// over three years) and 400 books out now, 80 of them late. Median of 9 runs
// after one warm-up; the goal is 20 ms. The program fails if the list is not
// exactly the 80 late loans, latest first.
#include "clock.h"
#include "demo_school.h"
#include "ids.h"
#include "kiosk_store.h"
#include "library.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace qq;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    ManualClock clock(1'795'000'000'000);
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.children = 2000;
    options.classes = 40;
    options.photos = false;
    options.bookCopies = 5000;
    createDemoSchool(*store, options);

    QStringList children;
    QStringList copies;
    {
        Statement ids = store->db().prepare("SELECT id FROM children");
        while (ids.step())
            children << ids.text(0);
        Statement copyIds = store->db().prepare("SELECT id FROM book_copies");
        while (copyIds.step())
            copies << copyIds.text(0);
    }
    std::mt19937 rng(20261123);
    const qint64 now = clock.nowMs();
    constexpr qint64 kDay = 24 * 3'600'000LL;
    {
        Transaction tx(store->db());
        Statement insert = store->db().prepare(
            "INSERT INTO loans (id, copy_id, child_id, borrowed_at, due_at, ended_at, ended_how, rating) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < 100'000; ++i) {
            const qint64 borrowed = now - qint64(30 + rng() % (3 * 365)) * kDay;
            insert.bind(1, newId())
                .bind(2, copies.at(int(rng() % quint32(copies.size()))))
                .bind(3, children.at(int(rng() % quint32(children.size()))))
                .bind(4, borrowed)
                .bind(5, borrowed + 14 * kDay)
                .bind(6, borrowed + qint64(1 + rng() % 20) * kDay)
                .bind(7, "returned")
                .bind(8, int(1 + rng() % 5));
            insert.run();
            insert.reset();
        }
        tx.commit();
    }
    // 400 books out now, on different copies; the first 80 late.
    for (int i = 0; i < 400; ++i) {
        clock.set(now - qint64(i < 80 ? 15 + i % 30 : i % 13) * kDay);
        const LibraryResult lent = store->library().borrow(children.at(i), copies.at(i));
        if (!lent.ok()) {
            std::fprintf(stderr, "bench_overdue: a loan was refused (%d)\n", int(lent.problem));
            return 1;
        }
    }
    clock.set(now);

    std::vector<double> ms;
    QList<OverdueLoan> late;
    for (int run = 0; run < 10; ++run) {
        const auto start = std::chrono::steady_clock::now();
        late = store->library().overdue();
        const double spent = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (run > 0)
            ms.push_back(spent);
    }
    if (late.size() != 80) {
        std::fprintf(stderr, "bench_overdue: %lld late loans, expected 80\n", static_cast<long long>(late.size()));
        return 1;
    }
    for (int i = 1; i < late.size(); ++i) {
        if (late.at(i).daysLate > late.at(i - 1).daysLate) {
            std::fprintf(stderr, "bench_overdue: not latest first\n");
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("bench: overdue_list_ms %.2f ms\n", ms[ms.size() / 2]);
    return 0;
}
