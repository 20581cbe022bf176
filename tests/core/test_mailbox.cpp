#include "mailbox.h"
#include "moods.h"
#include "temp_school.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace qq::test {
namespace {

// Made at run time, so the search cannot find them in this file or the test
// binary (both may sit under the temporary folder it searches, as in CI).
QString markerSuffix()
{
    static const QString suffix = QString::number(QRandomGenerator::system()->generate64(), 36);
    return suffix;
}
QString marker()
{
    return QStringLiteral("MARKER-悄悄话-") + markerSuffix();
}
const QString kPassphrase = QStringLiteral("moon over the river 42");

QByteArray audioMarker()
{
    static const QByteArray audio = [] {
        QByteArray bytes("QQV1-AUDIO-MARKER-");
        for (int i = 0; i < 1000; ++i) {
            const quint32 word = QRandomGenerator::system()->generate();
            bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
        }
        return bytes;
    }();
    return audio;
}

// Every file under dir whose bytes contain the needle (UTF-8 or UTF-16).
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                found << file.fileName();
        }
    }
    return found;
}

QList<QByteArray> markerNeedles()
{
    const QString text = marker();
    QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return {text.toUtf8(), utf16, (QStringLiteral("悄悄话-") + markerSuffix()).toUtf8(), audioMarker().mid(18, 64)};
}

class MailboxTest : public ::testing::Test {
protected:
    Mailbox &mailbox() { return school.store->mailbox(); }
    QString setUp_() { return mailbox().setUp(QStringLiteral("王老师"), kPassphrase); }
    Letter named(const Child &child, const QString &text)
    {
        Letter letter;
        letter.childId = child.id;
        letter.childName = child.name;
        letter.text = text;
        letter.feeling = 2;
        return letter;
    }
    std::unique_ptr<CounselorSession> unlock()
    {
        auto [check, session] = mailbox().unlock(kPassphrase);
        EXPECT_EQ(check.status, UnlockCheck::Status::Ok);
        return std::move(session);
    }

    TempSchool school;
};

TEST_F(MailboxTest, NothingCanBeSentBeforeTheCounselorSetsUpTheMailbox)
{
    Letter letter;
    letter.text = QStringLiteral("hello");
    EXPECT_EQ(mailbox().send(letter).problem, SendProblem::NotSetUp);
    EXPECT_EQ(school.count("SELECT count(*) FROM letters"), 0);
    EXPECT_EQ(mailbox().unlock(kPassphrase).check.status, UnlockCheck::Status::NotSetUp);
}

TEST_F(MailboxTest, SetUpRefusesWeakPassphrasesAndASecondSetUp)
{
    EXPECT_TRUE(mailbox().setUp(QStringLiteral("王老师"), QStringLiteral("short")).isEmpty());
    // An 8-digit number (a birthday, a phone number) was accepted once; a
    // passphrase of digits only, or of few different characters, is refused.
    for (const char *weak : {"20150308", "13812345678", "2015-03-08 12", "aaaaaaaaaaaa", "1212121212ab"})
        EXPECT_FALSE(Mailbox::isPassphraseAcceptable(QString::fromLatin1(weak))) << weak;
    EXPECT_TRUE(Mailbox::isPassphraseAcceptable(QStringLiteral("河边的柳树发芽了")) == false)
        << "eight characters are too few, even in Chinese";
    EXPECT_TRUE(Mailbox::isPassphraseAcceptable(QStringLiteral("春天河边的柳树发芽了")));
    EXPECT_TRUE(mailbox().setUp(QStringLiteral("王老师"), QStringLiteral("20150308")).isEmpty());
    EXPECT_TRUE(mailbox().setUp(QStringLiteral(" "), kPassphrase).isEmpty());
    EXPECT_FALSE(mailbox().isSetUp());
    const QString code = setUp_();
    EXPECT_FALSE(Sealing::normaliseRecoveryCode(code).isEmpty()) << "the recovery code reads back";
    EXPECT_TRUE(mailbox().setUp(QStringLiteral("李老师"), QStringLiteral("another passphrase")).isEmpty());
    EXPECT_EQ(mailbox().counselorName(), QStringLiteral("王老师"));
}

