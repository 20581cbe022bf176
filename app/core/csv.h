#pragma once

#include <QString>
#include <QStringList>

namespace qq {

// One CSV cell, always quoted. A value a spreadsheet would run as a formula
// (starting with = + - @ or a tab/CR, also their full-width forms) gets a
// leading apostrophe so it shows as text.
QString csvCell(const QString &value);
QString csvRow(const QStringList &cells); // ends with CRLF, as spreadsheets expect

} // namespace qq
