#include "catalog_import.h"

#include "book_code.h"
#include "change_log.h"
#include "clock.h"
#include "csv_reader.h"
#include "database.h"
#include "ids.h"
#include "isbn.h"
#include "pinyin.h"
#include "roster_sheet.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace qq {
namespace {

using RosterSheet::characterCount;
using RosterSheet::folded;

constexpr int kHighestSerial = 999'999; // bookCodeFromSerial takes six digits

enum class Column { Isbn, Title, Author, Publisher, AgeBand, Category, Copies, None };
constexpr int kColumnCount = int(Column::None);

struct ColumnSpec {
    Column column;
    QString title; // as teachers write it; used in messages when the file lacks the column
    QStringList aliases;
};

const std::array<ColumnSpec, kColumnCount> &columnSpecs()
{
    static const std::array<ColumnSpec, kColumnCount> specs{{
        {Column::Isbn, u"ISBN"_qs, {u"书号"_qs, u"ISBN号"_qs, u"国际标准书号"_qs, u"isbn13"_qs}},
        {Column::Title,
         u"书名"_qs,
         {u"题名"_qs, u"正题名"_qs, u"图书名称"_qs, u"图书名"_qs, u"title"_qs, u"book_title"_qs}},
        {Column::Author, u"作者"_qs, {u"author"_qs, u"著者"_qs, u"责任者"_qs, u"编著"_qs}},
        {Column::Publisher, u"出版社"_qs, {u"publisher"_qs, u"出版者"_qs, u"出版单位"_qs}},
        {Column::AgeBand,
         u"适读年龄"_qs,
         {u"年龄段"_qs, u"age_band"_qs, u"适读年龄段"_qs, u"适合年龄"_qs, u"适读年级"_qs, u"age"_qs}},
        {Column::Category, u"分类"_qs, {u"类别"_qs, u"category"_qs, u"图书分类"_qs, u"分类号"_qs}},
        {Column::Copies, u"册数"_qs, {u"复本"_qs, u"复本数"_qs, u"copies"_qs, u"数量"_qs, u"本数"_qs}},
    }};
    return specs;
}

Column columnForHeader(const QString &text)
{
    static const QHash<QString, Column> byKey = [] {
        QHash<QString, Column> keys;
        for (const ColumnSpec &spec : columnSpecs()) {
            keys.insert(spreadsheetHeaderKey(spec.title), spec.column);
            for (const QString &alias : spec.aliases)
                keys.insert(spreadsheetHeaderKey(alias), spec.column);
        }
        return keys;
    }();
    return byKey.value(spreadsheetHeaderKey(text), Column::None);
}

struct Header {
    int recordIndex = -1;
    std::array<int, kColumnCount> index{}; // cell index of each column, -1 when absent
    QStringList written;
    QStringList unknown;
    QStringList duplicated;
    int known = 0;

