#pragma once

#include <QByteArray>
#include <QImage>

namespace qq {

// A friendly drawn face standing in for a photo in the demo school: the
// same seed always gives the same picture. Returned as JPEG bytes.
QImage drawAvatar(quint32 seed, bool girl, int size = 240);
QByteArray avatarJpeg(quint32 seed, bool girl, int size = 240);

} // namespace qq
