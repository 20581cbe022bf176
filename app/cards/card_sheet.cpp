#include "card_sheet.h"

#include "card_code.h"
#include "card_image.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace qq {

namespace {

// Millimetres.
constexpr double kPageWidth = 210.0;
constexpr double kPageHeight = 297.0;
constexpr double kCardWidth = 85.6; // ISO/IEC 7810 ID-1, a bank card
constexpr double kCardHeight = 54.0;
constexpr double kCardRadius = 3.18;
constexpr double kCutGap = 6.0; // room for scissors between cards
constexpr int kColumns = 2;
constexpr int kRows = 4;
static_assert(kColumns * kRows == kCardsPerSheetPage);
constexpr double kLeft = (kPageWidth - kColumns * kCardWidth - (kColumns - 1) * kCutGap) / 2;
constexpr double kTop = (kPageHeight - kRows * kCardHeight - (kRows - 1) * kCutGap) / 2;

constexpr double kPad = 3.0;
constexpr double kBandHeight = 6.0;
const QRectF kPhoto(kPad, 8.5, 21.0, 28.0); // 3:4, as school photos are
const QRectF kQr(kCardWidth - kPad - 24.0, 7.5, 24.0, 24.0);
const QRectF kName(27.0, 9.0, kQr.left() - 27.0 - 1.0, 11.0);
const QRectF kClass(27.0, 21.0, kName.width(), 6.0);
const QRectF kCode128(kPad, 38.0, kCardWidth - 2 * kPad, 8.5);
const QRectF kCodeText(kPad, 46.8, kCardWidth - 2 * kPad, 4.5);

const QColor kBandColor(0xf2, 0x8c, 0x28);
const QColor kInk(0x22, 0x22, 0x22);
const QColor kCutLine(0xc8, 0xc8, 0xc8);
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

QFont cardFont(double pixelSize, QFont::Weight weight)
{
    QFont font(kFontFamily);
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setWeight(weight);
    return font;
}

// The largest size up to `maxPixelSize` at which `text` fits on one line.
QFont fittedFont(const QString &text, double width, double maxPixelSize, QFont::Weight weight)
{
    QFont font = cardFont(maxPixelSize, weight);
    const double textWidth = QFontMetricsF(font).horizontalAdvance(text);
    if (textWidth > width && textWidth > 0)
        font.setPixelSize(std::max(1, int(maxPixelSize * width / textWidth)));
    return font;
}

void paintPhoto(QPainter &painter, const QRectF &rect, const QImage &photo, double radius)
{
    QPainterPath clip;
    clip.addRoundedRect(rect, radius, radius);
    painter.save();
    painter.setClipPath(clip);
    if (photo.isNull()) {
        // A neutral head-and-shoulders outline.
        painter.fillRect(rect, QColor(0xe8, 0xe8, 0xe8));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xbd, 0xbd, 0xbd));
        const double w = rect.width();
        painter.drawEllipse(QPointF(rect.center().x(), rect.top() + rect.height() * 0.38), w * 0.22, w * 0.22);
        painter.drawEllipse(QPointF(rect.center().x(), rect.bottom() + w * 0.12), w * 0.45, w * 0.42);
    } else {
        // Scaled to the printed size first: a camera photo would make the PDF huge.
        const QSize target = rect.size().toSize();
        const QImage scaled = photo.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QRect source((scaled.width() - target.width()) / 2, (scaled.height() - target.height()) / 2,
                           target.width(), target.height());
        painter.drawImage(rect, scaled, source);
    }
    painter.restore();
}

