#include "app_context.h"

#include "cover_provider.h"
#include "frame_source.h"
#include "icon_provider.h"
#include "kiosk_store.h"
#include "microphone.h"
#include "photo_provider.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QKeyEvent>
#include <QQmlEngine>

namespace qq {

AppContext::AppContext(KioskStore &store, std::unique_ptr<FrameSource> frames, std::unique_ptr<Microphone> microphone,
                       QObject *parent)
    : QObject(parent),
      m_store(store),
      m_kiosk(store),
      m_teacher(store, m_kiosk),
      m_roster(store, m_kiosk),
      m_cards(m_kiosk, m_roster, frames ? std::move(frames) : std::make_unique<CameraFrameSource>()),
      m_calls(store, m_kiosk),
      m_mail(store, m_kiosk, microphone ? std::move(microphone) : std::make_unique<QtMicrophone>()),
      m_library(store, m_kiosk),
      m_sync(store, m_kiosk),
      m_session(store),
      m_backup(store, m_kiosk)
{
    KioskController::setInstance(&m_kiosk);
    TeacherController::setInstance(&m_teacher);
    RosterController::setInstance(&m_roster);
    CardReader::setInstance(&m_cards);
    CallController::setInstance(&m_calls);
    MailController::setInstance(&m_mail);
    LibraryController::setInstance(&m_library);
    SyncController::setInstance(&m_sync);
    ReadAloud::setInstance(&m_readAloud);
    KioskSession::setInstance(&m_session);
    BackupController::setInstance(&m_backup);
    m_backup.setSyncBusy([this] { return m_sync.busy(); });
    m_cards.setLibrary(&m_library);
    m_library.setFrameGrabber([this] { return m_cards.latestFrame(); });
    m_cards.setSync(&m_sync);
    m_sync.setFrameGrabber([this] { return m_cards.latestFrame(); });
    m_roster.setFrameGrabber([this] { return m_cards.latestFrame(); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

AppContext::~AppContext()
{
    KioskController::setInstance(nullptr);
    TeacherController::setInstance(nullptr);
    RosterController::setInstance(nullptr);
    CardReader::setInstance(nullptr);
    CallController::setInstance(nullptr);
    MailController::setInstance(nullptr);
    LibraryController::setInstance(nullptr);
    SyncController::setInstance(nullptr);
    ReadAloud::setInstance(nullptr);
    KioskSession::setInstance(nullptr);
    BackupController::setInstance(nullptr);
}

void AppContext::installInto(QQmlEngine &engine)
{
    engine.addImageProvider(QStringLiteral("icon"), new IconProvider);
    // Not "camera": with QtMultimedia loaded, Qt 6.4 never asks a provider by that name.
    engine.addImageProvider(QStringLiteral("viewfinder"), new CameraFrameProvider(m_cards));
    engine.addImageProvider(
        QStringLiteral("photo"),
        new PhotoProvider(QDir(m_store.dataDir()).filePath(QLatin1String(KioskStore::kDatabaseFile))));
    engine.addImageProvider(
        QStringLiteral("cover"),
        new CoverProvider(QDir(m_store.dataDir()).filePath(QLatin1String(KioskStore::kDatabaseFile))));
}

bool AppContext::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        m_kiosk.userActivity();
        m_session.noteActivity();
        // A USB card scanner types fast; a burst of keys may be a card.
        // Only the window's own copy of the event is looked at, once.
        if (watched->isWindowType())
            m_cards.keyPressed(static_cast<const QKeyEvent &>(*event));
        break;
    case QEvent::Wheel:
        m_kiosk.userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qq
