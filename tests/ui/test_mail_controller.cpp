// The mailbox as the kiosk drives it: a child writes or speaks (a synthetic
// microphone stands in for the hardware), chooses a picture code and sends;
// the counselor unlocks, reads and answers; the child opens the answer.
#include "app_context.h"
#include "temp_school.h"
#include "voice_recorder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace qq;
using Screen = KioskController::Screen;
using PictureStep = MailController::PictureStep;

namespace {

const QString kPassphrase = QStringLiteral("the river runs east");

struct MailKiosk : test::TempSchool {
    MailKiosk() : TempSchool(12, 1), microphone(new SyntheticMicrophone), context(*store, nullptr, std::unique_ptr<Microphone>(microphone))
    {
        microphone->setTimerDriven(false);
    }
    KioskController &kiosk() { return context.kiosk(); }
    MailController &mail() { return context.mail(); }
    Child child(int i) const { return firstClass().at(i); }

    void setUpMailbox()
    {
        mail().openCounselor();
        ASSERT_EQ(kiosk().screen(), Screen::MailSetup);
        mail().setUp(QStringLiteral("王老师"), kPassphrase, kPassphrase);
        ASSERT_EQ(kiosk().screen(), Screen::MailRecovery);
        kiosk().goHome();
    }
    void writeAs(const Child &writer)
    {
        mail().open();
        ASSERT_EQ(kiosk().screen(), Screen::MailWho);
        mail().writeWithName();
        kiosk().chooseClass(store->roster().classes().first().id);
        kiosk().chooseChild(writer.id);
        ASSERT_EQ(kiosk().screen(), Screen::MailWrite);
    }
    void tapCode(const QList<int> &code)
    {
        for (int picture : code)
            mail().tapPicture(picture);
    }
    void unlock()
    {
        clock.advance(600'000); // past any delay from earlier wrong tries
        mail().openCounselor();
        ASSERT_EQ(kiosk().screen(), Screen::MailUnlock);
        mail().unlock(kPassphrase);
        ASSERT_TRUE(mail().unlocked()) << mail().counselorProblem().toStdString();
    }
    // Every file under the kiosk's data folder and the temporary folder, read whole.
    QStringList filesHolding(const QByteArray &needle) const
    {
        QStringList found;
        for (const QString &root : {dir.path(), QDir::tempPath()}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                const QString path = QFileInfo(file).canonicalFilePath();
                if (!found.contains(path) && file.size() < 50'000'000 && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    found << path;
            }
        }
        return found;
    }

    SyntheticMicrophone *microphone; // owned by the mail controller
    AppContext context;
};

} // namespace

TEST(MailFlow, AChildWritesChoosesPicturesTwiceAndSends)
{
    MailKiosk k;
    k.setUpMailbox();
    EXPECT_EQ(k.mail().waitingCount(), 0);
    k.writeAs(k.child(3));
    EXPECT_EQ(k.mail().writerName(), k.child(3).name);
    k.mail().typeText(QStringLiteral("王老师，我想妈妈了。"));
    k.mail().setFeeling(2);
    k.mail().send();
    // A first named letter: the child chooses the pictures that will open answers.
    ASSERT_EQ(k.kiosk().screen(), Screen::MailPictures);
    EXPECT_EQ(k.mail().pictureStep(), PictureStep::Choose);
    k.tapCode({2, 7, 0});
    EXPECT_EQ(k.mail().pictureStep(), PictureStep::Confirm);
    EXPECT_EQ(k.mail().waitingCount(), 0) << "nothing is stored before the pictures are confirmed";
    k.tapCode({2, 7, 0});
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    EXPECT_EQ(k.mail().waitingCount(), 1);
    EXPECT_TRUE(k.store->mailbox().hasPictureCode(k.child(3).id));
    // The draft is gone from memory once it is in the box.
    EXPECT_TRUE(k.mail().draft().isEmpty());
    EXPECT_EQ(k.mail().feeling(), 0);

    // A second letter from the same child goes straight in.
    k.writeAs(k.child(3));
    k.mail().typeText(QStringLiteral("今天好一点了。"));
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    EXPECT_EQ(k.mail().waitingCount(), 2);
}

TEST(MailFlow, DifferentPicturesTheSecondTimeStartAgainAndStoreNothing)
{
    MailKiosk k;
    k.setUpMailbox();
    k.writeAs(k.child(1));
    k.mail().typeText(QStringLiteral("你好"));
    k.mail().send();
    k.tapCode({1, 2, 3});
    k.tapCode({1, 3, 2});
    EXPECT_EQ(k.kiosk().screen(), Screen::MailPictures);
    EXPECT_EQ(k.mail().pictureStep(), PictureStep::Choose);
    EXPECT_FALSE(k.mail().pictureHint().isEmpty());
    EXPECT_EQ(k.mail().waitingCount(), 0);
    EXPECT_EQ(k.mail().draft(), QStringLiteral("你好")) << "the letter waits while the pictures are chosen";
    // A picture tapped twice, or one out of range, does not count.
    k.mail().tapPicture(4);
    k.mail().tapPicture(4);
    k.mail().tapPicture(99);
    EXPECT_EQ(k.mail().picked(), QList<int>{4});
    k.mail().undoPicture();
    EXPECT_TRUE(k.mail().picked().isEmpty());
}

TEST(MailFlow, SendingWithoutPicturesStoresTheLetterAndNoCode)
{
    MailKiosk k;
    k.setUpMailbox();
    k.writeAs(k.child(2));
    k.mail().typeText(QStringLiteral("谢谢老师"));
    k.mail().send();
    k.mail().skipPictures();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    EXPECT_EQ(k.mail().waitingCount(), 1);
    EXPECT_FALSE(k.store->mailbox().hasPictureCode(k.child(2).id));
}

TEST(MailFlow, AnAnonymousLetterNeedsNoPicturesAndKeepsNoName)
{
    MailKiosk k;
    k.setUpMailbox();
    k.mail().open();
    k.mail().writeWithoutName();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailWrite);
    EXPECT_TRUE(k.mail().writerName().isEmpty());
    k.mail().typeText(QStringLiteral("有人抢我的午饭"));
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    // Its time is only the hour, so it cannot be matched with a sign-in.
    k.clock.advance(17 * 60'000);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM letters WHERE hour_ms % 3600000 <> 0"), 0);
    Unlocked unlocked = k.store->mailbox().unlock(kPassphrase);
    ASSERT_TRUE(unlocked.session);
    const std::optional<Letter> letter = unlocked.session->read(unlocked.session->inbox().constFirst().id);
    ASSERT_TRUE(letter);
    EXPECT_TRUE(letter->childId.isEmpty());
    EXPECT_TRUE(letter->childName.isEmpty());
    EXPECT_EQ(letter->writtenAtMs % 3'600'000, 0);
}

TEST(MailFlow, AnEmptyLetterIsNotSentAndAnEnormousOneIsCutWithAMessage)
{
    MailKiosk k;
    k.setUpMailbox();
    k.mail().open();
    k.mail().writeWithoutName();
    k.mail().typeText(QStringLiteral("   \n "));
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailWrite);
    EXPECT_FALSE(k.kiosk().message().isEmpty());
    EXPECT_EQ(k.mail().waitingCount(), 0);

