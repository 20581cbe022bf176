#include "workbook.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTime>
#include <QXmlStreamReader>

#include <fcntl.h>
#include <freexl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cmath>
#include <memory>
#include <optional>

namespace qq {
namespace {

constexpr rlim_t kXlsChildMemoryBytes = rlim_t(2) * 1024 * 1024 * 1024; // FreeXL's cells of a 20 MB file fit
constexpr int kXlsChildSeconds = 30;

QString damagedMessage()
{
    return QCoreApplication::translate(
        "Workbook",
        "The workbook could not be read: it is damaged, or it is not really an Excel or WPS file. Open it in "
        "WPS or Excel, save it again (as .xlsx), and try again.");
}

QString passwordMessage()
{
    return QCoreApplication::translate(
        "Workbook",
        "The workbook is protected by a password, so the kiosk cannot read it. Open it in WPS or Excel, "
        "remove the password, save it, and try again.");
}

QString tooBigMessage(qint64 limitBytes)
{
    return QCoreApplication::translate(
               "Workbook",
               "The workbook is too big to read (more than %1 MB unpacked). Keep only the roster in it, or save the "
               "roster sheet as CSV.")
        .arg(limitBytes / (1024 * 1024));
}

QString tooManyCellsMessage(const QString &sheet, qint64 limit)
{
    return QCoreApplication::translate("Workbook", "The sheet \"%1\" has too many cells to be a roster (more than %2).")
        .arg(sheet)
        .arg(limit);
}

QString noSuchSheetMessage(int sheet, const QStringList &sheets)
{
    return QCoreApplication::translate("Workbook", "The workbook has no sheet number %1. Its sheets are: %2.")
        .arg(sheet + 1)
        .arg(sheets.join(u"、"_qs));
}

QString emptySheetMessage(const QString &sheet)
{
    return QCoreApplication::translate("Workbook",
                                       "The sheet \"%1\" is empty. If the roster is on another sheet, choose that one.")
        .arg(sheet);
}

// Whole numbers in full (a phone number is not 1.38E+10); a number with more
// than 15 digits has already lost its last digits in the spreadsheet, and is
// written the way Excel shows it, so the roster's rules can say so.
QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString numberText(QStringView written)
{
    const bool digits = !written.isEmpty()
        && std::all_of(written.begin(), written.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digits)
        return written.toString(); // exactly as stored
    bool ok = false;
    const double value = written.toDouble(&ok);
    return ok ? numberText(value) : written.toString();
}

// A spreadsheet's day number as a date: 1900 system (with Lotus's 29 February
// 1900) or the 1904 system of old Mac workbooks.
QString serialDateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // 9999-12-31
        return numberText(serial);
    const auto days = qint64(std::floor(serial));
    int seconds = int(std::lround((serial - double(days)) * 86400.0));
    QDate date = date1904 ? QDate(1904, 1, 1) : days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    date = date.addDays(days);
    if (seconds >= 86400) {
        date = date.addDays(1);
        seconds = 0;
    }
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + u' ' + QTime(0, 0).addSecs(seconds).toString(u"HH:mm:ss"_qs);
}

QString serialTimeText(double serial)
{
    if (!std::isfinite(serial) || serial < 0)
        return numberText(serial);
    const int seconds = int(std::lround((serial - std::floor(serial)) * 86400.0)) % 86400;
    return QTime(0, 0).addSecs(seconds).toString(seconds % 60 ? u"HH:mm:ss"_qs : u"HH:mm"_qs);
}

enum class NumberKind { Number, Date, Time };

// Excel's built-in date and time formats (with the Chinese ones, 27–36 and
// 50–58), and custom codes such as yyyy/m/d or yyyy"年"m"月"d"日".
NumberKind numberKindOf(int formatId, const QString &code)
{
    if ((formatId >= 14 && formatId <= 17) || formatId == 22 || (formatId >= 27 && formatId <= 36)
        || (formatId >= 50 && formatId <= 58))
        return NumberKind::Date;
    if ((formatId >= 18 && formatId <= 21) || (formatId >= 45 && formatId <= 47))
        return NumberKind::Time;
    if (code.isEmpty())
        return NumberKind::Number;
    QString plain;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as it is (or is padding)
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                break;
            i = end; // [Red], [$-804], [h]
        } else if (c == u';') {
            break; // the format of positive numbers is enough
        } else {
            plain.append(c.toLower());
        }
    }
    if (plain.contains(u'y') || plain.contains(u'd'))
        return NumberKind::Date;
    if (plain.contains(u'h') || plain.contains(u's'))
        return NumberKind::Time;
    return NumberKind::Number;
}

