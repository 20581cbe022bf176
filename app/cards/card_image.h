#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <vector>

class QPainter;

namespace qq {

enum class CardSymbol { Qr, Code128 };

// The modules of a symbol, quiet zone included (4 modules round a QR code,
// 10 either side of Code 128); Code 128 has a single row.
struct CardBarcodeModules {
    int columns = 0;
    int rows = 0;
    std::vector<bool> dark; // row by row
    bool isNull() const { return columns == 0; }
    bool isDark(int column, int row) const { return dark[size_t(row) * size_t(columns) + size_t(column)]; }
};

// Encoded with zxing-cpp's MultiFormatWriter (QR with error correction level
// Q: a scratched card still reads). Null when `code` cannot be encoded (empty,
// or not ASCII for Code 128).
CardBarcodeModules cardBarcodeModules(const QString &code, CardSymbol symbol);

// Black on white, a whole number of pixels per module (crisp for scanners),
// centred in `size`; Code 128 bars fill the height. Null when the symbol does
// not fit at one pixel per module or cannot be encoded.
QImage cardBarcode(const QString &code, CardSymbol symbol, QSize size);

// Draws the symbol as one filled path into `rect` (PDF or raster), centred,
// the module size rounded down to whole painter units (device pixels when the
// painter is not transformed) so every bar prints at the same width.
// Returns false, drawing nothing, when `code` cannot be encoded.
bool paintCardBarcode(QPainter &painter, const QRectF &rect, const QString &code, CardSymbol symbol);

} // namespace qq