    k.mail().setDraft(QString(Mailbox::kMaxTextChars + 500, QChar(0x5B57)));
    EXPECT_EQ(k.mail().draft().size(), Mailbox::kMaxTextChars);
    EXPECT_EQ(k.mail().charactersLeft(), 0);
    EXPECT_TRUE(k.kiosk().message().contains(QString::number(Mailbox::kMaxTextChars)));
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    EXPECT_EQ(k.mail().waitingCount(), 1);
}

TEST(MailFlow, AFullDiskKeepsTheLetterOnScreenAndNothingHalfWritten)
{
    MailKiosk k;
    k.setUpMailbox();
    k.writeAs(k.child(5));
    const QString words = QString(1500, QChar(0x60F3)); // bigger than a page, so the file must grow
    k.mail().typeText(words);
    k.mail().send();
    k.tapCode({0, 1, 2});
    // The disk fills up before the confirmation lands.
    const int pages = k.count("PRAGMA page_count");
    k.store->db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages).toUtf8().constData());
    k.tapCode({0, 1, 2});
    EXPECT_EQ(k.kiosk().screen(), Screen::MailWrite) << "back to the letter, not to a 'sent' that did not happen";
    EXPECT_FALSE(k.kiosk().errorMessage().isEmpty()) << "the disk never filled up";
    EXPECT_EQ(k.mail().draft(), words);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM letters"), 0);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM child_keys"), 0);

    // Room again: the same letter goes in.
    k.store->db().exec("PRAGMA max_page_count = 1073741823");
    k.mail().send();
    k.tapCode({0, 1, 2});
    k.tapCode({0, 1, 2});
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM letters"), 1);
}

