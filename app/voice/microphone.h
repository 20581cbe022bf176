#pragma once

#include <QAudio>
#include <QAudioFormat>
#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>
#include <vector>

class QAudioSource;
class QIODevice;

namespace qq {

// Where voice PCM comes from: 16 kHz mono Int16 (native byte order), in
// chunks. The one seam for missing hardware: QtMicrophone on the kiosk,
// SyntheticMicrophone in tests and the screenshot tour. Audio stays in memory.
class Microphone : public QObject {
    Q_OBJECT

public:
    enum Problem { NoDevice, Denied, DeviceError };
    Q_ENUM(Problem)

    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

    // Plain words for a teacher or a child's screen (translated, context "Voice").
    static QString problemText(Problem problem);

signals:
    void started();
    void stopped();
    void pcm(const QByteArray &int16Samples);
    void failed(qq::Microphone::Problem problem);

protected:
    // Deferred so a caller's start() returns before it hears of the failure.
    void failLater(Problem problem);
};

// Turns what a sound card delivers (any rate, channel count, sample format)
// into 16 kHz mono Int16. Streaming: chunks may split frames anywhere. The
// resampler is simple on purpose (box filter + linear interpolation): speech
// only, and Opus keeps no more than 8 kHz of it anyway.
class PcmConverter {
public:
    PcmConverter(); // 16 kHz mono Int16 in: passes through
    explicit PcmConverter(const QAudioFormat &input);

    static QAudioFormat voiceFormat(); // 16 kHz, mono, Int16
    static bool canConvert(const QAudioFormat &input);
    const QAudioFormat &inputFormat() const { return m_input; }

    QByteArray convert(const QByteArray &bytes);
    void reset();

private:
    float monoSample(const char *frame) const;

    QAudioFormat m_input;
    QByteArray m_carry; // bytes of a frame the last chunk cut in two
    int m_boxWidth = 1;
    std::vector<float> m_box; // the last m_boxWidth samples (ring)
    qsizetype m_boxNext = 0;
    double m_boxSum = 0.0;
    float m_previous = 0.0f; // last filtered input sample
    qint64 m_inputIndex = 0; // input samples seen
    qint64 m_outputIndex = 0; // output samples made
};

// The default microphone through QtMultimedia (push mode: the audio source's
// own in-memory QIODevice; nothing is written to a file). Converts from the
// device's preferred format when it cannot do 16 kHz mono Int16 itself.
// Without a device, or when it fails or stays silent, emits failed().
class QtMicrophone : public Microphone {
    Q_OBJECT

public:
    // A device that opens but never delivers counts as broken after this long.
    static constexpr int kNoDataTimeoutMs = 3000;

    explicit QtMicrophone(QObject *parent = nullptr);
    ~QtMicrophone() override;
    void start() override;
    void stop() override;
    bool isActive() const override { return m_source != nullptr; }

private:
    void onReadyRead();
    void onStateChanged(QAudio::State state);
    void failNow(Problem problem);
    void teardown();

    QAudioSource *m_source = nullptr;
    QIODevice *m_io = nullptr;
    PcmConverter m_converter;
    QTimer m_noDataTimer;
    bool m_announced = false;
    bool m_starting = false;
};

// A voice-like test signal (a child's pitch with harmonics shaped by three
// formants, syllables and pauses): every 20–100 ms of real time from a timer,
// or all at once through emitSeconds(). Can be told to fail.
class SyntheticMicrophone : public Microphone {
    Q_OBJECT

public:
    explicit SyntheticMicrophone(QObject *parent = nullptr);

    void setChunkMs(int ms); // kept within 20..100
    int chunkMs() const { return m_chunkMs; }
    // On by default; off, start() only opens and the test calls emitSeconds().
    void setTimerDriven(bool timerDriven) { m_timerDriven = timerDriven; }
    // Every following start() fails with `problem` (nullopt: works again).
    void failOnStart(std::optional<Problem> problem) { m_failOnStart = problem; }
    // As if the device went away while recording.
    void failNow(Problem problem);

    void start() override;
    void stop() override;
    bool isActive() const override { return m_active; }

    // Emits `seconds` of signal now, in chunkMs() chunks; stops early when
    // stopped meanwhile (e.g. by a recorder at its limit). Returns samples sent.
    qint64 emitSeconds(double seconds);
    qint64 samplesEmitted() const { return m_position; }

    // The signal from sample `first` on; deterministic.
    static std::vector<qint16> voiceLike(qint64 first, qsizetype count);

private:
    void emitChunk(qsizetype samples);

    QTimer m_timer;
    int m_chunkMs = 40;
    bool m_timerDriven = true;
    bool m_active = false;
    std::optional<Problem> m_failOnStart;
    qint64 m_position = 0;
};

} // namespace qq