    bool has(Column column) const { return index[size_t(column)] >= 0; }
    QString title(Column column) const
    {
        return has(column) ? written.at(index[size_t(column)]) : columnSpecs()[size_t(column)].title;
    }
    QString cell(const CsvRecord &record, Column column) const
    {
        const int at = index[size_t(column)];
        return at >= 0 && at < record.cells.size() ? record.cells.at(at).simplified() : QString();
    }
};

Header readHeader(const CsvRecord &record, int recordIndex)
{
    Header header;
    header.recordIndex = recordIndex;
    header.index.fill(-1);
    for (int i = 0; i < record.cells.size(); ++i) {
        const QString text = record.cells.at(i).trimmed();
        header.written.append(text);
        if (text.isEmpty())
            continue; // a spreadsheet's empty trailing columns
        const Column column = columnForHeader(text);
        if (column == Column::None) {
            header.unknown.append(text);
        } else if (header.has(column)) {
            header.duplicated.append(text);
        } else {
            header.index[size_t(column)] = i;
            ++header.known;
        }
    }
    return header;
}

QString lineList(const QList<int> &lines)
{
    QStringList text;
    for (int line : lines)
        text.append(QString::number(line));
    return text.join(u"、"_qs);
}

// Titles compare without spaces and with full-width forms folded.
QString titleKey(const QString &title)
{
    QString key = title.normalized(QString::NormalizationForm_KC);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

// The catalog as one preview saw it; `stamp` is a hash of every title and copy.
struct CatalogSnapshot {
    struct Title {
        QString id;
        QString title;
    };
    QHash<QString, Title> byIsbn;
    QHash<QString, QString> titleByKey; // any title, for the "already there without an ISBN" warning
    int highestSerial = 0;
    QByteArray stamp;
};

CatalogSnapshot loadSnapshot(Database &db)
{
    CatalogSnapshot snapshot;
    QCryptographicHash stamp(QCryptographicHash::Sha256);
    auto add = [&](const QString &text) {
        stamp.addData(text.toUtf8());
        stamp.addData(QByteArrayView("\x1F", 1));
    };
    Statement titles = db.prepare("SELECT id, ifnull(isbn, ''), title FROM book_titles ORDER BY id");
    while (titles.step()) {
        const QString id = titles.text(0);
        const QString isbn = titles.text(1);
        const QString title = titles.text(2);
        if (!isbn.isEmpty())
            snapshot.byIsbn.insert(isbn, {id, title});
        snapshot.titleByKey.insert(titleKey(title), id);
        for (const QString &text : {id, isbn, title})
            add(text);
    }
    Statement copies = db.prepare("SELECT id, title_id, barcode FROM book_copies ORDER BY id");
    while (copies.step()) {
        for (int column = 0; column < 3; ++column)
            add(copies.text(column));
    }
    // Every label that looks like ours counts, even one with a wrong check digit:
    // a new label must never repeat its number.
    Statement serial = db.prepare("SELECT ifnull(max(CAST(substr(barcode, 3, 6) AS INTEGER)), 0) FROM book_copies "
                                  "WHERE barcode GLOB 'QB[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'");
    if (serial.step())
        snapshot.highestSerial = int(serial.int64(0));
    snapshot.stamp = stamp.result();
    return snapshot;
}

QString isbnProblemText(IsbnProblem problem)
{
    switch (problem) {
    case IsbnProblem::BadCharacters:
        return QCoreApplication::translate("CatalogImport",
                                           "An ISBN has only digits, hyphens and perhaps an X at the end.");
    case IsbnProblem::WrongLength:
        return QCoreApplication::translate("CatalogImport", "An ISBN has 10 or 13 digits.");
    case IsbnProblem::BadChecksum:
        return QCoreApplication::translate(
            "CatalogImport", "A digit is wrong: the last digit does not fit the others. Check it against the book.");
    case IsbnProblem::NotABook:
        return QCoreApplication::translate(
            "CatalogImport", "This is a product barcode, not a book's ISBN (those start with 978 or 979).");
    case IsbnProblem::None:
    case IsbnProblem::Empty:
        break;
    }
    return {};
}

// One data line, checked on its own (before looking at the catalog and the other lines).
CatalogRow readRow(const Header &header, const CsvRecord &record)
{
    CatalogRow row;
    row.line = record.line;
    QStringList &errors = row.errors;
    if (record.problem == CsvRecord::Problem::TooLong) {
        errors.append(QCoreApplication::translate("CatalogImport",
                                                  "This line is far too long (over 64 KB); is it really one book?"));
        return row;
    }
    if (record.problem == CsvRecord::Problem::UnclosedQuote)
        errors.append(QCoreApplication::translate(
            "CatalogImport",
            "A quote (\") opened on this line is never closed, so the rest of the file became one cell."));
    if (record.cells.size() > header.written.size())
        errors.append(QCoreApplication::translate(
                          "CatalogImport",
                          "%1 cells, but the header has %2 columns. Is there a comma in a title? Put that title in "
                          "quotes.")
                          .arg(record.cells.size())
                          .arg(header.written.size()));

    const QString isbn = folded(header.cell(record, Column::Isbn));
    if (!isbn.isEmpty()) {
        const IsbnCheck check = checkIsbn(isbn);
        if (check.ok)
            row.isbn = check.isbn13;
        else if (RosterSheet::isScientificNumber(isbn))
            errors.append(QCoreApplication::translate(
                              "CatalogImport",
                              "%1 \"%2\" was shortened by the spreadsheet. Format the column as text, type the ISBN "
                              "again and save.")
                              .arg(header.title(Column::Isbn), isbn));
        else
            errors.append(QCoreApplication::translate("CatalogImport", "%1 \"%2\" is not an ISBN. %3")
                              .arg(header.title(Column::Isbn), isbn, isbnProblemText(check.problem)));
    }

    row.title = header.cell(record, Column::Title);
    if (characterCount(row.title) > CatalogImport::kMaxTitleLength)
        errors.append(QCoreApplication::translate("CatalogImport", "%1 is longer than %2 characters.")
                          .arg(header.title(Column::Title))
                          .arg(CatalogImport::kMaxTitleLength));
    const std::array<std::pair<Column, QString *>, 4> texts{{{Column::Author, &row.author},
                                                             {Column::Publisher, &row.publisher},
                                                             {Column::AgeBand, &row.ageBand},
                                                             {Column::Category, &row.category}}};
    for (const auto &[column, text] : texts) {
        *text = header.cell(record, column);
        if (characterCount(*text) > CatalogImport::kMaxTextLength)
            errors.append(QCoreApplication::translate("CatalogImport", "%1 is longer than %2 characters.")
                              .arg(header.title(column))
                              .arg(CatalogImport::kMaxTextLength));
    }

    QString copies = folded(header.cell(record, Column::Copies));
    if (!copies.isEmpty()) {
        QString number = copies;
        if (number.endsWith(u'册') || number.endsWith(u'本'))
            number.chop(1);
        bool ok = false;
        row.copies = number.trimmed().toInt(&ok);
        if (!ok || row.copies < 1 || row.copies > CatalogImport::kMaxCopies) {
            errors.append(
                QCoreApplication::translate("CatalogImport", "%1 \"%2\" should be a number of copies from 1 to %3.")
                    .arg(header.title(Column::Copies), copies)
                    .arg(CatalogImport::kMaxCopies));
            row.copies = 0;
        }
    }
    return row;
}

QString tooBigMessage()
{
    return QCoreApplication::translate("CatalogImport", "The file is too big for a library catalog (more than 5 MB).");
}

QString labelsUsedUpMessage()
{
    return QCoreApplication::translate("CatalogImport",
                                       "The library's label numbers are used up (the last is %1); these copies "
                                       "cannot get a label.")
        .arg(bookCodeFromSerial(kHighestSerial));
}

} // namespace

int CatalogPreview::count(CatalogRow::Action action) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const CatalogRow &row) { return row.action == action; }));
}

