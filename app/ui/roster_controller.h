#pragma once

#include "name_search.h"
#include "roster_import.h"
#include "roster_models.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>

namespace qq {

class KioskController;
class KioskStore;

// The duty teacher's roster: the list of children, the child's file with
// the contact card and photo, personal cards, and importing a spreadsheet.
class RosterController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(RosterAdmin)
    QML_SINGLETON

    Q_PROPERTY(RosterListModel *children READ children CONSTANT)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(ChildFileModel *file READ file CONSTANT)
    Q_PROPERTY(QString fileTitle READ fileTitle NOTIFY fileChanged)
    Q_PROPERTY(bool fileIsNew READ fileIsNew NOTIFY fileChanged)
    Q_PROPERTY(QString fileChildId READ fileChildId NOTIFY fileChanged)
    Q_PROPERTY(QUrl filePhoto READ filePhoto NOTIFY fileChanged)
    Q_PROPERTY(QString fileCardCode READ fileCardCode NOTIFY fileChanged)
    Q_PROPERTY(QString fileMessage READ fileMessage NOTIFY fileMessageChanged)
    Q_PROPERTY(bool takingPhoto READ takingPhoto NOTIFY takingPhotoChanged)
    Q_PROPERTY(QStringList importFiles READ importFiles NOTIFY importChanged)
    Q_PROPERTY(QString importFolder READ importFolder CONSTANT)
    Q_PROPERTY(ImportPreviewModel *preview READ preview CONSTANT)
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY importChanged)
    // A workbook's sheets by name, and the one the preview shows (-1 for CSV).
    Q_PROPERTY(QStringList importSheets READ importSheets NOTIFY importChanged)
    Q_PROPERTY(int importSheet READ importSheet NOTIFY importChanged)
    Q_PROPERTY(QString importProblems READ importProblems NOTIFY importChanged)
    Q_PROPERTY(bool canApplyImport READ canApplyImport NOTIFY importChanged)
    // The rows without problems can be imported, leaving the others out.
    Q_PROPERTY(bool canApplyFineImport READ canApplyFineImport NOTIFY importChanged)
    Q_PROPERTY(int importFineRows READ importFineRows NOTIFY importChanged)
    // The column-mapping step: every column of the file with a few cells and
    // what it is imported as; shown by itself when a column is not recognised.
    Q_PROPERTY(ImportColumnsModel *importColumns READ importColumns CONSTANT)
    Q_PROPERTY(bool mappingShown READ mappingShown NOTIFY importChanged)
    Q_PROPERTY(bool mappingNeeded READ mappingNeeded NOTIFY importChanged)
    Q_PROPERTY(bool hasGuesses READ hasGuesses NOTIFY importChanged)
    Q_PROPERTY(bool hasImportColumns READ hasImportColumns NOTIFY importChanged)
    Q_PROPERTY(QVariantList fieldChoices READ fieldChoices CONSTANT) // [{key, title}], "skip" first
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // Children on the roster whose guardian's consent is not recorded yet.
    Q_PROPERTY(int consentMissing READ consentMissing NOTIFY consentMissingChanged)

