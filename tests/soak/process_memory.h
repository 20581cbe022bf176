#pragma once

#include <QFile>

namespace qq::soak {

// This process's resident memory as the kernel counts it (/proc/self/status):
// VmRSS now, and VmHWM, the highest VmRSS since the process started.
struct ProcessMemory {
    double rssMb = 0;
    double peakMb = 0;
};

inline ProcessMemory readProcessMemory()
{
    ProcessMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    const auto kilobytes = [](const QByteArray &line) { return line.mid(6).trimmed().split(' ').value(0).toDouble(); };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            memory.rssMb = kilobytes(line) / 1024.0;
        else if (line.startsWith("VmHWM:"))
            memory.peakMb = kilobytes(line) / 1024.0;
    }
    return memory;
}

} // namespace qq::soak
