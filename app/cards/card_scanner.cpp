#include "card_scanner.h"

#include "frame_source.h"

#include <QElapsedTimer>

#include <ZXing/ReadBarcode.h>

namespace qq {

namespace {

// The card's two symbols, and the EAN/UPC codes on books and snacks so they
// are reported as "not a card" rather than ignored.
constexpr ZXing::BarcodeFormats kFormats = ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128
    | ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA;

// A view on the frame's own pixels when zxing can read its layout; otherwise
// `converted` holds a grayscale copy.
ZXing::ImageView imageView(const QImage &frame, QImage &converted)
{
    ZXing::ImageFormat format = ZXing::ImageFormat::None;
    switch (frame.format()) {
    case QImage::Format_Grayscale8:
        format = ZXing::ImageFormat::Lum;
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        format = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::XRGB;
        break;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        format = ZXing::ImageFormat::RGBX;
        break;
    case QImage::Format_RGB888:
        format = ZXing::ImageFormat::RGB;
        break;
    default:
        converted = frame.convertToFormat(QImage::Format_Grayscale8);
        return {converted.constBits(), converted.width(), converted.height(), ZXing::ImageFormat::Lum,
                int(converted.bytesPerLine())};
    }
    return {frame.constBits(), frame.width(), frame.height(), format, int(frame.bytesPerLine())};
}

} // namespace

CardScanner::CardScanner(FrameSource *source, QObject *parent)
    : QObject(parent), m_source(source), m_worker(new QObject)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_now = [clock] { return clock->elapsed(); };

    m_thread.setObjectName(QStringLiteral("card-decoder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Below the GUI thread: on two cores, a decode must not make taps stutter.
    m_thread.start(QThread::LowPriority);
    if (source)
        connect(source, &FrameSource::frameReady, this, &CardScanner::onFrame);
}

CardScanner::~CardScanner()
{
    stop();
    m_thread.quit();
    m_thread.wait(); // at most the frame being decoded
}

void CardScanner::start()
{
    m_running = true;
    if (m_source)
        m_source->start();
}

void CardScanner::stop()
{
    m_running = false;
    if (m_source)
        m_source->stop();
}

void CardScanner::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void CardScanner::onFrame(const QImage &frame)
{
    if (!m_running)
        return;
    ++m_received;
    if (m_busy) {
        ++m_dropped;
        return;
    }
    m_busy = true;
    // The worker touches only the atomic and posts the result back; the
    // destructor waits for it, so `this` outlives the call.
    QMetaObject::invokeMethod(
        m_worker,
        [this, frame] {
            m_lastDecodeThread.store(QThread::currentThread());
            const std::optional<QString> text = decodeFrame(frame);
            QMetaObject::invokeMethod(
                this, [this, text] { onDecoded(text); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CardScanner::onDecoded(const std::optional<QString> &text)
{
    m_busy = false;
    ++m_decoded;
    if (text && m_running) {
        // Qinqing's cards and the school's own (its campus cards' Code 128 or QR).
        const CardCodeCheck check = checkAnyCardCode(*text);
        const QString key = check.ok ? check.normalized : QLatin1Char('?') + text->left(kCardCodeMaxRawLength);
        if (!isRepeat(key, m_now())) {
            emit codeRead(text->left(kCardCodeMaxRawLength));
            if (check.ok)
                emit cardRead(check.normalized);
            else
                emit unreadableCard(cardCodeProblemText(check.problem));
        }
    }
    emit frameProcessed();
}

bool CardScanner::isRepeat(const QString &key, qint64 now)
{
    const bool repeat = key == m_lastKey && now - m_lastSeenMs < kRepeatMs;
    m_lastKey = key;
    m_lastSeenMs = now;
    return repeat;
}

std::optional<QString> CardScanner::decodeFrame(const QImage &frame)
{
    if (frame.isNull())
        return std::nullopt;
    QImage converted;
    const ZXing::ImageView view = imageView(frame, converted);
    // tryHarder doubles the time (about 15 ms for an empty 1280×720 frame
    // here) but reads Code 128 in twice as many blurred frames; tryRotate
    // reads a card held upright. Stopping at the first symbol halves the time
    // again; only when that one is not a card is the frame searched for two.
    ZXing::DecodeHints hints;
    hints.setFormats(kFormats).setTryHarder(true).setTryRotate(true).setTryDownscale(true).setMaxNumberOfSymbols(1);
    const ZXing::Result first = ZXing::ReadBarcode(view, hints);
    if (!first.isValid())
        return std::nullopt;
    const QString text = QString::fromStdString(first.text());
    if (checkCardCode(text).ok)
        return text;
    // The second look is for a card's QR only: Debian's zxing 1.4 is built
    // with assertions, and merging two reads of one 1D barcode (a book's
    // EAN-13 or sticker) there aborts the process (Result.cpp: lineCount() == 1).
    hints.setFormats(ZXing::BarcodeFormat::QRCode).setMaxNumberOfSymbols(2);
    for (const ZXing::Result &other : ZXing::ReadBarcodes(view, hints)) {
        const QString otherText = QString::fromStdString(other.text());
        if (other.isValid() && checkCardCode(otherText).ok)
            return otherText; // a card next to a book
    }
    return text;
}

} // namespace qq