// The rows of one sheet as they are read, then the records.
class SheetCells {
public:
    SheetCells(const QString &name, const WorkbookLimits &limits) : m_name(name), m_limits(limits) { }

    // false when the sheet is over the limit (error() says so)
    bool set(int row, int column, const QString &text)
    {
        if (row < 1 || row > 1048576 || column < 0 || column >= 16384) {
            m_problem = Problem::Damaged;
            return false;
        }
        if (text.isEmpty())
            return true;
        QStringList &cells = m_rows[row];
        if (column >= cells.size()) {
            m_cells += column + 1 - cells.size();
            if (m_cells > m_limits.maxCells) {
                m_problem = Problem::TooManyCells;
                return false;
            }
            cells.resize(column + 1);
        }
        cells[column] = text;
        return true;
    }
    bool hasRow(int row) const { return m_rows.contains(row); } // a row with text of its own
    QString at(int row, int column) const
    {
        const auto it = m_rows.constFind(row);
        return it == m_rows.cend() || column >= it->size() ? QString() : it->at(column);
    }
    enum class Problem { None, Damaged, TooManyCells };
    Problem problem() const { return m_problem; }
    void setDamaged() { m_problem = Problem::Damaged; }
    QString error() const
    {
        return m_problem == Problem::TooManyCells ? tooManyCellsMessage(m_name, m_limits.maxCells)
            : m_problem == Problem::Damaged       ? damagedMessage()
                                                  : QString();
    }

    QList<CsvRecord> records() const
    {
        QList<CsvRecord> records;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            CsvRecord record;
            record.line = it.key();
            qsizetype chars = 0;
            bool blank = true;
            for (const QString &cell : *it) {
                chars += cell.size() + 1;
                blank = blank && cell.trimmed().isEmpty();
            }
            if (blank)
                continue;
            if (chars > m_limits.maxRecordChars)
                record.problem = CsvRecord::Problem::TooLong;
            else
                record.cells = *it;
            records.append(record);
        }
        return records;
    }

private:
    QString m_name;
    const WorkbookLimits &m_limits;
    QMap<int, QStringList> m_rows;
    qint64 m_cells = 0;
    Problem m_problem = Problem::None;
};

// ---- .xlsx ----

struct ZipCloser {
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct ZipFileCloser {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

class XlsxPackage {
public:
    enum class Read { Ok, Missing, TooBig, Damaged, Encrypted };

    XlsxPackage(const QByteArray &bytes, qint64 budget) : m_budget(budget)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (source) {
            m_zip.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
            if (!m_zip)
                zip_source_free(source);
        }
        zip_error_fini(&error);
    }
    bool isOpen() const { return bool(m_zip); }

    // A part by its name in the package ("xl/workbook.xml"), counted against
    // the budget of unpacked bytes before and while it is inflated.
    Read read(const QString &name, QByteArray &out)
    {
        out.clear();
        QString part = name;
        while (part.startsWith(u'/'))
            part.remove(0, 1);
        const zip_int64_t index = zip_name_locate(m_zip.get(), part.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0)
            return Read::Missing;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &stat) != 0)
            return Read::Damaged;
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return Read::Encrypted;
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(m_budget))
            return Read::TooBig;
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0));
        if (!file)
            return Read::Damaged;
        char chunk[64 * 1024];
        for (;;) {
            const zip_int64_t got = zip_fread(file.get(), chunk, sizeof chunk);
            if (got < 0)
                return Read::Damaged; // a bad CRC or a broken stream
            if (got == 0)
                break;
            if (got > m_budget) // the header's size lied
                return Read::TooBig;
            m_budget -= got;
            out.append(chunk, qsizetype(got));
        }
        return Read::Ok;
    }

private:
    std::unique_ptr<zip_t, ZipCloser> m_zip;
    qint64 m_budget;
};

QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

struct Relationship {
    QString type; // the last part of the type URI: worksheet, sharedStrings, styles, officeDocument
    QString target; // the part's full name in the package
};

