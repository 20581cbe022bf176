#pragma once

#include <QString>

namespace qq {

// A random 128-bit id in UUID text form, made on this device; unique enough
// that records from many kiosks merge on a hub without coordination.
QString newId();

} // namespace qq
