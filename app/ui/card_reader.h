#pragma once

#include "frame_source.h"
#include "keyboard_wedge.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QQmlEngine>
#include <QQuickImageProvider>
#include <QTimer>
#include <QUrl>

#include <memory>

class QKeyEvent;

namespace qq {

class CardScanner;
class KioskController;
class LibraryController;
class RosterController;
class SyncController;

// Cards at the kiosk: runs the camera only while a screen needs it (the scan
// screen, taking a child's photo), hands decoded cards to the kiosk, keeps the
// latest frame for the viewfinder, and tells a USB scanner's fast keystrokes
// from a person typing.
class CardReader : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Cards)
    QML_SINGLETON

    Q_PROPERTY(QUrl frameUrl READ frameUrl NOTIFY frameChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(bool cameraOn READ cameraOn NOTIFY cameraOnChanged)

public:
    CardReader(KioskController &kiosk, RosterController &roster, std::unique_ptr<FrameSource> frames,
               QObject *parent = nullptr);
    ~CardReader() override;
    static CardReader *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CardReader *instance);

    QUrl frameUrl() const;
    QString problem() const { return m_problem; }
    bool cameraOn() const { return m_cameraOn; }
    QImage latestFrame() const;
    FrameSource &frames() { return *m_frames; }

    // Every key press of the application, looked at and passed on: a USB
    // scanner's burst is a card on the child's screens and plain typing on
    // the teacher's (where it can fill in a card code).
    void keyPressed(const QKeyEvent &event);
    // The library reads book stickers and ISBNs on its screens.
    void setLibrary(LibraryController *library);
    // The sync screen reads the hub's enrollment QR code before the kiosk has joined.
    void setSync(SyncController *sync);

signals:
    void frameChanged();
    void problemChanged();
    void cameraOnChanged();

private:
    void updateCamera();
    void onFrame(const QImage &frame);
    void setProblem(const QString &problem);
    void handleWedge(const QList<WedgeEvent> &events);

    KioskController &m_kiosk;
    RosterController &m_roster;
    LibraryController *m_library = nullptr;
    SyncController *m_sync = nullptr;
    std::unique_ptr<FrameSource> m_frames;
    std::unique_ptr<CardScanner> m_scanner;
    KeyboardWedge m_wedge;
    QTimer m_wedgeTimer; // fires at the wedge's deadline()
    mutable QMutex m_frameMutex;
    QImage m_latest;
    int m_frameNumber = 0;
    QElapsedTimer m_sinceShown;
    QString m_problem;
    bool m_cameraOn = false;
};

// Serves "image://viewfinder/<n>": the latest camera frame, for viewfinders.
class CameraFrameProvider : public QQuickImageProvider {
public:
    explicit CameraFrameProvider(const CardReader &reader);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const CardReader &m_reader;
};

} // namespace qq
