#include "roster_import_rows.h"

#include "card_code.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace qq::ImportRows {

using namespace RosterSheet;

namespace {

bool looksLikeKioskId(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

bool sameChild(const Child &a, const Child &b)
{
    return a.name == b.name && a.gender == b.gender && a.birthDate == b.birthDate && a.classId == b.classId
        && a.cardCode == b.cardCode && a.personality == b.personality && a.hobbies == b.hobbies
        && a.medical == b.medical && a.active == b.active;
}

bool sameContacts(const QList<Contact> &a, const QList<Contact> &b)
{
    auto keys = [](const QList<Contact> &contacts) {
        QStringList list;
        for (const Contact &c : contacts)
            list.append(QStringList{contactRoleKey(c.role), c.name, c.relationship, c.phone, c.workCity, c.workplace,
                                    c.address, QString::number(c.age), c.health}
                            .join(QChar(0x1F)));
        list.sort();
        return list;
    };
    return keys(a) == keys(b);
}

QString lostCharacterWarning(const QString &column, const QString &name)
{
    return QCoreApplication::translate("RosterImport",
                                       "%1 \"%2\" has a ? where the spreadsheet could not save a rare character. It "
                                       "is imported as written: type the name on the kiosk, in the child's file.")
        .arg(column, name);
}

} // namespace

// For the teacher reading the preview: what is wrong with the cell and what to do.
QString cardCodeProblem(const QString &column, const QString &value, CardCodeProblem problem)
{
    switch (problem) {
    case CardCodeProblem::BadCheck:
        return QCoreApplication::translate("RosterImport",
                                           "%1 \"%2\" looks like a Qinqing card with one character wrong. Copy the "
                                           "code again from the card, or empty the cell and make a new card on the "
                                           "kiosk.")
            .arg(column, value);
    case CardCodeProblem::TooShort:
        return QCoreApplication::translate("RosterImport",
                                           "%1 \"%2\" is too short for a card number (at least 4 characters). Is "
                                           "this the right column? Empty the cell if the child has no card.")
            .arg(column, value);
    case CardCodeProblem::TooLong:
        return QCoreApplication::translate("RosterImport",
                                           "%1 \"%2\" is longer than 32 characters, too long for a card number. Is "
                                           "this the right column?")
            .arg(column, value.left(40));
    case CardCodeProblem::NotAscii:
    case CardCodeProblem::Garbage:
        return QCoreApplication::translate("RosterImport",
                                           "%1 \"%2\" has characters a card scanner cannot send (only letters, "
                                           "digits and signs such as - or _). Type the card number again.")
            .arg(column, value.left(40));
    case CardCodeProblem::NotOurs:
        return QCoreApplication::translate("RosterImport",
                                           "%1 \"%2\" is a book's barcode or a web address, not a card number. "
                                           "Empty the cell or type the child's card number.")
            .arg(column, value.left(40));
    case CardCodeProblem::None:
    case CardCodeProblem::Empty:
        break;
    }
    return {};
}

QString nameAndBirthKey(const QString &name, QDate birth)
{
    return name + QChar(0x1F) + birth.toString(Qt::ISODate);
}

RosterSnapshot loadSnapshot(const Roster &roster)
{
    RosterSnapshot snapshot;
    QCryptographicHash stamp(QCryptographicHash::Sha256);
    auto add = [&](const QString &text) {
        stamp.addData(text.toUtf8());
        stamp.addData(QByteArrayView("\x1F", 1));
    };
    snapshot.classes = roster.classes();
    for (const SchoolClass &schoolClass : std::as_const(snapshot.classes)) {
        snapshot.classIdByKey.insert(classKey(schoolClass.name), schoolClass.id);
        snapshot.classNameById.insert(schoolClass.id, schoolClass.name);
        for (const QString &text : {schoolClass.id, schoolClass.name, QString::number(schoolClass.grade),
                                    QString::number(schoolClass.sortOrder)})
            add(text);
    }
    snapshot.children = roster.allChildrenIncludingInactive();
    for (qsizetype i = 0; i < snapshot.children.size(); ++i) {
        const Child &child = snapshot.children.at(i);
        snapshot.byId.insert(child.id, i);
        if (!child.cardCode.isEmpty())
            snapshot.byCard.insert(child.cardCode, i);
        if (child.active)
            snapshot.byNameAndBirth.insert(nameAndBirthKey(child.name, child.birthDate), i);
        // The photo is left out: a new photo does not make a preview stale.
        for (const QString &text :
             {child.id, child.classId, child.name, child.gender, child.birthDate.toString(Qt::ISODate), child.cardCode,
              child.personality, child.hobbies, child.medical, QString::number(child.active)})
            add(text);
    }
    for (const Contact &contact : roster.allContacts()) {
        snapshot.contacts[contact.childId].append(contact);
        for (const QString &text : {contact.id, contact.childId, contactRoleKey(contact.role), contact.name,
                                    contact.relationship, contact.phone, contact.workCity, contact.workplace,
                                    contact.address, QString::number(contact.age), contact.health})
            add(text);
    }
    snapshot.stamp = stamp.result();
    return snapshot;
}

QString lineList(const QList<int> &lines, int except)
{
    QStringList text;
    for (int line : lines) {
        if (line != except)
            text.append(QString::number(line));
    }
    return text.join(u"、"_qs);
}

FileRow RowBuilder::read(const CsvRecord &record) const
{
    FileRow file;
    ImportRow &row = file.row;
    QStringList &errors = row.errors;
    row.line = record.line;
    if (record.problem == CsvRecord::Problem::TooLong) {
        errors.append(QCoreApplication::translate("RosterImport",
                                                  "This line is far too long (over 64 KB); is it really one child?"));
        return file;
    }
    if (record.problem == CsvRecord::Problem::UnclosedQuote)
        errors.append(QCoreApplication::translate(
            "RosterImport",
            "A quote (\") opened on this line is never closed, so the rest of the file became one "
            "cell."));
    if (record.cells.size() > m_header.written.size())
        errors.append(QCoreApplication::translate("RosterImport",
                                                  "%1 cells, but the header has %2 columns. A cell may hold a comma: "
                                                  "check this line in the spreadsheet.")
                          .arg(record.cells.size())
                          .arg(m_header.written.size()));

    Child &child = file.fromFile;
    const QString name = cell(record, Field::Name);
    child.name = cleanName(name);
    if (child.name.isEmpty())
        errors.append(QCoreApplication::translate("RosterImport", "%1 is empty. Type the child's name.")
                          .arg(m_header.title(Field::Name)));
    else if (characterCount(child.name) > Roster::kMaxNameLength)
        errors.append(
            QCoreApplication::translate("RosterImport", "%1 is longer than 32 characters. Is this the right column?")
                .arg(m_header.title(Field::Name)));
    else if (hasLostCharacter(child.name))
        row.warnings.append(lostCharacterWarning(m_header.title(Field::Name), child.name));

    const QString gender = cell(record, Field::Gender);
    child.gender = parseGender(gender);
    if (gender.isEmpty())
        errors.append(QCoreApplication::translate("RosterImport", "%1 is empty. Type 男 or 女.")
                          .arg(m_header.title(Field::Gender)));
    else if (child.gender.isEmpty())
        errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" should be 男 or 女.")
                          .arg(m_header.title(Field::Gender), gender));

    const QString birth = cell(record, Field::BirthDate);
    DateReading reading = DateReading::Plain;
    child.birthDate = parseDate(birth, &reading);
    if (birth.isEmpty())
        errors.append(QCoreApplication::translate("RosterImport", "%1 is empty. Type the birth date, e.g. 2015-03-07.")
                          .arg(m_header.title(Field::BirthDate)));
    else if (reading == DateReading::YearMonthOnly)
        errors.append(QCoreApplication::translate("RosterImport",
                                                  "%1 \"%2\" has the year and month but not the day. Type the whole "
                                                  "birth date, e.g. 2015-03-07: the birthday is celebrated on that "
                                                  "day.")
                          .arg(m_header.title(Field::BirthDate), birth));
    else if (!child.birthDate.isValid())
        errors.append(QCoreApplication::translate("RosterImport",
                                                  "%1 \"%2\" is not a date the kiosk can read. Type it year first, "
                                                  "e.g. 2015-03-07.")
                          .arg(m_header.title(Field::BirthDate), birth));
    else if (!Roster::isPlausibleBirthDate(child.birthDate, m_today))
        errors.append(QCoreApplication::translate("RosterImport",
                                                  "%1 \"%2\": a pupil is between 3 and 20 years old. Check the "
                                                  "year.")
                          .arg(m_header.title(Field::BirthDate), birth));
    else if (reading == DateReading::MonthFirst)
        row.warnings.append(QCoreApplication::translate("RosterImport",
                                                        "%1 \"%2\" was read as %3 (month/day/year, as an English "
                                                        "Excel writes it). If the day comes first in this file, "
                                                        "correct the date before importing.")
                                .arg(m_header.title(Field::BirthDate), birth, child.birthDate.toString(Qt::ISODate)));

    // 年级 and 班级 in two columns: grade 3's 2班 is not grade 4's.
    row.className = m_header.has(Field::Grade)
        ? mergeGradeAndClass(cell(record, Field::Grade), cell(record, Field::Class))
        : cell(record, Field::Class);
    file.classKey = classKey(row.className);
    if (row.className.isEmpty())
        errors.append(QCoreApplication::translate("RosterImport", "%1 is empty. Type the child's class.")
                          .arg(m_header.title(Field::Class)));
    else if (characterCount(row.className) > Roster::kMaxNameLength)
        errors.append(
            QCoreApplication::translate("RosterImport", "%1 is longer than 32 characters. Is this the right column?")
                .arg(m_header.title(Field::Class)));
    child.classId = m_roster.classIdByKey.value(file.classKey);

    const QString card = cell(record, Field::CardCode);
    child.cardCode = Roster::normalizeCardCode(card);
    // Qinqing's own codes, or the school's own card numbers: both sign in.
    if (!card.isEmpty() && isScientificNumber(card))
        errors.append(QCoreApplication::translate(
                          "RosterImport",
                          "%1 \"%2\" was shortened by the spreadsheet. Format the column as text, type the number "
                          "again and save.")
                          .arg(m_header.title(Field::CardCode), card));
    else if (const CardCodeCheck check = checkAnyCardCode(child.cardCode); !child.cardCode.isEmpty() && !check.ok)
        errors.append(cardCodeProblem(m_header.title(Field::CardCode), card, check.problem));
    child.personality = cell(record, Field::Personality);
    child.hobbies = cell(record, Field::Hobbies);
    child.medical = cell(record, Field::Medical);
    file.id = cell(record, Field::Id);

    for (size_t r = 0; r < kRoles.size(); ++r) {
        Contact &contact = file.contacts[r];
        readContact(record, kRoles[r], contact, errors);
        if (hasLostCharacter(contact.name))
            row.warnings.append(lostCharacterWarning(m_header.title(kRoles[r].name), contact.name));
    }
    return file;
}

