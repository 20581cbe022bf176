#include "read_aloud.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

Q_LOGGING_CATEGORY(lcSpeech, "qinqing.speech")

namespace qq {
namespace {

ReadAloud *s_instance = nullptr;

// Children read slowly and listen slowly: a little under the engine's default pace.
constexpr double kChildRate = -0.2;
// How long the speech thread may take to take a request before reading aloud
// is treated as broken (it recovers when the thread answers again).
constexpr int kAnswerMs = 5000;
// A failed engine is tried again at most this often (Speech Dispatcher may
// start after the kiosk).
constexpr qint64 kRetryMs = 60'000;

// Lives on the speech thread and owns the QTextToSpeech there.
class SpeechWorker : public QObject {
    Q_OBJECT

public:
    void say(int utterance, const QString &text, const QLocale &language)
    {
        if (!ensureEngine() || !chooseLanguage(language)) {
            emit accepted(utterance);
            emit finished(utterance);
            return;
        }
        if (m_tts->state() == QTextToSpeech::Speaking)
            m_tts->stop();
        m_current = utterance;
        m_sawSpeaking = false;
        m_tts->say(text);
        emit accepted(utterance);
    }

    void stop()
    {
        if (m_tts && m_tts->state() == QTextToSpeech::Speaking)
            m_tts->stop();
    }

signals:
    void accepted(int utterance);
    void finished(int utterance);
    // Why reading aloud does not work; never contains the text.
    void failed(const QString &reason);

private:
    bool ensureEngine()
    {
        if (m_tts)
            return true;
        if (m_failedAt.isValid() && m_failedAt.elapsed() < kRetryMs)
            return false;
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty()) {
            m_failedAt.start();
            emit failed(QStringLiteral("no QtTextToSpeech engine is installed (qt6-speech-speechd-plugin)"));
            return false;
        }
        // speechd: Speech Dispatcher with espeak-ng speaks Mandarin. Qt's
        // other Debian engine, flite, speaks English only.
        const QString engine = engines.contains(QLatin1String("speechd")) ? QStringLiteral("speechd") : QString();
        auto tts = std::make_unique<QTextToSpeech>(engine);
        // Qt 6.4's speechd engine starts in the error state "Configuration"
        // when the default locale (zh_CN) has no voice it can name; choosing
        // the voice below mends that, and it speaks. Anything else is fatal.
        if (tts->state() == QTextToSpeech::Error && tts->errorReason() != QTextToSpeech::ErrorReason::Configuration) {
            m_failedAt.start();
            emit failed(QStringLiteral("the speech engine \"%1\" did not start (%2)")
                            .arg(tts->engine(), errorName(tts->errorReason())));
            return false;
        }
        tts->setRate(kChildRate);
        connect(tts.get(), &QTextToSpeech::stateChanged, this, &SpeechWorker::stateChanged);
        m_tts = std::move(tts);
        m_language = QLocale::AnyLanguage;
        return true;
    }

    // Picks a voice for the language once, then keeps it.
    bool chooseLanguage(const QLocale &wanted)
    {
        if (m_language == wanted.language())
            return m_hasVoice;
        m_language = wanted.language();
        // Trying locales may put the engine in its error state for a moment:
        // that is no failure of speech (see stateChanged).
        m_choosing = true;
        m_hasVoice = selectVoice(wanted);
        m_choosing = false;
        if (!m_hasVoice)
            emit failed(QStringLiteral("the speech engine \"%1\" has no voice for %2")
                            .arg(m_tts->engine(), QLocale::languageToString(wanted.language())));
        return m_hasVoice;
    }

    bool selectVoice(const QLocale &wanted)
    {
        const QList<QLocale> locales = m_tts->availableLocales();
        const bool mandarin = wanted.language() == QLocale::Chinese;
        for (const bool sameTerritory : {true, false}) {
            for (const QLocale &locale : locales) {
                if (locale.language() != wanted.language()
                    || (sameTerritory && locale.territory() != wanted.territory()))
                    continue;
                m_tts->setLocale(locale);
                if (m_tts->locale().language() != wanted.language())
                    continue;
                // The engine already chose a voice for the locale; a plainer one is better.
                pickVoice([](const QVoice &) { return true; }, !mandarin);
                return true;
            }
        }
        if (!mandarin)
            return false;
        // Qt 6.4's speechd engine cannot name espeak-ng's Mandarin ("cmn"): its
        // voices sit under the locale without a language (QLocale::C). Find them
        // by name. Cantonese ("yue") has a language of its own, so it never ends up here.
        for (const QLocale &locale : locales) {
            if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage)
                continue;
            m_tts->setLocale(locale);
            if (pickVoice([](const QVoice &voice) { return voice.name().contains(QLatin1String("Mandarin")); }, false))
                return true;
        }
        return false;
    }

