#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

namespace qq {

// One row of a list of calls, already in words: the call board, the child's
// own calls, the teacher's day.
struct CallRow {
    QString bookingId;
    QString time; // "4:20" on the board, "Tomorrow noon 12:10" elsewhere
    QString childName;
    QUrl childPhoto;
    QString who; // "Dad", "Grandma (奶奶)"
    QString placeName;
    QString placeKind; // "phone" or "video": the icon
    QString status; // "booked", "talked", "no_answer", "absent"
    QString statusText;
    bool past = false;
};

class CallListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Calls")

public:
    enum Roles {
        BookingIdRole = Qt::UserRole + 1,
        TimeRole,
        ChildNameRole,
        ChildPhotoRole,
        WhoRole,
        PlaceNameRole,
        PlaceKindRole,
        StatusRole,
        StatusTextRole,
        PastRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<CallRow> rows);
    const QList<CallRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CallRow> m_rows;
};

// Big buttons: the people a child can call, or the times they can book.
struct CallChoice {
    QString key; // contact id, or the slot's index
    QString title; // "Call Dad" / "Tomorrow noon 12:10"
    QString detail; // "in Dongguan" / "Family phone"
    QString icon; // dad, mum, grandparent, phone, video
};

class CallChoiceModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Calls")

public:
    enum Roles { KeyRole = Qt::UserRole + 1, TitleRole, DetailRole, IconRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<CallChoice> choices);
    const QList<CallChoice> &choices() const { return m_choices; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CallChoice> m_choices;
};

// The month: one row a child, those with no call yet first.
struct CallMonthRow {
    QString childName;
    QString className;
    QUrl photo;
    int talked = 0;
    int noAnswer = 0;
    int absent = 0;
    int booked = 0;
    QString lastCall; // "11/3" or "never"
};

class CallMonthModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Calls")

public:
    enum Roles {
        ChildNameRole = Qt::UserRole + 1,
        ClassNameRole,
        PhotoRole,
        TalkedRole,
        NoAnswerRole,
        AbsentRole,
        BookedRole,
        LastCallRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<CallMonthRow> rows);
    const QList<CallMonthRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CallMonthRow> m_rows;
};

} // namespace qq
