#include "avatar.h"

#include <QBuffer>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace qq {

QImage drawAvatar(quint32 seed, bool girl, int size)
{
    static constexpr std::array<QRgb, 8> kBackgrounds = {0xFFFFE0B2, 0xFFC8E6C9, 0xFFBBDEFB, 0xFFF8BBD0,
                                                         0xFFD1C4E9, 0xFFFFF9C4, 0xFFB2EBF2, 0xFFFFCCBC};
    static constexpr std::array<QRgb, 4> kSkins = {0xFFF9D9C0, 0xFFF1C7A5, 0xFFE8B894, 0xFFDDA77F};
    static constexpr std::array<QRgb, 3> kHair = {0xFF2B2320, 0xFF3E2A1E, 0xFF1C1C24};
    static constexpr std::array<QRgb, 6> kShirts = {0xFFE57373, 0xFF64B5F6, 0xFF81C784,
                                                    0xFFFFB74D, 0xFFBA68C8, 0xFF4DB6AC};
    auto pick = [&seed](auto const &palette) {
        seed = seed * 1664525u + 1013904223u;
        return QColor::fromRgb(palette[(seed >> 16) % palette.size()]);
    };

    QImage image(size, size, QImage::Format_RGB32);
    const double s = size / 240.0;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(s, s);
    p.fillRect(QRectF(0, 0, 240, 240), pick(kBackgrounds));
    const QColor skin = pick(kSkins);
    const QColor hair = pick(kHair);
    p.setPen(Qt::NoPen);

    // Shoulders and shirt.
    p.setBrush(pick(kShirts));
    p.drawRoundedRect(QRectF(40, 185, 160, 90), 60, 60);
    p.setBrush(skin);
    p.drawRect(QRectF(106, 160, 28, 32));

    if (girl) { // long hair behind the face, with two bunches
        p.setBrush(hair);
        p.drawRoundedRect(QRectF(52, 60, 136, 130), 60, 60);
        p.drawEllipse(QPointF(48, 120), 20, 26);
        p.drawEllipse(QPointF(192, 120), 20, 26);
    }
    p.setBrush(skin);
    p.drawEllipse(QPointF(120, 116), 58, 62);
    p.drawEllipse(QPointF(62, 120), 10, 14); // ears
    p.drawEllipse(QPointF(178, 120), 10, 14);

    // Fringe.
    p.setBrush(hair);
    QPainterPath fringe;
    fringe.moveTo(60, 112);
    fringe.cubicTo(58, 40, 182, 40, 180, 112);
    fringe.cubicTo(160, 86, 140, 80, 120, 86);
    fringe.cubicTo(100, 80, 80, 88, 60, 112);
    p.drawPath(fringe);

    // Eyes, cheeks and a smile.
    p.setBrush(QColor(0x33, 0x2A, 0x28));
    const double eyeOpen = 6 + (seed >> 8) % 3;
    p.drawEllipse(QPointF(98, 122), 6, eyeOpen);
    p.drawEllipse(QPointF(142, 122), 6, eyeOpen);
    p.setBrush(QColor(255, 138, 128, 110));
    p.drawEllipse(QPointF(86, 144), 11, 7);
    p.drawEllipse(QPointF(154, 144), 11, 7);
    QPen smile(QColor(0x8D, 0x4A, 0x3C), 5, Qt::SolidLine, Qt::RoundCap);
    p.setPen(smile);
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(104, 132, 32, 24), 200 * 16, 140 * 16);
    if (girl) { // a hair clip
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xFF, 0x70, 0x90));
        p.drawEllipse(QPointF(160, 70), 10, 10);
    }
    p.end();
    return image;
}

QByteArray avatarJpeg(quint32 seed, bool girl, int size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    drawAvatar(seed, girl, size).save(&buffer, "JPG", 85);
    return bytes;
}

} // namespace qq
