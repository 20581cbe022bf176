// Voice messages: Opus round trips, the container against damaged data, the
// recorder over SyntheticMicrophone, and the real audio devices failing
// politely (or working) on whatever machine runs the tests.
#include "microphone.h"
#include "voice_clip.h"
#include "voice_encoder.h"
#include "voice_player.h"
#include "voice_recorder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <numbers>

using namespace qq;

namespace {

constexpr int kRate = VoiceClip::kSampleRate;

std::vector<qint16> tones(double seconds, std::initializer_list<std::pair<double, double>> hzAndAmplitude)
{
    std::vector<qint16> out(size_t(seconds * kRate));
    for (size_t n = 0; n < out.size(); ++n) {
        double value = 0.0;
        for (const auto &[hz, amplitude] : hzAndAmplitude)
            value += amplitude * std::sin(2 * std::numbers::pi * hz * double(n) / kRate);
        out[n] = qint16(std::lround(value * 32767.0));
    }
    return out;
}

// Power of one frequency (Goertzel), normalised by length.
double power(const std::vector<qint16> &samples, double hz, int rate = kRate, size_t from = 0)
{
    const double coefficient = 2 * std::cos(2 * std::numbers::pi * hz / rate);
    double s1 = 0, s2 = 0;
    for (size_t n = from; n < samples.size(); ++n) {
        const double s0 = samples[n] / 32768.0 + coefficient * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double length = double(samples.size() - from);
    return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / (length * length);
}

VoiceClip encode(const std::vector<qint16> &pcm, qsizetype chunk)
{
    VoiceEncoder encoder;
    for (qsizetype at = 0; at < qsizetype(pcm.size()); at += chunk)
        encoder.append(pcm.data() + at, std::min<qsizetype>(chunk, qsizetype(pcm.size()) - at));
    return encoder.finish();
}

std::vector<qint16> toSamples(const QByteArray &bytes)
{
    std::vector<qint16> out(size_t(bytes.size()) / sizeof(qint16));
    std::memcpy(out.data(), bytes.constData(), out.size() * sizeof(qint16));
    return out;
}

void putU32(QByteArray &bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

// The parser must refuse `bytes` with a reason.
void expectRefused(const QByteArray &bytes, const char *what)
{
    QString error;
    EXPECT_FALSE(VoiceClip::parse(bytes, &error).has_value()) << what;
    EXPECT_FALSE(error.isEmpty()) << what;
}

} // namespace

// --- codec --------------------------------------------------------------------

TEST(VoiceCodec, RoundTripKeepsTheTonesAndTheDuration)
{
    const std::vector<qint16> input = tones(2.0, {{440.0, 0.4}, {1000.0, 0.2}});
    const VoiceClip clip = encode(input, 320);
    EXPECT_LE(std::abs(clip.durationMs() - 2000), VoiceClip::kFrameMs);

    QString error;
    const std::optional<VoiceClip> parsed = VoiceClip::parse(clip.serialize(), &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    EXPECT_EQ(*parsed, clip);

    const std::vector<qint16> output = VoiceDecoder::decode(*parsed, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_LE(std::abs(qsizetype(output.size()) - qsizetype(input.size())), VoiceClip::kFrameSamples);

    // Skip the first 100 ms where the codec settles.
    const size_t from = kRate / 10;
    const double at440 = power(output, 440.0, kRate, from);
    const double at1k = power(output, 1000.0, kRate, from);
    const double at3k = power(output, 3000.0, kRate, from);
    EXPECT_GT(at440, 1000.0 * at3k);
    EXPECT_GT(at1k, 100.0 * at3k);
    EXPECT_GT(at440, at1k); // 0.4 against 0.2 of amplitude
    // The input's 440 Hz power, within a factor of two (Opus keeps loudness).
    const double input440 = power(input, 440.0, kRate, from);
    EXPECT_GT(at440, 0.5 * input440);
    EXPECT_LT(at440, 2.0 * input440);
}

TEST(VoiceCodec, DecodedAudioIsTimeAligned)
{
    // A click train: the decoder drops the codec's look-ahead, so the output's
    // best match with the input is at lag 0 (within a couple of samples).
    std::vector<qint16> input = SyntheticMicrophone::voiceLike(0, kRate);
    const std::vector<qint16> output = VoiceDecoder::decode(encode(input, 320));
    ASSERT_GE(output.size(), input.size());
    int bestLag = 1000;
    double best = -1e300;
    for (int lag = -200; lag <= 200; ++lag) {
        double sum = 0;
        for (size_t n = 400; n + 400 < input.size(); ++n)
            sum += double(input[n]) * double(output[size_t(qsizetype(n) + lag)]);
        if (sum > best) {
            best = sum;
            bestLag = lag;
        }
    }
    EXPECT_LE(std::abs(bestLag), 2);
}

TEST(VoiceCodec, ChunkSizesGiveIdenticalPackets)
{
    const std::vector<qint16> input = SyntheticMicrophone::voiceLike(0, 3 * kRate + 123);
    const VoiceClip reference = encode(input, 320);
    EXPECT_EQ(reference.frameCount(), 3 * 50 + 1); // the partial frame, padded
    for (qsizetype chunk : {1, 7, 4096}) {
        const VoiceClip clip = encode(input, chunk);
        EXPECT_EQ(clip, reference) << "chunk " << chunk;
    }
}

TEST(VoiceCodec, StopsAtThreeMinutes)
{
    VoiceEncoder encoder;
    const std::vector<qint16> second = SyntheticMicrophone::voiceLike(0, kRate);
    qint64 taken = 0;
    for (int s = 0; s < 200; ++s) {
        for (qsizetype at = 0; at < kRate; at += 320)
            taken += encoder.append(second.data() + at, 320);
        EXPECT_EQ(encoder.isFull(), s + 1 >= VoiceEncoder::kMaxSeconds) << s;
    }
    EXPECT_EQ(taken, VoiceEncoder::kMaxSamples);
    EXPECT_EQ(encoder.durationMs(), 180'000);
    EXPECT_EQ(encoder.append(second.data(), 10), 0);
    const VoiceClip clip = encoder.finish();
    EXPECT_EQ(clip.durationMs(), 180'000);
    EXPECT_EQ(clip.frameCount(), 9000);
    EXPECT_FALSE(encoder.isFull()); // finish() starts over

    const QByteArray bytes = clip.serialize();
    QString error;
    ASSERT_TRUE(VoiceClip::parse(bytes, &error)) << error.toStdString();
    // ~16 kbit/s: about 360 KB for three minutes, far below the parser's cap.
    EXPECT_LT(bytes.size(), 450 * 1024);
    EXPECT_GT(bytes.size(), 150 * 1024);
}

TEST(VoiceCodec, LevelIsTheRmsOfTheLastChunk)
{
    VoiceEncoder encoder;
    const std::vector<qint16> silence(320, 0);
    encoder.append(silence.data(), 320);
    EXPECT_EQ(encoder.level(), 0.0);
    const std::vector<qint16> loud = tones(0.02, {{1000.0, 0.5}});
    encoder.append(loud.data(), qsizetype(loud.size()));
    EXPECT_NEAR(encoder.level(), 0.5 / std::sqrt(2.0), 0.01);
    const std::vector<qint16> full(100, -32768);
    encoder.append(full.data(), 100);
    EXPECT_NEAR(encoder.level(), 1.0, 1e-9);
}

TEST(VoiceCodec, EmptyClip)
{
    VoiceEncoder encoder;
    const VoiceClip clip = encoder.finish();
    EXPECT_TRUE(clip.isEmpty());
    EXPECT_EQ(clip.durationMs(), 0);
    const std::optional<VoiceClip> parsed = VoiceClip::parse(clip.serialize());
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(parsed->isEmpty());
    EXPECT_TRUE(VoiceDecoder::decode(clip).empty());
}

// --- the container against damaged data -----------------------------------------

TEST(VoiceClipParse, RefusesEmptyAndForeignData)
{
    expectRefused({}, "empty");
    expectRefused(QByteArrayLiteral("RIFF\x24\x00\x00\x00WAVEfmt "), "a WAV header");
    expectRefused(QByteArrayLiteral("QQV"), "three bytes of magic");
    expectRefused(QByteArrayLiteral("QQV2\x80\x3e\x00\x00\x00\x00\x00\x00"), "another version");
    QString error;
    VoiceClip::parse(QByteArrayLiteral("OggS"), &error);
    EXPECT_TRUE(error.contains(QStringLiteral("magic"))) << error.toStdString();
}

TEST(VoiceClipParse, RefusesEveryTruncation)
{
    const QByteArray bytes = encode(SyntheticMicrophone::voiceLike(0, kRate / 2), 320).serialize();
    ASSERT_TRUE(VoiceClip::parse(bytes));
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        // A detached copy, so reading past its end is a real out-of-bounds read
        // (visible to sanitizers and valgrind).
        const QByteArray cut(bytes.constData(), length);
        QString error;
        ASSERT_FALSE(VoiceClip::parse(cut, &error)) << "length " << length;
        ASSERT_FALSE(error.isEmpty()) << "length " << length;
    }
}

TEST(VoiceClipParse, RefusesLengthsAndCountsThatLie)
{
    const VoiceClip clip = encode(SyntheticMicrophone::voiceLike(0, kRate / 5), 320);
    const QByteArray good = clip.serialize();
    ASSERT_EQ(clip.frameCount(), 11);

    QByteArray pastTheEnd = good;
    pastTheEnd[12] = char(0xe8); // first packet: 1000 bytes
    pastTheEnd[13] = char(0x03);
    expectRefused(pastTheEnd, "a length pointing past the end");

    QByteArray lastPastTheEnd = good;
    const qsizetype lastLength = good.size() - 2 - clip.packets().last().size();
    lastPastTheEnd[lastLength] = char(lastPastTheEnd[lastLength] + 1);
    expectRefused(lastPastTheEnd, "the last length one too long");

    QByteArray zeroLength = good;
    zeroLength[12] = 0;
    zeroLength[13] = 0;
    expectRefused(zeroLength, "an empty packet");

    QByteArray tooBig = good;
    tooBig[12] = char(0xff);
    tooBig[13] = char(0xff);
    expectRefused(tooBig, "a packet longer than Opus allows");

    QByteArray absurdCount = good;
    putU32(absurdCount, 8, 0xffffffffu);
    expectRefused(absurdCount, "4 billion frames");
    QString error;
    VoiceClip::parse(absurdCount, &error);
    EXPECT_TRUE(error.contains(QStringLiteral("frames"))) << error.toStdString();

    QByteArray plausibleCount = good;
    putU32(plausibleCount, 8, 9000); // allowed, but the data cannot hold it
    expectRefused(plausibleCount, "more frames than the data holds");

    QByteArray fewerFrames = good;
    putU32(fewerFrames, 8, 10);
    expectRefused(fewerFrames, "a frame left over after the count");

    QByteArray rate = good;
    putU32(rate, 4, 48000);
    expectRefused(rate, "48 kHz");

    expectRefused(good + QByteArray(1, '\0'), "a trailing byte");
}

TEST(VoiceClipParse, RefusesTamperedPackets)
{
    const VoiceClip clip = encode(SyntheticMicrophone::voiceLike(0, kRate / 5), 320);
    QByteArray bytes = clip.serialize();
    // TOC byte of the first packet: configuration 11 is SILK wideband 60 ms,
    // not the 20 ms frames this format holds.
    bytes[14] = char((11 << 3) | (bytes[14] & 0x7));
    QString error;
    EXPECT_FALSE(VoiceClip::parse(bytes, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Opus"))) << error.toStdString();
}

TEST(VoiceClipParse, RefusesOversizedData)
{
    QByteArray huge(VoiceClip::kHeaderBytes + VoiceClip::kMaxFrames * (2 + VoiceClip::kMaxPacketBytes) + 1, '\0');
    std::memcpy(huge.data(), "QQV1", 4);
    putU32(huge, 4, 16000);
    putU32(huge, 8, 9000);
    expectRefused(huge, "larger than three minutes can be");

    const VoiceClip tooLong(QList<QByteArray>(VoiceClip::kMaxFrames + 1, QByteArray(1, char(0x78 | 0))));
    expectRefused(tooLong.serialize(), "more frames than three minutes and the margin");
}

TEST(VoiceClipParse, SurvivesRandomDamage)
{
    // Flipped bytes and random blobs: refused or parsed, never a crash; what
    // parses also decodes (libopus conceals what it cannot use).
    const QByteArray good = encode(SyntheticMicrophone::voiceLike(0, kRate / 2), 320).serialize();
    QRandomGenerator random(20240611);
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(4));
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        QString error;
        if (const std::optional<VoiceClip> clip = VoiceClip::parse(bytes, &error)) {
            ++parsed;
            EXPECT_EQ(VoiceDecoder::decode(*clip).size(), size_t(clip->frameCount()) * 320 - VoiceEncoder::lookaheadSamples());
        } else {
            EXPECT_FALSE(error.isEmpty());
        }
    }
    EXPECT_GT(parsed, 0); // flips inside the audio itself are not the parser's business
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = QByteArrayLiteral("QQV1\x80\x3e\x00\x00");
        const int length = int(random.bounded(600));
        for (int i = 0; i < length; ++i)
            bytes.append(char(random.bounded(256)));
        QString error;
        if (!VoiceClip::parse(bytes, &error)) {
            EXPECT_FALSE(error.isEmpty());
        }
    }
}

// --- format conversion ------------------------------------------------------------

TEST(PcmConverter, FortyEightKilohertzStereoFloatBecomesVoicePcm)
{
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Float);
    QByteArray input;
    for (int n = 0; n < 48000; ++n) {
        const float left = float(0.5 * std::sin(2 * std::numbers::pi * 440.0 * n / 48000));
        const float right = float(0.5 * std::sin(2 * std::numbers::pi * 440.0 * n / 48000 + 0.3));
        input.append(reinterpret_cast<const char *>(&left), 4);
        input.append(reinterpret_cast<const char *>(&right), 4);
    }
    PcmConverter whole(format);
    const std::vector<qint16> output = toSamples(whole.convert(input));
    EXPECT_NEAR(double(output.size()), 16000.0, 1.0);
    EXPECT_GT(power(output, 440.0), 1000.0 * power(output, 3000.0));
    EXPECT_GT(power(output, 440.0), 0.5 * power(tones(1.0, {{440.0, 0.5}}), 440.0));

    // Chunks that split frames and samples anywhere give the same result.
    PcmConverter chunked(format);
    QByteArray joined;
    for (qsizetype at = 0, step = 1; at < input.size(); at += step, step = step % 97 + 13)
        joined += chunked.convert(input.mid(at, step));
    EXPECT_EQ(joined.size(), qsizetype(output.size() * 2));
    EXPECT_EQ(toSamples(joined), output);
}

TEST(PcmConverter, VoiceFormatPassesThroughAndOddRatesWork)
{
    PcmConverter same;
    const std::vector<qint16> pcm = tones(0.1, {{300.0, 0.3}});
    const QByteArray bytes(reinterpret_cast<const char *>(pcm.data()), qsizetype(pcm.size() * 2));
    QByteArray joined = same.convert(bytes.first(101)); // splits a sample
    joined += same.convert(bytes.sliced(101));
    EXPECT_EQ(joined, bytes);

    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int32);
    QByteArray input;
    for (int n = 0; n < 44100; ++n) {
        const qint32 value = qint32(0.4 * 2147483647.0 * std::sin(2 * std::numbers::pi * 1000.0 * n / 44100));
        input.append(reinterpret_cast<const char *>(&value), 4);
    }
    PcmConverter converter(format);
    const std::vector<qint16> output = toSamples(converter.convert(input));
    EXPECT_NEAR(double(output.size()), 16000.0, 1.0);
    EXPECT_GT(power(output, 1000.0), 1000.0 * power(output, 440.0));
}

TEST(VoicePlayer, OutputFormatConversionKeepsPitchAndLength)
{
    const std::vector<qint16> pcm = tones(0.5, {{500.0, 0.5}});
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Int16);
    const std::vector<qint16> stereo = toSamples(VoicePlayer::toOutputFormat(pcm, format));
    ASSERT_EQ(stereo.size(), size_t(48000));
    std::vector<qint16> left;
    for (size_t i = 0; i < stereo.size(); i += 2) {
        left.push_back(stereo[i]);
        EXPECT_EQ(stereo[i], stereo[i + 1]);
    }
    EXPECT_GT(power(left, 500.0, 48000), 1000.0 * power(left, 2000.0, 48000));
    format.setSampleFormat(QAudioFormat::Float);
    EXPECT_EQ(VoicePlayer::toOutputFormat(pcm, format).size(), qsizetype(24000 * 2 * 4));
}

// --- the synthetic microphone and the recorder ------------------------------------

TEST(SyntheticMicrophone, SignalIsDeterministicAndSpeechLike)
{
    const std::vector<qint16> whole = SyntheticMicrophone::voiceLike(0, 4 * kRate);
    std::vector<qint16> pieces = SyntheticMicrophone::voiceLike(0, 1234);
    const std::vector<qint16> rest = SyntheticMicrophone::voiceLike(1234, 4 * kRate - 1234);
    pieces.insert(pieces.end(), rest.begin(), rest.end());
    EXPECT_EQ(pieces, whole);

    auto rms = [&](double fromS, double toS) {
        double sum = 0;
        for (size_t n = size_t(fromS * kRate); n < size_t(toS * kRate); ++n)
            sum += double(whole[n]) * whole[n];
        return std::sqrt(sum / ((toS - fromS) * kRate)) / 32768.0;
    };
    EXPECT_GT(rms(0.5, 2.0), 0.03); // speaking
    EXPECT_LT(rms(2.7, 3.1), 0.005); // the pause between phrases
    // Voiced: the pitch (about 260 Hz) carries more than the 6 kHz region.
    std::vector<qint16> phrase(whole.begin(), whole.begin() + 2 * kRate);
    EXPECT_GT(power(phrase, 260.0) + power(phrase, 270.0) + power(phrase, 250.0), 100.0 * power(phrase, 6000.0));
}

TEST(VoiceRecorder, RecordsWhatTheMicrophoneSends)
{
    SyntheticMicrophone microphone;
    microphone.setTimerDriven(false);
    VoiceRecorder recorder(&microphone);
    QSignalSpy elapsed(&recorder, &VoiceRecorder::elapsedMsChanged);
    recorder.start();
    EXPECT_TRUE(recorder.isRecording());
    EXPECT_TRUE(microphone.isActive());
    EXPECT_EQ(microphone.emitSeconds(2.0), 2 * kRate);
    EXPECT_EQ(recorder.elapsedMs(), 2000);
    EXPECT_GT(recorder.level(), 0.0);
    EXPECT_GE(elapsed.count(), 2000 / microphone.chunkMs());

    const VoiceClip clip = recorder.stop();
    EXPECT_FALSE(recorder.isRecording());
    EXPECT_FALSE(microphone.isActive());
    EXPECT_EQ(recorder.elapsedMs(), 2000);
    EXPECT_EQ(recorder.level(), 0.0);
    EXPECT_GE(clip.durationMs(), 2000);
    EXPECT_LE(clip.durationMs(), 2000 + VoiceClip::kFrameMs);
    // The same audio as encoding it directly.
    EXPECT_EQ(clip, encode(SyntheticMicrophone::voiceLike(0, 2 * kRate), 640));
    EXPECT_TRUE(recorder.stop().isEmpty()); // given out once
}

TEST(VoiceRecorder, OddChunksAreJoined)
{
    // A chunk ending in half a sample: the other half comes with the next one.
    SyntheticMicrophone microphone;
    microphone.setTimerDriven(false);
    VoiceRecorder recorder(&microphone);
    recorder.start();
    const std::vector<qint16> pcm = SyntheticMicrophone::voiceLike(0, kRate);
    const QByteArray bytes(reinterpret_cast<const char *>(pcm.data()), qsizetype(pcm.size() * 2));
    for (qsizetype at = 0; at < bytes.size(); at += 333)
        emit microphone.pcm(bytes.mid(at, 333));
    EXPECT_EQ(recorder.stop(), encode(pcm, 320));
}

// Like a sound card: stop() hands over what it captured since the last chunk.
class BufferingMicrophone : public Microphone {
public:
    void start() override { m_active = true; }
    void stop() override
    {
        if (!m_active)
            return;
        emit pcm(QByteArray(reinterpret_cast<const char *>(tail.data()), qsizetype(tail.size() * 2)));
        m_active = false;
        emit stopped();
    }
    bool isActive() const override { return m_active; }
    std::vector<qint16> tail = std::vector<qint16>(1600, 1000);

private:
    bool m_active = false;
};

TEST(VoiceRecorder, KeepsWhatTheMicrophoneHandsOverWhenStopped)
{
    BufferingMicrophone microphone;
    VoiceRecorder recorder(&microphone);
    recorder.start();
    const std::vector<qint16> pcm = SyntheticMicrophone::voiceLike(0, kRate);
    emit microphone.pcm(QByteArray(reinterpret_cast<const char *>(pcm.data()), qsizetype(pcm.size() * 2)));
    EXPECT_EQ(recorder.elapsedMs(), 1000);
    const VoiceClip clip = recorder.stop();
    EXPECT_EQ(recorder.elapsedMs(), 1100);
    EXPECT_GE(clip.durationMs(), 1100);
    EXPECT_FALSE(microphone.isActive());
}

TEST(VoiceRecorder, RecordsInRealTimeFromTheTimer)
{
    SyntheticMicrophone microphone;
    microphone.setChunkMs(20);
    VoiceRecorder recorder(&microphone);
    QSignalSpy level(&recorder, &VoiceRecorder::levelChanged);
    recorder.start();
    QElapsedTimer clock;
    clock.start();
    while (recorder.elapsedMs() < 300 && clock.elapsed() < 5000)
        QTest::qWait(20);
    const VoiceClip clip = recorder.stop();
    EXPECT_GE(clip.durationMs(), 300);
    EXPECT_GT(level.count(), 10);
}

class MicrophoneProblem : public testing::TestWithParam<Microphone::Problem> { };

TEST_P(MicrophoneProblem, FailureAtStartReachesTheRecorder)
{
    SyntheticMicrophone microphone;
    microphone.failOnStart(GetParam());
    VoiceRecorder recorder(&microphone);
    QSignalSpy failed(&recorder, &VoiceRecorder::failed);
    QSignalSpy recording(&recorder, &VoiceRecorder::recordingChanged);
    recorder.start();
    ASSERT_TRUE(failed.wait(2000));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<Microphone::Problem>(), GetParam());
    EXPECT_FALSE(recorder.isRecording());
    EXPECT_EQ(recording.count(), 2); // on, then off
    EXPECT_TRUE(recorder.stop().isEmpty());
    EXPECT_FALSE(Microphone::problemText(GetParam()).isEmpty());

