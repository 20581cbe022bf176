#include "call_planner.h"

#include <queue>

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace qq;

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 day0 = 1795449600000; // an arbitrary midnight

PlanSlot slotAt(int day, int hour, int minutes = 0, const QString &place = QStringLiteral("phone"))
{
    const qint64 start = day0 + qint64(day) * 24 * 60 * minute + (qint64(hour) * 60 + minutes) * minute;
    return {start, start + 10 * minute, place, 2461000 + day};
}

PlanRequest due(const QString &childId, int weight, QList<int> candidates, int calls = 1, QSet<int> busyDays = {})
{
    PlanRequest request;
    request.childId = childId;
    request.weight = weight;
    request.candidates = std::move(candidates);
    request.calls = calls;
    request.busyDays = std::move(busyDays);
    return request;
}

QList<int> slotsOf(const PlanResult &result, int request)
{
    QList<int> slotList;
    for (const PlanAssignment &assignment : result.assignments)
        if (assignment.request == request)
            slotList.append(assignment.slot);
    return slotList;
}

// The objective as the header states it, computed independently:
// (children placed, calls, Σ weight of the children placed, -Σ time rank).
using Score = std::tuple<int, int, qint64, qint64>;

std::vector<int> timeRanks(const QList<PlanSlot> &slotList)
{
    std::set<qint64> starts;
    for (const PlanSlot &slot : slotList)
        starts.insert(slot.startMs);
    std::vector<int> ranks;
    for (const PlanSlot &slot : slotList)
        ranks.push_back(int(std::distance(starts.begin(), starts.find(slot.startMs))));
    return ranks;
}

Score score(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests,
            const QList<PlanAssignment> &assignments)
{
    const std::vector<int> ranks = timeRanks(slotList);
    std::map<int, int> calls;
    qint64 rankSum = 0;
    for (const PlanAssignment &assignment : assignments) {
        ++calls[assignment.request];
        rankSum += ranks[size_t(assignment.slot)];
    }
    qint64 weights = 0;
    for (const auto &[request, count] : calls)
        weights += requests.at(request).weight;
    return {int(calls.size()), int(assignments.size()), weights, -rankSum};
}

// Every rule of the header, checked on a result; returns what is wrong.
std::string broken(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests, const PlanResult &result)
{
    std::vector<int> used(size_t(slotList.size()), 0);
    std::vector<std::set<int>> days(size_t(requests.size()));
    std::vector<int> got(size_t(requests.size()), 0);
    for (qsizetype i = 0; i < result.assignments.size(); ++i) {
        const PlanAssignment &a = result.assignments.at(i);
        if (a.request < 0 || a.request >= requests.size() || a.slot < 0 || a.slot >= slotList.size())
            return "index out of range";
        if (i > 0) {
            const PlanAssignment &b = result.assignments.at(i - 1);
            if (std::make_tuple(b.request, slotList.at(b.slot).startMs, b.slot)
                >= std::make_tuple(a.request, slotList.at(a.slot).startMs, a.slot))
                return "assignments not sorted by request, then start";
        }
        const PlanRequest &request = requests.at(a.request);
        const PlanSlot &slot = slotList.at(a.slot);
        if (++used[size_t(a.slot)] > 1)
            return "slot " + std::to_string(a.slot) + " used twice";
        if (!request.candidates.contains(a.slot))
            return "slot not among the request's";
        if (request.busyDays.contains(slot.day))
            return "call on a busy day";
        if (!days[size_t(a.request)].insert(slot.day).second)
            return "two calls on one day";
        if (++got[size_t(a.request)] > request.calls)
            return "more calls than asked";
    }
    int placed = 0;
    qsizetype next = 0;
    for (int r = 0; r < requests.size(); ++r) {
        const PlanRequest &request = requests.at(r);
        placed += got[size_t(r)] > 0;
        if (got[size_t(r)] >= request.calls)
            continue;
        if (next >= result.unplaced.size() || result.unplaced.at(next).request != r)
            return "request " + std::to_string(r) + " missing from unplaced";
        const PlanUnplaced &unplaced = result.unplaced.at(next++);
        if (unplaced.callsMissing != request.calls - got[size_t(r)])
            return "wrong callsMissing";
        std::set<int> fittingDays;
        for (int s : request.candidates)
            if (s >= 0 && s < slotList.size() && !request.busyDays.contains(slotList.at(s).day))
                fittingDays.insert(slotList.at(s).day);
        const UnplacedReason reason =
            got[size_t(r)] >= int(fittingDays.size()) ? UnplacedReason::NoFittingSlot : UnplacedReason::SlotsTaken;
        if (unplaced.reason != reason)
            return "wrong reason for request " + std::to_string(r);
    }
    if (next != result.unplaced.size())
        return "extra unplaced entries";
    if (placed != result.childrenPlaced)
        return "childrenPlaced is " + std::to_string(result.childrenPlaced) + ", not " + std::to_string(placed);
    return {};
}

