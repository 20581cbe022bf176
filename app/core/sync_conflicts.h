#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qq {

class Database;

// Two kiosks offline can each do something that is allowed there and not
// both together: lend the same copy, book the same slot, add the same ISBN,
// sticker or card. Sync keeps both records (nothing a child did is dropped);
// these are what a teacher has to look at.
struct SyncConflict {
    enum class Kind {
        CopyLentTwice, // one copy, more than one open loan
        SlotBookedTwice, // one place, line and start, more than one booking not cancelled
        SameIsbn, // titles
        SameBarcode, // copies' stickers
        SameCardCode, // children's cards
    };
    Kind kind = Kind::CopyLentTwice;
    QString entity; // the table of the records: loans, call_bookings, book_titles, book_copies, children
    QString shared; // what they share: the copy's id, "place/line/start ms", the ISBN, sticker or card code
    QStringList recordIds; // sorted
    QString reason; // one short sentence for the teacher, translated

    friend bool operator==(const SyncConflict &, const SyncConflict &) = default;
};

namespace SyncConflicts {

// The conflicts the records hold now, the same list in the same order on
// every replica that holds the same records.
QList<SyncConflict> list(Database &db);

} // namespace SyncConflicts
} // namespace qq
