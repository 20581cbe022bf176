#pragma once

#include "database.h"
#include "sealed_box.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace qq {

class ChangeLog;
class Clock;

// What a child wrote. It exists only in memory: Mailbox::send seals it to
// the counselor's public key before anything touches disk.
struct Letter {
    QString childId; // empty: "without my name"
    QString childName;
    qint64 writtenAtMs = 0; // exact for a named letter; rounded to the hour without a name
    int feeling = 0; // 0: none; 1 (very sad) .. 5 (very happy), the mood faces
    QString text;
    QByteArray voice; // a VoiceClip (Opus), serialized; empty for none
    int voiceMs = 0;
};

// One row of the counselor's inbox: what the disk shows (hour, marks) plus,
// once opened with the key, the sealed header.
struct LetterSummary {
    QString id;
    qint64 hourMs = 0;
    bool opened = false;
    bool followUp = false;
    QByteArray sealedHeader;
    // From the header:
    bool headerRead = false; // false: not decrypted yet, or damaged
    QString childId;
    QString childName;
    qint64 writtenAtMs = 0;
    int feeling = 0;
    QString preview; // the first words
    int textChars = 0;
    int voiceMs = 0;
    QByteArray replyKey; // the child's public key on the kiosk they wrote from (empty: none yet)
    QString replyTag; // the random tag answers carry instead of the child's id
};

struct Reply {
    QString id;
    QString letterId;
    QString text;
    qint64 writtenAtMs = 0;
    bool readByChild = false;
};

enum class SendProblem { None, NotSetUp, Empty, TooLong, VoiceTooLong, Storage };
struct SendResult {
    SendProblem problem = SendProblem::None;
    StorageError storage;
    QString letterId;
    bool ok() const { return problem == SendProblem::None; }
};

// Wrong passphrases and wrong picture codes: a delay that grows with each
// one, counted on disk so a restart does not reset it.
struct UnlockCheck {
    enum class Status { Ok, Wrong, LockedOut, NotSetUp, Damaged };
    Status status = Status::Wrong;
    qint64 lockedUntilMs = 0;
};

class CounselorSession;
struct Unlocked {
    UnlockCheck check;
    std::unique_ptr<CounselorSession> session; // set when check is Ok
};
struct OpenedReplies {
    UnlockCheck check;
    QList<Reply> replies; // newest first
};

// The private mailbox on the kiosk. The kiosk side (send, counts, a child's
// replies) holds public keys only: it can write letters, never read them.
class Mailbox {
public:
    static constexpr int kMaxTextChars = 2000;
    static constexpr int kMaxVoiceMs = 180'000;
    static constexpr qsizetype kMaxVoiceBytes = 1'500'000;
    static constexpr int kPictureCount = 9; // the picture code: 3 of these, in order
    static constexpr int kPictureCodeLength = 3;
    static constexpr int kChildFreeAttempts = 3;
    static constexpr int kMinPassphraseChars = 10;

    enum class Cost { Interactive, Minimal }; // Minimal: tests only
    // Keys, letters and replies sync as the sealed rows they are (ChangeLog);
    // attempt counters and the mailbox's own log stay on the kiosk.
    Mailbox(Database &db, ChangeLog &log, const Clock &clock, Cost cost = Cost::Interactive);

    // The counselor.
    bool isSetUp() const;
    QString counselorName() const;
    static bool isPassphraseAcceptable(const QString &passphrase);
    // Makes the key pair; the secret key is stored only locked under the
    // passphrase (Argon2id) and under the recovery code returned here, which
    // is shown once. Empty on failure (already set up, weak passphrase, disk).
    QString setUp(const QString &counselorName, const QString &passphrase);
    Unlocked unlock(const QString &passphrase);
    // A lost passphrase: the recovery code opens the key and sets a new one.
    Unlocked recover(const QString &recoveryCode, const QString &newPassphrase);
    static qint64 passphraseDelayAfter(int failures);

    // A child writes. Sealed in memory, stored in one transaction. A picture
    // code, when given for a child who has none, is set in the same one.
    SendResult send(Letter letter, const QList<int> &newPictureCode = {});
    // A letter reaches the change log (and so sync) only once its hour is
    // over: all of that hour's letters together, in the order of their random
    // ids, stamped when this runs. A log row written as the child sends would
    // keep the exact time and order that the letters table does not keep.
    // Call it from something that runs on its own schedule (sync, before a
    // push), never from a child's action. Returns how many were logged.
    int logLettersOfPastHours();
    // The same without a Mailbox (for the sync client, which has these three).
    static int logLettersOfPastHours(Database &db, ChangeLog &log, qint64 nowMs);
    int waitingCount() const; // letters the counselor has not opened
    int followUpCount() const;

    // A child's replies, opened with their picture code.
    static bool isPictureCodeValid(const QList<int> &code);
    bool hasPictureCode(const QString &childId) const;
    int unreadReplies(const QString &childId) const;
    OpenedReplies openReplies(const QString &childId, const QList<int> &pictureCode);
    static qint64 pictureDelayAfter(int failures);

    Database &db() { return m_db; }
    ChangeLog &changeLog() { return m_log; }
    const Clock &clock() const { return m_clock; }
    void logEvent(const char *event, const QString &letterId = {});
    PasswordCost childCost() const;

private:
    friend class CounselorSession;
    struct NewChildKey {
        QByteArray publicKey, salt, locked;
        PasswordCost cost;
    };
    NewChildKey makeChildKey(const QList<int> &code) const; // slow (Argon2id): outside a transaction
    void storeChildKey(const QString &childId, const NewChildKey &key);
    QByteArray childPublicKey(const QString &childId) const;
    // The child's reply tag on this kiosk, made on first use (inside the caller's transaction).
    QString replyTagFor(const QString &childId);
    QByteArray counselorPublicKey() const;

    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
    Cost m_cost;
};

// The counselor's unlocked mailbox: the secret key in guarded memory while it
// lives; destroying it locks the mailbox again (and says so in the log).
class CounselorSession {
public:
    CounselorSession(Mailbox &mailbox, QByteArray publicKey, SecretBytes secretKey);
    ~CounselorSession();

    // Newest first, letters marked for follow-up above all. Headers are not
    // opened here (an inbox of thousands opens at once); see readHeader.
    QList<LetterSummary> inbox();
    bool readHeader(LetterSummary &summary) const;
    // Opens a letter and logs the reading; empty if it is damaged.
    std::optional<Letter> read(const QString &letterId);
    void logListening(const QString &letterId);
    void setFollowUp(const QString &letterId, bool followUp);
    // Sealed to the child (if they have a picture code; otherwise it waits for
    // one) and to the counselor, who can read her own replies again.
    StorageError reply(const QString &letterId, const QString &text);
    QList<Reply> repliesTo(const QString &letterId);
    // Replies waiting for a child's (new) picture code are sealed to it.
    int deliverWaitingReplies();
    bool changePassphrase(const QString &newPassphrase);

private:
    std::optional<QByteArray> openSealed(const QByteArray &sealed) const;

    Mailbox &m_mailbox;
    QByteArray m_publicKey;
    SecretBytes m_secretKey;
};

} // namespace qq