// The best score over every assignment that keeps the rules (small cases).
class BruteForce {
public:
    BruteForce(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests)
        : m_slots(slotList), m_requests(requests)
    {
        for (const PlanRequest &request : requests) {
            std::set<int> can;
            for (int s : request.candidates)
                if (s >= 0 && s < slotList.size() && !request.busyDays.contains(slotList.at(s).day))
                    can.insert(s);
            m_can.push_back(can);
        }
        m_days.resize(size_t(requests.size()));
        m_count.resize(size_t(requests.size()), 0);
        search(0);
    }
    Score best() const { return m_best; }

private:
    void search(int s)
    {
        if (s == m_slots.size()) {
            m_best = std::max(m_best, score(m_slots, m_requests, m_current));
            return;
        }
        search(s + 1);
        const int day = m_slots.at(s).day;
        for (int r = 0; r < m_requests.size(); ++r) {
            if (!m_can[size_t(r)].count(s) || m_days[size_t(r)].count(day)
                || m_count[size_t(r)] >= m_requests.at(r).calls)
                continue;
            m_days[size_t(r)].insert(day);
            ++m_count[size_t(r)];
            m_current.append({r, s});
            search(s + 1);
            m_current.removeLast();
            --m_count[size_t(r)];
            m_days[size_t(r)].erase(day);
        }
    }

    const QList<PlanSlot> &m_slots;
    const QList<PlanRequest> &m_requests;
    std::vector<std::set<int>> m_can;
    std::vector<std::set<int>> m_days;
    std::vector<int> m_count;
    QList<PlanAssignment> m_current;
    Score m_best{0, 0, 0, 0};
};

