// search_p99_ms: NameSearch::search for every keystroke of names typed into a
// school of 5,000 children (the demo school's names), as initials, full pinyin,
// a given name, hanzi and misses. The goal is 2 ms per keystroke.
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "name_search.h"
#include "pinyin.h"

#include <QGuiApplication>
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

// The first reading of every character, joined: 张小明 → "zhangxiaoming".
QString fullPinyin(const QString &name)
{
    QString text;
    for (const QStringList &readings : Pinyin::instance().nameReadings(name))
        text += readings.value(0);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    ManualClock clock(1'790'000'000'000);
    auto store = KioskStore::open(dir.filePath("kiosk"), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.children = 5000;
    options.classes = 50;
    options.photos = false;
    createDemoSchool(*store, options);

    QList<SearchEntry> entries;
    for (const SchoolClass &schoolClass : store->roster().classes()) {
        for (const Child &child : store->roster().childrenInClass(schoolClass.id))
            entries.append({child.id, child.name});
    }

    NameSearch search;
    const auto resetStart = std::chrono::steady_clock::now();
    search.reset(entries);
    const double resetMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - resetStart).count();

    // What children type: initials, full pinyin, the given name, hanzi, and misses.
    std::mt19937 random(20261123);
    QStringList typed;
    for (int i = 0; i < 400; ++i) {
        const QString name = entries.at(int(random() % quint32(entries.size()))).name;
        switch (i % 5) {
        case 0:
            typed.append(Pinyin::instance().initials(name));
            break;
        case 1:
            typed.append(fullPinyin(name));
            break;
        case 2:
            typed.append(fullPinyin(name.mid(Pinyin::instance().surnameLength(name))));
            break;
        case 3:
            typed.append(name);
            break;
        default:
            typed.append(fullPinyin(name).left(3) + QStringLiteral("qqxv")); // no such name
        }
    }

    std::vector<double> keystrokeMs;
    qsizetype hits = 0;
    for (const QString &query : typed) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString prefix = query.left(length);
            const auto start = std::chrono::steady_clock::now();
            const QList<int> found = search.search(prefix);
            keystrokeMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            hits += found.size();
        }
    }

    std::printf("bench: search_names %lld names\n", static_cast<long long>(search.size()));
    std::printf("bench: search_keystrokes %zu keystrokes\n", keystrokeMs.size());
    std::printf("bench: search_reset_ms %.2f ms\n", resetMs);
    std::printf("bench: search_median_ms %.4f ms\n", percentile(keystrokeMs, 0.5));
    std::printf("bench: search_p99_ms %.4f ms\n", percentile(keystrokeMs, 0.99));
    std::printf("bench: search_max_ms %.4f ms\n", *std::max_element(keystrokeMs.begin(), keystrokeMs.end()));
    return hits > 0 ? 0 : 1;
}
