#include "mailbox.h"

#include "change_log.h"
#include "clock.h"
#include "ids.h"
#include "mailbox_trust.h"

#include <QCborMap>
#include <QCborValue>
#include <QSet>

#include <sodium.h>

namespace qq {
namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kMaxPassphraseDelayMs = 15 * 60'000;
constexpr qint64 kFirstPictureDelayMs = 60'000;
constexpr qint64 kMaxPictureDelayMs = 3'600'000;
constexpr int kPreviewChars = 40;

// Best effort: the plaintext copies this code made are wiped before release.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

QByteArray pictureSecret(const QList<int> &code)
{
    QByteArray secret("picture-code:");
    for (int picture : code)
        secret += char('0' + picture);
    return secret;
}

// Sealed sizes tell nothing of a letter: every header is one size (named or
// not), every body without voice another, and a body with voice is rounded up
// to the next 64 KiB (about 12 s of speech).
constexpr qsizetype kHeaderBytes = 512;
constexpr qsizetype kTextBodyBytes = 8192; // 2000 characters of three bytes, and room
constexpr qsizetype kVoiceBodyStep = 64 * 1024;

QByteArray encodePadded(QCborMap map, qsizetype target)
{
    QByteArray encoded = map.toCborValue().toCbor();
    if (encoded.size() + 8 > target)
        return encoded; // only a voice body can be this large: its size is rounded by the caller's target
    // "pad" and a byte string's own header take 4 + 1..3 bytes.
    for (qsizetype padding = target - encoded.size() - 6; padding >= 0; --padding) {
        map.insert(QLatin1String("pad"), QByteArray(padding, '\0'));
        encoded = map.toCborValue().toCbor();
        if (encoded.size() <= target)
            break;
    }
    return encoded;
}

// A lockout must not outlast its length because someone set the clock back.
qint64 currentLockout(qint64 lockedUntil, qint64 now, qint64 longest)
{
    return lockedUntil - now > longest ? now + longest : lockedUntil;
}

} // namespace

Mailbox::Mailbox(Database &db, ChangeLog &log, const Clock &clock, Cost cost)
    : m_db(db), m_log(log), m_clock(clock), m_cost(cost)
{
    Sealing::init();
}

PasswordCost Mailbox::childCost() const
{
    return m_cost == Cost::Minimal ? PasswordCost::minimal() : PasswordCost::interactive();
}

bool Mailbox::isSetUp() const
{
    Statement stmt = m_db.prepare("SELECT 1 FROM mailbox_keys WHERE id = 1");
    return stmt.step();
}

QString Mailbox::counselorName() const
{
    Statement stmt = m_db.prepare("SELECT counselor_name FROM mailbox_keys WHERE id = 1");
    return stmt.step() ? stmt.text(0) : QString();
}

QByteArray Mailbox::counselorPublicKey() const
{
    Statement stmt = m_db.prepare("SELECT public_key FROM mailbox_keys WHERE id = 1");
    return stmt.step() ? stmt.blob(0) : QByteArray();
}

bool Mailbox::isPassphraseAcceptable(const QString &passphrase)
{
    // Everything the kiosk's disk holds of the letters rests on this. A date or
    // a phone number (digits only) falls to a guesser in hours even at a second
    // a guess; so do "aaaaaaaaaa" and "1212121212".
    const QString trimmed = passphrase.trimmed();
    if (trimmed.size() < kMinPassphraseChars)
        return false;
    bool onlyDigits = true;
    QSet<QChar> distinct;
    for (const QChar c : trimmed) {
        onlyDigits = onlyDigits && (c.isDigit() || c.isSpace() || c.isPunct());
        distinct.insert(c);
    }
    return !onlyDigits && distinct.size() >= 5;
}

