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

// Calls with distant parents: places, the room's hours (weekly, and special
// days such as holidays), parents' windows, and bookings. One live booking
// per place, line and start is an index, so nothing can double a slot.
constexpr const char *kStep2 = R"sql(
ALTER TABLE contacts ADD COLUMN video_account TEXT;
CREATE TABLE call_places (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL CHECK (kind IN ('phone', 'video')),
    lines  INTEGER NOT NULL DEFAULT 1 CHECK (lines BETWEEN 1 AND 9),
    active INTEGER NOT NULL DEFAULT 1,
    sort   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE room_hours (
    id           TEXT PRIMARY KEY,
    weekday      INTEGER CHECK (weekday BETWEEN 1 AND 7),
    day          TEXT,
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK ((weekday IS NULL) <> (day IS NULL))
);
CREATE TABLE contact_windows (
    id           TEXT PRIMARY KEY,
    contact_id   TEXT NOT NULL REFERENCES contacts(id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK (start_minute < end_minute)
);
CREATE INDEX contact_windows_by_contact ON contact_windows(contact_id);
CREATE TABLE call_bookings (
    id         TEXT PRIMARY KEY,
    child_id   TEXT NOT NULL REFERENCES children(id),
    contact_id TEXT NOT NULL, -- no reference: a call stays in the log when the card changes
    place_id   TEXT NOT NULL REFERENCES call_places(id),
    line       INTEGER NOT NULL DEFAULT 1,
    start_ms   INTEGER NOT NULL,
    end_ms     INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'talked', 'no_answer', 'absent')),
    source     TEXT NOT NULL CHECK (source IN ('child', 'plan', 'teacher')),
    minutes    INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (start_ms < end_ms)
);
CREATE UNIQUE INDEX call_bookings_one_per_slot ON call_bookings(place_id, line, start_ms) WHERE status <> 'cancelled';
CREATE INDEX call_bookings_by_child ON call_bookings(child_id, start_ms);
CREATE INDEX call_bookings_by_time ON call_bookings(start_ms);
)sql";

// The private mailbox. Letters are sealed to the counselor's public key; the
// disk shows only the hour they came (rounded, so a letter cannot be matched
// with a sign-in) and the counselor's own marks. The log is append-only.
constexpr const char *kStep3 = R"sql(
CREATE TABLE mailbox_keys (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    counselor_name      TEXT NOT NULL,
    public_key          BLOB NOT NULL,
    pass_salt           BLOB NOT NULL,
    pass_ops            INTEGER NOT NULL,
    pass_mem            INTEGER NOT NULL,
    pass_locked_key     BLOB NOT NULL,
    recovery_salt       BLOB NOT NULL,
    recovery_locked_key BLOB NOT NULL,
    failures            INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL
);
-- WITHOUT ROWID: rows are kept in the order of their random ids, not the order they came in.
CREATE TABLE letters (
    id        TEXT PRIMARY KEY,
    hour_ms   INTEGER NOT NULL,
    header    BLOB NOT NULL,
    body      BLOB NOT NULL,
    opened    INTEGER NOT NULL DEFAULT 0,
    follow_up INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX letters_inbox ON letters(follow_up DESC, hour_ms DESC);
CREATE TABLE child_keys (
    child_id     TEXT PRIMARY KEY REFERENCES children(id),
    public_key   BLOB NOT NULL,
    salt         BLOB NOT NULL,
    ops          INTEGER NOT NULL,
    mem          INTEGER NOT NULL,
    locked_key   BLOB NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);
CREATE TABLE letter_replies (
    id            TEXT PRIMARY KEY,
    letter_id     TEXT NOT NULL REFERENCES letters(id),
    child_id      TEXT NOT NULL REFERENCES children(id),
    for_child     BLOB, -- NULL until the child has a picture code
    child_key     BLOB,
    for_counselor BLOB NOT NULL,
    written_at    INTEGER NOT NULL,
    read_at       INTEGER
);
CREATE INDEX letter_replies_by_child ON letter_replies(child_id, read_at);
CREATE INDEX letter_replies_by_letter ON letter_replies(letter_id);
CREATE TABLE mailbox_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    event     TEXT NOT NULL,
    letter_id TEXT
);
CREATE TRIGGER mailbox_log_no_update BEFORE UPDATE ON mailbox_log
BEGIN SELECT RAISE(ABORT, 'the mailbox log is append-only'); END;
CREATE TRIGGER mailbox_log_no_delete BEFORE DELETE ON mailbox_log
BEGIN SELECT RAISE(ABORT, 'the mailbox log is append-only'); END;
)sql";

