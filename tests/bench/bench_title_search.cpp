// title_search_p99_ms: TitleSearch::search for every keystroke of queries typed
// into a library of 5,000 titles (the demo school's titles with volume numbers,
// and random ones): hanzi from inside a title, full pinyin from the start and
// from a later character, initials, an author, and misses. The goal is 2 ms per
// keystroke.
#include "pinyin.h"
#include "title_search.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace qq;

namespace {

// As in app/demo/demo_school.cpp.
constexpr std::array kTitles = {"西游记",       "小王子",          "草房子",           "安徒生童话",     "格林童话",
                                "窗边的小豆豆", "夏洛的网",        "十万个为什么",     "城南旧事",       "稻草人",
                                "小英雄雨来",   "昆虫记",          "爱的教育",         "木偶奇遇记",     "海底两万里",
                                "鲁滨逊漂流记", "青铜葵花",        "中国神话故事",     "寄小读者",       "骆驼祥子",
                                "柳林风声",     "绿野仙踪",        "小猪唏哩呼噜",     "没头脑和不高兴", "大林和小林",
                                "宝葫芦的秘密", "汤姆·索亚历险记", "假如给我三天光明", "唐诗三百首",     "成语故事"};
constexpr std::array kAuthors = {"吴承恩",   "圣埃克苏佩里", "曹文轩",    "安徒生",    "格林兄弟", "黑柳彻子",
                                 "E.B.怀特", "米·伊林",      "林海音",    "叶圣陶",    "管桦",     "法布尔",
                                 "亚米契斯", "科洛迪",       "凡尔纳",    "笛福",      "曹文轩",   "袁珂",
                                 "冰心",     "老舍",         "格雷厄姆",  "鲍姆",      "孙幼军",   "任溶溶",
                                 "张天翼",   "张天翼",       "马克·吐温", "海伦·凯勒", "蘅塘退士", "佚名"};
// Characters that children's book titles are made of (several polyphonic: 长, 行, 乐, 重, 了, 大).
const QString kCharacters = QStringLiteral(
    "小大的我你他她们天地山水火花草树木鸟鱼虫猫狗熊猪兔羊马牛龙虎星月日云风雨雪春夏秋冬红黄蓝绿白黑金银"
    "长行乐重了好快慢高兴学校老师同学朋友爸妈爷奶家门前后上下左右东西南北中国故事童话诗歌画书本字词句"
    "森林海洋河湖城市村庄田野花园动物植物科学宇宙地球太阳飞船机器人魔法王子公主勇敢聪明笨笨奇妙冒险旅行");

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

// As a child types a title: the first reading of each hanzi, digits as they
// are, punctuation left out. 西游记（第3册） → xi, you, ji, di, 3, ce.
QStringList syllablesOf(const QString &title)
{
    QStringList syllables;
    for (const char32_t c : title.toUcs4()) {
        if (const QStringList readings = Pinyin::instance().readings(c); !readings.isEmpty())
            syllables.append(readings.first());
        else if (c < 0x80 && QChar::isLetterOrNumber(c))
            syllables.append(QString(QChar(char16_t(c))).toLower());
    }
    return syllables;
}

} // namespace

int main()
{
    std::mt19937 random(20261123);
    auto below = [&](int n) { return int(random() % quint32(n)); };

    QList<TitleEntry> titles;
    for (int i = 0; i < 5000; ++i) {
        if (i % 2 == 0) {
            const int which = below(int(kTitles.size()));
            QString title = QString::fromUtf8(kTitles[size_t(which)]);
            if (i % 6 != 0)
                title += QStringLiteral("（第%1册）").arg(i / 60 + 1);
            titles.append({title, QString::fromUtf8(kAuthors[size_t(which)])});
        } else {
            QString title;
            const int length = 2 + below(9);
            for (int k = 0; k < length; ++k)
                title += kCharacters.at(below(int(kCharacters.size())));
            QString author;
            for (int k = 0; k < 2 + below(2); ++k)
                author += kCharacters.at(below(int(kCharacters.size())));
            titles.append({title, author});
        }
    }

    TitleSearch search;
    const auto resetStart = std::chrono::steady_clock::now();
    search.reset(titles);
    const double resetMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - resetStart).count();

    // What children and teachers type.
    QStringList typed;
    QList<int> source; // the title each query was made from; -1 for a miss
    for (int i = 0; i < 600; ++i) {
        const int which = below(int(titles.size()));
        const TitleEntry &entry = titles.at(which);
        source.append(i % 6 == 5 ? -1 : which);
        const QStringList syllables = syllablesOf(entry.title);
        const int from = below(int(std::max<qsizetype>(1, syllables.size() - 1)));
        switch (i % 6) {
        case 0: // full pinyin from the start
            typed.append(syllables.join(QString()));
            break;
        case 1: // full pinyin from a later character ("wangzi")
            typed.append(syllables.mid(from).join(QString()));
            break;
        case 2: { // initials
            QString initials;
            for (const QString &syllable : syllables)
                initials += syllable.at(0);
            typed.append(initials);
            break;
        }
        case 3: // hanzi from inside the title
            typed.append(entry.title.mid(below(int(std::max<qsizetype>(1, entry.title.size() - 2))), 3));
            break;
        case 4: // the author
            typed.append(entry.author);
            break;
        default: // no such title
            typed.append(syllables.join(QString()).left(4) + QStringLiteral("qqxv"));
        }
    }

    std::vector<double> keystrokeMs;
    qsizetype hits = 0;
    for (const QString &query : typed) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString prefix = query.left(length);
            const auto start = std::chrono::steady_clock::now();
            const QList<int> found = search.search(prefix);
            keystrokeMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            hits += found.size();
        }
    }

    // Typed in full, each query finds the title it was made from (and a miss finds nothing).
    int right = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QList<int> found = search.search(typed.at(i), search.size());
        right += source.at(i) < 0 ? found.isEmpty() : found.contains(source.at(i));
    }

    std::printf("bench: title_search_titles %d titles\n", search.size());
    std::printf("bench: title_search_keystrokes %zu keystrokes\n", keystrokeMs.size());
    std::printf("bench: title_search_reset_ms %.2f ms\n", resetMs);
    std::printf("bench: title_search_median_ms %.4f ms\n", percentile(keystrokeMs, 0.5));
    std::printf("bench: title_search_p99_ms %.4f ms\n", percentile(keystrokeMs, 0.99));
    std::printf("bench: title_search_max_ms %.4f ms\n", *std::max_element(keystrokeMs.begin(), keystrokeMs.end()));
    std::printf("bench: title_search_found_pct %.1f %%\n", 100.0 * right / double(typed.size()));
    return hits > 0 && right == typed.size() ? 0 : 1;
}
