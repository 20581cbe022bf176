#pragma once

#include "backup_controller.h"
#include "call_controller.h"
#include "card_reader.h"
#include "kiosk_controller.h"
#include "kiosk_session.h"
#include "library_controller.h"
#include "mail_controller.h"
#include "microphone.h"
#include "read_aloud.h"
#include "roster_controller.h"
#include "sync_controller.h"
#include "teacher_controller.h"

#include <QObject>

class QQmlEngine;

namespace qq {

class KioskStore;

// Wires the view models over one open store and hands them to QML's
// singletons; also watches input so the kiosk knows when it is idle.
class AppContext : public QObject {
public:
    // Without a frame source, the kiosk's camera is used.
    // Without a microphone, the kiosk's default audio input is used.
    explicit AppContext(KioskStore &store, std::unique_ptr<FrameSource> frames = nullptr,
                        std::unique_ptr<Microphone> microphone = nullptr, QObject *parent = nullptr);
    ~AppContext() override;

    void installInto(QQmlEngine &engine); // image provider
    KioskController &kiosk() { return m_kiosk; }
    TeacherController &teacher() { return m_teacher; }
    RosterController &roster() { return m_roster; }
    CardReader &cards() { return m_cards; }
    CallController &calls() { return m_calls; }
    MailController &mail() { return m_mail; }
    LibraryController &library() { return m_library; }
    SyncController &sync() { return m_sync; }
    ReadAloud &readAloud() { return m_readAloud; }
    KioskSession &session() { return m_session; }
    BackupController &backup() { return m_backup; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    KioskStore &m_store;
    KioskController m_kiosk;
    TeacherController m_teacher;
    RosterController m_roster;
    CardReader m_cards;
    CallController m_calls;
    MailController m_mail;
    LibraryController m_library;
    SyncController m_sync;
    ReadAloud m_readAloud{nullptr}; // the system speech engine starts on the first tap of a speaker button
    KioskSession m_session;
    BackupController m_backup;
};

} // namespace qq
