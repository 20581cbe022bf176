#include "roster.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"
#include "ids.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <algorithm>

namespace qq {
namespace {

constexpr const char *kChildColumns =
    "id, class_id, name, gender, birth_date, card_code, personality, hobbies, medical, photo IS NOT NULL";

Child readChild(const Statement &stmt)
{
    Child child;
    child.id = stmt.text(0);
    child.classId = stmt.text(1);
    child.name = stmt.text(2);
    child.gender = stmt.text(3);
    child.birthDate = QDate::fromString(stmt.text(4), Qt::ISODate);
    child.cardCode = stmt.text(5);
    child.personality = stmt.text(6);
    child.hobbies = stmt.text(7);
    child.medical = stmt.text(8);
    child.hasPhoto = stmt.int64(9) != 0;
    return child;
}

} // namespace

QString contactRoleKey(Contact::Role role)
{
    switch (role) {
    case Contact::Role::Father:
        return QStringLiteral("father");
    case Contact::Role::Mother:
        return QStringLiteral("mother");
    case Contact::Role::Guardian:
        break;
    }
    return QStringLiteral("guardian");
}

Roster::Roster(Database &db, ChangeLog &log, const Clock &clock) : m_db(db), m_log(log), m_clock(clock) { }

QList<SchoolClass> Roster::classes() const
{
    QList<SchoolClass> result;
    Statement stmt = m_db.prepare("SELECT id, name, grade, sort_order FROM classes ORDER BY sort_order, name");
    while (stmt.step())
        result.append({stmt.text(0), stmt.text(1), int(stmt.int64(2)), int(stmt.int64(3))});
    return result;
}

QList<Child> Roster::childrenInClass(const QString &classId) const
{
    QList<Child> result;
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns
                                  + " FROM children WHERE class_id = ? AND active = 1 ORDER BY name");
    stmt.bind(1, classId);
    while (stmt.step())
        result.append(readChild(stmt));
    return result;
}

QList<Child> Roster::allChildren() const
{
    QList<Child> result;
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns
                                  + " FROM children WHERE active = 1 "
                                    "ORDER BY (SELECT sort_order FROM classes k WHERE k.id = class_id), name");
    while (stmt.step())
        result.append(readChild(stmt));
    return result;
}

std::optional<Child> Roster::child(const QString &childId) const
{
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns + " FROM children WHERE id = ?");
    stmt.bind(1, childId);
    if (!stmt.step())
        return std::nullopt;
    return readChild(stmt);
}

QList<Contact> Roster::contacts(const QString &childId) const
{
    QList<Contact> result;
    Statement stmt = m_db.prepare("SELECT id, child_id, role, name, relationship, phone, work_city, workplace, "
                                  "address, age, health FROM contacts WHERE child_id = ? ORDER BY role, name");
    stmt.bind(1, childId);
    while (stmt.step()) {
        Contact contact;
        contact.id = stmt.text(0);
        contact.childId = stmt.text(1);
        const QString role = stmt.text(2);
        contact.role = role == QLatin1String("father") ? Contact::Role::Father
            : role == QLatin1String("mother")          ? Contact::Role::Mother
                                                       : Contact::Role::Guardian;
        contact.name = stmt.text(3);
        contact.relationship = stmt.text(4);
        contact.phone = stmt.text(5);
        contact.workCity = stmt.text(6);
        contact.workplace = stmt.text(7);
        contact.address = stmt.text(8);
        contact.age = int(stmt.int64(9));
        contact.health = stmt.text(10);
        result.append(contact);
    }
    return result;
}

QByteArray Roster::photo(const QString &childId) const
{
    Statement stmt = m_db.prepare("SELECT photo FROM children WHERE id = ?");
    stmt.bind(1, childId);
    return stmt.step() ? stmt.blob(0) : QByteArray();
}

int Roster::childCount() const
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM children WHERE active = 1");
    stmt.step();
    return int(stmt.int64(0));
}

QString Roster::addClass(SchoolClass schoolClass)
{
    if (schoolClass.id.isEmpty())
        schoolClass.id = newId();
    m_db.prepare("INSERT INTO classes (id, name, grade, sort_order) VALUES (?, ?, ?, ?)")
        .bind(1, schoolClass.id)
        .bind(2, schoolClass.name)
        .bind(3, schoolClass.grade)
        .bind(4, schoolClass.sortOrder)
        .run();
    m_log.append("classes", schoolClass.id, ChangeLog::Op::Insert,
                 {{"name", schoolClass.name}, {"grade", schoolClass.grade}, {"sort_order", schoolClass.sortOrder}},
                 m_clock.nowMs());
    return schoolClass.id;
}