TEST(MailFlow, AVoiceMessageIsRecordedSealedAndNeverOnDisk)
{
    MailKiosk k;
    k.setUpMailbox();
    k.mail().open();
    k.mail().writeWithoutName();
    k.mail().openRecorder();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailRecord);
    k.mail().startRecording();
    ASSERT_TRUE(k.mail().recording());
    k.microphone->emitSeconds(6.0);
    k.mail().stopRecording();
    EXPECT_FALSE(k.mail().recording());
    EXPECT_TRUE(k.mail().hasVoice());
    EXPECT_EQ(k.mail().recordedSeconds(), 6);
    k.mail().backToWriting();
    k.mail().send();
    ASSERT_EQ(k.kiosk().screen(), Screen::MailSent);
    k.store->db().exec("PRAGMA wal_checkpoint(PASSIVE)");

    // What the counselor hears: neither those Opus bytes nor the PCM is anywhere on disk.
    Unlocked unlocked = k.store->mailbox().unlock(kPassphrase);
    ASSERT_TRUE(unlocked.session);
    const QList<LetterSummary> inbox = unlocked.session->inbox();
    ASSERT_EQ(inbox.size(), 1);
    const std::optional<Letter> letter = unlocked.session->read(inbox.first().id);
    ASSERT_TRUE(letter);
    ASSERT_GT(letter->voice.size(), 2000);
    EXPECT_NEAR(letter->voiceMs, 6000, 100);
    const QByteArray opus = letter->voice.mid(letter->voice.size() / 2, 48);
    EXPECT_EQ(k.filesHolding(opus), QStringList{});
    const std::vector<qint16> pcm = SyntheticMicrophone::voiceLike(48'000, 32);
    const QByteArray pcmBytes(reinterpret_cast<const char *>(pcm.data()), qsizetype(pcm.size() * sizeof(qint16)));
    EXPECT_EQ(k.filesHolding(pcmBytes), QStringList{});
    // …and the search would find them were they there.
    QFile plain(k.dir.filePath("control.bin"));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write(opus + pcmBytes);
    plain.close();
    EXPECT_EQ(k.filesHolding(opus).size(), 1);
    EXPECT_EQ(k.filesHolding(pcmBytes).size(), 1);
}

TEST(MailFlow, NoMicrophoneSaysSoAndTheChildCanStillWrite)
{
    MailKiosk k;
    k.setUpMailbox();
    k.mail().open();
    k.mail().writeWithoutName();
    k.mail().typeText(QStringLiteral("我写字"));
    k.microphone->failOnStart(Microphone::Problem::NoDevice);
    k.mail().openRecorder();
    k.mail().startRecording();
    QTRY_VERIFY_WITH_TIMEOUT(!k.mail().voiceProblem().isEmpty(), 2000);
    EXPECT_FALSE(k.mail().recording());
    EXPECT_FALSE(k.mail().hasVoice());

    k.microphone->failOnStart(Microphone::Problem::Denied);
    const QString noDevice = k.mail().voiceProblem();
    k.mail().startRecording();
    QTRY_VERIFY_WITH_TIMEOUT(!k.mail().voiceProblem().isEmpty(), 2000);
    EXPECT_NE(k.mail().voiceProblem(), noDevice) << "denied is told apart from missing";
    k.mail().backToWriting();
    EXPECT_EQ(k.mail().draft(), QStringLiteral("我写字"));
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
}

TEST(MailFlow, TheMicrophoneFailingMidwayKeepsWhatWasSaid)
{
    MailKiosk k;
    k.setUpMailbox();
    k.mail().open();
    k.mail().writeWithoutName();
    k.mail().openRecorder();
    k.mail().startRecording();
    k.microphone->emitSeconds(3.0);
    k.microphone->failNow(Microphone::Problem::DeviceError);
    QTRY_VERIFY_WITH_TIMEOUT(!k.mail().voiceProblem().isEmpty(), 2000);
    EXPECT_FALSE(k.mail().recording());
    // What was said before the failure is kept, and can be sent.
    EXPECT_TRUE(k.mail().hasVoice());
    EXPECT_EQ(k.mail().recordedSeconds(), 3);
    k.mail().backToWriting();
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
    EXPECT_EQ(k.mail().waitingCount(), 1);
}

