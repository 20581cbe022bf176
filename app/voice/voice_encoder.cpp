#include "voice_encoder.h"

#include <QDebug>

#include <opus.h>

#include <algorithm>
#include <cmath>

namespace qq {

namespace {

// Bigger than any packet at 16 kbit/s; Opus' per-frame maximum.
constexpr int kPacketBufferBytes = VoiceClip::kMaxPacketBytes;
constexpr int kMaxFrames = int(VoiceEncoder::kMaxSamples / VoiceEncoder::kFrameSamples);

double rms(const qint16 *samples, qsizetype count)
{
    if (count <= 0)
        return 0.0;
    double sum = 0.0;
    for (qsizetype i = 0; i < count; ++i)
        sum += double(samples[i]) * double(samples[i]);
    return std::min(1.0, std::sqrt(sum / double(count)) / 32768.0);
}

} // namespace

VoiceEncoder::VoiceEncoder()
{
    int status = OPUS_OK;
    m_encoder = opus_encoder_create(kSampleRate, 1, OPUS_APPLICATION_VOIP, &status);
    if (status != OPUS_OK || !m_encoder) {
        qWarning() << "voice: opus_encoder_create failed" << status;
        m_encoder = nullptr;
        return;
    }
    opus_encoder_ctl(m_encoder, OPUS_SET_BITRATE(kBitrate));
    opus_encoder_ctl(m_encoder, OPUS_SET_VBR(1));
    opus_encoder_ctl(m_encoder, OPUS_SET_COMPLEXITY(kComplexity));
    opus_encoder_ctl(m_encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    opus_encoder_ctl(m_encoder, OPUS_SET_BANDWIDTH(OPUS_BANDWIDTH_WIDEBAND));
    opus_encoder_ctl(m_encoder, OPUS_GET_LOOKAHEAD(&m_lookahead));
    m_partial.reserve(kFrameSamples);
    m_packets.reserve(kMaxFrames);
}

VoiceEncoder::~VoiceEncoder()
{
    if (m_encoder)
        opus_encoder_destroy(m_encoder);
}

qsizetype VoiceEncoder::append(const qint16 *samples, qsizetype count)
{
    if (!samples || count <= 0)
        return 0;
    m_level = rms(samples, count);
    const qsizetype taken = qsizetype(std::min<qint64>(count, kMaxSamples - m_acceptedSamples));
    if (taken <= 0 || !m_encoder)
        return 0;
    m_acceptedSamples += taken;

    qsizetype used = 0;
    if (!m_partial.empty()) {
        const qsizetype fill = std::min<qsizetype>(taken, kFrameSamples - qsizetype(m_partial.size()));
        m_partial.insert(m_partial.end(), samples, samples + fill);
        used = fill;
        if (m_partial.size() == size_t(kFrameSamples)) {
            encodeFrame(m_partial.data());
            m_partial.clear();
        }
    }
    // Whole frames straight from the caller's buffer: no copy.
    for (; taken - used >= kFrameSamples; used += kFrameSamples)
        encodeFrame(samples + used);
    m_partial.insert(m_partial.end(), samples + used, samples + taken);
    return taken;
}

void VoiceEncoder::encodeFrame(const qint16 *frame)
{
    unsigned char packet[kPacketBufferBytes];
    const opus_int32 bytes = opus_encode(m_encoder, frame, kFrameSamples, packet, kPacketBufferBytes);
    if (bytes <= 0) {
        // Cannot happen with a valid encoder and frame size; keep timing with
        // silence rather than dropping the frame.
        qWarning() << "voice: opus_encode failed" << bytes;
        static const qint16 silence[kFrameSamples] = {};
        if (frame != silence)
            encodeFrame(silence);
        return;
    }
    m_packets.append(QByteArray(reinterpret_cast<const char *>(packet), bytes));
}

VoiceClip VoiceEncoder::finish()
{
    if (m_encoder) {
        const bool hadAudio = m_acceptedSamples > 0;
        if (!m_partial.empty()) {
            const qsizetype pending = qsizetype(m_partial.size());
            m_partial.resize(kFrameSamples, 0);
            encodeFrame(m_partial.data());
            // The look-ahead of the padding frame may not cover the last words.
            if (pending + m_lookahead > kFrameSamples && m_packets.size() < kMaxFrames) {
                std::fill(m_partial.begin(), m_partial.end(), 0);
                encodeFrame(m_partial.data());
            }
        } else if (hadAudio && m_lookahead > 0 && m_packets.size() < kMaxFrames) {
            m_partial.assign(kFrameSamples, 0);
            encodeFrame(m_partial.data());
        }
    }
    VoiceClip clip(std::move(m_packets));
    reset();
    return clip;
}

void VoiceEncoder::reset()
{
    if (m_encoder)
        opus_encoder_ctl(m_encoder, OPUS_RESET_STATE);
    m_partial.clear();
    m_packets = {};
    m_packets.reserve(kMaxFrames);
    m_acceptedSamples = 0;
    m_level = 0.0;
}

int VoiceEncoder::lookaheadSamples()
{
    // Asked of libopus once rather than written down: 104 samples (6.5 ms) in 1.3.
    static const int lookahead = [] {
        VoiceEncoder encoder;
        return encoder.m_lookahead;
    }();
    return lookahead;
}

std::vector<qint16> VoiceDecoder::decode(const VoiceClip &clip, QString *error)
{
    std::vector<qint16> pcm;
    if (clip.isEmpty())
        return pcm;
    int status = OPUS_OK;
    OpusDecoder *decoder = opus_decoder_create(VoiceClip::kSampleRate, 1, &status);
    if (status != OPUS_OK || !decoder) {
        if (error)
            *error = QStringLiteral("The voice decoder could not be created (libopus error %1).").arg(status);
        return pcm;
    }
    const int lookahead = VoiceEncoder::lookaheadSamples();
    pcm.resize(size_t(clip.frameCount()) * VoiceClip::kFrameSamples);
    qint16 *out = pcm.data();
    int damaged = 0;
    for (const QByteArray &packet : clip.packets()) {
        int samples = opus_decode(decoder, reinterpret_cast<const unsigned char *>(packet.constData()),
                                  opus_int32(packet.size()), out, VoiceClip::kFrameSamples, 0);
        if (samples != VoiceClip::kFrameSamples) {
            ++damaged;
            samples = opus_decode(decoder, nullptr, 0, out, VoiceClip::kFrameSamples, 0);
            if (samples != VoiceClip::kFrameSamples)
                std::fill(out, out + VoiceClip::kFrameSamples, qint16(0));
        }
        out += VoiceClip::kFrameSamples;
    }
    opus_decoder_destroy(decoder);
    if (damaged && error)
        *error = QStringLiteral("%1 of %2 frames could not be decoded and were concealed.").arg(damaged).arg(clip.frameCount());
    pcm.erase(pcm.begin(), pcm.begin() + std::min<qsizetype>(lookahead, qsizetype(pcm.size())));
    return pcm;
}

} // namespace qq
