#include "clock.h"

#include <QDateTime>

namespace qq {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace qq
