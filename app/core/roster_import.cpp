#include "roster_import.h"

#include "change_log.h"
#include "clock.h"
#include "database.h"
#include "local_time.h"
#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <iconv.h>

namespace qq {
namespace {

// Canonical column → the names spreadsheets use for it (Chinese first).
struct Column {
    const char *key;
    QStringList names;
};
const QList<Column> &columns()
{
    static const QList<Column> list{
        {"name", {u"姓名"_qs, u"name"_qs}},
        {"gender", {u"性别"_qs, u"gender"_qs}},
        {"birth_date", {u"出生日期"_qs, u"birth_date"_qs, u"生日"_qs}},
        {"class", {u"班级"_qs, u"class"_qs}},
        {"card_code", {u"卡号"_qs, u"card_code"_qs}},
        {"id", {u"编号"_qs, u"id"_qs}},
        {"personality", {u"性格"_qs, u"personality"_qs}},
        {"hobbies", {u"爱好"_qs, u"hobbies"_qs}},
        {"medical", {u"病史"_qs, u"medical"_qs}},
        {"father_name", {u"父亲姓名"_qs, u"father_name"_qs}},
        {"father_phone", {u"父亲电话"_qs, u"father_phone"_qs}},
        {"father_city", {u"父亲务工城市"_qs, u"father_city"_qs}},
        {"father_workplace", {u"父亲工作单位"_qs, u"father_workplace"_qs}},
        {"mother_name", {u"母亲姓名"_qs, u"mother_name"_qs}},
        {"mother_phone", {u"母亲电话"_qs, u"mother_phone"_qs}},
        {"mother_city", {u"母亲务工城市"_qs, u"mother_city"_qs}},
        {"mother_workplace", {u"母亲工作单位"_qs, u"mother_workplace"_qs}},
        {"guardian_name", {u"监护人姓名"_qs, u"guardian_name"_qs}},
        {"guardian_relationship", {u"监护人关系"_qs, u"guardian_relationship"_qs}},
        {"guardian_phone", {u"监护人电话"_qs, u"guardian_phone"_qs}},
        {"guardian_address", {u"监护人地址"_qs, u"guardian_address"_qs}},
        {"guardian_age", {u"监护人年龄"_qs, u"guardian_age"_qs}},
        {"guardian_health", {u"监护人健康状况"_qs, u"guardian_health"_qs}},
    };
    return list;
}
const QStringList kRequired{u"name"_qs, u"gender"_qs, u"birth_date"_qs, u"class"_qs};

QString columnName(const QString &key)
{
    for (const Column &column : columns()) {
        if (key == QLatin1String(column.key))
            return column.names.first();
    }
    return key;
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression chinese(u"^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"_qs);
    if (const auto m = chinese.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    for (const char *format : {"yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"}) {
        const QDate date = QDate::fromString(text, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

QString parseGender(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"女"_qs || t == QLatin1String("f") || t == QLatin1String("female"))
        return u"F"_qs;
    if (t == u"男"_qs || t == QLatin1String("m") || t == QLatin1String("male"))
        return u"M"_qs;
    return {};
}

bool isPhone(const QString &text)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 \\-]+$"_qs);
    const auto digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    return allowed.match(text).hasMatch() && digits >= 5 && digits <= 20;
}

int gradeOf(const QString &className)
{
    static const QString numerals = u"一二三四五六七八九"_qs;
    const int at = className.indexOf(u"年级"_qs);
    if (at > 0) {
        const QChar c = className.at(at - 1);
        if (c.isDigit())
            return c.digitValue();
        const int n = int(numerals.indexOf(c));
        if (n >= 0)
            return n + 1;
    }
    return 0;
}

bool sameContacts(QList<Contact> a, QList<Contact> b)
{
    auto key = [](const Contact &c) {
        return QStringList{contactRoleKey(c.role), c.name,  c.relationship, c.phone, c.workCity, c.workplace, c.address,
                           QString::number(c.age), c.health}
            .join(QChar(0x1F));
    };
    QStringList ka, kb;
    for (const Contact &c : a)
        ka.append(key(c));
    for (const Contact &c : b)
        kb.append(key(c));
    ka.sort();
    kb.sort();
    return ka == kb;
}

bool sameChild(const Child &a, const Child &b)
{
    return a.name == b.name && a.gender == b.gender && a.birthDate == b.birthDate && a.classId == b.classId
        && a.cardCode == b.cardCode && a.personality == b.personality && a.hobbies == b.hobbies
        && a.medical == b.medical;
}

} // namespace

DecodedText decodeSpreadsheetText(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        out.error = QCoreApplication::translate(
            "RosterImport",
            "The file is saved as UTF-16 (\"Unicode text\"). Please save it as CSV (UTF-8) or CSV (GBK).");
        return out;
    }
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    auto utf8 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(body);
    if (!utf8.hasError()) {
        out.text = asUtf8;
        out.encoding = u"UTF-8"_qs;
        return out;
    }
    // Not UTF-8: Chinese spreadsheets write GBK, which GB18030 contains.
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == iconv_t(-1)) {
        out.error = QCoreApplication::translate(
            "RosterImport", "This kiosk cannot read GBK files. Please save the file as CSV (UTF-8).");
        return out;
    }
    QByteArray converted(body.size() * 2 + 16, Qt::Uninitialized);
    char *in = body.data();
    size_t inLeft = size_t(body.size());
    char *outPtr = converted.data();
    size_t outLeft = size_t(converted.size());
    const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1) || inLeft != 0) {
        const qsizetype badAt = body.size() - qsizetype(inLeft);
        const int line = int(body.left(badAt).count('\n')) + 1;
        out.error = QCoreApplication::translate(
                        "RosterImport",
                        "The file is not in an encoding the kiosk knows (from line %1). Please save it as CSV "
                        "(UTF-8) or CSV (GBK).")
                        .arg(line);
        return out;
    }
    converted.resize(converted.size() - qsizetype(outLeft));
    out.text = QString::fromUtf8(converted);
    out.encoding = u"GB18030"_qs;
    return out;
}

