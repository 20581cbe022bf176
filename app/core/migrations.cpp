#include "migrations.h"

#include "database.h"

#include <array>
#include <string>

namespace qq::Migrations {
namespace {

// Step 1: the foundation — settings, roster, contact cards, visits, moods,
// a minimal library catalogue (for the large data sets) and the change log.
// Every record has a device-generated id (TEXT) so that sync can merge later.
constexpr const char *kStep1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Device-local state that never syncs: device id, PIN hash and lockout.
CREATE TABLE local_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE classes (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    grade      INTEGER NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE children (
    id          TEXT PRIMARY KEY,
    class_id    TEXT NOT NULL REFERENCES classes(id),
    name        TEXT NOT NULL,
    gender      TEXT NOT NULL CHECK (gender IN ('F', 'M')),
    birth_date  TEXT NOT NULL,
    photo       BLOB,
    card_code   TEXT UNIQUE,
    personality TEXT,
    hobbies     TEXT,
    medical     TEXT,
    active      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX children_by_class ON children(class_id, name);
CREATE TABLE contacts (
    id           TEXT PRIMARY KEY,
    child_id     TEXT NOT NULL REFERENCES children(id),
    role         TEXT NOT NULL CHECK (role IN ('father', 'mother', 'guardian')),
    name         TEXT NOT NULL,
    relationship TEXT,
    phone        TEXT,
    work_city    TEXT,
    workplace    TEXT,
    address      TEXT,
    age          INTEGER,
    health       TEXT
);
CREATE INDEX contacts_by_child ON contacts(child_id);
CREATE TABLE visits (
    id            TEXT PRIMARY KEY,
    child_id      TEXT NOT NULL REFERENCES children(id),
    signed_in_at  INTEGER NOT NULL,
    signed_in_by  TEXT NOT NULL CHECK (signed_in_by IN ('child', 'teacher')),
    signed_out_at INTEGER,
    signed_out_by TEXT CHECK (signed_out_by IN ('child', 'teacher', 'auto'))
);
CREATE UNIQUE INDEX visits_one_open_per_child ON visits(child_id) WHERE signed_out_at IS NULL;
CREATE INDEX visits_by_time ON visits(signed_in_at);
CREATE INDEX visits_by_child ON visits(child_id, signed_in_at);
CREATE TABLE moods (
    id       TEXT PRIMARY KEY,
    child_id TEXT NOT NULL REFERENCES children(id),
    visit_id TEXT REFERENCES visits(id),
    mood     INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    at       INTEGER NOT NULL
);
CREATE TABLE book_titles (
    id        TEXT PRIMARY KEY,
    isbn      TEXT,
    title     TEXT NOT NULL,
    author    TEXT,
    publisher TEXT,
    age_band  TEXT,
    category  TEXT
);
CREATE TABLE book_copies (
    id       TEXT PRIMARY KEY,
    title_id TEXT NOT NULL REFERENCES book_titles(id),
    barcode  TEXT NOT NULL UNIQUE
);
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    payload   TEXT NOT NULL,
    device_id TEXT NOT NULL,
    at        INTEGER NOT NULL
);
)sql";

constexpr std::array<const char *, 1> kSteps = {kStep1};

} // namespace

int latestVersion()
{
    return int(kSteps.size());
}

void apply(Database &db)
{
    while (db.userVersion() < latestVersion()) {
        Transaction tx(db);
        // Read inside the write lock: another process may have migrated meanwhile.
        const int version = db.userVersion();
        if (version >= latestVersion())
            break;
        db.exec(kSteps[size_t(version)]);
        db.exec(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
        tx.commit();
    }
}

} // namespace qq::Migrations
