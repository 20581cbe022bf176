#include "card_image.h"

#include <QPainter>
#include <QPainterPath>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <cmath>
#include <exception>

namespace qq {

namespace {

constexpr int kQrQuietZone = 4; // modules, as the QR standard asks
constexpr int kCode128QuietZone = 10; // modules each side (ISO/IEC 15417)
constexpr int kQrEccLevel = 6; // zxing's 0–8 scale: Q, still version 1 (21×21) for 11 characters

} // namespace

CardBarcodeModules cardBarcodeModules(const QString &code, CardSymbol symbol)
{
    CardBarcodeModules modules;
    if (code.isEmpty())
        return modules;
    try {
        const std::string text = code.toStdString();
        ZXing::BitMatrix matrix;
        if (symbol == CardSymbol::Qr) {
            matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                         .setEccLevel(kQrEccLevel)
                         .setMargin(kQrQuietZone)
                         .encode(text, 0, 0);
        } else {
            // zxing's margin for 1D symbols is the total of both sides.
            matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                         .setMargin(2 * kCode128QuietZone)
                         .encode(text, 0, 1);
        }
        modules.columns = matrix.width();
        modules.rows = symbol == CardSymbol::Qr ? matrix.height() : 1;
        modules.dark.resize(size_t(modules.columns) * size_t(modules.rows));
        for (int row = 0; row < modules.rows; ++row) {
            for (int column = 0; column < modules.columns; ++column)
                modules.dark[size_t(row) * size_t(modules.columns) + size_t(column)] = matrix.get(column, row);
        }
    } catch (const std::exception &) {
        return {}; // e.g. Code 128 cannot hold non-ASCII text
    }
    return modules;
}

QImage cardBarcode(const QString &code, CardSymbol symbol, QSize size)
{
    const CardBarcodeModules modules = cardBarcodeModules(code, symbol);
    if (modules.isNull() || size.isEmpty())
        return {};
    const int modulePx = symbol == CardSymbol::Qr
        ? std::min(size.width() / modules.columns, size.height() / modules.rows)
        : size.width() / modules.columns;
    if (modulePx < 1)
        return {};
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(255);
    const int moduleHeight = symbol == CardSymbol::Qr ? modulePx : size.height();
    const int left = (size.width() - modules.columns * modulePx) / 2;
    const int top = (size.height() - modules.rows * moduleHeight) / 2;
    for (int row = 0; row < modules.rows; ++row) {
        for (int y = top + row * moduleHeight; y < top + (row + 1) * moduleHeight; ++y) {
            uchar *line = image.scanLine(y);
            for (int column = 0; column < modules.columns; ++column) {
                if (modules.isDark(column, row))
                    std::fill_n(line + left + column * modulePx, modulePx, uchar(0));
            }
        }
    }
    return image;
}

bool paintCardBarcode(QPainter &painter, const QRectF &rect, const QString &code, CardSymbol symbol)
{
    const CardBarcodeModules modules = cardBarcodeModules(code, symbol);
    if (modules.isNull() || rect.isEmpty())
        return false;
    double moduleWidth = rect.width() / modules.columns;
    if (symbol == CardSymbol::Qr)
        moduleWidth = std::min(moduleWidth, rect.height() / modules.rows);
    if (moduleWidth >= 1)
        moduleWidth = std::floor(moduleWidth);
    const double moduleHeight = symbol == CardSymbol::Qr ? moduleWidth : rect.height();
    const QPointF origin(rect.left() + (rect.width() - modules.columns * moduleWidth) / 2,
                         rect.top() + (rect.height() - modules.rows * moduleHeight) / 2);

    // Runs of dark modules become one rectangle each, all in one path, so a
    // PDF viewer shows no hairline seams between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int row = 0; row < modules.rows; ++row) {
        int column = 0;
        while (column < modules.columns) {
            if (!modules.isDark(column, row)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < modules.columns && modules.isDark(column, row))
                ++column;
            path.addRect(QRectF(origin.x() + start * moduleWidth, origin.y() + row * moduleHeight,
                                (column - start) * moduleWidth, moduleHeight));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(modules.columns * moduleWidth, modules.rows * moduleHeight)), Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return true;
}

} // namespace qq