int CatalogPreview::copiesToAdd() const
{
    int copies = 0;
    for (const CatalogRow &row : rows) {
        if (row.action != CatalogRow::Action::Error)
            copies += row.copies;
    }
    return copies;
}

bool CatalogPreview::canApply() const
{
    return fileErrors.isEmpty() && count(CatalogRow::Action::Error) == 0
        && count(CatalogRow::Action::Add) + count(CatalogRow::Action::AddCopies) > 0;
}

CatalogImport::CatalogImport(Database &db, ChangeLog &log, const Clock &clock)
    : m_db(db), m_log(log), m_clock(clock) { }

CatalogPreview CatalogImport::previewFile(const QString &path) const
{
    CatalogPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.fileErrors.append(
            QCoreApplication::translate("CatalogImport", "The file could not be opened: %1").arg(file.errorString()));
        return preview;
    }
    if (file.size() > kMaxFileBytes) {
        preview.fileErrors.append(tooBigMessage());
        return preview;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1); // a pipe or a growing file has no size
    if (file.error() != QFileDevice::NoError) {
        preview.fileErrors.append(
            QCoreApplication::translate("CatalogImport", "The file could not be opened: %1").arg(file.errorString()));
        return preview;
    }
    return this->preview(bytes);
}

CatalogPreview CatalogImport::preview(const QByteArray &fileBytes) const
{
    CatalogPreview preview;
    if (fileBytes.size() > kMaxFileBytes) {
        preview.fileErrors.append(tooBigMessage());
        return preview;
    }
    const DecodedText decoded = decodeSpreadsheetText(fileBytes);
    if (!decoded.error.isEmpty()) {
        preview.fileErrors.append(decoded.error);
        return preview;
    }
    preview.encoding = decoded.encoding;
    const QList<CsvRecord> records = readCsvRecords(decoded.text, kMaxLineChars);
    if (records.isEmpty()) {
        preview.fileErrors.append(QCoreApplication::translate("CatalogImport", "The file is empty."));
        return preview;
    }

    // The header is the first line naming two known columns; a title line
    // above it ("图书角捐赠书目") is skipped, a runaway line is not.
    Header header;
    for (int i = 0; i < std::min<int>(int(records.size()), 10) && header.recordIndex < 0; ++i) {
        if (records.at(i).problem == CsvRecord::Problem::TooLong) {
            preview.fileErrors.append(
                QCoreApplication::translate("CatalogImport",
                                            "Line %1 is far too long (over 64 KB) to be the header or a title.")
                    .arg(records.at(i).line));
            return preview;
        }
        if (Header candidate = readHeader(records.at(i), i); candidate.known >= 2)
            header = candidate;
    }
    if (header.recordIndex < 0)
        header = readHeader(records.first(), 0);
    if (!header.has(Column::Title)) {
        preview.fileErrors.append(
            QCoreApplication::translate(
                "CatalogImport",
                "Column missing: %1. The first line must name the columns, e.g. ISBN,书名,作者,出版社,册数.")
                .arg(header.title(Column::Title)));
        return preview;
    }
    if (!header.duplicated.isEmpty()) {
        preview.fileErrors.append(
            QCoreApplication::translate("CatalogImport", "These columns appear twice: %1. Keep one of each.")
                .arg(header.duplicated.join(u"、"_qs)));
        return preview;
    }
    if (header.recordIndex > 0)
        preview.warnings.append(QCoreApplication::translate(
            "CatalogImport", "%n line(s) above the column names were skipped.", nullptr, header.recordIndex));
    if (!header.unknown.isEmpty())
        preview.warnings.append(
            QCoreApplication::translate("CatalogImport", "Columns not used: %1").arg(header.unknown.join(u"、"_qs)));
    if (records.size() == header.recordIndex + 1) {
        preview.fileErrors.append(
            QCoreApplication::translate("CatalogImport", "The file has only the header line, no books."));
        return preview;
    }

    CatalogSnapshot catalog;
    {
        ReadTransaction read(m_db);
        catalog = loadSnapshot(m_db);
    }
    preview.catalogStamp = catalog.stamp;

    QHash<QString, int> firstLineOfIsbn;
    QList<int> alreadyThere; // rows without an ISBN whose title the catalog has
    for (qsizetype r = header.recordIndex + 1; r < records.size(); ++r) {
        CatalogRow row = readRow(header, records.at(r));
        if (!row.isbn.isEmpty()) {
            if (const auto first = firstLineOfIsbn.constFind(row.isbn); first != firstLineOfIsbn.cend())
                row.errors.append(QCoreApplication::translate(
                                      "CatalogImport",
                                      "%1 \"%2\" is also on line %3. Write each book on one line with its number "
                                      "of copies.")
                                      .arg(header.title(Column::Isbn), displayIsbn(row.isbn))
                                      .arg(*first));
            else
                firstLineOfIsbn.insert(row.isbn, row.line);
        }
        const auto known = catalog.byIsbn.constFind(row.isbn);
        if (!row.isbn.isEmpty() && known != catalog.byIsbn.cend()) {
            row.titleId = known->id;
            row.catalogTitle = known->title;
        } else if (row.title.isEmpty()) {
            row.errors.append(
                QCoreApplication::translate("CatalogImport", "%1 is empty.").arg(header.title(Column::Title)));
        } else if (row.isbn.isEmpty() && catalog.titleByKey.contains(titleKey(row.title))) {
            alreadyThere.append(row.line);
        }
        row.action = !row.errors.isEmpty() ? CatalogRow::Action::Error
            : row.titleId.isEmpty()        ? CatalogRow::Action::Add
                                           : CatalogRow::Action::AddCopies;
        preview.rows.append(row);
    }
    if (!alreadyThere.isEmpty())
        preview.warnings.append(
            QCoreApplication::translate("CatalogImport",
                                        "Line %1: the catalog already has a book of that title. Without an ISBN it is "
                                        "added as another title; write its ISBN to add copies to the one there.")
                .arg(lineList(alreadyThere)));
    if (catalog.highestSerial + qint64(preview.copiesToAdd()) > kHighestSerial)
        preview.fileErrors.append(labelsUsedUpMessage());
    return preview;
}

