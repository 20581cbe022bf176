#include "mail_controller.h"

#include "clock.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "list_models.h"
#include "local_time.h"
#include "microphone.h"
#include "pinyin_composer.h"
#include "user_messages.h"
#include "voice_clip.h"
#include "voice_player.h"
#include "voice_recorder.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMail, "qinqing.mail")

namespace qq {
namespace {

MailController *s_instance = nullptr;
using Screen = KioskController::Screen;

// The picture code's pictures, in the order they are shown (assets/icons/pic_*.svg).
const QStringList kPictures = {QStringLiteral("pic_sun"),  QStringLiteral("pic_moon"),  QStringLiteral("pic_star"),
                               QStringLiteral("pic_fish"), QStringLiteral("pic_cat"),   QStringLiteral("pic_flower"),
                               QStringLiteral("pic_tree"), QStringLiteral("pic_apple"), QStringLiteral("pic_car")};

} // namespace

MailController::MailController(KioskStore &store, KioskController &kiosk, std::unique_ptr<Microphone> microphone,
                               QObject *parent)
    : QObject(parent),
      m_store(store),
      m_kiosk(kiosk),
      m_pinyin(std::make_unique<PinyinComposer>()),
      m_microphone(std::move(microphone)),
      m_recorder(std::make_unique<VoiceRecorder>(m_microphone.get())),
      m_player(std::make_unique<VoicePlayer>())
{
    connect(&kiosk, &KioskController::childPickedForMail, this, &MailController::childPicked);
    connect(&kiosk, &KioskController::replyOpenRequested, this, &MailController::replyRequested);
    connect(&kiosk, &KioskController::screenChanged, this, &MailController::screenChanged);
    // The one pinyin keyboard types into whatever the screen on show is writing.
    connect(m_pinyin.get(), &PinyinComposer::committed, this, [this](const QString &text) {
        if (m_kiosk.screen() == Screen::MailLetter)
            typeReply(text);
        else if (m_kiosk.screen() == Screen::MailWrite)
            typeText(text);
        else
            emit fieldText(text);
    });
    connect(m_pinyin.get(), &PinyinComposer::backspaceInText, this, [this] {
        if (m_kiosk.screen() == Screen::MailLetter)
            backspaceReply();
        else if (m_kiosk.screen() == Screen::MailWrite)
            backspace();
        else
            emit fieldBackspace();
    });
    connect(m_recorder.get(), &VoiceRecorder::elapsedMsChanged, this, [this] {
        m_kiosk.userActivity(); // speaking is not being idle
        emit voiceChanged();
    });
    connect(m_recorder.get(), &VoiceRecorder::levelChanged, this, &MailController::levelChanged);
    connect(m_recorder.get(), &VoiceRecorder::reachedLimit, this, [this] {
        stopRecording();
        m_kiosk.setMessage(tr("Three minutes is the longest message. It is kept: you can send it now."));
    });
    connect(m_recorder.get(), &VoiceRecorder::failed, this, [this](Microphone::Problem problem) {
        stopRecording(); // keeps what was said before the microphone failed
        m_voiceProblem = problem == Microphone::Problem::NoDevice
            ? tr("This kiosk has no microphone. You can write your letter instead.")
            : problem == Microphone::Problem::Denied
            ? tr("The microphone may not be used. Please ask the duty teacher, or write instead.")
            : tr("The microphone is not working. Please ask the duty teacher, or write instead.");
        qCWarning(lcMail) << "microphone problem" << int(problem);
        emit voiceChanged();
    });
    connect(m_player.get(), &VoicePlayer::playingChanged, this, &MailController::voiceChanged);
}

MailController::~MailController() = default;

MailController *MailController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void MailController::setInstance(MailController *instance)
{
    s_instance = instance;
}

bool MailController::ready() const
{
    bool setUp = false;
    m_kiosk.guarded("mailbox status", [&] { setUp = m_store.mailbox().isSetUp(); });
    return setUp;
}

QString MailController::counselorName() const
{
    QString name;
    m_kiosk.guarded("mailbox status", [&] { name = m_store.mailbox().counselorName(); });
    return name;
}

int MailController::waitingCount() const
{
    int count = 0;
    m_kiosk.guarded("mailbox count", [&] { count = m_store.mailbox().waitingCount(); });
    return count;
}

int MailController::followUpCount() const
{
    int count = 0;
    m_kiosk.guarded("mailbox count", [&] { count = m_store.mailbox().followUpCount(); });
    return count;
}

QString MailController::reminder() const
{
    const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
    const int day = m_store.settings().value("mailbox_day", QStringLiteral("5")).toInt();
    if (!ready() || today.dayOfWeek() != day)
        return {};
    const int waiting = waitingCount();
    return waiting > 0
        ? tr("The mailbox opens today: %n letter(s) waiting for %1.", nullptr, waiting).arg(counselorName())
        : tr("The mailbox opens today. No letters are waiting.");
}

void MailController::refreshStatus()
{
    emit statusChanged();
}

bool MailController::recording() const
{
    return m_recorder->isRecording();
}

int MailController::recordedSeconds() const
{
    return int(m_recorder->isRecording() ? m_recorder->elapsedMs() / 1000 : (m_voiceMs + 500) / 1000);
}

double MailController::level() const
{
    return m_recorder->level();
}

bool MailController::playing() const
{
    return m_player->isPlaying();
}

QStringList MailController::pictures() const
{
    return kPictures;
}

bool MailController::isWritingScreen() const
{
    switch (m_kiosk.screen()) {
    case Screen::MailWho:
    case Screen::MailWrite:
    case Screen::MailRecord:
    case Screen::MailPictures:
    case Screen::Classes:
    case Screen::Photos:
    case Screen::Search:
    case Screen::Scan:
        return true;
    default:
        return false;
    }
}

bool MailController::isCounselorScreen() const
{
    switch (m_kiosk.screen()) {
    case Screen::MailInbox:
    case Screen::MailLetter:
    case Screen::MailCare:
        return true;
    default:
        return false;
    }
}

void MailController::screenChanged()
{
    // Leaving the mailbox forgets the draft, so the next child never sees it;
    // leaving the counselor's screens locks the mailbox.
    if (!isWritingScreen() && m_kiosk.screen() != Screen::MailSent)
        clearDraft();
    if (!isCounselorScreen() && m_session) {
        m_player->stop();
        m_inbox.clear();
        m_care.reset({});
        m_letterReplies.reset({}, {});
        m_letter = {};
        m_letterId.clear();
        m_replyDraft.clear();
        m_session.reset();
        emit unlockedChanged();
        emit letterChanged();
    }
    if (m_kiosk.screen() != Screen::MailRecovery && !m_recoveryCode.isEmpty()) {
        m_recoveryCode.clear();
        emit recoveryChanged();
    }
    if (m_kiosk.screen() != Screen::MailReply && m_childReplies.rowCount() > 0)
        m_childReplies.reset({}, {});
    if (m_kiosk.screen() == Screen::TeacherRoom || m_kiosk.screen() == Screen::Home)
        refreshStatus();
}

void MailController::clearDraft()
{
    if (m_recorder->isRecording())
        m_recorder->stop();
    m_player->stop();
    const bool had = !m_draft.isEmpty() || !m_voice.isEmpty() || m_feeling != 0 || !m_writerId.isEmpty();
    m_draft.fill(QLatin1Char(' '));
    m_draft.clear();
    m_voice.fill('\0');
    m_voice.clear();
    m_voiceMs = 0;
    m_feeling = 0;
    m_writerId.clear();
    m_writerName.clear();
    m_writerPhoto.clear();
    m_picked.clear();
    m_firstPick.clear();
    m_voiceProblem.clear();
    m_pinyin->clear();
    if (had) {
        emit draftChanged();
        emit voiceChanged();
        emit writerChanged();
        emit picturesChanged();
    }
}

// --- A child writes ---------------------------------------------------------

void MailController::open()
{
    if (!ready()) {
        m_kiosk.setMessage(tr("The mailbox is not open yet. Please ask the duty teacher."));
        return;
    }
    clearDraft();
    m_kiosk.show(Screen::MailWho);
}

void MailController::writeWithName()
{
    m_kiosk.pickChildForMail();
}

void MailController::writeWithoutName()
{
    clearDraft();
    m_kiosk.show(Screen::MailWrite);
}

void MailController::childPicked(const QString &childId)
{
    std::optional<Child> child;
    if (!m_kiosk.guarded("child lookup", [&] { child = m_store.roster().child(childId); }) || !child)
        return;
    clearDraft();
    m_writerId = childId;
    m_writerName = child->name;
    m_writerPhoto = photoUrl(childId);
    emit writerChanged();
    m_kiosk.show(Screen::MailWrite);
}

void MailController::typeText(const QString &text)
{
    setDraft(m_draft + text);
}

void MailController::backspace()
{
    if (m_draft.isEmpty())
        return;
    qsizetype cut = m_draft.size() - 1;
    if (cut > 0 && m_draft.at(cut).isLowSurrogate() && m_draft.at(cut - 1).isHighSurrogate())
        --cut;
    setDraft(m_draft.left(cut));
}

void MailController::setDraft(const QString &text)
{
    QString kept = text;
    if (kept.size() > Mailbox::kMaxTextChars) {
        kept.truncate(Mailbox::kMaxTextChars);
        m_kiosk.setMessage(
            tr("Your letter is full: %1 characters is the most. You can send it now.").arg(Mailbox::kMaxTextChars));
    }
    if (kept == m_draft)
        return;
    m_draft = kept;
    emit draftChanged();
}

void MailController::setFeeling(int feeling)
{
    m_feeling = feeling == m_feeling ? 0 : std::clamp(feeling, 0, 5); // tap again to take it back
    emit draftChanged();
}

void MailController::openRecorder()
{
    m_voiceProblem.clear();
    emit voiceChanged();
    m_kiosk.show(Screen::MailRecord);
}

void MailController::startRecording()
{
    m_player->stop();
    m_voice.clear();
    m_voiceMs = 0;
    m_voiceProblem.clear();
    m_recorder->start();
    emit voiceChanged();
}

void MailController::stopRecording()
{
    // After the limit or a failing microphone the recorder has stopped itself
    // and still holds what was said: stop() hands it over once.
    const bool wasRecording = m_recorder->isRecording();
    const VoiceClip clip = m_recorder->stop();
    if (!wasRecording && clip.durationMs() == 0)
        return;
    m_voiceMs = int(clip.durationMs());
    m_voice = m_voiceMs > 0 ? clip.serialize() : QByteArray();
    emit voiceChanged();
}

void MailController::playRecording()
{
    if (m_voice.isEmpty())
        return;
    if (m_player->isPlaying()) {
        m_player->stop();
        return;
    }
    QString error;
    if (const std::optional<VoiceClip> clip = VoiceClip::parse(m_voice, &error))
        m_player->play(*clip);
}

void MailController::discardRecording()
{
    m_player->stop();
    if (m_recorder->isRecording())
        m_recorder->stop();
    m_voice.fill('\0');
    m_voice.clear();
    m_voiceMs = 0;
    emit voiceChanged();
}

void MailController::backToWriting()
{
    stopRecording();
    m_kiosk.show(Screen::MailWrite);
}

void MailController::send()
{
    stopRecording();
    if (m_draft.trimmed().isEmpty() && m_voice.isEmpty()) {
        m_kiosk.setMessage(tr("Write something or record your voice first."));
        return;
    }
    bool needsPictures = false;
    if (!m_writerId.isEmpty()
        && !m_kiosk.guarded("picture code", [&] { needsPictures = !m_store.mailbox().hasPictureCode(m_writerId); }))
        return;
    if (needsPictures) {
        m_picked.clear();
        m_firstPick.clear();
        setPictureStep(PictureStep::Choose,
                       tr("Choose 3 secret pictures. With them, only you can open %1's answer.").arg(counselorName()));
        m_kiosk.show(Screen::MailPictures);
        return;
    }
    commitLetter({});
}

void MailController::commitLetter(const QList<int> &pictureCode)
{
    Letter letter;
    letter.childId = m_writerId;
    letter.childName = m_writerName;
    letter.feeling = m_feeling;
    letter.text = m_draft;
    letter.voice = m_voice;
    letter.voiceMs = m_voiceMs;
    SendResult result;
    if (!m_kiosk.guarded("sending a letter", [&] { result = m_store.mailbox().send(std::move(letter), pictureCode); }))
        return;
    switch (result.problem) {
    case SendProblem::None:
        break;
    case SendProblem::NotSetUp:
        m_kiosk.setErrorMessage(tr("The mailbox is not open yet. Please ask the duty teacher."));
        return;
    case SendProblem::Empty:
        m_kiosk.setMessage(tr("Write something or record your voice first."));
        return;
    case SendProblem::TooLong:
    case SendProblem::VoiceTooLong:
        m_kiosk.setErrorMessage(tr("This letter is too long to send. Please make it a little shorter."));
        return;
    case SendProblem::Storage:
        // The draft stays on screen: nothing the child wrote is lost.
        qCWarning(lcMail) << "letter not stored:" << result.storage.detail;
        m_kiosk.setErrorMessage(tr("Your letter could not be put in the box: %1 It is still here; nothing is lost.")
                                    .arg(storageFailureMessage(result.storage)));
        if (m_kiosk.screen() == Screen::MailPictures)
            m_kiosk.show(Screen::MailWrite);
        return;
    }
    qCInfo(lcMail) << "a letter was sealed and stored";
    m_kiosk.show(Screen::MailSent);
    clearDraft();
    refreshStatus();
}

void MailController::setPictureStep(PictureStep step, const QString &hint)
{
    m_pictureStep = step;
    m_pictureHint = hint;
    emit picturesChanged();
}

void MailController::tapPicture(int picture)
{
    if (picture < 0 || picture >= Mailbox::kPictureCount || m_picked.contains(picture)
        || m_picked.size() >= Mailbox::kPictureCodeLength)
        return;
    m_picked.append(picture);
    emit picturesChanged();
    if (m_picked.size() < Mailbox::kPictureCodeLength)
        return;
    const QList<int> code = std::exchange(m_picked, {});
    switch (m_pictureStep) {
    case PictureStep::Choose:
        m_firstPick = code;
        setPictureStep(PictureStep::Confirm, tr("Once more: tap the same 3 pictures in the same order."));
        break;
    case PictureStep::Confirm:
        if (code != m_firstPick) {
            m_firstPick.clear();
            setPictureStep(PictureStep::Choose, tr("Those were not the same. Let's start again: choose 3 pictures."));
            break;
        }
        commitLetter(code);
        break;
    case PictureStep::Open: {
        OpenedReplies opened;
        if (!m_kiosk.guarded("opening replies", [&] { opened = m_store.mailbox().openReplies(m_replyChildId, code); }))
            return;
        switch (opened.check.status) {
        case UnlockCheck::Status::Ok:
            m_childReplies.reset(opened.replies, m_store.settings().timeZone());
            m_kiosk.show(Screen::MailReply);
            break;
        case UnlockCheck::Status::Wrong:
            setPictureStep(PictureStep::Open,
                           opened.check.lockedUntilMs > 0
                               ? tr("Those were not your pictures. %1").arg(waitMessage(opened.check.lockedUntilMs))
                               : tr("Those were not your pictures. Try again."));
            break;
        case UnlockCheck::Status::LockedOut:
            setPictureStep(PictureStep::Open, waitMessage(opened.check.lockedUntilMs));
            break;
        case UnlockCheck::Status::NotSetUp:
        case UnlockCheck::Status::Damaged:
            m_kiosk.setErrorMessage(tr("This answer cannot be opened. Please tell %1.").arg(counselorName()));
            break;
        }
        break;
    }
    }
    emit picturesChanged();
}

void MailController::undoPicture()
{
    if (!m_picked.isEmpty()) {
        m_picked.removeLast();
        emit picturesChanged();
    }
}

void MailController::skipPictures()
{
    commitLetter({});
}

QString MailController::waitMessage(qint64 untilMs) const
{
    const qint64 seconds = std::max<qint64>(1, (untilMs - m_store.clock().nowMs() + 999) / 1000);
    if (seconds < 90)
        return tr("Let's wait %n second(s), then try again.", nullptr, int(seconds));
    return tr("Let's wait %n minute(s), then try again. You can also ask %1.", nullptr, int((seconds + 59) / 60))
        .arg(counselorName());
}

void MailController::replyRequested(const QString &childId)
{
    m_replyChildId = childId;
    m_picked.clear();
    setPictureStep(PictureStep::Open, tr("Tap your 3 secret pictures to open the answer."));
    m_kiosk.show(Screen::MailPictures);
}

// --- The counselor ----------------------------------------------------------

void MailController::setCounselorProblem(const QString &problem)
{
    if (m_counselorProblem != problem) {
        m_counselorProblem = problem;
        emit counselorProblemChanged();
    }
}

void MailController::openCounselor()
{
    setCounselorProblem({});
    m_kiosk.show(ready() ? Screen::MailUnlock : Screen::MailSetup);
}

void MailController::setUp(const QString &name, const QString &passphrase, const QString &again)
{
    if (name.trimmed().isEmpty())
        return setCounselorProblem(tr("Please type the counselor's name, as the children know it."));
    if (!Mailbox::isPassphraseAcceptable(passphrase))
        return setCounselorProblem(tr("The passphrase needs at least %1 characters and not only digits (a date or a "
                                      "phone number is guessed quickly). A short sentence is easy to remember.")
                                       .arg(Mailbox::kMinPassphraseChars));
    if (passphrase != again)
        return setCounselorProblem(tr("The two passphrases are not the same."));
    QString code;
    if (!m_kiosk.guarded("mailbox set-up", [&] { code = m_store.mailbox().setUp(name, passphrase); }))
        return;
    if (code.isEmpty())
        return setCounselorProblem(tr("The mailbox could not be set up. Is it set up already?"));
    setCounselorProblem({});
    m_recoveryCode = code;
    emit recoveryChanged();
    refreshStatus();
    m_kiosk.show(Screen::MailRecovery);
}

void MailController::recoveryCodeWritten()
{
    m_kiosk.show(Screen::MailUnlock);
}

void MailController::unlock(const QString &passphrase)
{
    Unlocked unlocked;
    if (!m_kiosk.guarded("mailbox unlock", [&] { unlocked = m_store.mailbox().unlock(passphrase); }))
        return;
    switch (unlocked.check.status) {
    case UnlockCheck::Status::Ok:
        startSession(std::move(unlocked.session));
        break;
    case UnlockCheck::Status::Wrong:
        setCounselorProblem(tr("That passphrase is not right. %1").arg(waitMessage(unlocked.check.lockedUntilMs)));
        break;
    case UnlockCheck::Status::LockedOut:
        setCounselorProblem(waitMessage(unlocked.check.lockedUntilMs));
        break;
    default:
        setCounselorProblem(tr("The mailbox is not set up yet."));
        break;
    }
}

void MailController::recover(const QString &code, const QString &newPassphrase)
{
    if (!Mailbox::isPassphraseAcceptable(newPassphrase))
        return setCounselorProblem(tr("The new passphrase needs at least %1 characters and not only digits.")
                                       .arg(Mailbox::kMinPassphraseChars));
    Unlocked unlocked;
    if (!m_kiosk.guarded("mailbox recovery", [&] { unlocked = m_store.mailbox().recover(code, newPassphrase); }))
        return;
    if (unlocked.check.status == UnlockCheck::Status::Ok)
        return startSession(std::move(unlocked.session));
    setCounselorProblem(unlocked.check.status == UnlockCheck::Status::LockedOut
                            ? waitMessage(unlocked.check.lockedUntilMs)
                            : tr("That recovery code is not right. %1").arg(waitMessage(unlocked.check.lockedUntilMs)));
}

void MailController::startSession(std::unique_ptr<CounselorSession> session)
{
    setCounselorProblem({});
    m_session = std::move(session);
    m_kiosk.guarded("delivering replies", [&] { m_session->deliverWaitingReplies(); });
    emit unlockedChanged();
    showInbox();
    const int followUps = followUpCount();
    if (followUps > 0)
        m_kiosk.setMessage(tr("%n letter(s) need follow-up.", nullptr, followUps));
}

void MailController::reloadInbox()
{
    if (!m_session)
        return;
    m_kiosk.guarded("inbox",
                    [&] { m_inbox.reset(m_session.get(), m_session->inbox(), m_store.settings().timeZone()); });
}

void MailController::lock()
{
    m_kiosk.goHome(); // leaving the counselor's screens locks
}

void MailController::showInbox()
{
    if (!m_session)
        return;
    reloadInbox();
    m_kiosk.show(Screen::MailInbox);
}

void MailController::showCare()
{
    if (!m_session)
        return;
    m_kiosk.guarded("care list", [&] { m_care.reset(Care::whoNeedsCare(m_store.db(), m_store.clock().nowMs())); });
    m_kiosk.show(Screen::MailCare);
}

void MailController::openLetter(const QString &letterId)
{
    if (!m_session)
        return;
    std::optional<Letter> letter;
    if (!m_kiosk.guarded("opening a letter", [&] { letter = m_session->read(letterId); }))
        return;
    if (!letter) {
        m_kiosk.setErrorMessage(tr("This letter cannot be opened: it was changed or cut short on the disk. The reading "
                                   "was noted in the log."));
        return;
    }
    m_player->stop();
    m_letterId = letterId;
    m_letter = std::move(*letter);
    m_letterSender = m_letter.childId.isEmpty() ? tr("Without a name") : m_letter.childName;
    const QDateTime local = toLocal(m_letter.writtenAtMs, m_store.settings().timeZone());
    m_letterWhen = QLocale().toString(
        local, m_letter.childId.isEmpty() ? tr("MMMM d, dddd, 'around' HH:00") : tr("MMMM d, dddd, HH:mm"));
    m_letterFollowUp = false;
    for (int row = 0; row < m_inbox.rowCount(); ++row) {
        const QModelIndex index = m_inbox.index(row);
        if (index.data(InboxModel::LetterIdRole).toString() == letterId)
            m_letterFollowUp = index.data(InboxModel::FollowUpRole).toBool();
    }
    m_inbox.setOpened(letterId);
    m_kiosk.guarded("replies",
                    [&] { m_letterReplies.reset(m_session->repliesTo(letterId), m_store.settings().timeZone()); });
    m_replyDraft.clear();
    emit replyDraftChanged();
    emit letterChanged();
    refreshStatus();
    m_kiosk.show(Screen::MailLetter);
}

void MailController::playLetter()
{
    if (!m_session || m_letter.voice.isEmpty())
        return;
    if (m_player->isPlaying()) {
        m_player->stop();
        return;
    }
    QString error;
    const std::optional<VoiceClip> clip = VoiceClip::parse(m_letter.voice, &error);
    if (!clip) {
        qCWarning(lcMail) << "voice message unreadable:" << error;
        m_kiosk.setErrorMessage(tr("This voice message is damaged and cannot be played."));
        return;
    }
    m_kiosk.guarded("listening", [&] { m_session->logListening(m_letterId); });
    m_player->play(*clip);
}

void MailController::setFollowUp(bool followUp)
{
    if (!m_session || m_letterId.isEmpty())
        return;
    if (!m_kiosk.guarded("follow-up", [&] { m_session->setFollowUp(m_letterId, followUp); }))
        return;
    m_letterFollowUp = followUp;
    m_inbox.setFollowUp(m_letterId, followUp);
    emit letterChanged();
    refreshStatus();
}

void MailController::typeReply(const QString &text)
{
    setReplyDraft(m_replyDraft + text);
}

void MailController::setReplyDraft(const QString &text)
{
    const QString kept = text.left(Mailbox::kMaxTextChars);
    if (kept != m_replyDraft) {
        m_replyDraft = kept;
        emit replyDraftChanged();
    }
}

void MailController::backspaceReply()
{
    if (!m_replyDraft.isEmpty())
        setReplyDraft(m_replyDraft.left(m_replyDraft.size() - 1));
}

void MailController::sendReply()
{
    if (!m_session || !letterCanReply())
        return;
    if (m_replyDraft.trimmed().isEmpty()) {
        m_kiosk.setMessage(tr("Write your answer first."));
        return;
    }
    StorageError error;
    if (!m_kiosk.guarded("reply", [&] { error = m_session->reply(m_letterId, m_replyDraft); }))
        return;
    if (error) {
        qCWarning(lcMail) << "reply not stored:" << error.detail;
        m_kiosk.setErrorMessage(
            tr("The answer could not be stored: %1 It is still here.").arg(storageFailureMessage(error)));
        return;
    }
    bool childHasCode = true;
    m_kiosk.guarded("picture code", [&] { childHasCode = m_store.mailbox().hasPictureCode(m_letter.childId); });
    m_kiosk.setMessage(childHasCode
                           ? tr("Sent. %1 will see it at the next sign-in.").arg(m_letter.childName)
                           : tr("Kept. %1 has no secret pictures yet: the answer waits until they choose them.")
                                 .arg(m_letter.childName));
    m_replyDraft.clear();
    emit replyDraftChanged();
    m_kiosk.guarded("replies",
                    [&] { m_letterReplies.reset(m_session->repliesTo(m_letterId), m_store.settings().timeZone()); });
}

} // namespace qq
