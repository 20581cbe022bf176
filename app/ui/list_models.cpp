#include "list_models.h"

#include "local_time.h"

#include <QUrl>

namespace qq {

QUrl photoUrl(const QString &childId)
{
    return QUrl(QStringLiteral("image://photo/") + childId);
}

ClassListModel::ClassListModel(QObject *parent) : QAbstractListModel(parent) { }

void ClassListModel::reset(QList<SchoolClass> classes)
{
    beginResetModel();
    m_classes = std::move(classes);
    endResetModel();
}

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SchoolClass &item = m_classes.at(index.row());
    switch (role) {
    case ClassIdRole:
        return item.id;
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case GradeRole:
        return item.grade;
    }
    return {};
}

QHash<int, QByteArray> ClassListModel::roleNames() const
{
    return {{ClassIdRole, "classId"}, {NameRole, "name"}, {GradeRole, "grade"}};
}

ChildGridModel::ChildGridModel(QObject *parent) : QAbstractListModel(parent) { }

void ChildGridModel::reset(QList<Child> children, QSet<QString> inRoom)
{
    beginResetModel();
    m_children = std::move(children);
    m_inRoom = std::move(inRoom);
    endResetModel();
}

void ChildGridModel::setInRoom(const QString &childId, bool inRoom)
{
    if (m_inRoom.contains(childId) == inRoom)
        return;
    if (inRoom)
        m_inRoom.insert(childId);
    else
        m_inRoom.remove(childId);
    for (int row = 0; row < m_children.size(); ++row) {
        if (m_children.at(row).id == childId) {
            emit dataChanged(index(row), index(row), {InRoomRole});
            break;
        }
    }
}

int ChildGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_children.size());
}

QVariant ChildGridModel::data(const QModelIndex &index, int role) const
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
    case PhotoRole:
        return photoUrl(child.id);
    case InRoomRole:
        return m_inRoom.contains(child.id);
    case ClassNameRole:
        return m_classNames.value(child.classId);
    }
    return {};
}

QHash<int, QByteArray> ChildGridModel::roleNames() const
{
    return {{ChildIdRole, "childId"},
            {NameRole, "name"},
            {PhotoRole, "photo"},
            {InRoomRole, "inRoom"},
            {ClassNameRole, "className"}};
}

RoomModel::RoomModel(QObject *parent) : QAbstractListModel(parent) { }

void RoomModel::reset(QList<PresentChild> present, QTimeZone zone)
{
    beginResetModel();
    m_present = std::move(present);
    m_zone = std::move(zone);
    endResetModel();
}

QString RoomModel::nameOf(const QString &childId) const
{
    for (const PresentChild &child : m_present) {
        if (child.childId == childId)
            return child.name;
    }
    return {};
}

int RoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_present.size());
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PresentChild &item = m_present.at(index.row());
    switch (role) {
    case ChildIdRole:
        return item.childId;
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case ClassNameRole:
        return item.className;
    case PhotoRole:
        return photoUrl(item.childId);
    case SinceRole:
        return toLocal(item.signedInAt, m_zone).toString(QStringLiteral("HH:mm"));
    }
    return {};
}

QHash<int, QByteArray> RoomModel::roleNames() const
{
    return {{ChildIdRole, "childId"},
            {NameRole, "name"},
            {ClassNameRole, "className"},
            {PhotoRole, "photo"},
            {SinceRole, "since"}};
}

} // namespace qq