// A .rels part: relationship id → type and target, resolved against the folder of `source`.
QHash<QString, Relationship> readRelationships(const QByteArray &xmlBytes, const QString &source, bool *ok)
{
    QHash<QString, Relationship> rels;
    const QString base = source.section(u'/', 0, -2);
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            Relationship rel;
            rel.type = attribute(xml, u"Type").section(u'/', -1);
            QString target = attribute(xml, u"Target");
            if (attribute(xml, u"TargetMode") == u"External")
                continue;
            target = target.startsWith(u'/') ? target.mid(1) : (base.isEmpty() ? target : base + u'/' + target);
            rel.target = QDir::cleanPath(target);
            rels.insert(attribute(xml, u"Id"), rel);
        }
    }
    *ok = !xml.hasError();
    return rels;
}

struct XlsxBook {
    QStringList names;
    QStringList targets; // the sheet parts, "" when the workbook does not say
    QList<bool> isWorksheet;
    bool date1904 = false;
};

bool readWorkbookPart(const QByteArray &bytes, const QHash<QString, Relationship> &rels, XlsxBook &book)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QString value = attribute(xml, u"date1904");
            book.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            const Relationship rel = rels.value(attribute(xml, u"id"));
            book.names.append(attribute(xml, u"name"));
            book.targets.append(rel.target);
            book.isWorksheet.append(rel.type == u"worksheet");
        }
    }
    return !xml.hasError();
}

bool readSharedStrings(const QByteArray &bytes, QStringList &strings, qint64 maxStrings)
{
    QXmlStreamReader xml(bytes);
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr") {
                xml.skipCurrentElement(); // pinyin or kana guides above the text are not the text
            } else if (inItem && xml.name() == u"t") {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
            inItem = false;
            strings.append(current);
            if (strings.size() > maxStrings)
                return false;
        }
    }
    return !xml.hasError();
}

// The number kind of each cell style (the s="…" of a cell).
bool readStyles(const QByteArray &bytes, QList<NumberKind> &kinds)
{
    QHash<int, QString> codes;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                codes.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = attribute(xml, u"numFmtId").toInt();
                kinds.append(numberKindOf(id, codes.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return !xml.hasError();
}

// "B3" → column 1, row 3; false when it is no cell reference.
bool parseCellRef(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1)
        return false;
    column = int(col - 1);
    row = r;
    return true;
}

struct CellRange {
    int firstColumn, firstRow, lastColumn, lastRow;
};

bool readSheetPart(const QByteArray &bytes, const QStringList &strings, const QList<NumberKind> &styles, bool date1904,
                   SheetCells &cells, QList<CellRange> &merges)
{
    QXmlStreamReader xml(bytes);
    int row = 0;
    int column = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"row") {
            bool ok = false;
            const int r = attribute(xml, u"r").toInt(&ok);
            row = ok ? r : row + 1;
            column = -1;
        } else if (name == u"c") {
            int c = column + 1;
            int r = row;
            const QString ref = attribute(xml, u"r");
            if (!ref.isEmpty() && !parseCellRef(ref, c, r)) {
                cells.setDamaged();
                return false;
            }
            if (row == 0)
                row = r;
            column = c;
            const QString type = attribute(xml, u"t");
            const int style = attribute(xml, u"s").toInt();
            QString value;
            bool hasValue = false;
            QString inlineText;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"t") {
                            inlineText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        } else if (xml.name() == u"r") {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == u"t")
                                    inlineText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            xml.skipCurrentElement(); // rPh: a reading guide
                        }
                    }
                } else {
                    xml.skipCurrentElement(); // f (the formula; its result is in v), extLst
                }
            }
            QString text;
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size()) {
                    cells.setDamaged();
                    return false;
                }
                text = strings.at(index);
            } else if (type == u"inlineStr") {
                text = inlineText;
            } else if (type == u"str" || type == u"e") {
                text = value; // a formula's text, or an error such as #N/A
            } else if (type == u"b") {
                text = hasValue ? (value.trimmed() == u"1" ? u"TRUE"_qs : u"FALSE"_qs) : QString();
            } else if (type == u"d") {
                text = value.endsWith(u"T00:00:00") ? value.chopped(9) : value; // ISO 8601
            } else if (hasValue) {
                const NumberKind kind = style >= 0 && style < styles.size() ? styles.at(style) : NumberKind::Number;
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (kind == NumberKind::Date && ok)
                    text = serialDateText(number, date1904);
                else if (kind == NumberKind::Time && ok)
                    text = serialTimeText(number);
                else
                    text = numberText(value.trimmed());
            }
            if (!cells.set(r, c, text))
                return false;
        } else if (name == u"mergeCell") {
            const QStringList corners = attribute(xml, u"ref").split(u':');
            CellRange range{};
            if (corners.size() == 2 && parseCellRef(corners.at(0), range.firstColumn, range.firstRow)
                && parseCellRef(corners.at(1), range.lastColumn, range.lastRow))
                merges.append(range);
        }
    }
    if (xml.hasError()) {
        cells.setDamaged();
        return false;
    }
    return true;
}

