#include "roster_import.h"

#include "clock.h"
#include "csv_reader.h"
#include "database.h"
#include "local_time.h"
#include "roster_import_rows.h"
#include "roster_sheet.h"
#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace qq {
namespace {

using namespace RosterSheet;
using namespace ImportRows;

} // namespace

int ImportPreview::count(ImportRow::Action action) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const ImportRow &row) { return row.action == action; }));
}

bool ImportPreview::canApply() const
{
    return fileErrors.isEmpty() && count(ImportRow::Action::Error) == 0
        && count(ImportRow::Action::Add) + count(ImportRow::Action::Update) > 0;
}

bool ImportPreview::canApplyFine() const
{
    return fileErrors.isEmpty() && count(ImportRow::Action::Add) + count(ImportRow::Action::Update) > 0;
}

RosterImport::RosterImport(Database &db, Roster &roster, ChangeLog &log, const Clock &clock, const Settings &settings)
    : m_db(db), m_roster(roster), m_log(log), m_clock(clock), m_settings(settings)
{
}

ImportPreview RosterImport::preview(const QByteArray &fileBytes, const ColumnMapping &mapping) const
{
    ImportPreview preview;
    if (fileBytes.size() > kMaxFileBytes) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file is too big for a roster (more than 20 MB)."));
        return preview;
    }
    const DecodedText decoded = decodeSpreadsheetText(fileBytes);
    if (!decoded.error.isEmpty()) {
        preview.fileErrors.append(decoded.error);
        return preview;
    }
    preview.encoding = decoded.encoding;
    const QList<CsvRecord> records = readCsvRecords(decoded.text, kMaxLineChars, sniffCsvSeparator(decoded.text));
    return previewRecords(records, preview, mapping);
}

