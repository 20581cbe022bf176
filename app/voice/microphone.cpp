#include "microphone.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QCoreApplication>
#include <QDebug>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace qq {

namespace {

constexpr int kVoiceRate = 16000;

qint16 toInt16(double value)
{
    return qint16(std::clamp(std::lround(value), -32768L, 32767L));
}

Microphone::Problem problemFor(QAudio::Error error)
{
    // OpenError: the device exists but would not open (refused, or in use).
    return error == QAudio::OpenError ? Microphone::Denied : Microphone::DeviceError;
}

} // namespace

QString Microphone::problemText(Problem problem)
{
    switch (problem) {
    case NoDevice:
        return QCoreApplication::translate("Voice", "No microphone was found. Please ask a teacher to plug one in.");
    case Denied:
        return QCoreApplication::translate("Voice",
                                           "The microphone could not be opened: it may be in use or not allowed.");
    case DeviceError:
        break;
    }
    return QCoreApplication::translate("Voice", "The microphone stopped working. Please ask a teacher.");
}

void Microphone::failLater(Problem problem)
{
    QMetaObject::invokeMethod(
        this, [this, problem] { emit failed(problem); }, Qt::QueuedConnection);
}

// --- PcmConverter ------------------------------------------------------------

PcmConverter::PcmConverter() : PcmConverter(voiceFormat()) { }

PcmConverter::PcmConverter(const QAudioFormat &input) : m_input(input)
{
    if (canConvert(input) && input.sampleRate() > kVoiceRate)
        m_boxWidth = std::max(1, int(std::lround(double(input.sampleRate()) / kVoiceRate)));
    reset();
}