QString Mailbox::setUp(const QString &counselorName, const QString &passphrase)
{
    if (isSetUp() || counselorName.trimmed().isEmpty() || !isPassphraseAcceptable(passphrase))
        return {};
    const PasswordCost cost = m_cost == Cost::Minimal ? PasswordCost::minimal() : PasswordCost::calibrated(1000);
    KeyPair pair = Sealing::newKeyPair();
    const QByteArray salt = Sealing::newSalt();
    const SecretBytes passKey = Sealing::deriveKey(passphrase.toUtf8(), salt, cost);
    const QString recoveryCode = Sealing::newRecoveryCode();
    const QByteArray recoverySalt = Sealing::newSalt();
    const SecretBytes recoveryKey =
        Sealing::deriveKey(Sealing::normaliseRecoveryCode(recoveryCode).toLatin1(), recoverySalt, cost);
    if (passKey.isEmpty() || recoveryKey.isEmpty())
        return {};
    Transaction tx(m_db);
    m_db.prepare(
            "INSERT INTO mailbox_keys (id, counselor_name, public_key, pass_salt, pass_ops, pass_mem, pass_locked_key,"
            " recovery_salt, recovery_locked_key, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, counselorName.trimmed())
        .bind(2, pair.publicKey)
        .bind(3, salt)
        .bind(4, qint64(cost.ops))
        .bind(5, qint64(cost.memBytes))
        .bind(6, Sealing::lock(pair.secretKey, passKey))
        .bind(7, recoverySalt)
        .bind(8, Sealing::lock(pair.secretKey, recoveryKey))
        .bind(9, m_clock.nowMs() - m_clock.nowMs() % kDayMs) // the day only: key rows sync
        .run();
    MailboxTrust::signKeyRow(m_db, pair.secretKey);
    m_log.appendRow("mailbox_keys", QStringLiteral("1"), ChangeLog::Op::Insert, m_clock.nowMs());
    logEvent("setup");
    tx.commit();
    return recoveryCode;
}

qint64 Mailbox::passphraseDelayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    return std::min<qint64>(1000LL << std::min(failures - 1, 20), kMaxPassphraseDelayMs);
}

qint64 Mailbox::pictureDelayAfter(int failures)
{
    if (failures < kChildFreeAttempts)
        return 0;
    return std::min<qint64>(kFirstPictureDelayMs << std::min(failures - kChildFreeAttempts, 10), kMaxPictureDelayMs);
}

Unlocked Mailbox::unlock(const QString &passphrase)
{
    Statement row =
        m_db.prepare("SELECT public_key, pass_salt, pass_ops, pass_mem, pass_locked_key, failures, locked_until"
                     " FROM mailbox_keys WHERE id = 1");
    if (!row.step())
        return {{UnlockCheck::Status::NotSetUp, 0}, nullptr};
    const QByteArray publicKey = row.blob(0);
    const QByteArray salt = row.blob(1);
    const PasswordCost cost{quint64(row.int64(2)), quint64(row.int64(3))};
    const QByteArray locked = row.blob(4);
    const int failures = int(row.int64(5));
    const qint64 now = m_clock.nowMs();
    const qint64 lockedUntil = currentLockout(row.int64(6), now, passphraseDelayAfter(failures));
    row.reset();
    if (lockedUntil > now)
        return {{UnlockCheck::Status::LockedOut, lockedUntil}, nullptr};

    const SecretBytes key = Sealing::deriveKey(passphrase.toUtf8(), salt, cost);
    std::optional<SecretBytes> secret = Sealing::unlock(locked, key, crypto_box_SECRETKEYBYTES);
    Transaction tx(m_db);
    if (!secret) {
        const qint64 until = now + passphraseDelayAfter(failures + 1);
        m_db.prepare("UPDATE mailbox_keys SET failures = failures + 1, locked_until = ? WHERE id = 1")
            .bind(1, until)
            .run();
        logEvent("unlock_failed");
        tx.commit();
        return {{UnlockCheck::Status::Wrong, until}, nullptr};
    }
    m_db.exec("UPDATE mailbox_keys SET failures = 0, locked_until = 0 WHERE id = 1");
    if (!MailboxTrust::isKeyRowSigned(m_db)) {
        // A key set up before rows were signed: signed now, once, by its owner.
        MailboxTrust::signKeyRow(m_db, *secret);
        m_log.appendRow("mailbox_keys", QStringLiteral("1"), ChangeLog::Op::Update, now, {"identity_key", "signature"});
    }
    logEvent("unlock");
    tx.commit();
    return {{UnlockCheck::Status::Ok, 0}, std::make_unique<CounselorSession>(*this, publicKey, std::move(*secret))};
}

