// The private mailbox's figures, on real SQLite files in a temporary folder.
//
// seal_voice_ms: sealing (crypto_box_seal to the counselor's key) a 3-minute
//   voice message that was compressed while it was recorded; median of 9. Goal ≤ 50 ms.
// send_voice_ms: the whole send of that message as the kiosk does it — sealed
//   in memory and committed in one transaction; median of 9 (reported).
// counselor_unlock_ms: unlocking the counselor's key with her passphrase at
//   the kiosk's own Argon2id cost, calibrated at set-up to take about a second
//   here; median of 3. About 1000 ms by design.
// inbox_open_ms: opening an inbox of 5,000 letters as the list view does — the
//   list of 5,000 and the sealed headers of the first 20 rows opened; median of 5.
//   Goal ≤ 200 ms.
// The program fails if a figure cannot be measured (a letter not stored, a
// wrong unlock, an inbox of the wrong size).
#include "clock.h"
#include "kiosk_store.h"
#include "mail_models.h"
#include "mailbox.h"
#include "microphone.h"
#include "sealed_box.h"
#include "voice_encoder.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace qq;

namespace {

using Ms = std::chrono::duration<double, std::milli>;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename Work> double timeMs(Work &&work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return Ms(std::chrono::steady_clock::now() - start).count();
}

QByteArray threeMinuteClip()
{
    const std::vector<qint16> pcm = SyntheticMicrophone::voiceLike(0, VoiceEncoder::kMaxSamples);
    VoiceEncoder encoder;
    constexpr qsizetype kChunk = VoiceEncoder::kFrameSamples;
    for (qsizetype at = 0; at < qsizetype(pcm.size()); at += kChunk)
        encoder.append(pcm.data() + at, std::min<qsizetype>(kChunk, qsizetype(pcm.size()) - at));
    return encoder.finish().serialize();
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_mailbox: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString passphrase = QStringLiteral("the river runs east");
    const QByteArray clip = threeMinuteClip();

    // A kiosk at its real cost (the teacher PIN's cost decides the mailbox's).
    QTemporaryDir dir;
    ManualClock clock(1'795'000'000'000);
    std::unique_ptr<KioskStore> store = KioskStore::open(dir.path(), clock);
    Mailbox &mailbox = store->mailbox();
    if (mailbox.setUp(QStringLiteral("王老师"), passphrase).isEmpty())
        return fail("the mailbox could not be set up");

    std::vector<double> unlockMs;
    for (int run = 0; run < 3; ++run) {
        Unlocked unlocked;
        unlockMs.push_back(timeMs([&] { unlocked = mailbox.unlock(passphrase); }));
        if (!unlocked.session)
            return fail("the right passphrase did not unlock");
    }

    // The public key, as send() uses it.
    QByteArray publicKey;
    {
        Statement row = store->db().prepare("SELECT public_key FROM mailbox_keys");
        if (!row.step())
            return fail("no counselor key");
        publicKey = row.blob(0);
    }
    std::vector<double> sealMs;
    std::vector<double> sendMs;
    for (int run = 0; run < 9; ++run) {
        QByteArray sealed;
        sealMs.push_back(timeMs([&] { sealed = Sealing::seal(clip, publicKey); }));
        if (sealed.size() <= clip.size())
            return fail("sealing returned too little");
        Letter letter;
        letter.voice = clip;
        letter.voiceMs = Mailbox::kMaxVoiceMs;
        letter.feeling = 2;
        SendResult result;
        sendMs.push_back(timeMs([&] { result = mailbox.send(std::move(letter)); }));
        if (!result.ok())
            return fail("a voice letter was not stored");
    }

    // 5,000 letters (the fill is not timed; synchronous off only to fill fast).
    store->db().exec("PRAGMA synchronous = OFF");
    // The 400 children who sign a third of them (a signed letter's reply tag points to its child).
    store->db().exec("INSERT INTO classes VALUES ('bench-class', '四年级', 4, 401)");
    for (int i = 0; i < 400; ++i)
        store->db()
            .prepare("INSERT INTO children (id, class_id, name, gender, birth_date, card_code) "
                     "VALUES (?, 'bench-class', ?, 'F', '2016-03-01', ?)")
            .bind(1, QStringLiteral("child-%1").arg(i))
            .bind(2, QStringLiteral("孩子%1").arg(i))
            .bind(3, QStringLiteral("QQBENCH%1").arg(i))
            .run();
    const int already = mailbox.waitingCount();
    for (int i = already; i < 5000; ++i) {
        clock.advance(7 * 60'000);
        Letter letter;
        letter.text = QStringLiteral("第%1封信：王老师，我想妈妈了。她在东莞打工，过年才回来。").arg(i);
        letter.feeling = 1 + i % 5;
        if (i % 3 == 0) { // a third signed, the rest without a name
            letter.childId = QStringLiteral("child-%1").arg(i % 400);
            letter.childName = QStringLiteral("孩子%1").arg(i % 400);
        }
        if (!mailbox.send(std::move(letter)).ok())
            return fail("a letter was not stored");
    }
    store->db().exec("PRAGMA synchronous = FULL");

    Unlocked unlocked = mailbox.unlock(passphrase);
    if (!unlocked.session)
        return fail("the right passphrase did not unlock");
    const QTimeZone zone("Asia/Shanghai");
    std::vector<double> inboxMs;
    for (int run = 0; run < 5; ++run) {
        InboxModel model;
        int shown = 0;
        inboxMs.push_back(timeMs([&] {
            model.reset(unlocked.session.get(), unlocked.session->inbox(), zone);
            for (int row = 0; row < 20; ++row)
                shown += model.index(row).data(InboxModel::PreviewRole).toString().isEmpty() ? 0 : 1;
        }));
        if (model.rowCount() != 5000)
            return fail("the inbox does not hold 5,000 letters");
        if (shown == 0)
            return fail("no header was opened");
    }

    std::printf("bench: seal_voice_ms %.2f ms\n", median(sealMs));
    std::printf("bench: send_voice_ms %.2f ms\n", median(sendMs));
    std::printf("bench: counselor_unlock_ms %.0f ms\n", median(unlockMs));
    std::printf("bench: inbox_open_ms %.1f ms\n", median(inboxMs));
    return 0;
}
