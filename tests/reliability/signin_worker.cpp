// A kiosk process reduced to its storage path: signs random children in and
// out through VisitService and prints "ack <visit> <in|out>" only after the
// commit returned — exactly when a child would see "done". The crash test
// kills it at random moments.
#include "clock.h"
#include "kiosk_store.h"

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace qq;

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: signin_worker DATA_DIR SEED COUNT\n");
        return 2;
    }
    ManualClock clock(0);
    auto store = KioskStore::open(QString::fromLocal8Bit(argv[1]), clock);
    // Continue after the last recorded moment, so no tap counts as a double tap.
    Statement last = store->db().prepare("SELECT max(max(signed_in_at), coalesce(max(signed_out_at), 0)) FROM visits");
    last.step();
    clock.set(std::max<qint64>(last.int64(0), 1'790'000'000'000) + VisitService::kDoubleTapMs + 1);
    store->settings(); // closing time far away from these instants is irrelevant: same day, early

    QStringList children;
    Statement ids = store->db().prepare("SELECT id FROM children ORDER BY id");
    while (ids.step())
        children << ids.text(0);
    std::mt19937 rng(std::strtoul(argv[2], nullptr, 10));
    const int count = std::atoi(argv[3]);
    for (int i = 0; i < count; ++i) {
        const QString &child = children.at(int(rng() % quint32(children.size())));
        const VisitOutcome outcome = store->visits().toggle(child);
        if (outcome.status == VisitOutcome::Status::SignedIn || outcome.status == VisitOutcome::Status::SignedOut) {
            std::printf("ack %s %s\n", qPrintable(outcome.visit.id),
                        outcome.status == VisitOutcome::Status::SignedIn ? "in" : "out");
            std::fflush(stdout);
        } else if (!outcome.ok()) {
            std::fprintf(stderr, "worker: visit failed: %s\n", qPrintable(outcome.error.detail));
            return 1;
        }
        clock.advance(VisitService::kDoubleTapMs + 1);
    }
    return 0;
}
