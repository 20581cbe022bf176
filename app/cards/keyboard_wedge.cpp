#include "keyboard_wedge.h"

namespace qq {

QList<WedgeEvent> KeyboardWedge::character(QChar c, qint64 timestampMs)
{
    QList<WedgeEvent> events;
    if (!m_pending.isEmpty() && timestampMs - m_lastMs > kMaxScanGapMs)
        events = flush();
    m_pending += c;
    m_lastMs = timestampMs;
    return events;
}

QList<WedgeEvent> KeyboardWedge::enter(qint64 timestampMs)
{
    QList<WedgeEvent> events;
    if (!m_pending.isEmpty()) {
        const bool closesBurst = timestampMs - m_lastMs <= kMaxScanGapMs;
        const bool isScan = closesBurst && m_pending.size() >= kMinScanLengthWithEnter;
        events = isScan ? QList<WedgeEvent>{{WedgeEvent::Kind::Scan, m_pending}} : flush();
        m_pending.clear();
        if (isScan)
            return events; // the scanner's own Enter
    }
    events.append({WedgeEvent::Kind::Enter, {}});
    return events;
}

QList<WedgeEvent> KeyboardWedge::idle(qint64 nowMs)
{
    if (m_pending.isEmpty() || nowMs - m_lastMs < kScanEndPauseMs)
        return {};
    return flush();
}

std::optional<qint64> KeyboardWedge::deadline() const
{
    if (m_pending.isEmpty())
        return std::nullopt;
    return m_lastMs + kScanEndPauseMs;
}

QList<WedgeEvent> KeyboardWedge::flush()
{
    const WedgeEvent::Kind kind = m_pending.size() >= kMinScanLength ? WedgeEvent::Kind::Scan : WedgeEvent::Kind::Text;
    QList<WedgeEvent> events{{kind, m_pending}};
    m_pending.clear();
    return events;
}

} // namespace qq
