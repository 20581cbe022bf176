// week_plan_ms: planCalls — "Plan the week" — for a school of 1,000 due
// children and one call room: two phones and a video corner, open weekdays
// 12:00–13:00 and 16:30–20:30, weekends 9:00–21:00, in 10-minute slots (about
// 880 slots, a few already booked). Parents' windows as teachers see them:
// evenings, Sunday afternoons, lunch breaks, night shifts; a third of the
// families have no smartphone (phones only); a few children are owed a
// make-up or already have a call this week. Median of 5 runs; the goal is
// 50 ms. week_plan_placed_share: children placed / the most that can be
// placed (a maximum bipartite matching computed here, one call each); it must
// be 1. The program fails when the share is below 1 or a rule is broken.
#include "call_planner.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <queue>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <set>
#include <vector>

using namespace qq;

namespace {

struct Window { // a weekly range of a parent's: days 1 (Monday) .. 7
    QList<int> weekdays;
    int from = 0; // minutes after midnight
    int to = 0;
};

struct Family {
    QList<Window> windows;
    bool phoneOnly = false;
};

QList<int> range(int first, int last)
{
    QList<int> days;
    for (int d = first; d <= last; ++d)
        days.append(d);
    return days;
}

Family randomFamily(std::mt19937 &random)
{
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    Family family;
    const int kind = pick(0, 99);
    if (kind < 40) { // evenings after work
        family.windows = {{range(1, 7), 19 * 60, 21 * 60}};
    } else if (kind < 50) { // late evenings on weekdays, Saturday morning
        family.windows = {{range(1, 5), 19 * 60 + 30, 21 * 60}, {{6}, 10 * 60, 12 * 60}};
    } else if (kind < 65) { // Sunday afternoon only (works long days)
        family.windows = {{{7}, 14 * 60, 18 * 60}};
    } else if (kind < 77) { // the factory's lunch break
        family.windows = {{range(1, 5), 12 * 60, 12 * 60 + 30}};
    } else if (kind < 85) { // night shift: afternoons before work, weekend mornings
        family.windows = {{range(1, 5), 16 * 60 + 30, 18 * 60}, {{6, 7}, 9 * 60, 11 * 60}};
    } else if (kind < 95) { // two parents: evenings and Sunday afternoon
        family.windows = {{range(1, 7), 19 * 60 + 30, 21 * 60}, {{7}, 14 * 60, 17 * 60}};
    } else { // an odd rota: Tuesday and Thursday 17:00–17:40
        family.windows = {{{2, 4}, 17 * 60, 17 * 60 + 40}};
    }
    family.phoneOnly = pick(0, 99) < 35;
    return family;
}

// Hopcroft–Karp: the most children that can each have one call.
int maximumMatching(int slotCount, const std::vector<std::vector<int>> &adj)
{
    const int n = int(adj.size());
    std::vector<int> matchL(size_t(n), -1), matchR(size_t(slotCount), -1), level(size_t(n), 0);
    auto bfs = [&] {
        std::queue<int> queue;
        bool found = false;
        for (int r = 0; r < n; ++r) {
            level[size_t(r)] = matchL[size_t(r)] < 0 ? 0 : -1;
            if (level[size_t(r)] == 0)
                queue.push(r);
        }
        while (!queue.empty()) {
            const int r = queue.front();
            queue.pop();
            for (int s : adj[size_t(r)]) {
                const int other = matchR[size_t(s)];
                if (other < 0)
                    found = true;
                else if (level[size_t(other)] < 0) {
                    level[size_t(other)] = level[size_t(r)] + 1;
                    queue.push(other);
                }
            }
        }
        return found;
    };
    auto dfs = [&](auto &&self, int r) -> bool {
        for (int s : adj[size_t(r)]) {
            const int other = matchR[size_t(s)];
            if (other < 0 || (level[size_t(other)] == level[size_t(r)] + 1 && self(self, other))) {
                matchL[size_t(r)] = s;
                matchR[size_t(s)] = r;
                return true;
            }
        }
        level[size_t(r)] = -1;
        return false;
    };
    int matched = 0;
    while (bfs())
        for (int r = 0; r < n; ++r)
            if (matchL[size_t(r)] < 0 && dfs(dfs, r))
                ++matched;
    return matched;
}

// The rules of call_planner.h; returns the first one broken, or nullptr.
const char *brokenRule(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests, const PlanResult &result)
{
    std::vector<int> used(size_t(slotList.size()), 0), got(size_t(requests.size()), 0);
    std::vector<std::set<int>> days(size_t(requests.size()));
    for (const PlanAssignment &a : result.assignments) {
        if (a.request < 0 || a.request >= requests.size() || a.slot < 0 || a.slot >= slotList.size())
            return "index out of range";
        const PlanRequest &request = requests.at(a.request);
        if (++used[size_t(a.slot)] > 1)
            return "a slot used twice";
        if (!request.candidates.contains(a.slot))
            return "a slot the child cannot take";
        if (request.busyDays.contains(slotList.at(a.slot).day))
            return "a call on a busy day";
        if (!days[size_t(a.request)].insert(slotList.at(a.slot).day).second)
            return "two calls on one day";
        if (++got[size_t(a.request)] > request.calls)
            return "more calls than asked";
    }
    int placed = 0, short_ = 0;
    for (size_t r = 0; r < got.size(); ++r) {
        placed += got[r] > 0;
        short_ += got[r] < requests.at(qsizetype(r)).calls;
    }
    if (placed != result.childrenPlaced)
        return "childrenPlaced wrong";
    if (short_ != result.unplaced.size())
        return "unplaced list wrong";
    return nullptr;
}

} // namespace

