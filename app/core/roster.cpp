#include "roster.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"
#include "ids.h"
#include "pinyin.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace qq {
namespace {

constexpr const char *kChildColumns = "id, class_id, name, gender, birth_date, card_code, personality, hobbies, "
                                      "medical, photo IS NOT NULL, active";

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
    child.active = stmt.int64(10) != 0;
    return child;
}

Contact readContact(const Statement &stmt)
{
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
    contact.videoAccount = stmt.text(11);
    return contact;
}

constexpr const char *kContactColumns =
    "id, child_id, role, name, relationship, phone, work_city, workplace, address, age, health, video_account";

bool sameFields(const Child &a, const Child &b)
{
    return a.classId == b.classId && a.name == b.name && a.gender == b.gender && a.birthDate == b.birthDate
        && a.cardCode == b.cardCode && a.personality == b.personality && a.hobbies == b.hobbies
        && a.medical == b.medical;
}

bool sameFields(const Contact &a, const Contact &b)
{
    return a.role == b.role && a.name == b.name && a.relationship == b.relationship && a.phone == b.phone
        && a.workCity == b.workCity && a.workplace == b.workplace && a.address == b.address && a.age == b.age
        && a.health == b.health && a.videoAccount == b.videoAccount;
}

qsizetype characterCount(const QString &text)
{
    return text.size() - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

} // namespace

RosterError::RosterError(Reason reason, QString message)
    : StorageException(
        {StorageErrorKind::Constraint, QStringLiteral("roster edit refused (reason %1)").arg(int(reason))}),
      m_reason(reason),
      m_message(std::move(message))
{
}

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

void sortChildrenByName(QList<Child> &children)
{
    const Pinyin &pinyin = Pinyin::instance();
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(children.size());
    for (qsizetype i = 0; i < children.size(); ++i)
        keys.append({pinyin.sortKey(children.at(i).name), i});
    std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        const int byPinyin = a.first.compare(b.first);
        return byPinyin != 0 ? byPinyin < 0 : children.at(a.second).name < children.at(b.second).name;
    });
    QList<Child> sorted;
    sorted.reserve(children.size());
    for (const auto &key : std::as_const(keys))
        sorted.append(children.at(key.second));
    children = sorted;
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
    sortChildrenByName(result);
    return result;
}

QList<Child> Roster::allChildren() const
{
    QList<Child> result;
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns
                                  + " FROM children WHERE active = 1 "
                                    "ORDER BY (SELECT sort_order FROM classes k WHERE k.id = class_id), "
                                    "(SELECT name FROM classes k WHERE k.id = class_id), name");
    while (stmt.step())
        result.append(readChild(stmt));
    // Class by class as SQL gave them, each class by pinyin.
    for (qsizetype begin = 0; begin < result.size();) {
        qsizetype end = begin;
        while (end < result.size() && result.at(end).classId == result.at(begin).classId)
            ++end;
        QList<Child> inClass = result.mid(begin, end - begin);
        sortChildrenByName(inClass);
        std::copy(inClass.begin(), inClass.end(), result.begin() + begin);
        begin = end;
    }
    return result;
}

QList<Child> Roster::allChildrenIncludingInactive() const
{
    QList<Child> result;
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns + " FROM children ORDER BY id");
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
    Statement stmt =
        m_db.prepare(QByteArray("SELECT ") + kContactColumns + " FROM contacts WHERE child_id = ? ORDER BY role, name");
    stmt.bind(1, childId);
    while (stmt.step())
        result.append(readContact(stmt));
    return result;
}

QList<Contact> Roster::allContacts() const
{
    QList<Contact> result;
    Statement stmt =
        m_db.prepare(QByteArray("SELECT ") + kContactColumns + " FROM contacts ORDER BY child_id, role, name, id");
    while (stmt.step())
        result.append(readContact(stmt));
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
    m_log.appendRow("classes", schoolClass.id, ChangeLog::Op::Insert, m_clock.nowMs());
    return schoolClass.id;
}

