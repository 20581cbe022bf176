// qq::Pinyin over the real table generated from Unihan at build time.
#include "pinyin.h"

#include <QCollator>
#include <QLocale>

#include <gtest/gtest.h>

using namespace qq;

namespace {

const Pinyin &pinyin = Pinyin::instance();

// "zeng/ceng xiao hua": each character's readings, joined, for readable failures.
std::string spelled(const QString &name)
{
    QStringList characters;
    for (const QStringList &readings : pinyin.nameReadings(name))
        characters.append(readings.join(u'/'));
    return characters.join(u' ').toStdString();
}

} // namespace

TEST(Pinyin, ReadingsComeFromUnihanMostCommonFirst)
{
    EXPECT_EQ(pinyin.readings(U'张'), QStringList{"zhang"});
    EXPECT_EQ(pinyin.readings(U'一'), QStringList{"yi"}); // yī yí yì: one toneless reading
    EXPECT_EQ(pinyin.readings(U'曾').first(), "ceng"); // 曾经
    EXPECT_TRUE(pinyin.readings(U'曾').contains("zeng"));
    EXPECT_EQ(pinyin.readings(U'乐').first(), "le");
    EXPECT_TRUE(pinyin.readings(U'乐').contains("yue"));
    EXPECT_EQ(pinyin.readings(U'解').first(), "jie");
    EXPECT_EQ(pinyin.readings(U'行'), (QStringList{"xing", "hang", "heng"}));
    // The table covers the common characters: a few thousand spot checks would
    // only repeat Unihan, so check a whole everyday sentence has readings.
    for (const char32_t c : QString("我们的学校在石桥镇，爸爸妈妈在广州打工").toUcs4()) {
        if (c != U'，') {
            EXPECT_FALSE(pinyin.readings(c).isEmpty()) << std::hex << unsigned(c);
        }
    }
}

TEST(Pinyin, UmlautIsWrittenAsV)
{
    EXPECT_EQ(pinyin.readings(U'吕'), QStringList{"lv"});
    EXPECT_EQ(pinyin.readings(U'女').first(), "nv");
    EXPECT_EQ(pinyin.readings(U'略').first(), "lve");
    EXPECT_EQ(pinyin.readings(U'绿'), (QStringList{"lv", "lu"}));
    EXPECT_EQ(pinyin.readings(U'去'), QStringList{"qu"}); // ü after q is written u
}

TEST(Pinyin, ExtensionsAndUnknownCharacters)
{
    EXPECT_EQ(pinyin.readings(U'㐀'), QStringList{"qiu"}); // U+3400, Extension A
    EXPECT_EQ(pinyin.readings(U'\U00020000'), QStringList{"he"}); // Extension B, in Unihan with a reading
    EXPECT_TRUE(pinyin.readings(U'\U0002A6DF').isEmpty()); // Extension B, no Mandarin reading
    EXPECT_TRUE(pinyin.readings(U'A').isEmpty());
    EXPECT_TRUE(pinyin.readings(U'😀').isEmpty());
    EXPECT_TRUE(pinyin.readings(0).isEmpty());
    EXPECT_TRUE(pinyin.readings(0x10FFFF).isEmpty());
    EXPECT_TRUE(pinyin.readings(0xFFFFFFFF).isEmpty());
}

TEST(Pinyin, PolyphonicSurnamesTakeTheirSurnameReading)
{
    const std::pair<const char *, const char *> surnames[] = {
        {"曾小华", "zeng"}, {"单田芳", "shan"}, {"解缙", "xie"}, {"仇英", "qiu"},   {"朴明", "piao"},
        {"查良镛", "zha"},  {"区丽华", "ou"},   {"乐嘉", "yue"}, {"覃海", "qin"},   {"盖聂", "ge"},
        {"翟志刚", "zhai"}, {"缪可", "miao"},   {"尉缭", "wei"}, {"秘丽", "bi"},    {"种师道", "chong"},
        {"那英", "na"},     {"任平", "ren"},    {"华佗", "hua"}, {"过小云", "guo"}, {"召明", "shao"},
        {"长青", "chang"},  {"繁钦", "po"},     {"句强", "gou"}, {"员丽", "yun"},   {"沈浩", "shen"},
        {"柏杨", "bai"},    {"薄一", "bo"},     {"牟其", "mou"}, {"都明", "du"},    {"隗嚣", "wei"},
        {"令文", "ling"},
    };
    for (const auto &[name, reading] : surnames) {
        const QList<QStringList> readings = pinyin.nameReadings(QString::fromUtf8(name));
        ASSERT_FALSE(readings.isEmpty()) << name;
        EXPECT_EQ(readings.first().first(), reading) << name << ": " << spelled(QString::fromUtf8(name));
    }
    EXPECT_EQ(spelled("曾小华"), "zeng/ceng xiao hua"); // the ordinary reading stays as an alternative
    EXPECT_EQ(spelled("单田芳"), "shan/dan/chan tian fang");
    EXPECT_TRUE(pinyin.nameReadings("尉缭").first().contains("yu"));
    EXPECT_EQ(pinyin.initials("曾小华"), "zxh");
    EXPECT_EQ(pinyin.initials("解缙"), "xj");
}

TEST(Pinyin, TheSameCharactersInAGivenNameKeepOrdinaryReadings)
{
    EXPECT_EQ(spelled("王曾"), "wang/yu ceng/zeng");
    EXPECT_EQ(pinyin.nameReadings("李乐").at(1).first(), "le");
    EXPECT_EQ(pinyin.nameReadings("张单").at(1).first(), "dan");
    EXPECT_EQ(pinyin.nameReadings("曾曾").at(1).first(), "ceng"); // only the first is the surname
}

