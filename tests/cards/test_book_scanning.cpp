// Books at the kiosk camera: the ISBN's EAN-13 on the back cover, the
// library's own Code 128 sticker and, for comparison, a child's QR card, in
// 1280×720 frames turned, blurred, dim and as small as a label held at arm's
// length; read with CardScanner::decodeFrame, as the scanner's thread does.
//
// The camera sees a book for many frames, so 1D symbols are checked as a
// burst of frames (the book moving in front of the room): at least one must
// read, and none may ever read as anything but the symbol shown. The per-frame
// rate is printed. What zxing-cpp 1.4 with the scanner's current hints does
// not read is kept in DISABLED_ tests below, not dropped (docs/benchmarks.md
// has the rates); BookBarcodesNeverAbortTheScanner guards the fix for zxing
// aborting on a second look at a 1D symbol.
#include "book_code.h"
#include "book_label_sheet.h"
#include "card_code.h"
#include "card_image.h"
#include "card_scanner.h"
#include "isbn.h"
#include "synthetic_frame.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <random>
#include <string>

using namespace qq;
using qq::testing::FrameOptions;
using qq::testing::photographedSymbol;

namespace {

constexpr int kBurst = 8; // about half a second of a book held up

// The EAN-13 on a back cover, drawn by zxing-cpp: 3 px modules, bars 3/4 as
// tall as the symbol is wide, at least the standard's quiet zones (11 modules).
QImage isbnBarcode(const QString &isbn13)
{
    const ZXing::BitMatrix matrix =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(22).encode(isbn13.toStdString(), 0, 1);
    constexpr int kModulePx = 3;
    QImage image(matrix.width() * kModulePx, 75 * kModulePx, QImage::Format_Grayscale8);
    image.fill(255);
    for (int x = 0; x < image.width(); ++x) {
        if (matrix.get(x / kModulePx, 0)) {
            for (int y = 0; y < image.height(); ++y)
                image.scanLine(y)[x] = 0;
        }
    }
    return image;
}

// The Code 128 as the sticker prints it: 67 × 16 mm with its quiet zones
// (132 modules of 0.51 mm).
QImage bookCodeBarcode(const QString &code)
{
    const CardBarcodeModules modules = cardBarcodeModules(code, CardSymbol::Code128);
    const int width = modules.columns * 4;
    return cardBarcode(code, CardSymbol::Code128, {width, width * 16 / 67});
}

// The sticker itself, cut out of a sheet drawn at 300 dpi.
QImage printedLabel(const BookLabel &label)
{
    const QImage page = renderBookLabelPage({label}, 0, 300);
    const QRectF mm = bookLabelCellMm(0);
    return page.copy(QRectF(mm.topLeft() * 300 / 25.4, mm.size() * 300 / 25.4).toAlignedRect());
}

// A random ISBN-13 with a valid check digit (978 or 979).
QString randomIsbn(std::mt19937 &random)
{
    std::uniform_int_distribution<int> digit(0, 9);
    QString isbn = random() % 2 ? QStringLiteral("978") : QStringLiteral("979");
    while (isbn.size() < 12)
        isbn += QChar(u'0' + digit(random));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += isbn.at(i).digitValue() * (i % 2 ? 3 : 1);
    return isbn + QChar(u'0' + (10 - sum % 10) % 10);
}

enum class Light {
    Room,
    Dim, // dark and low contrast, with the sensor's noise
    DimGrainy, // the same with the noise a cheap camera adds in the dark
};

struct Shot {
    std::string name;
    FrameOptions options;
    Light light = Light::Room;
};

// Dusk with the lights off: the picture squeezed into a dark band of about
// 60 grey levels (paper ~75, ink ~25), then the sensor's noise on top.
QImage photographed(const QImage &symbol, const Shot &shot)
{
    if (shot.light == Light::Room)
        return photographedSymbol(symbol, shot.options);
    FrameOptions options = shot.options;
    options.noise = 0;
    QImage frame = photographedSymbol(symbol, options);
    std::mt19937 random(options.seed * 31u + 5u);
    std::normal_distribution<float> sensor(0.0f, shot.light == Light::Dim ? 4.0f : 6.0f);
    for (int row = 0; row < frame.height(); ++row) {
        auto *line = reinterpret_cast<QRgb *>(frame.scanLine(row));
        for (int column = 0; column < frame.width(); ++column) {
            const int grey = std::clamp(12 + qGray(line[column]) * 30 / 100 + int(sensor(random)), 0, 255);
            line[column] = qRgb(grey, grey, grey);
        }
    }
    return frame;
}

Shot shot(std::string name, int widthPx, double degrees, double blur = 0.75, Light light = Light::Room)
{
    Shot s{std::move(name), FrameOptions{}, light};
    s.options.symbolWidthPx = widthPx;
    s.options.degrees = degrees;
    s.options.blur = blur;
    return s;
}

// The usual ways a camera sees a symbol `widthPx` wide (quiet zones included).
std::vector<Shot> turnedBlurredDim(int widthPx)
{
    return {shot("upright", widthPx, 0),
            shot("turned +8°", widthPx, 8),
            shot("turned -8°", widthPx, -8),
            shot("blurred", widthPx, 3, 0.65),
            shot("low light", widthPx, 3, 0.75, Light::Dim),
            shot("low light, turned -8°", widthPx, -8, 0.75, Light::Dim)};
}

std::string describe(const Shot &s)
{
    return s.name + " (" + std::to_string(s.options.symbolWidthPx) + " px, "
        + std::to_string(int(std::lround(s.options.degrees))) + "°)";
}

// decodeFrame in a child process, so that an abort inside zxing (see
// BookBarcodesNeverAbortTheScanner) fails that frame instead of ending the
// whole test run.
struct Decoded {
    std::optional<QString> text;
    bool aborted = false;
};

Decoded decodeIsolated(const QImage &frame)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {CardScanner::decodeFrame(frame), false};
    std::cout.flush();
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        const std::optional<QString> text = CardScanner::decodeFrame(frame);
        const QByteArray out = text ? '+' + text->toUtf8() : QByteArray("-");
        const bool written = write(pipeFds[1], out.constData(), size_t(out.size())) == out.size();
        _exit(written ? 0 : 1);
    }
    close(pipeFds[1]);
    QByteArray in;
    char buffer[256];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        in.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {std::nullopt, true};
    if (in.startsWith('+'))
        return {QString::fromUtf8(in.mid(1)), false};
    return {};
}

