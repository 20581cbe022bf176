#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include <memory>

namespace qq {

// The voice that reads a text aloud. The kiosk's is the system speech engine
// (makeSystemSpeaker); tests and machines without a sound card use
// RecordingSpeaker.
class Speaker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Stops whatever is being said, then says `text` in `language`.
    // `utterance` comes back in finished() when it ends (or fails).
    virtual void say(int utterance, const QString &text, const QLocale &language) = 0;
    virtual void stop() = 0;

signals:
    void finished(int utterance);
};

// The system's speech engine through QtTextToSpeech: "speechd" (Speech
// Dispatcher with espeak-ng, which speaks Mandarin) when present, else Qt's
// default. It runs on a thread of its own: libspeechd waits for the daemon
// without a time limit, and a stuck daemon must never freeze the kiosk.
std::unique_ptr<Speaker> makeSystemSpeaker();

// Remembers what it was asked to say; finishes only when told to.
class RecordingSpeaker : public Speaker {
    Q_OBJECT

public:
    struct Said {
        QString text;
        QLocale language;
    };
    using Speaker::Speaker;
    void say(int utterance, const QString &text, const QLocale &language) override;
    void stop() override;
    // Ends the utterance being said, as the engine does when it reaches the end.
    void finishSpeaking();

    QList<Said> said;
    int stops = 0;

private:
    int m_current = -1;
};

// Reads tiles and prompts aloud when a child taps their speaker button, in
// the kiosk's language (Mandarin by default, English with --lang en).
class ReadAloud : public QObject {
    Q_OBJECT
    QML_SINGLETON
    QML_NAMED_ELEMENT(ReadAloud)

    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // The text being read, exactly as given to speak(): lets the button
    // that asked show that it is the one speaking.
    Q_PROPERTY(QString speakingText READ speakingText NOTIFY speakingChanged)

public:
    // Without a speaker (nullptr), the system's is made on the first speak():
    // nothing starts a speech engine before a child asks for one. No default
    // constructor on purpose: Qt 6.4 would build its own singleton with it
    // instead of calling create().
    explicit ReadAloud(std::unique_ptr<Speaker> speaker, QObject *parent = nullptr);
    ~ReadAloud() override;

    static ReadAloud *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ReadAloud *instance);

    Q_INVOKABLE void speak(const QString &text);
    Q_INVOKABLE void stop();

    bool speaking() const { return m_speaking; }
    QString speakingText() const { return m_speaking ? m_text : QString(); }

    void setSpeaker(std::unique_ptr<Speaker> speaker);

    // The language prompts are read in: the UI's (QLocale's default).
    static QLocale speechLanguage();
    // What the engine is given: one line, no runs of spaces, no "·" separators.
    static QString spokenForm(const QString &text);

signals:
    void speakingChanged();

private:
    void finished(int utterance);
    void setSpeaking(bool speaking);

    std::unique_ptr<Speaker> m_speaker;
    QString m_text;
    bool m_speaking = false;
    int m_utterance = 0;
    // A stuck engine must not leave a button "speaking" for ever.
    QTimer m_longest;
};

} // namespace qq
