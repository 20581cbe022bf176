#pragma once

#include <QDate>
#include <QString>

namespace qq {

class Database;
class Settings;

struct ExportResult {
    bool ok = false;
    QString path;
    int rows = 0;
    QString error; // for the log and the teacher's message
};

// Visits of one local day or month as CSV (UTF-8 with BOM so spreadsheets
// show Chinese), written atomically into a folder.
class VisitExport {
public:
    VisitExport(Database &db, const Settings &settings);
    QString csvBetween(QDate firstDay, QDate dayAfterLast, int *rows = nullptr) const;
    ExportResult writeDay(QDate day, const QString &folder) const;
    ExportResult writeMonth(QDate anyDayOfMonth, const QString &folder) const;

private:
    ExportResult write(QDate first, QDate afterLast, const QString &folder, const QString &fileName) const;
    Database &m_db;
    const Settings &m_settings;
};

} // namespace qq