struct Reads {
    int read = 0;
    int frames = 0;
    int aborted = 0;
    QStringList wrong; // anything read that is not the symbol shown
};

// `frames` frames of `symbol`, each with its own room and noise.
Reads burst(const QImage &symbol, Shot s, const QString &expected, int frames = kBurst)
{
    Reads reads;
    quint32 first = 2166136261u; // FNV-1a of the shot's name: each kind of shot its own rooms
    for (char c : s.name)
        first = (first ^ quint8(c)) * 16777619u;
    first = first % 100'000 * 1000 + quint32(s.options.symbolWidthPx);
    for (int i = 0; i < frames; ++i) {
        s.options.seed = first + quint32(i);
        const Decoded decoded = decodeIsolated(photographed(symbol, s));
        const std::optional<QString> &text = decoded.text;
        ++reads.frames;
        reads.aborted += decoded.aborted;
        if (text == expected)
            ++reads.read;
        else if (text)
            reads.wrong.append(*text);
    }
    return reads;
}

// Read in at least one frame of the burst, never misread.
void expectRead(const QImage &symbol, const Shot &s, const QString &expected)
{
    const Reads reads = burst(symbol, s, expected);
    std::cout << "[   RATE   ] " << expected.toStdString() << ", " << describe(s) << ": " << reads.read << "/"
              << reads.frames << " frames"
              << (reads.aborted ? ", " + std::to_string(reads.aborted) + " aborted the decoder" : std::string())
              << std::endl;
    EXPECT_GE(reads.read, 1) << expected.toStdString() << " never read, " << describe(s);
    EXPECT_TRUE(reads.wrong.isEmpty()) << expected.toStdString() << " misread as "
                                       << reads.wrong.join(QLatin1Char(' ')).toStdString() << ", " << describe(s);
}

QStringList isbns()
{
    std::mt19937 random(2024);
    QStringList list{QStringLiteral("9787020002207")};
    for (int i = 0; i < 3; ++i)
        list.append(randomIsbn(random));
    return list;
}

} // namespace

