#pragma once

#include "roster.h"
#include "visits.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>
#include <QTimeZone>

namespace qq {

// The classes of the school, as big tiles.
class ClassListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Kiosk")

public:
    enum Roles { ClassIdRole = Qt::UserRole + 1, NameRole, GradeRole };
    Q_ENUM(Roles)

    explicit ClassListModel(QObject *parent = nullptr);
    void reset(QList<SchoolClass> classes);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SchoolClass> m_classes;
};

// The children of one class, as photos.
class ChildGridModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Kiosk")

public:
    enum Roles { ChildIdRole = Qt::UserRole + 1, NameRole, PhotoRole, InRoomRole, ClassNameRole };
    Q_ENUM(Roles)

    explicit ChildGridModel(QObject *parent = nullptr);
    void reset(QList<Child> children, QSet<QString> inRoom);
    // For lists that mix classes (search results): the class under the name.
    void setClassNames(QHash<QString, QString> classNames) { m_classNames = std::move(classNames); }
    void setInRoom(const QString &childId, bool inRoom);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Child> m_children;
    QSet<QString> m_inRoom;
    QHash<QString, QString> m_classNames;
};

// "In the room now", for the duty teacher.
class RoomModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Teacher")

public:
    enum Roles { ChildIdRole = Qt::UserRole + 1, NameRole, ClassNameRole, PhotoRole, SinceRole };
    Q_ENUM(Roles)

    explicit RoomModel(QObject *parent = nullptr);
    void reset(QList<PresentChild> present, QTimeZone zone);
    QString nameOf(const QString &childId) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<PresentChild> m_present;
    QTimeZone m_zone;
};

QUrl photoUrl(const QString &childId);

} // namespace qq
