// The printable card sheet: a real PDF file, and its first page as an image.
#include "card_code.h"
#include "card_scanner.h"
#include "card_sheet.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qq;

namespace {

QList<CardSheetEntry> entries(int count, bool photos = true)
{
    static const QStringList names{QStringLiteral("张小明"), QStringLiteral("李梓涵"), QStringLiteral("王一诺"),
                                   QStringLiteral("欧阳思远"), QStringLiteral("陈雨")};
    QList<CardSheetEntry> list;
    for (int i = 0; i < count; ++i) {
        QImage photo;
        if (photos && i % 3 != 2) { // every third child has no photo yet
            photo = QImage(300, 400, QImage::Format_RGB32);
            photo.fill(QColor::fromHsv((i * 47) % 360, 120, 200));
        }
        list.append({names[i % names.size()], QStringLiteral("三年级(%1)班").arg(i % 3 + 1), newCardCode(), photo});
    }
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int countPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

} // namespace

TEST(CardSheet, NineCardsMakeTwoA4Pages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    QString error;
    ASSERT_TRUE(writeCardSheet(path, entries(9), &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 1024);
    EXPECT_EQ(countPages(pdf), 2);
    EXPECT_EQ(cardSheetPageCount(9), 2);
    // A4 in points.
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 595") || pdf.contains("/MediaBox [0 0 594")) << "not A4";
    // Nothing but the PDF in the folder: the temporary file was renamed.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cards.pdf")});
}

TEST(CardSheet, PageCounts)
{
    QTemporaryDir dir;
    for (int count : {1, 8, 16, 17}) {
        const QString path = dir.filePath(QStringLiteral("cards-%1.pdf").arg(count));
        ASSERT_TRUE(writeCardSheet(path, entries(count, false)));
        EXPECT_EQ(countPages(readAll(path)), cardSheetPageCount(count)) << count;
    }
    EXPECT_EQ(cardSheetPageCount(1), 1);
    EXPECT_EQ(cardSheetPageCount(8), 1);
    EXPECT_EQ(cardSheetPageCount(17), 3);
}

TEST(CardSheet, UnwritablePathIsRefusedAndLeavesNoFile)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const QString &path : {dir.filePath(QStringLiteral("missing/folder/cards.pdf")),
                                dir.filePath(QStringLiteral("not-a-folder/cards.pdf"))}) {
        QString error;
        EXPECT_FALSE(writeCardSheet(path, entries(3), &error)) << path.toStdString();
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(QFile::exists(path));
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("not-a-folder")});
}

TEST(CardSheet, InvalidCodeOrNoCardsIsRefusedAndTheOldSheetKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    ASSERT_TRUE(writeCardSheet(path, entries(2)));
    const QByteArray before = readAll(path);

    QList<CardSheetEntry> bad = entries(3);
    bad[1].code = QStringLiteral("9787020002207");
    QString error;
    EXPECT_FALSE(writeCardSheet(path, bad, &error));
    EXPECT_TRUE(error.contains(bad[1].name)) << error.toStdString();
    EXPECT_FALSE(writeCardSheet(path, {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(path), before);
}

TEST(CardSheet, RenderedPageShowsPhotosPlaceholdersAndReadableCodes)
{
    const QList<CardSheetEntry> cards = entries(9);
    const QImage page = renderCardSheetPage(cards, 0, 300);
    ASSERT_EQ(page.size(), QSize(2480, 3508)); // A4 at 300 dpi
    EXPECT_TRUE(renderCardSheetPage(cards, 2).isNull());
    EXPECT_EQ(renderCardSheetPage(cards, 1, 150).size(), QSize(1240, 1754));

    // Geometry in millimetres, as on the sheet: the first card's top left
    // corner is at (16.4, 31.5), its photo 3 mm in and 8.5 mm down.
    auto px = [](double mm) { return int(mm * 300 / 25.4); };
    const QPoint photoCentre(px(16.4 + 3 + 10.5), px(31.5 + 8.5 + 14));
    EXPECT_EQ(page.pixelColor(photoCentre), cards[0].photo.pixelColor(0, 0));
    // The third card has no photo: a grey placeholder, neither white nor a colour.
    const QPoint thirdPhoto(px(16.4 + 3 + 2), px(31.5 + 54 + 6 + 8.5 + 2));
    const QColor placeholder = page.pixelColor(thirdPhoto);
    EXPECT_LT(placeholder.lightness(), 250);
    EXPECT_LT(placeholder.hsvSaturation(), 10);

    // Each card on its own reads back as its code (QR or Code 128).
    for (int slot = 0; slot < 8; ++slot) {
        const QRect card(px(16.4 + (slot % 2) * (85.6 + 6)), px(31.5 + (slot / 2) * (54 + 6)), px(85.6), px(54));
        EXPECT_EQ(CardScanner::decodeFrame(page.copy(card)), cards[slot].code) << slot;
    }
    // The Code 128 alone, too.
    const QRect code128(px(16.4), px(31.5 + 37), px(85.6), px(11));
    EXPECT_EQ(CardScanner::decodeFrame(page.copy(code128)), cards[0].code);
}