TEST(BookScanning, IsbnIsReadTurnedBlurredAndInLowLight)
{
    // Every kind of shot for one ISBN, the main ones for three random ISBNs.
    bool first = true;
    for (const QString &isbn : isbns()) {
        const IsbnCheck check = checkIsbn(isbn);
        ASSERT_TRUE(check.ok) << isbn.toStdString();
        EXPECT_EQ(check.isbn13, isbn);
        const QImage symbol = isbnBarcode(isbn);
        std::vector<Shot> shots = turnedBlurredDim(300); // a 37 mm EAN-13 from ~25 cm
        shots.push_back(shot("label size", 250, 3)); // 150, 200 px, grainy: DISABLED_IsbnSmallOrGrainy
        if (!first)
            shots = {shots[0], shots[1], shots[4], shots.back()};
        first = false;
        for (const Shot &s : shots)
            expectRead(symbol, s, isbn); // nothing but the ISBN itself is ever read, so it passes checkIsbn
    }
    // One frame end to end: decoded text → checkIsbn.
    FrameOptions options;
    options.symbolWidthPx = 300;
    options.degrees = 4;
    options.seed = 4;
    const std::optional<QString> text =
        CardScanner::decodeFrame(photographedSymbol(isbnBarcode(QStringLiteral("9787020002207")), options));
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(checkIsbn(*text).isbn13, QStringLiteral("9787020002207"));
}

TEST(BookScanning, BookCodeIsReadTurnedBlurredAndInLowLight)
{
    bool first = true;
    for (int serial : {4711, 1, 999999}) {
        const QString code = bookCodeFromSerial(serial);
        const QImage symbol = bookCodeBarcode(code);
        ASSERT_FALSE(symbol.isNull());
        // A 37 mm label seen 150–250 px wide is 4–6.8 px/mm: the sticker's
        // 67 mm symbol is 270–455 px. Turned, blurred and dim at 340 px, and
        // the symbol itself at 250 px; 150–225 px, turned at 260 px, blurred
        // at 260 px and grainy: DISABLED_BookCodeSmallBlurredOrGrainy.
        std::vector<Shot> shots = turnedBlurredDim(340);
        shots.push_back(shot("label size", 250, 3));
        if (!first)
            shots = {shots[0], shots[1], shots[4], shots.back()};
        first = false;
        for (const Shot &s : shots)
            expectRead(symbol, s, code);
    }
    // What the sticker's Code 128 says is a book code, and only that.
    FrameOptions options;
    options.symbolWidthPx = 300;
    options.degrees = 3;
    options.seed = 3;
    const QString code = bookCodeFromSerial(4711);
    const std::optional<QString> text = CardScanner::decodeFrame(photographedSymbol(bookCodeBarcode(code), options));
    ASSERT_TRUE(text.has_value());
    const BookCodeCheck check = checkBookCode(*text);
    EXPECT_TRUE(check.ok);
    EXPECT_EQ(check.normalized, code);
    EXPECT_FALSE(checkIsbn(*text).ok);
    EXPECT_FALSE(checkCardCode(*text).ok);
}

TEST(BookScanning, PrintedLabelHeldUpToTheCameraIsRead)
{
    // The whole 70 × 37 mm sticker as the sheet draws it, at 4–6.8 px/mm
    // (a 37 mm label seen 150–250 px wide): 280–470 px.
    const BookLabel label{bookCodeFromSerial(31337), QStringLiteral("十万个为什么（注音版）"),
                          QStringLiteral("青山村留守儿童之家")};
    const QImage sticker = printedLabel(label);
    for (double degrees : {-8.0, 0.0, 8.0})
        expectRead(sticker, shot("printed label", 380, degrees), label.code);
    for (int width : {280, 470})
        expectRead(sticker, shot("printed label", width, 3), label.code);
    expectRead(sticker, shot("printed label, low light", 380, -5, 0.75, Light::Dim), label.code);
}

TEST(BookScanning, CardQrIsReadInEveryFrame)
{
    const QString code = cardCodeFromPayload(0x5A5A5A5A5Aull);
    ASSERT_TRUE(checkCardCode(code).ok);
    const QImage symbol = cardBarcode(code, CardSymbol::Qr, {290, 290});
    std::vector<Shot> shots = turnedBlurredDim(200);
    shots.push_back(shot("low light, grainy", 200, 3, 0.75, Light::DimGrainy));
    for (int width : {150, 200, 250})
        shots.push_back(shot("label size", width, -3));
    for (const Shot &s : shots) {
        const Reads reads = burst(symbol, s, code, 3);
        EXPECT_EQ(reads.read, reads.frames) << describe(s);
        EXPECT_TRUE(reads.wrong.isEmpty()) << describe(s);
    }
}