TEST_F(MailboxTest, WithoutThePassphraseNothingOpensWithItEverythingDoes)
{
    setUp_();
    const Child child = school.firstClass().first();
    ASSERT_TRUE(mailbox().send(named(child, marker())).ok());
    Letter anonymous;
    anonymous.text = QStringLiteral("I miss my mum");
    anonymous.voice = audioMarker();
    anonymous.voiceMs = 12'000;
    ASSERT_TRUE(mailbox().send(anonymous).ok());
    EXPECT_EQ(mailbox().waitingCount(), 2);

    auto [wrong, none] = mailbox().unlock(QStringLiteral("not the passphrase"));
    EXPECT_EQ(wrong.status, UnlockCheck::Status::Wrong);
    EXPECT_EQ(none, nullptr);
    school.clock.advance(Mailbox::passphraseDelayAfter(1));

    auto session = unlock();
    ASSERT_NE(session, nullptr);
    QList<LetterSummary> inbox = session->inbox();
    ASSERT_EQ(inbox.size(), 2);
    int namedSeen = 0;
    for (LetterSummary &row : inbox) {
        ASSERT_TRUE(session->readHeader(row));
        const std::optional<Letter> letter = session->read(row.id);
        ASSERT_TRUE(letter.has_value());
        if (row.childId == child.id) {
            ++namedSeen;
            EXPECT_EQ(row.childName, child.name);
            EXPECT_EQ(letter->text, marker());
            EXPECT_EQ(row.feeling, 2);
            EXPECT_EQ(row.writtenAtMs, school.clock.nowMs() - Mailbox::passphraseDelayAfter(1));
        } else {
            EXPECT_TRUE(row.childId.isEmpty());
            EXPECT_TRUE(row.childName.isEmpty());
            EXPECT_EQ(letter->voice, audioMarker());
            EXPECT_EQ(row.voiceMs, 12'000);
        }
    }
    EXPECT_EQ(namedSeen, 1);
    EXPECT_EQ(mailbox().waitingCount(), 0) << "opened letters no longer wait";
}

TEST_F(MailboxTest, MarkerTextAndAudioAreNowhereOnDiskNotEvenInTheWalOrTemporaryFolders)
{
    const QString code = setUp_();
    QList<Child> children = school.firstClass();
    // Named, anonymous, text and voice, a picture code, a reply: every path that writes.
    ASSERT_TRUE(mailbox().send(named(children[0], marker() + QStringLiteral(" 我想妈妈")), {1, 4, 7}).ok());
    Letter voice = named(children[1], QString());
    voice.voice = audioMarker();
    voice.voiceMs = 30'000;
    ASSERT_TRUE(mailbox().send(voice).ok());
    Letter anonymous;
    anonymous.text = marker();
    ASSERT_TRUE(mailbox().send(anonymous).ok());
    {
        auto session = unlock();
        for (LetterSummary &row : session->inbox()) {
            session->readHeader(row);
            if (row.childId == children[0].id) {
                ASSERT_FALSE(session->reply(row.id, QStringLiteral("Reply ") + marker()));
            }
        }
    }
    const QStringList places = {school.dir.path(), QDir::tempPath()};
    for (const QString &place : places)
        EXPECT_EQ(filesContaining(place, markerNeedles()).join(QLatin1Char(' ')).toStdString(), "")
            << place.toStdString();
    ASSERT_TRUE(QFile::exists(school.databasePath() + QStringLiteral("-wal")))
        << "the WAL was searched while it held the letters";
    school.store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    EXPECT_EQ(filesContaining(school.dir.path(), markerNeedles()).join(QLatin1Char(' ')).toStdString(), "");
    EXPECT_EQ(filesContaining(school.dir.path(), {Sealing::normaliseRecoveryCode(code).toLatin1(), code.toLatin1()})
                  .join(QLatin1Char(' '))
                  .toStdString(),
              "")
        << "the recovery code is shown once, never stored";
}

TEST_F(MailboxTest, AnonymousLettersKeepNoChildAndOnlyTheHour)
{
    setUp_();
    school.clock.advance(17 * 60'000 + 4'321); // 15:17:04.321
    Letter anonymous;
    anonymous.childName = QStringLiteral("should be dropped"); // no id: no name either
    anonymous.text = QStringLiteral("someone takes my lunch");
    ASSERT_TRUE(mailbox().send(anonymous).ok());
    Statement row = school.store->db().prepare("SELECT hour_ms FROM letters");
    ASSERT_TRUE(row.step());
    const qint64 hour = row.int64(0);
    EXPECT_EQ(hour % 3'600'000, 0);
    EXPECT_LE(school.clock.nowMs() - hour, 3'600'000);
    row.reset();
    auto session = unlock();
    LetterSummary summary = session->inbox().first();
    ASSERT_TRUE(session->readHeader(summary));
    EXPECT_TRUE(summary.childId.isEmpty());
    EXPECT_TRUE(summary.childName.isEmpty());
    EXPECT_EQ(summary.writtenAtMs, hour) << "even the counselor sees only the hour";
    EXPECT_TRUE(session->reply(summary.id, QStringLiteral("hi"))) << "a letter without a name cannot be answered";
}

TEST_F(MailboxTest, EmptyAndEnormousLettersAreRefusedAndNothingIsWritten)
{
    setUp_();
    Letter empty;
    empty.text = QStringLiteral("   \n ");
    EXPECT_EQ(mailbox().send(empty).problem, SendProblem::Empty);
    Letter huge;
    huge.text = QString(Mailbox::kMaxTextChars + 1, QChar(0x5B57));
    EXPECT_EQ(mailbox().send(huge).problem, SendProblem::TooLong);
    Letter longVoice;
    longVoice.voice = QByteArray(Mailbox::kMaxVoiceBytes + 1, 'x');
    EXPECT_EQ(mailbox().send(longVoice).problem, SendProblem::VoiceTooLong);
    EXPECT_EQ(school.count("SELECT count(*) FROM letters"), 0);
    Letter atLimit;
    atLimit.text = QString(Mailbox::kMaxTextChars, QChar(0x5B57));
    EXPECT_TRUE(mailbox().send(atLimit).ok());
}

TEST_F(MailboxTest, AFullDiskRefusesTheLetterWholeAndTheNextSendWorks)
{
    setUp_();
    const Child child = school.firstClass().first();
    Letter big = named(child, QStringLiteral("big"));
    big.voice = audioMarker().repeated(200); // 800 KB: needs new pages
    school.store->db().exec("PRAGMA max_page_count = 1"); // the file cannot grow
    const SendResult full = mailbox().send(big, {0, 1, 2});
    EXPECT_EQ(full.problem, SendProblem::Storage);
    EXPECT_EQ(full.storage.kind, StorageErrorKind::DiskFull);
    school.store->db().exec("PRAGMA max_page_count = 1073741823");
    EXPECT_EQ(school.count("SELECT count(*) FROM letters"), 0);
    EXPECT_EQ(school.count("SELECT count(*) FROM child_keys"), 0) << "the picture code went with the letter";
    EXPECT_TRUE(mailbox().send(big, {0, 1, 2}).ok());
    EXPECT_EQ(school.count("SELECT count(*) FROM child_keys"), 1);
}

TEST_F(MailboxTest, TamperedOrTruncatedLettersAreRejectedAndLogged)
{
    setUp_();
    const Child child = school.firstClass().first();
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(mailbox().send(named(child, QStringLiteral("letter %1").arg(i))).ok());
    QStringList ids;
    {
        Statement stmt = school.store->db().prepare("SELECT id, body, header FROM letters ORDER BY id");
        while (stmt.step())
            ids << stmt.text(0);
    }
    Database &db = school.store->db();
    QByteArray body = [&] {
        Statement s = db.prepare("SELECT body FROM letters WHERE id = ?");
        s.bind(1, ids[0]).step();
        return s.blob(0);
    }();
    body[body.size() / 2] = char(body[body.size() / 2] ^ 0x01);
    db.prepare("UPDATE letters SET body = ? WHERE id = ?").bind(1, body).bind(2, ids[0]).run();
    db.prepare("UPDATE letters SET header = substr(header, 1, 20) WHERE id = ?").bind(1, ids[1]).run();
    db.prepare("UPDATE letters SET header = x'00' WHERE id = ?").bind(1, ids[2]).run();

    auto session = unlock();
    for (const QString &id : ids)
        EXPECT_FALSE(session->read(id).has_value());
    for (LetterSummary &row : session->inbox()) {
        if (row.id != ids[0]) {
            EXPECT_FALSE(session->readHeader(row));
        }
    }
    EXPECT_EQ(school.count("SELECT count(*) FROM mailbox_log WHERE event = 'read_damaged'"), 3);
    EXPECT_EQ(mailbox().waitingCount(), 3) << "a damaged letter is not marked read";
}

TEST_F(MailboxTest, WrongPassphrasesWaitLongerEachTimeEvenAfterARestart)
{
    setUp_();
    qint64 previousDelay = 0;
    for (int failure = 1; failure <= 4; ++failure) {
        auto [check, session] = mailbox().unlock(QStringLiteral("wrong guess %1").arg(failure));
        ASSERT_EQ(check.status, UnlockCheck::Status::Wrong);
        const qint64 delay = check.lockedUntilMs - school.clock.nowMs();
        EXPECT_GT(delay, previousDelay);
        previousDelay = delay;
        EXPECT_EQ(mailbox().unlock(kPassphrase).check.status, UnlockCheck::Status::LockedOut)
            << "even the right one waits";
        school.reopen();
        EXPECT_EQ(mailbox().unlock(kPassphrase).check.status, UnlockCheck::Status::LockedOut)
            << "a restart does not reset";
        school.clock.advance(delay);
    }
    EXPECT_NE(unlock(), nullptr);
    EXPECT_EQ(Mailbox::passphraseDelayAfter(40), 15 * 60'000) << "capped";
}

TEST_F(MailboxTest, AReplyOpensOnlyWithTheChildsPictureCode)
{
    setUp_();
    const Child child = school.firstClass().first();
    const QList<int> code = {2, 5, 7};
    ASSERT_TRUE(mailbox().send(named(child, QStringLiteral("nobody plays with me")), code).ok());
    EXPECT_TRUE(mailbox().hasPictureCode(child.id));
    {
        auto session = unlock();
        LetterSummary row = session->inbox().first();
        ASSERT_FALSE(session->reply(row.id, QStringLiteral("Come and see me on Friday. 周五来找我。")));
        EXPECT_EQ(session->repliesTo(row.id).size(), 1) << "the counselor can read her reply again";
    }
    EXPECT_EQ(mailbox().unreadReplies(child.id), 1);
    EXPECT_EQ(mailbox().unreadReplies(school.firstClass()[1].id), 0);

    auto [wrong, nothing] = mailbox().openReplies(child.id, {5, 2, 7});
    EXPECT_EQ(wrong.status, UnlockCheck::Status::Wrong);
    EXPECT_TRUE(nothing.isEmpty());
    EXPECT_EQ(mailbox().openReplies(child.id, {2, 2, 7}).check.status, UnlockCheck::Status::Wrong)
        << "not a valid code";
    // The third wrong code starts a wait; the right one must wait too.
    EXPECT_EQ(mailbox().openReplies(child.id, {0, 1, 2}).check.status, UnlockCheck::Status::Wrong);
    EXPECT_EQ(mailbox().openReplies(child.id, code).check.status, UnlockCheck::Status::LockedOut);
    school.clock.advance(Mailbox::pictureDelayAfter(3));

    auto [ok, replies] = mailbox().openReplies(child.id, code);
    ASSERT_EQ(ok.status, UnlockCheck::Status::Ok);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies.first().text, QStringLiteral("Come and see me on Friday. 周五来找我。"));
    EXPECT_EQ(mailbox().unreadReplies(child.id), 0);
    EXPECT_EQ(mailbox().openReplies(child.id, code).replies.size(), 1) << "read replies can be read again";
    EXPECT_EQ(mailbox().openReplies(school.firstClass()[1].id, code).check.status, UnlockCheck::Status::NotSetUp);
}

TEST_F(MailboxTest, AReplyToAChildWithoutPicturesWaitsUntilTheyChooseThem)
{
    setUp_();
    const Child child = school.firstClass().first();
    ASSERT_TRUE(mailbox().send(named(child, QStringLiteral("first"))).ok()); // skipped the pictures
    {
        auto session = unlock();
        ASSERT_FALSE(session->reply(session->inbox().first().id, QStringLiteral("I read it")));
    }
    EXPECT_EQ(mailbox().unreadReplies(child.id), 0);
    ASSERT_TRUE(mailbox().send(named(child, QStringLiteral("second")), {3, 4, 5}).ok());
    EXPECT_EQ(mailbox().unreadReplies(child.id), 0) << "sealing to the child needs the counselor's key";
    {
        auto session = unlock();
        EXPECT_EQ(session->deliverWaitingReplies(), 1);
        EXPECT_EQ(session->deliverWaitingReplies(), 0);
    }
    EXPECT_EQ(mailbox().unreadReplies(child.id), 1);
    auto [ok, replies] = mailbox().openReplies(child.id, {3, 4, 5});
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies.first().text, QStringLiteral("I read it"));
}