void RowBuilder::readContact(const CsvRecord &record, const RoleColumns &columns, Contact &contact,
                             QStringList &errors) const
{
    contact.role = columns.role;
    contact.name = cleanName(cell(record, columns.name));
    contact.phone = folded(cell(record, columns.phone));
    contact.workCity = cell(record, columns.city);
    // 外出务工地点: where the parents this row names work.
    if (columns.role != Contact::Role::Guardian && !m_header.has(columns.city)
        && !(contact.name + contact.phone).isEmpty())
        contact.workCity = cell(record, Field::ParentsCity);
    contact.workplace = cell(record, columns.workplace);
    contact.relationship = cell(record, columns.relationship);
    contact.address = cell(record, columns.address);
    contact.health = cell(record, columns.health);
    if (!contact.phone.isEmpty() && isScientificNumber(contact.phone)) {
        errors.append(QCoreApplication::translate(
                          "RosterImport",
                          "%1 \"%2\" was shortened by the spreadsheet. Format the column as text, type the number "
                          "again and save.")
                          .arg(m_header.title(columns.phone), contact.phone));
    } else if (!contact.phone.isEmpty() && !isPhone(contact.phone)) {
        errors.append(QCoreApplication::translate("RosterImport",
                                                  "%1 \"%2\" is not a phone number. Type digits only, like 138 "
                                                  "0000 0000, or empty the cell.")
                          .arg(m_header.title(columns.phone), contact.phone));
    }
    QString age = folded(cell(record, columns.age));
    if (!age.isEmpty()) {
        if (age.endsWith(u'岁'))
            age.chop(1);
        bool ok = false;
        contact.age = age.toInt(&ok);
        if (!ok || contact.age < 10 || contact.age > 120) {
            errors.append(QCoreApplication::translate("RosterImport",
                                                      "%1 \"%2\" is not an age. Type a number such as 65, or empty "
                                                      "the cell.")
                              .arg(m_header.title(columns.age), cell(record, columns.age)));
            contact.age = 0;
        }
    }
}