QString Roster::addChild(Child child, const QByteArray &photo)
{
    if (child.id.isEmpty())
        child.id = newId();
    const QString birth = child.birthDate.toString(Qt::ISODate);
    m_db.prepare("INSERT INTO children (id, class_id, name, gender, birth_date, photo, card_code, personality, "
                 "hobbies, medical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, child.id)
        .bind(2, child.classId)
        .bind(3, child.name)
        .bind(4, child.gender)
        .bind(5, birth)
        .bind(6, photo)
        .bind(7, child.cardCode.isEmpty() ? QString() : child.cardCode)
        .bind(8, child.personality)
        .bind(9, child.hobbies)
        .bind(10, child.medical)
        .run();
    // The photo travels by its hash here; the bytes are shipped separately by sync.
    const QString photoHash = photo.isEmpty()
        ? QString()
        : QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    m_log.append("children", child.id, ChangeLog::Op::Insert,
                 {{"class_id", child.classId},
                  {"name", child.name},
                  {"gender", child.gender},
                  {"birth_date", birth},
                  {"card_code", child.cardCode},
                  {"personality", child.personality},
                  {"hobbies", child.hobbies},
                  {"medical", child.medical},
                  {"photo_sha256", photoHash}},
                 m_clock.nowMs());
    return child.id;
}

std::optional<Child> Roster::childByCardCode(const QString &code) const
{
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns + " FROM children WHERE card_code = ?");
    stmt.bind(1, code);
    if (!stmt.step())
        return std::nullopt;
    return readChild(stmt);
}

std::optional<SchoolClass> Roster::classByName(const QString &name) const
{
    for (const SchoolClass &schoolClass : classes()) {
        if (schoolClass.name == name)
            return schoolClass;
    }
    return std::nullopt;
}

void Roster::updateChild(const Child &child)
{
    const QString birth = child.birthDate.toString(Qt::ISODate);
    m_db.prepare("UPDATE children SET class_id = ?, name = ?, gender = ?, birth_date = ?, card_code = ?, "
                 "personality = ?, hobbies = ?, medical = ? WHERE id = ?")
        .bind(1, child.classId)
        .bind(2, child.name)
        .bind(3, child.gender)
        .bind(4, birth)
        .bind(5, child.cardCode.isEmpty() ? QString() : child.cardCode)
        .bind(6, child.personality)
        .bind(7, child.hobbies)
        .bind(8, child.medical)
        .bind(9, child.id)
        .run();
    m_log.append("children", child.id, ChangeLog::Op::Update,
                 {{"class_id", child.classId},
                  {"name", child.name},
                  {"gender", child.gender},
                  {"birth_date", birth},
                  {"card_code", child.cardCode},
                  {"personality", child.personality},
                  {"hobbies", child.hobbies},
                  {"medical", child.medical}},
                 m_clock.nowMs());
}

void Roster::replaceContacts(const QString &childId, const QList<Contact> &contacts)
{
    QList<Contact> old = this->contacts(childId);
    for (Contact contact : contacts) {
        contact.childId = childId;
        auto same = std::find_if(old.begin(), old.end(), [&](const Contact &existing) {
            return existing.role == contact.role && existing.name == contact.name;
        });
        if (same == old.end()) {
            contact.id.clear();
            addContact(contact);
            continue;
        }
        contact.id = same->id;
        old.erase(same);
        m_db.prepare("UPDATE contacts SET relationship = ?, phone = ?, work_city = ?, workplace = ?, address = ?, "
                     "age = ?, health = ? WHERE id = ?")
            .bind(1, contact.relationship)
            .bind(2, contact.phone)
            .bind(3, contact.workCity)
            .bind(4, contact.workplace)
            .bind(5, contact.address)
            .bind(6, contact.age)
            .bind(7, contact.health)
            .bind(8, contact.id)
            .run();
        m_log.append("contacts", contact.id, ChangeLog::Op::Update,
                     {{"child_id", childId},
                      {"role", contactRoleKey(contact.role)},
                      {"name", contact.name},
                      {"relationship", contact.relationship},
                      {"phone", contact.phone},
                      {"work_city", contact.workCity},
                      {"workplace", contact.workplace},
                      {"address", contact.address},
                      {"age", contact.age},
                      {"health", contact.health}},
                     m_clock.nowMs());
    }
    for (const Contact &gone : std::as_const(old)) {
        m_db.prepare("DELETE FROM contacts WHERE id = ?").bind(1, gone.id).run();
        m_log.append("contacts", gone.id, ChangeLog::Op::Delete, {{"child_id", childId}}, m_clock.nowMs());
    }
}

QString Roster::addContact(Contact contact)
{
    if (contact.id.isEmpty())
        contact.id = newId();
    const QString role = contactRoleKey(contact.role);
    m_db.prepare("INSERT INTO contacts (id, child_id, role, name, relationship, phone, work_city, workplace, "
                 "address, age, health) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, contact.id)
        .bind(2, contact.childId)
        .bind(3, role)
        .bind(4, contact.name)
        .bind(5, contact.relationship)
        .bind(6, contact.phone)
        .bind(7, contact.workCity)
        .bind(8, contact.workplace)
        .bind(9, contact.address)
        .bind(10, contact.age)
        .bind(11, contact.health)
        .run();
    m_log.append("contacts", contact.id, ChangeLog::Op::Insert,
                 {{"child_id", contact.childId},
                  {"role", role},
                  {"name", contact.name},
                  {"relationship", contact.relationship},
                  {"phone", contact.phone},
                  {"work_city", contact.workCity},
                  {"workplace", contact.workplace},
                  {"address", contact.address},
                  {"age", contact.age},
                  {"health", contact.health}},
                 m_clock.nowMs());
    return contact.id;
}

} // namespace qq