Unlocked Mailbox::recover(const QString &recoveryCode, const QString &newPassphrase)
{
    const QString code = Sealing::normaliseRecoveryCode(recoveryCode);
    Statement row =
        m_db.prepare("SELECT public_key, recovery_salt, pass_ops, pass_mem, recovery_locked_key, failures, locked_until"
                     " FROM mailbox_keys WHERE id = 1");
    if (!row.step())
        return {{UnlockCheck::Status::NotSetUp, 0}, nullptr};
    const QByteArray publicKey = row.blob(0);
    const QByteArray salt = row.blob(1);
    const PasswordCost cost{quint64(row.int64(2)), quint64(row.int64(3))};
    const QByteArray locked = row.blob(4);
    const int failures = int(row.int64(5));
    const qint64 now = m_clock.nowMs();
    const qint64 lockedUntil = currentLockout(row.int64(6), now, passphraseDelayAfter(failures));
    row.reset();
    if (lockedUntil > now)
        return {{UnlockCheck::Status::LockedOut, lockedUntil}, nullptr};
    if (!isPassphraseAcceptable(newPassphrase))
        return {{UnlockCheck::Status::Wrong, 0}, nullptr};

    std::optional<SecretBytes> secret;
    if (!code.isEmpty())
        secret = Sealing::unlock(locked, Sealing::deriveKey(code.toLatin1(), salt, cost), crypto_box_SECRETKEYBYTES);
    Transaction tx(m_db);
    if (!secret) {
        const qint64 until = now + passphraseDelayAfter(failures + 1);
        m_db.prepare("UPDATE mailbox_keys SET failures = failures + 1, locked_until = ? WHERE id = 1")
            .bind(1, until)
            .run();
        logEvent("recover_failed");
        tx.commit();
        return {{UnlockCheck::Status::Wrong, until}, nullptr};
    }
    m_db.exec("UPDATE mailbox_keys SET failures = 0, locked_until = 0 WHERE id = 1");
    logEvent("recover");
    auto session = std::make_unique<CounselorSession>(*this, publicKey, std::move(*secret));
    session->changePassphrase(newPassphrase); // joins this transaction
    tx.commit();
    return {{UnlockCheck::Status::Ok, 0}, std::move(session)};
}

void Mailbox::logEvent(const char *event, const QString &letterId)
{
    m_db.prepare("INSERT INTO mailbox_log (at, event, letter_id) VALUES (?, ?, ?)")
        .bind(1, m_clock.nowMs())
        .bind(2, event)
        .bind(3, letterId)
        .run();
}

bool Mailbox::isPictureCodeValid(const QList<int> &code)
{
    if (code.size() != kPictureCodeLength)
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code[i] < 0 || code[i] >= kPictureCount || code.indexOf(code[i]) != i)
            return false;
    }
    return true;
}

bool Mailbox::hasPictureCode(const QString &childId) const
{
    Statement stmt = m_db.prepare("SELECT 1 FROM child_keys WHERE child_id = ?");
    stmt.bind(1, childId);
    return stmt.step();
}

Mailbox::NewChildKey Mailbox::makeChildKey(const QList<int> &code) const
{
    NewChildKey made;
    made.cost = childCost();
    KeyPair pair = Sealing::newKeyPair();
    made.salt = Sealing::newSalt();
    const SecretBytes key = Sealing::deriveKey(pictureSecret(code), made.salt, made.cost);
    made.publicKey = pair.publicKey;
    made.locked = Sealing::lock(pair.secretKey, key);
    return made;
}