    // Among the voices of the current locale that match, a plain one
    // (espeak-ng's "+Adam", "+croak"… are odd-sounding variants); for English
    // the American one; for Mandarin "latin as Pinyin": espeak-ng 1.51's
    // other Mandarin voice ("latin as English", also the one "zh" picks)
    // turns 你好 into "ni3 hao3" and reads that as English words.
    template <typename Matches> bool pickVoice(Matches matches, bool preferAmerican)
    {
        const QList<QVoice> voices = m_tts->availableVoices();
        const QVoice *best = nullptr;
        int bestScore = -1;
        for (const QVoice &voice : voices) {
            if (!matches(voice))
                continue;
            const QString name = voice.name();
            const int score = (name.contains(QLatin1Char('+')) ? 0 : 4)
                + (name.contains(QLatin1String("Pinyin")) ? 2 : 0)
                + (preferAmerican && name.contains(QLatin1String("America")) ? 1 : 0);
            if (score > bestScore) {
                best = &voice;
                bestScore = score;
            }
        }
        if (!best)
            return false;
        m_tts->setVoice(*best);
        return true;
    }

    void stateChanged(QTextToSpeech::State state)
    {
        switch (state) {
        case QTextToSpeech::Speaking:
            m_sawSpeaking = true;
            break;
        case QTextToSpeech::Ready:
            // The end (or the cancel) of the utterance that began last; the
            // cancel of an earlier one arrives before this one begins.
            if (m_sawSpeaking) {
                m_sawSpeaking = false;
                emit finished(m_current);
            }
            break;
        case QTextToSpeech::Error:
            if (!m_choosing)
                fail();
            break;
        default:
            break;
        }
    }

    static QString errorName(QTextToSpeech::ErrorReason reason)
    {
        return QString::fromLatin1(QMetaEnum::fromType<QTextToSpeech::ErrorReason>().valueToKey(int(reason)));
    }

    // Only the kind of error is logged: the engine's own message may quote the text.
    void fail()
    {
        emit failed(QStringLiteral("the speech engine \"%1\" reported an error (%2)")
                        .arg(m_tts->engine(), errorName(m_tts->errorReason())));
        emit finished(m_current);
        // Start again on a later request: the daemon may have been restarted.
        // (Called from the engine's own signal: it is deleted once that returns.)
        m_tts->disconnect(this);
        m_tts.release()->deleteLater();
        m_failedAt.start();
    }

    std::unique_ptr<QTextToSpeech> m_tts;
    QLocale::Language m_language = QLocale::AnyLanguage;
    bool m_hasVoice = false;
    bool m_choosing = false;
    int m_current = -1;
    bool m_sawSpeaking = false;
    QElapsedTimer m_failedAt;
};

class SystemSpeaker : public Speaker {
public:
    SystemSpeaker() : m_thread(new QThread), m_worker(new SpeechWorker)
    {
        m_thread->setObjectName(QStringLiteral("speech"));
        m_worker->moveToThread(m_thread);
        // The engine is destroyed on its own thread when that thread ends.
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &SpeechWorker::finished, this, &Speaker::finished);
        connect(m_worker, &SpeechWorker::accepted, this, [this](int utterance) {
            if (utterance == m_lastAsked)
                m_answer.stop();
            m_stalled = false;
        });
        connect(m_worker, &SpeechWorker::failed, this, [this](const QString &reason) { logOnce(reason); });
        m_answer.setSingleShot(true);
        m_answer.setInterval(kAnswerMs);
        connect(&m_answer, &QTimer::timeout, this, [this] {
            m_stalled = true;
            logOnce(QStringLiteral("the speech engine is not answering; reading aloud is off until it does"));
            emit finished(m_lastAsked);
        });
        m_thread->start();
    }

    ~SystemSpeaker() override
    {
        m_thread->quit();
        if (m_thread->wait(2000)) {
            delete m_thread;
            return;
        }
        // Stuck inside libspeechd: leave the thread to the end of the process
        // (destroying a running QThread would abort the kiosk).
        qCWarning(lcSpeech) << "the speech thread did not stop; leaving it";
    }

    void say(int utterance, const QString &text, const QLocale &language) override
    {
        m_lastAsked = utterance;
        if (m_stalled) {
            emit finished(utterance);
            return;
        }
        SpeechWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker, utterance, text, language] { worker->say(utterance, text, language); },
            Qt::QueuedConnection);
        m_answer.start();
    }

    void stop() override
    {
        SpeechWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
    }

