// qq::CatalogImport: the library corner's books from a teacher's CSV, previewed, then all or nothing.
#include "book_code.h"
#include "catalog_import.h"
#include "temp_school.h"

#include <QFile>
#include <QStringEncoder>

#include <random>

using namespace qq;
using Action = CatalogRow::Action;

namespace {

// A valid ISBN-13 from its first 12 digits.
QString isbn(const char *twelve)
{
    const QString digits = QString::fromLatin1(twelve);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 ? 3 : 1);
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

const QString kXiyouji = isbn("978702000220"); // 9787020002207, ISBN-10 7-02-000220-X
const QString kXiaowangzi = isbn("978702004113");
const QString kCaofangzi = isbn("978753465428");

struct Catalog : test::TempSchool {
    Catalog() : importer(store->db(), store->changeLog(), clock) { }

    // Everything a refused import must leave as it was.
    QString fingerprint() const
    {
        Statement stmt = store->db().prepare(
            "SELECT (SELECT count(*) FROM book_titles) || '/' || (SELECT count(*) FROM book_copies) || '/' || "
            "(SELECT count(*) FROM change_log) || '/' || (SELECT ifnull(group_concat(barcode), '') FROM "
            "book_copies)");
        return stmt.step() ? stmt.text(0) : QString();
    }
    CatalogResult importText(const QString &csv)
    {
        const CatalogPreview preview = importer.preview(csv.toUtf8());
        EXPECT_TRUE(preview.canApply()) << qPrintable(preview.fileErrors.join(' ') + allErrors(preview));
        return importer.apply(preview);
    }
    static QString allErrors(const CatalogPreview &preview)
    {
        QStringList errors;
        for (const CatalogRow &row : preview.rows)
            for (const QString &error : row.errors)
                errors.append(QStringLiteral("line %1: %2").arg(row.line).arg(error));
        return errors.join('\n');
    }
    QString text(const QString &sql) const
    {
        Statement stmt = store->db().prepare(sql.toUtf8());
        return stmt.step() ? stmt.text(0) : QString();
    }
    // A copy already on the shelf, as the demo school or a scan adds one.
    void addCopy(const QString &barcode)
    {
        const QString titleId = QStringLiteral("title-%1").arg(barcode);
        store->db().prepare("INSERT INTO book_titles (id, title) VALUES (?, '旧书')").bind(1, titleId).run();
        store->db()
            .prepare("INSERT INTO book_copies (id, title_id, barcode) VALUES (?, ?, ?)")
            .bind(1, QStringLiteral("copy-%1").arg(barcode))
            .bind(2, titleId)
            .bind(3, barcode)
            .run();
    }

    CatalogImport importer;
};

const QString kHeader = QStringLiteral("ISBN,书名,作者,出版社,适读年龄,分类,册数\n");

} // namespace

TEST(CatalogImport, ReadsUtf8WithBomAndGbk)
{
    const QString csv = kHeader + kXiyouji + QStringLiteral(",西游记,吴承恩,人民文学出版社,9-12岁,古典名著,3\n")
        + kXiaowangzi + QStringLiteral(",小王子,圣埃克苏佩里,,6-9岁,外国文学,\n");
    QStringEncoder toGbk("GBK");
    ASSERT_TRUE(toGbk.isValid());
    const QByteArray gbk = toGbk.encode(csv);
    ASSERT_FALSE(toGbk.hasError());
    ASSERT_NE(gbk, csv.toUtf8());
    const QList<std::pair<QByteArray, QString>> files{{"\xEF\xBB\xBF" + csv.toUtf8(), u"UTF-8"_qs},
                                                      {gbk, u"GB18030"_qs}};
    for (const auto &[bytes, encoding] : files) {
        Catalog library;
        const CatalogPreview preview = library.importer.preview(bytes);
        ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(preview.fileErrors.join(' '));
        EXPECT_EQ(preview.encoding, encoding);
        EXPECT_TRUE(preview.warnings.isEmpty()) << qPrintable(preview.warnings.join(' '));
        ASSERT_EQ(preview.rows.size(), 2);
        const CatalogRow &first = preview.rows.at(0);
        EXPECT_EQ(first.line, 2);
        EXPECT_EQ(first.action, Action::Add);
        EXPECT_EQ(first.isbn, kXiyouji);
        EXPECT_EQ(first.title, u"西游记"_qs);
        EXPECT_EQ(first.author, u"吴承恩"_qs);
        EXPECT_EQ(first.publisher, u"人民文学出版社"_qs);
        EXPECT_EQ(first.ageBand, u"9-12岁"_qs);
        EXPECT_EQ(first.category, u"古典名著"_qs);
        EXPECT_EQ(first.copies, 3);
        EXPECT_EQ(preview.rows.at(1).title, u"小王子"_qs);
        EXPECT_EQ(preview.rows.at(1).copies, 1); // an empty 册数 is one copy
        EXPECT_EQ(preview.count(Action::Add), 2);
        EXPECT_EQ(preview.copiesToAdd(), 4);
        ASSERT_TRUE(preview.canApply());

        const CatalogResult result = library.importer.apply(preview);
        ASSERT_TRUE(result.ok) << qPrintable(result.error);
        EXPECT_EQ(result.titlesAdded, 2);
        EXPECT_EQ(result.copiesAdded, 4);
        EXPECT_EQ(library.text(u"SELECT author FROM book_titles WHERE title = '西游记'"_qs), u"吴承恩"_qs);
    }
}

