#include "frame_source.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QDebug>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

namespace qq {

void FrameSource::failLater(const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

CameraFrameSource::CameraFrameSource(QObject *parent) : FrameSource(parent) { }

CameraFrameSource::~CameraFrameSource()
{
    stop();
}

void CameraFrameSource::start()
{
    if (m_camera)
        return;
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        failLater(QCoreApplication::translate("Cards",
                                              "No camera was found. Cards can still be read with a barcode "
                                              "scanner, or children can find their own photo."));
        return;
    }
    m_camera = new QCamera(device, this);
    m_session = new QMediaCaptureSession(this);
    m_sink = new QVideoSink(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &detail) {
        if (error == QCamera::NoError)
            return;
        qWarning() << "cards: camera error" << error << detail;
        emit failed(QCoreApplication::translate("Cards",
                                                "The camera stopped working. Cards can still be read with "
                                                "a barcode scanner."));
    });
    // The sink may call from a GStreamer thread; `this` as context queues to ours.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraFrameSource::onVideoFrame);
    m_sinceLastFrame.invalidate();
    m_camera->start();
}

void CameraFrameSource::stop()
{
    if (!m_camera)
        return;
    m_camera->stop();
    // Dropped, so that the next start() finds a camera plugged in meanwhile.
    delete m_session;
    delete m_camera;
    delete m_sink;
    m_session = nullptr;
    m_camera = nullptr;
    m_sink = nullptr;
}

void CameraFrameSource::onVideoFrame(const QVideoFrame &frame)
{
    if (!m_camera || !frame.isValid())
        return; // a frame queued before stop()
    if (m_sinceLastFrame.isValid() && m_sinceLastFrame.elapsed() < 1000 / kMaxFramesPerSecond)
        return;
    m_sinceLastFrame.start();
    const QImage image = frame.toImage();
    if (!image.isNull())
        emit frameReady(image);
}

ImageFrameSource::ImageFrameSource(QList<QImage> frames, int intervalMs, QObject *parent)
    : FrameSource(parent), m_frames(std::move(frames))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ImageFrameSource::next);
}

void ImageFrameSource::start()
{
    m_running = true;
    m_next = 0;
    if (!m_frames.isEmpty())
        m_timer.start();
}

void ImageFrameSource::stop()
{
    m_running = false;
    m_timer.stop();
}

void ImageFrameSource::push(const QImage &frame)
{
    ++m_sent;
    emit frameReady(frame);
}

void ImageFrameSource::next()
{
    if (m_next >= m_frames.size()) {
        if (!m_loop) {
            stop();
            emit finished();
            return;
        }
        m_next = 0;
    }
    push(m_frames.at(m_next++));
}

} // namespace qq
