// Book labels: the 24-up A4 sticker sheet as a PDF, and its pages as images
// read back with the scanner's own decoder.
#include "book_code.h"
#include "book_label_sheet.h"
#include "card_scanner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>

using namespace qq;

namespace {

constexpr int kDpi = 300;

int px(double mm)
{
    return int(std::lround(mm * kDpi / 25.4));
}

QRect cellPx(int slot)
{
    const QRectF mm = bookLabelCellMm(slot);
    return QRect(QPoint(px(mm.left()), px(mm.top())), QPoint(px(mm.right()) - 1, px(mm.bottom()) - 1));
}

QList<BookLabel> labels(int count)
{
    static const QStringList titles{QStringLiteral("西游记"), QStringLiteral("小王子"), QStringLiteral("十万个为什么"),
                                    QStringLiteral("安徒生童话"), QStringLiteral("Charlotte's Web")};
    QList<BookLabel> list;
    for (int i = 0; i < count; ++i)
        list.append({bookCodeFromSerial(1 + i * 7919 % 1'000'000), titles[i % titles.size()],
                     QStringLiteral("青山村留守儿童之家")});
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects, not the /Pages tree.
int countPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

bool isInk(QRgb pixel)
{
    return qGray(pixel) < 128;
}

// The columns of `rect` holding ink, as [first, last]; {-1, -1} for none.
std::pair<int, int> inkColumns(const QImage &image, const QRect &rect)
{
    int first = -1, last = -1;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (isInk(line[x])) {
                first = first < 0 ? x : std::min(first, x);
                last = std::max(last, x);
            }
        }
    }
    return {first, last};
}

} // namespace

TEST(BookLabels, PageOf24LabelsReadsBackEveryCode)
{
    const QList<BookLabel> sheet = labels(kBookLabelsPerPage);
    const QImage page = renderBookLabelPage(sheet, 0, kDpi);
    ASSERT_EQ(page.size(), QSize(2480, 3508)); // A4 at 300 dpi
    EXPECT_TRUE(renderBookLabelPage(sheet, 1, kDpi).isNull());
    EXPECT_TRUE(renderBookLabelPage(sheet, -1, kDpi).isNull());
    EXPECT_EQ(renderBookLabelPage(sheet, 0, 150).size(), QSize(1240, 1754));

    for (int slot = 0; slot < kBookLabelsPerPage; ++slot) {
        const QRect cell = cellPx(slot);
        ASSERT_TRUE(page.rect().contains(cell)) << slot;
        const std::optional<QString> text = CardScanner::decodeFrame(page.copy(cell));
        ASSERT_TRUE(text.has_value()) << "label " << slot << " did not read";
        EXPECT_EQ(*text, sheet[slot].code) << slot;
        const BookCodeCheck check = checkBookCode(*text);
        EXPECT_TRUE(check.ok) << slot;
        EXPECT_EQ(check.normalized, sheet[slot].code);
    }
}

TEST(BookLabels, BarsAreWholePixelsWithQuietZones)
{
    const QList<BookLabel> sheet = labels(1);
    const QImage page = renderBookLabelPage(sheet, 0, kDpi);
    const QRect cell = cellPx(0);
    const int y = cell.top() + px(17); // through the middle of the bars
    const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
    std::vector<int> runs; // alternating white/black run lengths inside the bars
    int firstBar = -1, lastBar = -1;
    for (int x = cell.left() + px(1.0); x <= cell.right() - px(1.0); ++x) { // inside the preview's outline
        const int grey = qGray(line[x]);
        ASSERT_TRUE(grey == 0 || grey == 255) << "grey bar edge at x " << x << ": " << grey;
        if (grey == 0) {
            firstBar = firstBar < 0 ? x : firstBar;
            lastBar = x;
        }
    }
    ASSERT_GT(firstBar, 0);
    int runStart = firstBar;
    for (int x = firstBar + 1; x <= lastBar + 1; ++x) {
        if (isInk(line[x]) != isInk(line[x - 1])) {
            runs.push_back(x - runStart);
            runStart = x;
        }
    }
    // Code 128 has bars of 1 to 4 modules: the narrowest run is the module.
    const int module = *std::min_element(runs.begin(), runs.end());
    EXPECT_GE(module, 2) << "at 300 dpi a module should be at least 2 pixels";
    for (int run : runs)
        EXPECT_EQ(run % module, 0) << "a bar or space of " << run << " px with " << module << " px modules";
    // The bars within the sticker's printable part (5 mm from its sides),
    // ten modules of blank quiet zone each side within the sticker.
    EXPECT_GE(firstBar - cell.left(), std::max(px(5.0) - 1, 10 * module));
    EXPECT_GE(cell.right() - lastBar, std::max(px(5.0) - 1, 10 * module));
    EXPECT_GE(lastBar - firstBar, px(50.0)) << "the bars should use the sticker's width";
}

