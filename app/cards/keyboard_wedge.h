#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qq {

// What the wedge makes of the keys it was given.
struct WedgeEvent {
    enum class Kind {
        Text, // typed by a person: pass on as typed text
        Scan, // a barcode scanner's burst: check it with checkAnyCardCode()
        Enter, // an Enter a person pressed (a scanner's closing Enter is swallowed)
    };
    Kind kind = Kind::Text;
    QString text;
    friend bool operator==(const WedgeEvent &, const WedgeEvent &) = default;
};

// USB barcode scanners are keyboards: they type the code very fast and press
// Enter. The wedge tells their bursts from a person typing, using key
// timestamps (QKeyEvent::timestamp(), milliseconds), not the time of arrival.
// Characters are held until it is clear which they are: at most
// kScanEndPauseMs for a person's key. Plain C++, driven by the caller's key
// handler and a single-shot timer at deadline().
class KeyboardWedge {
public:
    // HID scanners send a character every 8–20 ms (a key-down and a key-up
    // report at 125–1000 Hz polling). 35 ms leaves room for slow ones, and is
    // still far below a person: a fast typist averages 100–150 ms a key.
    static constexpr qint64 kMaxScanGapMs = 35;
    // A person's key rollover can put 2 or 3 characters within 35 ms, never 6
    // in a row (that is over 300 words a minute). Card codes have 11.
    static constexpr int kMinScanLength = 6;
    // A burst closed by the scanner's Enter within the gap is a scan from 4
    // characters: a school's own card numbers can be short (C1001), and no
    // person rolls 4 keys and Enter each within 35 ms.
    static constexpr int kMinScanLengthWithEnter = 4;
    // A burst that ends without Enter (scanner set up without a suffix) is
    // taken as a scan after this pause. Longer than the gap, so that a timer
    // firing late on a busy GUI thread, with keys still queued, does not cut a
    // burst in two.
    static constexpr qint64 kScanEndPauseMs = 100;

    QList<WedgeEvent> character(QChar c, qint64 timestampMs);
    QList<WedgeEvent> enter(qint64 timestampMs);
    // Call when no key came for a while (from a timer at deadline()).
    QList<WedgeEvent> idle(qint64 nowMs);
    // When idle() should be called next; nothing when no character is held.
    std::optional<qint64> deadline() const;
    bool hasPending() const { return !m_pending.isEmpty(); }
    void reset() { m_pending.clear(); }

private:
    QList<WedgeEvent> flush();

    QString m_pending; // a run of characters with gaps of at most kMaxScanGapMs
    qint64 m_lastMs = 0;
};

} // namespace qq
