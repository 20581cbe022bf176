#pragma once

#include "roster.h"

#include <QByteArray>
#include <QStringList>

namespace qq {

class ChangeLog;
class Clock;
class Database;
class Settings;

struct ImportRow {
    int line = 0; // 1-based line in the file; the header is line 1
    enum class Action { Add, Update, Unchanged, Error } action = Action::Error;
    Child child; // as it will be written (id set for updates)
    QString className;
    QList<Contact> contacts;
    QStringList errors; // plain words, naming the column and the value
};

struct ImportPreview {
    QString encoding; // "UTF-8" or "GB18030" (which reads GBK too)
    QStringList fileErrors; // the whole file is unusable
    QStringList warnings; // e.g. unknown columns, ignored
    QList<ImportRow> rows;
    int count(ImportRow::Action action) const;
    bool canApply() const; // no errors at all and something to write
};

struct ImportResult {
    bool ok = false;
    int added = 0;
    int updated = 0;
    int classesCreated = 0;
    QString error;
};

// The school's roster from a spreadsheet saved as CSV (WPS/Excel: UTF-8 with
// or without BOM, GBK or GB18030). preview() writes nothing; apply() writes
// every row or none, in one transaction, and re-checks against the database.
class RosterImport {
public:
    static constexpr qsizetype kMaxFileBytes = 20 * 1024 * 1024;
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    RosterImport(Database &db, Roster &roster, ChangeLog &log, const Clock &clock, const Settings &settings);
    ImportPreview preview(const QByteArray &fileBytes) const;
    ImportPreview previewFile(const QString &path) const;
    ImportResult apply(const ImportPreview &preview);

private:
    Database &m_db;
    Roster &m_roster;
    ChangeLog &m_log;
    const Clock &m_clock;
    const Settings &m_settings;
};

// Decodes a spreadsheet's text file; empty optional and a message when it is
// none of the encodings Chinese spreadsheets write.
struct DecodedText {
    QString text;
    QString encoding;
    QString error;
};
DecodedText decodeSpreadsheetText(const QByteArray &bytes);

// RFC 4180 records: quoted fields, doubled quotes, CRLF or LF, newlines inside
// quotes. Each record keeps the line it started on.
struct CsvRecord {
    int line = 0;
    QStringList cells;
    bool tooLong = false;
};
QList<CsvRecord> parseCsv(const QString &text, qsizetype maxRecordChars);

} // namespace qq