    microphone.failOnStart(std::nullopt); // plugged in: works again
    microphone.setTimerDriven(false);
    recorder.start();
    microphone.emitSeconds(0.5);
    EXPECT_EQ(recorder.elapsedMs(), 500);
    const VoiceClip clip = recorder.stop();
    EXPECT_GE(clip.durationMs(), 500);
    EXPECT_LE(clip.durationMs(), 500 + VoiceClip::kFrameMs); // + the codec's flush
}

INSTANTIATE_TEST_SUITE_P(VoiceRecorder, MicrophoneProblem,
                         testing::Values(Microphone::NoDevice, Microphone::Denied, Microphone::DeviceError));

TEST(VoiceRecorder, FailureWhileRecordingKeepsWhatWasSaid)
{
    SyntheticMicrophone microphone;
    microphone.setTimerDriven(false);
    VoiceRecorder recorder(&microphone);
    QSignalSpy failed(&recorder, &VoiceRecorder::failed);
    recorder.start();
    microphone.emitSeconds(1.0);
    microphone.failNow(Microphone::DeviceError);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<Microphone::Problem>(), Microphone::DeviceError);
    EXPECT_FALSE(recorder.isRecording());
    EXPECT_EQ(microphone.emitSeconds(1.0), 0); // the microphone is off
    EXPECT_EQ(recorder.elapsedMs(), 1000);
    const VoiceClip clip = recorder.stop();
    EXPECT_GE(clip.durationMs(), 1000);
    EXPECT_LE(clip.durationMs(), 1000 + VoiceClip::kFrameMs);
}

