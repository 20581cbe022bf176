#include "teacher_controller.h"

#include "clock.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "user_messages.h"
#include "visit_export.h"

#include <QDir>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace qq {
namespace {
TeacherController *s_instance = nullptr;
}

TeacherController::TeacherController(KioskStore &store, KioskController &kiosk, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(kiosk)
{
    connect(&m_kiosk, &KioskController::screenChanged, this, [this] {
        if (m_kiosk.screen() == KioskController::Screen::TeacherRoom)
            refresh();
        if (m_kiosk.screen() == KioskController::Screen::Home) {
            m_newPin.clear();
            setPinMessage({});
            setNotice({});
        }
    });
}

TeacherController *TeacherController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void TeacherController::setInstance(TeacherController *instance)
{
    s_instance = instance;
}

bool TeacherController::hasPin() const
{
    try {
        return m_store.teacherPin().hasPin();
    } catch (const StorageException &e) {
        // Unreadable: never offer to choose a new PIN on that account.
        qCWarning(lcKiosk) << "PIN state unreadable:" << e.error().detail;
        return true;
    }
}

bool TeacherController::lockedOut() const
{
    try {
        return m_store.teacherPin().lockedUntilMs() > m_store.clock().nowMs();
    } catch (const StorageException &e) {
        qCWarning(lcKiosk) << "PIN state unreadable:" << e.error().detail;
        return false; // verify() reports the problem when the PIN is typed
    }
}

void TeacherController::setPinMessage(const QString &message)
{
    m_pinMessage = message;
    emit pinStateChanged();
}

void TeacherController::setNotice(const QString &notice)
{
    if (m_notice != notice) {
        m_notice = notice;
        emit noticeChanged();
    }
}

void TeacherController::submitPin(const QString &pin)
{
    TeacherPin &teacherPin = m_store.teacherPin();
    try {
        if (!teacherPin.hasPin()) {
            // First use: choose a PIN, then type it again.
            if (!TeacherPin::isAcceptable(pin)) {
                setPinMessage(tr("Choose a PIN of 4 to 8 digits."));
            } else if (m_newPin.isEmpty()) {
                m_newPin = pin;
                setPinMessage(tr("Type the same PIN again to confirm."));
            } else if (m_newPin != pin) {
                m_newPin.clear();
                setPinMessage(tr("The two PINs were different. Please choose a PIN again."));
            } else {
                m_newPin.clear();
                if (!teacherPin.setPin(pin)) {
                    setPinMessage(tr("The PIN could not be saved. Please try again."));
                    return;
                }
                qCInfo(lcKiosk) << "teacher PIN chosen";
                setPinMessage({});
                m_kiosk.show(KioskController::Screen::TeacherRoom);
            }
            return;
        }
        const PinCheck check = teacherPin.verify(pin);
        const QString until =
            toLocal(check.lockedUntilMs, m_store.settings().timeZone()).toString(QStringLiteral("HH:mm:ss"));
        switch (check.status) {
        case PinCheck::Status::Ok:
            qCInfo(lcKiosk) << "teacher mode opened";
            setPinMessage({});
            m_kiosk.show(KioskController::Screen::TeacherRoom);
            break;
        case PinCheck::Status::Wrong:
            qCInfo(lcKiosk) << "wrong teacher PIN";
            setPinMessage(check.lockedUntilMs
                              ? tr("Wrong PIN. Too many tries: wait until %1.").arg(until)
                              : tr("Wrong PIN. %n tries left before a pause.", nullptr, check.attemptsBeforeLockout));
            break;
        case PinCheck::Status::LockedOut:
            setPinMessage(tr("Too many wrong PINs. Please wait until %1.").arg(until));
            break;
        case PinCheck::Status::NoPin:
            break;
        }
    } catch (const StorageException &e) {
        qCWarning(lcKiosk) << "PIN state not saved:" << e.error().detail;
        setPinMessage(storageFailureMessage(e.error()));
    }
}

void TeacherController::refresh()
{
    m_kiosk.guarded("room list", [this] {
        m_room.reset(m_store.visits().present(), m_store.settings().timeZone());
        m_todayVisits =
            m_store.visits().countStartedOn(localDate(m_store.clock().nowMs(), m_store.settings().timeZone()));
    });
    emit roomChanged();
}

void TeacherController::signOut(const QString &childId)
{
    const VisitOutcome outcome = m_store.visits().signOut(childId, Actor::Teacher);
    if (outcome.status == VisitOutcome::Status::SignedOut || outcome.status == VisitOutcome::Status::NotIn) {
        const QString name = m_room.nameOf(childId);
        setNotice(name.isEmpty() ? tr("Signed out.") : tr("%1 is signed out.").arg(name));
    } else {
        m_kiosk.setErrorMessage(visitFailureMessage(outcome));
    }
    refresh();
}

void TeacherController::signInByHand()
{
    setNotice({});
    m_kiosk.pickChildForTeacher();
}

QString TeacherController::exportFolder() const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("exports"));
}

void TeacherController::exportVisits(Period period)
{
    ExportResult result;
    try {
        const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
        const VisitExport exporter(m_store.db(), m_store.settings());
        result = period == Period::Day ? exporter.writeDay(today, exportFolder())
                                       : exporter.writeMonth(today, exportFolder());
    } catch (const StorageException &e) {
        result.error = storageFailureMessage(e.error());
    }
    if (result.ok) {
        setNotice(tr("Saved %n visit(s) to %1", nullptr, result.rows).arg(QDir::toNativeSeparators(result.path)));
    } else {
        qCWarning(lcKiosk) << "export failed:" << result.error;
        setNotice(tr("The export could not be saved: %1").arg(result.error));
    }
}

void TeacherController::exportToday()
{
    exportVisits(Period::Day);
}

void TeacherController::exportMonth()
{
    exportVisits(Period::Month);
}

void TeacherController::leave()
{
    qCInfo(lcKiosk) << "teacher mode closed";
    m_kiosk.goHome();
}

} // namespace qq