// Maximum bipartite matching (Hopcroft–Karp) of requests to slots, on each
// request's valid slots off its busy days: the most children one call each.
int maximumMatching(int slotCount, const QList<PlanRequest> &requests, const QList<PlanSlot> &slotList)
{
    const int n = int(requests.size());
    std::vector<std::vector<int>> adj(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        for (int s : requests.at(r).candidates)
            if (s >= 0 && s < slotCount && !requests.at(r).busyDays.contains(slotList.at(s).day))
                adj[size_t(r)].push_back(s);
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
    std::function<bool(int)> dfs = [&](int r) {
        for (int s : adj[size_t(r)]) {
            const int other = matchR[size_t(s)];
            if (other < 0 || (level[size_t(other)] == level[size_t(r)] + 1 && dfs(other))) {
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
            if (matchL[size_t(r)] < 0 && dfs(r))
                ++matched;
    return matched;
}

struct RandomCase {
    QList<PlanSlot> slotList;
    QList<PlanRequest> requests;
};

RandomCase smallCase(unsigned seed)
{
    std::mt19937 random(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    RandomCase c;
    const int slotCount = pick(0, 7);
    const int days = pick(1, 3);
    for (int s = 0; s < slotCount; ++s) {
        const int day = pick(0, days - 1);
        const int hour = 12 + pick(0, 2) * 4;
        const int minutes = pick(0, 1) * 30;
        c.slotList.append(slotAt(day, hour, minutes, pick(0, 1) ? QStringLiteral("phone") : QStringLiteral("video")));
    }
    const int requestCount = pick(1, 6);
    for (int r = 0; r < requestCount; ++r) {
        const int weight = pick(0, 4);
        const int calls = pick(0, 9) < 7 ? 1 : 2;
        PlanRequest request = due(QStringLiteral("c%1").arg(r), weight * pick(0, 3), {}, calls);
        if (pick(0, 19) == 0)
            request.calls = pick(0, 1) ? 0 : 3;
        for (int s = 0; s < slotCount; ++s)
            if (pick(0, 99) < 45)
                request.candidates.append(s);
        if (pick(0, 9) == 0)
            request.candidates.append(pick(0, 1) ? -1 : slotCount + pick(0, 3)); // invalid
        if (!request.candidates.isEmpty() && pick(0, 9) == 0)
            request.candidates.append(request.candidates.at(pick(0, int(request.candidates.size()) - 1))); // duplicate
        std::shuffle(request.candidates.begin(), request.candidates.end(), random);
        if (pick(0, 5) == 0)
            request.busyDays.insert(2461000 + pick(0, days - 1));
        c.requests.append(request);
    }
    return c;
}

RandomCase largeCase(unsigned seed, int children, int slotCount, bool makeUps)
{
    std::mt19937 random(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    RandomCase c;
    for (int s = 0; s < slotCount; ++s) {
        const int day = pick(0, 6);
        const int hour = pick(9, 20);
        const int minutes = pick(0, 5) * 10;
        c.slotList.append(slotAt(day, hour, minutes, QStringLiteral("p%1").arg(pick(0, 2))));
    }
    for (int r = 0; r < children; ++r) {
        PlanRequest request = due(QStringLiteral("c%1").arg(r), pick(0, 60), {});
        // Popular evenings: most children want a few of the same slots.
        const int count = pick(1, 12);
        for (int k = 0; k < count; ++k)
            request.candidates.append(pick(0, 2) ? pick(0, slotCount / 5) : pick(0, slotCount - 1));
        if (makeUps) {
            if (pick(0, 9) == 0) {
                request.calls = 2;
                request.weight += 30;
            }
            if (pick(0, 9) == 0)
                request.busyDays.insert(2461000 + pick(0, 6));
        }
        c.requests.append(request);
    }
    return c;
}

} // namespace

TEST(CallPlanner, MatchesBruteForceOnSmallCases)
{
    int withMakeUps = 0, contested = 0;
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        const RandomCase c = smallCase(seed);
        const PlanResult result = planCalls(c.slotList, c.requests);
        ASSERT_EQ(broken(c.slotList, c.requests, result), "") << "seed " << seed;
        const Score best = BruteForce(c.slotList, c.requests).best();
        const Score got = score(c.slotList, c.requests, result.assignments);
        ASSERT_EQ(std::get<0>(got), std::get<0>(best)) << "children, seed " << seed;
        ASSERT_EQ(std::get<1>(got), std::get<1>(best)) << "calls, seed " << seed;
        ASSERT_EQ(std::get<2>(got), std::get<2>(best)) << "weights, seed " << seed;
        ASSERT_EQ(std::get<3>(got), std::get<3>(best)) << "earliness, seed " << seed;
        // The textbook min-cost flow reaches the same optimum, on 64- and 128-bit costs.
        for (bool wide : {false, true}) {
            const PlanResult flow = detail::planCallsByMinCostFlow(c.slotList, c.requests, wide);
            ASSERT_EQ(broken(c.slotList, c.requests, flow), "") << "seed " << seed;
            ASSERT_EQ(score(c.slotList, c.requests, flow.assignments), best) << "min-cost flow, seed " << seed;
        }
        withMakeUps += std::get<1>(best) > std::get<0>(best);
        contested += !result.unplaced.isEmpty() && std::get<0>(best) > 0;
    }
    // The cases exercise what they should.
    EXPECT_GT(withMakeUps, 250);
    EXPECT_GT(contested, 750);
}

TEST(CallPlanner, LongerWaitWinsAContestedSlot)
{
    const QList<PlanSlot> slotList{slotAt(0, 19)};
    const PlanResult result = planCalls(slotList, {due("a", 3, {0}), due("b", 9, {0}), due("c", 5, {0})});
    ASSERT_EQ(result.assignments.size(), 1);
    EXPECT_EQ(result.assignments.at(0).request, 1);
    EXPECT_EQ(result.childrenPlaced, 1);
    ASSERT_EQ(result.unplaced.size(), 2);
    EXPECT_EQ(result.unplaced.at(0).request, 0);
    EXPECT_EQ(result.unplaced.at(0).reason, UnplacedReason::SlotsTaken);
    EXPECT_EQ(result.unplaced.at(1).request, 2);
}

TEST(CallPlanner, PriorityOrderWhenTwoOfThreeFit)
{
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(1, 19)};
    const PlanResult result = planCalls(slotList, {due("a", 1, {0, 1}), due("b", 5, {0, 1}), due("c", 3, {0, 1})});
    EXPECT_EQ(slotsOf(result, 0), QList<int>{});
    EXPECT_EQ(slotsOf(result, 1).size(), 1);
    EXPECT_EQ(slotsOf(result, 2).size(), 1);
    EXPECT_EQ(result.unplaced.size(), 1);
}

TEST(CallPlanner, MoreChildrenBeforePriority)
{
    // The low-weight child has one possible slot; the high-weight child has
    // another, so both are placed rather than the high-weight child first.
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(0, 20)};
    const PlanResult result = planCalls(slotList, {due("high", 50, {0, 1}), due("low", 1, {0})});
    EXPECT_EQ(result.childrenPlaced, 2);
    EXPECT_EQ(slotsOf(result, 0), QList<int>{1});
    EXPECT_EQ(slotsOf(result, 1), QList<int>{0});
    EXPECT_TRUE(result.unplaced.isEmpty());
}

TEST(CallPlanner, AnotherChildsFirstCallBeforeAMakeUp)
{
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(1, 19)};
    const PlanResult result = planCalls(slotList, {due("missed", 90, {0, 1}, 2), due("new", 0, {1})});
    EXPECT_EQ(slotsOf(result, 0), QList<int>{0});
    EXPECT_EQ(slotsOf(result, 1), QList<int>{1});
    ASSERT_EQ(result.unplaced.size(), 1);
    EXPECT_EQ(result.unplaced.at(0).request, 0);
    EXPECT_EQ(result.unplaced.at(0).callsMissing, 1);
    EXPECT_EQ(result.unplaced.at(0).reason, UnplacedReason::SlotsTaken);
}

TEST(CallPlanner, OneCallPerChildPerDay)
{
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(0, 20), slotAt(0, 21)};
    const PlanResult result = planCalls(slotList, {due("a", 5, {0, 1, 2}, 2)});
    EXPECT_EQ(slotsOf(result, 0), QList<int>{0});
    ASSERT_EQ(result.unplaced.size(), 1);
    EXPECT_EQ(result.unplaced.at(0).callsMissing, 1);
    EXPECT_EQ(result.unplaced.at(0).reason, UnplacedReason::NoFittingSlot); // one day only
}