void paintCard(QPainter &painter, const Mm &mm, QPointF originMm, const CardSheetEntry &entry)
{
    const QRectF card = mm(QRectF(0, 0, kCardWidth, kCardHeight), originMm);
    const double radius = mm(kCardRadius);

    // A light outline to cut along, and the band across the top.
    QPainterPath outline;
    outline.addRoundedRect(card, radius, radius);
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(mm(QRectF(0, 0, kCardWidth, kBandHeight), originMm), kBandColor);
    painter.restore();
    painter.setPen(QPen(kCutLine, mm(0.2)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);

    painter.setPen(Qt::white);
    const QRectF band = mm(QRectF(kPad, 0, kCardWidth - 2 * kPad, kBandHeight), originMm);
    painter.setFont(cardFont(mm(3.4), QFont::Bold));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("Cards", "Left-behind Children's Home"));

    paintPhoto(painter, mm(kPhoto, originMm), entry.photo, mm(1.5));

    painter.setPen(kInk);
    const QRectF name = mm(kName, originMm);
    painter.setFont(fittedFont(entry.name, name.width(), mm(7.5), QFont::Bold));
    painter.drawText(name, Qt::AlignLeft | Qt::AlignVCenter, entry.name);
    const QRectF className = mm(kClass, originMm);
    painter.setFont(fittedFont(entry.className, className.width(), mm(3.8), QFont::Normal));
    painter.drawText(className, Qt::AlignLeft | Qt::AlignVCenter, entry.className);

    paintCardBarcode(painter, mm(kQr, originMm), entry.code, CardSymbol::Qr);
    paintCardBarcode(painter, mm(kCode128, originMm), entry.code, CardSymbol::Code128);
    painter.setPen(kInk);
    QFont codeFont = cardFont(mm(3.2), QFont::Normal);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, mm(0.4)); // easier to read out or type
    painter.setFont(codeFont);
    painter.drawText(mm(kCodeText, originMm), Qt::AlignHCenter | Qt::AlignVCenter, entry.code);
}

// The one drawing function behind the PDF and the preview image.
void paintPage(QPainter &painter, double dpi, const QList<CardSheetEntry> &entries, int page)
{
    const Mm mm{dpi};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const qsizetype first = qsizetype(page) * kCardsPerSheetPage;
    const qsizetype last = std::min(entries.size(), first + kCardsPerSheetPage);
    for (qsizetype i = first; i < last; ++i) {
        const int slot = int(i - first);
        const QPointF origin(kLeft + (slot % kColumns) * (kCardWidth + kCutGap),
                             kTop + (slot / kColumns) * (kCardHeight + kCutGap));
        paintCard(painter, mm, origin, entries.at(i));
    }
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

int cardSheetPageCount(qsizetype entries)
{
    return int((entries + kCardsPerSheetPage - 1) / kCardsPerSheetPage);
}

bool writeCardSheet(const QString &pdfPath, const QList<CardSheetEntry> &entries, QString *error)
{
    if (entries.isEmpty()) {
        setError(error, QCoreApplication::translate("Cards", "There are no cards to print."));
        return false;
    }
    QList<CardSheetEntry> cards = entries;
    for (CardSheetEntry &card : cards) {
        // A school's own number too: a new card for a lost campus card.
        const CardCodeCheck check = checkAnyCardCode(card.code);
        if (!check.ok) {
            setError(error,
                     QCoreApplication::translate("Cards",
                                                 "%1 has no valid card code, so no card could be "
                                                 "printed. Give %1 a new card code first.")
                         .arg(card.name));
            return false;
        }
        card.code = check.normalized;
    }

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error,
                 QCoreApplication::translate("Cards", "The card sheet could not be saved: %1").arg(file.errorString()));
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kCardSheetDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QCoreApplication::translate("Cards", "Qinqing cards"));
        writer.setCreator(QStringLiteral("Qinqing"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            setError(error, QCoreApplication::translate("Cards", "The card sheet could not be drawn."));
            return false;
        }
        const int pages = cardSheetPageCount(cards.size());
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, kCardSheetDpi, cards, page);
        }
        painter.end();
    }
    if (!file.commit()) {
        setError(error,
                 QCoreApplication::translate("Cards", "The card sheet could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

QImage renderCardSheetPage(const QList<CardSheetEntry> &entries, int page, int dpi)
{
    if (page < 0 || page >= cardSheetPageCount(entries.size()) || dpi <= 0)
        return {};
    const Mm mm{double(dpi)};
    QImage image(int(std::lround(mm(kPageWidth))), int(std::lround(mm(kPageHeight))), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, dpi, entries, page);
    return image;
}

} // namespace qq
