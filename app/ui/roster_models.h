#pragma once

#include "roster.h"
#include "roster_import.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace qq {

// Every child on the roster, for the teacher's list.
class RosterListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RosterAdmin")

public:
    enum Roles { ChildIdRole = Qt::UserRole + 1, NameRole, ClassNameRole, CardCodeRole, PhotoRole, HasPhotoRole };
    Q_ENUM(Roles)

    explicit RosterListModel(QObject *parent = nullptr);
    void reset(QList<Child> children, QHash<QString, QString> classNames);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Child> m_children;
    QHash<QString, QString> m_classNames;
};

// The child's file as a form: one row per field, grouped in sections.
class ChildFileModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RosterAdmin")

public:
    enum Roles { KeyRole = Qt::UserRole + 1, SectionRole, LabelRole, ValueRole, KindRole, ChoicesRole, ErrorRole };
    Q_ENUM(Roles)

    struct Field {
        QString key;
        QString section;
        QString label;
        QString value;
        QString kind; // "text", "choice", "date", "phone", "number", "long"
        QStringList choices;
        QString error;
    };

    explicit ChildFileModel(QObject *parent = nullptr);
    void reset(QList<Field> fields);
    QString value(const QString &key) const;
    void setValue(int row, const QString &value);
    void setErrors(const QHash<QString, QString> &errors);
    const QList<Field> &fields() const { return m_fields; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Field> m_fields;
};

// An import preview: each row of the file with what will happen to it.
class ImportPreviewModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RosterAdmin")

public:
    enum Roles {
        LineRole = Qt::UserRole + 1,
        NameRole,
        ClassNameRole,
        ActionRole,
        ProblemRole,
        IsErrorRole,
        WarningRole
    };
    Q_ENUM(Roles)

    explicit ImportPreviewModel(QObject *parent = nullptr);
    void reset(const ImportPreview &preview); // rows with errors first
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ImportRow> m_rows;
};

// The file's columns for the column-mapping step: each with a few of its
// cells and what the import makes of it (recognised by its title, guessed
// from its title and cells, chosen by the teacher, or not imported).
class ImportColumnsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RosterAdmin")

public:
    enum Roles { TitleRole = Qt::UserRole + 1, SamplesRole, FieldKeyRole, FieldTitleRole, StateRole, GuessTitleRole };
    Q_ENUM(Roles)

    explicit ImportColumnsModel(QObject *parent = nullptr);
    void reset(const QList<RosterSheet::Column> &columns); // columns without a title are left out
    const RosterSheet::Column *column(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What a teacher calls each field, for the picker ("don't import" for None).
    static QString fieldTitle(RosterSheet::Field field);

private:
    QList<RosterSheet::Column> m_columns;
};

} // namespace qq