TEST(BookLabels, LongTitlesAreElidedNotOverflowing)
{
    QList<BookLabel> sheet = labels(3);
    sheet[0].title = QStringLiteral("中国少年儿童百科全书：自然·科学·技术·文化·艺术（彩图注音版）第一卷");
    sheet[1].title = QStringLiteral("The Very Hungry Caterpillar and Other Stories for Young Readers");
    sheet[2].title = QStringLiteral("小王子");
    sheet[1].school = QStringLiteral("青山镇中心小学附属青山村留守儿童之家（第二活动室）图书角");
    ASSERT_GE(sheet[0].title.size(), 30);
    ASSERT_GE(sheet[1].title.size(), 30);
    const QImage page = renderBookLabelPage(sheet, 0, kDpi);

    for (int slot = 0; slot < 3; ++slot) {
        const QRect cell = cellPx(slot);
        // Nothing but the sticker's outline in its 5 mm side margins or its top 3 mm.
        const QRect content = cell.adjusted(px(5.0) - 1, 0, -(px(5.0) - 1), 0);
        const auto [first, last] = inkColumns(page, cell.adjusted(2, 2, -2, -2));
        EXPECT_GE(first, content.left()) << slot;
        EXPECT_LE(last, content.right()) << slot;
        EXPECT_EQ(inkColumns(page, QRect(cell.left() + 2, cell.top() + 2, cell.width() - 4, px(3.0))).first, -1)
            << "title of label " << slot << " runs onto a second line";

        // The title line: a long title fills it, elided, rather than shrinking.
        const QRect titleBand(cell.left(), cell.top() + px(3.0), cell.width(), px(5.6)); // above the bars
        const auto [titleFirst, titleLast] = inkColumns(page, titleBand);
        ASSERT_GE(titleFirst, 0) << "no title drawn on label " << slot;
        const int titleWidth = titleLast - titleFirst;
        if (slot < 2)
            EXPECT_GT(titleWidth, px(50.0)) << slot;
        else
            EXPECT_LT(titleWidth, px(20.0));
        // And the code still reads.
        EXPECT_EQ(CardScanner::decodeFrame(page.copy(cell)), sheet[slot].code) << slot;
    }
}

TEST(BookLabels, PdfHasOnePagePer24Labels)
{
    QTemporaryDir dir;
    for (int count : {1, 24, 25, 48, 49}) {
        const QString path = dir.filePath(QStringLiteral("labels-%1.pdf").arg(count));
        const QString error = writeBookLabelSheet(path, labels(count));
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        const QByteArray pdf = readAll(path);
        EXPECT_TRUE(pdf.startsWith("%PDF"));
        EXPECT_EQ(countPages(pdf), bookLabelPageCount(count)) << count;
        // A4 in points.
        EXPECT_TRUE(pdf.contains("/MediaBox [0 0 595") || pdf.contains("/MediaBox [0 0 594")) << "not A4";
    }
    EXPECT_EQ(bookLabelPageCount(0), 0);
    EXPECT_EQ(bookLabelPageCount(1), 1);
    EXPECT_EQ(bookLabelPageCount(24), 1);
    EXPECT_EQ(bookLabelPageCount(25), 2);
    EXPECT_EQ(bookLabelPageCount(49), 3);
    EXPECT_EQ(countPages(readAll(dir.filePath(QStringLiteral("labels-25.pdf")))), 2);
    // Nothing but the PDFs in the folder: the temporary files were renamed.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 5);
}

TEST(BookLabels, UnwritableFolderGivesAMessageAndLeavesNoFile)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QStringList paths{dir.filePath(QStringLiteral("missing/folder/labels.pdf")),
                      dir.filePath(QStringLiteral("not-a-folder/labels.pdf")),
                      QStringLiteral("/proc/qinqing-labels.pdf")}; // read-only even for root

    // A read-only folder; root writes there anyway, so only where it is refused.
    const QString readOnly = dir.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(readOnly));
    ASSERT_TRUE(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(readOnly + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        std::cout << "[   NOTE   ] running as root: a read-only folder is writable, checked through /proc instead\n";
    } else {
        paths.append(readOnly + QStringLiteral("/labels.pdf"));
    }

    for (const QString &path : paths) {
        const QString error = writeBookLabelSheet(path, labels(3));
        EXPECT_FALSE(error.isEmpty()) << path.toStdString();
        EXPECT_FALSE(QFile::exists(path)) << path.toStdString();
    }
    EXPECT_TRUE(QDir(readOnly).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("not-a-folder"), QStringLiteral("read-only")}));
}

TEST(BookLabels, InvalidCodeOrNoLabelsIsRefusedAndTheOldSheetKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.pdf"));
    ASSERT_EQ(writeBookLabelSheet(path, labels(2)), QString());
    const QByteArray before = readAll(path);

    QList<BookLabel> bad = labels(3);
    QString damaged = bad[1].code;
    damaged[4] = damaged[4] == QLatin1Char('9') ? QLatin1Char('0') : QChar(damaged[4].unicode() + 1);
    bad[1].code = damaged;
    ASSERT_EQ(checkBookCode(damaged).problem, BookCodeProblem::BadCheck);
    const QString error = writeBookLabelSheet(path, bad);
    EXPECT_TRUE(error.contains(damaged)) << error.toStdString();
    EXPECT_FALSE(writeBookLabelSheet(path, {}).isEmpty());
    EXPECT_EQ(readAll(path), before);

    // Codes as typed are printed as checked: lower case and spaces normalised.
    QList<BookLabel> typed = labels(1);
    const QString code = typed[0].code;
    typed[0].code = QStringLiteral(" qb ") + code.mid(2);
    ASSERT_EQ(writeBookLabelSheet(path, typed), QString());
    EXPECT_EQ(CardScanner::decodeFrame(renderBookLabelPage(typed, 0, kDpi).copy(cellPx(0))), code);
}
