// Barcodes drawn with zxing-cpp and read back; the scanner's thread, frame
// dropping and repeat rule, with ImageFrameSource standing in for the camera.
#include "card_code.h"
#include "card_image.h"
#include "card_scanner.h"
#include "frame_source.h"
#include "synthetic_frame.h"
#include "temp_school.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QThread>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <gtest/gtest.h>

using namespace qq;
using qq::testing::FrameOptions;
using qq::testing::noisyEmptyFrame;
using qq::testing::photographedSymbol;

namespace {

const QSize kQrSize{290, 290};
const QSize kCode128Size{528, 100};

// A book's ISBN as EAN-13, drawn by zxing-cpp itself.
QImage bookBarcode()
{
    const ZXing::BitMatrix matrix =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(20).encode(std::string("9787020002207"), 0, 1);
    constexpr int kModulePx = 3;
    QImage image(matrix.width() * kModulePx, 90, QImage::Format_Grayscale8);
    image.fill(255);
    for (int x = 0; x < image.width(); ++x) {
        if (matrix.get(x / kModulePx, 0)) {
            for (int y = 0; y < image.height(); ++y)
                image.scanLine(y)[x] = 0;
        }
    }
    return image;
}

QImage cardFrame(const QString &code, double degrees = 4.0, quint32 seed = 1)
{
    FrameOptions options;
    options.degrees = degrees;
    options.seed = seed;
    return photographedSymbol(cardBarcode(code, CardSymbol::Qr, kQrSize), options);
}

bool waitForFrame(QSignalSpy &processed, int count)
{
    QElapsedTimer timer;
    timer.start();
    while (processed.count() < count && timer.elapsed() < 10'000)
        processed.wait(100);
    return processed.count() >= count;
}

} // namespace

TEST(CardImage, QrRoundTripKeepsTheQuietZone)
{
    const QString code = newCardCode();
    const QImage image = cardBarcode(code, CardSymbol::Qr, kQrSize);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), kQrSize);
    EXPECT_EQ(CardScanner::decodeFrame(image), code);

    const CardBarcodeModules modules = cardBarcodeModules(code, CardSymbol::Qr);
    ASSERT_FALSE(modules.isNull());
    EXPECT_EQ(modules.columns, 29); // version 1 and 4 quiet modules each side
    const int modulePx = kQrSize.width() / modules.columns;
    const int left = (kQrSize.width() - modules.columns * modulePx) / 2;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < left + 4 * modulePx; ++x)
            ASSERT_EQ(image.pixelColor(x, y), Qt::white) << x << "," << y;
    }
}

TEST(CardImage, Code128RoundTrip)
{
    const QString code = newCardCode();
    const QImage image = cardBarcode(code, CardSymbol::Code128, kCode128Size);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(CardScanner::decodeFrame(image), code);
    const CardBarcodeModules modules = cardBarcodeModules(code, CardSymbol::Code128);
    EXPECT_EQ(modules.rows, 1);
    for (int i = 0; i < 10; ++i) { // ten quiet modules each side
        EXPECT_FALSE(modules.isDark(i, 0));
        EXPECT_FALSE(modules.isDark(modules.columns - 1 - i, 0));
    }
}

TEST(CardImage, TooSmallOrUnencodableGivesNoImage)
{
    const QString code = newCardCode();
    EXPECT_TRUE(cardBarcode(code, CardSymbol::Qr, {20, 20}).isNull());
    EXPECT_TRUE(cardBarcode(code, CardSymbol::Code128, {100, 40}).isNull());
    EXPECT_TRUE(cardBarcode(QString(), CardSymbol::Qr, kQrSize).isNull());
    EXPECT_TRUE(cardBarcode(QStringLiteral("张小明"), CardSymbol::Code128, kCode128Size).isNull());
}

