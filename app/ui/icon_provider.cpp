#include "icon_provider.h"

#include <QImageReader>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPhoto)

namespace qq {

IconProvider::IconProvider() : QQuickImageProvider(QQuickImageProvider::Image) { }

QImage IconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImageReader reader(QStringLiteral(":/qt/qml/Qinqing/assets/icons/%1.png").arg(id), "png");
    reader.setAutoDetectImageFormat(false);
    QImage image = reader.read();
    if (image.isNull())
        qCWarning(lcPhoto) << "no icon named" << id << reader.errorString();
    if (!image.isNull() && requestedSize.isValid() && !requestedSize.isEmpty())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace qq