ImportPreview RosterImport::previewRecords(const QList<CsvRecord> &records, ImportPreview preview,
                                           const ColumnMapping &mapping) const
{
    if (records.isEmpty()) {
        preview.fileErrors.append(QCoreApplication::translate("RosterImport", "The file is empty."));
        return preview;
    }

    // The header is the first line naming two known columns; a title line
    // above it ("三年级留守儿童名册") is skipped, a runaway line is not.
    Header header;
    for (int i = 0; i < std::min<int>(int(records.size()), 10) && header.recordIndex < 0; ++i) {
        if (records.at(i).problem == CsvRecord::Problem::TooLong) {
            preview.fileErrors.append(
                QCoreApplication::translate("RosterImport",
                                            "Line %1 is far too long (over 64 KB) to be the header or a title.")
                    .arg(records.at(i).line));
            return preview;
        }
        if (Header candidate = mapping.apply(readHeader(records.at(i), i)); candidate.known >= 2)
            header = candidate;
    }
    if (header.recordIndex < 0)
        header = mapping.apply(readHeader(records.first(), 0));
    // Every column with a few of its cells, even when the file is refused:
    // the column-mapping screen shows them when a column is missing.
    addSamples(header, records);
    preview.columns = header.columns;
    QStringList missing;
    for (Field field : kRequired) {
        if (!header.has(field))
            missing.append(header.title(field));
    }
    if (!missing.isEmpty()) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport",
                                        "Columns missing: %1. The first line must name the columns, e.g. "
                                        "姓名,性别,出生日期,班级.")
                .arg(missing.join(u"、"_qs)));
        return preview;
    }
    if (!header.duplicated.isEmpty()) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "These columns appear twice: %1. Keep one of each.")
                .arg(header.duplicated.join(u"、"_qs)));
        return preview;
    }
    if (header.recordIndex > 0)
        preview.warnings.append(QCoreApplication::translate(
            "RosterImport", "%n line(s) above the column names were skipped.", nullptr, header.recordIndex));
    if (!header.unknown.isEmpty())
        preview.warnings.append(
            QCoreApplication::translate("RosterImport", "Columns not used: %1").arg(header.unknown.join(u"、"_qs)));
    // PIPL: only what the room needs. The ID number is never read into the kiosk.
    if (header.has(Field::IdNumber))
        preview.warnings.append(QCoreApplication::translate("RosterImport",
                                                            "%1 was not imported, on purpose: the room does not need "
                                                            "the children's ID numbers, so the kiosk does not keep "
                                                            "them.")
                                    .arg(header.title(Field::IdNumber)));
    if (header.has(Field::SchoolNumber))
        preview.warnings.append(QCoreApplication::translate("RosterImport",
                                                            "%1 was not imported: the kiosk has no place for it yet. "
                                                            "Children are found again by %2, or by name and birth "
                                                            "date.")
                                    .arg(header.title(Field::SchoolNumber), header.title(Field::CardCode)));
    const std::array guardianDetails{Field::GuardianAddress, Field::GuardianAge, Field::GuardianHealth};
    const bool guardianNamed =
        header.has(Field::GuardianName) || header.has(Field::GuardianRelationship) || header.has(Field::GuardianPhone);
    QStringList unattached;
    for (Field field : guardianDetails) {
        if (header.has(field) && !guardianNamed)
            unattached.append(header.title(field));
    }
    if (!unattached.isEmpty())
        preview.warnings.append(QCoreApplication::translate("RosterImport",
                                                            "%1 was not imported: the file does not say whose it is. "
                                                            "Add the guardian's name (%2), relationship (%3) or phone "
                                                            "(%4) to keep it.")
                                    .arg(unattached.join(u"、"_qs), columnTitle(Field::GuardianName),
                                         columnTitle(Field::GuardianRelationship), columnTitle(Field::GuardianPhone)));
    if (header.has(Field::ParentsCity) && header.has(Field::FatherCity) && header.has(Field::MotherCity))
        preview.warnings.append(QCoreApplication::translate("RosterImport", "%1 was not used: the file has %2 and %3.")
                                    .arg(header.title(Field::ParentsCity), header.title(Field::FatherCity),
                                         header.title(Field::MotherCity)));
    if (records.size() == header.recordIndex + 1) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file has only the header line, no children."));
        return preview;
    }

    RosterSnapshot roster;
    {
        ReadTransaction read(m_db);
        roster = loadSnapshot(m_roster);
    }
    preview.rosterStamp = roster.stamp;
    const RowBuilder builder(header, roster, localDate(m_clock.nowMs(), m_settings.timeZone()));

    QList<FileRow> rows;
    QStringList ignoredIds;
    QList<qsizetype> matches;
    QStringList whoByRow; // the roster child, or the new child's class, name and birth date
    QHash<QString, QList<int>> linesById, linesByCard, linesByChild;
    for (qsizetype r = header.recordIndex + 1; r < records.size(); ++r) {
        FileRow file = builder.read(records.at(r));
        const bool readable = records.at(r).problem != CsvRecord::Problem::TooLong;
        const qsizetype matched = readable ? builder.match(file, ignoredIds) : -1;
        if (readable) {
            const int line = file.row.line;
            if (!file.id.isEmpty())
                linesById[file.id].append(line);
            if (!file.fromFile.cardCode.isEmpty())
                linesByCard[file.fromFile.cardCode].append(line);
        }
        // The same child twice: the same roster child, or the same new one.
        QString who;
        if (matched >= 0)
            who = roster.children.at(matched).id;
        else if (readable && !file.fromFile.name.isEmpty() && file.fromFile.birthDate.isValid())
            who = file.classKey + QChar(0x1F) + nameAndBirthKey(file.fromFile.name, file.fromFile.birthDate);
        if (!who.isEmpty())
            linesByChild[who].append(file.row.line);
        rows.append(file);
        matches.append(matched);
        whoByRow.append(who);
    }

    // Duplicates inside the file name each other's lines.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        FileRow &file = rows[i];
        const int line = file.row.line;
        const QList<int> sameId = linesById.value(file.id);
        if (sameId.size() > 1)
            file.row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" is also on line %3.")
                                       .arg(header.title(Field::Id), file.id, lineList(sameId, line)));
        const QList<int> sameCard = linesByCard.value(file.fromFile.cardCode);
        if (sameCard.size() > 1)
            file.row.errors.append(
                QCoreApplication::translate("RosterImport", "%1 \"%2\" is also on line %3.")
                    .arg(header.title(Field::CardCode), file.fromFile.cardCode, lineList(sameCard, line)));
        const qsizetype matched = matches.at(i);
        const QList<int> sameChild = linesByChild.value(whoByRow.at(i));
        if (sameChild.size() > 1 && sameId.size() <= 1 && sameCard.size() <= 1)
            file.row.errors.append(QCoreApplication::translate("RosterImport", "The same child as on line %1.")
                                       .arg(lineList(sameChild, line)));
        builder.finish(file, matched);
        preview.rows.append(file.row);
    }
    if (!ignoredIds.isEmpty())
        preview.warnings.append(
            QCoreApplication::translate("RosterImport",
                                        "%1 values such as \"%2\" are not ids from this kiosk and were not used; those "
                                        "children are matched by card code, or by name and birth date.")
                .arg(header.title(Field::Id), ignoredIds.first()));
    return preview;
}