TEST(CardDecode, CardPhotographedInACameraFrameIsRead)
{
    const QString code = newCardCode();
    quint32 seed = 1;
    for (double degrees : {-7.0, -3.0, 2.0, 6.0}) {
        for (int width : {160, 200, 320}) {
            FrameOptions options;
            options.degrees = degrees;
            options.symbolWidthPx = width;
            options.seed = seed++;
            const QImage frame = photographedSymbol(cardBarcode(code, CardSymbol::Qr, kQrSize), options);
            ASSERT_EQ(frame.size(), QSize(1280, 720));
            EXPECT_EQ(CardScanner::decodeFrame(frame), code) << degrees << "° " << width << " px";
        }
    }
    for (double degrees : {-2.0, 3.0}) {
        FrameOptions options;
        options.degrees = degrees;
        options.symbolWidthPx = 600;
        options.seed = seed++;
        const QImage frame = photographedSymbol(cardBarcode(code, CardSymbol::Code128, kCode128Size), options);
        EXPECT_EQ(CardScanner::decodeFrame(frame), code) << "Code 128 at " << degrees << "°";
    }
}

TEST(CardDecode, FrameWithoutBarcodeYieldsNothing)
{
    for (quint32 seed : {1u, 2u, 3u}) {
        FrameOptions options;
        options.seed = seed;
        EXPECT_EQ(CardScanner::decodeFrame(noisyEmptyFrame(options)), std::nullopt);
    }
    EXPECT_EQ(CardScanner::decodeFrame(QImage()), std::nullopt);
}

TEST(CardDecode, CardNextToABookIsStillRead)
{
    const QString code = newCardCode();
    FrameOptions options;
    options.centre = {0.3, 0.5};
    QImage frame = photographedSymbol(cardBarcode(code, CardSymbol::Qr, kQrSize), options);
    {
        QPainter painter(&frame);
        painter.drawImage(QPointF(800, 300), bookBarcode());
    }
    EXPECT_EQ(CardScanner::decodeFrame(frame), code);
}

TEST(CardScanner, ReadsACardOffTheGuiThread)
{
    ImageFrameSource source;
    CardScanner scanner(&source);
    QSignalSpy read(&scanner, &CardScanner::cardRead);
    QSignalSpy unreadable(&scanner, &CardScanner::unreadableCard);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    scanner.start();

    const QString code = newCardCode();
    source.push(cardFrame(code));
    // push() returned without decoding: the frame is in flight elsewhere.
    EXPECT_TRUE(scanner.isBusy());
    EXPECT_EQ(processed.count(), 0);
    ASSERT_TRUE(waitForFrame(processed, 1));
    ASSERT_EQ(read.count(), 1);
    EXPECT_EQ(read.at(0).at(0).toString(), code);
    EXPECT_EQ(unreadable.count(), 0);
    ASSERT_NE(scanner.lastDecodeThread(), nullptr);
    EXPECT_NE(scanner.lastDecodeThread(), QThread::currentThread());
    EXPECT_NE(scanner.lastDecodeThread(), QCoreApplication::instance()->thread());
    EXPECT_FALSE(scanner.isBusy());
}

TEST(CardScanner, GuiThreadKeepsRunningWhileDecoding)
{
    ImageFrameSource source;
    CardScanner scanner(&source);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    scanner.start();
    FrameOptions options;
    options.frameSize = {1920, 1080}; // an empty, large frame: the slowest case
    const QImage frame = noisyEmptyFrame(options);

    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(1);
    source.push(frame);
    EXPECT_EQ(processed.count(), 0); // handed over, not decoded here
    ASSERT_TRUE(waitForFrame(processed, 1));
    EXPECT_GT(ticks, 0); // the event loop ran while the worker decoded
}

TEST(CardScanner, DropsFramesWhileBusy)
{
    ImageFrameSource source;
    CardScanner scanner(&source);
    QSignalSpy read(&scanner, &CardScanner::cardRead);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    scanner.start();
    const QImage frame = cardFrame(newCardCode());
    for (int i = 0; i < 10; ++i)
        source.push(frame); // all while the first is being decoded
    EXPECT_EQ(scanner.framesReceived(), 10);
    EXPECT_EQ(scanner.framesDropped(), 9);
    ASSERT_TRUE(waitForFrame(processed, 1));
    processed.wait(300); // nothing else was queued
    EXPECT_EQ(processed.count(), 1);
    EXPECT_EQ(scanner.framesDecoded(), 1);
    EXPECT_EQ(read.count(), 1);
}

