#pragma once

#include <QMutex>
#include <QQuickImageProvider>

#include <memory>

namespace qq {

class Database;

// Serves "image://photo/<childId>" from the database. Runs on the image
// loader's threads, so it has its own read-only connection. An unreadable
// photo becomes a friendly placeholder and a log line (with the id only).
class PhotoProvider : public QQuickImageProvider {
public:
    explicit PhotoProvider(QString databasePath);
    ~PhotoProvider() override;
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    static QImage placeholder(int size);

private:
    QString m_path;
    QMutex m_mutex;
    std::unique_ptr<Database> m_db;
};

} // namespace qq
