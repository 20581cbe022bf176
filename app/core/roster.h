#pragma once

#include "database.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qq {

class ChangeLog;
class Clock;
class Database;

struct SchoolClass {
    QString id;
    QString name; // e.g. 三年级(1)班
    int grade = 0;
    int sortOrder = 0;
};

struct Child {
    QString id;
    QString classId;
    QString name; // in characters
    QString gender; // "F" or "M"
    QDate birthDate;
    QString cardCode;
    QString personality;
    QString hobbies;
    QString medical;
    bool hasPhoto = false;
    bool active = true; // false once taken off the roster (the record and its visits stay)
};

struct Contact {
    enum class Role { Father, Mother, Guardian };
    QString id;
    QString childId;
    Role role = Role::Guardian;
    QString name;
    QString relationship; // for guardians: 奶奶, 外公, 姑姑…
    QString phone;
    QString workCity;
    QString workplace;
    QString address;
    int age = 0;
    QString health;
    QString videoAccount; // the account the video corner calls (e.g. a WeChat id)
};

// A guardian's consent to the room keeping the child's information (PIPL):
// who gave it and when, the notice they were given, photo and voice covered.
struct GuardianConsent {
    static constexpr const char *kCurrentNotice = "2026-12"; // the notice's edition
    QString childId;
    QString givenBy; // "奶奶 张秀英", as the form was signed
    QDate givenOn;
    QString notice = QLatin1String(kCurrentNotice);
    bool photo = false;
    bool voice = false;
};

// A roster edit refused before anything was written: a card code another
// child has, an unknown child or class, a field out of bounds. A
// StorageException of kind Constraint, so callers that catch those still do.
// Children in the order Chinese users read a list: by pinyin, the surname read
// as a surname (Pinyin::sortKey), 阿 before 李 before 王 before 张.
void sortChildrenByName(QList<Child> &children);

class RosterError : public StorageException {
public:
    enum class Reason { UnknownChild, UnknownClass, CardCodeTaken, Invalid };
    RosterError(Reason reason, QString message);
    Reason reason() const { return m_reason; }
    // Plain words for the teacher. May name a child: show it, never log it.
    const QString &message() const { return m_message; }

private:
    Reason m_reason;
    QString m_message;
};

// Classes, children and their contact cards. Reads are plain; writes must run
// inside the caller's Transaction and append to the change log. A write that
// would change nothing writes (and logs) nothing.
class Roster {
public:
    static constexpr int kMaxNameLength = 32; // characters
    static constexpr int kMinAge = 3;
    static constexpr int kMaxAge = 20;

    Roster(Database &db, ChangeLog &log, const Clock &clock);

    QList<SchoolClass> classes() const;
    QList<Child> childrenInClass(const QString &classId) const;
    QList<Child> allChildren() const; // active, by class order then name
    QList<Child> allChildrenIncludingInactive() const; // by id
    std::optional<Child> child(const QString &childId) const; // active or not
    QList<Contact> contacts(const QString &childId) const;
    QList<Contact> allContacts() const; // by child id, role, name
    QByteArray photo(const QString &childId) const;
    int childCount() const;

    // Card codes stay taken by a child who is no longer active.
    std::optional<Child> childByCardCode(const QString &code) const;
    std::optional<SchoolClass> classByName(const QString &name) const;

    // Plain-words problems with a child's own fields: name (1 to 32
    // characters), gender F/M, a birth date; with a valid `today` (the room's
    // date) also an age of 3 to 20. Empty when the child is fine.
    static QStringList validate(const Child &child, QDate today = {});
    static bool isPlausibleBirthDate(QDate birthDate, QDate today);
    // As stored and looked up: full-width forms folded, no spaces, upper case.
    static QString normalizeCardCode(const QString &code);
    // Whether the contact card says who the person is: a name, or a father or
    // mother (the role is the word the child says, 爸爸), or a guardian's
    // relationship (奶奶) or phone (a roster's 家长电话: the family's number).
    // A roster may have 父亲电话 without 父亲姓名.
    static bool saysWhoItIs(const Contact &contact);

    QString addClass(SchoolClass schoolClass);
    QString addChild(Child child, const QByteArray &photo); // RosterError when the card code is taken
    QString addContact(Contact contact);
    // Every field but the photo and `active`. RosterError, with nothing
    // changed, for an unknown child or class, invalid fields or a card code
    // that another child has.
    void updateChild(const Child &child);
    void setPhoto(const QString &childId, const QByteArray &jpeg); // empty removes it
    void setActive(const QString &childId, bool active);
    // Contacts with the same role and name keep their id, so sync sees an
    // update rather than a delete and an insert; the others are deleted.
    void replaceContacts(const QString &childId, const QList<Contact> &contacts);
    std::optional<GuardianConsent> consent(const QString &childId) const;
    int countWithoutConsent() const; // children on the roster without a guardian's consent
    // Records (or changes) the child's consent; logged for sync. RosterError
    // for an unknown child, no name, or a day in the future.
    void setConsent(const GuardianConsent &consent, QDate today);

private:
    Child requireChild(const QString &childId) const;
    void checkCardCodeFree(const QString &cardCode, const QString &childId) const;

    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
};

QString contactRoleKey(Contact::Role role);

} // namespace qq
