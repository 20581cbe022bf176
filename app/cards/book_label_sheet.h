#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace qq {

// The sticker on a book copy: its code (bookCodeFromSerial), a short title
// and the school's name.
struct BookLabel {
    QString code; // must pass checkBookCode()
    QString title;
    QString school;
};

// Common Chinese 24-up A4 label paper: 3 columns × 8 rows of 70 × 37 mm
// stickers, no gaps, 0.5 mm top and bottom margins. Each sticker: the title
// (elided), a Code 128 of the code with its quiet zones, the code in text
// under it, the school small; all kept 5 mm from the sides and 4 mm from the
// top and bottom of the sticker, where printers cannot reach on the page edge.
inline constexpr int kBookLabelColumns = 3;
inline constexpr int kBookLabelRows = 8;
inline constexpr int kBookLabelsPerPage = kBookLabelColumns * kBookLabelRows;
inline constexpr double kBookLabelWidthMm = 70.0;
inline constexpr double kBookLabelHeightMm = 37.0;
inline constexpr int kBookLabelSheetDpi = 300;

int bookLabelPageCount(int labelCount);

// Where sticker `slot` (0 … 23, row by row) sits on the page, in millimetres
// from the page's top left corner.
QRectF bookLabelCellMm(int slot);

// Writes the PDF (A4, as many pages as needed) through a temporary file
// renamed at the end (QSaveFile): a full disk or an unwritable folder leaves
// no half-written PDF behind. Returns an empty string on success, otherwise
// plain words for the teacher (translated in the "BookLabels" context): no
// labels, a label whose code is not a valid book code, or a file that cannot
// be written.
QString writeBookLabelSheet(const QString &path, const QList<BookLabel> &labels);

// Page `page` (from 0) drawn by the same code as the PDF on a white
// background at `dpi`, with the stickers' outlines in light grey as on the
// paper: for screenshots, a preview and tests. Null when there is no such page.
QImage renderBookLabelPage(const QList<BookLabel> &labels, int page = 0, int dpi = 150);

} // namespace qq