void Mailbox::storeChildKey(const QString &childId, const NewChildKey &key)
{
    m_db.prepare("INSERT OR REPLACE INTO child_keys (child_id, public_key, salt, ops, mem, locked_key, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, childId)
        .bind(2, key.publicKey)
        .bind(3, key.salt)
        .bind(4, qint64(key.cost.ops))
        .bind(5, qint64(key.cost.memBytes))
        .bind(6, key.locked)
        .bind(7, m_clock.nowMs() - m_clock.nowMs() % kDayMs)
        .run();
    // Not logged for sync: the locked secret key stays on this kiosk (a hub
    // or a stick holding it could try all 504 picture codes offline). The
    // public key travels inside the child's sealed letter instead.
}

QString Mailbox::replyTagFor(const QString &childId)
{
    {
        Statement stmt = m_db.prepare("SELECT tag FROM child_reply_tags WHERE child_id = ? AND tag NOT LIKE 'legacy:%'");
        stmt.bind(1, childId);
        if (stmt.step())
            return stmt.text(0);
    }
    const QString tag = QString::fromLatin1(Sealing::randomBytes(16).toHex());
    m_db.prepare("INSERT INTO child_reply_tags (child_id, tag) VALUES (?, ?)").bind(1, childId).bind(2, tag).run();
    return tag;
}

QByteArray Mailbox::childPublicKey(const QString &childId) const
{
    Statement stmt = m_db.prepare("SELECT public_key FROM child_keys WHERE child_id = ?");
    stmt.bind(1, childId);
    return stmt.step() ? stmt.blob(0) : QByteArray();
}

SendResult Mailbox::send(Letter letter, const QList<int> &newPictureCode)
{
    SendResult result;
    const QByteArray counselorKey = counselorPublicKey();
    if (counselorKey.isEmpty())
        result.problem = SendProblem::NotSetUp;
    else if (letter.text.trimmed().isEmpty() && letter.voice.isEmpty())
        result.problem = SendProblem::Empty;
    else if (letter.text.size() > kMaxTextChars)
        result.problem = SendProblem::TooLong;
    else if (letter.voice.size() > kMaxVoiceBytes || letter.voiceMs > kMaxVoiceMs + 1000)
        result.problem = SendProblem::VoiceTooLong;
    if (!result.ok())
        return result;

    const qint64 now = m_clock.nowMs();
    const qint64 hourMs = now - now % kHourMs;
    const bool named = !letter.childId.isEmpty();
    // The answer is sealed to the key this letter names, inside the seal: no
    // row that sync brings can point the counselor's answer elsewhere.
    std::optional<NewChildKey> newKey;
    QByteArray replyKey;
    if (named) {
        replyKey = childPublicKey(letter.childId);
        if (replyKey.isEmpty() && isPictureCodeValid(newPictureCode)) {
            newKey = makeChildKey(newPictureCode);
            replyKey = newKey->publicKey;
        }
    }
    QString replyTag;
    if (named) {
        try {
            Transaction tagTx(m_db);
            replyTag = replyTagFor(letter.childId);
            tagTx.commit();
        } catch (const StorageException &e) {
            result.problem = SendProblem::Storage;
            result.storage = e.error();
            return result;
        }
    }
    QCborMap header;
    if (named) {
        header.insert(QLatin1String("child"), letter.childId);
        header.insert(QLatin1String("name"), letter.childName);
        header.insert(QLatin1String("reply_tag"), replyTag);
        if (!replyKey.isEmpty())
            header.insert(QLatin1String("reply_key"), replyKey);
    }
    // Without a name, even the counselor sees only the hour: nothing to match with sign-in times.
    header.insert(QLatin1String("at"), named ? now : hourMs);
    header.insert(QLatin1String("feeling"), std::clamp(letter.feeling, 0, 5));
    header.insert(QLatin1String("preview"), letter.text.left(kPreviewChars));
    header.insert(QLatin1String("chars"), letter.text.size());
    header.insert(QLatin1String("voice_ms"), letter.voice.isEmpty() ? 0 : letter.voiceMs);
    QCborMap body;
    body.insert(QLatin1String("text"), letter.text);
    if (!letter.voice.isEmpty())
        body.insert(QLatin1String("voice"), letter.voice);

    QByteArray headerPlain = encodePadded(header, kHeaderBytes);
    const qsizetype bodyBytes = letter.voice.isEmpty()
        ? kTextBodyBytes
        : (letter.voice.size() + kTextBodyBytes + kVoiceBodyStep - 1) / kVoiceBodyStep * kVoiceBodyStep;
    QByteArray bodyPlain = encodePadded(body, bodyBytes);
    const QByteArray sealedHeader = Sealing::seal(headerPlain, counselorKey);
    const QByteArray sealedBody = Sealing::seal(bodyPlain, counselorKey);
    wipe(headerPlain);
    wipe(bodyPlain);
    header = {};
    body = {};

    try {
        Transaction tx(m_db);
        if (newKey && !hasPictureCode(letter.childId))
            storeChildKey(letter.childId, *newKey);
        result.letterId = newId();
        m_db.prepare("INSERT INTO letters (id, hour_ms, header, body) VALUES (?, ?, ?, ?)")
            .bind(1, result.letterId)
            .bind(2, hourMs)
            .bind(3, sealedHeader)
            .bind(4, sealedBody)
            .run();
        tx.commit();
    } catch (const StorageException &e) {
        result.problem = SendProblem::Storage;
        result.storage = e.error();
        result.letterId.clear();
        return result;
    }
    // The WAL keeps frames in commit order: a letter's pages between two
    // sign-ins would say when it came (and, without a name, who was in the
    // room). Folded into the database file at once, they keep no order there
    // (letters are stored by random id). A reader holding the WAL (a backup
    // running) can stop this once; the next letter or checkpoint folds it in.
    try {
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StorageException &) {
        // The letter is committed; only its place in the WAL stays until the next checkpoint.
    }
    return result;
}

int Mailbox::logLettersOfPastHours()
{
    return logLettersOfPastHours(m_db, m_log, m_clock.nowMs());
}

int Mailbox::logLettersOfPastHours(Database &db, ChangeLog &log, qint64 nowMs)
{
    Transaction tx(db);
    QStringList letters;
    {
        // Not logged yet: no stamp for the whole row (an earlier "opened" stamps that field only).
        Statement stmt = db.prepare("SELECT l.id FROM letters l LEFT JOIN sync_stamps s "
                                    "ON s.entity = 'letters' AND s.record_id = l.id "
                                    "WHERE l.hour_ms + ? <= ? AND (s.hlc IS NULL OR s.hlc = '') AND s.deleted IS NULL "
                                    "ORDER BY l.hour_ms, l.id");
        stmt.bind(1, kHourMs).bind(2, nowMs);
        while (stmt.step())
            letters << stmt.text(0);
    }
    // Stamped now: a stamp from the hour would sit next to the last change
    // before it, perhaps the writer's own sign-in.
    for (const QString &id : std::as_const(letters))
        log.appendRow("letters", id, ChangeLog::Op::Insert, nowMs); // the sealed row, as it is on disk
    tx.commit();
    return int(letters.size());
}

int Mailbox::waitingCount() const
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM letters WHERE opened = 0");
    stmt.step();
    return int(stmt.int64(0));
}

