// qq::TitleSearch: finding a book in the library corner as you type, with the real pinyin table.
#include "title_search.h"

#include <gtest/gtest.h>

using namespace qq;

namespace {

class TitleSearchTest : public ::testing::Test {
protected:
    // Each item is "title" or "title|author".
    void use(std::initializer_list<const char *> titles)
    {
        entries.clear();
        for (const char *text : titles) {
            const QStringList parts = QString::fromUtf8(text).split(u'|');
            entries.append({parts.at(0), parts.value(1)});
        }
        search.reset(entries);
    }
    // The titles found, best first, joined by commas.
    std::string found(const QString &query, int limit = 50) const
    {
        QStringList titles;
        for (const int index : search.search(query, limit))
            titles.append(entries.at(index).title);
        return titles.join(u',').toStdString();
    }
    bool finds(const QString &query, const char *title) const
    {
        for (const int index : search.search(query))
            if (entries.at(index).title == QString::fromUtf8(title))
                return true;
        return false;
    }

    QList<TitleEntry> entries;
    TitleSearch search;
};

const std::initializer_list<const char *> kShelf{
    "西游记|吴承恩",     "小王子|圣埃克苏佩里", "草房子|曹文轩", "十万个为什么|米·伊林", "汤姆·索亚历险记|马克·吐温",
    "海底两万里|凡尔纳", "青铜葵花|曹文轩",     "绿野仙踪|鲍姆", "长袜子皮皮|林格伦",    "窗边的小豆豆|黑柳彻子",
};

} // namespace

TEST_F(TitleSearchTest, CharactersAnywhereInTheTitleOrTheAuthor)
{
    use(kShelf);
    EXPECT_EQ(found("王子"), "小王子");
    EXPECT_EQ(found("小王子"), "小王子");
    EXPECT_EQ(found("两万"), "海底两万里");
    EXPECT_EQ(found("为什么"), "十万个为什么");
    EXPECT_EQ(found("历险记"), "汤姆·索亚历险记");
    EXPECT_EQ(found("曹文轩"), "草房子,青铜葵花"); // the author's books, shorter title first
    EXPECT_EQ(found("吐温"), "汤姆·索亚历险记");
    EXPECT_EQ(found("马克吐温"), "汤姆·索亚历险记"); // the middle dot is not typed
    EXPECT_EQ(found("豆豆"), "窗边的小豆豆");
    EXPECT_EQ(search.size(), 10);
}

TEST_F(TitleSearchTest, FullPinyinFromTheStartOrAnyCharacter)
{
    use(kShelf);
    EXPECT_EQ(found("xiaowangzi"), "小王子");
    EXPECT_EQ(found("wangzi"), "小王子");
    EXPECT_EQ(found("xiao wang"), "小王子");
    EXPECT_EQ(found("xiyouji"), "西游记");
    EXPECT_EQ(found("youji"), "西游记");
    EXPECT_EQ(found("caofangzi"), "草房子");
    EXPECT_EQ(found("haidiliangwanli"), "海底两万里");
    EXPECT_EQ(found("liangwanli"), "海底两万里");
    EXPECT_EQ(found("suoyalixianji"), "汤姆·索亚历险记");
    EXPECT_EQ(found("tangmusuoya"), "汤姆·索亚历险记");
    EXPECT_EQ(found("qingtongkuihua"), "青铜葵花");
    EXPECT_EQ(found("xiaodoudou"), "窗边的小豆豆");
}

TEST_F(TitleSearchTest, InitialsAndAnyMix)
{
    use(kShelf);
    EXPECT_EQ(found("xwz"), "小王子");
    EXPECT_EQ(found("cfz"), "草房子");
    EXPECT_EQ(found("xyj"), "西游记");
    EXPECT_EQ(found("hdlwl"), "海底两万里");
    EXPECT_EQ(found("tmsylxj"), "汤姆·索亚历险记");
    EXPECT_EQ(found("swgwsm"), "十万个为什么");
    EXPECT_EQ(found("xiaowz"), "小王子");
    EXPECT_EQ(found("xwangzi"), "小王子");
    EXPECT_EQ(found("小wz"), "小王子"); // a hanzi from the input method, then letters
    EXPECT_EQ(found("wz"), "小王子,长袜子皮皮"); // 王子 and 袜子, both inside, shorter first
}

TEST_F(TitleSearchTest, SpacesCaseAndFullWidthAreIgnored)
{
    use(kShelf);
    EXPECT_EQ(found("XiaoWangZi"), "小王子");
    EXPECT_EQ(found("XWZ"), "小王子");
    EXPECT_EQ(found("  x w  z "), "小王子");
    EXPECT_EQ(found("ｘｗｚ"), "小王子"); // full-width letters from an input method
    EXPECT_EQ(found("ＸＩＡＯ　ＷＡＮＧ"), "小王子"); // and an ideographic space
    EXPECT_EQ(found("xiao'wang'zi"), "小王子");
    EXPECT_EQ(found("小 王子"), "小王子");
    EXPECT_EQ(found("汤姆·索亚"), "汤姆·索亚历险记");
    EXPECT_EQ(found("汤姆索亚"), "汤姆·索亚历险记");
}