TEST_F(MailboxTest, TheLogKeepsEveryUnlockAndReadingAndCannotBeChanged)
{
    setUp_();
    ASSERT_TRUE(mailbox().send(named(school.firstClass().first(), QStringLiteral("x"))).ok());
    mailbox().unlock(QStringLiteral("wrong passphrase"));
    school.clock.advance(Mailbox::passphraseDelayAfter(1));
    {
        auto session = unlock();
        const QString id = session->inbox().first().id;
        session->read(id);
        session->setFollowUp(id, true);
        ASSERT_FALSE(session->reply(id, QStringLiteral("ok")));
    }
    QStringList events;
    Statement stmt = school.store->db().prepare("SELECT event FROM mailbox_log ORDER BY seq");
    while (stmt.step())
        events << stmt.text(0);
    stmt.reset();
    EXPECT_EQ(events, (QStringList{"setup", "unlock_failed", "unlock", "read", "follow_up", "reply", "lock"}));
    EXPECT_THROW(school.store->db().exec("UPDATE mailbox_log SET event = 'nothing'"), StorageException);
    EXPECT_THROW(school.store->db().exec("DELETE FROM mailbox_log"), StorageException);
    EXPECT_EQ(school.count("SELECT count(*) FROM mailbox_log"), 7);
}

