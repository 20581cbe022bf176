#include "csv.h"

namespace qq {

QString csvCell(const QString &value)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r＝＋－＠");
    QString cell = value;
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString csvRow(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells)
        quoted.append(csvCell(cell));
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace qq
