#pragma once

#include "card_code.h"
#include "csv_reader.h"
#include "roster_import.h"
#include "roster_sheet.h"

#include <QHash>
#include <QMultiHash>

// How RosterImport reads one line of the file and finds the child it is on
// the roster: the roster as read once per preview, and the rules for a row.
namespace qq::ImportRows {

using RosterSheet::Field;
using RosterSheet::Header;

struct RoleColumns {
    Contact::Role role;
    Field name, phone, city, workplace, relationship, address, age, health; // Field::None: no such column
};

inline constexpr std::array kRoles{
    RoleColumns{Contact::Role::Father, Field::FatherName, Field::FatherPhone, Field::FatherCity, Field::FatherWorkplace,
                Field::None, Field::None, Field::None, Field::None},
    RoleColumns{Contact::Role::Mother, Field::MotherName, Field::MotherPhone, Field::MotherCity, Field::MotherWorkplace,
                Field::None, Field::None, Field::None, Field::None},
    RoleColumns{Contact::Role::Guardian, Field::GuardianName, Field::GuardianPhone, Field::None, Field::None,
                Field::GuardianRelationship, Field::GuardianAddress, Field::GuardianAge, Field::GuardianHealth},
};

// The roster as one preview saw it, indexed for matching; `stamp` is a hash
// of everything the import compares, so apply() can tell it changed.
struct RosterSnapshot {
    QList<SchoolClass> classes;
    QHash<QString, QString> classIdByKey;
    QHash<QString, QString> classNameById;
    QList<Child> children; // active or not
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byCard;
    QMultiHash<QString, qsizetype> byNameAndBirth; // active children only
    QHash<QString, QList<Contact>> contacts;
    QByteArray stamp;
};

QString nameAndBirthKey(const QString &name, QDate birth);
// A refused 卡号 cell in the teacher's words (the kiosk's own words are for a child).
QString cardCodeProblem(const QString &column, const QString &value, CardCodeProblem problem);
RosterSnapshot loadSnapshot(const Roster &roster);
QString lineList(const QList<int> &lines, int except); // "3、7" without `except`

// One data line, read and checked on its own (before matching).
struct FileRow {
    ImportRow row;
    QString id; // the 编号 cell
    Child fromFile; // the fields the file has
    QString classKey;
    std::array<Contact, kRoles.size()> contacts; // the file's person for each role (name may be empty)
};

class RowBuilder {
public:
    RowBuilder(const Header &header, const RosterSnapshot &roster, QDate today)
        : m_header(header), m_roster(roster), m_today(today)
    {
    }

    FileRow read(const CsvRecord &record) const;
    // Which child on the roster the row is, or -1 for a new one.
    qsizetype match(FileRow &row, QStringList &ignoredIds) const;
    void finish(FileRow &row, qsizetype matched) const;

private:
    QString cell(const CsvRecord &record, Field field) const
    {
        if (!m_header.has(field))
            return {};
        const int at = m_header.column[size_t(field)];
        return at < record.cells.size() ? record.cells.at(at).trimmed() : QString();
    }
    QString describe(const Child &child) const
    {
        return QStringLiteral("%1 (%2)").arg(child.name, m_roster.classNameById.value(child.classId));
    }
    void readContact(const CsvRecord &record, const RoleColumns &columns, Contact &contact, QStringList &errors) const;

    const Header &m_header;
    const RosterSnapshot &m_roster;
    QDate m_today;
};

} // namespace qq::ImportRows