qsizetype RowBuilder::match(FileRow &file, QStringList &ignoredIds) const
{
    QStringList &errors = file.row.errors;
    const Child &fromFile = file.fromFile;
    qsizetype matched = -1;
    if (!file.id.isEmpty()) {
        matched = m_roster.byId.value(file.id, -1);
        if (matched < 0 && looksLikeKioskId(file.id)) {
            errors.append(QCoreApplication::translate("RosterImport",
                                                      "%1 \"%2\" is not on the roster; leave it empty for a new child.")
                              .arg(m_header.title(Field::Id), file.id));
            return -1;
        }
        if (matched < 0)
            ignoredIds.append(file.id); // a school's own numbering (1, 2, 3…), not ours
    }
    const QString nameKey = nameAndBirthKey(fromFile.name, fromFile.birthDate);
    const qsizetype cardHolder = fromFile.cardCode.isEmpty() ? -1 : m_roster.byCard.value(fromFile.cardCode, -1);
    if (matched < 0 && cardHolder >= 0) {
        matched = cardHolder;
        // A card typed into the wrong row: the name and birth date are another child's.
        const Child &holder = m_roster.children.at(cardHolder);
        const bool samePerson = holder.name == fromFile.name && holder.birthDate == fromFile.birthDate;
        if (!samePerson && m_roster.byNameAndBirth.contains(nameKey))
            errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" belongs to %3 already.")
                              .arg(m_header.title(Field::CardCode), fromFile.cardCode, describe(holder)));
    }
    if (matched < 0 && fromFile.birthDate.isValid() && !fromFile.name.isEmpty()) {
        const QList<qsizetype> sameNameAndBirth = m_roster.byNameAndBirth.values(nameKey);
        QList<qsizetype> inClass;
        for (qsizetype i : sameNameAndBirth) {
            if (m_roster.children.at(i).classId == fromFile.classId && !fromFile.classId.isEmpty())
                inClass.append(i);
        }
        // Same class first; another class only when the child is the only one
        // of that name and birth date (moved up a grade, or to another class).
        const QList<qsizetype> &candidates = inClass.isEmpty() ? sameNameAndBirth : inClass;
        if (candidates.size() == 1)
            matched = candidates.first();
        else if (candidates.size() > 1)
            errors.append(QCoreApplication::translate(
                              "RosterImport",
                              "Several children on the roster are called %1 and were born on %2. Add the %3 column "
                              "from an export of the roster to tell them apart.")
                              .arg(fromFile.name, fromFile.birthDate.toString(Qt::ISODate), m_header.title(Field::Id)));
    }
    if (matched >= 0 && cardHolder >= 0 && cardHolder != matched)
        errors.append(
            QCoreApplication::translate("RosterImport", "%1 \"%2\" belongs to %3 already.")
                .arg(m_header.title(Field::CardCode), fromFile.cardCode, describe(m_roster.children.at(cardHolder))));
    return matched;
}

