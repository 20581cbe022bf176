#include "call_planner.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <utility>
#include <vector>

// The plan is a minimum cost flow in this network:
//
//   source ─▶ child ─▶ child-day ─▶ slot group ─▶ sink
//
// - source → child: the first call costs -(W1 + W2) + W3·(maxWeight - weight),
//   each further call (a make-up) -W2; capacity: calls, at most the number of
//   distinct days the child has a fitting slot on;
// - child → child-day, capacity 1: one call per child per day (left out for a
//   child asking for one call, whose arcs go straight to the slot groups);
// - child-day → slot group, capacity 1, cost 0, for each fitting slot;
// - slot group → sink: capacity = the group's size, cost = its time rank.
// A slot group is a set of slots with the same day, start time and children
// able to take them (the lines of one place, or places open to the same
// parents): interchangeable, so one node stands for them all.
//
// A flow costs -W1·children - W2·calls + W3·Σ(maxWeight - weight) + Σ rank.
// With T = the largest possible Σ rank (every slot used), P = the largest
// possible Σ(maxWeight - weight) and C = the most calls the requests allow:
//   W3 = T + 1, W2 = W3·(P + 1), W1 = W2·(C + 1),
// each objective outweighs all below it (W3·P + T < W2 and W2·C + W2 ≤ W1), so
// the minimum cost is exactly the lexicographic optimum of call_planner.h.
// Every augmenting path adds a call and costs at most -W2 + T < 0, so the
// minimum cost flow is also a maximum flow.
//
// planCalls solves it by successive shortest paths, using the network's shape:
// inner arcs cost 0, so a path costs its source arc plus the time rank of the
// slot group it ends at, and the costs of calls differ by at least W3, more
// than any rank.
// 1. Ranks left aside, a shortest augmenting path is any path from the
//    cheapest call that still has one. So: calls cheapest first (first calls
//    by weight, ties by request, then make-ups), each placed by a depth-first
//    augmenting path to a slot group with room, or dropped for good when there
//    is none — nor will there ever be: the nodes that search saw cannot reach
//    a free slot again, so later searches skip them. This fixes how many calls
//    each child gets, optimal for objectives 1–3.
// 2. The network reversed, each child's supply fixed to its calls from pass 1:
//    slot groups by time rank, each slot linked back to a call by an
//    augmenting path, or dropped. Successive shortest paths again (the rank is
//    now the first arc's cost): the earliest slots for those calls. They are
//    the earliest for any optimal calls: the sets of calls that can be placed
//    together, and of slots that can be used together, are gammoids, and by
//    Pym's linkage theorem any basis of one can be linked onto any basis of
//    the other.
// Each pass costs one search per call or slot; most are short, and failed
// searches get cheaper as nodes are dropped.
//
// detail::planCallsByMinCostFlow solves the same network the textbook way
// (one Dijkstra over reduced costs with potentials per augmenting path, costs
// as above) to check planCalls against. Its bounds: a simple path from the
// source crosses one source arc and at most two sink arcs, so real distances
// lie in [-(W1 + W2 + T'), T'], T' the largest time rank; potentials stay in
// [-B, B] with B = W1 + W2 + T', reduced costs below 3B and the distances
// compared below 5B. 64-bit costs are used when B < 2^60: for 5,000 children ×
// 2,000 slots with distinct times (T < 2·10^6), weights within 0..1,000
// (P ≤ 5·10^6) and two calls each (C ≤ 10^4), B ≈ 10^17. Beyond, 128-bit.