QString Roster::addChild(Child child, const QByteArray &photo)
{
    if (child.id.isEmpty())
        child.id = newId();
    child.cardCode = normalizeCardCode(child.cardCode);
    checkCardCodeFree(child.cardCode, child.id);
    m_db.prepare("INSERT INTO children (id, class_id, name, gender, birth_date, photo, card_code, personality, "
                 "hobbies, medical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, child.id)
        .bind(2, child.classId)
        .bind(3, child.name)
        .bind(4, child.gender)
        .bind(5, child.birthDate.toString(Qt::ISODate))
        .bind(6, photo)
        .bind(7, child.cardCode.isEmpty() ? QString() : child.cardCode)
        .bind(8, child.personality)
        .bind(9, child.hobbies)
        .bind(10, child.medical)
        .run();
    m_log.appendRow("children", child.id, ChangeLog::Op::Insert, m_clock.nowMs());
    return child.id;
}

std::optional<Child> Roster::childByCardCode(const QString &code) const
{
    const QString normalized = normalizeCardCode(code);
    if (normalized.isEmpty())
        return std::nullopt;
    Statement stmt = m_db.prepare(QByteArray("SELECT ") + kChildColumns + " FROM children WHERE card_code = ?");
    stmt.bind(1, normalized);
    if (!stmt.step())
        return std::nullopt;
    return readChild(stmt);
}

std::optional<SchoolClass> Roster::classByName(const QString &name) const
{
    Statement stmt = m_db.prepare("SELECT id, name, grade, sort_order FROM classes WHERE name = ? "
                                  "ORDER BY sort_order LIMIT 1");
    stmt.bind(1, name.trimmed());
    if (!stmt.step())
        return std::nullopt;
    return SchoolClass{stmt.text(0), stmt.text(1), int(stmt.int64(2)), int(stmt.int64(3))};
}

QStringList Roster::validate(const Child &child, QDate today)
{
    QStringList problems;
    const QString name = child.name.trimmed();
    if (name.isEmpty())
        problems.append(QCoreApplication::translate("Roster", "The name is empty."));
    else if (characterCount(name) > kMaxNameLength)
        problems.append(
            QCoreApplication::translate("Roster", "The name is longer than %1 characters.").arg(kMaxNameLength));
    if (child.gender != QLatin1String("F") && child.gender != QLatin1String("M"))
        problems.append(QCoreApplication::translate("Roster", "Choose girl or boy."));
    if (!child.birthDate.isValid())
        problems.append(QCoreApplication::translate("Roster", "The birth date is missing."));
    else if (today.isValid() && !isPlausibleBirthDate(child.birthDate, today))
        problems.append(QCoreApplication::translate(
                            "Roster", "A pupil is between %1 and %2 years old; the birth date %3 does not fit.")
                            .arg(kMinAge)
                            .arg(kMaxAge)
                            .arg(child.birthDate.toString(Qt::ISODate)));
    return problems;
}

bool Roster::isPlausibleBirthDate(QDate birthDate, QDate today)
{
    // Aged kMinAge to kMaxAge in whole years: born on or before the day that
    // makes them kMinAge, and after the one that would make them kMaxAge + 1.
    return birthDate.isValid() && birthDate <= today.addYears(-kMinAge) && birthDate > today.addYears(-kMaxAge - 1);
}

QString Roster::normalizeCardCode(const QString &code)
{
    QString normalized = code.normalized(QString::NormalizationForm_KC);
    normalized.removeIf([](QChar c) { return c.isSpace(); });
    return normalized.toUpper();
}

bool Roster::saysWhoItIs(const Contact &contact)
{
    return !contact.name.trimmed().isEmpty() || contact.role != Contact::Role::Guardian
        || !contact.relationship.trimmed().isEmpty() || !contact.phone.trimmed().isEmpty();
}

Child Roster::requireChild(const QString &childId) const
{
    std::optional<Child> found = child(childId);
    if (!found)
        throw RosterError(RosterError::Reason::UnknownChild,
                          QCoreApplication::translate("Roster", "This child is not on the roster."));
    return *found;
}

void Roster::checkCardCodeFree(const QString &cardCode, const QString &childId) const
{
    if (cardCode.isEmpty())
        return;
    const std::optional<Child> holder = childByCardCode(cardCode);
    if (holder && holder->id != childId)
        throw RosterError(
            RosterError::Reason::CardCodeTaken,
            QCoreApplication::translate("Roster", "The card %1 belongs to %2 already. Nothing was changed.")
                .arg(cardCode, holder->name));
}

void Roster::updateChild(const Child &child)
{
    const Child old = requireChild(child.id);
    if (const QStringList problems = validate(child); !problems.isEmpty())
        throw RosterError(RosterError::Reason::Invalid, problems.join(QLatin1Char(' ')));
    Statement classStmt = m_db.prepare("SELECT 1 FROM classes WHERE id = ?");
    classStmt.bind(1, child.classId);
    if (!classStmt.step())
        throw RosterError(RosterError::Reason::UnknownClass,
                          QCoreApplication::translate("Roster", "This class is not on the roster."));
    Child updated = child;
    updated.name = child.name.trimmed();
    updated.cardCode = normalizeCardCode(child.cardCode);
    checkCardCodeFree(updated.cardCode, updated.id);
    if (sameFields(updated, old))
        return;
    const QJsonObject before = m_log.rowImage("children", updated.id);
    m_db.prepare("UPDATE children SET class_id = ?, name = ?, gender = ?, birth_date = ?, card_code = ?, "
                 "personality = ?, hobbies = ?, medical = ? WHERE id = ?")
        .bind(1, updated.classId)
        .bind(2, updated.name)
        .bind(3, updated.gender)
        .bind(4, updated.birthDate.toString(Qt::ISODate))
        .bind(5, updated.cardCode.isEmpty() ? QString() : updated.cardCode)
        .bind(6, updated.personality)
        .bind(7, updated.hobbies)
        .bind(8, updated.medical)
        .bind(9, updated.id)
        .run();
    m_log.appendChanges("children", updated.id, before, m_clock.nowMs());
}

std::optional<GuardianConsent> Roster::consent(const QString &childId) const
{
    Statement stmt =
        m_db.prepare("SELECT given_by, given_on, notice, photo, voice FROM guardian_consents WHERE child_id = ?");
    stmt.bind(1, childId);
    if (!stmt.step())
        return std::nullopt;
    GuardianConsent consent;
    consent.childId = childId;
    consent.givenBy = stmt.text(0);
    consent.givenOn = QDate::fromString(stmt.text(1), Qt::ISODate);
    consent.notice = stmt.text(2);
    consent.photo = stmt.int64(3) != 0;
    consent.voice = stmt.int64(4) != 0;
    return consent;
}

int Roster::countWithoutConsent() const
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM children c WHERE c.active = 1 AND NOT EXISTS "
                                  "(SELECT 1 FROM guardian_consents g WHERE g.child_id = c.id)");
    stmt.step();
    return int(stmt.int64(0));
}

