#pragma once

#include "csv_reader.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>

// A school's roster spreadsheet as WPS and Excel users write it: which column
// is which, and the cells' own ways of writing dates, genders, phones, names
// and classes.
namespace qq::RosterSheet {

enum class Field {
    Name,
    Gender,
    BirthDate,
    Class,
    CardCode,
    Id,
    Personality,
    Hobbies,
    Medical,
    FatherName,
    FatherPhone,
    FatherCity,
    FatherWorkplace,
    MotherName,
    MotherPhone,
    MotherCity,
    MotherWorkplace,
    GuardianName,
    GuardianRelationship,
    GuardianPhone,
    GuardianAddress,
    GuardianAge,
    GuardianHealth,
    Grade, // 年级 in its own column: merged with 班级 into "三年级(2)班"
    ParentsCity, // 外出务工地点: where the parents the row names work
    SchoolNumber, // 学籍号: read, not kept (the roster has no place for it yet)
    IdNumber, // 身份证号: never read or kept (PIPL: the room does not need it)
    RowNumber, // 序号: the spreadsheet's own line numbers
    None, // also the number of fields
};
inline constexpr int kFieldCount = int(Field::None);

inline constexpr std::array kRequired{Field::Name, Field::Gender, Field::BirthDate, Field::Class};

QString columnTitle(Field field); // as WPS users write it, e.g. 姓名
// Columns read to find the header and the child, but whose cells are never kept.
bool isIgnoredOnPurpose(Field field);

// One column of the file, for the screen where the teacher says which column
// is which: its title, a few cells from under it, and what the kiosk makes of it.
struct Column {
    int index = -1; // cell index in each record
    QString title; // as the file writes it (may be empty)
    QStringList samples; // up to 3 non-empty cells from the first data lines
    Field field = Field::None; // the field it is used for: recognised by its title (None: not used)
    Field guess = Field::None; // the likely field: `field`, or for another title guessField() of the cells
    bool byTitle = false; // `field` comes from the title
    bool chosen = false; // `field` (or not importing it) is the teacher's choice (ColumnMapping)
};

struct Header {
    int recordIndex = -1;
    std::array<int, kFieldCount> column{}; // cell index of each field, -1 when absent
    QStringList written; // the header cells as the file has them
    QStringList unknown;
    QStringList duplicated;
    int known = 0;
    QList<Column> columns; // every cell of the header line, in order (samples: addSamples)

    bool has(Field field) const { return field != Field::None && column[size_t(field)] >= 0; }
    // The column's name as the file writes it, so the teacher can find it.
    QString title(Field field) const;
};

// The columns one line names; empty header cells are a spreadsheet's unused columns.
Header readHeader(const CsvRecord &record, int recordIndex);
// Fills each column's samples from the records after the header, and guesses
// the field of each column whose title is not known (guessField) without
// using it: a guess is only a suggestion for the column-mapping screen.
void addSamples(Header &header, const QList<CsvRecord> &records);

// The most likely field of a column from its title and a few of its cells
// (Field::None when neither says). The title decides when it is a known
// one; otherwise the cells: 11-digit mobile numbers are a phone, dates a
// birth date, 男/女 a gender, "三年级(2)班" a class, "三年级" a grade, 2–4
// hanzi a name, QQ… codes a card. Pure; for the column-mapping step.
Field guessField(const QString &header, const QStringList &sampleValues);

QString folded(const QString &text); // full-width forms folded, trimmed
// Chinese names are padded to line up in a spreadsheet ("王  芳"); the spaces
// are not part of the name. Names in Latin letters keep theirs.
QString cleanName(const QString &text);
qsizetype characterCount(const QString &text); // 𠀀 is one character
QString parseGender(const QString &text); // "F", "M" or empty
enum class DateReading {
    Plain, // 2015-03-07, 2015/3/7, 2015年3月7日, 20150307: year first
    ExcelSerial, // 42071: a date cell Excel wrote as its day number (from 1899-12-30)
    DayFirst, // 25/3/2015: the first number cannot be a month
    MonthFirst, // 3/8/2015: taken as month/day/year, as an English Excel writes it (say so)
    YearMonthOnly, // 2015.03, 2015年3月: no day (the result is invalid)
};
// Invalid when the format is not one we read; `how` says how it was read.
QDate parseDate(const QString &text, DateReading *how = nullptr);
// A grade as its own cell ("3", "三年级", "3年级", "初一", "七年级") and a class
// ("2", "2班", "(2)班", "二班") as one class name: 三年级(2)班. A class cell
// that names its grade already is kept as written.
QString mergeGradeAndClass(const QString &grade, const QString &className);
// A name cell where an export replaced a character it could not write ("李?").
bool hasLostCharacter(const QString &name);
bool isPhone(const QString &phone);
bool isScientificNumber(const QString &text); // a number Excel shortened on export: 1.38E+10
// Classes compare without spaces and with full-width forms folded, so
// "三年级（2）班" is the class "三年级(2)班".
QString classKey(const QString &name);
int gradeOf(const QString &className); // 三年级 → 3, 3年级 → 3, 初二 → 8; 0 when the name says none
int classNumberOf(const QString &className); // 三年级(2)班 → 2; 0 when none

} // namespace qq::RosterSheet