TEST(CallPlanner, MakeUpOnTwoDifferentDays)
{
    // Three slots on Monday evening, one on Wednesday: the two calls are on
    // different days, and the other child keeps a Monday slot.
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(0, 19, 10), slotAt(2, 19), slotAt(0, 19, 20)};
    const PlanResult result = planCalls(slotList, {due("b", 2, {0, 1, 3}), due("a", 40, {0, 1, 2, 3}, 2)});
    const QList<int> made = slotsOf(result, 1);
    ASSERT_EQ(made.size(), 2);
    EXPECT_NE(slotList.at(made.at(0)).day, slotList.at(made.at(1)).day);
    // The earliest slots: Monday 19:00 and 19:10 (either child may have
    // either), and Wednesday; 19:20 stays free.
    EXPECT_EQ(made.at(1), 2);
    ASSERT_EQ(slotsOf(result, 0).size(), 1);
    EXPECT_EQ(QSet<int>({made.at(0), slotsOf(result, 0).at(0)}), QSet<int>({0, 1}));
    EXPECT_TRUE(result.unplaced.isEmpty());
    EXPECT_EQ(broken(slotList, {due("b", 2, {0, 1, 3}), due("a", 40, {0, 1, 2, 3}, 2)}, result), "");
}

TEST(CallPlanner, BusyDaysAreSkipped)
{
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(1, 19)};
    const QList<PlanRequest> requests{due("a", 5, {0, 1}, 1, {slotList.at(0).day}),
                                      due("b", 5, {0}, 1, {slotList.at(0).day})};
    const PlanResult result = planCalls(slotList, requests);
    EXPECT_EQ(slotsOf(result, 0), QList<int>{1});
    EXPECT_EQ(slotsOf(result, 1), QList<int>{});
    ASSERT_EQ(result.unplaced.size(), 1);
    EXPECT_EQ(result.unplaced.at(0).request, 1);
    EXPECT_EQ(result.unplaced.at(0).reason, UnplacedReason::NoFittingSlot);
}