QAudioFormat PcmConverter::voiceFormat()
{
    QAudioFormat format;
    format.setSampleRate(kVoiceRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

bool PcmConverter::canConvert(const QAudioFormat &input)
{
    return input.isValid() && input.channelCount() >= 1 && input.sampleRate() >= 8000
        && input.sampleRate() <= 384000 && input.sampleFormat() != QAudioFormat::Unknown;
}

void PcmConverter::reset()
{
    m_carry.clear();
    m_box.assign(size_t(m_boxWidth), 0.0f);
    m_boxNext = 0;
    m_boxSum = 0.0;
    m_previous = 0.0f;
    m_inputIndex = 0;
    m_outputIndex = 0;
}

float PcmConverter::monoSample(const char *frame) const
{
    const int channels = m_input.channelCount();
    const int bytes = m_input.bytesPerSample();
    float sum = 0.0f;
    for (int c = 0; c < channels; ++c)
        sum += m_input.normalizedSampleValue(frame + c * bytes);
    return sum / float(channels);
}

QByteArray PcmConverter::convert(const QByteArray &bytes)
{
    if (!canConvert(m_input))
        return {};
    const int frameBytes = m_input.bytesPerFrame();
    QByteArray data = m_carry.isEmpty() ? bytes : m_carry + bytes;
    const qsizetype frames = data.size() / frameBytes;
    m_carry = data.sliced(frames * frameBytes);
    const char *in = data.constData();

    QByteArray out;
    if (m_input.sampleRate() == kVoiceRate && m_input.channelCount() == 1
        && m_input.sampleFormat() == QAudioFormat::Int16) {
        out = data.first(frames * frameBytes);
        m_inputIndex += frames;
        m_outputIndex += frames;
        return out;
    }

    const qint64 rate = m_input.sampleRate();
    out.reserve(qsizetype(double(frames) * kVoiceRate / double(rate) + 2) * 2);
    for (qsizetype i = 0; i < frames; ++i) {
        // Box filter over about one output period: a cheap guard against aliasing.
        const float x = monoSample(in + i * frameBytes);
        m_boxSum += x - m_box[size_t(m_boxNext)];
        m_box[size_t(m_boxNext)] = x;
        m_boxNext = (m_boxNext + 1) % m_boxWidth;
        const float filtered = float(m_boxSum / m_boxWidth);
        // Output sample k sits at input position k·rate/16000 (exact integers);
        // emit every one that falls between the previous input sample and this one.
        while (m_outputIndex * rate <= m_inputIndex * kVoiceRate) {
            const qint64 numerator = m_outputIndex * rate - (m_inputIndex - 1) * kVoiceRate; // in (0, 16000]
            const double fraction = double(numerator) / kVoiceRate;
            const double y = m_previous + (filtered - m_previous) * fraction;
            const qint16 sample = toInt16(y * 32767.0);
            out.append(reinterpret_cast<const char *>(&sample), sizeof sample);
            ++m_outputIndex;
        }
        m_previous = filtered;
        ++m_inputIndex;
    }
    return out;
}

// --- QtMicrophone --------------------------------------------------------------

QtMicrophone::QtMicrophone(QObject *parent) : Microphone(parent)
{
    m_noDataTimer.setSingleShot(true);
    m_noDataTimer.setInterval(kNoDataTimeoutMs);
    connect(&m_noDataTimer, &QTimer::timeout, this, [this] {
        qWarning() << "voice: the microphone delivered nothing for" << kNoDataTimeoutMs << "ms";
        failNow(DeviceError);
    });
}

QtMicrophone::~QtMicrophone()
{
    teardown();
}

void QtMicrophone::start()
{
    if (m_source)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        failLater(NoDevice);
        return;
    }
    QAudioFormat format = PcmConverter::voiceFormat();
    if (!device.isFormatSupported(format)) {
        format = device.preferredFormat();
        if (!PcmConverter::canConvert(format)) {
            qWarning() << "voice: the microphone offers no usable format";
            failLater(DeviceError);
            return;
        }
    }
    m_converter = PcmConverter(format);
    m_announced = false;
    m_source = new QAudioSource(device, format, this);
    // About 100 ms of buffer: the VU meter stays lively, and nothing is lost
    // when the GUI thread is briefly busy.
    m_source->setBufferSize(format.bytesForDuration(100'000) * 2);
    connect(m_source, &QAudioSource::stateChanged, this, &QtMicrophone::onStateChanged);
    m_starting = true; // what start() reports is checked right below
    m_io = m_source->start();
    m_starting = false;
    if (!m_io || m_source->error() != QAudio::NoError) {
        const QAudio::Error error = m_source->error();
        const Problem problem = error != QAudio::NoError ? problemFor(error) : DeviceError;
        qWarning() << "voice: the microphone did not start, error" << error;
        teardown();
        failLater(problem);
        return;
    }
    connect(m_io, &QIODevice::readyRead, this, &QtMicrophone::onReadyRead);
    m_noDataTimer.start();
}

void QtMicrophone::stop()
{
    if (!m_source)
        return;
    onReadyRead(); // what is already captured belongs to the message
    teardown();
    emit stopped();
}

void QtMicrophone::onReadyRead()
{
    if (!m_io)
        return;
    const QByteArray bytes = m_io->readAll();
    if (bytes.isEmpty())
        return;
    const QByteArray samples = m_converter.convert(bytes);
    if (samples.isEmpty())
        return;
    m_noDataTimer.stop();
    if (!m_announced) {
        m_announced = true;
        emit started();
    }
    emit pcm(samples);
}

void QtMicrophone::onStateChanged(QAudio::State state)
{
    if (!m_source || m_starting)
        return;
    const QAudio::Error error = m_source->error();
    if (error != QAudio::NoError && error != QAudio::UnderrunError) {
        qWarning() << "voice: microphone error" << error << "in state" << state;
        failNow(problemFor(error));
    } else if (state == QAudio::StoppedState) {
        // teardown() disconnects before stopping, so this stop was not ours.
        qWarning() << "voice: the microphone stopped by itself";
        failNow(DeviceError);
    }
}

void QtMicrophone::failNow(Problem problem)
{
    if (!m_source)
        return;
    teardown();
    emit failed(problem);
}

void QtMicrophone::teardown()
{
    m_noDataTimer.stop();
    if (!m_source)
        return;
    QAudioSource *source = m_source;
    m_source = nullptr;
    m_io = nullptr; // owned by the source
    source->disconnect(this);
    source->stop();
    // Later: this may run inside one of the source's own signals.
    source->deleteLater();
    m_converter.reset();
}

// --- SyntheticMicrophone -------------------------------------------------------

SyntheticMicrophone::SyntheticMicrophone(QObject *parent) : Microphone(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { emitChunk(qsizetype(m_chunkMs) * kVoiceRate / 1000); });
}

void SyntheticMicrophone::setChunkMs(int ms)
{
    m_chunkMs = std::clamp(ms, 20, 100);
    m_timer.setInterval(m_chunkMs);
}

void SyntheticMicrophone::start()
{
    if (m_active)
        return;
    if (m_failOnStart) {
        failLater(*m_failOnStart);
        return;
    }
    m_active = true;
    emit started();
    if (m_timerDriven)
        m_timer.start(m_chunkMs);
}

void SyntheticMicrophone::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_timer.stop();
    emit stopped();
}

void SyntheticMicrophone::failNow(Problem problem)
{
    m_active = false;
    m_timer.stop();
    emit failed(problem);
}

qint64 SyntheticMicrophone::emitSeconds(double seconds)
{
    const qint64 wanted = std::llround(std::max(0.0, seconds) * kVoiceRate);
    const qsizetype chunk = qsizetype(m_chunkMs) * kVoiceRate / 1000;
    qint64 sent = 0;
    while (m_active && sent < wanted) {
        const qsizetype count = qsizetype(std::min<qint64>(chunk, wanted - sent));
        emitChunk(count);
        sent += count;
    }
    return sent;
}

void SyntheticMicrophone::emitChunk(qsizetype samples)
{
    if (!m_active || samples <= 0)
        return;
    const std::vector<qint16> signal = voiceLike(m_position, samples);
    m_position += samples;
    emit pcm(QByteArray(reinterpret_cast<const char *>(signal.data()), qsizetype(signal.size() * sizeof(qint16))));
}

std::vector<qint16> SyntheticMicrophone::voiceLike(qint64 first, qsizetype count)
{
    using std::numbers::pi;
    struct Formant {
        double hz, bandwidth, gain;
    };
    constexpr int kHarmonics = 14;
    std::vector<qint16> out(size_t(std::max<qsizetype>(0, count)));
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 n = first + i;
        const double t = double(n) / kVoiceRate;
        // A child's pitch, gliding ±25 Hz; phase is the integral of the frequency.
        const double phase = 2 * pi * (260.0 * t - 25.0 / (2 * pi * 0.9) * std::cos(2 * pi * 0.9 * t));
        const double f0 = 260.0 + 25.0 * std::sin(2 * pi * 0.9 * t);
        const Formant formants[] = {{850.0 + 250.0 * std::sin(2 * pi * 0.37 * t), 120.0, 1.0},
                                    {1900.0 + 300.0 * std::sin(2 * pi * 0.23 * t), 180.0, 0.5},
                                    {3300.0, 260.0, 0.25}};
        double value = 0.0;
        for (int k = 1; k <= kHarmonics; ++k) {
            const double hz = k * f0;
            if (hz >= 7000.0)
                break;
            double gain = 0.25 / k; // the source's own tilt keeps the fundamental
            for (const Formant &f : formants) {
                const double d = (hz - f.hz) / f.bandwidth;
                gain += f.gain / (1.0 + d * d);
            }
            value += gain * std::sin(k * phase);
        }
        // Four syllables a second; 2.6 s phrases with 0.6 s pauses, faded in and out.
        const double syllable = std::pow(std::sin(pi * 4.0 * t), 2);
        const double inPhrase = std::fmod(t, 3.2);
        const double fade = std::clamp(std::min(inPhrase, 2.6 - inPhrase) / 0.05, 0.0, 1.0);
        // Faint breath noise from a hash of the sample index (same for any chunking).
        quint64 h = quint64(n) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
        const double noise = (double(h >> 11) / double(1ull << 53) - 0.5) * 0.004;
        out[size_t(i)] = toInt16((0.18 * value * syllable * fade + noise) * 32767.0);
    }
    return out;
}

} // namespace qq