TEST(Pinyin, CompoundSurnamesAreOneSurnameOfTwoCharacters)
{
    EXPECT_EQ(pinyin.initials("欧阳娜娜"), "oynn");
    EXPECT_EQ(pinyin.surnameLength("欧阳娜娜"), 2);
    EXPECT_EQ(spelled("尉迟恭"), "yu/wei/yun chi gong");
    EXPECT_EQ(spelled("长孙无忌"), "zhang/chang sun wu/mo ji");
    EXPECT_EQ(pinyin.initials("长孙无忌"), "zswj");
    EXPECT_EQ(pinyin.initials("单于飞"), "cyf");
    EXPECT_EQ(pinyin.initials("万俟丽"), "mql");
    EXPECT_EQ(pinyin.initials("澹台明月"), "ttmy");
    EXPECT_EQ(pinyin.initials("令狐冲"), "lhc");
    EXPECT_EQ(pinyin.initials("诸葛亮"), "zgl");
    EXPECT_EQ(pinyin.initials("司马光"), "smg");
    EXPECT_EQ(pinyin.surnameLength("张小明"), 1);
    EXPECT_EQ(pinyin.surnameLength("欧阳"), 1); // no given name after it: not a compound
    EXPECT_EQ(pinyin.surnameLength("阿依古丽·买买提"), 0);
    EXPECT_EQ(pinyin.surnameLength("Anna"), 0);
    EXPECT_EQ(pinyin.surnameLength(""), 0);
}

TEST(Pinyin, InitialsUseTheFirstReading)
{
    EXPECT_EQ(pinyin.initials("张小明"), "zxm");
    EXPECT_EQ(pinyin.initials("吕小绿"), "lxl");
    EXPECT_EQ(pinyin.initials("阿依古丽·买买提"), "ayglmmt");
    EXPECT_EQ(pinyin.initials("Anna Li"), "annali");
    EXPECT_EQ(pinyin.initials("José"), "jose");
    EXPECT_EQ(pinyin.initials(""), "");
}

TEST(Pinyin, RareCharactersAreKeptAndNeverCrash)
{
    // 𠀀 (U+20000, a surrogate pair in UTF-16) has a reading; U+2A6DF has none.
    const QString name = QString::fromUcs4(U"张\U00020000明");
    EXPECT_EQ(pinyin.nameReadings(name).size(), 3);
    EXPECT_EQ(pinyin.initials(name), "zhm");
    const QString unknown = QString::fromUcs4(U"张\U0002A6DF明");
    const QList<QStringList> readings = pinyin.nameReadings(unknown);
    ASSERT_EQ(readings.size(), 3);
    EXPECT_TRUE(readings[1].isEmpty());
    EXPECT_EQ(pinyin.initials(unknown), QString::fromUcs4(U"z\U0002A6DFm"));
    EXPECT_EQ(pinyin.initials("王㐀"), "wq");
    // A lone surrogate (a broken string) is one unknown character, not a crash.
    const QString broken = QString("李") + QChar(0xD800) + QString("华");
    EXPECT_EQ(pinyin.initials(broken).front(), u'l');
    EXPECT_EQ(pinyin.initials(broken).back(), u'h');
}

TEST(Pinyin, GivenNamesTakeTheirGivenNameReadingAfterTheSurname)
{
    EXPECT_EQ(pinyin.initials("李朝阳"), "lzy"); // zhāo, not cháo
    EXPECT_EQ(pinyin.initials("王重阳"), "wcy"); // chóng, not zhòng
    EXPECT_EQ(pinyin.initials("张长青"), "zcq");
    EXPECT_EQ(pinyin.initials("刘行"), "lx");
    EXPECT_EQ(pinyin.initials("乐乐"), "yl"); // the surname yuè, the given name lè
    EXPECT_EQ(pinyin.initials("单单"), "sd"); // Shàn Dān
    EXPECT_EQ(pinyin.initials("朝阳"), "cy"); // 朝 as a surname: Cháo
    EXPECT_EQ(pinyin.initials("曾乐"), "zl");
    EXPECT_EQ(pinyin.initials("解解"), "xj");
    EXPECT_EQ(pinyin.initials("尉迟朝"), "ycz");
    // Every reading is still there for search.
    EXPECT_TRUE(pinyin.nameReadings("李朝阳").at(1).contains("chao"));
    EXPECT_TRUE(pinyin.nameReadings("王重阳").at(1).contains("zhong"));
    EXPECT_EQ(pinyin.sortKey("王重阳"), "wang chong yang");
    EXPECT_EQ(pinyin.sortKey("单田芳"), "shan tian fang");
}

TEST(Pinyin, NamesSortAsAPinyinDictionaryDoes)
{
    QStringList names{"张三", "王五", "李四", "阿明", "曾华", "林安", "李明", "Anna"};
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return pinyin.nameLess(a, b); });
    EXPECT_EQ(names, (QStringList{"阿明", "Anna", "李明", "李四", "林安", "王五", "曾华", "张三"}));
}

// Debian's Qt 6.4 is built with ICU, so QCollator("zh_CN") sorts by pinyin
// too; the roster still sorts by sortKey, which reads 曾 and 单 as surnames.
TEST(Pinyin, QCollatorForChineseIsIcusPinyinOrderInThisBuild)
{
    QStringList names{"张", "李", "王", "阿"};
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::sort(names.begin(), names.end(), collator);
    EXPECT_EQ(names, (QStringList{"阿", "李", "王", "张"}));
}
