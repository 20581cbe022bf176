#pragma once

namespace qq {

class Database;

// Numbered schema steps; each runs in one transaction that ends with
// PRAGMA user_version = N, so a crash leaves the file at a whole step.
namespace Migrations {
int latestVersion();
void apply(Database &db);
} // namespace Migrations

} // namespace qq