// A class written once beside the rows it spans ("三年级(2)班" merged down the
// column) belongs to each of them that has text of its own (a merge reaching
// past the last child adds no rows). A merge along one row (a title) stays one cell.
bool fillMerges(const QList<CellRange> &merges, SheetCells &cells, qint64 maxCells)
{
    for (const CellRange &m : merges) {
        if (m.lastRow <= m.firstRow || m.lastColumn < m.firstColumn)
            continue;
        if (qint64(m.lastRow - m.firstRow + 1) * (m.lastColumn - m.firstColumn + 1) > maxCells)
            continue;
        const QString text = cells.at(m.firstRow, m.firstColumn);
        if (text.isEmpty())
            continue;
        for (int r = m.firstRow; r <= m.lastRow; ++r) {
            if (!cells.hasRow(r))
                continue;
            for (int c = m.firstColumn; c <= m.lastColumn; ++c) {
                if (!cells.set(r, c, text))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

SpreadsheetFormat spreadsheetFormatOf(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04"))
        return SpreadsheetFormat::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return SpreadsheetFormat::Xls;
    return SpreadsheetFormat::Text;
}

WorkbookSheet readXlsx(const QByteArray &bytes, int sheet, const WorkbookLimits &limits)
{
    WorkbookSheet result;
    XlsxPackage package(bytes, limits.maxUnpackedBytes);
    if (!package.isOpen()) {
        result.error = damagedMessage();
        return result;
    }
    auto failed = [&](XlsxPackage::Read read) {
        switch (read) {
        case XlsxPackage::Read::TooBig:
            result.error = tooBigMessage(limits.maxUnpackedBytes);
            break;
        case XlsxPackage::Read::Encrypted:
            result.error = passwordMessage();
            break;
        default:
            result.error = damagedMessage();
            break;
        }
        return result;
    };

    // _rels/.rels names the workbook part (xl/workbook.xml in every writer we know).
    QByteArray part;
    QString workbookName = u"xl/workbook.xml"_qs;
    if (package.read(u"_rels/.rels"_qs, part) == XlsxPackage::Read::Ok) {
        bool ok = false;
        for (const Relationship &rel : readRelationships(part, QString(), &ok)) {
            if (rel.type == u"officeDocument")
                workbookName = rel.target;
        }
    }
    const QString relsName =
        workbookName.section(u'/', 0, -2) + u"/_rels/"_qs + workbookName.section(u'/', -1) + u".rels"_qs;
    XlsxPackage::Read read = package.read(relsName, part);
    if (read != XlsxPackage::Read::Ok)
        return failed(read);
    bool relsOk = false;
    const QHash<QString, Relationship> rels = readRelationships(part, workbookName, &relsOk);
    if (!relsOk)
        return failed(XlsxPackage::Read::Damaged);
    read = package.read(workbookName, part);
    if (read != XlsxPackage::Read::Ok)
        return failed(read);
    XlsxBook book;
    if (!readWorkbookPart(part, rels, book))
        return failed(XlsxPackage::Read::Damaged);
    result.sheets = book.names;
    if (book.names.isEmpty()) {
        result.error = QCoreApplication::translate("Workbook", "The workbook has no sheets.");
        return result;
    }
    if (sheet < 0 || sheet >= book.names.size()) {
        result.error = noSuchSheetMessage(sheet, book.names);
        return result;
    }
    result.sheet = sheet;
    const QString sheetName = book.names.at(sheet);
    if (!book.isWorksheet.at(sheet) || book.targets.at(sheet).isEmpty()) {
        result.error = QCoreApplication::translate(
                           "Workbook",
                           "The sheet \"%1\" is a chart or a macro sheet, not a table. Choose the sheet with the "
                           "roster.")
                           .arg(sheetName);
        return result;
    }

    QString sharedName, stylesName;
    for (const Relationship &rel : rels) {
        if (rel.type == u"sharedStrings")
            sharedName = rel.target;
        else if (rel.type == u"styles")
            stylesName = rel.target;
    }
    QStringList strings;
    if (!sharedName.isEmpty()) {
        read = package.read(sharedName, part);
        if (read == XlsxPackage::Read::Ok) {
            if (!readSharedStrings(part, strings, limits.maxCells))
                return failed(XlsxPackage::Read::Damaged);
        } else if (read != XlsxPackage::Read::Missing) {
            return failed(read);
        }
    }
    QList<NumberKind> styles;
    if (!stylesName.isEmpty()) {
        read = package.read(stylesName, part);
        if (read == XlsxPackage::Read::Ok) {
            if (!readStyles(part, styles))
                return failed(XlsxPackage::Read::Damaged);
        } else if (read != XlsxPackage::Read::Missing) {
            return failed(read);
        }
    }
    read = package.read(book.targets.at(sheet), part);
    if (read != XlsxPackage::Read::Ok)
        return failed(read);

    SheetCells cells(sheetName, limits);
    QList<CellRange> merges;
    if (!readSheetPart(part, strings, styles, book.date1904, cells, merges)
        || !fillMerges(merges, cells, limits.maxCells)) {
        result.error = cells.error();
        return result;
    }
    part.clear();
    result.records = cells.records();
    if (result.records.isEmpty())
        result.error = emptySheetMessage(sheetName);
    return result;
}

// ---- .xls ----

namespace {

struct FreeXlCloser {
    void operator()(const void *handle) const { freexl_close(handle); }
};

// An .xlsx saved with a password is an OLE file holding the encrypted package.
bool isEncryptedPackage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray marker =
        QByteArray::fromRawData(reinterpret_cast<const char *>(u"EncryptedPackage"), 16 * sizeof(char16_t));
    const QByteArray bytes = file.read(20 * 1024 * 1024);
    return bytes.contains(marker);
}

QString xlsCellText(const FreeXL_CellValue &value)
{
    switch (value.type) {
    case FREEXL_CELL_INT:
        return QString::number(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberText(value.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
        return value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME: {
        QString text = value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
        if (text.endsWith(u" 00:00:00"))
            text.chop(9);
        return text;
    }
    default:
        return {};
    }
}

// What the child process found; the parent turns `error` into words.
enum class XlsError : qint32 { None, NotFound, Password, Damaged, NoSheets, NoSuchSheet, TooManyCells, Empty };

struct XlsRead {
    XlsError error = XlsError::None;
    QStringList sheets;
    qint32 sheet = -1;
    QList<CsvRecord> records;
};

XlsRead readXlsHere(const QString &path, int sheet, const WorkbookLimits &limits)
{
    XlsRead result;
    const QByteArray encodedPath = QFile::encodeName(path);
    const void *raw = nullptr;
    const int opened = freexl_open(encodedPath.constData(), &raw);
    std::unique_ptr<const void, FreeXlCloser> handle(raw);
    if (opened != FREEXL_OK) {
        result.error = opened == FREEXL_FILE_NOT_FOUND ? XlsError::NotFound
            : isEncryptedPackage(path)                 ? XlsError::Password
                                                       : XlsError::Damaged;
        return result;
    }
    unsigned int info = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        result.error = XlsError::Password;
        return result;
    }
    unsigned int sheetCount = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK) {
        result.error = XlsError::Damaged;
        return result;
    }
    for (unsigned int i = 0; i < sheetCount && i < 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(raw, (unsigned short)i, &name) != FREEXL_OK) {
            result.error = XlsError::Damaged;
            return result;
        }
        result.sheets.append(name ? QString::fromUtf8(name) : QString());
    }
    if (result.sheets.isEmpty()) {
        result.error = isEncryptedPackage(path) ? XlsError::Password : XlsError::NoSheets;
        return result;
    }
    if (sheet < 0 || sheet >= result.sheets.size()) {
        result.error = XlsError::NoSuchSheet;
        return result;
    }
    result.sheet = sheet;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(raw, (unsigned short)sheet) != FREEXL_OK
        || freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK) {
        result.error = XlsError::Damaged;
        return result;
    }
    if (qint64(rows) * columns > limits.maxCells) {
        result.error = XlsError::TooManyCells;
        return result;
    }
    SheetCells cells(result.sheets.at(sheet), limits);
    for (unsigned int r = 0; r < rows; ++r) {
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(raw, r, c, &value) != FREEXL_OK) {
                result.error = XlsError::Damaged;
                return result;
            }
            if (!cells.set(int(r) + 1, c, xlsCellText(value))) {
                result.error =
                    cells.problem() == SheetCells::Problem::TooManyCells ? XlsError::TooManyCells : XlsError::Damaged;
                return result;
            }
        }
    }
    result.records = cells.records();
    if (result.records.isEmpty())
        result.error = XlsError::Empty;
    return result;
}

