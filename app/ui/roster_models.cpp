#include "roster_models.h"

#include "list_models.h"

#include <algorithm>

namespace qq {

RosterListModel::RosterListModel(QObject *parent) : QAbstractListModel(parent) { }

void RosterListModel::reset(QList<Child> children, QHash<QString, QString> classNames)
{
    beginResetModel();
    m_children = std::move(children);
    m_classNames = std::move(classNames);
    endResetModel();
}

int RosterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_children.size());
}

QVariant RosterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Child &child = m_children.at(index.row());
    switch (role) {
    case ChildIdRole:
        return child.id;
    case Qt::DisplayRole:
    case NameRole:
        return child.name;
    case ClassNameRole:
        return m_classNames.value(child.classId);
    case CardCodeRole:
        return child.cardCode;
    case PhotoRole:
        return photoUrl(child.id);
    case HasPhotoRole:
        return child.hasPhoto;
    }
    return {};
}

QHash<int, QByteArray> RosterListModel::roleNames() const
{
    return {{ChildIdRole, "childId"},   {NameRole, "name"},   {ClassNameRole, "className"},
            {CardCodeRole, "cardCode"}, {PhotoRole, "photo"}, {HasPhotoRole, "hasPhoto"}};
}

ChildFileModel::ChildFileModel(QObject *parent) : QAbstractListModel(parent) { }

void ChildFileModel::reset(QList<Field> fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    endResetModel();
}

QString ChildFileModel::value(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.value.trimmed();
    }
    return {};
}

void ChildFileModel::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_fields.size() || m_fields[row].value == value)
        return;
    m_fields[row].value = value;
    m_fields[row].error.clear();
    emit dataChanged(index(row), index(row), {ValueRole, ErrorRole});
}

void ChildFileModel::setErrors(const QHash<QString, QString> &errors)
{
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString error = errors.value(m_fields[row].key);
        if (m_fields[row].error != error) {
            m_fields[row].error = error;
            emit dataChanged(index(row), index(row), {ErrorRole});
        }
    }
}

int ChildFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ChildFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Field &field = m_fields.at(index.row());
    switch (role) {
    case KeyRole:
        return field.key;
    case SectionRole:
        return field.section;
    case Qt::DisplayRole:
    case LabelRole:
        return field.label;
    case ValueRole:
        return field.value;
    case KindRole:
        return field.kind;
    case ChoicesRole:
        return field.choices;
    case ErrorRole:
        return field.error;
    }
    return {};
}

QHash<int, QByteArray> ChildFileModel::roleNames() const
{
    return {{KeyRole, "key"},   {SectionRole, "section"}, {LabelRole, "label"}, {ValueRole, "value"},
            {KindRole, "kind"}, {ChoicesRole, "choices"}, {ErrorRole, "error"}};
}

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractListModel(parent) { }

void ImportPreviewModel::reset(const ImportPreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    // The teacher fixes errors first: show them on top, in file order.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ImportRow &a, const ImportRow &b) {
        return (a.action == ImportRow::Action::Error) > (b.action == ImportRow::Action::Error);
    });
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    switch (role) {
    case LineRole:
        return row.line;
    case Qt::DisplayRole:
    case NameRole:
        return row.child.name;
    case ClassNameRole:
        return row.className;
    case ActionRole:
        switch (row.action) {
        case ImportRow::Action::Add:
            return tr("New");
        case ImportRow::Action::Update:
            return tr("Update");
        case ImportRow::Action::Unchanged:
            return tr("Same");
        case ImportRow::Action::Error:
            return tr("Error");
        }
        return {};
    case ProblemRole:
        return row.errors.join(QStringLiteral("；"));
    case WarningRole:
        return row.warnings.join(QStringLiteral("；"));
    case IsErrorRole:
        return row.action == ImportRow::Action::Error;
    }
    return {};
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    return {{LineRole, "line"},       {NameRole, "name"},       {ClassNameRole, "className"}, {ActionRole, "action"},
            {ProblemRole, "problem"}, {IsErrorRole, "isError"}, {WarningRole, "warning"}};
}

ImportColumnsModel::ImportColumnsModel(QObject *parent) : QAbstractListModel(parent) { }

void ImportColumnsModel::reset(const QList<RosterSheet::Column> &columns)
{
    beginResetModel();
    m_columns.clear();
    for (const RosterSheet::Column &column : columns)
        if (!column.title.isEmpty())
            m_columns.append(column);
    endResetModel();
}

const RosterSheet::Column *ImportColumnsModel::column(int row) const
{
    return row >= 0 && row < m_columns.size() ? &m_columns.at(row) : nullptr;
}

int ImportColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ImportColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RosterSheet::Column &column = m_columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return column.title;
    case SamplesRole:
        return column.samples.join(QStringLiteral("、"));
    case FieldKeyRole:
        return ColumnMapping::fieldKey(column.field);
    case FieldTitleRole:
        return fieldTitle(column.field);
    case GuessTitleRole:
        return column.field == RosterSheet::Field::None && column.guess != RosterSheet::Field::None
            ? fieldTitle(column.guess)
            : QString();
    case StateRole:
        if (column.chosen)
            return QStringLiteral("chosen");
        if (column.byTitle)
            return QStringLiteral("recognised");
        return column.guess != RosterSheet::Field::None ? QStringLiteral("guessed") : QStringLiteral("unused");
    }
    return {};
}

QHash<int, QByteArray> ImportColumnsModel::roleNames() const
{
    return {{TitleRole, "title"},           {SamplesRole, "samples"}, {FieldKeyRole, "fieldKey"},
            {FieldTitleRole, "fieldTitle"}, {StateRole, "state"},     {GuessTitleRole, "guessTitle"}};
}

QString ImportColumnsModel::fieldTitle(RosterSheet::Field field)
{
    using F = RosterSheet::Field;
    switch (field) {
    case F::Name:
        return tr("Name");
    case F::Gender:
        return tr("Gender");
    case F::BirthDate:
        return tr("Date of birth");
    case F::Class:
        return tr("Class");
    case F::Grade:
        return tr("Grade");
    case F::CardCode:
        return tr("Card number");
    case F::Id:
        return tr("Qinqing number");
    case F::Personality:
        return tr("Personality");
    case F::Hobbies:
        return tr("Hobbies");
    case F::Medical:
        return tr("Medical history");
    case F::FatherName:
        return tr("Father's name");
    case F::FatherPhone:
        return tr("Father's phone");
    case F::FatherCity:
        return tr("Where the father works (city)");
    case F::FatherWorkplace:
        return tr("Father's workplace");
    case F::MotherName:
        return tr("Mother's name");
    case F::MotherPhone:
        return tr("Mother's phone");
    case F::MotherCity:
        return tr("Where the mother works (city)");
    case F::MotherWorkplace:
        return tr("Mother's workplace");
    case F::GuardianName:
        return tr("Guardian's name");
    case F::GuardianRelationship:
        return tr("Guardian's relationship");
    case F::GuardianPhone:
        return tr("Guardian's phone");
    case F::GuardianAddress:
        return tr("Home address");
    case F::GuardianAge:
        return tr("Guardian's age");
    case F::GuardianHealth:
        return tr("Guardian's health");
    case F::ParentsCity:
        return tr("Where the parents work");
    case F::SchoolNumber:
        return tr("Student number (not kept)");
    case F::IdNumber:
        return tr("ID card number (never imported)");
    case F::RowNumber:
        return tr("Row number (not imported)");
    case F::None:
        break;
    }
    return tr("Don't import");
}

} // namespace qq
