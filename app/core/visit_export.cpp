#include "visit_export.h"

#include "csv.h"
#include "database.h"
#include "local_time.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace qq {

VisitExport::VisitExport(Database &db, const Settings &settings) : m_db(db), m_settings(settings) { }

QString VisitExport::csvBetween(QDate firstDay, QDate dayAfterLast, int *rows) const
{
    const QTimeZone zone = m_settings.timeZone();
    QString out = csvRow(
        {QCoreApplication::translate("VisitExport", "Date"), QCoreApplication::translate("VisitExport", "Class"),
         QCoreApplication::translate("VisitExport", "Name"), QCoreApplication::translate("VisitExport", "Signed in"),
         QCoreApplication::translate("VisitExport", "Signed out"),
         QCoreApplication::translate("VisitExport", "Minutes"),
         QCoreApplication::translate("VisitExport", "Signed out by")});
    Statement stmt = m_db.prepare("SELECT v.signed_in_at, c.name, k.name, v.signed_out_at, v.signed_out_by "
                                  "FROM visits v JOIN children c ON c.id = v.child_id "
                                  "JOIN classes k ON k.id = c.class_id "
                                  "WHERE v.signed_in_at >= ? AND v.signed_in_at < ? ORDER BY v.signed_in_at");
    stmt.bind(1, dayStartMs(firstDay, zone)).bind(2, dayStartMs(dayAfterLast, zone));
    int count = 0;
    while (stmt.step()) {
        const QDateTime in = toLocal(stmt.int64(0), zone);
        QString outTime, minutes, by;
        if (!stmt.isNull(3)) {
            const QDateTime left = toLocal(stmt.int64(3), zone);
            outTime = left.toString(QStringLiteral("HH:mm"));
            minutes = QString::number(in.secsTo(left) / 60);
            const QString who = stmt.text(4);
            by = who == QLatin1String("auto")     ? QCoreApplication::translate("VisitExport", "closing time")
                : who == QLatin1String("teacher") ? QCoreApplication::translate("VisitExport", "teacher")
                                                  : QCoreApplication::translate("VisitExport", "child");
        }
        out += csvRow({in.date().toString(Qt::ISODate), stmt.text(2), stmt.text(1),
                       in.toString(QStringLiteral("HH:mm")), outTime, minutes, by});
        ++count;
    }
    if (rows)
        *rows = count;
    return out;
}

ExportResult VisitExport::write(QDate first, QDate afterLast, const QString &folder, const QString &fileName) const
{
    ExportResult result;
    if (!QDir().mkpath(folder)) {
        result.error = QStringLiteral("cannot create folder %1").arg(folder);
        return result;
    }
    result.path = QDir(folder).filePath(fileName);
    QSaveFile file(result.path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    file.write("\xEF\xBB\xBF");
    file.write(csvBetween(first, afterLast, &result.rows).toUtf8());
    if (!file.commit()) {
        result.error = file.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

ExportResult VisitExport::writeDay(QDate day, const QString &folder) const
{
    return write(day, day.addDays(1), folder, QStringLiteral("visits-%1.csv").arg(day.toString(Qt::ISODate)));
}

ExportResult VisitExport::writeMonth(QDate anyDayOfMonth, const QString &folder) const
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    return write(first, first.addMonths(1), folder,
                 QStringLiteral("visits-%1.csv").arg(first.toString(QStringLiteral("yyyy-MM"))));
}

} // namespace qq
