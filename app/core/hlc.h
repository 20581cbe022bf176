#pragma once

#include <QString>

#include <optional>

namespace qq {

// A hybrid logical clock timestamp (Kulkarni et al.): the wall clock in
// milliseconds as far as the device knows it, a counter for events within
// the same millisecond (or while the wall clock stands still or runs back),
// and the device as the final tie-break. Kiosk clocks are wrong — set back,
// reset to 2000 by a flat battery — so sync orders changes by this, never by
// the bare wall clock.
struct Hlc {
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString deviceId;

    // Fixed width, so comparing the strings compares the timestamps:
    // "000001795000000000-00000000-<device>".
    QString toString() const;
    static std::optional<Hlc> parse(const QString &text);

    friend bool operator<(const Hlc &a, const Hlc &b);
    friend bool operator==(const Hlc &a, const Hlc &b) = default;
};

class HlcClock {
public:
    // A remote clock more than this far ahead of ours is believed only this far:
    // one kiosk set to 2099 must not drag every other device's clock with it.
    static constexpr qint64 kMaxDriftMs = 24LL * 3'600'000;

    explicit HlcClock(QString deviceId, Hlc last = {});

    // A local event at physical time `physicalMs`: later than every earlier one.
    Hlc tick(qint64 physicalMs);
    // A remote event seen (when its change is applied here): the next local
    // event comes after it.
    Hlc observe(const Hlc &remote, qint64 physicalMs);
    const Hlc &last() const { return m_last; }

private:
    QString m_deviceId;
    Hlc m_last;
};

} // namespace qq
