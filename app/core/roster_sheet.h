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
    None, // also the number of fields
};
inline constexpr int kFieldCount = int(Field::None);

inline constexpr std::array kRequired{Field::Name, Field::Gender, Field::BirthDate, Field::Class};

QString columnTitle(Field field); // as WPS users write it, e.g. 姓名

struct Header {
    int recordIndex = -1;
    std::array<int, kFieldCount> column{}; // cell index of each field, -1 when absent
    QStringList written; // the header cells as the file has them
    QStringList unknown;
    QStringList duplicated;
    int known = 0;

    bool has(Field field) const { return field != Field::None && column[size_t(field)] >= 0; }
    // The column's name as the file writes it, so the teacher can find it.
    QString title(Field field) const;
};

// The columns one line names; empty header cells are a spreadsheet's unused columns.
Header readHeader(const CsvRecord &record, int recordIndex);

QString folded(const QString &text); // full-width forms folded, trimmed
// Chinese names are padded to line up in a spreadsheet ("王  芳"); the spaces
// are not part of the name. Names in Latin letters keep theirs.
QString cleanName(const QString &text);
qsizetype characterCount(const QString &text); // 𠀀 is one character
QString parseGender(const QString &text); // "F", "M" or empty
QDate parseDate(const QString &text); // invalid when the format is not one we read
bool isPhone(const QString &phone);
bool isScientificNumber(const QString &text); // a number Excel shortened on export: 1.38E+10
// Classes compare without spaces and with full-width forms folded, so
// "三年级（2）班" is the class "三年级(2)班".
QString classKey(const QString &name);
int gradeOf(const QString &className); // 三年级 → 3, 3年级 → 3, 初二 → 8; 0 when the name says none
int classNumberOf(const QString &className); // 三年级(2)班 → 2; 0 when none

} // namespace qq::RosterSheet