namespace qq {
namespace {

using Wide = __int128;

// The input with its rules applied: what each request can really take, and
// the interchangeable slots grouped.
struct Prepared {
    int requestCount = 0;
    std::vector<std::vector<int>> fitting; // per request: valid, distinct slots not on a busy day
    std::vector<int> days; // per request: distinct days among them
    std::vector<int> calls; // per request: calls the network may give (min(calls, days), at least 0)
    std::vector<qint64> rankCost; // per request: maxWeight - weight
    std::vector<int> timeRank; // per slot: distinct start times before it
    std::vector<int> groupOf; // per slot: its group, or -1 when no request can take it
    std::vector<std::vector<int>> groupSlots; // per group: its slots, ascending
    std::vector<int> groupDay;
    Wide maxTimeSum = 0; // T
    Wide maxRankSum = 0; // P
    Wide maxCalls = 0; // C
    int maxTimeRank = 0;
};

Prepared prepare(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests)
{
    Prepared p;
    const int slotCount = int(slotList.size());
    p.requestCount = int(requests.size());

    std::vector<qint64> starts;
    starts.reserve(size_t(slotCount));
    for (const PlanSlot &slot : slotList)
        starts.push_back(slot.startMs);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    p.timeRank.resize(size_t(slotCount));
    for (int s = 0; s < slotCount; ++s)
        p.timeRank[size_t(s)] =
            int(std::lower_bound(starts.begin(), starts.end(), slotList.at(s).startMs) - starts.begin());

    qint64 maxWeight = 0;
    for (int r = 0; r < p.requestCount; ++r)
        maxWeight = r == 0 ? requests.at(r).weight : std::max(maxWeight, qint64(requests.at(r).weight));

    p.fitting.resize(size_t(p.requestCount));
    p.days.resize(size_t(p.requestCount));
    p.calls.resize(size_t(p.requestCount));
    p.rankCost.resize(size_t(p.requestCount));
    std::vector<int> seen(size_t(slotCount), -1);
    std::vector<int> dayList;
    std::vector<int> slotDegree(size_t(slotCount), 0);
    for (int r = 0; r < p.requestCount; ++r) {
        const PlanRequest &request = requests.at(r);
        p.rankCost[size_t(r)] = maxWeight - request.weight;
        std::vector<int> &fitting = p.fitting[size_t(r)];
        dayList.clear();
        for (int s : request.candidates) {
            if (s < 0 || s >= slotCount || seen[size_t(s)] == r)
                continue;
            seen[size_t(s)] = r;
            if (request.busyDays.contains(slotList.at(s).day))
                continue;
            fitting.push_back(s);
            dayList.push_back(slotList.at(s).day);
        }
        std::sort(dayList.begin(), dayList.end());
        p.days[size_t(r)] = int(std::unique(dayList.begin(), dayList.end()) - dayList.begin());
        p.calls[size_t(r)] = std::max(0, std::min(request.calls, p.days[size_t(r)]));
        if (p.calls[size_t(r)] == 0) {
            fitting.clear();
            continue;
        }
        for (int s : fitting)
            ++slotDegree[size_t(s)];
        p.maxRankSum += p.rankCost[size_t(r)];
        p.maxCalls += p.calls[size_t(r)];
    }

    // Who can take each slot (ascending request order), as one flat array.
    std::vector<int> takerStart(size_t(slotCount) + 1, 0);
    for (int s = 0; s < slotCount; ++s)
        takerStart[size_t(s) + 1] = takerStart[size_t(s)] + slotDegree[size_t(s)];
    std::vector<int> takers(size_t(takerStart.back()));
    std::vector<int> fill(takerStart.begin(), takerStart.end() - 1);
    for (int r = 0; r < p.requestCount; ++r)
        if (p.calls[size_t(r)] > 0)
            for (int s : p.fitting[size_t(r)])
                takers[size_t(fill[size_t(s)]++)] = r;

    std::vector<int> order;
    for (int s = 0; s < slotCount; ++s)
        if (slotDegree[size_t(s)] > 0)
            order.push_back(s);
    auto takersOf = [&](int s) {
        return std::make_pair(takers.begin() + takerStart[size_t(s)], takers.begin() + takerStart[size_t(s) + 1]);
    };
    auto sameGroupKey = [&](int a, int b) { // -1, 0, 1
        const PlanSlot &x = slotList.at(a);
        const PlanSlot &y = slotList.at(b);
        if (x.day != y.day)
            return x.day < y.day ? -1 : 1;
        if (x.startMs != y.startMs)
            return x.startMs < y.startMs ? -1 : 1;
        const auto [xb, xe] = takersOf(a);
        const auto [yb, ye] = takersOf(b);
        if (std::lexicographical_compare(xb, xe, yb, ye))
            return -1;
        if (std::lexicographical_compare(yb, ye, xb, xe))
            return 1;
        return 0;
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int key = sameGroupKey(a, b);
        return key != 0 ? key < 0 : a < b;
    });
    p.groupOf.assign(size_t(slotCount), -1);
    for (size_t i = 0; i < order.size(); ++i) {
        const int s = order[i];
        if (i == 0 || sameGroupKey(order[i - 1], s) != 0) {
            p.groupSlots.emplace_back();
            p.groupDay.push_back(slotList.at(s).day);
        }
        p.groupOf[size_t(s)] = int(p.groupSlots.size()) - 1;
        p.groupSlots.back().push_back(s);
        p.maxTimeSum += p.timeRank[size_t(s)];
        p.maxTimeRank = std::max(p.maxTimeRank, p.timeRank[size_t(s)]);
    }
    return p;
}

// The network's inner part: child, child-day and slot group nodes, and the
// unit arcs child → child-day, child or child-day → slot group.
struct Topology {
    std::vector<int> childNode; // per request, -1 when it asks for nothing it can get
    std::vector<int> requestOf; // per child and child-day node
    int firstGroup = 0;
    int nodeCount = 0;
    std::vector<std::pair<int, int>> arcs;
};

Topology topology(const QList<PlanSlot> &slotList, const Prepared &p)
{
    Topology t;
    t.childNode.assign(size_t(p.requestCount), -1);
    for (int r = 0; r < p.requestCount; ++r) {
        if (p.calls[size_t(r)] > 0) {
            t.childNode[size_t(r)] = int(t.requestOf.size());
            t.requestOf.push_back(r);
        }
    }
    std::vector<std::vector<std::pair<int, int>>> dayNodes(size_t(p.requestCount)); // (day, node), by day
    for (int r = 0; r < p.requestCount; ++r) {
        if (p.calls[size_t(r)] < 2)
            continue;
        std::vector<int> days;
        for (int s : p.fitting[size_t(r)])
            days.push_back(slotList.at(s).day);
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        for (int day : days) {
            dayNodes[size_t(r)].push_back({day, int(t.requestOf.size())});
            t.requestOf.push_back(r);
        }
    }
    t.firstGroup = int(t.requestOf.size());
    t.nodeCount = t.firstGroup + int(p.groupSlots.size());

    std::vector<int> groupSeen(p.groupSlots.size(), -1);
    for (int r = 0; r < p.requestCount; ++r) {
        const int child = t.childNode[size_t(r)];
        if (child < 0)
            continue;
        const auto &days = dayNodes[size_t(r)];
        for (const auto &[day, node] : days)
            t.arcs.push_back({child, node});
        for (int s : p.fitting[size_t(r)]) {
            const int g = p.groupOf[size_t(s)];
            if (groupSeen[size_t(g)] == r)
                continue;
            groupSeen[size_t(g)] = r;
            int from = child;
            if (!days.empty())
                from = std::lower_bound(days.begin(), days.end(), std::make_pair(p.groupDay[size_t(g)], 0))->second;
            t.arcs.push_back({from, t.firstGroup + g});
        }
    }
    return t;
}

// Unit arcs, and augmenting paths from an entry node to any node with exit
// capacity left (the source and the sink stay implicit: the caller tries the
// entries, exits stand for the arcs to the sink). Each node keeps its arcs out
// in compressed arrays and, apart, the used arcs coming in, which a path may
// follow backwards (cancelling them): a slot group wanted by 300 children but
// held by 2 offers 2 ways back, not 300 arcs to look through.
class Linker {
public:
    Linker(int nodeCount, const std::vector<std::pair<int, int>> &arcs, bool reversed)
        : exits(size_t(nodeCount), 0),
          m_start(size_t(nodeCount) + 1, 0),
          m_to(arcs.size()),
          m_from(arcs.size()),
          m_used(arcs.size(), 0),
          m_position(arcs.size()),
          m_holders(size_t(nodeCount)),
          m_seen(size_t(nodeCount), 0),
          m_dead(size_t(nodeCount), 0),
          m_via(size_t(nodeCount), 0),
          m_next(size_t(nodeCount), 0)
    {
        for (const auto &[from, to] : arcs)
            ++m_start[size_t(reversed ? to : from) + 1];
        for (int v = 0; v < nodeCount; ++v)
            m_start[size_t(v) + 1] += m_start[size_t(v)];
        std::vector<int> fill(m_start.begin(), m_start.end() - 1);
        for (size_t i = 0; i < arcs.size(); ++i) {
            const int from = reversed ? arcs[i].second : arcs[i].first;
            const int a = fill[size_t(from)]++;
            m_from[size_t(a)] = from;
            m_to[size_t(a)] = reversed ? arcs[i].first : arcs[i].second;
            m_position[i] = a;
        }
    }