CatalogResult CatalogImport::apply(const CatalogPreview &preview)
{
    CatalogResult result;
    if (!preview.canApply()) {
        result.error = !preview.fileErrors.isEmpty() || preview.count(CatalogRow::Action::Error) > 0
            ? QCoreApplication::translate("CatalogImport", "Nothing was imported: the file still has problems.")
            : QCoreApplication::translate("CatalogImport", "Nothing to import: the file has no books.");
        return result;
    }
    try {
        AllOrNothing transaction(m_db, "catalog_import");
        const CatalogSnapshot catalog = loadSnapshot(m_db);
        if (catalog.stamp != preview.catalogStamp) {
            result.error = QCoreApplication::translate(
                "CatalogImport",
                "The library changed since the preview. Nothing was imported; please check the file "
                "again.");
            return result;
        }
        if (catalog.highestSerial + qint64(preview.copiesToAdd()) > kHighestSerial) {
            result.error = labelsUsedUpMessage();
            return result;
        }
        const qint64 now = m_clock.nowMs();
        int serial = catalog.highestSerial;
        for (const CatalogRow &row : preview.rows) {
            QString titleId = row.titleId;
            if (row.action == CatalogRow::Action::Add) {
                titleId = newId();
                const QString pinyin = Pinyin::instance().initials(row.title); // as Library::addTitle
                m_db.prepare("INSERT INTO book_titles (id, isbn, title, author, publisher, age_band, category, "
                             "title_pinyin, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(1, titleId)
                    .bind(2, row.isbn) // empty when the book has none
                    .bind(3, row.title)
                    .bind(4, row.author)
                    .bind(5, row.publisher)
                    .bind(6, row.ageBand)
                    .bind(7, row.category)
                    .bind(8, pinyin)
                    .bind(9, now)
                    .run();
                m_log.appendRow("book_titles", titleId, ChangeLog::Op::Insert, now);
                ++result.titlesAdded;
            } else if (row.action != CatalogRow::Action::AddCopies) {
                continue;
            }
            for (int copy = 0; copy < row.copies; ++copy) {
                const QString copyId = newId();
                const QString barcode = bookCodeFromSerial(++serial);
                m_db.prepare("INSERT INTO book_copies (id, title_id, barcode, state, added_at) VALUES (?, ?, ?, "
                             "'shelf', ?)")
                    .bind(1, copyId)
                    .bind(2, titleId)
                    .bind(3, barcode)
                    .bind(4, now)
                    .run();
                m_log.appendRow("book_copies", copyId, ChangeLog::Op::Insert, now);
                result.barcodes.append(barcode);
                ++result.copiesAdded;
            }
        }
        transaction.commit();
    } catch (const StorageException &e) {
        result = {};
        result.error =
            QCoreApplication::translate("CatalogImport", "Nothing was imported: the kiosk could not save (%1).")
                .arg(e.error().detail);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace qq