TEST(CatalogImport, ApplyWritesTitlesCopiesPinyinAndTheChangeLog)
{
    Catalog library;
    const int changesBefore = library.count("SELECT count(*) FROM change_log");
    // 7-02-000220-X is the ISBN-10 of 西游记: kept as ISBN-13. A book without an ISBN is fine.
    const QString csv = kHeader
        + QStringLiteral("7-02-000220-X,西游记（第3册）,吴承恩,人民文学出版社,,,2\n"
                         ",自编乡土读本,石桥镇中心小学,,,,１\n")
        + kCaofangzi + QStringLiteral(",\"草房子\",曹文轩,江苏少年儿童出版社,,,3册\n");
    const CatalogPreview preview = library.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply()) << qPrintable(Catalog::allErrors(preview) + preview.fileErrors.join(' '));
    EXPECT_EQ(preview.rows.at(0).isbn, kXiyouji);
    EXPECT_TRUE(preview.rows.at(1).isbn.isEmpty());
    EXPECT_EQ(preview.rows.at(1).copies, 1);
    EXPECT_EQ(preview.rows.at(2).copies, 3);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_titles"), 0); // the preview writes nothing

    const CatalogResult result = library.importer.apply(preview);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.titlesAdded, 3);
    EXPECT_EQ(result.copiesAdded, 6);
    EXPECT_EQ(result.barcodes.size(), 6);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_titles"), 3);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_copies WHERE state = 'shelf'"), 6);
    EXPECT_EQ(library.count("SELECT count(*) FROM change_log") - changesBefore, 9);
    EXPECT_EQ(library.count("SELECT count(*) FROM change_log WHERE entity = 'book_titles' AND op = 'insert'"), 3);
    EXPECT_EQ(library.count("SELECT count(*) FROM change_log WHERE entity = 'book_copies' AND op = 'insert'"), 6);
    EXPECT_EQ(library.text(u"SELECT title_pinyin FROM book_titles WHERE isbn = '%1'"_qs.arg(kXiyouji)), u"xyjd3c"_qs);
    EXPECT_EQ(library.text(u"SELECT count(*) FROM book_titles WHERE added_at = %1"_qs.arg(library.clock.nowMs())),
              u"3"_qs);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_copies WHERE added_at = 0"), 0);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_titles WHERE isbn IS NULL AND title = '自编乡土读本'"), 1);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_copies c JOIN book_titles t ON t.id = c.title_id "
                            "WHERE t.title = '草房子'"),
              3);
    // Labels from QB000001 on, in file order.
    EXPECT_EQ(result.barcodes.first(), bookCodeFromSerial(1));
    EXPECT_EQ(result.barcodes.last(), bookCodeFromSerial(6));
}

