// Reading aloud: ReadAloud over a recording speaker, the real screens tapped
// offscreen (mouse and finger), and the speech engine the kiosk ships
// (espeak-ng's Mandarin) making real, non-silent Mandarin.
#include "app_context.h"
#include "read_aloud.h"
#include "temp_school.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtEndian>
#include <QtQml/QQmlExtensionPlugin>

#include <gtest/gtest.h>

#include <cmath>

Q_IMPORT_QML_PLUGIN(QinqingUiPlugin)
Q_IMPORT_QML_PLUGIN(QinqingQmlPlugin)

namespace qq {
namespace {

class ReadAloudTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto speaker = std::make_unique<RecordingSpeaker>();
        recording = speaker.get();
        readAloud.setSpeaker(std::move(speaker));
    }
    void TearDown() override { QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); }

    ReadAloud readAloud{nullptr};
    RecordingSpeaker *recording = nullptr;
};

TEST_F(ReadAloudTest, SpeaksInTheLanguageOfTheScreen)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    readAloud.speak(QStringLiteral("你在哪个班？"));
    ASSERT_EQ(recording->said.size(), 1);
    EXPECT_EQ(recording->said.at(0).text, QStringLiteral("你在哪个班？"));
    EXPECT_EQ(recording->said.at(0).language.language(), QLocale::Chinese);
    EXPECT_EQ(recording->said.at(0).language.territory(), QLocale::China);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    readAloud.speak(QStringLiteral("Which class are you in?"));
    ASSERT_EQ(recording->said.size(), 2);
    EXPECT_EQ(recording->said.at(1).language.language(), QLocale::English);
}

TEST_F(ReadAloudTest, ANewTextStopsTheOldOneAndOnlyItsEndCounts)
{
    QSignalSpy changed(&readAloud, &ReadAloud::speakingChanged);
    readAloud.speak(QStringLiteral("签到 / 签退"));
    EXPECT_TRUE(readAloud.speaking());
    EXPECT_EQ(readAloud.speakingText(), QStringLiteral("签到 / 签退"));
    readAloud.speak(QStringLiteral("图书角"));
    EXPECT_EQ(recording->stops, 1) << "the first text was stopped before the second began";
    EXPECT_TRUE(readAloud.speaking()) << "the first text's end is not the second's";
    EXPECT_EQ(readAloud.speakingText(), QStringLiteral("图书角"));
    recording->finishSpeaking();
    EXPECT_FALSE(readAloud.speaking());
    EXPECT_EQ(readAloud.speakingText(), QString());
    EXPECT_GE(changed.count(), 3);
}

TEST_F(ReadAloudTest, StopEndsItAtOnce)
{
    readAloud.stop(); // nothing to stop
    EXPECT_EQ(recording->stops, 0);
    readAloud.speak(QStringLiteral("心里话信箱"));
    readAloud.stop();
    EXPECT_FALSE(readAloud.speaking());
    EXPECT_EQ(recording->stops, 1);
}

TEST_F(ReadAloudTest, EmptyWordsAreNotSpokenAndSeparatorsBecomePauses)
{
    readAloud.speak(QStringLiteral("   \n "));
    EXPECT_TRUE(recording->said.isEmpty());
    EXPECT_FALSE(readAloud.speaking());
    EXPECT_EQ(ReadAloud::spokenForm(QStringLiteral("亲情小学  ·  11月23日\n星期一")),
              QStringLiteral("亲情小学, 11月23日 星期一"));
}

// The real kiosk window over a small demo school, in Chinese.
class ReadAloudOnScreen : public ::testing::Test {
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/qinqing_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        context = std::make_unique<AppContext>(*school.store);
        auto speaker = std::make_unique<RecordingSpeaker>();
        recording = speaker.get();
        context->readAloud().setSpeaker(std::move(speaker));
        engine = std::make_unique<QQmlApplicationEngine>();
        context->installInto(*engine);
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Qinqing/Main.qml")));
        ASSERT_FALSE(engine->rootObjects().isEmpty());
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        ASSERT_TRUE(window);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        touch = QTest::createTouchDevice();
    }
    void TearDown() override
    {
        engine.reset();
        context.reset();
        QCoreApplication::removeTranslator(&translator);
    }

    // Items a Loader made are its visual children, not its QObject children.
    static QQuickItem *findItem(QQuickItem *root, const QString &name)
    {
        if (root->objectName() == name)
            return root;
        for (QQuickItem *child : root->childItems())
            if (QQuickItem *found = findItem(child, name))
                return found;
        return nullptr;
    }
    QQuickItem *find(const char *name)
    {
        QQuickItem *item = nullptr;
        [&] {
            ASSERT_TRUE(QTest::qWaitFor([&] {
                item = findItem(window->contentItem(), QString::fromLatin1(name));
                return item && item->isVisible() && item->width() > 0;
            })) << name;
        }();
        return item;
    }
    QPoint centreOf(QQuickItem *item)
    {
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    }
    void fingerTap(const QPoint &point)
    {
        QTest::touchEvent(window, touch).press(0, point, window);
        QTest::touchEvent(window, touch).release(0, point, window);
        QCoreApplication::processEvents();
    }
    static QString tr(const char *context, const char *text) { return QCoreApplication::translate(context, text); }

    test::TempSchool school;
    QTranslator translator;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    RecordingSpeaker *recording = nullptr;
    QPointingDevice *touch = nullptr;
};

