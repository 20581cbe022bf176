// book_decode_ms: CardScanner::decodeFrame (what the scanner's worker thread
// runs) on a 1280×720 camera frame holding a book's ISBN as EAN-13 of about
// 300 px (a back cover ~25 cm from the camera), 3° off, softened and noisy;
// 50 runs, median and 95th percentile. A frame the card reader spends on a
// book is one it cannot spend on a card, so this is compared with card_decode_ms.
#include "../cards/synthetic_frame.h"
#include "card_scanner.h"
#include "isbn.h"

#include <QGuiApplication>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace qq;

namespace {

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

// The EAN-13 as printed on a back cover: 3 px modules, quiet zones, bars 3/4
// as tall as the symbol is wide.
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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    constexpr int kRuns = 50;
    const QString isbn = QStringLiteral("9787020002207");
    testing::FrameOptions options;
    options.symbolWidthPx = 300;
    options.degrees = 3.0;
    options.seed = 3; // the room behind the book; noise 10, blur 0.75 as for cards
    const QImage frame = testing::photographedSymbol(isbnBarcode(isbn), options);

    std::vector<double> ms;
    int misses = 0;
    for (int i = 0; i < kRuns; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::optional<QString> text = CardScanner::decodeFrame(frame);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!text || checkIsbn(*text).isbn13 != isbn)
            ++misses;
    }
    if (misses) {
        std::fprintf(stderr, "bench_book_decode: %d of %d runs did not read the ISBN\n", misses, kRuns);
        return 1;
    }
    std::printf("bench: book_decode_ms %.1f ms\n", percentile(ms, 0.5));
    std::printf("bench: book_decode_p95_ms %.1f ms\n", percentile(ms, 0.95));
    return 0;
}