void Roster::setConsent(const GuardianConsent &consent, QDate today)
{
    requireChild(consent.childId);
    if (consent.givenBy.trimmed().isEmpty() || consent.givenBy.size() > 64)
        throw RosterError(RosterError::Reason::Invalid,
                          QCoreApplication::translate("Roster", "Write who gave the consent."));
    if (!consent.givenOn.isValid() || (today.isValid() && consent.givenOn > today))
        throw RosterError(RosterError::Reason::Invalid,
                          QCoreApplication::translate("Roster", "The day of the consent cannot be in the future."));
    const QJsonObject before = m_log.rowImage("guardian_consents", consent.childId);
    m_db.prepare("INSERT INTO guardian_consents (child_id, given_by, given_on, notice, photo, voice, recorded_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(child_id) DO UPDATE SET given_by = excluded.given_by, "
                 "given_on = excluded.given_on, notice = excluded.notice, photo = excluded.photo, "
                 "voice = excluded.voice, recorded_at = excluded.recorded_at")
        .bind(1, consent.childId)
        .bind(2, consent.givenBy.trimmed())
        .bind(3, consent.givenOn.toString(Qt::ISODate))
        .bind(4, consent.notice)
        .bind(5, consent.photo ? 1 : 0)
        .bind(6, consent.voice ? 1 : 0)
        .bind(7, m_clock.nowMs() - m_clock.nowMs() % (24LL * 3600 * 1000))
        .run();
    if (before.isEmpty())
        m_log.appendRow("guardian_consents", consent.childId, ChangeLog::Op::Insert, m_clock.nowMs());
    else
        m_log.appendChanges("guardian_consents", consent.childId, before, m_clock.nowMs());
}

