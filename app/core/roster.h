#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

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
};

// Classes, children and their contact cards. Reads are plain; writes must run
// inside the caller's Transaction and append to the change log.
class Roster {
public:
    Roster(Database &db, ChangeLog &log, const Clock &clock);

    QList<SchoolClass> classes() const;
    QList<Child> childrenInClass(const QString &classId) const;
    QList<Child> allChildren() const; // active, by class order then name
    std::optional<Child> child(const QString &childId) const;
    QList<Contact> contacts(const QString &childId) const;
    QByteArray photo(const QString &childId) const;
    int childCount() const;

    std::optional<Child> childByCardCode(const QString &code) const;
    std::optional<SchoolClass> classByName(const QString &name) const;

    QString addClass(SchoolClass schoolClass);
    void updateChild(const Child &child); // every field but the photo
    // Contacts with the same role and name keep their id, so sync sees an update.
    void replaceContacts(const QString &childId, const QList<Contact> &contacts);
    QString addChild(Child child, const QByteArray &photo);
    QString addContact(Contact contact);

private:
    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
};

QString contactRoleKey(Contact::Role role);

} // namespace qq