TEST(CallPlanner, UnplacedReasons)
{
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(1, 19)};
    const PlanResult result = planCalls(
        slotList,
        {due("nothing fits", 9, {}), due("first", 9, {0}), due("too late", 1, {0}), due("make-up", 9, {1}, 2)});
    ASSERT_EQ(result.unplaced.size(), 3);
    EXPECT_EQ(result.unplaced.at(0).request, 0);
    EXPECT_EQ(result.unplaced.at(0).callsMissing, 1);
    EXPECT_EQ(result.unplaced.at(0).reason, UnplacedReason::NoFittingSlot);
    EXPECT_EQ(result.unplaced.at(1).request, 2);
    EXPECT_EQ(result.unplaced.at(1).reason, UnplacedReason::SlotsTaken);
    EXPECT_EQ(result.unplaced.at(2).request, 3); // its second call has no second day
    EXPECT_EQ(result.unplaced.at(2).callsMissing, 1);
    EXPECT_EQ(result.unplaced.at(2).reason, UnplacedReason::NoFittingSlot);
    EXPECT_EQ(result.childrenPlaced, 2);
}

TEST(CallPlanner, EmptyInputs)
{
    PlanResult result = planCalls({}, {});
    EXPECT_TRUE(result.assignments.isEmpty());
    EXPECT_TRUE(result.unplaced.isEmpty());
    EXPECT_EQ(result.childrenPlaced, 0);

    result = planCalls({slotAt(0, 19)}, {});
    EXPECT_TRUE(result.assignments.isEmpty());

    result = planCalls({}, {due("a", 1, {}), due("b", 1, {0})});
    EXPECT_TRUE(result.assignments.isEmpty());
    ASSERT_EQ(result.unplaced.size(), 2);
    EXPECT_EQ(result.unplaced.at(1).reason, UnplacedReason::NoFittingSlot);

    result = planCalls({slotAt(0, 19)}, {due("nothing asked", 1, {0}, 0)});
    EXPECT_TRUE(result.assignments.isEmpty());
    EXPECT_TRUE(result.unplaced.isEmpty());
}

TEST(CallPlanner, InvalidAndRepeatedIndicesAreIgnored)
{
    const QList<PlanSlot> slotList{slotAt(0, 19), slotAt(1, 19)};
    const QList<PlanRequest> requests{due("a", 5, {-1, 7, 0, 0, 0, INT_MAX, INT_MIN}, 2), due("b", 4, {1, 1, 2})};
    const PlanResult result = planCalls(slotList, requests);
    EXPECT_EQ(broken(slotList, requests, result), "");
    EXPECT_EQ(slotsOf(result, 0), QList<int>{0});
    EXPECT_EQ(slotsOf(result, 1), QList<int>{1});
    ASSERT_EQ(result.unplaced.size(), 1);
    EXPECT_EQ(result.unplaced.at(0).callsMissing, 1);
}

TEST(CallPlanner, EarlierSlotsBreakTies)
{
    const QList<PlanSlot> slotList{slotAt(3, 19), slotAt(1, 20), slotAt(1, 12)};
    const PlanResult result = planCalls(slotList, {due("a", 5, {0, 1, 2})});
    EXPECT_EQ(slotsOf(result, 0), QList<int>{2});
}

TEST(CallPlanner, LinesOfOnePlaceAreInterchangeable)
{
    // Two phone lines and a video corner at the same time: three children.
    const QList<PlanSlot> slotList{slotAt(0, 19, 0, "phone"), slotAt(0, 19, 0, "phone"), slotAt(0, 19, 0, "video")};
    const QList<PlanRequest> requests{due("a", 1, {0, 1}), due("b", 2, {0, 1, 2}), due("c", 3, {0, 1})};
    const PlanResult result = planCalls(slotList, requests);
    EXPECT_EQ(broken(slotList, requests, result), "");
    EXPECT_EQ(result.childrenPlaced, 3);
    EXPECT_EQ(slotsOf(result, 1), QList<int>{2});
}