TEST(VoiceRecorder, StopsItselfAtTheLimit)
{
    SyntheticMicrophone microphone;
    microphone.setTimerDriven(false);
    microphone.setChunkMs(100);
    VoiceRecorder recorder(&microphone);
    QSignalSpy limit(&recorder, &VoiceRecorder::reachedLimit);
    QSignalSpy stopped(&microphone, &Microphone::stopped);
    recorder.start();
    // The recorder turns the microphone off at 180 s, which ends emitSeconds.
    EXPECT_EQ(microphone.emitSeconds(200.0), qint64(VoiceEncoder::kMaxSeconds) * kRate);
    EXPECT_EQ(limit.count(), 1);
    EXPECT_EQ(stopped.count(), 1);
    EXPECT_FALSE(recorder.isRecording());
    EXPECT_EQ(recorder.elapsedMs(), VoiceRecorder::limitMs());
    const VoiceClip clip = recorder.stop();
    EXPECT_EQ(clip.durationMs(), 180'000);
    EXPECT_TRUE(VoiceClip::parse(clip.serialize()));
}

// --- the real devices, whatever this machine has -----------------------------------

TEST(QtMicrophone, StartsOrFailsWithoutHanging)
{
    QtMicrophone microphone;
    QSignalSpy started(&microphone, &Microphone::started);
    QSignalSpy failed(&microphone, &Microphone::failed);
    QSignalSpy pcm(&microphone, &Microphone::pcm);
    QElapsedTimer clock;
    clock.start();
    microphone.start();
    EXPECT_LT(clock.elapsed(), 3000) << "start() must not block";
    // Either a device delivers audio, or the microphone says why not (a
    // silent device counts as a failure after kNoDataTimeoutMs).
    const int deadline = QtMicrophone::kNoDataTimeoutMs + 5000;
    while (started.isEmpty() && failed.isEmpty() && clock.elapsed() < deadline)
        QTest::qWait(20);
    ASSERT_TRUE(!started.isEmpty() || !failed.isEmpty()) << "neither started nor failed";
    if (!failed.isEmpty()) {
        const auto problem = failed.at(0).at(0).value<Microphone::Problem>();
        EXPECT_TRUE(problem == Microphone::NoDevice || problem == Microphone::Denied || problem == Microphone::DeviceError);
        EXPECT_FALSE(microphone.isActive());
        std::printf("[ info     ] this machine's microphone: failed (%s)\n",
                    QMetaEnum::fromType<Microphone::Problem>().valueToKey(problem));
    } else {
        EXPECT_TRUE(microphone.isActive());
        ASSERT_FALSE(pcm.isEmpty()); // started() comes with the first audio
        EXPECT_EQ(pcm.at(0).at(0).toByteArray().size() % 2, 0);
        QSignalSpy stopped(&microphone, &Microphone::stopped);
        microphone.stop();
        EXPECT_EQ(stopped.count(), 1);
        EXPECT_FALSE(microphone.isActive());
        std::printf("[ info     ] this machine's microphone: started\n");
    }
}

TEST(VoicePlayer, PlaysOrFailsWithAReason)
{
    VoicePlayer player;
    QSignalSpy failed(&player, &VoicePlayer::failed);
    QSignalSpy finished(&player, &VoicePlayer::finished);
    const VoiceClip clip = encode(tones(0.3, {{440.0, 0.3}}), 320);
    player.play(clip);
    EXPECT_EQ(player.durationMs() > 0, player.isPlaying());
    QElapsedTimer clock;
    clock.start();
    while (failed.isEmpty() && finished.isEmpty() && clock.elapsed() < 10000)
        QTest::qWait(20);
    ASSERT_TRUE(!failed.isEmpty() || !finished.isEmpty()) << "neither played to the end nor failed";
    EXPECT_FALSE(player.isPlaying());
    if (!failed.isEmpty()) {
        EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
        std::printf("[ info     ] this machine's speaker: failed\n");
    } else {
        EXPECT_EQ(player.positionMs(), player.durationMs());
        std::printf("[ info     ] this machine's speaker: played\n");
    }
}

TEST(VoicePlayer, EmptyClipFails)
{
    VoicePlayer player;
    QSignalSpy failed(&player, &VoicePlayer::failed);
    player.play(VoiceClip());
    EXPECT_FALSE(player.isPlaying());
    ASSERT_TRUE(failed.wait(1000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
}
