#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace qq {

class KioskStore;

// The kiosk as a locked-down session: in kiosk mode (`qinqing --kiosk`, the
// cage session) nothing but the teacher's exit leaves the app, and outside
// the room's opening hours the screen dims once nobody has touched it for a
// while; a touch wakes it.
class KioskSession : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(bool dimmed READ dimmed NOTIFY dimmedChanged)

public:
    static constexpr qint64 kIdleBeforeDimMs = 2 * 60 * 1000;

    explicit KioskSession(KioskStore &store, QObject *parent = nullptr);

    static KioskSession *create(QQmlEngine *, QJSEngine *);
    static void setInstance(KioskSession *instance);

    bool locked() const { return m_locked; }
    void setLocked(bool locked);
    bool dimmed() const { return m_dimmed; }

    // Any touch, click or key (AppContext's event filter).
    void noteActivity();
    // Looks at the clock and the hours again (a timer does this every 30 s).
    void update();

    Q_INVOKABLE void wake();
    // Only the teacher's room offers this (behind the PIN).
    Q_INVOKABLE void exitApp();

signals:
    void lockedChanged();
    void dimmedChanged();
    void exitRequested();

private:
    void setDimmed(bool dimmed);

    KioskStore &m_store;
    QTimer m_timer;
    qint64 m_lastActivityMs = 0;
    bool m_locked = false;
    bool m_dimmed = false;
};

} // namespace qq