    // One more unit from `entry` to a node with exits left, rerouting earlier
    // units as needed (depth first). False when there is no such path; then
    // every node the search saw is dead: it cannot reach an exit, and never
    // will (a later augmenting path only runs through nodes that reach an
    // exit, so it leaves their arcs alone, and exits only get fewer).
    bool link(int entry)
    {
        if (m_dead[size_t(entry)])
            return false;
        ++m_stamp;
        m_touched.clear();
        m_stack.clear();
        int found = -1;
        auto visit = [&](int v, int via) {
            m_seen[size_t(v)] = m_stamp;
            m_touched.push_back(v);
            m_via[size_t(v)] = via;
            if (exits[size_t(v)] > 0) {
                found = v;
            } else {
                m_next[size_t(v)] = 0;
                m_stack.push_back(v);
            }
        };
        visit(entry, 0);
        while (!m_stack.empty() && found < 0) {
            const int u = m_stack.back();
            const int out = m_start[size_t(u) + 1] - m_start[size_t(u)];
            const int k = m_next[size_t(u)]++;
            if (k < out) { // an arc out, unless already used
                const int a = m_start[size_t(u)] + k;
                const int v = m_to[size_t(a)];
                if (!m_used[size_t(a)] && m_seen[size_t(v)] != m_stamp && !m_dead[size_t(v)])
                    visit(v, a + 1);
            } else if (k - out < int(m_holders[size_t(u)].size())) { // a used arc in, backwards
                const int a = m_holders[size_t(u)][size_t(k - out)];
                const int v = m_from[size_t(a)];
                if (m_seen[size_t(v)] != m_stamp && !m_dead[size_t(v)])
                    visit(v, -(a + 1));
            } else {
                m_stack.pop_back();
            }
        }
        if (found < 0) {
            for (int v : m_touched)
                m_dead[size_t(v)] = 1;
            return false;
        }
        --exits[size_t(found)];
        for (int v = found; v != entry;) {
            const int via = m_via[size_t(v)];
            if (via > 0) { // forwards along a = via - 1: now used
                const int a = via - 1;
                m_used[size_t(a)] = 1;
                m_holders[size_t(v)].push_back(a);
                v = m_from[size_t(a)];
            } else { // backwards along a: cancelled
                const int a = -via - 1;
                m_used[size_t(a)] = 0;
                std::vector<int> &holders = m_holders[size_t(m_to[size_t(a)])];
                *std::find(holders.begin(), holders.end(), a) = holders.back();
                holders.pop_back();
                v = m_to[size_t(a)];
            }
        }
        return true;
    }

