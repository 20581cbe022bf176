#pragma once

#include "database.h"
#include "visits.h"

#include <QString>

namespace qq {

// What a child or teacher reads when something went wrong: plain words and
// what to do next, never SQL.
QString storageFailureMessage(const StorageError &error);
QString visitFailureMessage(const VisitOutcome &outcome);

} // namespace qq
