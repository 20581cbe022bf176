#pragma once

#include "catalog_import.h"
#include "library.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>
#include <QUrl>

namespace qq {

// "image://cover/<titleId>?v=N": the cover photo, or a drawn cover with the title.
QUrl coverUrl(const QString &titleId, int revision = 0);

// Titles: the children's shelf of covers and the teacher's catalog.
class TitleListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Library")

public:
    enum Roles {
        TitleIdRole = Qt::UserRole + 1,
        TitleRole,
        AuthorRole,
        IsbnRole,
        CoverRole,
        CopiesRole,
        AvailableRole,
        TimesBorrowedRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<BookTitle> rows, int coverRevision);
    const QList<BookTitle> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<BookTitle> m_rows;
    int m_coverRevision = 0;
};

// Loans: a child's books at home, and the teacher's overdue list.
struct LoanRow {
    Loan loan;
    QString childName;
    QString className;
    int daysLate = 0;
    bool canRenew = false;
};

class LoanListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Library")

public:
    enum Roles {
        LoanIdRole = Qt::UserRole + 1,
        TitleIdRole,
        TitleRole,
        CoverRole,
        CodeRole,
        DueRole, // "12月7日 星期一"
        LateRole,
        DaysLateRole,
        CanRenewRole,
        ChildNameRole,
        ClassNameRole,
        BorrowedRole, // the day it was borrowed
        StatusRole, // "Back 12月3日", "At home, due …", "Lost"
        RatingRole,
        ChildIdRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<LoanRow> rows, const QTimeZone &zone, qint64 nowMs);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<LoanRow> m_rows;
    QTimeZone m_zone;
    qint64 m_nowMs = 0;
};

// Copies of a title (the teacher's title page) or copies missing at stocktake.
struct CopyRow {
    BookCopy copy;
    QString title;
    QString borrowerName;
};

class CopyListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Library")

public:
    enum Roles { CopyIdRole = Qt::UserRole + 1, CodeRole, TitleRole, StateRole, StateTextRole, BorrowerRole, DueRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(QList<CopyRow> rows, const QTimeZone &zone);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CopyRow> m_rows;
    QTimeZone m_zone;
};

// The catalog file's rows before import: problems first.
class CatalogPreviewModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Library")

public:
    enum Roles { LineRole = Qt::UserRole + 1, TitleRole, IsbnRole, ActionRole, ProblemRole, IsErrorRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    void reset(const CatalogPreview &preview);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CatalogRow> m_rows;
};

} // namespace qq