    // Whether arc i of the constructor's list carries a unit.
    bool used(size_t i) const { return m_used[size_t(m_position[i])]; }

    std::vector<int> exits;

private:
    std::vector<int> m_start, m_to, m_from;
    std::vector<char> m_used;
    std::vector<int> m_position;
    std::vector<std::vector<int>> m_holders; // per node: used arcs coming in
    std::vector<unsigned> m_seen;
    std::vector<char> m_dead;
    std::vector<int> m_via, m_next, m_stack, m_touched;
    unsigned m_stamp = 0;
};

// The calls of a plan as (request, slot group) pairs, one per call.
using Calls = std::vector<std::pair<int, int>>;

Calls linkedCalls(const Topology &t, const std::vector<std::pair<int, int>> &arcs, const Linker &linker)
{
    Calls calls;
    for (size_t i = 0; i < arcs.size(); ++i)
        if (arcs[i].second >= t.firstGroup && linker.used(i))
            calls.push_back({t.requestOf[size_t(arcs[i].first)], arcs[i].second - t.firstGroup});
    return calls;
}

Calls planByPasses(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests, const Prepared &p)
{
    const Topology t = topology(slotList, p);

    // Pass 1: which calls. First calls by weight (ties by request), then make-ups.
    std::vector<int> order;
    for (int r = 0; r < p.requestCount; ++r)
        if (t.childNode[size_t(r)] >= 0)
            order.push_back(r);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return requests.at(a).weight > requests.at(b).weight; });
    Linker forward(t.nodeCount, t.arcs, false);
    for (int g = t.firstGroup; g < t.nodeCount; ++g)
        forward.exits[size_t(g)] = int(p.groupSlots[size_t(g - t.firstGroup)].size());
    std::vector<int> got(size_t(p.requestCount), 0);
    for (int r : order)
        got[size_t(r)] += forward.link(t.childNode[size_t(r)]);
    for (int r : order)
        while (got[size_t(r)] > 0 && got[size_t(r)] < p.calls[size_t(r)] && forward.link(t.childNode[size_t(r)]))
            ++got[size_t(r)];

    // Pass 2: which slots. Slot groups by time rank link back to those calls.
    std::vector<int> groups(p.groupSlots.size());
    for (size_t g = 0; g < groups.size(); ++g)
        groups[g] = int(g);
    std::stable_sort(groups.begin(), groups.end(), [&](int a, int b) {
        return p.timeRank[size_t(p.groupSlots[size_t(a)].front())]
            < p.timeRank[size_t(p.groupSlots[size_t(b)].front())];
    });
    std::vector<std::pair<int, int>> arcs; // of the children with calls only
    for (const auto &arc : t.arcs)
        if (got[size_t(t.requestOf[size_t(arc.first)])] > 0)
            arcs.push_back(arc);
    Linker backward(t.nodeCount, arcs, true);
    int wanted = 0;
    for (int r = 0; r < p.requestCount; ++r) {
        if (t.childNode[size_t(r)] >= 0)
            backward.exits[size_t(t.childNode[size_t(r)])] = got[size_t(r)];
        wanted += got[size_t(r)];
    }
    int linked = 0;
    for (int g : groups)
        for (size_t k = 0; k < p.groupSlots[size_t(g)].size() && backward.link(t.firstGroup + g); ++k)
            ++linked;
    // Pym's theorem says every call is linked again; should that ever fail,
    // pass 1's plan is still right on everything but the earliest slots.
    Q_ASSERT(linked == wanted);
    return linked == wanted ? linkedCalls(t, arcs, backward) : linkedCalls(t, t.arcs, forward);
}

