#include "app_context.h"

#include "icon_provider.h"
#include "kiosk_store.h"
#include "photo_provider.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QQmlEngine>

namespace qq {

AppContext::AppContext(KioskStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(store), m_teacher(store, m_kiosk)
{
    KioskController::setInstance(&m_kiosk);
    TeacherController::setInstance(&m_teacher);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

AppContext::~AppContext()
{
    KioskController::setInstance(nullptr);
    TeacherController::setInstance(nullptr);
}

void AppContext::installInto(QQmlEngine &engine)
{
    engine.addImageProvider(QStringLiteral("icon"), new IconProvider);
    engine.addImageProvider(
        QStringLiteral("photo"),
        new PhotoProvider(QDir(m_store.dataDir()).filePath(QLatin1String(KioskStore::kDatabaseFile))));
}

bool AppContext::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_kiosk.userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qq
