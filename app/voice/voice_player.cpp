#include "voice_player.h"

#include "microphone.h"
#include "voice_encoder.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QCoreApplication>
#include <QDebug>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace qq {

VoicePlayer::VoicePlayer(QObject *parent) : QObject(parent)
{
    m_positionTimer.setInterval(50);
    connect(&m_positionTimer, &QTimer::timeout, this, &VoicePlayer::updatePosition);
}

VoicePlayer::~VoicePlayer()
{
    release();
}

void VoicePlayer::play(const VoiceClip &clip)
{
    stop();
    if (clip.isEmpty()) {
        failLater(QCoreApplication::translate("Voice", "This voice message is empty."));
        return;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        failLater(QCoreApplication::translate("Voice", "No speaker was found, so the message cannot be played here."));
        return;
    }
    QString damage;
    const std::vector<qint16> pcm = VoiceDecoder::decode(clip, &damage);
    if (!damage.isEmpty())
        qWarning() << "voice: playing with concealment:" << damage;
    QAudioFormat format = PcmConverter::voiceFormat();
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    m_pcm = toOutputFormat(pcm, format);
    if (m_pcm.isEmpty()) {
        failLater(QCoreApplication::translate("Voice", "The speaker cannot play this kind of sound."));
        return;
    }
    m_buffer.setBuffer(&m_pcm);
    m_buffer.open(QIODevice::ReadOnly);
    m_durationMs = qint64(pcm.size()) * 1000 / VoiceClip::kSampleRate;
    m_positionMs = 0;
    emit durationMsChanged();
    emit positionMsChanged();

    m_sink = new QAudioSink(device, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, &VoicePlayer::onStateChanged);
    m_starting = true; // what start() reports is checked right below
    m_sink->start(&m_buffer);
    m_starting = false;
    if (m_sink->error() != QAudio::NoError) {
        qWarning() << "voice: the speaker did not start, error" << m_sink->error();
        release();
        failLater(QCoreApplication::translate("Voice", "The speaker could not be opened."));
        return;
    }
    m_positionTimer.start();
    emit playingChanged();
}

void VoicePlayer::stop()
{
    if (!m_sink)
        return;
    release();
    emit playingChanged();
}

void VoicePlayer::onStateChanged(QAudio::State state)
{
    if (!m_sink || m_starting)
        return;
    const QAudio::Error error = m_sink->error();
    if (state == QAudio::IdleState && m_buffer.atEnd()) {
        m_positionMs = m_durationMs;
        emit positionMsChanged();
        stop();
        emit finished();
    } else if (error != QAudio::NoError && error != QAudio::UnderrunError) {
        qWarning() << "voice: speaker error" << error;
        stop();
        emit failed(QCoreApplication::translate("Voice", "The speaker stopped working."));
    }
}

void VoicePlayer::updatePosition()
{
    if (!m_sink)
        return;
    const qint64 position = std::min(m_durationMs, m_sink->processedUSecs() / 1000);
    if (position != m_positionMs) {
        m_positionMs = position;
        emit positionMsChanged();
    }
}

void VoicePlayer::failLater(const QString &reason)
{
    QMetaObject::invokeMethod(
        this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
}

void VoicePlayer::release()
{
    m_positionTimer.stop();
    if (m_sink) {
        QAudioSink *sink = m_sink;
        m_sink = nullptr;
        sink->disconnect(this);
        sink->stop();
        sink->deleteLater(); // this may run inside the sink's own signal
    }
    m_buffer.close();
    // The decoded message is wiped rather than left in freed memory.
    if (!m_pcm.isEmpty())
        std::memset(m_pcm.data(), 0, size_t(m_pcm.size()));
    m_pcm.clear();
}

QByteArray VoicePlayer::toOutputFormat(const std::vector<qint16> &pcm, const QAudioFormat &format)
{
    const int rate = format.sampleRate();
    const int channels = format.channelCount();
    const QAudioFormat::SampleFormat type = format.sampleFormat();
    if (rate <= 0 || channels <= 0 || type == QAudioFormat::Unknown || pcm.empty())
        return {};
    if (rate == VoiceClip::kSampleRate && channels == 1 && type == QAudioFormat::Int16)
        return QByteArray(reinterpret_cast<const char *>(pcm.data()), qsizetype(pcm.size() * sizeof(qint16)));

    const qint64 frames = qint64(pcm.size()) * rate / VoiceClip::kSampleRate;
    const int bytesPerSample = format.bytesPerSample();
    QByteArray out(qsizetype(frames) * channels * bytesPerSample, Qt::Uninitialized);
    char *to = out.data();
    for (qint64 m = 0; m < frames; ++m) {
        // Linear interpolation at input position m·16000/rate.
        const qint64 scaled = m * VoiceClip::kSampleRate;
        const size_t i = size_t(scaled / rate);
        const double fraction = double(scaled % rate) / rate;
        const double a = pcm[i];
        const double b = i + 1 < pcm.size() ? pcm[i + 1] : a;
        const double y = (a + (b - a) * fraction) / 32768.0;
        for (int c = 0; c < channels; ++c, to += bytesPerSample) {
            switch (type) {
            case QAudioFormat::UInt8: {
                const quint8 v = quint8(std::clamp(std::lround(y * 127.0 + 128.0), 0L, 255L));
                std::memcpy(to, &v, sizeof v);
                break;
            }
            case QAudioFormat::Int16: {
                const qint16 v = qint16(std::clamp(std::lround(y * 32768.0), -32768L, 32767L));
                std::memcpy(to, &v, sizeof v);
                break;
            }
            case QAudioFormat::Int32: {
                const qint32 v = qint32(std::clamp(std::llround(y * 2147483648.0), -2147483648LL, 2147483647LL));
                std::memcpy(to, &v, sizeof v);
                break;
            }
            case QAudioFormat::Float: {
                const float v = float(y);
                std::memcpy(to, &v, sizeof v);
                break;
            }
            default:
                return {};
            }
        }
    }
    return out;
}

} // namespace qq
