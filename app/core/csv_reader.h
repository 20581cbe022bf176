#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace qq {

// A CSV file as spreadsheets save it, turned into text. WPS and Excel on a
// Chinese Windows write GBK ("CSV (逗号分隔)") unless asked for UTF-8, which
// they write with a BOM.
struct DecodedText {
    QString text;
    QString encoding; // "UTF-8" or "GB18030" (which reads GBK too)
    QString error; // plain words when the bytes are none of those
};

// BOM → UTF-8; valid UTF-8 → UTF-8; else GB18030 through glibc's iconv. A
// UTF-16 file, a workbook (.xlsx/.xls) or bytes in no known encoding get an
// error that says what to do (and the first bad line).
DecodedText decodeSpreadsheetText(const QByteArray &bytes);

// A header cell as compared with the names teachers give columns: without
// spaces (WPS users pad "姓  名"), stars marking required columns, a note in
// brackets ("出生日期（yyyy-mm-dd）"), case, underscores or dashes, and
// full-width forms.
QString spreadsheetHeaderKey(const QString &text);

// One RFC 4180 record and the line it starts on (a quoted cell may span lines).
struct CsvRecord {
    enum class Problem {
        None,
        TooLong, // over the limit: the cells are dropped, only the line is kept
        UnclosedQuote, // a quote opened here is never closed
    };
    int line = 0;
    QStringList cells;
    Problem problem = Problem::None;
};

// Quoted cells, doubled quotes, CRLF or LF, newlines inside quotes. Lines with
// no text in any cell (",,,," from a spreadsheet's empty row) are skipped. A
// record over maxRecordChars keeps no cells, so a 10 MB line costs no memory.
QList<CsvRecord> readCsvRecords(QStringView text, qsizetype maxRecordChars, QChar separator = u',');

// The separator a file uses: comma, semicolon (Excel where the decimal point
// is a comma) or tab ("Text (tab delimited)", or a table pasted from a web
// page), whichever the first lines hold most of outside quotes. Comma when
// none stands out.
QChar sniffCsvSeparator(QStringView text);

} // namespace qq
