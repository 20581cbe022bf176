// qq::NameSearch: search as you type over child names, with the real pinyin table.
#include "name_search.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace qq;

namespace {

class NameSearchTest : public ::testing::Test {
protected:
    void use(std::initializer_list<const char *> names)
    {
        entries.clear();
        for (const char *name : names)
            entries.append({QStringLiteral("id-%1").arg(entries.size()), QString::fromUtf8(name)});
        search.reset(entries);
    }
    void useUcs4(std::initializer_list<const char32_t *> names)
    {
        entries.clear();
        for (const char32_t *name : names)
            entries.append({QStringLiteral("id-%1").arg(entries.size()), QString::fromUcs4(name)});
        search.reset(entries);
    }
    // The names found, best first, joined by commas.
    std::string found(const QString &query) const
    {
        QStringList names;
        for (const int index : search.search(query))
            names.append(entries.at(index).name);
        return names.join(u',').toStdString();
    }

    QList<SearchEntry> entries;
    NameSearch search;
};

} // namespace

TEST_F(NameSearchTest, InitialsFullPinyinAndAnyMixFindTheName)
{
    use({"张小明", "张晓丽", "李明", "王芳"});
    for (const char *query : {"zxm", "zhangxiaoming", "zhangxm", "zhxming", "zhangx", "zha", "z", "zx", "zhangxiaom",
                              "zxming", "xm", "xiaoming", "小明", "张小明", "张xm", "张xiaoming", "张x"}) {
        EXPECT_NE(found(query).find("张小明"), std::string::npos) << query << " -> " << found(query);
    }
    EXPECT_EQ(found("zxl"), "张晓丽");
    EXPECT_EQ(found("zxm"), "张小明");
    EXPECT_EQ(found("lm"), "李明");
    EXPECT_EQ(found("zhangxiaomingx"), "");
    EXPECT_EQ(found("xiaominga"), "");
    EXPECT_EQ(found("ming"), "李明"); // only from the start of the name or the given name
    EXPECT_EQ(found("zm"), "");
    EXPECT_EQ(found("wangfang"), "王芳");
    EXPECT_EQ(search.size(), 4);
}

TEST_F(NameSearchTest, CaseSpacesAndApostrophesAreIgnored)
{
    use({"张小明", "西安"});
    EXPECT_EQ(found("ZXM"), "张小明");
    EXPECT_EQ(found("Zhang Xiao Ming"), "张小明");
    EXPECT_EQ(found("  z x  m "), "张小明");
    EXPECT_EQ(found("zhang'xiao'ming"), "张小明");
    EXPECT_EQ(found("ｚｘｍ"), "张小明"); // full-width letters from an input method
    EXPECT_EQ(found("xi'an"), "西安");
    EXPECT_EQ(found("XIAN"), "西安");
}

TEST_F(NameSearchTest, BestFirstWholeNameThenPrefixThenGivenNameThenInside)
{
    use({"张小明", "谢明", "徐明亮", "吕小明", "小明明"});
    // 谢明: the whole name from its start; 小明明 and 徐明亮: a prefix from the start;
    // 吕小明 and 张小明: from the given name, in pinyin order (lv before zhang).
    EXPECT_EQ(found("xm"), "谢明,小明明,徐明亮,吕小明,张小明");
    // Hanzi anywhere in the name: from the given name (小明明 has the surname 小)
    // before inside it.
    EXPECT_EQ(found("明"), "小明明,谢明,徐明亮,吕小明,张小明");
    EXPECT_EQ(found(""), "");
}

TEST_F(NameSearchTest, HanziAndLettersMixed)
{
    use({"张小明", "张晓丽", "王小明"});
    EXPECT_EQ(found("张xm"), "张小明");
    EXPECT_EQ(found("张x"), "张晓丽,张小明"); // zhangxiaoli before zhangxiaoming
    EXPECT_EQ(found("z小m"), "张小明");
    EXPECT_EQ(found("小明"), "王小明,张小明");
    EXPECT_EQ(found("小丽"), "");
    EXPECT_EQ(found("张小明明"), "");
}

TEST_F(NameSearchTest, UmlautMatchesVAndU)
{
    use({"吕小明", "陆军", "女娲"});
    EXPECT_EQ(found("lv"), "吕小明");
    EXPECT_EQ(found("lu"), "陆军,吕小明"); // lujun before lvxiaoming
    EXPECT_EQ(found("lvxm"), "吕小明");
    EXPECT_EQ(found("luxm"), "吕小明");
    EXPECT_EQ(found("nuwa"), "女娲");
    EXPECT_EQ(found("nvwa"), "女娲");
}

TEST_F(NameSearchTest, SurnameReadingsAndOrdinaryReadingsBothMatch)
{
    use({"曾小华", "单田芳", "解晓东", "仇芳", "朴明", "查良", "区丽", "乐乐", "覃海", "盖伟", "王曾"});
    EXPECT_EQ(found("zxh"), "曾小华");
    EXPECT_EQ(found("cxh"), "曾小华"); // a child may type the everyday reading
    EXPECT_EQ(found("shantianfang"), "单田芳");
    EXPECT_EQ(found("dtf"), "单田芳");
    EXPECT_EQ(found("xiexd"), "解晓东");
    EXPECT_EQ(found("qiuf"), "仇芳");
    EXPECT_EQ(found("piaom"), "朴明");
    EXPECT_EQ(found("zhal"), "查良");
    EXPECT_EQ(found("oul"), "区丽");
    EXPECT_EQ(found("yuele"), "乐乐");
    EXPECT_EQ(found("qinh"), "覃海");
    EXPECT_EQ(found("gew"), "盖伟");
    EXPECT_EQ(found("wangceng"), "王曾");
    EXPECT_EQ(found("wangzeng"), "王曾");
}