TEST(CatalogImport, EachBadInputIsARowErrorNamingTheValueAndNothingIsWritten)
{
    struct Case {
        QString row; // line 3; line 2 is always a good row
        QString mention; // the value the message must name
    };
    const QString good = kXiaowangzi + QStringLiteral(",小王子,圣埃克苏佩里,,,,2\n");
    QString wrongCheck = kXiyouji;
    wrongCheck.back() = QChar(u'0' + (wrongCheck.back().digitValue() + 1) % 10);
    const QList<Case> cases{
        {wrongCheck + u",西游记,,,,,1"_qs, wrongCheck}, // a mistyped digit
        {u"978702000220,西游记,,,,,1"_qs, u"978702000220"_qs}, // 12 digits
        {u"97870200A2207,西游记,,,,,1"_qs, u"97870200A2207"_qs}, // a letter
        {u"6901234567892,矿泉水,,,,,1"_qs, u"6901234567892"_qs}, // a product barcode
        {u"9.78702E+12,西游记,,,,,1"_qs, u"9.78702E+12"_qs}, // shortened by Excel
        {kXiyouji + u",,吴承恩,,,,1"_qs, u"书名"_qs}, // no title, and the ISBN is not in the catalog
        {u",,,人民文学出版社,,,1"_qs, u"书名"_qs},
        {kXiyouji + u",西游记,,,,,三"_qs, u"三"_qs},
        {kXiyouji + u",西游记,,,,,0"_qs, u"\"0\""_qs},
        {kXiyouji + u",西游记,,,,,51"_qs, u"51"_qs},
        {kXiyouji + u",西游记,,,,,-2"_qs, u"-2"_qs},
        {kXiyouji + u",西游记,,,,,2.5"_qs, u"2.5"_qs},
        {kXiaowangzi + u",小王子,,,,,1"_qs, u"line 2"_qs}, // the same ISBN as line 2
        {kXiyouji + u",西游记,吴承恩,人民文学出版社,,,1,多一格"_qs, u"8 cells"_qs}, // a comma in a title, unquoted
        {kXiyouji + u","_qs + QString(201, u'书') + u",,,,,1"_qs, u"200"_qs},
    };
    for (const Case &c : cases) {
        Catalog library;
        library.importText(kHeader + kCaofangzi + u",草房子,曹文轩,,,,1\n"_qs); // a catalog to leave alone
        const QString before = library.fingerprint();
        const CatalogPreview preview = library.importer.preview((kHeader + good + c.row + u'\n').toUtf8());
        ASSERT_TRUE(preview.fileErrors.isEmpty()) << qPrintable(c.row + preview.fileErrors.join(' '));
        ASSERT_EQ(preview.rows.size(), 2) << qPrintable(c.row);
        EXPECT_EQ(preview.rows.at(0).action, Action::Add) << qPrintable(c.row);
        const CatalogRow &bad = preview.rows.at(1);
        EXPECT_EQ(bad.line, 3);
        EXPECT_EQ(bad.action, Action::Error) << qPrintable(c.row);
        ASSERT_FALSE(bad.errors.isEmpty()) << qPrintable(c.row);
        EXPECT_TRUE(bad.errors.join(' ').contains(c.mention))
            << qPrintable(c.row + u" → "_qs + bad.errors.join(' ') + u" should name "_qs + c.mention);
        EXPECT_EQ(preview.count(Action::Error), 1);
        EXPECT_FALSE(preview.canApply());

        const CatalogResult result = library.importer.apply(preview);
        EXPECT_FALSE(result.ok);
        EXPECT_FALSE(result.error.isEmpty());
        EXPECT_EQ(result.titlesAdded + result.copiesAdded, 0);
        EXPECT_EQ(library.fingerprint(), before) << qPrintable(c.row);
    }
}

TEST(CatalogImport, TheSameIsbnTwiceMakesTheLaterLineAnError)
{
    Catalog library;
    // The second line writes 西游记's ISBN-10: the same book.
    const QString csv = kHeader + kXiyouji + u",西游记,,,,,2\n"_qs + kXiaowangzi + u",小王子,,,,,1\n"_qs
        + u"7-02-000220-X,西游记,,,,,1\n"_qs;
    const CatalogPreview preview = library.importer.preview(csv.toUtf8());
    ASSERT_EQ(preview.rows.size(), 3);
    EXPECT_EQ(preview.rows.at(0).action, Action::Add);
    EXPECT_EQ(preview.rows.at(1).action, Action::Add);
    ASSERT_EQ(preview.rows.at(2).action, Action::Error);
    EXPECT_EQ(preview.rows.at(2).line, 4);
    EXPECT_TRUE(preview.rows.at(2).errors.join(' ').contains(u"line 2"_qs)); // names line 2
    EXPECT_FALSE(library.importer.apply(preview).ok);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_titles"), 0);
}