int Mailbox::followUpCount() const
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM letters WHERE follow_up = 1");
    stmt.step();
    return int(stmt.int64(0));
}

int Mailbox::unreadReplies(const QString &childId) const
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM child_reply_tags t JOIN letter_replies r ON r.reply_tag = t.tag"
                                  " JOIN child_keys k ON k.child_id = t.child_id"
                                  " WHERE t.child_id = ? AND r.read_at IS NULL AND r.child_key = k.public_key");
    stmt.bind(1, childId);
    stmt.step();
    return int(stmt.int64(0));
}

OpenedReplies Mailbox::openReplies(const QString &childId, const QList<int> &pictureCode)
{
    Statement row = m_db.prepare(
        "SELECT public_key, salt, ops, mem, locked_key, failures, locked_until FROM child_keys WHERE child_id = ?");
    row.bind(1, childId);
    if (!row.step())
        return {{UnlockCheck::Status::NotSetUp, 0}, {}};
    const QByteArray publicKey = row.blob(0);
    const QByteArray salt = row.blob(1);
    const PasswordCost cost{quint64(row.int64(2)), quint64(row.int64(3))};
    const QByteArray locked = row.blob(4);
    const int failures = int(row.int64(5));
    const qint64 now = m_clock.nowMs();
    const qint64 lockedUntil = currentLockout(row.int64(6), now, pictureDelayAfter(failures));
    row.reset();
    if (lockedUntil > now)
        return {{UnlockCheck::Status::LockedOut, lockedUntil}, {}};

    std::optional<SecretBytes> secret;
    if (isPictureCodeValid(pictureCode))
        secret = Sealing::unlock(locked, Sealing::deriveKey(pictureSecret(pictureCode), salt, cost),
                                 crypto_box_SECRETKEYBYTES);
    Transaction tx(m_db);
    if (!secret) {
        const qint64 until = now + pictureDelayAfter(failures + 1);
        m_db.prepare("UPDATE child_keys SET failures = failures + 1, locked_until = ? WHERE child_id = ?")
            .bind(1, until)
            .bind(2, childId)
            .run();
        tx.commit();
        return {{UnlockCheck::Status::Wrong, until > now ? until : 0}, {}};
    }
    m_db.prepare("UPDATE child_keys SET failures = 0, locked_until = 0 WHERE child_id = ?").bind(1, childId).run();
    QList<Reply> replies;
    QStringList unread;
    bool damaged = false;
    Statement stmt = m_db.prepare("SELECT r.id, r.letter_id, r.for_child, r.written_at, r.read_at"
                                  " FROM child_reply_tags t JOIN letter_replies r ON r.reply_tag = t.tag"
                                  " WHERE t.child_id = ? AND r.child_key = ? ORDER BY r.written_at DESC");
    stmt.bind(1, childId).bind(2, publicKey);
    while (stmt.step()) {
        if (stmt.isNull(4))
            unread << stmt.text(0);
        std::optional<QByteArray> plain = Sealing::open(stmt.blob(2), publicKey, *secret);
        if (!plain) {
            damaged = true;
            continue;
        }
        replies.append({stmt.text(0), stmt.text(1), QString::fromUtf8(*plain), stmt.int64(3), !stmt.isNull(4)});
        wipe(*plain);
    }
    stmt.reset();
    for (const QString &replyId : std::as_const(unread)) {
        m_db.prepare("UPDATE letter_replies SET read_at = ? WHERE id = ?").bind(1, now).bind(2, replyId).run();
        m_log.appendRow("letter_replies", replyId, ChangeLog::Op::Update, now, {"read_at"});
    }
    tx.commit();
    return {{damaged && replies.isEmpty() ? UnlockCheck::Status::Damaged : UnlockCheck::Status::Ok, 0}, replies};
}