TEST(CallPlanner, LargeCasePlacesTheMaximumNumberOfChildren)
{
    const RandomCase c = largeCase(7, 1000, 500, false);
    const PlanResult result = planCalls(c.slotList, c.requests);
    EXPECT_EQ(broken(c.slotList, c.requests, result), "");
    const int optimum = maximumMatching(int(c.slotList.size()), c.requests, c.slotList);
    EXPECT_GT(optimum, 300);
    EXPECT_LT(optimum, 1000); // there is competition
    EXPECT_EQ(result.childrenPlaced, optimum);
    EXPECT_EQ(score(c.slotList, c.requests, detail::planCallsByMinCostFlow(c.slotList, c.requests).assignments),
              score(c.slotList, c.requests, result.assignments));
}

TEST(CallPlanner, LargeCaseWithMakeUpsAndBusyDays)
{
    const RandomCase c = largeCase(11, 1000, 500, true);
    const PlanResult result = planCalls(c.slotList, c.requests);
    EXPECT_EQ(broken(c.slotList, c.requests, result), "");
    EXPECT_EQ(result.childrenPlaced, maximumMatching(int(c.slotList.size()), c.requests, c.slotList));
    EXPECT_EQ(score(c.slotList, c.requests, detail::planCallsByMinCostFlow(c.slotList, c.requests).assignments),
              score(c.slotList, c.requests, result.assignments));
    // Placed children waited longer on average than the ones left out.
    double placedWeight = 0, unplacedWeight = 0;
    int unplacedFirst = 0;
    for (const PlanUnplaced &unplaced : result.unplaced)
        if (unplaced.callsMissing == c.requests.at(unplaced.request).calls) {
            unplacedWeight += c.requests.at(unplaced.request).weight;
            ++unplacedFirst;
        }
    for (const PlanRequest &request : c.requests)
        placedWeight += request.weight;
    placedWeight = (placedWeight - unplacedWeight) / result.childrenPlaced;
    ASSERT_GT(unplacedFirst, 0);
    EXPECT_GT(placedWeight, unplacedWeight / unplacedFirst + 5);
}

TEST(CallPlanner, SchoolSizedInputs)
{
    // 5,000 children × 2,000 slots, every start time distinct, two calls each.
    std::mt19937 random(5);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    QList<PlanSlot> slotList;
    for (int s = 0; s < 2000; ++s)
        slotList.append({day0 + s * 5 * minute, day0 + s * 5 * minute + 5 * minute, "p", 2461000 + s / 300});
    QList<PlanRequest> requests;
    for (int r = 0; r < 5000; ++r) {
        PlanRequest request = due(QStringLiteral("c%1").arg(r), pick(0, 1000), {}, 2);
        for (int k = 0; k < 6; ++k)
            request.candidates.append(pick(0, 1999));
        requests.append(request);
    }
    const PlanResult result = planCalls(slotList, requests);
    EXPECT_EQ(broken(slotList, requests, result), "");
    EXPECT_EQ(result.childrenPlaced, maximumMatching(int(slotList.size()), requests, slotList));
}

TEST(CallPlanner, MinCostFlowCostsNearTheirLimits)
{
    // Huge weights make the min-cost flow's cost scales large: up to 10^8 they
    // stay on 64-bit costs close to their bound (about 5·10^17 of 2^60 here),
    // up to 2·10^9 they need 128 bits. Either way the optimum is planCalls'.
    for (const int heaviest : {100'000'000, 2'000'000'000}) {
        std::mt19937 random(static_cast<unsigned>(heaviest));
        auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
        QList<PlanSlot> slotList;
        for (int s = 0; s < 300; ++s)
            slotList.append({day0 + s * 20 * minute, day0 + s * 20 * minute + 10 * minute, "p", 2461000 + s / 45});
        QList<PlanRequest> requests;
        for (int r = 0; r < 400; ++r) {
            const int weight = pick(0, heaviest);
            PlanRequest request = due(QStringLiteral("c%1").arg(r), weight, {}, pick(1, 2));
            for (int k = 0; k < 5; ++k)
                request.candidates.append(pick(0, 299));
            requests.append(request);
        }
        EXPECT_EQ(detail::planNeedsWideCosts(slotList, requests), heaviest > 100'000'000);
        const PlanResult result = planCalls(slotList, requests);
        ASSERT_EQ(broken(slotList, requests, result), "");
        const Score best = score(slotList, requests, result.assignments);
        EXPECT_EQ(score(slotList, requests, detail::planCallsByMinCostFlow(slotList, requests).assignments), best);
        EXPECT_EQ(score(slotList, requests, detail::planCallsByMinCostFlow(slotList, requests, true).assignments),
                  best);
    }
}
