// free_slots_ms: CallBook::freeSlots — the times a child sees after tapping
// "Call Dad" — in a school of 1,000 children (the demo school's rooms, hours
// and parents' windows) on a real database file, with 300 calls already
// booked over the next two weeks. 300 lookups of random children and
// parents; median and p95. The goal is 5 ms.
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "local_time.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace qq;

namespace {

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    ManualClock clock(localMs(QDate(2026, 11, 23), QTime(11, 0), QTimeZone("Asia/Shanghai")));
    std::unique_ptr<KioskStore> store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.children = 1000;
    options.classes = 12;
    options.photos = false;
    createDemoSchool(*store, options);

    QList<QPair<QString, QString>> pairs; // child, contact
    for (const Child &child : store->roster().allChildren())
        for (const Contact &contact : store->roster().contacts(child.id))
            pairs.append({child.id, contact.id});
    std::mt19937 random(20261123);
    std::shuffle(pairs.begin(), pairs.end(), random);

    int booked = 0;
    for (const auto &[childId, contactId] : pairs) {
        if (booked >= 300)
            break;
        const FreeSlots free = store->calls().freeSlots(childId, contactId, 6);
        if (free.options.isEmpty())
            continue;
        try {
            store->calls().book(childId, contactId, free.options.at(int(random() % free.options.size())));
            ++booked;
        } catch (const CallError &) {
        }
    }

    std::vector<double> ms;
    int withTimes = 0;
    for (int i = 0; i < 300; ++i) {
        const auto &[childId, contactId] = pairs.at((i * 7) % pairs.size());
        const auto start = std::chrono::steady_clock::now();
        const FreeSlots free = store->calls().freeSlots(childId, contactId, 6);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        withTimes += free.options.isEmpty() ? 0 : 1;
    }
    if (booked < 100 || withTimes == 0) {
        std::fprintf(stderr, "free_slots: the school is not set up as expected (%d booked, %d with times)\n", booked,
                     withTimes);
        return 1;
    }
    std::printf("bench: free_slots_ms %.2f ms\n", percentile(ms, 0.5));
    std::printf("bench: free_slots_p95_ms %.2f ms\n", percentile(ms, 0.95));
    std::printf("bench: free_slots_booked %d calls\n", booked);
    return 0;
}
