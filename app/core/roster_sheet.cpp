#include "roster_sheet.h"

#include "card_code.h"
#include "csv_reader.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace qq::RosterSheet {
namespace {

struct ColumnSpec {
    Field field;
    QString title; // as WPS users write it; used in messages when the file lacks the column
    QStringList aliases; // English and common variants
};

// The titles as schools' own files write them, gathered from:
// - the national student registration export (全国中小学生学籍信息管理系统,
//   学生基础信息 export): 姓名, 性别, 出生日期, 身份证件号, 年级, 班级, 学籍辅号,
//   全国学籍号, 个人标识码, 健康状况, 监护人姓名, 监护人联系电话, 家庭住址, 现住址,
//   是否留守儿童 …;
// - the county templates of the 留守儿童花名册 and 留守儿童档案表 (one line a
//   child): 序号, 学生姓名, 出生年月, 所在班级, 父亲姓名, 父亲电话, 父亲务工地点,
//   母亲…, 外出务工地点, 监护人姓名, 与监护人关系 / 与学生关系, 监护人电话,
//   家庭住址 …;
// - class teachers' own sheets: 学号, 卡号, 联系电话, 家长电话, 手机号, 关系, 住址;
// - Qinqing's own export (English aliases too).
// 联系电话, 家长电话, 手机号 and 电话 without a person are the guardian's phone:
// the first number the school calls is the one of the person the child lives with.
const std::array<ColumnSpec, kFieldCount> &columnSpecs()
{
    static const std::array<ColumnSpec, kFieldCount> specs{{
        {Field::Name, u"姓名"_qs, {u"name"_qs, u"学生姓名"_qs, u"儿童姓名"_qs, u"幼儿姓名"_qs, u"留守儿童姓名"_qs}},
        {Field::Gender, u"性别"_qs, {u"gender"_qs, u"sex"_qs, u"学生性别"_qs}},
        {Field::BirthDate,
         u"出生日期"_qs,
         {u"birth_date"_qs, u"birthdate"_qs, u"birthday"_qs, u"生日"_qs, u"出生年月日"_qs, u"出生年月"_qs,
          u"出生时间"_qs}},
        {Field::Class, u"班级"_qs, {u"class"_qs, u"所在班级"_qs, u"班级名称"_qs, u"班别"_qs, u"班"_qs}},
        {Field::CardCode,
         u"卡号"_qs,
         {u"card_code"_qs, u"card"_qs, u"校园卡号"_qs, u"一卡通号"_qs, u"一卡通卡号"_qs, u"饭卡号"_qs, u"ic卡号"_qs,
          u"门禁卡号"_qs, u"卡片号"_qs, u"学生卡号"_qs}},
        {Field::Id, u"编号"_qs, {u"id"_qs}},
        {Field::Personality, u"性格"_qs, {u"personality"_qs, u"性格特点"_qs, u"性格特征"_qs}},
        {Field::Hobbies, u"爱好"_qs, {u"hobbies"_qs, u"兴趣爱好"_qs, u"特长"_qs, u"爱好特长"_qs}},
        {Field::Medical, u"病史"_qs, {u"medical"_qs, u"既往病史"_qs, u"健康状况"_qs, u"身体状况"_qs}},
        {Field::FatherName, u"父亲姓名"_qs, {u"father_name"_qs, u"父亲"_qs}},
        {Field::FatherPhone,
         u"父亲电话"_qs,
         {u"father_phone"_qs, u"父亲联系电话"_qs, u"父亲手机"_qs, u"父亲手机号"_qs, u"父亲手机号码"_qs,
          u"父亲联系方式"_qs}},
        {Field::FatherCity,
         u"父亲务工城市"_qs,
         {u"father_city"_qs, u"father_work_city"_qs, u"父亲务工地点"_qs, u"父亲务工地"_qs, u"父亲外出务工地点"_qs,
          u"父亲打工地点"_qs, u"父亲工作地点"_qs}},
        {Field::FatherWorkplace, u"父亲工作单位"_qs, {u"father_workplace"_qs, u"父亲务工单位"_qs}},
        {Field::MotherName, u"母亲姓名"_qs, {u"mother_name"_qs, u"母亲"_qs}},
        {Field::MotherPhone,
         u"母亲电话"_qs,
         {u"mother_phone"_qs, u"母亲联系电话"_qs, u"母亲手机"_qs, u"母亲手机号"_qs, u"母亲手机号码"_qs,
          u"母亲联系方式"_qs}},
        {Field::MotherCity,
         u"母亲务工城市"_qs,
         {u"mother_city"_qs, u"mother_work_city"_qs, u"母亲务工地点"_qs, u"母亲务工地"_qs, u"母亲外出务工地点"_qs,
          u"母亲打工地点"_qs, u"母亲工作地点"_qs}},
        {Field::MotherWorkplace, u"母亲工作单位"_qs, {u"mother_workplace"_qs, u"母亲务工单位"_qs}},
        {Field::GuardianName,
         u"监护人姓名"_qs,
         {u"guardian_name"_qs, u"监护人"_qs, u"临时监护人"_qs, u"临时监护人姓名"_qs, u"委托监护人"_qs,
          u"委托监护人姓名"_qs, u"第一监护人"_qs, u"第一监护人姓名"_qs}},
        {Field::GuardianRelationship,
         u"监护人关系"_qs,
         {u"guardian_relationship"_qs, u"关系"_qs, u"与学生关系"_qs, u"与孩子关系"_qs, u"与儿童关系"_qs,
          u"与监护人关系"_qs, u"与本人关系"_qs, u"监护人与学生关系"_qs, u"与留守儿童关系"_qs, u"第一监护人关系"_qs}},
        {Field::GuardianPhone,
         u"监护人电话"_qs,
         {u"guardian_phone"_qs, u"监护人联系电话"_qs, u"监护人手机"_qs, u"监护人手机号"_qs, u"监护人联系方式"_qs,
          u"第一监护人联系电话"_qs, u"联系电话"_qs, u"家长电话"_qs, u"家长联系电话"_qs, u"家长手机"_qs, u"手机号"_qs,
          u"手机号码"_qs, u"手机"_qs, u"电话号码"_qs, u"联系电话号码"_qs, u"联系方式"_qs, u"电话"_qs, u"phone"_qs}},
        {Field::GuardianAddress,
         u"监护人地址"_qs,
         {u"guardian_address"_qs, u"家庭住址"_qs, u"住址"_qs, u"家庭地址"_qs, u"现住址"_qs, u"居住地址"_qs,
          u"监护人住址"_qs, u"address"_qs}},
        {Field::GuardianAge, u"监护人年龄"_qs, {u"guardian_age"_qs}},
        {Field::GuardianHealth, u"监护人健康状况"_qs, {u"guardian_health"_qs, u"监护人身体状况"_qs}},
        {Field::Grade, u"年级"_qs, {u"grade"_qs, u"所在年级"_qs, u"年级名称"_qs}},
        {Field::ParentsCity,
         u"外出务工地点"_qs,
         {u"务工地点"_qs, u"父母务工地点"_qs, u"父母外出务工地点"_qs, u"外出务工地"_qs, u"务工城市"_qs}},
        {Field::SchoolNumber,
         u"学籍号"_qs,
         {u"学号"_qs, u"全国学籍号"_qs, u"学籍辅号"_qs, u"个人标识码"_qs, u"国家学籍号"_qs, u"学生学籍号"_qs,
          u"student_number"_qs}},
        {Field::IdNumber,
         u"身份证号"_qs,
         {u"身份证件号"_qs, u"身份证号码"_qs, u"身份证件号码"_qs, u"公民身份号码"_qs, u"证件号码"_qs, u"证件号"_qs,
          u"学生身份证号"_qs, u"id_number"_qs}},
        {Field::RowNumber, u"序号"_qs, {u"no"_qs, u"no."_qs, u"序"_qs}},
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

bool isIgnoredOnPurpose(Field field)
{
    return field == Field::SchoolNumber || field == Field::IdNumber || field == Field::RowNumber;
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
        Column column;
        column.index = i;
        column.title = text;
        if (text.isEmpty()) {
            header.columns.append(column);
            continue; // a spreadsheet's empty trailing columns
        }
        const Field field = fieldForHeader(text);
        if (field == Field::None) {
            header.unknown.append(text);
        } else if (header.has(field)) {
            header.duplicated.append(text);
        } else {
            header.column[size_t(field)] = i;
            ++header.known;
            column.field = field;
            column.guess = field;
            column.byTitle = true;
        }
        header.columns.append(column);
    }
    return header;
}

void addSamples(Header &header, const QList<CsvRecord> &records)
{
    constexpr int kSamples = 3;
    constexpr int kLinesLooked = 20;
    for (Column &column : header.columns) {
        column.samples.clear();
        for (qsizetype r = header.recordIndex + 1;
             r < records.size() && r <= header.recordIndex + kLinesLooked && column.samples.size() < kSamples; ++r) {
            const CsvRecord &record = records.at(r);
            if (record.problem == CsvRecord::Problem::TooLong || column.index >= record.cells.size())
                continue;
            const QString cell = record.cells.at(column.index).trimmed();
            if (!cell.isEmpty())
                column.samples.append(cell.left(64));
        }
        // An ID number is shown to nobody, not even as a sample.
        if (column.field == Field::IdNumber)
            column.samples.clear();
        // A guess is not used: the teacher confirms it on the column-mapping screen.
        column.guess = column.byTitle || column.chosen ? column.field : guessField(column.title, column.samples);
    }
}

namespace {

bool allMatch(const QStringList &values, const std::function<bool(const QString &)> &test)
{
    return !values.isEmpty() && std::all_of(values.begin(), values.end(), test);
}

// The hundred most common surnames (of the 2020 census) and the compound
// ones' first characters: enough to tell 王小丫 from 爱看书 in a guess.
bool startsWithCommonSurname(const QString &name)
{
    static const QString surnames =
        u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
        "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
        "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗"
        "谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜"
        "冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝阿"_qs;
    return !name.isEmpty() && surnames.contains(name.at(0));
}

bool isHanName(const QString &text)
{
    const QString name = cleanName(text);
    const qsizetype count = characterCount(name);
    if (count < 2 || count > 4 || !startsWithCommonSurname(name))
        return false;
    const QList<uint> codePoints = name.toUcs4();
    return std::all_of(codePoints.begin(), codePoints.end(),
                       [](uint c) { return QChar::script(c) == QChar::Script_Han || c == u'?'; });
}

bool isMobilePhone(const QString &text)
{
    static const QRegularExpression mobile(u"^(\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}$"_qs);
    return mobile.match(folded(text)).hasMatch();
}

bool isIdNumber(const QString &text)
{
    static const QRegularExpression id(u"^\\d{17}[\\dXx]$"_qs);
    return id.match(folded(text)).hasMatch();
}

} // namespace

Field guessField(const QString &header, const QStringList &sampleValues)
{
    if (const Field byTitle = fieldForHeader(header); byTitle != Field::None)
        return byTitle;
    QStringList values;
    for (const QString &value : sampleValues) {
        if (!value.trimmed().isEmpty())
            values.append(value.trimmed());
    }
    if (values.isEmpty())
        return Field::None;
    // The most telling shapes first: an ID number is digits too, a class names its grade.
    if (allMatch(values, isIdNumber))
        return Field::IdNumber;
    if (allMatch(values, isMobilePhone))
        return Field::GuardianPhone;
    if (allMatch(values, [](const QString &v) { return !parseGender(v).isEmpty(); }))
        return Field::Gender;
    if (allMatch(values, [](const QString &v) {
            DateReading how = DateReading::Plain;
            const QDate date = parseDate(v, &how);
            return (date.isValid() && how != DateReading::ExcelSerial) || how == DateReading::YearMonthOnly;
        }))
        return Field::BirthDate;
    if (allMatch(values, [](const QString &v) { return classNumberOf(v) > 0; }))
        return Field::Class;
    if (allMatch(values, [](const QString &v) {
            static const QRegularExpression grade(u"^([1-9一二三四五六七八九]年级|初[一二三]|高[一二三])$"_qs);
            return grade.match(classKey(v)).hasMatch();
        }))
        return Field::Grade;
    if (allMatch(values, [](const QString &v) { return checkCardCode(v).ok; }))
        return Field::CardCode;
    static const QStringList relationships{u"爷爷"_qs, u"奶奶"_qs, u"外公"_qs,   u"外婆"_qs,   u"姥姥"_qs, u"姥爷"_qs,
                                           u"祖父"_qs, u"祖母"_qs, u"外祖父"_qs, u"外祖母"_qs, u"叔叔"_qs, u"婶婶"_qs,
                                           u"伯伯"_qs, u"姑姑"_qs, u"舅舅"_qs,   u"舅妈"_qs,   u"阿姨"_qs, u"姨妈"_qs,
                                           u"哥哥"_qs, u"姐姐"_qs, u"父亲"_qs,   u"母亲"_qs,   u"父子"_qs, u"母子"_qs,
                                           u"父女"_qs, u"母女"_qs, u"祖孙"_qs,   u"其他"_qs};
    if (allMatch(values, [](const QString &v) { return relationships.contains(folded(v)); }))
        return Field::GuardianRelationship;
    if (allMatch(values, isHanName))
        return Field::Name;
    return Field::None;
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
// after it (Excel writes "2015/3/7 0:00" for a date cell) is allowed. Excel's
// day numbers (42071) when a date column was saved as numbers. 3/8/2015 is
// month first, as an English Excel writes it (the caller says so); 25/3/2015
// day first. Not 03/07/15: which number is the year is a guess too.
QDate parseDate(const QString &text, DateReading *how)
{
    DateReading reading = DateReading::Plain;
    const auto done = [&](QDate date) {
        if (how)
            *how = reading;
        return date;
    };
    const QString t = folded(text);
    static const QRegularExpression separated(u"^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:\\s+0{1,2}:00(?::00)?)?$"_qs);
    static const QRegularExpression chinese(u"^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"_qs);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_qs);
    static const QRegularExpression yearLast(u"^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:\\s+0{1,2}:00(?::00)?)?$"_qs);
    static const QRegularExpression serial(u"^(\\d{5})(?:\\.0+)?$"_qs);
    static const QRegularExpression yearMonth(u"^(\\d{4})(?:[-/.](\\d{1,2})|年(\\d{1,2})月?|(\\d{2}))$"_qs);
    if (const auto m = separated.match(t); m.hasMatch())
        return done(QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()));
    for (const QRegularExpression *pattern : {&chinese, &compact}) {
        if (const auto m = pattern->match(t); m.hasMatch())
            return done(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    if (const auto m = yearLast.match(t); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        const int year = m.captured(4).toInt();
        if (first > 12) {
            reading = DateReading::DayFirst;
            return done(QDate(year, second, first));
        }
        reading = DateReading::MonthFirst;
        return done(QDate(year, first, second));
    }
    // 1990-01-01 is 32874, 2060-01-01 is 58440: a pupil's birth date in between.
    if (const auto m = serial.match(t); m.hasMatch()) {
        const int days = m.captured(1).toInt();
        if (days >= 32874 && days < 58440) {
            reading = DateReading::ExcelSerial;
            return done(QDate(1899, 12, 30).addDays(days));
        }
    }
    if (const auto m = yearMonth.match(t); m.hasMatch()) {
        const int month = (m.captured(2) + m.captured(3) + m.captured(4)).toInt();
        if (month >= 1 && month <= 12) {
            reading = DateReading::YearMonthOnly;
            return done({});
        }
    }
    return done({});
}

QString mergeGradeAndClass(const QString &grade, const QString &className)
{
    const QString g = classKey(grade);
    const QString c = classKey(className);
    if (g.isEmpty())
        return className.trimmed();
    if (c.isEmpty())
        return {};
    // A class that names its grade already: "三年级(2)班", "初二3班", "302班" is kept.
    static const QRegularExpression namesGrade(u"年级|[初高][一二三1-3]|级"_qs);
    if (namesGrade.match(c).hasMatch())
        return className.trimmed();
    static const QString numerals = u"一二三四五六七八九"_qs;
    QString gradeName = g;
    if (const int digit = g.size() == 1 && g.at(0).isDigit() ? g.at(0).digitValue() : 0; digit >= 1 && digit <= 9)
        gradeName = numerals.at(digit - 1) + u"年级"_qs; // 3 → 三年级
    else if (static const QRegularExpression digitGrade(u"^([1-9])年级$"_qs); digitGrade.match(g).hasMatch())
        gradeName = numerals.at(g.at(0).digitValue() - 1) + u"年级"_qs; // 3年级 → 三年级
    // "2", "2班", "(2)班", "二班", "02" → (2)班
    static const QRegularExpression number(u"^\\(?0*(\\d{1,2})\\)?班?$"_qs);
    static const QRegularExpression hanNumber(u"^\\(?([一二三四五六七八九十])\\)?班$"_qs);
    if (const auto m = number.match(c); m.hasMatch())
        return gradeName + u"("_qs + m.captured(1) + u")班"_qs;
    if (const auto m = hanNumber.match(c); m.hasMatch()) {
        const int n = m.captured(1) == u"十"_qs ? 10 : int(numerals.indexOf(m.captured(1))) + 1;
        return gradeName + u"("_qs + QString::number(n) + u")班"_qs;
    }
    return gradeName + className.trimmed(); // 三年级 + 火箭班
}

bool hasLostCharacter(const QString &name)
{
    return name.contains(u'?') || name.contains(QChar(0xFF1F)) || name.contains(QChar::ReplacementCharacter);
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