// The row as it will be written: the file's fields over the matched child's.
void RowBuilder::finish(FileRow &file, qsizetype matched) const
{
    ImportRow &row = file.row;
    const Child &fromFile = file.fromFile;
    if (matched < 0) {
        row.child = fromFile;
    } else {
        const Child &existing = m_roster.children.at(matched);
        Child &child = row.child;
        child = existing;
        child.name = fromFile.name;
        child.gender = fromFile.gender;
        child.birthDate = fromFile.birthDate;
        child.classId = fromFile.classId;
        child.active = true;
        if (!fromFile.cardCode.isEmpty())
            child.cardCode = fromFile.cardCode;
        if (m_header.has(Field::Personality))
            child.personality = fromFile.personality;
        if (m_header.has(Field::Hobbies))
            child.hobbies = fromFile.hobbies;
        if (m_header.has(Field::Medical))
            child.medical = fromFile.medical;
    }

    // Contacts, role by role: a role the file has no column for stays as it
    // is; otherwise the file's person replaces the role's, keeping what the
    // file has no column for (the parents' age, say).
    const QList<Contact> existingContacts =
        matched < 0 ? QList<Contact>{} : m_roster.contacts.value(m_roster.children.at(matched).id);
    QList<Contact> merged;
    for (size_t r = 0; r < kRoles.size(); ++r) {
        const RoleColumns &columns = kRoles[r];
        QList<Contact> ofRole;
        for (const Contact &contact : existingContacts) {
            if (contact.role == columns.role)
                ofRole.append(contact);
        }
        const std::array detailColumns{columns.phone,   columns.city, columns.workplace, columns.relationship,
                                       columns.address, columns.age,  columns.health};
        const bool roleInFile = m_header.has(columns.name)
            || std::any_of(detailColumns.begin(), detailColumns.end(), [&](Field f) { return m_header.has(f); });
        if (!roleInFile) {
            merged.append(ofRole);
            continue;
        }
        const Contact &fromRow = file.contacts[r];
        QString name = fromRow.name;
        if (!m_header.has(columns.name) && ofRole.size() == 1)
            name = ofRole.first().name; // the file changes details of the one person it cannot name
        const bool details = !(fromRow.phone + fromRow.workCity + fromRow.workplace + fromRow.relationship
                               + fromRow.address + fromRow.health)
                                  .isEmpty()
            || fromRow.age != 0;
        if (name.isEmpty()) {
            Contact unnamed = fromRow;
            unnamed.name.clear();
            // 父亲电话 without 父亲姓名 is the father's phone: the role says who.
            if (!details)
                continue;
            if (!Roster::saysWhoItIs(unnamed)) {
                if (!m_header.has(columns.name) && !m_header.has(columns.relationship) && !m_header.has(columns.phone))
                    continue; // the file cannot say whose address it is: one warning for the file (preview)
                row.errors.append(QCoreApplication::translate("RosterImport",
                                                              "%1 is empty, but other details of that person are "
                                                              "given. Type the name, or who the person is in %2 "
                                                              "(e.g. 奶奶), or the phone.")
                                      .arg(m_header.title(columns.name), m_header.title(columns.relationship)));
                continue;
            }
        }
        Contact contact;
        contact.role = columns.role;
        for (const Contact &existing : std::as_const(ofRole)) {
            if (existing.name == name)
                contact = existing;
        }
        contact.name = name;
        auto take = [&](Field field, auto member) {
            if (m_header.has(field))
                contact.*member = fromRow.*member;
        };
        take(columns.phone, &Contact::phone);
        take(columns.city, &Contact::workCity);
        if (!m_header.has(columns.city) && !fromRow.workCity.isEmpty())
            contact.workCity = fromRow.workCity; // from 外出务工地点
        take(columns.workplace, &Contact::workplace);
        take(columns.relationship, &Contact::relationship);
        take(columns.address, &Contact::address);
        take(columns.age, &Contact::age);
        take(columns.health, &Contact::health);
        merged.append(contact);
    }
    row.contacts = merged;

    if (!row.errors.isEmpty())
        row.action = ImportRow::Action::Error;
    else if (matched < 0)
        row.action = ImportRow::Action::Add;
    else if (sameChild(row.child, m_roster.children.at(matched)) && sameContacts(row.contacts, existingContacts))
        row.action = ImportRow::Action::Unchanged;
    else
        row.action = ImportRow::Action::Update;
}

} // namespace qq::ImportRows