TEST(CardScanner, SameCardNotReportedAgainWithinThreeSeconds)
{
    ImageFrameSource source;
    CardScanner scanner(&source);
    qint64 now = 1'000'000;
    scanner.setClock([&now] { return now; });
    QSignalSpy read(&scanner, &CardScanner::cardRead);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    scanner.start();
    const QString first = newCardCode();
    const QString second = newCardCode();
    const QImage firstFrame = cardFrame(first);
    auto show = [&](const QImage &frame, qint64 atMs) {
        now = atMs;
        const int before = processed.count();
        source.push(frame);
        return waitForFrame(processed, before + 1);
    };

    ASSERT_TRUE(show(firstFrame, 1'000'000));
    ASSERT_TRUE(show(firstFrame, 1'001'000)); // still held up
    ASSERT_TRUE(show(firstFrame, 1'003'500)); // 2.5 s after it was last seen
    EXPECT_EQ(read.count(), 1);
    ASSERT_TRUE(show(firstFrame, 1'007'000)); // gone for 3.5 s, shown again
    EXPECT_EQ(read.count(), 2);
    ASSERT_TRUE(show(cardFrame(second, -3.0, 2), 1'007'100)); // another child at once
    ASSERT_TRUE(show(firstFrame, 1'007'200)); // and the first again
    ASSERT_EQ(read.count(), 4);
    EXPECT_EQ(read.at(0).at(0).toString(), first);
    EXPECT_EQ(read.at(2).at(0).toString(), second);
    EXPECT_EQ(read.at(3).at(0).toString(), first);
}

TEST(CardScanner, BookBarcodeOrWebAddressIsUnreadableNotACard)
{
    ImageFrameSource source;
    CardScanner scanner(&source);
    qint64 now = 0;
    scanner.setClock([&now] { return now; });
    QSignalSpy read(&scanner, &CardScanner::cardRead);
    QSignalSpy unreadable(&scanner, &CardScanner::unreadableCard);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    scanner.start();

    FrameOptions options;
    options.symbolWidthPx = 400;
    options.degrees = 2.0;
    const QImage book = photographedSymbol(bookBarcode(), options);
    ASSERT_EQ(CardScanner::decodeFrame(book), QStringLiteral("9787020002207"));
    source.push(book);
    ASSERT_TRUE(waitForFrame(processed, 1));
    source.push(book); // the same book, 0 s later: said once
    ASSERT_TRUE(waitForFrame(processed, 2));
    ASSERT_EQ(unreadable.count(), 1);
    EXPECT_EQ(unreadable.at(0).at(0).toString(), cardCodeProblemText(CardCodeProblem::NotOurs));

    const QImage url =
        photographedSymbol(cardBarcode(QStringLiteral("http://example.com"), CardSymbol::Qr, kQrSize), FrameOptions{});
    ASSERT_EQ(CardScanner::decodeFrame(url), QStringLiteral("http://example.com"));
    source.push(url);
    ASSERT_TRUE(waitForFrame(processed, 3));
    EXPECT_EQ(unreadable.count(), 2);

    // A card code with a wrong check character, as a misprint would give.
    QString misprint = newCardCode();
    misprint.back() = misprint.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    source.push(photographedSymbol(cardBarcode(misprint, CardSymbol::Qr, kQrSize), FrameOptions{}));
    ASSERT_TRUE(waitForFrame(processed, 4));
    ASSERT_EQ(unreadable.count(), 3);
    EXPECT_EQ(unreadable.at(2).at(0).toString(), cardCodeProblemText(CardCodeProblem::BadCheck));
    EXPECT_EQ(read.count(), 0);
}

