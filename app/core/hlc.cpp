#include "hlc.h"

#include <QStringList>

#include <algorithm>

namespace qq {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(std::max<qint64>(0, wallMs), 18, 10, QLatin1Char('0'))
        .arg(counter, 8, 16, QLatin1Char('0'))
        .arg(deviceId);
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    if (text.size() < 28 || text.at(18) != QLatin1Char('-') || text.at(27) != QLatin1Char('-'))
        return std::nullopt;
    bool wallOk = false;
    bool counterOk = false;
    Hlc hlc;
    hlc.wallMs = text.left(18).toLongLong(&wallOk);
    hlc.counter = text.mid(19, 8).toUInt(&counterOk, 16);
    hlc.deviceId = text.mid(28);
    if (!wallOk || !counterOk || hlc.wallMs < 0)
        return std::nullopt;
    return hlc;
}

bool operator<(const Hlc &a, const Hlc &b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.deviceId < b.deviceId;
}

HlcClock::HlcClock(QString deviceId, Hlc last) : m_deviceId(std::move(deviceId)), m_last(std::move(last))
{
    m_last.deviceId = m_deviceId;
}

Hlc HlcClock::tick(qint64 physicalMs)
{
    if (physicalMs > m_last.wallMs) {
        m_last.wallMs = physicalMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter; // the wall clock stood still or went back: count on
    }
    m_last.deviceId = m_deviceId;
    return m_last;
}

Hlc HlcClock::observe(const Hlc &remote, qint64 physicalMs)
{
    const qint64 remoteWall = std::min(remote.wallMs, physicalMs + kMaxDriftMs);
    const qint64 wall = std::max({m_last.wallMs, remoteWall, physicalMs});
    quint32 counter = 0;
    if (wall == m_last.wallMs && wall == remoteWall)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wallMs)
        counter = m_last.counter + 1;
    else if (wall == remoteWall)
        counter = remote.counter + 1;
    m_last = {wall, counter, m_deviceId};
    return m_last;
}

} // namespace qq
