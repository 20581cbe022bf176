#include "csv_reader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <iconv.h>

#include <array>
#include <cerrno>

namespace qq {
namespace {

// Offset of the first byte that is not well-formed UTF-8 (no overlong forms,
// no surrogates, nothing past U+10FFFF), or -1 when all of it is.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

struct Gb18030Text {
    QByteArray utf8;
    qsizetype badOffset = -1; // first byte iconv could not read
    bool unavailable = false; // this system's iconv has no GB18030
};

Gb18030Text fromGb18030(const QByteArray &bytes)
{
    Gb18030Text result;
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == iconv_t(-1)) {
        result.unavailable = true;
        return result;
    }
    // One GB18030 byte never becomes more than two UTF-8 bytes.
    result.utf8.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.constData()); // iconv does not write its input
    size_t inLeft = size_t(bytes.size());
    char *out = result.utf8.data();
    size_t outLeft = size_t(result.utf8.size());
    if (iconv(cd, &in, &inLeft, &out, &outLeft) == size_t(-1) || inLeft != 0)
        result.badOffset = bytes.size() - qsizetype(inLeft);
    iconv_close(cd);
    result.utf8.resize(result.utf8.size() - qsizetype(outLeft));
    return result;
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

QString saveAsCsvMessage()
{
    return QCoreApplication::translate(
        "RosterImport", "The file is saved as UTF-16 (\"Unicode text\"). Please save it as CSV (UTF-8) or CSV (GBK).");
}

} // namespace

DecodedText decodeSpreadsheetText(const QByteArray &bytes)
{
    DecodedText decoded;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        decoded.error = QCoreApplication::translate("RosterImport",
                                                    "This is a spreadsheet workbook (.xlsx or .xls), not a CSV file. "
                                                    "In WPS or Excel choose Save As, then CSV, and try again.");
        return decoded;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)).contains('\0')) {
        decoded.error = saveAsCsvMessage(); // UTF-16 without a BOM is full of NUL bytes
        return decoded;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const qsizetype badUtf8 = firstInvalidUtf8(body);
    if (badUtf8 < 0) {
        decoded.text = QString::fromUtf8(body);
        decoded.encoding = QStringLiteral("UTF-8");
        return decoded;
    }
    const Gb18030Text gb = fromGb18030(body);
    if (gb.unavailable) {
        decoded.error = QCoreApplication::translate(
            "RosterImport", "This kiosk cannot read GBK files. Please save the file as CSV (UTF-8).");
        return decoded;
    }
    if (gb.badOffset >= 0) {
        // Name the line from the encoding that read further: most likely the one meant.
        const int bytesBefore = bytes.size() - body.size();
        decoded.error = QCoreApplication::translate(
                            "RosterImport",
                            "The file is not in an encoding the kiosk knows (from line %1). Please save it as CSV "
                            "(UTF-8) or CSV (GBK).")
                            .arg(lineAt(bytes, bytesBefore + std::max(badUtf8, gb.badOffset)));
        return decoded;
    }
    decoded.text = QString::fromUtf8(gb.utf8);
    if (decoded.text.startsWith(QChar(0xFEFF))) // GB18030's own BOM, 84 31 95 33
        decoded.text.remove(0, 1);
    decoded.encoding = QStringLiteral("GB18030");
    return decoded;
}

QList<CsvRecord> readCsvRecords(QStringView text, qsizetype maxRecordChars, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString cell;
    bool quoted = false;
    bool cellStarted = false; // a quote opens a cell only as its first character
    int line = 1;
    qsizetype recordChars = 0;
    record.line = line;

    auto endCell = [&] {
        if (record.problem == CsvRecord::Problem::None)
            record.cells.append(cell);
        cell.clear();
        cellStarted = false;
    };
    auto endRecord = [&] {
        endCell();
        const bool blank = std::all_of(record.cells.cbegin(), record.cells.cend(),
                                       [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!blank || record.problem != CsvRecord::Problem::None)
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        recordChars = 0;
    };
    auto keep = [&](QChar c) {
        cellStarted = true;
        if (record.problem == CsvRecord::Problem::None)
            cell.append(c);
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (++recordChars > maxRecordChars && record.problem == CsvRecord::Problem::None) {
            // From here on only the end of the record is looked for.
            record.problem = CsvRecord::Problem::TooLong;
            record.cells.clear();
            record.cells.squeeze();
            cell.clear();
            cell.squeeze();
        }
        const bool lineBreak = c == u'\n' || (c == u'\r' && !(i + 1 < size && text[i + 1] == u'\n'));
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    keep(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c != u'\r' || lineBreak) {
                if (lineBreak)
                    ++line;
                keep(lineBreak ? QChar(u'\n') : c); // CRLF inside a cell is kept as LF
            }
        } else if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            endCell();
        } else if (lineBreak) {
            ++line; // LF, CRLF (its CR was skipped) or a lone CR (Excel for Mac)
            endRecord();
        } else if (c != u'\r') {
            keep(c);
        }
    }
    if (quoted && record.problem == CsvRecord::Problem::None)
        record.problem = CsvRecord::Problem::UnclosedQuote;
    if (cellStarted || !record.cells.isEmpty() || record.problem != CsvRecord::Problem::None)
        endRecord();
    return records;
}

QChar sniffCsvSeparator(QStringView text)
{
    static constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    std::array<int, 3> best{}; // the most on one line, for each
    std::array<int, 3> onLine{};
    bool quoted = false;
    int lines = 0;
    const qsizetype end = std::min<qsizetype>(text.size(), 256 * 1024);
    for (qsizetype i = 0; i < end && lines < 10; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                best[k] = std::max(best[k], onLine[k]);
                onLine[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++onLine[k];
            }
        }
    }
    size_t chosen = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        best[k] = std::max(best[k], onLine[k]);
        if (best[k] > best[chosen])
            chosen = k;
    }
    return QChar(candidates[chosen]);
}

QString spreadsheetHeaderKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression note(QStringLiteral("\\(.*\\)$"));
    key.remove(note);
    key.removeIf([](QChar c) { return c.isSpace() || c == u'_' || c == u'-' || c == u'*'; });
    return key;
}

} // namespace qq