public:
    using FrameGrabber = std::function<QImage()>;

    RosterController(KioskStore &store, KioskController &kiosk, QObject *parent = nullptr);
    static RosterController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(RosterController *instance);
    // Where "take photo" gets its picture: the camera's latest frame.
    void setFrameGrabber(FrameGrabber grabber) { m_grabFrame = std::move(grabber); }

    RosterListModel *children() { return &m_children; }
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    ChildFileModel *file() { return &m_file; }
    QString fileTitle() const;
    bool fileIsNew() const { return m_childId.isEmpty(); }
    QString fileChildId() const { return m_childId; }
    QUrl filePhoto() const;
    QString fileCardCode() const { return m_cardCode; }
    QString fileMessage() const { return m_fileMessage; }
    bool takingPhoto() const { return m_takingPhoto; }
    QStringList importFiles() const { return m_importFiles; }
    QString importFolder() const;
    ImportPreviewModel *preview() { return &m_preview; }
    QString importSummary() const { return m_importSummary; }
    QStringList importSheets() const { return m_lastPreview.sheets; }
    int importSheet() const { return m_lastPreview.sheet; }
    QString importProblems() const { return m_importProblems; }
    bool canApplyImport() const { return m_lastPreview.canApply(); }
    bool canApplyFineImport() const { return !m_lastPreview.canApply() && m_lastPreview.canApplyFine(); }
    int importFineRows() const;
    ImportColumnsModel *importColumns() { return &m_columns; }
    bool mappingShown() const { return m_mappingShown; }
    bool mappingNeeded() const;
    bool hasGuesses() const;
    bool hasImportColumns() const { return !m_lastPreview.columns.isEmpty(); }
    QVariantList fieldChoices() const;
    QString notice() const { return m_notice; }

    int consentMissing() const { return m_consentMissing; }
    Q_INVOKABLE void open(); // the roster list
    Q_INVOKABLE void openChild(const QString &childId);
    Q_INVOKABLE void newChild();
    Q_INVOKABLE void setField(int row, const QString &value);
    Q_INVOKABLE bool save();
    Q_INVOKABLE void startPhoto();
    Q_INVOKABLE void capturePhoto();
    Q_INVOKABLE void cancelPhoto();
    Q_INVOKABLE void issueCard();
    Q_INVOKABLE void printCard(); // this child's card
    Q_INVOKABLE void printAllCards(); // every child with a card
    void cardRead(const QString &code); // scanned on the roster list: opens that child's file
    Q_INVOKABLE void openImport();
    Q_INVOKABLE void previewImport(int fileIndex);
    bool previewImportFile(const QString &path, int sheet = 0);
    Q_INVOKABLE void previewImportSheet(int sheet); // another sheet of the workbook last previewed
    Q_INVOKABLE void applyImport();
    Q_INVOKABLE void applyFineImport(); // the rows without problems; the others stay listed
    Q_INVOKABLE void showMapping(bool shown);
    // The teacher's choice for the column on `row` of importColumns: a field
    // key (ColumnMapping::fieldKey) or "skip". Remembered for the school's next import.
    Q_INVOKABLE void mapColumn(int row, const QString &fieldKey);
    Q_INVOKABLE void useGuesses(); // every guessed column as its guess
    Q_INVOKABLE void back();

signals:
    void consentMissingChanged();
    void filterChanged();
    void fileChanged();
    void fileMessageChanged();
    void takingPhotoChanged();
    void importChanged();
    void noticeChanged();

private:
    void reloadList();
    void applyFilter();
    void loadFile(const std::optional<Child> &child, const QList<Contact> &contacts);
    void setFileMessage(const QString &message);
    void setNotice(const QString &notice);
    bool writeCards(const QList<Child> &children, const QString &fileName);
    QStringList findImportFiles() const;
    void afterImport(const ImportResult &result);
    ColumnMapping rememberedMapping() const;
    void rememberMapping(const ColumnMapping &mapping);

    KioskStore &m_store;
    KioskController &m_kiosk;
    FrameGrabber m_grabFrame;
    RosterListModel m_children;
    QList<Child> m_all;
    QHash<QString, QString> m_classNames;
    int m_consentMissing = 0;
    NameSearch m_search;
    QString m_filter;
    ChildFileModel m_file;
    QString m_childId;
    QString m_cardCode;
    int m_photoRevision = 0;
    QString m_fileMessage;
    bool m_takingPhoto = false;
    QStringList m_importFiles;
    ImportPreviewModel m_preview;
    ImportColumnsModel m_columns;
    bool m_mappingShown = false;
    ImportPreview m_lastPreview;
    QString m_importPath;
    QString m_importSummary;
    QString m_importProblems;
    QString m_notice;
};

} // namespace qq