TEST(BookScanning, DamagedLabelIsNeverAnotherBook)
{
    // Every single wrong digit in a code is caught by its check digit.
    for (int serial : {0, 1, 4711, 123456, 999999}) {
        const QString code = bookCodeFromSerial(serial);
        for (int position = 2; position < kBookCodeLength; ++position) {
            for (char digit = '0'; digit <= '9'; ++digit) {
                QString misread = code;
                misread[position] = QLatin1Char(digit);
                if (misread != code) {
                    EXPECT_EQ(checkBookCode(misread).problem, BookCodeProblem::BadCheck) << misread.toStdString();
                }
            }
        }
    }

    // A sticker with one digit changed (a misprint, a pen mark) reads as what
    // it says, and that is refused, not taken for the book next to it.
    const QString code = bookCodeFromSerial(4711);
    QString damaged = code;
    damaged[5] = damaged[5] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    const Reads reads = burst(bookCodeBarcode(damaged), shot("damaged label", 300, 3), damaged);
    ASSERT_GE(reads.read, 1);
    EXPECT_TRUE(reads.wrong.isEmpty()) << reads.wrong.join(QLatin1Char(' ')).toStdString();
    const BookCodeCheck check = checkBookCode(damaged);
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.problem, BookCodeProblem::BadCheck);
    EXPECT_TRUE(check.normalized.isEmpty());
}

// Known limits of zxing-cpp 1.4 with the scanner's hints (card_scanner.cpp),
// kept to be run with --gtest_also_run_disabled_tests. Linear symbols are
// thresholded row by row against the whole row's histogram (the room behind
// the book counts), so fine bars, blur and noise lose them. Frames read of 8,
// for each ISBN / book code: ISBN at 150 px 0, at 200 px 1–5, in grainy low
// light 0–2; book code at 150 and 200 px 0, at 225 px 1, turned ±8° at 260 px
// 1–4, blurred at 260 px 0, in grainy low light 0. A QR card reads in every
// frame of all of these (CardQrIsReadInEveryFrame).
TEST(BookScanning, DISABLED_IsbnSmallOrGrainy)
{
    for (const QString &isbn : isbns()) {
        for (const Shot &s : {shot("label size", 150, 3), shot("label size", 200, 3),
                              shot("low light, grainy", 300, 3, 0.75, Light::DimGrainy)})
            expectRead(isbnBarcode(isbn), s, isbn);
    }
}

TEST(BookScanning, DISABLED_BookCodeSmallBlurredOrGrainy)
{
    for (int serial : {4711, 1, 999999}) {
        const QString code = bookCodeFromSerial(serial);
        for (const Shot &s : {shot("label size", 150, 3), shot("label size", 200, 3), shot("label size", 225, -3),
                              shot("turned +8°", 260, 8), shot("turned -8°", 260, -8), shot("blurred", 260, 3, 0.65),
                              shot("low light, grainy", 260, 3, 0.75, Light::DimGrainy)})
            expectRead(bookCodeBarcode(code), s, code);
    }
}

// A book in front of the camera must never end the kiosk. decodeFrame's
// second pass (ReadBarcodes for two symbols, when the first is not a card)
// makes Debian's libzxing 1.4 compare two results of the same linear symbol,
// and Result::operator== asserts `lineCount() == 1` (assertions are on in
// that build): abort. A clear ISBN 260–500 px wide does it in many frames.
TEST(BookScanning, BookBarcodesNeverAbortTheScanner)
{
    const QString isbn = QStringLiteral("9787020002207");
    const QString code = bookCodeFromSerial(4711);
    struct Case {
        QImage symbol;
        QString expected;
        Shot shot;
    };
    const std::vector<Case> cases{{isbnBarcode(isbn), isbn, shot("ISBN", 300, 3, 0.65)},
                                  {isbnBarcode(isbn), isbn, shot("ISBN", 350, 3)},
                                  {isbnBarcode(isbn), isbn, shot("ISBN", 450, -3, 1.0)},
                                  {bookCodeBarcode(code), code, shot("book code", 400, 3)},
                                  {bookCodeBarcode(code), code, shot("book code", 500, -8, 1.0)}};
    for (const Case &c : cases) {
        const Reads reads = burst(c.symbol, c.shot, c.expected, 4);
        EXPECT_EQ(reads.aborted, 0) << reads.aborted << " of " << reads.frames
                                    << " frames aborted the decoder: " << describe(c.shot);
        EXPECT_TRUE(reads.wrong.isEmpty()) << describe(c.shot);
    }
}
