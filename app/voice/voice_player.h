#pragma once

#include "voice_clip.h"

#include <QAudio>
#include <QAudioFormat>
#include <QBuffer>
#include <QObject>
#include <QTimer>

class QAudioSink;

namespace qq {

// Plays a voice message from memory: decoded into a QByteArray, read by
// QAudioSink through a QBuffer (never a file). Without a speaker, or when the
// device fails, emits failed() with plain words instead of playing.
class VoicePlayer : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)
    Q_PROPERTY(qint64 positionMs READ positionMs NOTIFY positionMsChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY durationMsChanged)

public:
    explicit VoicePlayer(QObject *parent = nullptr);
    ~VoicePlayer() override;

    bool isPlaying() const { return m_sink != nullptr; }
    qint64 positionMs() const { return m_positionMs; }
    qint64 durationMs() const { return m_durationMs; }

    // Stops whatever plays, then plays `clip` from the start.
    void play(const VoiceClip &clip);
    void stop();

    // 16 kHz mono PCM in the device's `format` (any rate, channels, sample type).
    static QByteArray toOutputFormat(const std::vector<qint16> &pcm, const QAudioFormat &format);

signals:
    void playingChanged();
    void positionMsChanged();
    void durationMsChanged();
    void finished(); // played to the end
    void failed(const QString &reason); // translated, context "Voice"

private:
    void onStateChanged(QAudio::State state);
    void updatePosition();
    void failLater(const QString &reason);
    void release();

    QAudioSink *m_sink = nullptr;
    QByteArray m_pcm;
    QBuffer m_buffer;
    QTimer m_positionTimer;
    qint64 m_positionMs = 0;
    qint64 m_durationMs = 0;
    bool m_starting = false;
};

} // namespace qq
