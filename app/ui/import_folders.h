#pragma once

#include <QStringList>

namespace qq {

// Where a teacher's files come from: the kiosk's own import folder, and USB
// sticks mounted under /media (/media/<user>/<stick>).
QStringList importFolders(const QString &kioskImportFolder);
// The CSV files in those folders, by name within each folder.
QStringList csvFilesIn(const QStringList &folders);
// The roster files in those folders: CSV, .xlsx and .xls (any case), by name
// within each folder; a workbook and a CSV of the same name are both listed.
QStringList spreadsheetFilesIn(const QStringList &folders);

} // namespace qq
