// The roster import's way in from a file (CSV, .xlsx, .xls) and the teacher's
// column mapping; the rules themselves are in roster_import.cpp,
// roster_import_rows.cpp and roster_sheet.cpp.
#include "csv_reader.h"
#include "roster_import.h"
#include "workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace qq {

using RosterSheet::Field;
using RosterSheet::Header;

ImportPreview RosterImport::previewFile(const QString &path, int sheet, const ColumnMapping &mapping) const
{
    ImportPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file could not be opened: %1").arg(file.errorString()));
        return preview;
    }
    if (file.size() > kMaxFileBytes) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file is too big for a roster (more than 20 MB)."));
        return preview;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1); // a pipe or a growing file has no size
    if (file.error() != QFileDevice::NoError) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file could not be opened: %1").arg(file.errorString()));
        return preview;
    }
    file.close();

    WorkbookLimits limits;
    limits.maxRecordChars = kMaxLineChars;
    WorkbookSheet workbook;
    switch (spreadsheetFormatOf(bytes)) {
    case SpreadsheetFormat::Text:
        return this->preview(bytes, mapping);
    case SpreadsheetFormat::Xlsx:
        workbook = readXlsx(bytes, sheet, limits);
        break;
    case SpreadsheetFormat::Xls:
        workbook = readXls(path, sheet, limits);
        break;
    }
    preview.sheets = workbook.sheets;
    preview.sheet = workbook.sheet;
    if (!workbook.error.isEmpty()) {
        preview.fileErrors.append(workbook.error);
        return preview;
    }
    return previewRecords(workbook.records, preview, mapping);
}

void ColumnMapping::set(const QString &headerText, Field field)
{
    columns.insert(spreadsheetHeaderKey(headerText), field);
}

Header ColumnMapping::apply(Header header) const
{
    if (columns.isEmpty())
        return header;
    QMap<int, Field> mapped; // cell index → the field the teacher gave it
    QSet<Field> mappedFields;
    for (int i = 0; i < header.written.size(); ++i) {
        const auto it = columns.constFind(spreadsheetHeaderKey(header.written.at(i)));
        if (it == columns.cend() || header.written.at(i).isEmpty())
            continue;
        mapped.insert(i, *it);
        if (*it != Field::None)
            mappedFields.insert(*it);
    }
    if (mapped.isEmpty())
        return header;
    // Forget what the header made of those columns and of those fields.
    QList<int> displaced; // columns whose field the mapping gives to another column
    for (int f = 0; f < RosterSheet::kFieldCount; ++f) {
        const int at = header.column[size_t(f)];
        if (at < 0 || (!mapped.contains(at) && !mappedFields.contains(Field(f))))
            continue;
        header.column[size_t(f)] = -1;
        --header.known;
        if (!mapped.contains(at))
            displaced.append(at);
    }
    for (auto it = mapped.cbegin(); it != mapped.cend(); ++it) {
        const QString &text = header.written.at(it.key());
        header.unknown.removeOne(text);
        header.duplicated.removeOne(text);
    }
    for (auto it = mapped.cbegin(); it != mapped.cend(); ++it) {
        if (it.value() == Field::None)
            continue;
        if (header.has(it.value())) {
            header.duplicated.append(header.written.at(it.key())); // two columns mapped to one field
        } else {
            header.column[size_t(it.value())] = it.key();
            ++header.known;
        }
    }
    for (int at : std::as_const(displaced))
        header.unknown.append(header.written.at(at));
    // The per-column view the mapping screen shows follows the teacher's choices.
    for (RosterSheet::Column &column : header.columns) {
        const bool chosen = mapped.contains(column.index);
        if (!chosen && !displaced.contains(column.index))
            continue;
        column.field = Field::None;
        for (int f = 0; f < RosterSheet::kFieldCount; ++f)
            if (header.column[size_t(f)] == column.index)
                column.field = Field(f);
        column.byTitle = false;
        column.chosen = chosen;
        column.guess = column.field;
    }
    return header;
}

