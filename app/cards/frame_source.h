#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace qq {

// Where camera frames come from. Tests and the screenshot tour feed pictures
// (ImageFrameSource); the kiosk uses the camera (CameraFrameSource).
class FrameSource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;

signals:
    void frameReady(const QImage &frame);
    void failed(const QString &message); // plain words, translated

protected:
    // Deferred so a caller's start() returns before it hears of the failure.
    void failLater(const QString &message);
};

// The default camera through QtMultimedia. Thin on purpose: no camera on the
// test machines. Without a camera (or when it fails) emits failed(), never crashes.
class CameraFrameSource : public FrameSource {
    Q_OBJECT

public:
    // At most this many frames a second are converted to QImage: the decoder
    // takes one at a time anyway, and conversion runs on the GUI thread.
    static constexpr int kMaxFramesPerSecond = 15;

    explicit CameraFrameSource(QObject *parent = nullptr);
    ~CameraFrameSource() override;
    void start() override;
    void stop() override;

private:
    void onVideoFrame(const QVideoFrame &frame);

    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    QElapsedTimer m_sinceLastFrame;
};

// Emits the given pictures one after another every `intervalMs` (looping when
// asked), or one at a time through push(). For tests and the screenshot tour.
class ImageFrameSource : public FrameSource {
    Q_OBJECT

public:
    explicit ImageFrameSource(QList<QImage> frames = {}, int intervalMs = 33, QObject *parent = nullptr);
    void setLoop(bool loop) { m_loop = loop; }
    void start() override;
    void stop() override;
    bool isRunning() const { return m_running; }
    // Emits `frame` now (also when stopped: the caller decides).
    void push(const QImage &frame);
    int framesSent() const { return m_sent; }

signals:
    void finished(); // the last picture went out and the source is not looping

private:
    void next();

    QList<QImage> m_frames;
    QTimer m_timer;
    qsizetype m_next = 0;
    int m_sent = 0;
    bool m_loop = false;
    bool m_running = false;
};

} // namespace qq
