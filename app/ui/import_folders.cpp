#include "import_folders.h"

#include <QDir>
#include <QFileInfo>

namespace qq {

QStringList importFolders(const QString &kioskImportFolder)
{
    QStringList folders{kioskImportFolder};
    const QDir media(QStringLiteral("/media"));
    for (const QFileInfo &user : media.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        folders.append(user.filePath());
        for (const QFileInfo &stick : QDir(user.filePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
            folders.append(stick.filePath());
    }
    return folders;
}

QStringList csvFilesIn(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        for (const QFileInfo &file :
             QDir(folder).entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name))
            files.append(file.absoluteFilePath());
    }
    return files;
}

QStringList spreadsheetFilesIn(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        QDir dir(folder);
        dir.setNameFilters({QStringLiteral("*.csv"), QStringLiteral("*.xlsx"), QStringLiteral("*.xls")});
        dir.setFilter(QDir::Files);
        dir.setSorting(QDir::Name | QDir::IgnoreCase);
        for (const QFileInfo &file : dir.entryInfoList()) // name filters ignore case: QDir's default
            files.append(file.absoluteFilePath());
    }
    return files;
}

} // namespace qq