// ---------------------------------------------------------------------------

CounselorSession::CounselorSession(Mailbox &mailbox, QByteArray publicKey, SecretBytes secretKey)
    : m_mailbox(mailbox), m_publicKey(std::move(publicKey)), m_secretKey(std::move(secretKey))
{
}

CounselorSession::~CounselorSession()
{
    try {
        m_mailbox.logEvent("lock");
    } catch (const StorageException &) {
        // The key is wiped all the same; a full disk cannot keep the mailbox open.
    }
}

std::optional<QByteArray> CounselorSession::openSealed(const QByteArray &sealed) const
{
    return Sealing::open(sealed, m_publicKey, m_secretKey);
}

QList<LetterSummary> CounselorSession::inbox()
{
    QList<LetterSummary> rows;
    Statement stmt = m_mailbox.db().prepare("SELECT id, hour_ms, opened, follow_up, header FROM letters"
                                            " ORDER BY follow_up DESC, hour_ms DESC, id");
    while (stmt.step()) {
        LetterSummary row;
        row.id = stmt.text(0);
        row.hourMs = stmt.int64(1);
        row.opened = stmt.int64(2) != 0;
        row.followUp = stmt.int64(3) != 0;
        row.sealedHeader = stmt.blob(4);
        rows.append(std::move(row));
    }
    return rows;
}

bool CounselorSession::readHeader(LetterSummary &summary) const
{
    std::optional<QByteArray> plain = openSealed(summary.sealedHeader);
    if (!plain)
        return false;
    const QCborMap header = QCborValue::fromCbor(*plain).toMap();
    wipe(*plain);
    summary.childId = header.value(QLatin1String("child")).toString();
    summary.childName = header.value(QLatin1String("name")).toString();
    summary.writtenAtMs = header.value(QLatin1String("at")).toInteger(summary.hourMs);
    summary.feeling = int(std::clamp<qint64>(header.value(QLatin1String("feeling")).toInteger(), 0, 5));
    summary.preview = header.value(QLatin1String("preview")).toString();
    summary.textChars = int(header.value(QLatin1String("chars")).toInteger());
    summary.voiceMs = int(header.value(QLatin1String("voice_ms")).toInteger());
    summary.replyKey = header.value(QLatin1String("reply_key")).toByteArray();
    summary.replyTag = header.value(QLatin1String("reply_tag")).toString();
    summary.headerRead = true;
    return true;
}