ImportResult RosterImport::apply(const ImportPreview &preview, ApplyScope scope)
{
    ImportResult result;
    const bool fineOnly = scope == ApplyScope::RowsWithoutProblems;
    if (fineOnly && !preview.canApplyFine()) {
        result.error = !preview.fileErrors.isEmpty()
            ? QCoreApplication::translate("RosterImport", "Nothing was imported: the file still has problems.")
            : QCoreApplication::translate("RosterImport",
                                          "Nothing was imported: no child in the file is both new or changed and "
                                          "without a problem.");
        return result;
    }
    if (!fineOnly && !preview.canApply()) {
        result.error = !preview.fileErrors.isEmpty() || preview.count(ImportRow::Action::Error) > 0
            ? QCoreApplication::translate("RosterImport", "Nothing was imported: the file still has problems.")
            : QCoreApplication::translate("RosterImport",
                                          "Nothing to import: every child in the file is on the roster as written.");
        return result;
    }
    int line = 0;
    try {
        AllOrNothing transaction(m_db, "roster_import");
        const RosterSnapshot roster = loadSnapshot(m_roster);
        if (roster.stamp != preview.rosterStamp) {
            result.error = QCoreApplication::translate(
                "RosterImport",
                "The roster changed since the preview. Nothing was imported; please check the file "
                "again.");
            return result;
        }
        QHash<QString, QString> classIds = roster.classIdByKey;
        int nextSortOrder = 0;
        for (const SchoolClass &schoolClass : roster.classes)
            nextSortOrder = std::max(nextSortOrder, schoolClass.sortOrder + 1);
        for (const ImportRow &row : preview.rows) {
            if (row.action == ImportRow::Action::Error)
                ++result.leftOut; // only reached with RowsWithoutProblems
            if (row.action != ImportRow::Action::Add && row.action != ImportRow::Action::Update)
                continue;
            line = row.line;
            const QString key = classKey(row.className);
            if (!classIds.contains(key)) {
                SchoolClass created;
                created.name = row.className;
                created.grade = gradeOf(row.className);
                // Classes sort by grade, then number, as the demo school's do.
                const int number = classNumberOf(row.className);
                created.sortOrder = created.grade > 0 ? created.grade * 100 + number : nextSortOrder++;
                classIds.insert(key, m_roster.addClass(created));
                ++result.classesCreated;
            }
            Child child = row.child;
            child.classId = classIds.value(key);
            if (row.action == ImportRow::Action::Update) {
                m_roster.updateChild(child);
                m_roster.setActive(child.id, true); // back on the roster when it was taken off
                ++result.updated;
            } else {
                child.id = m_roster.addChild(child, {});
                ++result.added;
            }
            m_roster.replaceContacts(child.id, row.contacts);
        }
        transaction.commit();
    } catch (const RosterError &e) {
        result = {};
        result.error = QCoreApplication::translate("RosterImport", "Nothing was imported (line %1): %2")
                           .arg(line)
                           .arg(e.message());
        return result;
    } catch (const StorageException &e) {
        result = {};
        result.error =
            QCoreApplication::translate("RosterImport", "Nothing was imported: the kiosk could not save (%1).")
                .arg(e.error().detail);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace qq