// The library corner: titles get their details and a cover, copies a state
// (on the shelf, lost, damaged, withdrawn); loans (one open loan per copy is
// an index), a child's rating after a return, and stocktakes.
constexpr const char *kStep4 = R"sql(
ALTER TABLE book_titles ADD COLUMN cover BLOB;
ALTER TABLE book_titles ADD COLUMN title_pinyin TEXT;
ALTER TABLE book_titles ADD COLUMN added_at INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX book_titles_by_isbn ON book_titles(isbn) WHERE isbn IS NOT NULL AND isbn <> '';
ALTER TABLE book_copies ADD COLUMN state TEXT NOT NULL DEFAULT 'shelf'
    CHECK (state IN ('shelf', 'lost', 'damaged', 'withdrawn'));
ALTER TABLE book_copies ADD COLUMN added_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX book_copies_by_title ON book_copies(title_id);
CREATE TABLE loans (
    id          TEXT PRIMARY KEY,
    copy_id     TEXT NOT NULL REFERENCES book_copies(id),
    child_id    TEXT NOT NULL REFERENCES children(id),
    borrowed_at INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    renewals    INTEGER NOT NULL DEFAULT 0,
    ended_at    INTEGER,
    ended_how   TEXT CHECK (ended_how IN ('returned', 'lost', 'damaged')),
    rating      INTEGER CHECK (rating BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX loans_one_open_per_copy ON loans(copy_id) WHERE ended_at IS NULL;
CREATE INDEX loans_open_by_due ON loans(due_at) WHERE ended_at IS NULL;
CREATE INDEX loans_by_child ON loans(child_id, borrowed_at);
CREATE INDEX loans_by_copy ON loans(copy_id, borrowed_at);
CREATE TABLE stocktakes (
    id          TEXT PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE TABLE stocktake_scans (
    stocktake_id TEXT NOT NULL REFERENCES stocktakes(id),
    copy_id      TEXT NOT NULL REFERENCES book_copies(id),
    at           INTEGER NOT NULL,
    PRIMARY KEY (stocktake_id, copy_id)
) WITHOUT ROWID;
)sql";

// Sync orders changes by a hybrid logical clock, never by the kiosk's wall
// clock. Rows written before this step get one from their time and sequence.
constexpr const char *kStep5 = R"sql(
ALTER TABLE change_log ADD COLUMN hlc TEXT;
UPDATE change_log SET hlc = printf('%018d-%08x-%s', max(at, 0), seq, device_id) WHERE hlc IS NULL;
CREATE UNIQUE INDEX change_log_by_hlc ON change_log(hlc);
)sql";

// Sync merges received changes into the records (change_apply.cpp). Each
// record's field stamps and its tombstone; received changes that wait for a
// record they need. Uniqueness that two offline kiosks can each keep yet
// break together (a copy lent on both, one slot booked on both, the same
// ISBN, sticker or card added on both, a child signed in on both) is no
// longer an index: the features still check before they write, and sync
// keeps both records and lists the conflict (sync_conflicts.cpp).
constexpr const char *kStep6 = R"sql(
CREATE TABLE sync_stamps (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc       TEXT NOT NULL, -- the stamp of every field not named in `fields` ('' for none)
    fields    TEXT,          -- JSON {column: stamp} of fields written after the rest
    deleted   TEXT,          -- the delete's stamp: the record is gone for good
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;
CREATE TABLE sync_waiting (
    hlc TEXT PRIMARY KEY -- a change_log row not merged yet: its record, or one it points to, is still to come
) WITHOUT ROWID;

DROP INDEX visits_one_open_per_child;
CREATE INDEX visits_open_by_child ON visits(child_id) WHERE signed_out_at IS NULL;
DROP INDEX loans_one_open_per_copy;
CREATE INDEX loans_open_by_copy ON loans(copy_id) WHERE ended_at IS NULL;
DROP INDEX call_bookings_one_per_slot;
CREATE INDEX call_bookings_by_slot ON call_bookings(place_id, line, start_ms) WHERE status <> 'cancelled';
DROP INDEX book_titles_by_isbn;
CREATE INDEX book_titles_by_isbn ON book_titles(isbn) WHERE isbn IS NOT NULL AND isbn <> '';

-- A UNIQUE column is part of its table: children and book_copies are made
-- again without it. Foreign keys stay on (a migration runs in a transaction,
-- where they cannot be turned off), so they are checked at commit: dropping
-- the old table leaves the rows that point to it dangling until the same rows
-- are back. Moods get the index on child_id that this check (and a child's
-- moods) wants.
PRAGMA defer_foreign_keys = ON;
CREATE INDEX moods_by_child ON moods(child_id, at);

CREATE TABLE children_before_sync AS SELECT * FROM children;
DROP TABLE children;
CREATE TABLE children (
    id          TEXT PRIMARY KEY,
    class_id    TEXT NOT NULL REFERENCES classes(id),
    name        TEXT NOT NULL,
    gender      TEXT NOT NULL CHECK (gender IN ('F', 'M')),
    birth_date  TEXT NOT NULL,
    photo       BLOB,
    card_code   TEXT,
    personality TEXT,
    hobbies     TEXT,
    medical     TEXT,
    active      INTEGER NOT NULL DEFAULT 1
);
INSERT INTO children SELECT * FROM children_before_sync;
DROP TABLE children_before_sync;
CREATE INDEX children_by_class ON children(class_id, name);
CREATE INDEX children_by_card_code ON children(card_code) WHERE card_code IS NOT NULL;

CREATE TABLE book_copies_before_sync AS SELECT * FROM book_copies;
DROP TABLE book_copies;
CREATE TABLE book_copies (
    id       TEXT PRIMARY KEY,
    title_id TEXT NOT NULL REFERENCES book_titles(id),
    barcode  TEXT NOT NULL,
    state    TEXT NOT NULL DEFAULT 'shelf' CHECK (state IN ('shelf', 'lost', 'damaged', 'withdrawn')),
    added_at INTEGER NOT NULL DEFAULT 0
);
INSERT INTO book_copies SELECT * FROM book_copies_before_sync;
DROP TABLE book_copies_before_sync;
CREATE INDEX book_copies_by_title ON book_copies(title_id);
CREATE INDEX book_copies_by_barcode ON book_copies(barcode);
)sql";

// Trust in the mailbox's key: the counselor's identity key (Ed25519, made
// from her secret key) signs the key row, so a kiosk pins it and refuses a
// row nobody signed. Key rows keep only the day they were made.
constexpr const char *kStep7 = R"sql(
ALTER TABLE mailbox_keys ADD COLUMN identity_key BLOB;
ALTER TABLE mailbox_keys ADD COLUMN signature BLOB;
UPDATE mailbox_keys SET created_at = created_at - created_at % 86400000;
UPDATE child_keys SET created_at = created_at - created_at % 86400000;
)sql";

