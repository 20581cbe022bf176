#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace qq {

struct CardSheetEntry {
    QString name;
    QString className;
    QString code; // must pass checkAnyCardCode()
    QImage photo; // null: a neutral placeholder is drawn
};

// A4 sheets of 2 × 4 cards at bank-card size (85.6 × 54 mm) with 6 mm cut
// margins between them: photo, name, class, the QR code, and Code 128 with
// the code in text below it.
inline constexpr int kCardsPerSheetPage = 8;
inline constexpr int kCardSheetDpi = 300;

int cardSheetPageCount(qsizetype entries);

// Writes the PDF through a temporary file renamed at the end (QSaveFile): a
// full disk or an unwritable folder leaves no half-written PDF behind. False,
// with plain words in `error` (which may name a child: show it, never log
// it), for no entries, an invalid card code, or a file that cannot be written.
bool writeCardSheet(const QString &pdfPath, const QList<CardSheetEntry> &entries, QString *error = nullptr);

// Page `page` (from 0) drawn by the same code as the PDF, white background,
// at `dpi`: for screenshots and a preview. Null when there is no such page.
QImage renderCardSheetPage(const QList<CardSheetEntry> &entries, int page = 0, int dpi = 150);

} // namespace qq
