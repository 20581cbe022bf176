#pragma once

#include "mail_models.h"
#include "mailbox.h"
#include "pinyin_composer.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>
#include <memory>

namespace qq {

class KioskController;
class KioskStore;
class VoicePlayer;
class VoiceRecorder;
class Microphone;

// The private mailbox at the kiosk. A child writes or records a letter (with
// their name or without), it is sealed before anything is stored; the duty
// teacher sees only how many wait; the counselor unlocks, reads, marks and
// replies; a child opens a reply with their picture code.
class MailController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Mail)
    QML_SINGLETON

    Q_PROPERTY(bool ready READ ready NOTIFY statusChanged)
    Q_PROPERTY(QString counselorName READ counselorName NOTIFY statusChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY statusChanged)
    Q_PROPERTY(int followUpCount READ followUpCount NOTIFY statusChanged)
    Q_PROPERTY(QString reminder READ reminder NOTIFY statusChanged)

    Q_PROPERTY(QString writerName READ writerName NOTIFY writerChanged)
    Q_PROPERTY(QUrl writerPhoto READ writerPhoto NOTIFY writerChanged)
    Q_PROPERTY(QString draft READ draft NOTIFY draftChanged)
    Q_PROPERTY(int charactersLeft READ charactersLeft NOTIFY draftChanged)
    Q_PROPERTY(int feeling READ feeling NOTIFY draftChanged)
    Q_PROPERTY(PinyinComposer *pinyin READ pinyin CONSTANT)

    Q_PROPERTY(bool recording READ recording NOTIFY voiceChanged)
    Q_PROPERTY(int recordedSeconds READ recordedSeconds NOTIFY voiceChanged)
    Q_PROPERTY(int maxSeconds READ maxSeconds CONSTANT)
    Q_PROPERTY(double level READ level NOTIFY levelChanged)
    Q_PROPERTY(bool hasVoice READ hasVoice NOTIFY voiceChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY voiceChanged)
    Q_PROPERTY(QString voiceProblem READ voiceProblem NOTIFY voiceChanged)

    Q_PROPERTY(PictureStep pictureStep READ pictureStep NOTIFY picturesChanged)
    Q_PROPERTY(QList<int> picked READ picked NOTIFY picturesChanged)
    Q_PROPERTY(QStringList pictures READ pictures CONSTANT)
    Q_PROPERTY(QString pictureHint READ pictureHint NOTIFY picturesChanged)
    Q_PROPERTY(ReplyListModel *childReplies READ childReplies CONSTANT)

    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY recoveryChanged)
    Q_PROPERTY(QString counselorProblem READ counselorProblem NOTIFY counselorProblemChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(InboxModel *inbox READ inbox CONSTANT)
    Q_PROPERTY(CareListModel *care READ care CONSTANT)
    Q_PROPERTY(QString letterSender READ letterSender NOTIFY letterChanged)
    Q_PROPERTY(QString letterWhen READ letterWhen NOTIFY letterChanged)
    Q_PROPERTY(QString letterText READ letterText NOTIFY letterChanged)
    Q_PROPERTY(int letterFeeling READ letterFeeling NOTIFY letterChanged)
    Q_PROPERTY(bool letterHasVoice READ letterHasVoice NOTIFY letterChanged)
    Q_PROPERTY(int letterVoiceSeconds READ letterVoiceSeconds NOTIFY letterChanged)
    Q_PROPERTY(bool letterFollowUp READ letterFollowUp NOTIFY letterChanged)
    Q_PROPERTY(bool letterCanReply READ letterCanReply NOTIFY letterChanged)
    Q_PROPERTY(ReplyListModel *letterReplies READ letterReplies CONSTANT)
    Q_PROPERTY(QString replyDraft READ replyDraft NOTIFY replyDraftChanged)

public:
    enum class PictureStep { Choose, Confirm, Open };
    Q_ENUM(PictureStep)
    static constexpr int kCounselorIdleMs = 3 * 60 * 1000;

    MailController(KioskStore &store, KioskController &kiosk, std::unique_ptr<Microphone> microphone, QObject *parent = nullptr);
    ~MailController() override;
    static MailController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(MailController *instance);

    bool ready() const;
    QString counselorName() const;
    int waitingCount() const;
    int followUpCount() const;
    QString reminder() const;
    QString writerName() const { return m_writerName; }
    QUrl writerPhoto() const { return m_writerPhoto; }
    QString draft() const { return m_draft; }
    int charactersLeft() const { return Mailbox::kMaxTextChars - int(m_draft.size()); }
    int feeling() const { return m_feeling; }
    PinyinComposer *pinyin() const { return m_pinyin.get(); }
    bool recording() const;
    int recordedSeconds() const;
    int maxSeconds() const { return Mailbox::kMaxVoiceMs / 1000; }
    double level() const;
    bool hasVoice() const { return !m_voice.isEmpty(); }
    bool playing() const;
    QString voiceProblem() const { return m_voiceProblem; }
    PictureStep pictureStep() const { return m_pictureStep; }
    QList<int> picked() const { return m_picked; }
    QStringList pictures() const;
    QString pictureHint() const { return m_pictureHint; }
    ReplyListModel *childReplies() { return &m_childReplies; }
    QString recoveryCode() const { return m_recoveryCode; }
    QString counselorProblem() const { return m_counselorProblem; }
    bool unlocked() const { return m_session != nullptr; }
    InboxModel *inbox() { return &m_inbox; }
    CareListModel *care() { return &m_care; }
    QString letterSender() const { return m_letterSender; }
    QString letterWhen() const { return m_letterWhen; }
    QString letterText() const { return m_letter.text; }
    int letterFeeling() const { return m_letter.feeling; }
    bool letterHasVoice() const { return !m_letter.voice.isEmpty(); }
    int letterVoiceSeconds() const { return (m_letter.voiceMs + 500) / 1000; }
    bool letterFollowUp() const { return m_letterFollowUp; }
    bool letterCanReply() const { return !m_letter.childId.isEmpty(); }
    ReplyListModel *letterReplies() { return &m_letterReplies; }
    QString replyDraft() const { return m_replyDraft; }

    // A child writes.
    Q_INVOKABLE void open();
    Q_INVOKABLE void writeWithName();
    Q_INVOKABLE void writeWithoutName();
    Q_INVOKABLE void typeText(const QString &text); // on-screen keys, chosen characters, a hardware IME
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void setDraft(const QString &text);
    Q_INVOKABLE void setFeeling(int feeling);
    Q_INVOKABLE void openRecorder();
    Q_INVOKABLE void startRecording();
    Q_INVOKABLE void stopRecording();
    Q_INVOKABLE void playRecording();
    Q_INVOKABLE void discardRecording();
    Q_INVOKABLE void send();
    Q_INVOKABLE void tapPicture(int picture);
    Q_INVOKABLE void undoPicture();
    Q_INVOKABLE void skipPictures();
    Q_INVOKABLE void backToWriting();

    // The counselor.
    Q_INVOKABLE void openCounselor();
    Q_INVOKABLE void setUp(const QString &name, const QString &passphrase, const QString &again);
    Q_INVOKABLE void recoveryCodeWritten();
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void recover(const QString &code, const QString &newPassphrase);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void showInbox();
    Q_INVOKABLE void showCare();
    Q_INVOKABLE void openLetter(const QString &letterId);
    Q_INVOKABLE void playLetter();
    Q_INVOKABLE void setFollowUp(bool followUp);
    Q_INVOKABLE void typeReply(const QString &text);
    Q_INVOKABLE void setReplyDraft(const QString &text);
    Q_INVOKABLE void backspaceReply();
    Q_INVOKABLE void sendReply();

    // Tests and the screenshot tour: what the counselor's inbox holds after unlock.
    QString currentLetterId() const { return m_letterId; }
    VoiceRecorder &recorder() { return *m_recorder; }

signals:
    void statusChanged();
    void writerChanged();
    void draftChanged();
    void voiceChanged();
    void levelChanged();
    void picturesChanged();
    void recoveryChanged();
    void counselorProblemChanged();
    void unlockedChanged();
    void letterChanged();
    void replyDraftChanged();
    // Characters for the form field in focus (the counselor's name at set-up).
    void fieldText(const QString &text);
    void fieldBackspace();

private:
    void childPicked(const QString &childId);
    void replyRequested(const QString &childId);
    void screenChanged();
    void commitLetter(const QList<int> &pictureCode);
    void clearDraft();
    void setPictureStep(PictureStep step, const QString &hint);
    void setCounselorProblem(const QString &problem);
    void startSession(std::unique_ptr<CounselorSession> session);
    void reloadInbox();
    QString waitMessage(qint64 untilMs) const;
    bool isWritingScreen() const;
    bool isCounselorScreen() const;
    void refreshStatus();

    KioskStore &m_store;
    KioskController &m_kiosk;
    std::unique_ptr<PinyinComposer> m_pinyin;
    std::unique_ptr<Microphone> m_microphone; // before the recorder, which uses it
    std::unique_ptr<VoiceRecorder> m_recorder;
    std::unique_ptr<VoicePlayer> m_player;
    // The draft: in memory only, wiped when the child leaves the mailbox.
    QString m_writerId;
    QString m_writerName;
    QUrl m_writerPhoto;
    QString m_draft;
    int m_feeling = 0;
    QByteArray m_voice;
    int m_voiceMs = 0;
    QString m_voiceProblem;
    PictureStep m_pictureStep = PictureStep::Choose;
    QList<int> m_picked;
    QList<int> m_firstPick;
    QString m_pictureHint;
    QString m_replyChildId;
    ReplyListModel m_childReplies;

    QString m_recoveryCode;
    QString m_counselorProblem;
    std::unique_ptr<CounselorSession> m_session;
    InboxModel m_inbox;
    CareListModel m_care;
    QString m_letterId;
    Letter m_letter;
    QString m_letterSender;
    QString m_letterWhen;
    bool m_letterFollowUp = false;
    ReplyListModel m_letterReplies;
    QString m_replyDraft;
};

} // namespace qq
