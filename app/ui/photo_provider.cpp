#include "photo_provider.h"

#include "database.h"

#include <QLoggingCategory>
#include <QPainter>

Q_LOGGING_CATEGORY(lcPhoto, "qinqing.photo")

namespace qq {

PhotoProvider::PhotoProvider(QString databasePath)
    : QQuickImageProvider(QQuickImageProvider::Image), m_path(std::move(databasePath))
{
}

PhotoProvider::~PhotoProvider() = default;

QImage PhotoProvider::placeholder(int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(0xFF, 0xE9, 0xD6));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xF4, 0xB4, 0x8C));
    p.drawEllipse(QPointF(size / 2.0, size * 0.40), size * 0.20, size * 0.20);
    p.drawRoundedRect(QRectF(size * 0.22, size * 0.66, size * 0.56, size * 0.40), size * 0.2, size * 0.2);
    return image;
}

QImage PhotoProvider::requestImage(const QString &request, QSize *size, const QSize &requestedSize)
{
    // "<childId>?v=N": a new revision after the teacher took a new photo.
    const QString id = request.section(QLatin1Char('?'), 0, 0);
    QByteArray bytes;
    {
        QMutexLocker lock(&m_mutex);
        try {
            if (!m_db)
                m_db = Database::open(m_path, Database::Mode::ReadOnly);
            Statement stmt = m_db->prepare("SELECT photo FROM children WHERE id = ?");
            stmt.bind(1, id);
            if (stmt.step())
                bytes = stmt.blob(0);
        } catch (const StorageException &e) {
            qCWarning(lcPhoto) << "photo lookup failed:" << e.error().detail;
            m_db.reset();
        }
    }
    QImage image;
    if (!bytes.isEmpty() && !image.loadFromData(bytes))
        qCWarning(lcPhoto) << "photo of child" << id << "is unreadable; showing a placeholder";
    if (image.isNull())
        image = placeholder(240);
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        image = image.scaled(requestedSize, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace qq
