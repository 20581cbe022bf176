#pragma once

#include "list_models.h"

#include <QObject>
#include <QQmlEngine>

namespace qq {

class KioskController;
class KioskStore;

// The duty teacher's side: the PIN, who is in the room, signing a child in
// or out by hand and exporting visits.
class TeacherController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Teacher)
    QML_SINGLETON

    Q_PROPERTY(bool hasPin READ hasPin NOTIFY pinStateChanged)
    Q_PROPERTY(bool confirmingNewPin READ confirmingNewPin NOTIFY pinStateChanged)
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY pinStateChanged)
    Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY pinStateChanged)
    Q_PROPERTY(RoomModel *room READ room CONSTANT)
    Q_PROPERTY(int inRoomCount READ inRoomCount NOTIFY roomChanged)
    Q_PROPERTY(int todayVisits READ todayVisits NOTIFY roomChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    TeacherController(KioskStore &store, KioskController &kiosk, QObject *parent = nullptr);
    static TeacherController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(TeacherController *instance);

    bool hasPin() const;
    bool confirmingNewPin() const { return !m_newPin.isEmpty(); }
    QString pinMessage() const { return m_pinMessage; }
    bool lockedOut() const;
    RoomModel *room() { return &m_room; }
    int inRoomCount() const { return m_room.rowCount(); }
    int todayVisits() const { return m_todayVisits; }
    QString notice() const { return m_notice; }

    Q_INVOKABLE void submitPin(const QString &pin);
    Q_INVOKABLE void signOut(const QString &childId);
    Q_INVOKABLE void signInByHand();
    Q_INVOKABLE void exportToday();
    Q_INVOKABLE void exportMonth();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void leave();

    QString exportFolder() const;

signals:
    void pinStateChanged();
    void roomChanged();
    void noticeChanged();

private:
    void setPinMessage(const QString &message);
    void setNotice(const QString &notice);
    enum class Period { Day, Month };
    void exportVisits(Period period);

    KioskStore &m_store;
    KioskController &m_kiosk;
    RoomModel m_room;
    int m_todayVisits = 0;
    QString m_newPin;
    QString m_pinMessage;
    QString m_notice;
};

} // namespace qq