TEST_F(NameSearchTest, CompoundSurnamesStartTheGivenNameAfterTwoCharacters)
{
    use({"欧阳娜娜", "尉迟恭", "长孙无忌", "司马光", "诸葛亮"});
    EXPECT_EQ(found("oynn"), "欧阳娜娜");
    EXPECT_EQ(found("ouyangnana"), "欧阳娜娜");
    EXPECT_EQ(found("nana"), "欧阳娜娜"); // the given name
    EXPECT_EQ(found("yuchigong"), "尉迟恭");
    EXPECT_EQ(found("ycg"), "尉迟恭");
    EXPECT_EQ(found("zhangsunwuji"), "长孙无忌");
    EXPECT_EQ(found("zswj"), "长孙无忌");
    EXPECT_EQ(found("wuji"), "长孙无忌");
    EXPECT_EQ(found("guang"), "司马光");
    EXPECT_EQ(found("liang"), "诸葛亮");
}

TEST_F(NameSearchTest, NonHanNames)
{
    use({"Anna", "阿依古丽·买买提", "Li Wei", "José"});
    EXPECT_EQ(found("anna"), "Anna");
    EXPECT_EQ(found("An"), "Anna");
    EXPECT_EQ(found("ayglmmt"), "阿依古丽·买买提");
    EXPECT_EQ(found("ayiguli"), "阿依古丽·买买提");
    EXPECT_EQ(found("mmt"), "阿依古丽·买买提"); // the word after the middle dot
    EXPECT_EQ(found("maimaiti"), "阿依古丽·买买提");
    EXPECT_EQ(found("古丽"), "阿依古丽·买买提");
    EXPECT_EQ(found("阿依古丽·买买提"), "阿依古丽·买买提");
    EXPECT_EQ(found("wei"), "Li Wei");
    EXPECT_EQ(found("liwei"), "Li Wei");
    EXPECT_EQ(found("jose"), "José");
    EXPECT_EQ(found("josé"), "José");
    EXPECT_EQ(found("JOSÉ"), "José");
}

TEST_F(NameSearchTest, RareCharactersAreKeptAndTheRestStillMatches)
{
    // U+20000 (Extension B, a surrogate pair) has the reading hē; U+2A6DF has none;
    // 㐀 (U+3400, Extension A) reads qiū.
    useUcs4({U"张\U00020000明", U"李\U0002A6DF华", U"王㐀", U"\U0002A6DF"});
    EXPECT_EQ(found("zhm"), QString::fromUcs4(U"张\U00020000明").toStdString());
    EXPECT_EQ(found(QString::fromUcs4(U"\U00020000")), QString::fromUcs4(U"张\U00020000明").toStdString());
    EXPECT_EQ(found("lh"), QString::fromUcs4(U"李\U0002A6DF华").toStdString()); // the unknown one is skipped
    EXPECT_EQ(found(QString::fromUcs4(U"李\U0002A6DF")), QString::fromUcs4(U"李\U0002A6DF华").toStdString());
    EXPECT_EQ(found(QString::fromUcs4(U"\U0002A6DF华")), QString::fromUcs4(U"李\U0002A6DF华").toStdString());
    EXPECT_EQ(found("wangqiu"), "王㐀");
    EXPECT_EQ(found("wq"), "王㐀");
    EXPECT_EQ(found("㐀"), "王㐀");
    EXPECT_EQ(search.search(QString::fromUcs4(U"\U0002A6DF")).size(), 2);
    // A lone surrogate in a name or a query is just an unknown character.
    entries.append({"broken", QString("李") + QChar(0xD800) + QString("华")});
    search.reset(entries);
    EXPECT_EQ(search.search("lh").size(), 2);
    EXPECT_TRUE(search.search(QString(QChar(0xDC00))).isEmpty());
}

TEST_F(NameSearchTest, OddQueriesReturnQuicklyWithoutCrashing)
{
    use({"张小明", "Anna", "阿依古丽·买买提", ""});
    const QString longQuery = QString(10000, u'z');
    const QString longMixed = QString("张小明").repeated(3000) + QString("zxm").repeated(1000);
    QElapsedTimer timer;
    timer.start();
    for (const QString &query : {QString(), QString("   "), QString("'''"), QString("·,.!?-_~@#$%^&*()"),
                                 QString("\t\n"), QString("，。！？"), longQuery, longMixed, QString(10000, u' ')}) {
        EXPECT_TRUE(search.search(query).isEmpty()) << query.left(20).toStdString();
    }
    EXPECT_LT(timer.elapsed(), 200);
    EXPECT_EQ(found("z-x-m!"), "张小明"); // punctuation between letters is dropped
    EXPECT_EQ(found("😀"), "");

    NameSearch empty;
    EXPECT_EQ(empty.size(), 0);
    EXPECT_TRUE(empty.search("zxm").isEmpty());
    empty.reset({});
    EXPECT_TRUE(empty.search("zxm").isEmpty());
}

TEST_F(NameSearchTest, ResetReplacesTheNames)
{
    use({"张小明"});
    EXPECT_EQ(found("zxm"), "张小明");
    use({"李华", "李华"}); // the same name twice: both found, in entry order
    EXPECT_EQ(found("zxm"), "");
    EXPECT_EQ(search.search("lh"), (QList<int>{0, 1}));
}