QList<CsvRecord> parseCsv(const QString &text, qsizetype maxRecordChars)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    qsizetype recordChars = 0;
    record.line = 1;
    auto endCell = [&] {
        if (!record.tooLong)
            record.cells.append(cell);
        cell.clear();
        cellStarted = false;
    };
    auto endRecord = [&] {
        endCell();
        const bool blank = record.cells.size() == 1 && record.cells.first().trimmed().isEmpty();
        if (!blank || record.tooLong)
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        recordChars = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (++recordChars > maxRecordChars && !record.tooLong) {
            // Keep nothing of a runaway line but the fact that it was one.
            record.tooLong = true;
            record.cells.clear();
            cell.clear();
        }
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    if (!record.tooLong)
                        cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!record.tooLong)
                    cell.append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            cellStarted = true;
            if (!record.tooLong)
                cell.append(c);
        }
    }
    if (!cell.isEmpty() || !record.cells.isEmpty() || record.tooLong)
        endRecord();
    return records;
}

int ImportPreview::count(ImportRow::Action action) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const ImportRow &row) { return row.action == action; }));
}

bool ImportPreview::canApply() const
{
    return fileErrors.isEmpty() && count(ImportRow::Action::Error) == 0
        && count(ImportRow::Action::Add) + count(ImportRow::Action::Update) > 0;
}

RosterImport::RosterImport(Database &db, Roster &roster, ChangeLog &log, const Clock &clock, const Settings &settings)
    : m_db(db), m_roster(roster), m_log(log), m_clock(clock), m_settings(settings)
{
}

ImportPreview RosterImport::previewFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPreview preview;
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file could not be opened: %1").arg(file.errorString()));
        return preview;
    }
    if (file.size() > kMaxFileBytes) {
        ImportPreview preview;
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file is too big for a roster (more than 20 MB)."));
        return preview;
    }
    return preview(file.readAll());
}

