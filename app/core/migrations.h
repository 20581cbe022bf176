#pragma once

namespace qq {

class Database;

// Numbered schema steps; each runs in one transaction that ends with
// PRAGMA user_version = N, so a crash leaves the file at a whole step.
namespace Migrations {
int latestVersion();
void apply(Database &db);
// The SQL of step `version` (1 … latestVersion()), for tests that build an older file.
const char *step(int version);
} // namespace Migrations

} // namespace qq