// An answer names no child where it syncs: it carries the random reply tag
// the child's own sealed letter gave, and only the kiosk the child wrote from
// knows whose tag it is (child_reply_tags, device-local). Answers written
// before keep "legacy:" and the child's id as their tag.
constexpr const char *kStep8 = R"sql(
CREATE TABLE child_reply_tags (
    child_id TEXT NOT NULL REFERENCES children(id),
    tag      TEXT NOT NULL UNIQUE,
    PRIMARY KEY (child_id, tag)
) WITHOUT ROWID;
INSERT OR IGNORE INTO child_reply_tags (child_id, tag)
    SELECT child_id, 'legacy:' || child_id FROM letter_replies
    UNION SELECT child_id, 'legacy:' || child_id FROM child_keys;
CREATE TABLE letter_replies_tagged (
    id            TEXT PRIMARY KEY,
    letter_id     TEXT NOT NULL REFERENCES letters(id),
    reply_tag     TEXT NOT NULL,
    for_child     BLOB, -- NULL until the child has a picture code
    child_key     BLOB,
    for_counselor BLOB NOT NULL,
    written_at    INTEGER NOT NULL,
    read_at       INTEGER
);
INSERT INTO letter_replies_tagged
    SELECT id, letter_id, 'legacy:' || child_id, for_child, child_key, for_counselor, written_at, read_at FROM letter_replies;
DROP TABLE letter_replies;
ALTER TABLE letter_replies_tagged RENAME TO letter_replies;
CREATE INDEX letter_replies_by_tag ON letter_replies(reply_tag, read_at);
CREATE INDEX letter_replies_by_letter ON letter_replies(letter_id);
)sql";

// A guardian's consent (PIPL: a child under 14's information needs the
// guardian's own consent): who gave it, on which day, to which notice, and
// whether the child's photo and voice are covered. One row per child, edited
// in the child's file; it syncs like the file.
constexpr const char *kStep9 = R"sql(
CREATE TABLE guardian_consents (
    child_id    TEXT PRIMARY KEY REFERENCES children(id),
    given_by    TEXT NOT NULL,
    given_on    TEXT NOT NULL,
    notice      TEXT NOT NULL,
    photo       INTEGER NOT NULL CHECK (photo IN (0, 1)),
    voice       INTEGER NOT NULL CHECK (voice IN (0, 1)),
    recorded_at INTEGER NOT NULL
);
)sql";

constexpr std::array<const char *, 9> kSteps = {kStep1, kStep2, kStep3, kStep4, kStep5,
                                                kStep6, kStep7, kStep8, kStep9};

} // namespace

int latestVersion()
{
    return int(kSteps.size());
}

const char *step(int version)
{
    return version >= 1 && version <= latestVersion() ? kSteps[size_t(version - 1)] : "";
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