std::optional<Letter> CounselorSession::read(const QString &letterId)
{
    Statement stmt = m_mailbox.db().prepare("SELECT hour_ms, header, body FROM letters WHERE id = ?");
    stmt.bind(1, letterId);
    if (!stmt.step())
        return std::nullopt;
    LetterSummary summary;
    summary.hourMs = stmt.int64(0);
    summary.sealedHeader = stmt.blob(1);
    const QByteArray sealedBody = stmt.blob(2);
    stmt.reset();
    std::optional<QByteArray> body = openSealed(sealedBody);
    Transaction tx(m_mailbox.db());
    if (!body || !readHeader(summary)) {
        m_mailbox.logEvent("read_damaged", letterId);
        tx.commit();
        return std::nullopt;
    }
    const QCborMap map = QCborValue::fromCbor(*body).toMap();
    wipe(*body);
    Letter letter;
    letter.childId = summary.childId;
    letter.childName = summary.childName;
    letter.writtenAtMs = summary.writtenAtMs;
    letter.feeling = summary.feeling;
    letter.text = map.value(QLatin1String("text")).toString();
    letter.voice = map.value(QLatin1String("voice")).toByteArray();
    letter.voiceMs = summary.voiceMs;
    m_mailbox.db().prepare("UPDATE letters SET opened = 1 WHERE id = ? AND opened = 0").bind(1, letterId).run();
    if (m_mailbox.db().changes() > 0)
        m_mailbox.changeLog().appendRow("letters", letterId, ChangeLog::Op::Update, m_mailbox.clock().nowMs(),
                                        {"opened"});
    m_mailbox.logEvent("read", letterId);
    tx.commit();
    return letter;
}

void CounselorSession::logListening(const QString &letterId)
{
    m_mailbox.logEvent("listen", letterId);
}

void CounselorSession::setFollowUp(const QString &letterId, bool followUp)
{
    Transaction tx(m_mailbox.db());
    m_mailbox.db()
        .prepare("UPDATE letters SET follow_up = ? WHERE id = ?")
        .bind(1, followUp ? 1 : 0)
        .bind(2, letterId)
        .run();
    if (m_mailbox.db().changes() > 0)
        m_mailbox.changeLog().appendRow("letters", letterId, ChangeLog::Op::Update, m_mailbox.clock().nowMs(),
                                        {"follow_up"});
    m_mailbox.logEvent(followUp ? "follow_up" : "follow_up_done", letterId);
    tx.commit();
}

