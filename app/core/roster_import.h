#pragma once

#include "roster.h"
#include "roster_sheet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qq {

class ChangeLog;
class Clock;
class Database;
class Settings;

struct ImportRow {
    int line = 0; // 1-based line number in the file (the header is line 1)
    enum class Action { Add, Update, Unchanged, Error } action = Action::Error;
    Child child; // as it will be written (id set for updates)
    QString className;
    QList<Contact> contacts;
    QStringList errors; // plain words, translated, naming the column and the value, and what to do
    QStringList warnings; // imported all the same, but the teacher should look (李?, 3/8/2015)
};

// Which rows apply() writes.
enum class ApplyScope {
    Everything, // every row, or none while any row has a problem
    RowsWithoutProblems, // the rows that are fine; the problem rows are left out (and listed in the preview)
};

struct ImportPreview {
    QString encoding; // "UTF-8" or "GB18030" (which reads GBK too); empty for a workbook
    QStringList sheets; // a workbook's sheets by name (empty for CSV), so the teacher can pick one
    int sheet = -1; // the sheet read (an index into sheets), -1 for CSV
    QStringList fileErrors; // the whole file is unusable (encoding, no header, missing columns, empty)
    QStringList warnings; // e.g. unknown columns, ignored
    QList<ImportRow> rows;
    int count(ImportRow::Action action) const;
    bool canApply() const; // no file errors, no row errors, and at least one Add or Update
    // No file errors and at least one Add or Update without a problem: what
    // apply(preview, ApplyScope::RowsWithoutProblems) writes.
    bool canApplyFine() const;
    // Every column of the file: its title, a few cells, the field it is used
    // for, and a guess for the others (for the column-mapping screen).
    QList<RosterSheet::Column> columns;
    // A hash of the roster as preview() read it: apply() refuses when the
    // roster has changed since, so a stale preview never writes.
    QByteArray rosterStamp;
};

struct ImportResult {
    bool ok = false;
    int added = 0;
    int updated = 0;
    int classesCreated = 0;
    int leftOut = 0; // rows with problems not written (ApplyScope::RowsWithoutProblems)
    QString error;
};

// The teacher's own reading of the header, for columns the kiosk reads
// wrongly or not at all: header text → field, or skip. It overrides what
// RosterSheet::readHeader makes of those columns and of those fields (a column
// the file names 父亲电话 is not used when the mapping gives that field to
// another column); the other columns are read as before.
//
// As a file (qinqing-admin --mapping), JSON:
//   {"columns": {"家长电话": "father_phone", "备注": "skip"}}
// with the keys of ColumnMapping::fieldKey (the English column names the
// kiosk reads: name, gender, birth_date, class, card_code, father_phone…),
// or a column name the kiosk knows (父亲电话).
struct ColumnMapping {
    QHash<QString, RosterSheet::Field> columns; // spreadsheetHeaderKey(header text) → field; Field::None skips

    void set(const QString &headerText, RosterSheet::Field field);
    bool isEmpty() const { return columns.isEmpty(); }
    RosterSheet::Header apply(RosterSheet::Header header) const;

    static QString fieldKey(RosterSheet::Field field); // "father_phone"; "skip" for Field::None
    static std::optional<RosterSheet::Field> fieldFromKey(const QString &key);
    // Errors name what is wrong in plain words (translated).
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
};

// The school's roster from a spreadsheet saved as CSV (WPS/Excel: UTF-8 with
// or without BOM, GBK or GB18030), or the workbook itself (previewFile: .xlsx,
// .xls; see workbook.h), with the columns as teachers name them
// (姓名, 性别, 出生日期, 班级 required; 年级, 卡号, 编号, 性格, 爱好, 病史 and
// the parents' and guardian's columns optional; the titles of the national
// registration export and of the 留守儿童花名册 accepted, see roster_sheet.cpp;
// English aliases such as name, gender, birth_date, class, father_phone too).
// 卡号 may be the school's own card numbers (C1001): they sign in as well.
// 身份证号 is never read; 学籍号 is not kept (the roster has no place for it).
//
// A row updates an existing child matched by 编号 (id), else by 卡号 (card
// code), else by name and birth date (in the same class, or in another class
// when only one child matches: pupils move up a grade every September);
// otherwise it adds one. A column the file does not have leaves that field as
// it is; a cell that is there but empty clears it (except 卡号: an empty cell
// keeps the card). Unknown classes are created on apply.
class RosterImport {
public:
    static constexpr qsizetype kMaxFileBytes = 20 * 1024 * 1024;
    static constexpr qsizetype kMaxLineChars = 64 * 1024;

    RosterImport(Database &db, Roster &roster, ChangeLog &log, const Clock &clock, const Settings &settings);

    ImportPreview preview(const QByteArray &fileBytes, const ColumnMapping &mapping = {}) const; // CSV; writes nothing
    // CSV, .xlsx or .xls, told apart by their first bytes, not the name; for a
    // workbook `sheet` is the index of the sheet to read. Too big (> 20 MB),
    // unreadable, damaged or protected by a password → fileErrors.
    // (roster_import_file.cpp)
    ImportPreview previewFile(const QString &path, int sheet = 0, const ColumnMapping &mapping = {}) const;
    // All rows of the scope or none, in one transaction (a savepoint inside
    // the caller's), with the change log. Everything: refuses when
    // !canApply(). RowsWithoutProblems: writes the rows without a problem,
    // refuses when !canApplyFine(). Both refuse when the roster changed since
    // the preview.
    ImportResult apply(const ImportPreview &preview, ApplyScope scope = ApplyScope::Everything);

private:
    // The rows of a CSV file or a sheet: the header, then each row's checks.
    ImportPreview previewRecords(const QList<CsvRecord> &records, ImportPreview preview,
                                 const ColumnMapping &mapping) const;

    Database &m_db;
    Roster &m_roster;
    ChangeLog &m_log;
    const Clock &m_clock;
    const Settings &m_settings;
};

} // namespace qq
