#include "call_models.h"

namespace qq {

void CallListModel::reset(QList<CallRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallRow &row = m_rows.at(index.row());
    switch (role) {
    case BookingIdRole:
        return row.bookingId;
    case TimeRole:
        return row.time;
    case ChildNameRole:
        return row.childName;
    case ChildPhotoRole:
        return row.childPhoto;
    case WhoRole:
        return row.who;
    case PlaceNameRole:
        return row.placeName;
    case PlaceKindRole:
        return row.placeKind;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        return row.statusText;
    case PastRole:
        return row.past;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    return {{BookingIdRole, "bookingId"},
            {TimeRole, "time"},
            {ChildNameRole, "childName"},
            {ChildPhotoRole, "childPhoto"},
            {WhoRole, "who"},
            {PlaceNameRole, "placeName"},
            {PlaceKindRole, "placeKind"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {PastRole, "past"}};
}

void CallChoiceModel::reset(QList<CallChoice> choices)
{
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

int CallChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant CallChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size())
        return {};
    const CallChoice &choice = m_choices.at(index.row());
    switch (role) {
    case KeyRole:
        return choice.key;
    case TitleRole:
        return choice.title;
    case DetailRole:
        return choice.detail;
    case IconRole:
        return choice.icon;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallChoiceModel::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {DetailRole, "detail"}, {IconRole, "icon"}};
}

void CallMonthModel::reset(QList<CallMonthRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CallMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CallMonthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallMonthRow &row = m_rows.at(index.row());
    switch (role) {
    case ChildNameRole:
        return row.childName;
    case ClassNameRole:
        return row.className;
    case PhotoRole:
        return row.photo;
    case TalkedRole:
        return row.talked;
    case NoAnswerRole:
        return row.noAnswer;
    case AbsentRole:
        return row.absent;
    case BookedRole:
        return row.booked;
    case LastCallRole:
        return row.lastCall;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallMonthModel::roleNames() const
{
    return {{ChildNameRole, "childName"}, {ClassNameRole, "className"}, {PhotoRole, "photo"},
            {TalkedRole, "talked"},       {NoAnswerRole, "noAnswer"},   {AbsentRole, "absent"},
            {BookedRole, "booked"},       {LastCallRole, "lastCall"}};
}

} // namespace qq
