#include "voice_clip.h"

#include <opus.h>

namespace qq {

namespace {

constexpr char kMagic[4] = {'Q', 'Q', 'V', '1'};

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void appendU32(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xff));
}

// Reads little-endian integers without ever stepping past the end.
class Reader {
public:
    explicit Reader(const QByteArray &bytes) : m_data(reinterpret_cast<const uchar *>(bytes.constData())), m_size(bytes.size()) { }

    qsizetype remaining() const { return m_size - m_pos; }

    bool readU16(quint16 *value)
    {
        if (remaining() < 2)
            return false;
        *value = quint16(m_data[m_pos] | (m_data[m_pos + 1] << 8));
        m_pos += 2;
        return true;
    }

    bool readU32(quint32 *value)
    {
        if (remaining() < 4)
            return false;
        *value = quint32(m_data[m_pos]) | quint32(m_data[m_pos + 1]) << 8 | quint32(m_data[m_pos + 2]) << 16
            | quint32(m_data[m_pos + 3]) << 24;
        m_pos += 4;
        return true;
    }

    bool readBytes(qsizetype count, QByteArray *out)
    {
        if (count < 0 || remaining() < count)
            return false;
        *out = QByteArray(reinterpret_cast<const char *>(m_data + m_pos), count);
        m_pos += count;
        return true;
    }

private:
    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

std::optional<VoiceClip> fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

qsizetype VoiceClip::payloadBytes() const
{
    qsizetype total = 0;
    for (const QByteArray &packet : m_packets)
        total += packet.size();
    return total;
}

QByteArray VoiceClip::serialize() const
{
    QByteArray out;
    out.reserve(kHeaderBytes + 2 * m_packets.size() + payloadBytes());
    out.append(kMagic, sizeof kMagic);
    appendU32(out, kSampleRate);
    appendU32(out, quint32(m_packets.size()));
    for (const QByteArray &packet : m_packets) {
        Q_ASSERT(packet.size() > 0 && packet.size() <= kMaxPacketBytes);
        appendU16(out, quint16(packet.size()));
        out.append(packet);
    }
    return out;
}

std::optional<VoiceClip> VoiceClip::parse(const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty())
        return fail(error, QStringLiteral("The voice message is empty."));
    // The largest a valid clip can be: every frame at Opus' maximum size.
    constexpr qsizetype kMaxBytes = kHeaderBytes + qsizetype(kMaxFrames) * (2 + kMaxPacketBytes);
    if (bytes.size() > kMaxBytes)
        return fail(error, QStringLiteral("The voice message is larger than a %1-second message can be.").arg(kMaxSeconds));
    if (bytes.size() < kHeaderBytes) {
        if (!bytes.startsWith(QByteArray::fromRawData(kMagic, qMin<qsizetype>(sizeof kMagic, bytes.size()))))
            return fail(error, QStringLiteral("This is not a voice message (wrong magic)."));
        return fail(error, QStringLiteral("The voice message is cut short inside its header."));
    }
    if (!bytes.startsWith(QByteArray::fromRawData(kMagic, sizeof kMagic)))
        return fail(error, QStringLiteral("This is not a voice message (wrong magic)."));

    Reader reader(bytes);
    quint32 magic = 0, sampleRate = 0, frameCount = 0;
    reader.readU32(&magic);
    reader.readU32(&sampleRate);
    reader.readU32(&frameCount);
    if (sampleRate != quint32(kSampleRate))
        return fail(error, QStringLiteral("The voice message has an unsupported sample rate (%1 Hz).").arg(sampleRate));
    if (frameCount > quint32(kMaxFrames))
        return fail(error,
                    QStringLiteral("The voice message claims %1 frames, more than a %2-second message holds.")
                        .arg(frameCount)
                        .arg(kMaxSeconds));
    // Each frame takes at least 3 bytes (length + one byte of packet): a count
    // the data cannot hold is refused before anything is allocated for it.
    if (qsizetype(frameCount) * 3 > reader.remaining())
        return fail(error,
                    QStringLiteral("The voice message is cut short: it claims %1 frames but holds only %2 bytes.")
                        .arg(frameCount)
                        .arg(reader.remaining()));

    QList<QByteArray> packets;
    packets.reserve(frameCount);
    for (quint32 i = 0; i < frameCount; ++i) {
        quint16 length = 0;
        if (!reader.readU16(&length))
            return fail(error, QStringLiteral("The voice message is cut short at frame %1.").arg(i));
        if (length == 0 || length > kMaxPacketBytes)
            return fail(error, QStringLiteral("Frame %1 of the voice message has an impossible length (%2 bytes).").arg(i).arg(length));
        QByteArray packet;
        if (!reader.readBytes(length, &packet))
            return fail(error, QStringLiteral("The voice message is cut short inside frame %1.").arg(i));
        // Checks the packet's table of contents: damage there would change
        // the frame's duration or make it undecodable.
        const auto *data = reinterpret_cast<const unsigned char *>(packet.constData());
        const int samples = opus_packet_get_nb_samples(data, length, kSampleRate);
        unsigned char toc = 0;
        const unsigned char *frames[48];
        opus_int16 frameSizes[48];
        const int parsedFrames = opus_packet_parse(data, length, &toc, frames, frameSizes, nullptr);
        if (samples != kFrameSamples || parsedFrames < 1)
            return fail(error, QStringLiteral("Frame %1 of the voice message is not a valid 20 ms Opus packet.").arg(i));
        packets.append(std::move(packet));
    }
    if (reader.remaining() != 0)
        return fail(error, QStringLiteral("The voice message has %1 unexpected bytes after its last frame.").arg(reader.remaining()));
    return VoiceClip(std::move(packets));
}

} // namespace qq
