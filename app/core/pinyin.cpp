#include "pinyin.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

// The generated table (pinyin_table.cpp in the build folder, see make_pinyin_table).
namespace qq::pinyin_table {
extern const std::size_t kSyllableCount;
extern const char *const kSyllables[];
extern const std::size_t kCharacterCount;
extern const char32_t kCodePoints[]; // ascending
extern const std::uint32_t kReadingBegin[]; // kCharacterCount + 1 entries
extern const std::uint16_t kReadings[]; // indexes into kSyllables
} // namespace qq::pinyin_table

namespace qq {
namespace {

// Domain knowledge, not a hanzi table: surnames whose surname reading is not the
// character's everyday one (曾 is céng in 曾经 but Zēng as a surname). Readings
// are space-separated, the usual one first; ordinary readings follow in nameReadings.
struct SurnameReading {
    char32_t character;
    const char *readings;
};
constexpr SurnameReading kSurnameReadings[] = {
    {U'曾', "zeng"},   {U'单', "shan"}, {U'解', "xie"},   {U'仇', "qiu"},  {U'朴', "piao"},  {U'查', "zha"},
    {U'区', "ou"},     {U'乐', "yue"},  {U'覃', "qin"},   {U'盖', "ge"},   {U'翟', "zhai"},  {U'缪', "miao"},
    {U'尉', "wei yu"}, {U'秘', "bi"},   {U'种', "chong"}, {U'那', "na"},   {U'任', "ren"},   {U'华', "hua"},
    {U'过', "guo"},    {U'召', "shao"}, {U'长', "chang"}, {U'繁', "po"},   {U'句', "gou"},   {U'员', "yun"},
    {U'沈', "shen"},   {U'柏', "bai"},  {U'薄', "bo"},    {U'牟', "mou"},  {U'都', "du"},    {U'隗', "wei"},
    {U'令', "ling"},   {U'折', "she"},  {U'颉', "xie"},   {U'阚', "kan"},  {U'蕃', "pi"},    {U'能', "nai"},
    {U'佴', "nai"},    {U'粘', "nian"}, {U'洗', "xian"},  {U'祭', "zhai"}, {U'重', "chong"}, {U'卜', "bu"},
    {U'黑', "he"},     {U'藏', "zang"}, {U'朝', "chao"},
};

// The other side: characters whose everyday reading in the data is not the one
// a given name has (朝阳 is Zhāoyáng, 王重阳 Chóngyáng; 单 is Shàn as a surname
// but dān in 张单). Used after the surname; search still matches every reading.
constexpr SurnameReading kGivenNameReadings[] = {
    {U'朝', "zhao"}, {U'长', "chang"}, {U'重', "chong"}, {U'行', "xing"},  {U'乐', "le"},   {U'单', "dan"},
    {U'解', "jie"},  {U'仇', "chou"},  {U'查', "cha"},   {U'区', "qu"},    {U'朴', "pu"},   {U'覃', "tan"},
    {U'尉', "wei"},  {U'曾', "ceng"},  {U'茜', "qian"},  {U'柏', "bai"},   {U'蔚', "wei"},  {U'盛', "sheng"},
    {U'会', "hui"},  {U'和', "he"},    {U'传', "chuan"}, {U'强', "qiang"}, {U'少', "shao"}, {U'应', "ying"},
};

// Two-character surnames, read as one surname (欧阳娜娜: given name 娜娜).
struct CompoundSurname {
    char32_t first, second;
    const char *firstReading, *secondReading;
};
constexpr CompoundSurname kCompoundSurnames[] = {
    {U'欧', U'阳', "ou", "yang"},    {U'司', U'马', "si", "ma"},     {U'诸', U'葛', "zhu", "ge"},
    {U'上', U'官', "shang", "guan"}, {U'东', U'方', "dong", "fang"}, {U'皇', U'甫', "huang", "fu"},
    {U'尉', U'迟', "yu", "chi"},     {U'公', U'孙', "gong", "sun"},  {U'慕', U'容', "mu", "rong"},
    {U'长', U'孙', "zhang", "sun"},  {U'令', U'狐', "ling", "hu"},   {U'澹', U'台', "tan", "tai"},
    {U'夏', U'侯', "xia", "hou"},    {U'宇', U'文', "yu", "wen"},    {U'司', U'徒', "si", "tu"},
    {U'轩', U'辕', "xuan", "yuan"},  {U'单', U'于', "chan", "yu"},   {U'万', U'俟', "mo", "qi"},
    {U'南', U'宫', "nan", "gong"},   {U'西', U'门', "xi", "men"},    {U'端', U'木', "duan", "mu"},
    {U'独', U'孤', "du", "gu"},      {U'呼', U'延', "hu", "yan"},    {U'闻', U'人', "wen", "ren"},
    {U'钟', U'离', "zhong", "li"},   {U'申', U'屠', "shen", "tu"},   {U'太', U'史', "tai", "shi"},
    {U'赫', U'连', "he", "lian"},    {U'百', U'里', "bai", "li"},    {U'东', U'郭', "dong", "guo"},
    {U'拓', U'跋', "tuo", "ba"},     {U'左', U'丘', "zuo", "qiu"},   {U'第', U'五', "di", "wu"},
    {U'公', U'冶', "gong", "ye"},    {U'公', U'羊', "gong", "yang"}, {U'濮', U'阳', "pu", "yang"},
    {U'淳', U'于', "chun", "yu"},    {U'司', U'空', "si", "kong"},   {U'司', U'寇', "si", "kou"},
    {U'仲', U'孙', "zhong", "sun"},  {U'叔', U'孙', "shu", "sun"},   {U'亓', U'官', "qi", "guan"},
    {U'羊', U'舌', "yang", "she"},   {U'鲜', U'于', "xian", "yu"},   {U'闾', U'丘', "lv", "qiu"},
    {U'乐', U'正', "yue", "zheng"},  {U'漆', U'雕', "qi", "diao"},   {U'巫', U'马', "wu", "ma"},
    {U'公', U'西', "gong", "xi"},    {U'谷', U'梁', "gu", "liang"},  {U'段', U'干', "duan", "gan"},
    {U'东', U'门', "dong", "men"},   {U'梁', U'丘', "liang", "qiu"}, {U'颛', U'孙', "zhuan", "sun"},
};

// Separators of transliterated names (阿依古丽·买买提): such a name has no Chinese surname.
bool isNameDot(char32_t c)
{
    return c == U'\u00B7' || c == U'\u30FB' || c == U'\u2022' || c == U'\u2027' || c == U'\uFF65';
}

const CompoundSurname *compoundSurname(const QList<uint> &codePoints)
{
    if (codePoints.size() < 3) // a compound surname needs a given name after it
        return nullptr;
    for (const CompoundSurname &compound : kCompoundSurnames) {
        if (codePoints[0] == compound.first && codePoints[1] == compound.second)
            return &compound;
    }
    return nullptr;
}

int surnameLengthOf(const QList<uint> &codePoints)
{
    if (codePoints.isEmpty() || QChar::script(codePoints[0]) != QChar::Script_Han)
        return 0;
    if (std::any_of(codePoints.begin(), codePoints.end(), isNameDot))
        return 0;
    return compoundSurname(codePoints) ? 2 : 1;
}

void appendUnique(QStringList &list, const QString &reading)
{
    if (!reading.isEmpty() && !list.contains(reading))
        list.append(reading);
}

// A letter or digit outside the table reads as its plain ASCII base ("É" → "e",
// full-width "Ａ" → "a"); anything else has no reading.
QString letterReading(char32_t c)
{
    if (c < 0x80)
        return QChar::isLetterOrNumber(c) ? QString(QChar(char16_t(c))).toLower() : QString();
    if (!QChar::isLetterOrNumber(c) || QChar::script(c) == QChar::Script_Han)
        return {};
    const QString base = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    if (base.isEmpty() || base.at(0).unicode() >= 0x80 || !base.at(0).isLetterOrNumber())
        return {};
    return QString(base.at(0).toLower());
}

} // namespace

const Pinyin &Pinyin::instance()
{
    static const Pinyin pinyin;
    return pinyin;
}

QStringList Pinyin::readings(char32_t ucs4) const
{
    using namespace pinyin_table;
    const char32_t *end = kCodePoints + kCharacterCount;
    const char32_t *found = std::lower_bound(kCodePoints, end, ucs4);
    if (found == end || *found != ucs4)
        return {};
    const std::size_t index = std::size_t(found - kCodePoints);
    QStringList result;
    result.reserve(qsizetype(kReadingBegin[index + 1] - kReadingBegin[index]));
    for (std::uint32_t i = kReadingBegin[index]; i < kReadingBegin[index + 1]; ++i)
        result.append(QString::fromLatin1(kSyllables[kReadings[i]]));
    return result;
}

QList<QStringList> Pinyin::nameReadings(const QString &name) const
{
    const QList<uint> codePoints = name.toUcs4();
    const int surname = surnameLengthOf(codePoints);
    const CompoundSurname *compound = surname == 2 ? compoundSurname(codePoints) : nullptr;
    QList<QStringList> result;
    result.reserve(codePoints.size());
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        QStringList list;
        if (compound && i < 2) {
            list.append(QString::fromLatin1(i == 0 ? compound->firstReading : compound->secondReading));
        } else if (i < surname) {
            for (const SurnameReading &entry : kSurnameReadings) {
                if (entry.character == c)
                    list = QString::fromLatin1(entry.readings).split(u' ');
            }
        } else if (surname > 0) {
            for (const SurnameReading &entry : kGivenNameReadings) {
                if (entry.character == c)
                    list = QString::fromLatin1(entry.readings).split(u' ');
            }
        }
        for (const QString &reading : readings(c))
            appendUnique(list, reading);
        if (list.isEmpty())
            appendUnique(list, letterReading(c));
        result.append(list);
    }
    return result;
}

QString Pinyin::initials(const QString &name) const
{
    const QList<uint> codePoints = name.toUcs4();
    const QList<QStringList> readings = nameReadings(name);
    QString result;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (!readings[i].isEmpty())
            result.append(readings[i].first().at(0));
        else if (!isSeparator(c))
            result.append(QString::fromUcs4(&c, 1));
    }
    return result;
}

QString Pinyin::sortKey(const QString &name) const
{
    const QList<uint> codePoints = name.toUcs4();
    const QList<QStringList> readings = nameReadings(name);
    QString key;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (isSeparator(c))
            continue;
        if (!key.isEmpty())
            key += u' ';
        key += readings[i].isEmpty() ? QString::fromUcs4(&c, 1).toLower() : readings[i].first();
    }
    return key;
}

bool Pinyin::nameLess(const QString &a, const QString &b) const
{
    const int byPinyin = sortKey(a).compare(sortKey(b));
    return byPinyin != 0 ? byPinyin < 0 : a < b;
}

int Pinyin::surnameLength(const QString &name) const
{
    return surnameLengthOf(name.toUcs4());
}

bool Pinyin::isSeparator(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Other_Control:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

} // namespace qq