StorageError CounselorSession::reply(const QString &letterId, const QString &text)
{
    if (text.trimmed().isEmpty() || text.size() > Mailbox::kMaxTextChars)
        return {StorageErrorKind::Constraint, QStringLiteral("a reply must have 1 to 2000 characters")};
    Database &db = m_mailbox.db();
    LetterSummary summary;
    {
        Statement stmt = db.prepare("SELECT hour_ms, header FROM letters WHERE id = ?");
        stmt.bind(1, letterId);
        if (!stmt.step())
            return {StorageErrorKind::Constraint, QStringLiteral("no such letter")};
        summary.hourMs = stmt.int64(0);
        summary.sealedHeader = stmt.blob(1);
    }
    if (!readHeader(summary) || summary.childId.isEmpty())
        return {StorageErrorKind::Constraint, QStringLiteral("a letter without a name cannot be answered")};
    try {
        QByteArray plain = text.toUtf8();
        // The key the letter itself named; else the child's key on this kiosk.
        QByteArray childKey = summary.replyKey.size() == crypto_box_PUBLICKEYBYTES
            ? summary.replyKey
            : m_mailbox.childPublicKey(summary.childId);
        Transaction tx(db);
        // The tag the letter gave; a letter from before tags: the child's tag on this kiosk.
        const QString tag = summary.replyTag.isEmpty() ? m_mailbox.replyTagFor(summary.childId) : summary.replyTag;
        const QString id = newId();
        Statement insert = db.prepare(
            "INSERT INTO letter_replies (id, letter_id, reply_tag, for_child, child_key, for_counselor, written_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, id).bind(2, letterId).bind(3, tag);
        if (childKey.isEmpty())
            insert.bindNull(4).bindNull(5);
        else
            insert.bind(4, Sealing::seal(plain, childKey)).bind(5, childKey);
        insert.bind(6, Sealing::seal(plain, m_publicKey)).bind(7, m_mailbox.clock().nowMs()).run();
        wipe(plain);
        m_mailbox.changeLog().appendRow("letter_replies", id, ChangeLog::Op::Insert, m_mailbox.clock().nowMs());
        m_mailbox.logEvent("reply", letterId);
        tx.commit();
    } catch (const StorageException &e) {
        return e.error();
    }
    return {};
}

QList<Reply> CounselorSession::repliesTo(const QString &letterId)
{
    QList<Reply> replies;
    Statement stmt = m_mailbox.db().prepare("SELECT id, for_counselor, written_at, read_at FROM letter_replies"
                                            " WHERE letter_id = ? ORDER BY written_at");
    stmt.bind(1, letterId);
    while (stmt.step()) {
        std::optional<QByteArray> plain = openSealed(stmt.blob(1));
        if (!plain)
            continue;
        replies.append({stmt.text(0), letterId, QString::fromUtf8(*plain), stmt.int64(2), !stmt.isNull(3)});
        wipe(*plain);
    }
    return replies;
}

int CounselorSession::deliverWaitingReplies()
{
    Database &db = m_mailbox.db();
    struct Waiting {
        QString id;
        QByteArray forCounselor;
        QByteArray childKey;
    };
    QList<Waiting> waiting;
    {
        // Only to keys made on this kiosk (child_keys never arrives by sync), by
        // the tag only this kiosk links to the child.
        Statement stmt = db.prepare("SELECT r.id, r.for_counselor, k.public_key FROM letter_replies r"
                                    " JOIN child_reply_tags t ON t.tag = r.reply_tag"
                                    " JOIN child_keys k ON k.child_id = t.child_id"
                                    " WHERE r.for_child IS NULL OR r.child_key <> k.public_key");
        while (stmt.step())
            waiting.append({stmt.text(0), stmt.blob(1), stmt.blob(2)});
    }
    if (waiting.isEmpty())
        return 0;
    Transaction tx(db);
    int delivered = 0;
    for (const Waiting &reply : waiting) {
        std::optional<QByteArray> plain = openSealed(reply.forCounselor);
        if (!plain)
            continue;
        db.prepare("UPDATE letter_replies SET for_child = ?, child_key = ?, read_at = NULL WHERE id = ?")
            .bind(1, Sealing::seal(*plain, reply.childKey))
            .bind(2, reply.childKey)
            .bind(3, reply.id)
            .run();
        wipe(*plain);
        m_mailbox.changeLog().appendRow("letter_replies", reply.id, ChangeLog::Op::Update, m_mailbox.clock().nowMs(),
                                        {"for_child", "child_key", "read_at"});

        ++delivered;
    }
    tx.commit();
    return delivered;
}

bool CounselorSession::changePassphrase(const QString &newPassphrase)
{
    if (!Mailbox::isPassphraseAcceptable(newPassphrase))
        return false;
    Database &db = m_mailbox.db();
    Statement row = db.prepare("SELECT pass_ops, pass_mem FROM mailbox_keys WHERE id = 1");
    if (!row.step())
        return false;
    const PasswordCost cost{quint64(row.int64(0)), quint64(row.int64(1))};
    row.reset();
    const QByteArray salt = Sealing::newSalt();
    const SecretBytes key = Sealing::deriveKey(newPassphrase.toUtf8(), salt, cost);
    if (key.isEmpty())
        return false;
    Transaction tx(db);
    db.prepare("UPDATE mailbox_keys SET pass_salt = ?, pass_locked_key = ? WHERE id = 1")
        .bind(1, salt)
        .bind(2, Sealing::lock(m_secretKey, key))
        .run();
    MailboxTrust::signKeyRow(db, m_secretKey);
    m_mailbox.changeLog().appendRow("mailbox_keys", QStringLiteral("1"), ChangeLog::Op::Update,
                                    m_mailbox.clock().nowMs(), {"pass_salt", "pass_locked_key", "signature"});
    m_mailbox.logEvent("passphrase_changed");
    tx.commit();
    return true;
}

} // namespace qq