struct Scales {
    Wide w1 = 0, w2 = 0, w3 = 0, bound = 0;
    bool needWide() const { return bound >= (Wide(1) << 60); }
};

Scales scalesFor(const Prepared &p)
{
    // Only absurd inputs (far beyond a million children or slots) could leave 128 bits.
    const long double estimate =
        ((long double)(p.maxTimeSum) + 1) * ((long double)(p.maxRankSum) + 1) * ((long double)(p.maxCalls) + 1);
    if (estimate > std::ldexp(1.0L, 120))
        throw std::length_error("planCalls: input too large");
    Scales scales;
    scales.w3 = p.maxTimeSum + 1;
    scales.w2 = scales.w3 * (p.maxRankSum + 1);
    scales.w1 = scales.w2 * (p.maxCalls + 1);
    scales.bound = scales.w1 + scales.w2 + p.maxTimeRank;
    return scales;
}

// The whole network with costs, for successive shortest paths.
template <typename Cost> class Network {
public:
    struct Arc {
        int from, to, cap;
        Cost cost;
    };

    Network(int nodeCount, const std::vector<Arc> &arcs)
        : m_nodes(nodeCount), m_start(size_t(nodeCount) + 1, 0), m_position(arcs.size())
    {
        for (const Arc &arc : arcs) {
            ++m_start[size_t(arc.from) + 1];
            ++m_start[size_t(arc.to) + 1];
        }
        for (int v = 0; v < nodeCount; ++v)
            m_start[size_t(v) + 1] += m_start[size_t(v)];
        const size_t total = arcs.size() * 2;
        m_to.resize(total);
        m_rev.resize(total);
        m_cap.resize(total);
        m_cost.resize(total);
        m_forward.resize(total);
        std::vector<int> fill(m_start.begin(), m_start.end() - 1);
        for (size_t i = 0; i < arcs.size(); ++i) {
            const Arc &arc = arcs[i];
            const int a = fill[size_t(arc.from)]++;
            const int b = fill[size_t(arc.to)]++;
            m_to[size_t(a)] = arc.to;
            m_cap[size_t(a)] = arc.cap;
            m_cost[size_t(a)] = arc.cost;
            m_rev[size_t(a)] = b;
            m_forward[size_t(a)] = 1;
            m_to[size_t(b)] = arc.from;
            m_cap[size_t(b)] = 0;
            m_cost[size_t(b)] = -arc.cost;
            m_rev[size_t(b)] = a;
            m_forward[size_t(b)] = 0;
            m_position[i] = a;
        }
    }

    // Minimum cost flow from `source` to `sink`; nodes must be numbered in a
    // topological order of the arcs (the potentials start from one pass).
    void solve(int source, int sink)
    {
        std::vector<Cost> potential(size_t(m_nodes), Cost(0));
        std::vector<char> reached(size_t(m_nodes), 0);
        reached[size_t(source)] = 1;
        for (int u = 0; u < m_nodes; ++u) {
            if (!reached[size_t(u)])
                continue;
            for (int a = m_start[size_t(u)]; a < m_start[size_t(u) + 1]; ++a) {
                if (!m_forward[size_t(a)] || m_cap[size_t(a)] == 0)
                    continue;
                const int v = m_to[size_t(a)];
                const Cost d = potential[size_t(u)] + m_cost[size_t(a)];
                if (!reached[size_t(v)] || d < potential[size_t(v)])
                    potential[size_t(v)] = d;
                reached[size_t(v)] = 1;
            }
        }

        std::vector<Cost> dist(static_cast<size_t>(m_nodes));
        std::vector<int> via(static_cast<size_t>(m_nodes));
        std::vector<char> done(static_cast<size_t>(m_nodes));
        using Entry = std::pair<Cost, int>;
        std::vector<Entry> heap; // a min-heap with stale entries skipped
        const auto later = std::greater<Entry>();
        for (;;) {
            std::fill(done.begin(), done.end(), 0);
            std::fill(via.begin(), via.end(), -1);
            heap.clear();
            dist[size_t(source)] = Cost(0);
            via[size_t(source)] = -2;
            heap.push_back({Cost(0), source});
            Cost toSink = Cost(-1);
            while (!heap.empty()) {
                std::pop_heap(heap.begin(), heap.end(), later);
                const auto [d, u] = heap.back();
                heap.pop_back();
                if (done[size_t(u)] || d != dist[size_t(u)])
                    continue;
                done[size_t(u)] = 1;
                if (u == sink) {
                    toSink = d;
                    break;
                }
                const Cost pu = potential[size_t(u)] + d;
                for (int a = m_start[size_t(u)]; a < m_start[size_t(u) + 1]; ++a) {
                    if (m_cap[size_t(a)] == 0)
                        continue;
                    const int v = m_to[size_t(a)];
                    if (done[size_t(v)])
                        continue;
                    const Cost nd = pu + m_cost[size_t(a)] - potential[size_t(v)];
                    if (via[size_t(v)] == -1 || nd < dist[size_t(v)]) {
                        dist[size_t(v)] = nd;
                        via[size_t(v)] = a;
                        heap.push_back({nd, v});
                        std::push_heap(heap.begin(), heap.end(), later);
                    }
                }
            }
            if (toSink < Cost(0))
                return; // no augmenting path left
            // Nodes left unsettled have a distance of at least toSink.
            for (int v = 0; v < m_nodes; ++v)
                potential[size_t(v)] += done[size_t(v)] ? dist[size_t(v)] : toSink;
            if (potential[size_t(sink)] - potential[size_t(source)] >= Cost(0))
                return; // the path would not lower the cost (cannot happen with the scales above)
            int push = INT_MAX;
            for (int v = sink; v != source; v = m_to[size_t(m_rev[size_t(via[size_t(v)])])])
                push = std::min(push, m_cap[size_t(via[size_t(v)])]);
            for (int v = sink; v != source; v = m_to[size_t(m_rev[size_t(via[size_t(v)])])]) {
                const int a = via[size_t(v)];
                m_cap[size_t(a)] -= push;
                m_cap[size_t(m_rev[size_t(a)])] += push;
            }
        }
    }

    // The flow on arc i of the constructor's list.
    int flow(size_t i) const { return m_cap[size_t(m_rev[size_t(m_position[i])])]; }

private:
    int m_nodes;
    std::vector<int> m_start;
    std::vector<int> m_position;
    std::vector<int> m_to, m_rev, m_cap;
    std::vector<Cost> m_cost;
    std::vector<char> m_forward;
};

