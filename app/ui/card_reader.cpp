#include "card_reader.h"

#include "card_code.h"
#include "card_scanner.h"
#include "frame_source.h"
#include "kiosk_controller.h"
#include "library_controller.h"
#include "roster_controller.h"
#include "sync_controller.h"

#include <QKeyEvent>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace qq {
namespace {
CardReader *s_instance = nullptr;
// The viewfinder needs to look alive, not smooth: a few frames a second
// keeps the GUI thread free on a small kiosk.
constexpr qint64 kViewfinderFrameMs = 120;
} // namespace

CardReader::CardReader(KioskController &kiosk, RosterController &roster, std::unique_ptr<FrameSource> frames,
                       QObject *parent)
    : QObject(parent),
      m_kiosk(kiosk),
      m_roster(roster),
      m_frames(std::move(frames)),
      m_scanner(std::make_unique<CardScanner>(m_frames.get()))
{
    m_sinceShown.start();
    m_wedgeTimer.setSingleShot(true);
    connect(&m_wedgeTimer, &QTimer::timeout, this, [this] {
        // Key timestamps and this clock differ; the wedge only needs "later".
        handleWedge(m_wedge.idle(m_wedge.deadline().value_or(0)));
    });
    connect(m_frames.get(), &FrameSource::frameReady, this, &CardReader::onFrame);
    connect(m_frames.get(), &FrameSource::failed, this, &CardReader::setProblem);
    connect(m_scanner.get(), &CardScanner::codeRead, this, [this](const QString &text) {
        if (m_library && m_library->wantsCodes())
            m_library->codeScanned(text);
        else if (m_sync && m_sync->wantsCodes())
            m_sync->codeScanned(text);
    });
    connect(m_scanner.get(), &CardScanner::cardRead, this, [this](const QString &code) {
        if (m_kiosk.screen() == KioskController::Screen::Scan)
            m_kiosk.cardRead(code);
    });
    connect(m_scanner.get(), &CardScanner::unreadableCard, this, [this](const QString &problem) {
        if (m_kiosk.screen() == KioskController::Screen::Scan)
            m_kiosk.unreadableCard(problem);
    });
    connect(&m_kiosk, &KioskController::screenChanged, this, &CardReader::updateCamera);
    connect(&m_roster, &RosterController::takingPhotoChanged, this, &CardReader::updateCamera);
}

CardReader::~CardReader()
{
    if (m_cameraOn)
        m_frames->stop();
}

CardReader *CardReader::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CardReader::setInstance(CardReader *instance)
{
    s_instance = instance;
}

QUrl CardReader::frameUrl() const
{
    return QUrl(QStringLiteral("image://viewfinder/%1").arg(m_frameNumber));
}

QImage CardReader::latestFrame() const
{
    QMutexLocker lock(&m_frameMutex);
    return m_latest;
}

void CardReader::updateCamera()
{
    // The camera runs only while a screen shows its picture; frames are
    // decoded only on the scan screen.
    const bool scanning = m_kiosk.screen() == KioskController::Screen::Scan || (m_library && m_library->wantsCodes())
        || (m_sync && m_sync->wantsCodes());
    const bool wanted = scanning || m_roster.takingPhoto();
    if (wanted && !m_cameraOn)
        setProblem({});
    if (scanning)
        m_scanner->start(); // starts the frames too
    else if (m_scanner->isRunning())
        m_scanner->stop(); // stops the frames too
    if (wanted)
        m_frames->start();
    else
        m_frames->stop();
    if (wanted == m_cameraOn)
        return;
    m_cameraOn = wanted;
    if (!wanted) {
        QMutexLocker lock(&m_frameMutex);
        m_latest = {}; // no picture of a child stays in memory
    }
    emit cameraOnChanged();
}

void CardReader::onFrame(const QImage &frame)
{
    if (!m_cameraOn)
        return;
    {
        QMutexLocker lock(&m_frameMutex);
        m_latest = frame;
    }
    if (m_sinceShown.elapsed() >= kViewfinderFrameMs || m_frameNumber == 0) {
        m_sinceShown.restart();
        ++m_frameNumber;
        emit frameChanged();
    }
}

void CardReader::setProblem(const QString &problem)
{
    if (m_problem != problem) {
        if (!problem.isEmpty())
            qCWarning(lcKiosk) << "camera:" << problem;
        m_problem = problem;
        emit problemChanged();
    }
}

void CardReader::keyPressed(const QKeyEvent &event)
{
    const qint64 at = qint64(event.timestamp());
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter)
        handleWedge(m_wedge.enter(at));
    else if (!event.text().isEmpty() && event.text().at(0).isPrint())
        handleWedge(m_wedge.character(event.text().at(0), at));
    else
        return;
    if (const auto deadline = m_wedge.deadline())
        m_wedgeTimer.start(int(qMax<qint64>(0, *deadline - at)));
    else
        m_wedgeTimer.stop();
}

void CardReader::setLibrary(LibraryController *library)
{
    m_library = library;
    connect(library, &LibraryController::pickedChanged, this, &CardReader::updateCamera);
    updateCamera();
}

void CardReader::setSync(SyncController *sync)
{
    m_sync = sync;
    connect(sync, &SyncController::stateChanged, this, &CardReader::updateCamera);
    updateCamera();
}

void CardReader::handleWedge(const QList<WedgeEvent> &events)
{
    for (const WedgeEvent &event : events) {
        if (event.kind != WedgeEvent::Kind::Scan)
            continue; // a person's keys already went where they were typed
        if (m_library && m_library->wantsCodes()) {
            m_library->codeScanned(event.text);
            continue;
        }
        if (m_sync && m_sync->wantsCodes()) {
            m_sync->codeScanned(event.text);
            continue;
        }
        const CardCodeCheck check = checkAnyCardCode(event.text); // Qinqing's or the school's own card
        if (m_kiosk.screen() == KioskController::Screen::Roster && check.ok) {
            m_roster.cardRead(check.normalized); // the teacher looks a child up
            continue;
        }
        if (!m_kiosk.acceptsCards())
            continue;
        if (check.ok)
            m_kiosk.cardRead(check.normalized);
        else
            m_kiosk.unreadableCard(cardCodeProblemText(check.problem));
    }
}

CameraFrameProvider::CameraFrameProvider(const CardReader &reader)
    : QQuickImageProvider(QQuickImageProvider::Image), m_reader(reader)
{
}

QImage CameraFrameProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage frame = m_reader.latestFrame();
    if (frame.isNull()) {
        frame = QImage(16, 9, QImage::Format_RGB32);
        frame.fill(QColor(0x2B, 0x21, 0x1B));
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        frame = frame.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = frame.size();
    return frame;
}

} // namespace qq