TEST(MailFlow, ThreeMinutesIsTheLongestMessageAndItIsKept)
{
    MailKiosk k;
    k.setUpMailbox();
    k.mail().open();
    k.mail().writeWithoutName();
    k.mail().openRecorder();
    k.mail().startRecording();
    k.microphone->emitSeconds(185.0);
    EXPECT_FALSE(k.mail().recording());
    EXPECT_TRUE(k.mail().hasVoice());
    EXPECT_EQ(k.mail().recordedSeconds(), k.mail().maxSeconds());
    EXPECT_FALSE(k.kiosk().message().isEmpty());
    k.mail().backToWriting();
    k.mail().send();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailSent);
}

TEST(MailFlow, LeavingTheMailboxForgetsTheDraft)
{
    MailKiosk k;
    k.setUpMailbox();
    k.writeAs(k.child(0));
    k.mail().typeText(QStringLiteral("秘密"));
    k.mail().setFeeling(1);
    k.kiosk().goHome();
    EXPECT_TRUE(k.mail().draft().isEmpty());
    EXPECT_TRUE(k.mail().writerName().isEmpty());
    EXPECT_EQ(k.mail().feeling(), 0);
    // Left alone, the writing screen goes home too (after longer than other screens).
    k.mail().open();
    k.mail().writeWithoutName();
    k.mail().typeText(QStringLiteral("一半"));
    k.clock.advance(qint64(k.store->settings().idleSeconds()) * 1000 + 1000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailWrite) << "children write slowly";
    k.clock.advance(qint64(k.store->settings().idleSeconds()) * 5 * 1000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_TRUE(k.mail().draft().isEmpty());
    EXPECT_EQ(k.mail().waitingCount(), 0);
}

TEST(MailFlow, TheDutyTeacherSeesOnlyACount)
{
    MailKiosk k;
    k.setUpMailbox();
    for (int i = 0; i < 3; ++i) {
        k.writeAs(k.child(i));
        k.mail().typeText(QStringLiteral("第%1封").arg(i));
        k.mail().send();
        k.mail().skipPictures();
    }
    EXPECT_EQ(k.mail().waitingCount(), 3);
    // The inbox model stays empty until the counselor unlocks.
    EXPECT_FALSE(k.mail().unlocked());
    EXPECT_EQ(k.mail().inbox()->rowCount(), 0);
    k.mail().showInbox();
    EXPECT_NE(k.kiosk().screen(), Screen::MailInbox);
}

TEST(MailFlow, TheCounselorUnlocksReadsAndTheMailboxLocksWhenSheLeaves)
{
    MailKiosk k;
    k.setUpMailbox();
    k.writeAs(k.child(4));
    k.mail().typeText(QStringLiteral("奶奶生病了"));
    k.mail().setFeeling(1);
    k.mail().send();
    k.mail().skipPictures();

    k.mail().openCounselor();
    ASSERT_EQ(k.kiosk().screen(), Screen::MailUnlock);
    k.mail().unlock(QStringLiteral("not the passphrase"));
    EXPECT_FALSE(k.mail().unlocked());
    EXPECT_FALSE(k.mail().counselorProblem().isEmpty());
    EXPECT_EQ(k.kiosk().screen(), Screen::MailUnlock);
    EXPECT_EQ(k.mail().inbox()->rowCount(), 0);

    k.unlock();
    EXPECT_EQ(k.kiosk().screen(), Screen::MailInbox);
    ASSERT_EQ(k.mail().inbox()->rowCount(), 1);
    const QModelIndex row = k.mail().inbox()->index(0);
    EXPECT_EQ(row.data(InboxModel::SenderRole).toString(), k.child(4).name);
    EXPECT_EQ(row.data(InboxModel::PreviewRole).toString(), QStringLiteral("奶奶生病了"));
    EXPECT_FALSE(row.data(InboxModel::OpenedRole).toBool());
    k.mail().openLetter(row.data(InboxModel::LetterIdRole).toString());
    EXPECT_EQ(k.kiosk().screen(), Screen::MailLetter);
    EXPECT_EQ(k.mail().letterText(), QStringLiteral("奶奶生病了"));
    EXPECT_EQ(k.mail().letterFeeling(), 1);
    EXPECT_TRUE(k.mail().letterCanReply());
    k.mail().setFollowUp(true);
    EXPECT_EQ(k.mail().followUpCount(), 1);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM mailbox_log WHERE event = 'unlock_failed'"), 1);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM mailbox_log WHERE event = 'unlock'"), 1);
    EXPECT_EQ(k.count("SELECT COUNT(*) FROM mailbox_log WHERE event = 'read'"), 1);

    // Idle on the counselor's screens: home, and locked.
    k.clock.advance(qint64(k.store->settings().idleSeconds()) * 3 * 1000 + 1000);
    k.kiosk().tick();
    EXPECT_EQ(k.kiosk().screen(), Screen::Home);
    EXPECT_FALSE(k.mail().unlocked());
    EXPECT_TRUE(k.mail().letterText().isEmpty());
    EXPECT_EQ(k.mail().inbox()->rowCount(), 0);
    k.mail().openLetter(row.data(InboxModel::LetterIdRole).toString());
    EXPECT_NE(k.kiosk().screen(), Screen::MailLetter);

    // Unlock again; the lock button locks as well.
    k.unlock();
    k.mail().lock();
    EXPECT_FALSE(k.mail().unlocked());
}