template <typename Cost>
Calls planByMinCostFlow(const QList<PlanSlot> &slotList, const Prepared &p, const Scales &scales)
{
    // The inner nodes shifted by one: source 0, children, child-days, groups, sink.
    const Topology t = topology(slotList, p);
    const int source = 0;
    const int sink = t.nodeCount + 1;
    using Arc = typename Network<Cost>::Arc;
    std::vector<Arc> arcs;
    for (const auto &[from, to] : t.arcs)
        arcs.push_back({from + 1, to + 1, 1, Cost(0)});
    for (int r = 0; r < p.requestCount; ++r) {
        const int child = t.childNode[size_t(r)];
        if (child < 0)
            continue;
        arcs.push_back({source, child + 1, 1, Cost(-(scales.w1 + scales.w2) + scales.w3 * p.rankCost[size_t(r)])});
        if (p.calls[size_t(r)] > 1)
            arcs.push_back({source, child + 1, p.calls[size_t(r)] - 1, Cost(-scales.w2)});
    }
    for (size_t g = 0; g < p.groupSlots.size(); ++g)
        arcs.push_back({t.firstGroup + int(g) + 1, sink, int(p.groupSlots[g].size()),
                        Cost(p.timeRank[size_t(p.groupSlots[g].front())])});

    Network<Cost> network(sink + 1, arcs);
    network.solve(source, sink);
    Calls calls;
    for (size_t i = 0; i < t.arcs.size(); ++i)
        if (t.arcs[i].second >= t.firstGroup && network.flow(i) > 0)
            calls.push_back({t.requestOf[size_t(t.arcs[i].first)], t.arcs[i].second - t.firstGroup});
    return calls;
}