ImportPreview RosterImport::preview(const QByteArray &fileBytes) const
{
    ImportPreview preview;
    if (fileBytes.trimmed().isEmpty()) {
        preview.fileErrors.append(QCoreApplication::translate("RosterImport", "The file is empty."));
        return preview;
    }
    const DecodedText decoded = decodeSpreadsheetText(fileBytes);
    if (!decoded.error.isEmpty()) {
        preview.fileErrors.append(decoded.error);
        return preview;
    }
    preview.encoding = decoded.encoding;
    const QList<CsvRecord> records = parseCsv(decoded.text, kMaxLineBytes);
    if (records.isEmpty() || records.first().tooLong) {
        preview.fileErrors.append(
            records.isEmpty()
                ? QCoreApplication::translate("RosterImport", "The file is empty.")
                : QCoreApplication::translate("RosterImport", "The first line is far too long to be a header."));
        return preview;
    }

    // Header: which column holds which field.
    QHash<QString, int> at;
    QStringList unknown;
    const QStringList header = records.first().cells;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        bool known = false;
        for (const Column &column : columns()) {
            if (column.names.contains(name, Qt::CaseInsensitive)) {
                at.insert(QLatin1String(column.key), i);
                known = true;
            }
        }
        if (!known && !name.isEmpty())
            unknown.append(name);
    }
    QStringList missing;
    for (const QString &key : kRequired) {
        if (!at.contains(key))
            missing.append(columnName(key));
    }
    if (!missing.isEmpty()) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport",
                                        "Columns missing: %1. The first line must name the columns, e.g. "
                                        "姓名,性别,出生日期,班级.")
                .arg(missing.join(u"、"_qs)));
        return preview;
    }
    if (!unknown.isEmpty())
        preview.warnings.append(
            QCoreApplication::translate("RosterImport", "Columns not used: %1").arg(unknown.join(u"、"_qs)));
    if (records.size() == 1) {
        preview.fileErrors.append(
            QCoreApplication::translate("RosterImport", "The file has only the header line, no children."));
        return preview;
    }

    const QDate today = localDate(m_clock.nowMs(), m_settings.timeZone());
    const QList<SchoolClass> classes = m_roster.classes();
    const QList<Child> existing = m_roster.allChildren();
    QHash<QString, int> lineOfCard;
    QHash<QString, int> lineOfId;
    QSet<QString> targets;

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        ImportRow row;
        row.line = record.line;
        if (record.tooLong) {
            row.errors.append(QCoreApplication::translate(
                "RosterImport", "This line is far too long (over 64 KB); is it really one child?"));
            preview.rows.append(row);
            continue;
        }
        if (record.cells.size() > header.size())
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 cells, but the header has %2 columns.")
                                  .arg(record.cells.size())
                                  .arg(header.size()));
        auto cell = [&](const char *key) {
            const int i = at.value(QLatin1String(key), -1);
            return i >= 0 && i < record.cells.size() ? record.cells.at(i).trimmed() : QString();
        };
        Child &child = row.child;
        child.name = cell("name");
        if (child.name.isEmpty())
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 is empty.").arg(columnName(u"name"_qs)));
        else if (child.name.size() > 32)
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 is longer than 32 characters.")
                                  .arg(columnName(u"name"_qs)));
        child.gender = parseGender(cell("gender"));
        if (child.gender.isEmpty())
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" should be 男 or 女.")
                                  .arg(columnName(u"gender"_qs), cell("gender")));
        child.birthDate = parseDate(cell("birth_date"));
        if (!child.birthDate.isValid())
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" is not a date like 2015-03-07.")
                                  .arg(columnName(u"birth_date"_qs), cell("birth_date")));
        else if (child.birthDate > today.addYears(-3) || child.birthDate < today.addYears(-20))
            row.errors.append(
                QCoreApplication::translate("RosterImport", "%1 \"%2\": a pupil is between 3 and 20 years old.")
                    .arg(columnName(u"birth_date"_qs), cell("birth_date")));
        row.className = cell("class");
        if (row.className.isEmpty())
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 is empty.").arg(columnName(u"class"_qs)));
        for (const SchoolClass &schoolClass : classes) {
            if (schoolClass.name == row.className)
                child.classId = schoolClass.id;
        }
        child.cardCode = cell("card_code").toUpper();
        child.personality = cell("personality");
        child.hobbies = cell("hobbies");
        child.medical = cell("medical");

        for (const auto &[role, prefix] :
             {std::pair{Contact::Role::Father, "father_"}, std::pair{Contact::Role::Mother, "mother_"},
              std::pair{Contact::Role::Guardian, "guardian_"}}) {
            auto field = [&](const char *name) { return cell((QByteArray(prefix) + name).constData()); };
            Contact contact;
            contact.role = role;
            contact.name = field("name");
            contact.phone = field("phone");
            contact.workCity = field("city");
            contact.workplace = field("workplace");
            contact.relationship = field("relationship");
            contact.address = field("address");
            contact.health = field("health");
            const QString age = field("age");
            const QString prefixName = columnName(QLatin1String(prefix) + u"name"_qs);
            if (!age.isEmpty()) {
                bool ok = false;
                contact.age = age.toInt(&ok);
                if (!ok || contact.age < 10 || contact.age > 120)
                    row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" is not an age.")
                                          .arg(columnName(u"guardian_age"_qs), age));
            }
            if (!contact.phone.isEmpty() && !isPhone(contact.phone))
                row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" is not a phone number.")
                                      .arg(columnName(QLatin1String(prefix) + u"phone"_qs), contact.phone));
            const bool anything = !(contact.phone + contact.workCity + contact.workplace + contact.relationship
                                    + contact.address + contact.health + age)
                                       .isEmpty();
            if (contact.name.isEmpty() && anything)
                row.errors.append(QCoreApplication::translate(
                                      "RosterImport", "%1 is empty, but other details of that person are given.")
                                      .arg(prefixName));
            if (!contact.name.isEmpty())
                row.contacts.append(contact);
        }

        // Duplicates inside the file.
        const QString id = cell("id");
        if (!id.isEmpty()) {
            if (lineOfId.contains(id))
                row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" is also on line %3.")
                                      .arg(columnName(u"id"_qs), id)
                                      .arg(lineOfId[id]));
            lineOfId.insert(id, row.line);
        }
        if (!child.cardCode.isEmpty()) {
            if (lineOfCard.contains(child.cardCode))
                row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" is also on line %3.")
                                      .arg(columnName(u"card_code"_qs), child.cardCode)
                                      .arg(lineOfCard[child.cardCode]));
            lineOfCard.insert(child.cardCode, row.line);
        }

        // Which child on the roster this row is: by id, card, or name + birth date + class.
        std::optional<Child> match;
        if (!id.isEmpty()) {
            match = m_roster.child(id);
            if (!match)
                row.errors.append(QCoreApplication::translate(
                                      "RosterImport", "%1 \"%2\" is not on the roster; leave it empty for a new child.")
                                      .arg(columnName(u"id"_qs), id));
        }
        const std::optional<Child> cardHolder =
            child.cardCode.isEmpty() ? std::nullopt : m_roster.childByCardCode(child.cardCode);
        if (!match && id.isEmpty() && cardHolder)
            match = cardHolder;
        if (!match && id.isEmpty()) {
            for (const Child &other : existing) {
                if (other.name == child.name && other.birthDate == child.birthDate && other.classId == child.classId
                    && !child.classId.isEmpty())
                    match = other;
            }
        }
        if (cardHolder && match && cardHolder->id != match->id)
            row.errors.append(QCoreApplication::translate("RosterImport", "%1 \"%2\" belongs to %3 already.")
                                  .arg(columnName(u"card_code"_qs), child.cardCode, cardHolder->name));
        if (match) {
            if (targets.contains(match->id))
                row.errors.append(
                    QCoreApplication::translate("RosterImport", "Another line of the file is the same child."));
            targets.insert(match->id);
        }

        if (!row.errors.isEmpty()) {
            row.action = ImportRow::Action::Error;
        } else if (match) {
            child.id = match->id;
            if (child.cardCode.isEmpty())
                child.cardCode = match->cardCode; // an empty cell keeps the card
            row.action = sameChild(child, *match) && sameContacts(row.contacts, m_roster.contacts(match->id))
                ? ImportRow::Action::Unchanged
                : ImportRow::Action::Update;
        } else {
            row.action = ImportRow::Action::Add;
        }
        preview.rows.append(row);
    }
    return preview;
}

