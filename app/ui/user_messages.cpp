#include "user_messages.h"

#include <QCoreApplication>

namespace qq {

QString storageFailureMessage(const StorageError &error)
{
    switch (error.kind) {
    case StorageErrorKind::DiskFull:
        return QCoreApplication::translate(
            "Messages", "The kiosk's storage is full, so this was not saved. Please tell the duty teacher.");
    case StorageErrorKind::Busy:
        return QCoreApplication::translate("Messages", "The kiosk is busy. Please try again in a moment.");
    case StorageErrorKind::ReadOnly:
        return QCoreApplication::translate(
            "Messages", "The kiosk cannot write its data folder, so this was not saved. Please tell the duty teacher.");
    case StorageErrorKind::Corrupt:
        return QCoreApplication::translate(
            "Messages", "The kiosk's data file is damaged, so this was not saved. Please tell the duty teacher.");
    default:
        break;
    }
    return QCoreApplication::translate(
        "Messages", "This was not saved because of a problem in the kiosk. Please tell the duty teacher.");
}

QString visitFailureMessage(const VisitOutcome &outcome)
{
    if (outcome.status == VisitOutcome::Status::UnknownChild)
        return QCoreApplication::translate("Messages",
                                           "We could not find this child on the roster. Please tell the duty teacher.");
    return storageFailureMessage(outcome.error);
}

} // namespace qq
