#pragma once

#include "voice_clip.h"

#include <QString>

#include <vector>

struct OpusEncoder;

namespace qq {

// Streaming Opus encoder for voice messages: feed 16 kHz mono PCM in chunks
// of any size while recording; finish() hands back the clip at once because
// every complete 20 ms frame was already compressed when it arrived.
class VoiceEncoder {
public:
    static constexpr int kMaxSeconds = VoiceClip::kMaxSeconds; // 180
    static constexpr int kSampleRate = VoiceClip::kSampleRate; // 16000
    static constexpr int kFrameSamples = VoiceClip::kFrameSamples; // 320 = 20 ms
    static constexpr qint64 kMaxSamples = qint64(kMaxSeconds) * kSampleRate;
    static constexpr int kBitrate = 16000; // bits per second (VBR): clear speech, at most ~360 KB for 3 minutes
    // 0..10. Speech at 16 kHz costs little at any setting; 5 keeps it a few
    // percent of a small core while sounding close to 10.
    static constexpr int kComplexity = 5;

    VoiceEncoder();
    ~VoiceEncoder();
    VoiceEncoder(const VoiceEncoder &) = delete;
    VoiceEncoder &operator=(const VoiceEncoder &) = delete;

    // False only if libopus refused to create an encoder (then append() drops everything).
    bool isValid() const { return m_encoder != nullptr; }

    // Takes up to the 3-minute limit; returns how many samples were taken.
    qsizetype append(const qint16 *samples, qsizetype count);
    bool isFull() const { return m_acceptedSamples >= kMaxSamples; }
    qint64 acceptedSamples() const { return m_acceptedSamples; }
    qint64 durationMs() const { return m_acceptedSamples * 1000 / kSampleRate; }
    // RMS of the last chunk given to append(), 0..1 (full scale), for a VU meter.
    double level() const { return m_level; }

    // Pads the last frame with silence (and, below the limit, encodes enough
    // silence to flush the codec's look-ahead so the last words are kept),
    // returns the clip and starts over empty.
    VoiceClip finish();
    void reset();

    // The codec's delay: decoded audio starts this many samples late.
    static int lookaheadSamples();

private:
    void encodeFrame(const qint16 *frame);

    OpusEncoder *m_encoder = nullptr;
    int m_lookahead = 0;
    std::vector<qint16> m_partial; // < one frame, waiting for the rest
    QList<QByteArray> m_packets;
    qint64 m_acceptedSamples = 0;
    double m_level = 0.0;
};

// Decodes a clip into 16 kHz mono PCM, aligned with what was recorded (the
// codec's look-ahead is dropped at the start). A packet libopus cannot decode
// becomes concealment of the same length, so timing never shifts.
class VoiceDecoder {
public:
    static std::vector<qint16> decode(const VoiceClip &clip, QString *error = nullptr);
};

} // namespace qq
