#pragma once

#include "call_models.h"
#include "calls.h"
#include "roster.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace qq {

class KioskController;
class KioskStore;

// Calls with distant parents at the kiosk: the board of the next calls, a
// child booking their own call (who → when → yes → the card), the chime and
// "please go to the family phone" two minutes before, and the duty
// teacher's day where each call is marked.
class CallController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Calls)
    QML_SINGLETON

    Q_PROPERTY(CallListModel *board READ board CONSTANT)
    Q_PROPERTY(CallListModel *day READ day CONSTANT)
    Q_PROPERTY(CallChoiceModel *people READ people CONSTANT)
    Q_PROPERTY(CallChoiceModel *times READ times CONSTANT)
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    Q_PROPERTY(QUrl childPhoto READ childPhoto NOTIFY childChanged)
    Q_PROPERTY(QString myCall READ myCall NOTIFY childChanged)
    Q_PROPERTY(QString myCallId READ myCallId NOTIFY childChanged)
    Q_PROPERTY(QString person READ person NOTIFY choiceChanged)
    Q_PROPERTY(QString personIcon READ personIcon NOTIFY choiceChanged)
    Q_PROPERTY(QString whyNone READ whyNone NOTIFY choiceChanged)
    Q_PROPERTY(QString chosenTime READ chosenTime NOTIFY choiceChanged)
    Q_PROPERTY(QString chosenPlace READ chosenPlace NOTIFY choiceChanged)
    Q_PROPERTY(QString chosenPlaceKind READ chosenPlaceKind NOTIFY choiceChanged)
    Q_PROPERTY(QString announcement READ announcement NOTIFY announcementChanged)
    Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY dayChanged)
    Q_PROPERTY(CallMonthModel *month READ month CONSTANT)
    Q_PROPERTY(CallChoiceModel *unanswered READ unanswered CONSTANT)
    Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY monthChanged)
    Q_PROPERTY(int monthWithoutCall READ monthWithoutCall NOTIFY monthChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(CallChoiceModel *places READ places CONSTANT)
    Q_PROPERTY(CallChoiceModel *unplaced READ unplaced CONSTANT)
    Q_PROPERTY(QString planSummary READ planSummary NOTIFY planChanged)
    Q_PROPERTY(QString hoursText READ hoursText NOTIFY setupChanged)
    Q_PROPERTY(QString specialDaysText READ specialDaysText NOTIFY setupChanged)
    Q_PROPERTY(QList<int> policyValues READ policyValues NOTIFY setupChanged)

public:
    // The kiosk calls a child this long before the slot starts.
    static constexpr qint64 kCallAheadMs = 2 * 60 * 1000;

    CallController(KioskStore &store, KioskController &kiosk, QObject *parent = nullptr);
    static CallController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CallController *instance);

    CallListModel *board() { return &m_board; }
    CallListModel *day() { return &m_day; }
    CallChoiceModel *people() { return &m_people; }
    CallChoiceModel *times() { return &m_times; }
    QString childName() const { return m_childName; }
    QUrl childPhoto() const { return m_childPhoto; }
    QString myCall() const { return m_myCall; }
    QString myCallId() const { return m_myCallId; }
    QString person() const { return m_person; }
    QString personIcon() const { return m_personIcon; }
    QString whyNone() const { return m_whyNone; }
    QString chosenTime() const { return m_chosenTime; }
    QString chosenPlace() const { return m_chosenPlace; }
    QString chosenPlaceKind() const { return m_chosenPlaceKind; }
    QString announcement() const { return m_announcement; }
    QString dayTitle() const { return m_dayTitle; }
    CallMonthModel *month() { return &m_month; }
    CallChoiceModel *unanswered() { return &m_unanswered; }
    QString monthTitle() const { return m_monthTitle; }
    int monthWithoutCall() const { return m_monthWithoutCall; }
    QString notice() const { return m_notice; }
    CallChoiceModel *places() { return &m_places; }
    CallChoiceModel *unplaced() { return &m_unplaced; }
    QString planSummary() const { return m_planSummary; }
    QString hoursText() const { return m_hoursText; }
    QString specialDaysText() const { return m_specialDaysText; }
    // slot minutes, gap minutes, calls a month, a week, booked ahead
    QList<int> policyValues() const;

    Q_INVOKABLE void open(); // the board, from the home screen
    Q_INVOKABLE void bookMine(); // find yourself, then choose
    Q_INVOKABLE void choosePerson(const QString &contactId);
    Q_INVOKABLE void chooseTime(int row);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void cancelMine();
    Q_INVOKABLE void back();
    Q_INVOKABLE void dismissAnnouncement();
    // The duty teacher's day.
    Q_INVOKABLE void openDay();
    Q_INVOKABLE void mark(const QString &bookingId, const QString &status, int minutes = 0);
    // The month: calls per child, no call yet first; parents who often do not answer.
    Q_INVOKABLE void openMonth();
    Q_INVOKABLE void exportMonth(); // CSV into the exports folder
    // Set-up: call places, the room's hours for calls, the policy.
    Q_INVOKABLE void openSetup();
    // The fair rotation: books this week's free slots for every child who is
    // due, longest wait and missed calls first; shows who could not be placed.
    Q_INVOKABLE void planWeek();
    Q_INVOKABLE bool addPlace(const QString &name, bool video, int lines);
    Q_INVOKABLE void removePlace(const QString &placeId);
    Q_INVOKABLE bool saveSetup(const QString &hoursText, const QList<int> &policyValues,
                               const QString &specialDaysText = {});

    // Every few seconds: the board, and the call two minutes ahead.
    void tick();

signals:
    void childChanged();
    void choiceChanged();
    void announcementChanged();
    void dayChanged();
    void monthChanged();
    void noticeChanged();
    void setupChanged();
    void planChanged();
    void chime(); // QML plays the sound

private:
    void childPicked(const QString &childId);
    void loadChild();
    void reloadBoard();
    void reloadDay();
    void reloadMonth();
    void setNotice(const QString &notice);
    void reloadSetup();
    CallRow rowFor(const CallBooking &booking, bool wordsForTime) const;
    QString personTitle(const Contact &contact) const;
    QString personShort(const Contact &contact) const;
    QString personIconFor(const Contact &contact) const;
    void refused(const CallError &error);

    KioskStore &m_store;
    KioskController &m_kiosk;
    QTimer m_timer;
    CallListModel m_board;
    CallListModel m_day;
    CallChoiceModel m_people;
    CallChoiceModel m_times;
    QString m_childId;
    QString m_childName;
    QUrl m_childPhoto;
    QString m_myCall;
    QString m_myCallId;
    QString m_contactId;
    QString m_person;
    QString m_personIcon;
    QList<CallSlot> m_offered;
    std::optional<CallSlot> m_chosen;
    QString m_whyNone;
    QString m_chosenTime;
    QString m_chosenPlace;
    QString m_chosenPlaceKind;
    QString m_announcement;
    QSet<QString> m_announced;
    QString m_dayTitle;
    CallMonthModel m_month;
    CallChoiceModel m_unanswered;
    QString m_monthTitle;
    int m_monthWithoutCall = 0;
    QString m_notice;
    CallChoiceModel m_places;
    QString m_hoursText;
    QString m_specialDaysText;
    CallChoiceModel m_unplaced;
    QString m_planSummary;
};

} // namespace qq