TEST_F(MailboxTest, FollowUpLettersComeFirstInTheInbox)
{
    setUp_();
    const Child child = school.firstClass().first();
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(mailbox().send(named(child, QStringLiteral("letter %1").arg(i))).ok());
        school.clock.advance(2 * 3'600'000);
    }
    auto session = unlock();
    QList<LetterSummary> inbox = session->inbox();
    ASSERT_EQ(inbox.size(), 3);
    EXPECT_GT(inbox[0].hourMs, inbox[2].hourMs) << "newest first";
    session->setFollowUp(inbox[2].id, true);
    inbox = session->inbox();
    EXPECT_TRUE(inbox[0].followUp);
    session->readHeader(inbox[0]);
    EXPECT_EQ(inbox[0].preview, QStringLiteral("letter 0"));
    EXPECT_EQ(mailbox().followUpCount(), 1);
}

TEST_F(MailboxTest, TheRecoveryCodeOpensTheMailboxAndSetsANewPassphrase)
{
    const QString code = setUp_();
    ASSERT_TRUE(mailbox().send(named(school.firstClass().first(), QStringLiteral("kept"))).ok());
    EXPECT_EQ(mailbox()
                  .recover(QStringLiteral("2345-6789-ABCD-EFGH-JKMN-PQRS"), QStringLiteral("new passphrase 7"))
                  .check.status,
              UnlockCheck::Status::Wrong);
    school.clock.advance(Mailbox::passphraseDelayAfter(1));
    QString typed = code.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    auto [ok, session] = mailbox().recover(typed, QStringLiteral("new passphrase 7"));
    ASSERT_EQ(ok.status, UnlockCheck::Status::Ok);
    EXPECT_EQ(session->read(session->inbox().first().id)->text, QStringLiteral("kept"));
    session.reset();
    EXPECT_EQ(mailbox().unlock(kPassphrase).check.status, UnlockCheck::Status::Wrong);
    school.clock.advance(Mailbox::passphraseDelayAfter(1));
    EXPECT_EQ(mailbox().unlock(QStringLiteral("new passphrase 7")).check.status, UnlockCheck::Status::Ok);
}

