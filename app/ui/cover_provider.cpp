#include "cover_provider.h"

#include "database.h"

#include <QLoggingCategory>
#include <QPainter>
#include <QTextOption>

Q_LOGGING_CATEGORY(lcCover, "qinqing.cover")

namespace qq {

CoverProvider::CoverProvider(QString databasePath)
    : QQuickImageProvider(QQuickImageProvider::Image), m_path(std::move(databasePath))
{
}

CoverProvider::~CoverProvider() = default;

QImage CoverProvider::drawnCover(const QString &title, const QString &author, QSize size)
{
    // Warm, readable colours; the same title always gets the same one.
    static const QColor kColours[] = {QColor(0xC8, 0x55, 0x1C), QColor(0x2E, 0x6F, 0xA8), QColor(0x2F, 0x7D, 0x3A),
                                      QColor(0xB8, 0x3E, 0x6F), QColor(0x7A, 0x4E, 0x9C), QColor(0x1F, 0x7F, 0x7A),
                                      QColor(0xA6, 0x6B, 0x1E), QColor(0x5D, 0x44, 0x37)};
    const QColor colour = kColours[qHash(title) % (sizeof kColours / sizeof kColours[0])];
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal w = size.width();
    const qreal h = size.height();
    p.fillRect(QRectF(0, 0, w * 0.08, h), colour.darker(130)); // the spine
    p.setPen(QPen(QColor(255, 255, 255, 90), w * 0.02));
    p.drawRect(QRectF(w * 0.16, h * 0.06, w * 0.78, h * 0.88));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setBold(true);
    font.setPixelSize(int(w * (title.size() > 8 ? 0.12 : 0.16)));
    p.setFont(font);
    p.setPen(Qt::white);
    QTextOption option(Qt::AlignHCenter | Qt::AlignVCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.drawText(QRectF(w * 0.2, h * 0.12, w * 0.7, h * 0.58), title, option);
    font.setBold(false);
    font.setPixelSize(int(w * 0.08));
    p.setFont(font);
    p.setPen(QColor(255, 255, 255, 220));
    p.drawText(QRectF(w * 0.2, h * 0.74, w * 0.7, h * 0.14), author, QTextOption(Qt::AlignCenter));
    return image;
}

QImage CoverProvider::requestImage(const QString &request, QSize *size, const QSize &requestedSize)
{
    const QString id = request.section(QLatin1Char('?'), 0, 0);
    QByteArray bytes;
    QString title;
    QString author;
    {
        QMutexLocker lock(&m_mutex);
        try {
            if (!m_db)
                m_db = Database::open(m_path, Database::Mode::ReadOnly);
            Statement stmt = m_db->prepare("SELECT cover, title, author FROM book_titles WHERE id = ?");
            stmt.bind(1, id);
            if (stmt.step()) {
                bytes = stmt.blob(0);
                title = stmt.text(1);
                author = stmt.text(2);
            }
        } catch (const StorageException &e) {
            qCWarning(lcCover) << "cover lookup failed:" << e.error().detail;
            m_db.reset();
        }
    }
    const QSize wanted = requestedSize.isValid() && !requestedSize.isEmpty() ? requestedSize : QSize(240, 320);
    QImage image;
    if (!bytes.isEmpty() && !image.loadFromData(bytes))
        qCWarning(lcCover) << "cover of title" << id << "is unreadable; drawing one";
    if (image.isNull())
        image = drawnCover(title, author, wanted);
    else
        image = image.scaled(wanted, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace qq
