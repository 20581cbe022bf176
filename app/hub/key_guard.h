#pragma once

#include "change_feed.h"

namespace qq::hub {

class HubStore;

// Defence in depth behind the kiosks' own check (mailbox_trust.h): the hub
// keeps no row that would let letters be sealed to someone other than the
// school's counselor. Left out of what is stored:
//  - a mailbox_keys row nobody signed, or signed by another identity than
//    the first one this school's rows were signed by;
//  - any delete of mailbox_keys;
//  - any child_keys row (a child's keys never leave the kiosk).
// The rest of the chunk is stored; the kiosk is told how many were refused.
struct ScreenedRows {
    QList<ChangeRow> kept;
    int refused = 0;
};
ScreenedRows screenKeyRows(HubStore &store, const QString &schoolId, const QList<ChangeRow> &rows);

} // namespace qq::hub
