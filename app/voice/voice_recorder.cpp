#include "voice_recorder.h"

#include <cstring>
#include <utility>

namespace qq {

VoiceRecorder::VoiceRecorder(Microphone *microphone, QObject *parent) : QObject(parent), m_microphone(microphone)
{
    Q_ASSERT(microphone);
    connect(m_microphone, &Microphone::pcm, this, &VoiceRecorder::onPcm);
    connect(m_microphone, &Microphone::failed, this, &VoiceRecorder::onMicrophoneFailed);
}

VoiceRecorder::~VoiceRecorder()
{
    if (m_recording)
        m_microphone->stop();
}

void VoiceRecorder::start()
{
    if (m_recording)
        return;
    m_encoder.reset();
    m_leftOver = {};
    m_oddByte.clear();
    m_stoppedElapsedMs = 0;
    m_recording = true;
    emit recordingChanged();
    emit elapsedMsChanged();
    emit levelChanged();
    m_microphone->start();
}

VoiceClip VoiceRecorder::stop()
{
    if (m_recording)
        finishRecording();
    return std::exchange(m_leftOver, {});
}

void VoiceRecorder::onPcm(const QByteArray &int16Samples)
{
    if (!m_recording)
        return; // queued after stop()
    const QByteArray bytes = m_oddByte.isEmpty() ? int16Samples : m_oddByte + int16Samples;
    const qsizetype samples = bytes.size() / qsizetype(sizeof(qint16));
    m_oddByte = bytes.sliced(samples * qsizetype(sizeof(qint16)));
    // Copied out: a QByteArray may be a slice starting at an odd address.
    m_samples.resize(size_t(samples));
    std::memcpy(m_samples.data(), bytes.constData(), size_t(samples) * sizeof(qint16));
    const qint64 before = m_encoder.acceptedSamples();
    m_encoder.append(m_samples.data(), samples);
    emit levelChanged();
    if (m_encoder.acceptedSamples() != before)
        emit elapsedMsChanged();
    if (m_encoder.isFull() && !m_stopping) {
        finishRecording();
        emit reachedLimit();
    }
}

void VoiceRecorder::onMicrophoneFailed(Microphone::Problem problem)
{
    if (!m_recording)
        return;
    finishRecording();
    emit failed(problem);
}

void VoiceRecorder::finishRecording()
{
    if (!m_recording)
        return;
    m_stopping = true;
    m_microphone->stop(); // may hand over the last captured audio: still ours
    m_stopping = false;
    m_recording = false;
    m_stoppedElapsedMs = m_encoder.durationMs();
    m_leftOver = m_encoder.finish();
    m_oddByte.clear();
    emit recordingChanged();
    emit levelChanged();
}

} // namespace qq
