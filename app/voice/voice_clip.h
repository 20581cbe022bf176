#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace qq {

// A recorded voice message: 16 kHz mono Opus, one packet per 20 ms frame.
// Lives in memory only; serialize() gives the bytes the caller seals.
//
// Container (all integers little-endian):
//   "QQV1" | u32 sample rate (16000) | u32 frame count | frame count × (u16 length | packet)
class VoiceClip {
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kFrameMs = 20;
    static constexpr int kFrameSamples = kSampleRate * kFrameMs / 1000; // 320
    static constexpr int kMaxSeconds = 180;
    // The encoder stops at exactly kMaxSeconds; the margin leaves room for
    // frames another version may add at the end (flush, padding).
    static constexpr int kMaxFrames = (kMaxSeconds + 2) * 1000 / kFrameMs;
    static constexpr int kMaxPacketBytes = 1275; // Opus' own limit for one frame
    static constexpr qsizetype kHeaderBytes = 12;

    VoiceClip() = default;
    explicit VoiceClip(QList<QByteArray> packets) : m_packets(std::move(packets)) { }

    const QList<QByteArray> &packets() const { return m_packets; }
    qsizetype frameCount() const { return m_packets.size(); }
    bool isEmpty() const { return m_packets.isEmpty(); }
    qint64 durationMs() const { return qint64(m_packets.size()) * kFrameMs; }
    // Compressed audio bytes, without the container's framing.
    qsizetype payloadBytes() const;

    QByteArray serialize() const;
    // Checks everything before trusting it: the magic, the rate, the frame
    // count, every length, that each packet is a well-formed 20 ms Opus packet,
    // and that nothing follows the last one. On failure returns nullopt and,
    // when `error` is given, a plain English reason (for logs; no content).
    static std::optional<VoiceClip> parse(const QByteArray &bytes, QString *error = nullptr);

    friend bool operator==(const VoiceClip &, const VoiceClip &) = default;

private:
    QList<QByteArray> m_packets;
};

} // namespace qq