TEST(MailFlow, AnAnswerOpensOnlyWithTheChildsPictures)
{
    MailKiosk k;
    k.setUpMailbox();
    const Child writer = k.child(6);
    k.writeAs(writer);
    k.mail().typeText(QStringLiteral("我想爸爸"));
    k.mail().send();
    k.tapCode({8, 4, 0});
    k.tapCode({8, 4, 0});
    ASSERT_EQ(k.kiosk().screen(), Screen::MailSent);

    k.unlock();
    k.mail().openLetter(k.mail().inbox()->index(0).data(InboxModel::LetterIdRole).toString());
    k.mail().typeReply(QStringLiteral("周五来找我聊聊"));
    k.mail().sendReply();
    EXPECT_TRUE(k.mail().replyDraft().isEmpty());
    EXPECT_EQ(k.mail().letterReplies()->rowCount(), 1);
    k.mail().lock();

    // Another child signs in: no answer for them.
    k.kiosk().startSignIn();
    k.kiosk().chooseClass(k.store->roster().classes().first().id);
    k.kiosk().chooseChild(k.child(7).id);
    EXPECT_FALSE(k.kiosk().replyWaiting());
    k.kiosk().goHome();

    // The writer signs in and is told.
    k.kiosk().startSignIn();
    k.kiosk().chooseClass(k.store->roster().classes().first().id);
    k.kiosk().chooseChild(writer.id);
    ASSERT_TRUE(k.kiosk().replyWaiting());
    k.kiosk().openReply();
    ASSERT_EQ(k.kiosk().screen(), Screen::MailPictures);
    EXPECT_EQ(k.mail().pictureStep(), PictureStep::Open);
    k.tapCode({0, 4, 8});
    EXPECT_EQ(k.kiosk().screen(), Screen::MailPictures);
    EXPECT_EQ(k.mail().childReplies()->rowCount(), 0);
    EXPECT_FALSE(k.mail().pictureHint().isEmpty());
    k.clock.advance(600'000);
    k.tapCode({8, 4, 0});
    ASSERT_EQ(k.kiosk().screen(), Screen::MailReply);
    ASSERT_EQ(k.mail().childReplies()->rowCount(), 1);
    EXPECT_EQ(k.mail().childReplies()->index(0).data(ReplyListModel::TextRole).toString(), QStringLiteral("周五来找我聊聊"));
    // Leaving forgets the opened answer.
    k.kiosk().goHome();
    EXPECT_EQ(k.mail().childReplies()->rowCount(), 0);
    EXPECT_EQ(k.store->mailbox().unreadReplies(writer.id), 0);
}

TEST(MailFlow, ManyWrongPicturesMakeTheChildWait)
{
    MailKiosk k;
    k.setUpMailbox();
    const Child writer = k.child(8);
    k.writeAs(writer);
    k.mail().typeText(QStringLiteral("你好"));
    k.mail().send();
    k.tapCode({1, 2, 3});
    k.tapCode({1, 2, 3});
    k.unlock();
    k.mail().openLetter(k.mail().inbox()->index(0).data(InboxModel::LetterIdRole).toString());
    k.mail().typeReply(QStringLiteral("好的"));
    k.mail().sendReply();
    k.mail().lock();

    k.kiosk().startSignIn();
    k.kiosk().chooseClass(k.store->roster().classes().first().id);
    k.kiosk().chooseChild(writer.id);
    k.kiosk().openReply();
    for (int i = 0; i < 8; ++i)
        k.tapCode({4, 5, 6});
    // Now even the right pictures must wait.
    k.tapCode({1, 2, 3});
    EXPECT_EQ(k.kiosk().screen(), Screen::MailPictures);
    EXPECT_TRUE(k.mail().pictureHint().contains(QLatin1String("wait"))) << k.mail().pictureHint().toStdString();
}
