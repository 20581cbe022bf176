// Camera frames made from real barcode images: a card held up to the kiosk
// camera, scaled, a few degrees off, dim, slightly out of focus and noisy, in
// front of a cluttered gray room. Shared by cards_tests and bench_card_decode.
#pragma once

#include <QImage>
#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <random>

namespace qq::testing {

struct FrameOptions {
    QSize frameSize{1280, 720};
    int symbolWidthPx = 200; // the barcode image (quiet zone included) as seen by the camera
    double degrees = 4.0;
    QPointF centre{0.55, 0.5}; // fraction of the frame
    double noise = 10.0; // standard deviation, in grey levels
    double blur = 0.75; // scale of the down-and-up pass that softens edges (1 = none)
    quint32 seed = 1;
};

// A frame with nothing readable: the room without a card.
inline QImage emptyRoomFrame(const FrameOptions &options)
{
    QImage frame(options.frameSize, QImage::Format_RGB32);
    QPainter painter(&frame);
    QLinearGradient light(0, 0, options.frameSize.width(), options.frameSize.height());
    light.setColorAt(0, QColor(150, 150, 145));
    light.setColorAt(1, QColor(95, 95, 100));
    painter.fillRect(frame.rect(), light);
    std::mt19937 random(options.seed);
    std::uniform_int_distribution<int> x(0, options.frameSize.width()), y(0, options.frameSize.height());
    std::uniform_int_distribution<int> grey(40, 200), extent(20, 220);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 25; ++i) { // furniture, posters, a sleeve
        painter.setBrush(QColor(grey(random), grey(random), grey(random)));
        if (i % 2)
            painter.drawRect(x(random), y(random), extent(random), extent(random));
        else
            painter.drawEllipse(QPoint(x(random), y(random)), extent(random) / 2, extent(random) / 2);
    }
    return frame;
}

// Softens and adds sensor noise, in place.
inline void degrade(QImage &frame, const FrameOptions &options)
{
    if (options.blur < 1.0) {
        const QSize small = (QSizeF(frame.size()) * options.blur).toSize();
        frame = frame.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .scaled(options.frameSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .convertToFormat(QImage::Format_RGB32);
    }
    if (options.noise <= 0)
        return;
    std::mt19937 random(options.seed * 7919u + 17u);
    std::normal_distribution<float> noise(0.0f, float(options.noise));
    for (int row = 0; row < frame.height(); ++row) {
        auto *line = reinterpret_cast<QRgb *>(frame.scanLine(row));
        for (int column = 0; column < frame.width(); ++column) {
            const int n = int(noise(random));
            const QRgb p = line[column];
            line[column] = qRgb(std::clamp(qRed(p) + n, 0, 255), std::clamp(qGreen(p) + n, 0, 255),
                                std::clamp(qBlue(p) + n, 0, 255));
        }
    }
}

// `symbol` (e.g. cardBarcode(...)) printed on a white card and photographed.
inline QImage photographedSymbol(const QImage &symbol, const FrameOptions &options)
{
    QImage frame = emptyRoomFrame(options);
    {
        QPainter painter(&frame);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const double scale = double(options.symbolWidthPx) / symbol.width();
        const QSizeF shown = QSizeF(symbol.size()) * scale;
        painter.translate(options.centre.x() * options.frameSize.width(),
                          options.centre.y() * options.frameSize.height());
        painter.rotate(options.degrees);
        // The card around the symbol, in the room's dim light: paper is not white.
        const QRectF card(-shown.width() * 0.75, -shown.height() * 0.8, shown.width() * 1.5, shown.height() * 1.6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(205, 203, 198));
        painter.drawRoundedRect(card, 12, 12);
        painter.setOpacity(0.82); // ink is dark grey, not black
        painter.drawImage(QRectF(QPointF(-shown.width() / 2, -shown.height() / 2), shown), symbol);
    }
    degrade(frame, options);
    return frame;
}

inline QImage noisyEmptyFrame(const FrameOptions &options)
{
    QImage frame = emptyRoomFrame(options);
    degrade(frame, options);
    return frame;
}

} // namespace qq::testing