private:
    void logOnce(const QString &reason)
    {
        if (m_logged.contains(reason))
            return;
        m_logged.insert(reason);
        qCWarning(lcSpeech).noquote() << "reading aloud:" << reason;
    }

    QThread *m_thread;
    SpeechWorker *m_worker;
    QTimer m_answer;
    int m_lastAsked = -1;
    bool m_stalled = false;
    QSet<QString> m_logged;
};

// Rough time a text takes to say at a child's pace, with room to spare.
int longestSpeechMs(const QString &text)
{
    return int(std::min<qsizetype>(60'000, 4000 + 400 * text.size()));
}

} // namespace

std::unique_ptr<Speaker> makeSystemSpeaker()
{
    return std::make_unique<SystemSpeaker>();
}

void RecordingSpeaker::say(int utterance, const QString &text, const QLocale &language)
{
    if (m_current >= 0)
        stop();
    said.append({text, language});
    m_current = utterance;
}

void RecordingSpeaker::stop()
{
    ++stops;
    if (m_current < 0)
        return;
    const int ended = m_current;
    m_current = -1;
    emit finished(ended);
}

void RecordingSpeaker::finishSpeaking()
{
    if (m_current < 0)
        return;
    const int ended = m_current;
    m_current = -1;
    emit finished(ended);
}

ReadAloud::ReadAloud(std::unique_ptr<Speaker> speaker, QObject *parent) : QObject(parent)
{
    m_longest.setSingleShot(true);
    connect(&m_longest, &QTimer::timeout, this, [this] { setSpeaking(false); });
    if (speaker)
        setSpeaker(std::move(speaker));
}

ReadAloud::~ReadAloud() = default;

ReadAloud *ReadAloud::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ReadAloud::setInstance(ReadAloud *instance)
{
    s_instance = instance;
}

void ReadAloud::setSpeaker(std::unique_ptr<Speaker> speaker)
{
    if (m_speaker)
        m_speaker->disconnect(this);
    m_speaker = std::move(speaker);
    connect(m_speaker.get(), &Speaker::finished, this, &ReadAloud::finished);
    ++m_utterance;
    setSpeaking(false);
}

QLocale ReadAloud::speechLanguage()
{
    if (QLocale().language() == QLocale::Chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReadAloud::spokenForm(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[·•|]\\s*"));
    QString spoken = text;
    spoken.replace(separators, QStringLiteral(", "));
    return spoken.simplified();
}

void ReadAloud::speak(const QString &text)
{
    const QString spoken = spokenForm(text);
    if (spoken.isEmpty())
        return;
    if (!m_speaker)
        setSpeaker(makeSystemSpeaker());
    const int utterance = ++m_utterance;
    m_text = text;
    m_speaking = true;
    emit speakingChanged();
    m_longest.start(longestSpeechMs(spoken));
    m_speaker->say(utterance, spoken, speechLanguage());
}

void ReadAloud::stop()
{
    if (!m_speaking)
        return;
    ++m_utterance; // whatever the speaker reports now is about a text no longer wanted
    if (m_speaker)
        m_speaker->stop();
    setSpeaking(false);
}

void ReadAloud::finished(int utterance)
{
    if (utterance == m_utterance)
        setSpeaking(false);
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (!speaking)
        m_longest.stop();
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged();
}

} // namespace qq

#include "read_aloud.moc"