TEST_F(TitleSearchTest, PolyphonicCharactersTryEveryReading)
{
    use(kShelf);
    // 什 is shí and shén, 长 cháng and zhǎng, 为 wéi and wèi.
    EXPECT_EQ(found("shiwangeweishenme"), "十万个为什么");
    EXPECT_EQ(found("weishenme"), "十万个为什么");
    EXPECT_EQ(found("changwazipipi"), "长袜子皮皮");
    EXPECT_EQ(found("zhangwazipipi"), "长袜子皮皮");
    EXPECT_EQ(found("cwzpp"), "长袜子皮皮");
    EXPECT_EQ(found("zwzpp"), "长袜子皮皮");
    // ü is stored as v; a typed u finds it too.
    EXPECT_EQ(found("lvyexianzong"), "绿野仙踪");
    EXPECT_EQ(found("luyexianzong"), "绿野仙踪");
}

TEST_F(TitleSearchTest, WholeTitleThenPrefixThenInsideThenAuthorShorterFirst)
{
    use({"西游记（第2册）", "少年西游记", "西游记", "小猪唏哩呼噜", "小英雄雨来", "小王子", "王子与贫儿",
         "我的书|王小明"});
    // 西游记: whole; 西游记（第2册）: a prefix; 少年西游记: inside.
    EXPECT_EQ(found("xiyouji"), "西游记,西游记（第2册）,少年西游记");
    EXPECT_EQ(found("西游记"), "西游记,西游记（第2册）,少年西游记");
    EXPECT_EQ(found("xyj"), "西游记,西游记（第2册）,少年西游记");
    // Prefixes, shorter titles first; then 王小明's book by its author.
    EXPECT_EQ(found("xiao"), "小王子,小英雄雨来,小猪唏哩呼噜");
    EXPECT_EQ(found("小"), "小王子,小英雄雨来,小猪唏哩呼噜,我的书");
    EXPECT_EQ(found("wangzi"), "王子与贫儿,小王子");
    EXPECT_EQ(found("王"), "王子与贫儿,小王子,我的书");
    // Volume numbers are typed as digits.
    EXPECT_EQ(found("xyjd2"), "西游记（第2册）");
    EXPECT_EQ(found("西游记第2册"), "西游记（第2册）");
    EXPECT_EQ(found("西游记（第２册）"), "西游记（第2册）");
}

TEST_F(TitleSearchTest, MissesEmptyQueriesAndTheLimit)
{
    use(kShelf);
    EXPECT_EQ(found(""), "");
    EXPECT_EQ(found("   "), "");
    EXPECT_EQ(found("·（）"), "");
    EXPECT_EQ(found("xiaowangzix"), "");
    EXPECT_EQ(found("qqxv"), "");
    EXPECT_EQ(found("王子小"), "");
    EXPECT_EQ(found("zwx"), "");
    EXPECT_EQ(found("红楼梦"), "");
    EXPECT_EQ(found("hongloumeng"), "");
    EXPECT_EQ(found(QString(121, u'x')), "");
    EXPECT_TRUE(finds("x", "小王子"));
    EXPECT_TRUE(finds("x", "西游记"));
    EXPECT_EQ(search.search("x", 2).size(), 2);
    EXPECT_TRUE(search.search("x", 0).isEmpty());

    search.reset({});
    EXPECT_EQ(search.size(), 0);
    EXPECT_TRUE(search.search("xwz").isEmpty());
}

TEST_F(TitleSearchTest, LatinLettersDigitsAndCharactersWithoutReadings)
{
    use({"ABC字母书|E.B.怀特", "Harry Potter", "100个科学实验", "𠀀之书", "小★书"});
    EXPECT_EQ(found("abc"), "ABC字母书");
    EXPECT_EQ(found("abczimushu"), "ABC字母书");
    EXPECT_EQ(found("ＡＢＣ"), "ABC字母书");
    EXPECT_EQ(found("potter"), "Harry Potter");
    EXPECT_EQ(found("harrypotter"), "Harry Potter");
    EXPECT_EQ(found("100gkxsy"), "100个科学实验");
    EXPECT_EQ(found("kexue"), "100个科学实验");
    EXPECT_EQ(found("eb怀特"), "ABC字母书"); // the author as written, without the dots
    EXPECT_EQ(found("𠀀"), "𠀀之书");
    EXPECT_EQ(found("xiaoshu"), "小★书"); // a character without a reading may be skipped
    EXPECT_EQ(found("小★"), "小★书"); // or typed
}
