#pragma once

#include "microphone.h"
#include "voice_encoder.h"

#include <QObject>

#include <vector>

namespace qq {

// Records one voice message: PCM from a Microphone goes straight into the
// VoiceEncoder as it arrives, so stop() is instant and only compressed audio
// is ever kept. Stops itself at the 3-minute limit (reachedLimit()).
//
// After the limit or a microphone failure, the audio recorded so far is kept
// and the next stop() returns it; start() discards it.
class VoiceRecorder : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool recording READ isRecording NOTIFY recordingChanged)
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY elapsedMsChanged)
    Q_PROPERTY(double level READ level NOTIFY levelChanged)
    Q_PROPERTY(qint64 limitMs READ limitMs CONSTANT)

public:
    // The microphone is not owned and must outlive the recorder.
    explicit VoiceRecorder(Microphone *microphone, QObject *parent = nullptr);
    ~VoiceRecorder() override;

    Microphone *microphone() const { return m_microphone; }
    bool isRecording() const { return m_recording; }
    // While recording, what is recorded so far; after, the length of the last recording.
    qint64 elapsedMs() const { return m_recording ? m_encoder.durationMs() : m_stoppedElapsedMs; }
    double level() const { return m_recording ? m_encoder.level() : 0.0; }
    static constexpr qint64 limitMs() { return qint64(VoiceEncoder::kMaxSeconds) * 1000; }

    void start();
    // Ends the recording and returns the clip (empty if nothing was heard);
    // when already stopped, returns what the limit or a failure left, once.
    VoiceClip stop();

signals:
    void recordingChanged();
    void elapsedMsChanged();
    void levelChanged();
    void reachedLimit();
    void failed(qq::Microphone::Problem problem);

private:
    void onPcm(const QByteArray &int16Samples);
    void onMicrophoneFailed(Microphone::Problem problem);
    void finishRecording();

    Microphone *m_microphone;
    VoiceEncoder m_encoder;
    VoiceClip m_leftOver;
    QByteArray m_oddByte; // half a sample a chunk ended with
    std::vector<qint16> m_samples; // scratch for one chunk
    qint64 m_stoppedElapsedMs = 0;
    bool m_recording = false;
    bool m_stopping = false; // inside finishRecording(): the microphone's last words
};

} // namespace qq
