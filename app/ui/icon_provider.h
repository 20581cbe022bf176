#pragma once

#include <QQuickImageProvider>

namespace qq {

// Serves "image://icon/<name>" from the PNG icons built into the app. Reading
// them as PNG without format detection skips loading every image plugin
// (SVG, JPEG…) just to ask it, which cost ~10 ms of the kiosk's start-up.
class IconProvider : public QQuickImageProvider {
public:
    IconProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace qq
