#include "library_models.h"

#include "local_time.h"

#include <QLocale>

namespace qq {

QUrl coverUrl(const QString &titleId, int revision)
{
    return QUrl(QStringLiteral("image://cover/%1?v=%2").arg(titleId).arg(revision));
}

namespace {

QString dayText(qint64 ms, const QTimeZone &zone)
{
    return QLocale().toString(localDate(ms, zone), LoanListModel::tr("MMMM d, dddd"));
}

} // namespace

// --- Titles -------------------------------------------------------------------

void TitleListModel::reset(QList<BookTitle> rows, int coverRevision)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_coverRevision = coverRevision;
    endResetModel();
}

int TitleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TitleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BookTitle &title = m_rows.at(index.row());
    switch (role) {
    case TitleIdRole:
        return title.id;
    case TitleRole:
    case Qt::DisplayRole:
        return title.title;
    case AuthorRole:
        return title.author;
    case IsbnRole:
        return title.isbn;
    case CoverRole:
        return coverUrl(title.id, m_coverRevision);
    case CopiesRole:
        return title.copies;
    case AvailableRole:
        return title.available;
    case TimesBorrowedRole:
        return title.timesBorrowed;
    default:
        return {};
    }
}

QHash<int, QByteArray> TitleListModel::roleNames() const
{
    return {{TitleIdRole, "titleId"},    {TitleRole, "title"},         {AuthorRole, "author"},
            {IsbnRole, "isbn"},          {CoverRole, "cover"},         {CopiesRole, "copies"},
            {AvailableRole, "available"}, {TimesBorrowedRole, "timesBorrowed"}};
}

// --- Loans --------------------------------------------------------------------

void LoanListModel::reset(QList<LoanRow> rows, const QTimeZone &zone, qint64 nowMs)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    m_nowMs = nowMs;
    endResetModel();
}

int LoanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LoanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LoanRow &row = m_rows.at(index.row());
    switch (role) {
    case LoanIdRole:
        return row.loan.id;
    case TitleIdRole:
        return row.loan.titleId;
    case TitleRole:
    case Qt::DisplayRole:
        return row.loan.title;
    case CoverRole:
        return coverUrl(row.loan.titleId);
    case CodeRole:
        return row.loan.code;
    case DueRole:
        return dayText(row.loan.dueAtMs, m_zone);
    case LateRole:
        return !row.loan.endedAtMs && row.loan.dueAtMs < m_nowMs;
    case DaysLateRole:
        return row.daysLate;
    case CanRenewRole:
        return row.canRenew;
    case ChildNameRole:
        return row.childName;
    case ClassNameRole:
        return row.className;
    case BorrowedRole:
        return dayText(row.loan.borrowedAtMs, m_zone);
    case StatusRole:
        if (!row.loan.endedAtMs)
            return row.loan.dueAtMs < m_nowMs ? tr("At home, late since %1").arg(dayText(row.loan.dueAtMs, m_zone))
                                              : tr("At home, due %1").arg(dayText(row.loan.dueAtMs, m_zone));
        if (row.loan.endedHow == QLatin1String("lost"))
            return tr("Lost");
        if (row.loan.endedHow == QLatin1String("damaged"))
            return tr("Came back damaged");
        return tr("Back %1").arg(dayText(*row.loan.endedAtMs, m_zone));
    case RatingRole:
        return row.loan.rating;
    case ChildIdRole:
        return row.loan.childId;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoanListModel::roleNames() const
{
    return {{LoanIdRole, "loanId"},       {TitleIdRole, "titleId"},     {TitleRole, "title"},
            {CoverRole, "cover"},         {CodeRole, "code"},           {DueRole, "due"},
            {LateRole, "late"},           {DaysLateRole, "daysLate"},   {CanRenewRole, "canRenew"},
            {ChildNameRole, "childName"}, {ClassNameRole, "className"}, {BorrowedRole, "borrowed"},
            {StatusRole, "status"},       {RatingRole, "rating"},       {ChildIdRole, "childId"}};
}

// --- Copies -------------------------------------------------------------------

void CopyListModel::reset(QList<CopyRow> rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    endResetModel();
}

int CopyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CopyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CopyRow &row = m_rows.at(index.row());
    switch (role) {
    case CopyIdRole:
        return row.copy.id;
    case CodeRole:
    case Qt::DisplayRole:
        return row.copy.code;
    case TitleRole:
        return row.title;
    case StateRole:
        return copyStateKey(row.copy.state);
    case StateTextRole:
        if (!row.copy.borrowerId.isEmpty())
            return tr("On loan to %1, due %2").arg(row.borrowerName, dayText(row.copy.dueAtMs, m_zone));
        switch (row.copy.state) {
        case CopyState::Shelf:
            return tr("On the shelf");
        case CopyState::Lost:
            return tr("Lost");
        case CopyState::Damaged:
            return tr("Damaged");
        case CopyState::Withdrawn:
            return tr("Withdrawn");
        }
        return {};
    case BorrowerRole:
        return row.borrowerName;
    case DueRole:
        return row.copy.borrowerId.isEmpty() ? QString() : dayText(row.copy.dueAtMs, m_zone);
    default:
        return {};
    }
}

QHash<int, QByteArray> CopyListModel::roleNames() const
{
    return {{CopyIdRole, "copyId"}, {CodeRole, "code"},         {TitleRole, "title"}, {StateRole, "state"},
            {StateTextRole, "stateText"}, {BorrowerRole, "borrower"}, {DueRole, "due"}};
}

// --- Catalog import preview ---------------------------------------------------------

void CatalogPreviewModel::reset(const CatalogPreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const CatalogRow &a, const CatalogRow &b) {
        return (a.action == CatalogRow::Action::Error) > (b.action == CatalogRow::Action::Error);
    });
    endResetModel();
}

int CatalogPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CatalogRow &row = m_rows.at(index.row());
    switch (role) {
    case LineRole:
        return row.line;
    case TitleRole:
    case Qt::DisplayRole:
        return row.title.isEmpty() ? row.catalogTitle : row.title;
    case IsbnRole:
        return row.isbn;
    case ActionRole:
        switch (row.action) {
        case CatalogRow::Action::Add:
            return tr("New, %n copy(ies)", nullptr, row.copies);
        case CatalogRow::Action::AddCopies:
            return tr("+%n copy(ies)", nullptr, row.copies);
        case CatalogRow::Action::Error:
            return tr("Problem");
        }
        return {};
    case ProblemRole:
        return row.errors.join(QLatin1Char(' '));
    case IsErrorRole:
        return row.action == CatalogRow::Action::Error;
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogPreviewModel::roleNames() const
{
    return {{LineRole, "line"},     {TitleRole, "title"},     {IsbnRole, "isbn"},
            {ActionRole, "action"}, {ProblemRole, "problem"}, {IsErrorRole, "isError"}};
}

} // namespace qq
