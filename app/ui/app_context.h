#pragma once

#include "kiosk_controller.h"
#include "teacher_controller.h"

#include <QObject>

class QQmlEngine;

namespace qq {

class KioskStore;

// Wires the view models over one open store and hands them to QML's
// singletons; also watches input so the kiosk knows when it is idle.
class AppContext : public QObject {
public:
    explicit AppContext(KioskStore &store, QObject *parent = nullptr);
    ~AppContext() override;

    void installInto(QQmlEngine &engine); // image provider
    KioskController &kiosk() { return m_kiosk; }
    TeacherController &teacher() { return m_teacher; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    KioskStore &m_store;
    KioskController m_kiosk;
    TeacherController m_teacher;
};

} // namespace qq
