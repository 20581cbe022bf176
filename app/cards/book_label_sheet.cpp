#include "book_label_sheet.h"

#include "book_code.h"
#include "card_image.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace qq {

namespace {

// Millimetres.
constexpr double kPageWidth = 210.0;
constexpr double kPageHeight = 297.0;
constexpr double kLeft = (kPageWidth - kBookLabelColumns * kBookLabelWidthMm) / 2; // 0: the stickers reach the edges
constexpr double kTop = (kPageHeight - kBookLabelRows * kBookLabelHeightMm) / 2; // 0.5
static_assert(kLeft >= 0 && kTop >= 0, "the stickers must fit on A4");

// Inside a sticker.
constexpr double kPadX = 5.0; // the page's outer stickers start at its edge; printers leave ~4 mm
constexpr double kPadY = 4.0;
constexpr double kContentWidth = kBookLabelWidthMm - 2 * kPadX;
const QRectF kTitle(kPadX, kPadY, kContentWidth, 4.6);
// Tall bars: a scan line must cross all of them when the label is turned
// (at 8°, 57 mm of bars climb 8 mm).
const QRectF kBarcode(kPadX, 8.9, kContentWidth, 16.0);
const QRectF kCodeText(kPadX, 25.1, kContentWidth, 3.8);
const QRectF kSchool(kPadX, 29.0, kContentWidth, kBookLabelHeightMm - kPadY - 29.0);
constexpr double kTitlePx = 3.6; // mm, about 10 pt
constexpr double kCodePx = 3.0;
constexpr double kSchoolPx = 2.4;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kSchoolInk(0x55, 0x55, 0x55);
const QColor kOutline(0xdd, 0xdd, 0xdd);
const QString kFontFamily = QStringLiteral("Noto Sans CJK SC");

// Converts millimetres on the page to device pixels at `dpi`.
struct Mm {
    double dpi;
    double operator()(double mm) const { return mm * dpi / 25.4; }
    QRectF operator()(const QRectF &mm, QPointF originMm = {}) const
    {
        return {(*this)(mm.x() + originMm.x()), (*this)(mm.y() + originMm.y()), (*this)(mm.width()),
                (*this)(mm.height())};
    }
};

QFont labelFont(double pixelSize, QFont::Weight weight)
{
    QFont font(kFontFamily);
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setWeight(weight);
    return font;
}

// One line of text, elided at the right when it is too long for `rect`.
void drawElided(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, Qt::Alignment align)
{
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(rect, align | Qt::AlignVCenter | Qt::TextSingleLine,
                     metrics.elidedText(text.simplified(), Qt::ElideRight, rect.width()));
}

// The Code 128's bars across `rect`, as wide as whole device pixels a module
// allow (wider bars read from further away), the left edge on a pixel so
// every bar prints at the same width. The quiet zones are blank paper and may
// lie in the sticker's margins, as long as the whole symbol stays within
// `maxWidth` (the sticker).
void drawBarcode(QPainter &painter, const QRectF &rect, double maxWidth, const QString &code)
{
    const CardBarcodeModules modules = cardBarcodeModules(code, CardSymbol::Code128);
    if (modules.isNull())
        return;
    int firstBar = 0;
    while (firstBar < modules.columns && !modules.isDark(firstBar, 0))
        ++firstBar;
    int lastBar = modules.columns - 1;
    while (lastBar > firstBar && !modules.isDark(lastBar, 0))
        --lastBar;
    const int barModules = lastBar - firstBar + 1;
    const double moduleWidth =
        std::max(1.0, std::floor(std::min(rect.width() / barModules, maxWidth / modules.columns)));
    const double width = moduleWidth * modules.columns;
    const QRectF snapped(std::round(rect.center().x() - width / 2), std::round(rect.top()), width,
                         std::round(rect.height()));
    paintCardBarcode(painter, snapped, code, CardSymbol::Code128);
}

void paintLabel(QPainter &painter, const Mm &mm, QPointF originMm, const BookLabel &label)
{
    const BookCodeCheck check = checkBookCode(label.code);
    const QString code = check.ok ? check.normalized : label.code;

    painter.setPen(kInk);
    drawElided(painter, mm(kTitle, originMm), label.title, labelFont(mm(kTitlePx), QFont::Bold), Qt::AlignHCenter);
    drawBarcode(painter, mm(kBarcode, originMm), mm(kBookLabelWidthMm - 1.0), code);

    painter.setPen(kInk);
    QFont codeFont = labelFont(mm(kCodePx), QFont::Normal);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, mm(0.4)); // easier to read out or type
    painter.setFont(codeFont);
    painter.drawText(mm(kCodeText, originMm), Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, code);

