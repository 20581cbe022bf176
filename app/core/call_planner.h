#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace qq {

// "Plan the week": the fair assignment of the week's free call slots to the
// children who are due a call. Pure computation over plain structs: the
// caller (call_rotation.cpp) works out which slots each child could take.

struct PlanSlot { // one bookable slot: one place (or one line of a place) at one time
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString placeId;
    int day = 0; // the local day (e.g. QDate::toJulianDay()); one call per child per day
};

struct PlanRequest { // one due child (one request per child)
    QString childId;
    int calls = 1; // calls to place this week: 1, or 2 when a make-up is owed (the caller applies the weekly cap)
    int weight = 0; // priority, larger first: days waited, plus a bonus for missed calls
    QList<int>
        candidates; // indices into the slot list this child can take (room open, a parent's window, future, free)
    QSet<int> busyDays; // days on which the child already has a call booked
};

enum class UnplacedReason {
    NoFittingSlot, // none of the child's candidate slots exists (windows never meet the room's hours, or busy days)
    SlotsTaken, // there were fitting slots but they went to children who waited longer (or to place more children)
};

struct PlanAssignment {
    int request = 0;
    int slot = 0;
};

struct PlanUnplaced {
    int request = 0;
    int callsMissing = 0;
    UnplacedReason reason = UnplacedReason::SlotsTaken;
};

struct PlanResult {
    QList<PlanAssignment> assignments; // sorted by request, then slot start (then slot index)
    QList<PlanUnplaced> unplaced; // every request that got fewer calls than asked, by request
    int childrenPlaced = 0; // requests with at least one call
};

// The rules: a slot is used at most once; a request only gets slots from its
// `slots` (indices out of range and repeated indices are ignored); at most one
// call per request per day and none on its `busyDays`; at most `calls` calls
// (a request with calls <= 0 asks for nothing).
//
// Among the assignments that keep the rules, the result is optimal for, in
// this order (each one only decides between results equal on those before):
// 1. the number of children with at least one call (the most);
// 2. the total number of calls, i.e. make-ups (the most);
// 3. priority: the sum of `weight` over the children placed (the largest).
//    With (1) fixed this is the sum of a rank cost, maxWeight - weight, over
//    the placed children (the smallest), so a child who waited longer wins a
//    contested slot, unless taking it would leave another child without any
//    call; when only first calls compete this gives exactly "place children
//    in order of weight whenever possible" (the placeable sets form a matroid);
// 4. earlier slots: the sum over the used slots of their time rank (how many
//    distinct start times among all given slots are earlier) is the smallest.
//
// An unplaced request's reason is NoFittingSlot when it got as many calls as
// it has distinct days with a fitting slot (none at all, or one day for a
// make-up), else SlotsTaken.
PlanResult planCalls(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests);

namespace detail {
// The same optimum from one textbook min-cost flow over the whole network
// (successive shortest paths, Dijkstra with potentials, explicit costs; see
// call_planner.cpp): slower, kept to check planCalls against. 64-bit costs
// unless they could overflow, or wideCosts asks for 128-bit ones.
PlanResult planCallsByMinCostFlow(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests,
                                  bool wideCosts = false);
// Whether planCallsByMinCostFlow needs 128-bit costs for this input.
bool planNeedsWideCosts(const QList<PlanSlot> &slotList, const QList<PlanRequest> &requests);
} // namespace detail

} // namespace qq