void Roster::setPhoto(const QString &childId, const QByteArray &jpeg)
{
    requireChild(childId);
    m_db.prepare("UPDATE children SET photo = ? WHERE id = ?")
        .bind(1, jpeg.isEmpty() ? QByteArray() : jpeg) // NULL: no photo
        .bind(2, childId)
        .run();
    m_log.appendRow("children", childId, ChangeLog::Op::Update, m_clock.nowMs(), {"photo"});
}

void Roster::setActive(const QString &childId, bool active)
{
    if (requireChild(childId).active == active)
        return;
    m_db.prepare("UPDATE children SET active = ? WHERE id = ?").bind(1, active ? 1 : 0).bind(2, childId).run();
    m_log.appendRow("children", childId, ChangeLog::Op::Update, m_clock.nowMs(), {"active"});
}

void Roster::replaceContacts(const QString &childId, const QList<Contact> &contacts)
{
    requireChild(childId);
    for (const Contact &contact : contacts) {
        if (!saysWhoItIs(contact))
            throw RosterError(
                RosterError::Reason::Invalid,
                QCoreApplication::translate("Roster", "Each guardian needs a name, a relationship or a phone."));
    }
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
        const bool unchanged = sameFields(contact, *same);
        old.erase(same);
        if (unchanged)
            continue;
        const QJsonObject before = m_log.rowImage("contacts", contact.id);
        m_db.prepare("UPDATE contacts SET relationship = ?, phone = ?, work_city = ?, workplace = ?, address = ?, "
                     "age = ?, health = ?, video_account = ? WHERE id = ?")
            .bind(1, contact.relationship)
            .bind(2, contact.phone)
            .bind(3, contact.workCity)
            .bind(4, contact.workplace)
            .bind(5, contact.address)
            .bind(6, contact.age)
            .bind(7, contact.health)
            .bind(8, contact.videoAccount)
            .bind(9, contact.id)
            .run();
        m_log.appendChanges("contacts", contact.id, before, m_clock.nowMs());
    }
    for (const Contact &gone : std::as_const(old)) {
        // When they can answer goes with them; their past calls stay in the log.
        Statement windows = m_db.prepare("SELECT id FROM contact_windows WHERE contact_id = ?");
        windows.bind(1, gone.id);
        QStringList windowIds;
        while (windows.step())
            windowIds.append(windows.text(0));
        for (const QString &windowId : std::as_const(windowIds)) {
            m_db.prepare("DELETE FROM contact_windows WHERE id = ?").bind(1, windowId).run();
            m_log.appendRow("contact_windows", windowId, ChangeLog::Op::Delete, m_clock.nowMs());
        }
        m_db.prepare("DELETE FROM contacts WHERE id = ?").bind(1, gone.id).run();
        m_log.appendRow("contacts", gone.id, ChangeLog::Op::Delete, m_clock.nowMs());
    }
}

QString Roster::addContact(Contact contact)
{
    if (contact.id.isEmpty())
        contact.id = newId();
    m_db.prepare("INSERT INTO contacts (id, child_id, role, name, relationship, phone, work_city, workplace, "
                 "address, age, health, video_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, contact.id)
        .bind(2, contact.childId)
        .bind(3, contactRoleKey(contact.role))
        .bind(4, contact.name.isNull() ? QString(QLatin1String("")) : contact.name) // "": a father known by his role
        .bind(5, contact.relationship)
        .bind(6, contact.phone)
        .bind(7, contact.workCity)
        .bind(8, contact.workplace)
        .bind(9, contact.address)
        .bind(10, contact.age)
        .bind(11, contact.health)
        .bind(12, contact.videoAccount)
        .run();
    m_log.appendRow("contacts", contact.id, ChangeLog::Op::Insert, m_clock.nowMs());
    return contact.id;
}

} // namespace qq
