// A kiosk process reduced to the mailbox's storage path: sends letters (words,
// some with a voice message, some without a name) through Mailbox::send and
// prints "ack <letter id> <number>" only after the commit returned — exactly
// when a child would see "Your letter is in the box". The crash test kills it
// at random moments.
#include "clock.h"
#include "kiosk_store.h"

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace qq;

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: mail_worker DATA_DIR SEED COUNT\n");
        return 2;
    }
    ManualClock clock(1'790'000'000'000);
    auto store = KioskStore::open(QString::fromLocal8Bit(argv[1]), clock);
    QStringList children;
    Statement ids = store->db().prepare("SELECT id FROM children ORDER BY id");
    while (ids.step())
        children << ids.text(0);
    const QString seed = QString::fromLocal8Bit(argv[2]);
    std::mt19937 rng(std::strtoul(argv[2], nullptr, 10));
    const int count = std::atoi(argv[3]);
    for (int i = 0; i < count; ++i) {
        Letter letter;
        letter.text = QStringLiteral("letter %1-%2 我想妈妈了").arg(seed).arg(i);
        letter.feeling = 1 + int(rng() % 5);
        if (rng() % 2 == 0) {
            letter.childId = children.at(int(rng() % quint32(children.size())));
            letter.childName = QStringLiteral("child");
        }
        if (rng() % 4 == 0) {
            letter.voice = QByteArray(20'000 + int(rng() % 50'000), char('a' + i % 26));
            letter.voiceMs = 5000;
        }
        const SendResult result = store->mailbox().send(std::move(letter));
        if (!result.ok()) {
            std::fprintf(stderr, "worker: letter not stored: %d %s\n", int(result.problem), qPrintable(result.storage.detail));
            return 1;
        }
        std::printf("ack %s %s-%d\n", qPrintable(result.letterId), qPrintable(seed), i);
        std::fflush(stdout);
        clock.advance(1000);
    }
    return 0;
}