enum class Method { Passes, MinCostFlow, MinCostFlowWide };

PlanResult plan(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests, Method method)
{
    const Prepared p = prepare(slotList, requests);
    Calls calls;
    if (method == Method::Passes) {
        calls = planByPasses(slotList, requests, p);
    } else {
        const Scales scales = scalesFor(p);
        calls = method == Method::MinCostFlowWide || scales.needWide() ? planByMinCostFlow<Wide>(slotList, p, scales)
                                                                       : planByMinCostFlow<qint64>(slotList, p, scales);
    }

    // Each group hands its slots out in request order.
    std::sort(calls.begin(), calls.end());
    PlanResult result;
    std::vector<size_t> handedOut(p.groupSlots.size(), 0);
    for (const auto &[r, g] : calls)
        result.assignments.append({r, p.groupSlots[size_t(g)][handedOut[size_t(g)]++]});
    std::sort(result.assignments.begin(), result.assignments.end(),
              [&](const PlanAssignment &a, const PlanAssignment &b) {
                  if (a.request != b.request)
                      return a.request < b.request;
                  const qint64 sa = slotList.at(a.slot).startMs;
                  const qint64 sb = slotList.at(b.slot).startMs;
                  return sa != sb ? sa < sb : a.slot < b.slot;
              });

    std::vector<int> placed(size_t(p.requestCount), 0);
    for (const auto &[r, g] : calls)
        ++placed[size_t(r)];
    for (int r = 0; r < p.requestCount; ++r) {
        const int got = placed[size_t(r)];
        if (got > 0)
            ++result.childrenPlaced;
        const int asked = requests.at(r).calls;
        if (got < asked)
            result.unplaced.append(
                {r, asked - got,
                 got >= p.days[size_t(r)] ? UnplacedReason::NoFittingSlot : UnplacedReason::SlotsTaken});
    }
    return result;
}

} // namespace

PlanResult planCalls(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests)
{
    return plan(slotList, requests, Method::Passes);
}

namespace detail {
PlanResult planCallsByMinCostFlow(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests, bool wideCosts)
{
    return plan(slotList, requests, wideCosts ? Method::MinCostFlowWide : Method::MinCostFlow);
}

bool planNeedsWideCosts(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests)
{
    return scalesFor(prepare(slotList, requests)).needWide();
}
} // namespace detail

} // namespace qq
