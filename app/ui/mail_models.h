#pragma once

#include "mailbox.h"
#include "moods.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>
#include <QUrl>

namespace qq {

// The counselor's inbox. The rows come from the disk at once (hour, marks);
// each sealed header is opened only when the list shows its row, so an inbox
// of thousands opens without waiting for every one.
class InboxModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Mail")

public:
    enum Roles {
        LetterIdRole = Qt::UserRole + 1,
        WhenRole, // "Mon 23 Nov 15:17", or "around 15:00" without a name
        SenderRole, // the child's name, or "Without a name"
        AnonymousRole,
        FeelingRole, // 0 none, 1..5
        PreviewRole,
        HasVoiceRole,
        OpenedRole,
        FollowUpRole,
        DamagedRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(CounselorSession *session, QList<LetterSummary> rows, const QTimeZone &zone);
    void clear();
    void setOpened(const QString &letterId);
    void setFollowUp(const QString &letterId, bool followUp);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    LetterSummary &opened(int row) const;

    CounselorSession *m_session = nullptr;
    mutable QList<LetterSummary> m_rows;
    mutable QList<bool> m_tried; // header opened (or found damaged) once
    QTimeZone m_zone;
};

// "Who needs me this week": children with sad faces in a row, then children
// who stopped coming. Shown to the counselor only.
class CareListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Mail")

public:
    enum Roles { ChildIdRole = Qt::UserRole + 1, NameRole, ClassNameRole, PhotoRole, ReasonRole, MoodsRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<CareSignal> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CareSignal> m_rows;
};

// Replies, for the child who opened them or the counselor who wrote them.
class ReplyListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Mail")

public:
    enum Roles { TextRole = Qt::UserRole + 1, WhenRole, ReadRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<Reply> rows, const QTimeZone &zone);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Reply> m_rows;
    QTimeZone m_zone;
};

} // namespace qq