ImportResult RosterImport::apply(const ImportPreview &preview)
{
    ImportResult result;
    if (!preview.canApply()) {
        result.error =
            QCoreApplication::translate("RosterImport", "Nothing was imported: the file still has problems.");
        return result;
    }
    try {
        Transaction tx(m_db);
        QHash<QString, QString> classIds;
        int sortOrder = 0;
        for (const SchoolClass &schoolClass : m_roster.classes()) {
            classIds.insert(schoolClass.name, schoolClass.id);
            sortOrder = std::max(sortOrder, schoolClass.sortOrder + 1);
        }
        for (const ImportRow &row : preview.rows) {
            if (row.action == ImportRow::Action::Unchanged)
                continue;
            Child child = row.child;
            if (!classIds.contains(row.className)) {
                SchoolClass created;
                created.name = row.className;
                created.grade = gradeOf(row.className);
                created.sortOrder = sortOrder++;
                classIds.insert(row.className, m_roster.addClass(created));
                ++result.classesCreated;
            }
            child.classId = classIds.value(row.className);
            if (row.action == ImportRow::Action::Update) {
                // The preview may be old: the child must still be there.
                if (!m_roster.child(child.id)) {
                    result.error = QCoreApplication::translate(
                                       "RosterImport",
                                       "The roster changed since the preview (line %1). Please choose the file again.")
                                       .arg(row.line);
                    return result; // the transaction rolls back
                }
                m_roster.updateChild(child);
                ++result.updated;
            } else {
                child.id = m_roster.addChild(child, {});
                ++result.added;
            }
            m_roster.replaceContacts(child.id, row.contacts);
        }
        tx.commit();
    } catch (const StorageException &e) {
        result = {};
        result.error = e.error().kind == StorageErrorKind::Constraint
            ? QCoreApplication::translate(
                "RosterImport",
                "The roster changed since the preview (a card code is now taken). Please choose the file again.")
            : QCoreApplication::translate("RosterImport", "Nothing was imported: the kiosk could not save (%1).")
                  .arg(e.error().detail);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace qq