// A school's own campus card: its Code 128, drawn by zxing-cpp as a card
// printer would, photographed, read by the scanner and found on the roster.
TEST(CardScanner, ASchoolsOwnCardsCode128FindsTheChild)
{
    test::TempSchool school;
    Child child = school.firstClass().at(1);
    child.cardCode = QStringLiteral("C1001");
    school.store->roster().updateChild(child);

    const ZXing::BitMatrix matrix =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).setMargin(10).encode(std::string("C1001"), 0, 1);
    constexpr int kModulePx = 4;
    QImage symbol(matrix.width() * kModulePx, 110, QImage::Format_Grayscale8);
    symbol.fill(255);
    for (int x = 0; x < symbol.width(); ++x) {
        if (matrix.get(x / kModulePx, 0)) {
            for (int y = 0; y < symbol.height(); ++y)
                symbol.scanLine(y)[x] = 0;
        }
    }
    FrameOptions options;
    options.symbolWidthPx = 500;
    options.degrees = 2.0;
    const QImage frame = photographedSymbol(symbol, options);
    ASSERT_EQ(CardScanner::decodeFrame(frame), QStringLiteral("C1001"));

    ImageFrameSource source;
    CardScanner scanner(&source);
    QSignalSpy read(&scanner, &CardScanner::cardRead);
    QSignalSpy unreadable(&scanner, &CardScanner::unreadableCard);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    scanner.start();
    source.push(frame);
    ASSERT_TRUE(waitForFrame(processed, 1));
    ASSERT_EQ(read.count(), 1);
    EXPECT_EQ(unreadable.count(), 0);
    const std::optional<Child> found = school.store->roster().childByCardCode(read.at(0).at(0).toString());
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, child.id);
}

TEST(CardScanner, StoppedScannerIgnoresFrames)
{
    ImageFrameSource source;
    CardScanner scanner(&source);
    QSignalSpy processed(&scanner, &CardScanner::frameProcessed);
    source.push(cardFrame(newCardCode()));
    EXPECT_FALSE(scanner.isBusy());
    EXPECT_EQ(scanner.framesReceived(), 0);
    scanner.start();
    EXPECT_TRUE(source.isRunning());
    scanner.stop();
    EXPECT_FALSE(source.isRunning());
    source.push(cardFrame(newCardCode()));
    EXPECT_FALSE(processed.wait(200));
}

TEST(CardScanner, DestroyedWhileDecoding)
{
    ImageFrameSource source;
    QSignalSpy frames(&source, &FrameSource::frameReady);
    {
        CardScanner scanner(&source);
        scanner.start();
        source.push(cardFrame(newCardCode()));
        EXPECT_TRUE(scanner.isBusy());
    } // waits for the frame in flight; its result goes nowhere
    QCoreApplication::processEvents();
    EXPECT_EQ(frames.count(), 1);
}

TEST(FrameSources, ImageFrameSourcePlaysItsFramesInOrder)
{
    const QString a = newCardCode();
    const QString b = newCardCode();
    ImageFrameSource source({cardBarcode(a, CardSymbol::Qr, kQrSize), cardBarcode(b, CardSymbol::Qr, kQrSize)}, 5);
    CardScanner scanner(&source);
    QSignalSpy finished(&source, &ImageFrameSource::finished);
    QSignalSpy read(&scanner, &CardScanner::cardRead);
    scanner.start();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(source.framesSent(), 2);
    QElapsedTimer timer;
    timer.start();
    while (scanner.isBusy() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_GE(read.count(), 1); // the second may have come while the first was decoded
    EXPECT_EQ(read.at(0).at(0).toString(), a);
}

TEST(FrameSources, CameraWithoutACameraFailsPolitely)
{
    if (!QMediaDevices::videoInputs().isEmpty())
        GTEST_SKIP() << "this machine has a camera";
    CameraFrameSource camera;
    CardScanner scanner(&camera);
    QSignalSpy failed(&camera, &FrameSource::failed);
    scanner.start(); // must not crash
    EXPECT_EQ(failed.count(), 0); // reported after start() returned
    ASSERT_TRUE(failed.wait(2000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    scanner.stop();
}