QString ColumnMapping::fieldKey(Field field)
{
    switch (field) {
    case Field::Name:
        return u"name"_qs;
    case Field::Gender:
        return u"gender"_qs;
    case Field::BirthDate:
        return u"birth_date"_qs;
    case Field::Class:
        return u"class"_qs;
    case Field::CardCode:
        return u"card_code"_qs;
    case Field::Id:
        return u"id"_qs;
    case Field::Personality:
        return u"personality"_qs;
    case Field::Hobbies:
        return u"hobbies"_qs;
    case Field::Medical:
        return u"medical"_qs;
    case Field::FatherName:
        return u"father_name"_qs;
    case Field::FatherPhone:
        return u"father_phone"_qs;
    case Field::FatherCity:
        return u"father_city"_qs;
    case Field::FatherWorkplace:
        return u"father_workplace"_qs;
    case Field::MotherName:
        return u"mother_name"_qs;
    case Field::MotherPhone:
        return u"mother_phone"_qs;
    case Field::MotherCity:
        return u"mother_city"_qs;
    case Field::MotherWorkplace:
        return u"mother_workplace"_qs;
    case Field::GuardianName:
        return u"guardian_name"_qs;
    case Field::GuardianRelationship:
        return u"guardian_relationship"_qs;
    case Field::GuardianPhone:
        return u"guardian_phone"_qs;
    case Field::GuardianAddress:
        return u"guardian_address"_qs;
    case Field::GuardianAge:
        return u"guardian_age"_qs;
    case Field::GuardianHealth:
        return u"guardian_health"_qs;
    case Field::Grade:
        return u"grade"_qs;
    case Field::ParentsCity:
        return u"parents_city"_qs;
    case Field::SchoolNumber:
        return u"school_number"_qs;
    case Field::IdNumber:
        return u"id_number"_qs;
    case Field::RowNumber:
        return u"row_number"_qs;
    case Field::None:
        return u"skip"_qs;
    }
    return u"skip"_qs;
}

std::optional<Field> ColumnMapping::fieldFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (int f = 0; f <= RosterSheet::kFieldCount; ++f) {
        if (fieldKey(Field(f)) == wanted)
            return Field(f);
    }
    // A column name the kiosk reads (父亲电话, 出生日期), as readHeader reads it.
    CsvRecord record;
    record.cells = {key};
    const Header header = RosterSheet::readHeader(record, 0);
    for (int f = 0; f < RosterSheet::kFieldCount; ++f) {
        if (header.column[size_t(f)] == 0)
            return Field(f);
    }
    return std::nullopt;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue columnsValue = document.object().value(QLatin1String("columns"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !columnsValue.isObject()) {
        if (error)
            *error =
                QCoreApplication::translate("RosterImport",
                                            "The column mapping is not in the expected form, e.g. "
                                            "{\"columns\": {\"家长电话\": \"father_phone\", \"备注\": \"skip\"}}.");
        return std::nullopt;
    }
    ColumnMapping mapping;
    const QJsonObject object = columnsValue.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::optional<Field> field = it.value().isString() ? fieldFromKey(it.value().toString()) : std::nullopt;
        if (!field) {
            if (error) {
                QStringList keys;
                for (int f = 0; f <= RosterSheet::kFieldCount; ++f)
                    keys.append(fieldKey(Field(f)));
                *error = QCoreApplication::translate("RosterImport",
                                                     "In the column mapping, \"%1\" is given \"%2\", which is no "
                                                     "column the kiosk knows. Use one of: %3.")
                             .arg(it.key(), it.value().toVariant().toString(), keys.join(u", "_qs));
            }
            return std::nullopt;
        }
        mapping.set(it.key(), *field);
    }
    return mapping;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject object;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        object.insert(it.key(), fieldKey(it.value()));
    return QJsonDocument(QJsonObject{{QLatin1String("columns"), object}}).toJson(QJsonDocument::Indented);
}

} // namespace qq