TEST(CatalogImport, AnIsbnAlreadyInTheCatalogAddsCopiesToIt)
{
    Catalog library;
    ASSERT_TRUE(library.importText(kHeader + kXiyouji + u",西游记,吴承恩,,,,2\n"_qs).ok);
    const QString titleId = library.text(u"SELECT id FROM book_titles"_qs);

    // A donation of three more, written with the ISBN-10 and no title; and one new book.
    const QString csv = u"书号,书名,复本\n7-02-000220-X,,3\n"_qs + kCaofangzi + u",草房子,1\n"_qs;
    const CatalogPreview preview = library.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply()) << qPrintable(Catalog::allErrors(preview));
    EXPECT_EQ(preview.rows.at(0).action, Action::AddCopies);
    EXPECT_EQ(preview.rows.at(0).titleId, titleId);
    EXPECT_EQ(preview.rows.at(0).catalogTitle, u"西游记"_qs);
    EXPECT_EQ(preview.rows.at(0).copies, 3);
    EXPECT_EQ(preview.count(Action::AddCopies), 1);
    EXPECT_EQ(preview.count(Action::Add), 1);
    EXPECT_EQ(preview.copiesToAdd(), 4);

    const CatalogResult result = library.importer.apply(preview);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.titlesAdded, 1);
    EXPECT_EQ(result.copiesAdded, 4);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_titles"), 2);
    EXPECT_EQ(library.text(u"SELECT count(*) FROM book_copies WHERE title_id = '%1'"_qs.arg(titleId)), u"5"_qs);
    EXPECT_EQ(library.text(u"SELECT title FROM book_titles WHERE id = '%1'"_qs.arg(titleId)), u"西游记"_qs);
}

TEST(CatalogImport, BarcodesContinueAfterTheHighestSerialAndAreUniqueAndValid)
{
    Catalog library;
    library.addCopy(bookCodeFromSerial(7));
    library.addCopy(bookCodeFromSerial(41));
    library.addCopy(u"QB0000420"_qs); // serial 42 with a wrong check digit: its number is still taken
    library.addCopy(u"ISBN-STICKER"_qs); // someone else's label
    ASSERT_FALSE(checkBookCode(u"QB0000420"_qs).ok);

    QString csv = kHeader;
    for (int i = 0; i < 20; ++i)
        csv += QStringLiteral(",第%1本故事书,,,,,%2\n").arg(i + 1).arg(i % 3 + 1);
    const CatalogResult result = library.importText(csv);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.copiesAdded, 39);
    EXPECT_EQ(result.barcodes.first(), bookCodeFromSerial(43));
    EXPECT_EQ(result.barcodes.last(), bookCodeFromSerial(43 + 38));
    for (const QString &barcode : result.barcodes) {
        const BookCodeCheck check = checkBookCode(barcode);
        EXPECT_TRUE(check.ok) << qPrintable(barcode);
        EXPECT_EQ(check.normalized, barcode);
    }
    EXPECT_EQ(library.count("SELECT count(*) FROM book_copies"), 43);
    EXPECT_EQ(library.count("SELECT count(DISTINCT barcode) FROM book_copies"), 43);

    // A second import goes on from there.
    const CatalogResult more = library.importText(kHeader + kCaofangzi + u",草房子,,,,,2\n"_qs);
    ASSERT_TRUE(more.ok) << qPrintable(more.error);
    EXPECT_EQ(more.barcodes, QStringList({bookCodeFromSerial(82), bookCodeFromSerial(83)}));
}

TEST(CatalogImport, AStalePreviewIsRefused)
{
    Catalog library;
    const QString csv = kHeader + kXiyouji + u",西游记,,,,,2\n"_qs;
    const CatalogPreview preview = library.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply());

    // Meanwhile a teacher adds another book (or the same file is applied twice).
    ASSERT_TRUE(library.importText(kHeader + kXiaowangzi + u",小王子,,,,,1\n"_qs).ok);
    const QString before = library.fingerprint();
    const CatalogResult stale = library.importer.apply(preview);
    EXPECT_FALSE(stale.ok);
    EXPECT_FALSE(stale.error.isEmpty());
    EXPECT_EQ(library.fingerprint(), before);

    // Applied once, the same preview cannot add the copies again.
    const CatalogPreview fresh = library.importer.preview(csv.toUtf8());
    ASSERT_TRUE(library.importer.apply(fresh).ok);
    EXPECT_FALSE(library.importer.apply(fresh).ok);
    EXPECT_EQ(library.count("SELECT count(*) FROM book_copies"), 3);
}

TEST(CatalogImport, InsideACallersTransactionNothingStaysWhenTheCallerRollsBack)
{
    Catalog library;
    const QString before = library.fingerprint();
    const CatalogPreview preview = library.importer.preview((kHeader + kXiyouji + u",西游记,,,,,2\n"_qs).toUtf8());
    {
        Transaction outer(library.store->db());
        ASSERT_TRUE(library.importer.apply(preview).ok);
        EXPECT_EQ(library.count("SELECT count(*) FROM book_copies"), 2);
    } // not committed
    EXPECT_EQ(library.fingerprint(), before);
}

