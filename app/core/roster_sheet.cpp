#include "roster_sheet.h"

#include "csv_reader.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace qq::RosterSheet {
namespace {

struct ColumnSpec {
    Field field;
    QString title; // as WPS users write it; used in messages when the file lacks the column
    QStringList aliases; // English and common variants
};

const std::array<ColumnSpec, kFieldCount> &columnSpecs()
{
    static const std::array<ColumnSpec, kFieldCount> specs{{
        {Field::Name, u"姓名"_qs, {u"name"_qs, u"学生姓名"_qs, u"儿童姓名"_qs}},
        {Field::Gender, u"性别"_qs, {u"gender"_qs, u"sex"_qs}},
        {Field::BirthDate,
         u"出生日期"_qs,
         {u"birth_date"_qs, u"birthdate"_qs, u"birthday"_qs, u"生日"_qs, u"出生年月日"_qs}},
        {Field::Class, u"班级"_qs, {u"class"_qs, u"所在班级"_qs}},
        {Field::CardCode, u"卡号"_qs, {u"card_code"_qs, u"card"_qs}},
        {Field::Id, u"编号"_qs, {u"id"_qs}},
        {Field::Personality, u"性格"_qs, {u"personality"_qs}},
        {Field::Hobbies, u"爱好"_qs, {u"hobbies"_qs}},
        {Field::Medical, u"病史"_qs, {u"medical"_qs}},
        {Field::FatherName, u"父亲姓名"_qs, {u"father_name"_qs}},
        {Field::FatherPhone, u"父亲电话"_qs, {u"father_phone"_qs}},
        {Field::FatherCity, u"父亲务工城市"_qs, {u"father_city"_qs, u"father_work_city"_qs}},
        {Field::FatherWorkplace, u"父亲工作单位"_qs, {u"father_workplace"_qs}},
        {Field::MotherName, u"母亲姓名"_qs, {u"mother_name"_qs}},
        {Field::MotherPhone, u"母亲电话"_qs, {u"mother_phone"_qs}},
        {Field::MotherCity, u"母亲务工城市"_qs, {u"mother_city"_qs, u"mother_work_city"_qs}},
        {Field::MotherWorkplace, u"母亲工作单位"_qs, {u"mother_workplace"_qs}},
        {Field::GuardianName, u"监护人姓名"_qs, {u"guardian_name"_qs}},
        {Field::GuardianRelationship, u"监护人关系"_qs, {u"guardian_relationship"_qs}},
        {Field::GuardianPhone, u"监护人电话"_qs, {u"guardian_phone"_qs}},
        {Field::GuardianAddress, u"监护人地址"_qs, {u"guardian_address"_qs}},
        {Field::GuardianAge, u"监护人年龄"_qs, {u"guardian_age"_qs}},
        {Field::GuardianHealth, u"监护人健康状况"_qs, {u"guardian_health"_qs}},
    }};
    return specs;
}

Field fieldForHeader(const QString &text)
{
    static const QHash<QString, Field> byKey = [] {
        QHash<QString, Field> keys;
        for (const ColumnSpec &spec : columnSpecs()) {
            keys.insert(spreadsheetHeaderKey(spec.title), spec.field);
            for (const QString &alias : spec.aliases)
                keys.insert(spreadsheetHeaderKey(alias), spec.field);
        }
        return keys;
    }();
    return byKey.value(spreadsheetHeaderKey(text), Field::None);
}

} // namespace

QString columnTitle(Field field)
{
    return field == Field::None ? QString() : columnSpecs()[size_t(field)].title;
}

QString Header::title(Field field) const
{
    return has(field) ? written.at(column[size_t(field)]) : columnTitle(field);
}

Header readHeader(const CsvRecord &record, int recordIndex)
{
    Header header;
    header.recordIndex = recordIndex;
    header.column.fill(-1);
    for (int i = 0; i < record.cells.size(); ++i) {
        const QString text = record.cells.at(i).trimmed();
        header.written.append(text);
        if (text.isEmpty())
            continue; // a spreadsheet's empty trailing columns
        const Field field = fieldForHeader(text);
        if (field == Field::None) {
            header.unknown.append(text);
        } else if (header.has(field)) {
            header.duplicated.append(text);
        } else {
            header.column[size_t(field)] = i;
            ++header.known;
        }
    }
    return header;
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString cleanName(const QString &text)
{
    QString name = text.trimmed();
    const bool latin =
        std::any_of(name.begin(), name.end(), [](QChar c) { return c.isLetter() && c.unicode() < 0x250; });
    if (!latin)
        name.removeIf([](QChar c) { return c.isSpace(); });
    return name;
}

qsizetype characterCount(const QString &text)
{
    return text.size() - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

QString parseGender(const QString &text)
{
    const QString t = folded(text).toLower();
    static const QStringList girl{u"女"_qs, u"女生"_qs, u"女性"_qs, u"f"_qs, u"female"_qs, u"girl"_qs};
    static const QStringList boy{u"男"_qs, u"男生"_qs, u"男性"_qs, u"m"_qs, u"male"_qs, u"boy"_qs};
    if (girl.contains(t))
        return u"F"_qs;
    if (boy.contains(t))
        return u"M"_qs;
    return {};
}

// 2015-03-07, 2015/3/7, 2015.3.7, 20150307 and 2015年3月7日; a midnight time
// after it (Excel writes "2015/3/7 0:00" for a date cell) is allowed. Not
// 03/07/15: day and month order is a guess.
QDate parseDate(const QString &text)
{
    const QString t = folded(text);
    static const QRegularExpression separated(u"^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:\\s+0{1,2}:00(?::00)?)?$"_qs);
    static const QRegularExpression chinese(u"^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"_qs);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_qs);
    if (const auto m = separated.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    for (const QRegularExpression *pattern : {&chinese, &compact}) {
        if (const auto m = pattern->match(t); m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return {};
}

bool isPhone(const QString &phone)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 \\-]+$"_qs);
    const auto digits = std::count_if(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); });
    return allowed.match(phone).hasMatch() && digits >= 5 && digits <= 20;
}

bool isScientificNumber(const QString &text)
{
    static const QRegularExpression scientific(u"^\\d+(\\.\\d+)?[eE]\\+\\d+$"_qs);
    return scientific.match(text).hasMatch();
}

QString classKey(const QString &name)
{
    QString key = name.normalized(QString::NormalizationForm_KC);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

int gradeOf(const QString &className)
{
    const QString name = classKey(className);
    static const QString numerals = u"一二三四五六七八九"_qs;
    static const QRegularExpression grade(u"([1-9一二三四五六七八九])年级"_qs);
    static const QRegularExpression juniorMiddle(u"初([一二三1-3])"_qs);
    auto value = [](QChar c) { return c.isDigit() ? c.digitValue() : int(numerals.indexOf(c)) + 1; };
    if (const auto m = grade.match(name); m.hasMatch())
        return value(m.captured(1).at(0));
    if (const auto m = juniorMiddle.match(name); m.hasMatch())
        return 6 + value(m.captured(1).at(0));
    return 0;
}

int classNumberOf(const QString &className)
{
    static const QRegularExpression number(u"\\(?(\\d{1,2})\\)?班"_qs);
    const auto m = number.match(classKey(className));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace qq::RosterSheet
