#pragma once

#include "card_code.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

namespace qq {

class FrameSource;

// Reads card codes from camera frames. Decoding (zxing-cpp: QR, Code 128 and
// the EAN/UPC codes on books, so those can be told apart) runs on a worker
// thread, one frame at a time: a frame arriving while one is being decoded is
// dropped, never queued, so a slow machine reads later frames instead of
// falling behind. Lives on the GUI thread; signals arrive there.
class CardScanner : public QObject {
    Q_OBJECT

public:
    // The same card (or the same foreign barcode) is reported once while it
    // stays in view: again only after it was not seen for this long.
    static constexpr qint64 kRepeatMs = 3000;

    // Does not take ownership of `source`.
    explicit CardScanner(FrameSource *source, QObject *parent = nullptr);
    ~CardScanner() override;

    // Starts and stops the frame source; frames arriving while stopped are ignored.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_busy; }

    int framesReceived() const { return m_received; }
    int framesDropped() const { return m_dropped; }
    int framesDecoded() const { return m_decoded; }
    // The thread the last frame was decoded on (never the GUI thread).
    QThread *lastDecodeThread() const { return m_lastDecodeThread.load(); }

    // Monotonic milliseconds; tests replace it to step over kRepeatMs.
    void setClock(std::function<qint64()> nowMs);

    // Synchronous decode, as the worker does it: the text of the barcode found
    // in `frame` (a valid card code first when there are several), or nothing.
    static std::optional<QString> decodeFrame(const QImage &frame);

signals:
    // Every barcode seen (a book's sticker or ISBN too), once while it stays in view.
    void codeRead(const QString &text);
    // A Qinqing card or a school's own card number (checkAnyCardCode); whether
    // a child has it is the roster's question.
    void cardRead(const QString &normalizedCode);
    // A barcode that is not a valid card: plain words for the child (translated).
    void unreadableCard(const QString &problem);
    // After each decoded frame, whatever it held (for tests and diagnostics).
    void frameProcessed();

private:
    void onFrame(const QImage &frame);
    void onDecoded(const std::optional<QString> &text);
    bool isRepeat(const QString &key, qint64 now);

    QPointer<FrameSource> m_source;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    std::function<qint64()> m_now;
    std::atomic<QThread *> m_lastDecodeThread{nullptr};
    QString m_lastKey;
    qint64 m_lastSeenMs = 0;
    int m_received = 0;
    int m_dropped = 0;
    int m_decoded = 0;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace qq