TEST_F(ReadAloudOnScreen, ATileSpeakerReadsTheTileAndTheTileStaysPut)
{
    context->kiosk().goHome();
    QQuickItem *speak = find("signInTileSpeak");
    ASSERT_TRUE(speak);
    EXPECT_GE(speak->width(), 89);
    fingerTap(centreOf(speak));

    ASSERT_EQ(recording->said.size(), 1);
    const QString expected = tr("HomeScreen", "Sign in / Sign out") + QStringLiteral(". ")
        + tr("HomeScreen", "Tap here, then find your photo");
    EXPECT_EQ(recording->said.at(0).text, ReadAloud::spokenForm(expected));
    EXPECT_TRUE(recording->said.at(0).text.contains(QStringLiteral("签到"))) << "read in Chinese";
    EXPECT_EQ(recording->said.at(0).language.language(), QLocale::Chinese);
    EXPECT_EQ(context->kiosk().screen(), KioskController::Screen::Home) << "the speaker's tap went to the tile";
    EXPECT_TRUE(context->readAloud().speaking());

    // A second tap while it speaks stops it: at once after the first, as
    // children tap, and it still never reaches the tile.
    QTest::mouseClick(window, Qt::LeftButton, {}, centreOf(speak));
    EXPECT_FALSE(context->readAloud().speaking());
    EXPECT_EQ(recording->said.size(), 1);
    EXPECT_EQ(context->kiosk().screen(), KioskController::Screen::Home) << "a quick second tap went to the tile";
    QTest::mouseClick(window, Qt::LeftButton, {}, centreOf(speak));
    QTest::mouseClick(window, Qt::LeftButton, {}, centreOf(speak));
    EXPECT_EQ(context->kiosk().screen(), KioskController::Screen::Home) << "a double tap went to the tile";

    // The rest of the tile still does what it did.
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
    QQuickItem *tile = find("signInTile");
    ASSERT_TRUE(tile);
    fingerTap(tile->mapToScene(QPointF(tile->width() * 0.3, tile->height() * 0.7)).toPoint());
    EXPECT_EQ(context->kiosk().screen(), KioskController::Screen::Classes);
}

TEST_F(ReadAloudOnScreen, TheHeaderSpeakerReadsTheScreensQuestion)
{
    context->kiosk().goHome();
    context->kiosk().startSignIn();
    QQuickItem *speak = find("speakTitle");
    ASSERT_TRUE(speak);
    QTest::mouseClick(window, Qt::LeftButton, {}, centreOf(speak));
    ASSERT_EQ(recording->said.size(), 1);
    EXPECT_EQ(recording->said.at(0).text, ReadAloud::spokenForm(tr("ClassGridScreen", "Which class are you in?")));
    EXPECT_EQ(context->kiosk().screen(), KioskController::Screen::Classes);
}

// ---- the engine the kiosk ships -------------------------------------------

struct Wave {
    int sampleRate = 0;
    QList<qint16> samples;
};

// A 16-bit PCM WAV file as espeak-ng writes it.
Wave readWave(const QByteArray &bytes)
{
    Wave wave;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return wave;
    qsizetype at = 12;
    int bits = 0;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const char *body = bytes.constData() + at + 8;
        if (id == "fmt " && size >= 16) {
            wave.sampleRate = int(qFromLittleEndian<quint32>(body + 4));
            bits = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data" && bits == 16) {
            // espeak-ng writing to a file leaves the size at its maximum; read what is there.
            const qsizetype available = std::min<qsizetype>(size, bytes.size() - (at + 8));
            for (qsizetype i = 0; i + 1 < available; i += 2)
                wave.samples.append(qFromLittleEndian<qint16>(body + i));
            break;
        }
        at += 8 + size + (size & 1);
    }
    return wave;
}

QString espeak(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("espeak-ng"), arguments);
    EXPECT_TRUE(process.waitForFinished(30'000)) << "espeak-ng did not run (is the package installed?)";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST(SpeechEngine, EspeakNgSpeaksAMandarinPromptAloud)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("prompt.wav"));
    espeak({QStringLiteral("-v"), QStringLiteral("cmn-latn-pinyin"), QStringLiteral("-w"), file,
            QStringLiteral("请点你的照片")});
    QFile wav(file);
    ASSERT_TRUE(wav.open(QIODevice::ReadOnly));
    const Wave wave = readWave(wav.readAll());
    ASSERT_GT(wave.sampleRate, 8000);
    const double seconds = double(wave.samples.size()) / wave.sampleRate;
    // Six syllables at espeak's pace: about a second and a half.
    EXPECT_GT(seconds, 0.8);
    EXPECT_LT(seconds, 5.0);
    // Voiced: a good part of the 20 ms windows is well above silence.
    const int window = wave.sampleRate / 50;
    int loud = 0;
    int windows = 0;
    for (qsizetype start = 0; start + window <= wave.samples.size(); start += window, ++windows) {
        double energy = 0;
        for (int i = 0; i < window; ++i)
            energy += double(wave.samples.at(start + i)) * wave.samples.at(start + i);
        if (std::sqrt(energy / window) > 1000)
            ++loud;
    }
    EXPECT_GT(loud, windows / 3) << loud << " of " << windows << " windows are voiced";
}

TEST(SpeechEngine, TheMandarinVoiceSaysMandarinSyllablesWithTones)
{
    // espeak-ng's phonemes for 你好: "ni" with tone 35 (the third tone before
    // another third tone rises), "hau" with tone 214 — Mandarin, not English
    // letters or "ni three".
    const QString phonemes = espeak({QStringLiteral("-v"), QStringLiteral("cmn-latn-pinyin"), QStringLiteral("-q"),
                                     QStringLiteral("-x"), QStringLiteral("你好")});
    EXPECT_TRUE(phonemes.contains(QLatin1String("n'i35"))) << qPrintable(phonemes);
    EXPECT_TRUE(phonemes.contains(QLatin1String("'Au214"))) << qPrintable(phonemes);
    EXPECT_FALSE(phonemes.contains(QLatin1String("(en)"))) << qPrintable(phonemes);
}

} // namespace
} // namespace qq