TEST(RecoveryCode, ReadsBackAsTypedAndRefusesLookAlikes)
{
    const QString code = Sealing::newRecoveryCode();
    EXPECT_EQ(code.size(), 29);
    EXPECT_EQ(Sealing::normaliseRecoveryCode(code.toLower()), QString(code).remove(QLatin1Char('-')));
    EXPECT_TRUE(Sealing::normaliseRecoveryCode(QStringLiteral("O000-0000-0000-0000-0000-0000")).isEmpty());
    EXPECT_TRUE(Sealing::normaliseRecoveryCode(code.left(20)).isEmpty());
    EXPECT_NE(Sealing::newRecoveryCode(), code);
}

TEST(WhoNeedsCare, SadFacesInARowComeFirstThenChildrenWhoStoppedComing)
{
    TempSchool school(12, 2);
    const QList<Child> kids = school.firstClass();
    Database &db = school.store->db();
    const qint64 now = school.clock.nowMs();
    constexpr qint64 day = 86'400'000;
    auto mood = [&](const Child &c, qint64 at, int value) {
        db.prepare("INSERT INTO moods (id, child_id, mood, at) VALUES (?, ?, ?, ?)")
            .bind(1, QStringLiteral("m%1-%2").arg(c.id).arg(at))
            .bind(2, c.id)
            .bind(3, value)
            .bind(4, at)
            .run();
    };
    auto visit = [&](const Child &c, qint64 at) {
        db.prepare("INSERT INTO visits (id, child_id, signed_in_at, signed_in_by, signed_out_at, signed_out_by)"
                   " VALUES (?, ?, ?, 'child', ?, 'child')")
            .bind(1, QStringLiteral("v%1-%2").arg(c.id).arg(at))
            .bind(2, c.id)
            .bind(3, at)
            .bind(4, at + 3'600'000)
            .run();
    };
    // kids[0]: four sad faces in a row. kids[1]: three, then a happy one latest (fine now).
    // kids[2]: three sad but a month ago. kids[3]: came every week, not for 10 days.
    // kids[4]: came once, long ago (not "stopped": never regular).
    for (int i = 0; i < 4; ++i)
        mood(kids[0], now - (i + 1) * day, i % 2 ? 1 : 2);
    for (int i = 0; i < 3; ++i)
        mood(kids[1], now - (i + 2) * day, 2);
    mood(kids[1], now - day, 5);
    for (int i = 0; i < 3; ++i)
        mood(kids[2], now - (30 + i) * day, 1);
    for (int week = 2; week <= 5; ++week)
        visit(kids[3], now - week * 7 * day + 3 * day);
    visit(kids[4], now - 20 * day);
    mood(kids[5], now - 3 * day, 1);
    mood(kids[5], now - 2 * day, 2);
    mood(kids[5], now - 1 * day, 1);

    const QList<CareSignal> list = Care::whoNeedsCare(db, now);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].childId, kids[0].id);
    EXPECT_EQ(list[0].sadVisits, 4);
    EXPECT_EQ(list[1].childId, kids[5].id);
    EXPECT_EQ(list[2].childId, kids[3].id);
    EXPECT_EQ(list[2].reason, CareSignal::Reason::StoppedComing);
    EXPECT_EQ(list[2].daysAway, 11);
}

} // namespace
} // namespace qq::test