int main()
{
    std::mt19937 random(20261123);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };

    // The room's free slots for the week of Monday 2026-11-23 (Shanghai).
    const QDate monday(2026, 11, 23);
    const QTimeZone zone(8 * 3600);
    const QStringList places{"phone-1", "phone-2", "video"};
    QList<PlanSlot> slotList;
    QList<int> slotMinute; // minutes after midnight
    QList<int> slotWeekday;
    QList<bool> slotIsPhone;
    for (int d = 0; d < 7; ++d) {
        const QDate date = monday.addDays(d);
        const qint64 midnight = QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
        const QList<std::pair<int, int>> hours = date.dayOfWeek() <= 5
            ? QList<std::pair<int, int>>{{12 * 60, 13 * 60}, {16 * 60 + 30, 20 * 60 + 30}}
            : QList<std::pair<int, int>>{{9 * 60, 21 * 60}};
        for (const auto &[open, close] : hours) {
            for (int m = open; m + 10 <= close; m += 10) {
                for (const QString &place : places) {
                    if (pick(0, 99) < 5)
                        continue; // already booked by hand
                    slotList.append({midnight + qint64(m) * 60000, midnight + qint64(m + 10) * 60000, place,
                                     int(date.toJulianDay())});
                    slotMinute.append(m);
                    slotWeekday.append(date.dayOfWeek());
                    slotIsPhone.append(place.startsWith(QLatin1String("phone")));
                }
            }
        }
    }

    // 1,000 due children and their candidate slots: those inside a window.
    QList<PlanRequest> requests;
    std::vector<std::vector<int>> firstCallGraph; // child → slots off busy days
    int makeUps = 0;
    for (int c = 0; c < 1000; ++c) {
        const Family family = randomFamily(random);
        PlanRequest request;
        request.childId = QStringLiteral("child-%1").arg(c);
        request.weight = pick(7, 45); // days since the last call
        if (pick(0, 99) < 4) {
            request.calls = 2;
            request.weight += 30; // a missed call
            ++makeUps;
        }
        if (pick(0, 99) < 5)
            request.busyDays.insert(int(monday.addDays(pick(0, 6)).toJulianDay()));
        for (int s = 0; s < slotList.size(); ++s) {
            if (family.phoneOnly && !slotIsPhone.at(s))
                continue;
            for (const Window &window : family.windows) {
                if (window.weekdays.contains(slotWeekday.at(s)) && window.from <= slotMinute.at(s)
                    && slotMinute.at(s) + 10 <= window.to) {
                    request.candidates.append(s);
                    break;
                }
            }
        }
        std::vector<int> adj;
        for (int s : request.candidates)
            if (!request.busyDays.contains(slotList.at(s).day))
                adj.push_back(s);
        firstCallGraph.push_back(adj);
        requests.append(request);
    }
    qsizetype candidates = 0;
    for (const PlanRequest &request : requests)
        candidates += request.candidates.size();
    std::fprintf(stderr, "%lld slots, %d children (%d make-ups), %lld candidate pairs\n", (long long)slotList.size(),
                 int(requests.size()), makeUps, (long long)candidates);

    std::vector<double> times;
    PlanResult result;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        result = planCalls(slotList, requests);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());

    const int optimum = maximumMatching(int(slotList.size()), firstCallGraph);
    const double share = optimum > 0 ? double(result.childrenPlaced) / optimum : 1.0;
    std::printf("bench: week_plan_ms %.2f ms\n", times[2]);
    std::printf("bench: week_plan_placed_share %.4f ratio\n", share);
    std::printf("bench: week_plan_children_placed %d children\n", result.childrenPlaced);
    std::fprintf(stderr, "%lld calls placed, optimum %d children\n", (long long)result.assignments.size(), optimum);

    if (const char *rule = brokenRule(slotList, requests, result)) {
        std::fprintf(stderr, "week_plan: rule broken: %s\n", rule);
        return 1;
    }
    if (result.childrenPlaced < optimum) {
        std::fprintf(stderr, "week_plan: %d children placed, %d possible\n", result.childrenPlaced, optimum);
        return 1;
    }
    return 0;
}