QByteArray serialized(const XlsRead &read)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(read.error) << read.sheets << read.sheet << qint32(read.records.size());
    for (const CsvRecord &record : read.records)
        out << qint32(record.line) << qint32(record.problem) << record.cells;
    return bytes;
}

std::optional<XlsRead> deserialized(const QByteArray &bytes)
{
    XlsRead read;
    QDataStream in(bytes);
    qint32 error = 0, count = 0;
    in >> error >> read.sheets >> read.sheet >> count;
    if (in.status() != QDataStream::Ok || count < 0)
        return std::nullopt;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        CsvRecord record;
        qint32 line = 0, problem = 0;
        in >> line >> problem >> record.cells;
        record.line = line;
        record.problem = CsvRecord::Problem(problem);
        read.records.append(record);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    read.error = XlsError(error);
    return read;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// FreeXL 1.0.6 frees twice on some damaged files (the fuzz test in
// test_workbook.cpp found one in a few thousand), which would take the kiosk
// down with it. So it reads in a child process of its own, with its memory
// and time bounded; the records come back through a pipe, and a child that
// dies or hangs is a damaged file. The child only reads the file, computes
// and _exit()s: no Qt event loop, no translation, no locks of the parent.
std::optional<XlsRead> readXlsInChild(const QString &path, int sheet, const WorkbookLimits &limits)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return std::nullopt;
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::nullopt;
    }
    if (pid == 0) {
        ::close(fds[0]);
#if !defined(__SANITIZE_ADDRESS__)
        const rlimit memory{kXlsChildMemoryBytes, kXlsChildMemoryBytes};
        ::setrlimit(RLIMIT_AS, &memory);
#endif
        const rlimit cpu{kXlsChildSeconds, kXlsChildSeconds};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const bool ok = writeAll(fds[1], serialized(readXlsHere(path, sheet, limits)));
        ::_exit(ok ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray bytes;
    char chunk[64 * 1024];
    QElapsedTimer timer;
    timer.start();
    bool timedOut = false;
    for (;;) {
        pollfd p{fds[0], POLLIN, 0};
        const qint64 left = kXlsChildSeconds * 1000 - timer.elapsed();
        const int ready = left > 0 ? ::poll(&p, 1, int(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = true;
            break;
        }
        const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(chunk, qsizetype(n));
        if (bytes.size() > limits.maxUnpackedBytes * 4) { // far more than a sheet of maxCells could say
            timedOut = true;
            break;
        }
    }
    ::close(fds[0]);
    if (timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    if (timedOut || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return deserialized(bytes);
}

} // namespace

WorkbookSheet readXls(const QString &path, int sheet, const WorkbookLimits &limits)
{
    WorkbookSheet result;
    const std::optional<XlsRead> read = readXlsInChild(path, sheet, limits);
    if (!read) {
        result.error = damagedMessage();
        return result;
    }
    result.sheets = read->sheets;
    result.sheet = read->sheet;
    result.records = read->records;
    const QString sheetName = read->sheet >= 0 ? read->sheets.value(read->sheet) : QString();
    switch (read->error) {
    case XlsError::None:
        break;
    case XlsError::NotFound:
        result.error = QCoreApplication::translate("Workbook", "The file could not be opened.");
        break;
    case XlsError::Password:
        result.error = passwordMessage();
        break;
    case XlsError::Damaged:
        result.error = damagedMessage();
        break;
    case XlsError::NoSheets:
        result.error = QCoreApplication::translate("Workbook", "The workbook has no sheets.");
        break;
    case XlsError::NoSuchSheet:
        result.error = noSuchSheetMessage(sheet, result.sheets);
        break;
    case XlsError::TooManyCells:
        result.error = tooManyCellsMessage(sheetName, limits.maxCells);
        break;
    case XlsError::Empty:
        result.error = emptySheetMessage(sheetName);
        break;
    }
    if (!result.error.isEmpty())
        result.records.clear();
    return result;
}

} // namespace qq
