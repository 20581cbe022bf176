#pragma once

#include <QMutex>
#include <QQuickImageProvider>

#include <memory>

namespace qq {

class Database;

// Serves "image://cover/<titleId>" from the database: the cover photo the
// teacher took, or — for the many donated books without one — a cover drawn
// from the title in a colour of its own, so the shelf is never a wall of grey.
// Runs on the image loader's threads, with its own read-only connection.
class CoverProvider : public QQuickImageProvider {
public:
    explicit CoverProvider(QString databasePath);
    ~CoverProvider() override;
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    static QImage drawnCover(const QString &title, const QString &author, QSize size);

private:
    QString m_path;
    QMutex m_mutex;
    std::unique_ptr<Database> m_db;
};

} // namespace qq
