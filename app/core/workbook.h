#pragma once

#include "csv_reader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// Workbooks as teachers keep their rosters (Excel, WPS): .xlsx read with
// libzip and QXmlStreamReader, .xls (BIFF5/8) with FreeXL. A sheet comes out
// as the records a CSV file gives (readCsvRecords), so the same rules apply.
namespace qq {

// What a file is by its first bytes, whatever its name says.
enum class SpreadsheetFormat {
    Text, // CSV or anything else: decodeSpreadsheetText decides
    Xlsx, // a zip (PK\3\4): Office Open XML
    Xls, // an OLE compound file (D0 CF 11 E0): BIFF, or an .xlsx with a password
};
SpreadsheetFormat spreadsheetFormatOf(QByteArrayView head);

struct WorkbookLimits {
    qint64 maxUnpackedBytes = 64 * 1024 * 1024; // the .xlsx parts read, added up (a zip bomb stops here)
    qint64 maxCells = 2'000'000; // in the sheet read, the empty cells between filled ones included
    qsizetype maxRecordChars = 64 * 1024; // a longer row keeps no cells (CsvRecord::Problem::TooLong)
};

struct WorkbookSheet {
    QStringList sheets; // every sheet's name, in the workbook's order
    int sheet = -1; // the one read
    // One record per row with text in it, `line` the row's number as the
    // spreadsheet shows it. Dates in date-formatted cells are yyyy-MM-dd;
    // whole numbers are written out in full (13812345678, not 1.38E+10);
    // a value merged over several rows (xlsx) is in each of them.
    QList<CsvRecord> records;
    QString error; // plain words (translated) when the workbook or the sheet cannot be read
};

// `sheet` is an index into `sheets`; a sheet that is not there is an error
// that names the sheets there are. Never throws; damaged input is an error.
WorkbookSheet readXlsx(const QByteArray &bytes, int sheet = 0, const WorkbookLimits &limits = {});
WorkbookSheet readXls(const QString &path, int sheet = 0, const WorkbookLimits &limits = {});

} // namespace qq