TEST(CatalogImport, TooBigBinaryWorkbookAndEmptyFilesAreRefusedWithAMessage)
{
    Catalog library;
    const QString before = library.fingerprint();
    QByteArray big = kHeader.toUtf8();
    while (big.size() <= CatalogImport::kMaxFileBytes)
        big += (kXiyouji + u",西游记,吴承恩,人民文学出版社,9-12岁,古典名著,1\n"_qs).toUtf8();
    QByteArray binary(4096, '\0');
    std::mt19937 random(7);
    for (char &byte : binary)
        byte = char(random() % 256);
    QByteArray highBytes; // no NUL, but no encoding either
    for (int i = 0; i < 200; ++i)
        highBytes += "\xFF\xFE\x80\x81\xFF";
    highBytes.prepend("ISBN,");
    const QList<QByteArray> files{big,
                                  binary,
                                  highBytes,
                                  QByteArray("PK\x03\x04", 4) + binary,
                                  QByteArray(),
                                  "\n\n,,,\n",
                                  kHeader.toUtf8(),
                                  "作者,出版社\n吴承恩,人民文学出版社\n",
                                  "书名,题名\n西游记,西游记\n"};
    for (const QByteArray &bytes : files) {
        const CatalogPreview preview = library.importer.preview(bytes);
        EXPECT_FALSE(preview.fileErrors.isEmpty()) << bytes.left(40).toHex().constData();
        EXPECT_TRUE(preview.rows.isEmpty());
        EXPECT_FALSE(preview.canApply());
        const CatalogResult result = library.importer.apply(preview);
        EXPECT_FALSE(result.ok);
        EXPECT_FALSE(result.error.isEmpty());
    }
    EXPECT_TRUE(library.importer.preview(big).fileErrors.first().contains(u"5 MB"_qs));
    EXPECT_TRUE(library.importer.preview("作者\n吴承恩\n").fileErrors.first().contains(u"书名"_qs));

    const QString path = library.dir.filePath(u"big.csv"_qs);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    EXPECT_FALSE(library.importer.previewFile(path).fileErrors.isEmpty());
    EXPECT_FALSE(library.importer.previewFile(library.dir.filePath(u"missing.csv"_qs)).fileErrors.isEmpty());
    EXPECT_EQ(library.fingerprint(), before);
}

TEST(CatalogImport, ColumnsAsTeachersNameThemAndWarnings)
{
    Catalog library;
    ASSERT_TRUE(library.importText(u"书名\n西游记\n"_qs).ok); // a title is all a row needs

    // A title line above the header, English and other Chinese names, a note in
    // brackets, padding, full-width digits, and an unknown column.
    const QString csv = u"图书角捐赠书目（2026年秋）\n"
                        u"isbn, 题名 ,Author,出版者,年龄段,类别,复本（本）,备注\n"_qs
        + kXiaowangzi + u",小王子,圣埃克苏佩里,人民文学出版社,6-9岁,外国文学,２,好书\n"_qs
        + u",西游记,吴承恩,,,,1,\n"_qs;
    const CatalogPreview preview = library.importer.preview(csv.toUtf8());
    ASSERT_TRUE(preview.canApply()) << qPrintable(Catalog::allErrors(preview) + preview.fileErrors.join(' '));
    ASSERT_EQ(preview.rows.size(), 2);
    const CatalogRow &row = preview.rows.at(0);
    EXPECT_EQ(row.line, 3);
    EXPECT_EQ(row.isbn, kXiaowangzi);
    EXPECT_EQ(row.title, u"小王子"_qs);
    EXPECT_EQ(row.author, u"圣埃克苏佩里"_qs);
    EXPECT_EQ(row.publisher, u"人民文学出版社"_qs);
    EXPECT_EQ(row.ageBand, u"6-9岁"_qs);
    EXPECT_EQ(row.category, u"外国文学"_qs);
    EXPECT_EQ(row.copies, 2);
    // Skipped title line, unused column, and 西游记 again without an ISBN.
    const QString warnings = preview.warnings.join(u'\n');
    EXPECT_EQ(preview.warnings.size(), 3) << qPrintable(warnings);
    EXPECT_TRUE(warnings.contains(u"备注"_qs)) << qPrintable(warnings);
    EXPECT_TRUE(warnings.contains(u"Line 4"_qs)) << qPrintable(warnings);
    EXPECT_EQ(preview.rows.at(1).action, Action::Add);
}