    painter.setPen(kSchoolInk);
    drawElided(painter, mm(kSchool, originMm), label.school, labelFont(mm(kSchoolPx), QFont::Normal), Qt::AlignHCenter);
}

// The one drawing function behind the PDF and the preview image.
void paintPage(QPainter &painter, double dpi, const QList<BookLabel> &labels, int page, bool outlines)
{
    const Mm mm{dpi};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const qsizetype first = qsizetype(page) * kBookLabelsPerPage;
    const qsizetype last = std::min(labels.size(), first + kBookLabelsPerPage);
    for (qsizetype i = first; i < last; ++i) {
        const QRectF cell = bookLabelCellMm(int(i - first));
        if (outlines) {
            painter.setPen(QPen(kOutline, std::max(1.0, mm(0.15))));
            painter.setBrush(Qt::NoBrush);
            const double r = mm(2.0);
            painter.drawRoundedRect(mm(cell.adjusted(0.1, 0.1, -0.1, -0.1)), r, r);
        }
        paintLabel(painter, mm, cell.topLeft(), labels.at(i));
    }
}

QString saveError(const QString &reason)
{
    return QCoreApplication::translate("BookLabels", "The book labels could not be saved: %1").arg(reason);
}

} // namespace

int bookLabelPageCount(int labelCount)
{
    return labelCount <= 0 ? 0 : (labelCount + kBookLabelsPerPage - 1) / kBookLabelsPerPage;
}

QRectF bookLabelCellMm(int slot)
{
    return {kLeft + (slot % kBookLabelColumns) * kBookLabelWidthMm,
            kTop + (slot / kBookLabelColumns) * kBookLabelHeightMm, kBookLabelWidthMm, kBookLabelHeightMm};
}

QString writeBookLabelSheet(const QString &path, const QList<BookLabel> &labels)
{
    if (labels.isEmpty())
        return QCoreApplication::translate("BookLabels", "There are no book labels to print.");
    QList<BookLabel> checked = labels;
    for (BookLabel &label : checked) {
        const BookCodeCheck check = checkBookCode(label.code);
        if (!check.ok) {
            return QCoreApplication::translate("BookLabels",
                                               "%1 is not a book code, so no labels were printed. "
                                               "Give this book a new code first.")
                .arg(label.code.left(32));
        }
        label.code = check.normalized;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kBookLabelSheetDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QCoreApplication::translate("BookLabels", "Qinqing book labels"));
        writer.setCreator(QStringLiteral("Qinqing"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return QCoreApplication::translate("BookLabels", "The book labels could not be drawn.");
        }
        const int pages = bookLabelPageCount(int(checked.size()));
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, kBookLabelSheetDpi, checked, page, false); // the paper is cut already
        }
        painter.end();
    }
    if (!file.commit())
        return saveError(file.errorString());
    return {};
}

QImage renderBookLabelPage(const QList<BookLabel> &labels, int page, int dpi)
{
    if (page < 0 || page >= bookLabelPageCount(int(labels.size())) || dpi <= 0)
        return {};
    const Mm mm{double(dpi)};
    QImage image(int(std::lround(mm(kPageWidth))), int(std::lround(mm(kPageHeight))), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, dpi, labels, page, true);
    return image;
}

} // namespace qq