namespace qq::test {
namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Issue 17, item 5: the WAL keeps frames in commit order, so an anonymous
// letter written between two sign-ins could be placed between those children.
TEST(MailboxWal, ALettersPagesDoNotStayInTheWalBetweenSignIns)
{
    TempSchool school(12, 2);
    ASSERT_FALSE(
        school.store->mailbox().setUp(QStringLiteral("王老师"), QStringLiteral("moon over the river 42")).isEmpty());
    const QList<Child> children = school.firstClass();
    ASSERT_TRUE(school.store->visits().signIn(children.at(0).id, Actor::Child).ok());
    Letter anonymous;
    anonymous.text = QStringLiteral("有人欺负我");
    const SendResult sent = school.store->mailbox().send(anonymous);
    ASSERT_TRUE(sent.ok());
    school.clock.advance(60'000);
    ASSERT_TRUE(school.store->visits().signIn(children.at(1).id, Actor::Child).ok());

    Statement sealed = school.store->db().prepare("SELECT header, body FROM letters WHERE id = ?");
    sealed.bind(1, sent.letterId);
    ASSERT_TRUE(sealed.step());
    const QByteArray header = sealed.blob(0);
    const QByteArray wal = fileBytes(school.databasePath() + QStringLiteral("-wal"));
    ASSERT_FALSE(wal.isEmpty()) << "the second sign-in is in the WAL";
    EXPECT_FALSE(wal.contains(header.left(64))) << "the letter's page is not among the WAL's frames";
    EXPECT_FALSE(wal.contains(sent.letterId.toUtf8()));
    EXPECT_TRUE(fileBytes(school.databasePath()).contains(header.left(64))) << "it is in the database file";
}

} // namespace
} // namespace qq::test
