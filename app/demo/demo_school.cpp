#include "demo_school.h"

#include "avatar.h"
#include "book_code.h"
#include "card_code.h"
#include "clock.h"
#include "ids.h"
#include "kiosk_store.h"
#include "pinyin.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <random>

namespace qq {
namespace {

// Common surnames, roughly in order of frequency, a few compound ones too.
constexpr std::array kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",   "何",   "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",   "董",   "袁",
    "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜",   "崔",   "钟",
    "谭", "陆", "汪", "范", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱",   "江",   "尹",
    "薛", "段", "雷", "侯", "龙", "陶", "黎", "贺", "顾", "毛", "龚", "邵", "万", "覃", "单", "欧阳", "司马", "诸葛"};
constexpr std::array kBoyChars = {"浩", "宇", "轩", "子", "豪", "俊", "杰", "涛", "明", "伟", "博", "文",
                                  "晨", "阳", "磊", "鑫", "鹏", "睿", "泽", "天", "一", "嘉", "志", "强",
                                  "航", "铭", "凯", "翔", "辰", "毅", "成", "乐", "宏", "康", "林", "鸿"};
constexpr std::array kGirlChars = {"欣", "怡", "雨", "梦", "婷", "佳", "琪", "思", "涵", "静", "雪", "悦",
                                   "诗", "瑶", "萱", "婉", "晓", "丽", "芳", "颖", "月", "可", "馨", "妍",
                                   "琳", "露", "彤", "蕾", "玲", "慧", "倩", "宁", "语", "安", "心", "蓉"};
constexpr std::array kGradeNames = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::array kCities = {"广州", "深圳", "东莞", "佛山", "上海", "杭州", "宁波", "苏州",
                                "北京", "厦门", "温州", "长沙", "武汉", "成都", "泉州", "昆山"};
constexpr std::array kWorkplaces = {"电子厂",   "服装厂", "建筑工地", "鞋厂", "家具厂",     "餐馆",
                                    "物流公司", "玩具厂", "装修队",   "超市", "汽车配件厂", "快递站"};
constexpr std::array kVillages = {"石桥村", "杨柳村", "青山村", "河湾村", "枫树村", "新田村", "大坪村", "竹林村"};
constexpr std::array kHealth = {"良好", "良好", "良好", "高血压", "腿脚不便", "糖尿病", "一般"};
constexpr std::array kPersonality = {"开朗", "安静", "内向", "活泼", "害羞", "懂事", "好动", "细心"};
constexpr std::array kHobbies = {"画画", "跳绳", "看书", "唱歌", "踢球", "下棋", "手工", "跑步", "打篮球"};
constexpr std::array kBookTitles = {
    "西游记",     "小王子",       "草房子",          "安徒生童话",       "格林童话",     "窗边的小豆豆",
    "夏洛的网",   "十万个为什么", "城南旧事",        "稻草人",           "小英雄雨来",   "昆虫记",
    "爱的教育",   "木偶奇遇记",   "海底两万里",      "鲁滨逊漂流记",     "青铜葵花",     "中国神话故事",
    "寄小读者",   "骆驼祥子",     "柳林风声",        "绿野仙踪",         "小猪唏哩呼噜", "没头脑和不高兴",
    "大林和小林", "宝葫芦的秘密", "汤姆·索亚历险记", "假如给我三天光明", "唐诗三百首",   "成语故事"};
constexpr std::array kAuthors = {"吴承恩",   "圣埃克苏佩里", "曹文轩",    "安徒生",    "格林兄弟", "黑柳彻子",
                                 "E.B.怀特", "米·伊林",      "林海音",    "叶圣陶",    "管桦",     "法布尔",
                                 "亚米契斯", "科洛迪",       "凡尔纳",    "笛福",      "曹文轩",   "袁珂",
                                 "冰心",     "老舍",         "格雷厄姆",  "鲍姆",      "孙幼军",   "任溶溶",
                                 "张天翼",   "张天翼",       "马克·吐温", "海伦·凯勒", "蘅塘退士", "佚名"};

class DemoRandom {
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) { }
    // Plain modulo of mt19937 output: the same on every standard library.
    int below(int n) { return int(m_engine() % quint32(n)); }
    template <typename Array> QString from(const Array &items)
    {
        return QString::fromUtf8(items[size_t(below(int(items.size())))]);
    }
    quint32 raw() { return m_engine(); }

private:
    std::mt19937 m_engine;
};

QString givenName(DemoRandom &rng, bool girl)
{
    const int length = rng.below(10) < 7 ? 2 : 1;
    QString name;
    for (int i = 0; i < length; ++i)
        name += girl ? rng.from(kGirlChars) : rng.from(kBoyChars);
    return name;
}

QString phoneNumber(DemoRandom &rng)
{
    static constexpr std::array kPrefixes = {"138", "139", "150", "151", "158", "186", "187", "135", "177"};
    QString number = rng.from(kPrefixes);
    for (int i = 0; i < 8; ++i)
        number += QChar(u'0' + rng.below(10));
    return number;
}

QString isbn13(DemoRandom &rng)
{
    QString digits = QStringLiteral("9787");
    for (int i = 0; i < 8; ++i)
        digits += QChar(u'0' + rng.below(10));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].digitValue()) * (i % 2 ? 3 : 1);
    digits += QChar(u'0' + (10 - sum % 10) % 10);
    return digits;
}

} // namespace

bool isEmptySchool(KioskStore &store)
{
    return store.roster().classes().isEmpty();
}

DemoSummary createDemoSchool(KioskStore &store, const DemoOptions &options)
{
    DemoRandom rng(options.seed);
    DemoRandom cardRng(options.seed ^ 0xCA4Du); // its own stream: names stay as they were
    QSet<QString> cardCodes;
    DemoSummary summary;
    Roster &roster = store.roster();
    Transaction tx(store.db());

    // The call places and the room's hours: weekday lunch and after school,
    // weekend days.
    CallBook &calls = store.calls();
    DemoRandom windowRng(options.seed ^ 0xCA11u); // its own stream: names stay as they were
    calls.addPlace({{}, QStringLiteral("亲情电话"), CallPlace::Kind::Phone, 1, true});
    calls.addPlace({{}, QStringLiteral("视频角"), CallPlace::Kind::Video, 1, true});
    QList<WeeklyRange> hours;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        hours.append({weekday, 12 * 60, 13 * 60});
        hours.append({weekday, 16 * 60, 18 * 60 + 30});
    }
    hours.append({6, 9 * 60, 17 * 60});
    hours.append({7, 9 * 60, 17 * 60});
    calls.setOpeningHours(hours);
    // When parents on shifts can answer: a lunch break, a free evening and a
    // Sunday afternoon, a Saturday morning after nights, or only late evenings
    // (when the room is closed: those children are told so and write instead).
    const QList<QList<WeeklyRange>> parentWindows = {
        {{1, 12 * 60, 12 * 60 + 30}, {2, 12 * 60, 12 * 60 + 30}, {3, 12 * 60, 12 * 60 + 30},
         {4, 12 * 60, 12 * 60 + 30}, {5, 12 * 60, 12 * 60 + 30}},
        {{3, 17 * 60 + 30, 18 * 60 + 30}, {7, 14 * 60, 16 * 60}},
        {{6, 9 * 60, 11 * 60}},
        {{7, 19 * 60, 21 * 60}},
    };
    const QList<WeeklyRange> grandparentWindows = {{1, 16 * 60, 18 * 60}, {3, 16 * 60, 18 * 60}, {5, 16 * 60, 18 * 60}};

    // The year the demo's ages are counted from: fixed, so output is deterministic.
    constexpr int kReferenceYear = 2026;
    QList<QString> classIds;
    QList<int> grades;
    const int gradeCount = std::min<int>(options.classes, 6);
    for (int i = 0; i < options.classes; ++i) {
        const int grade = i % gradeCount + 1;
        const int number = i / gradeCount + 1;
        SchoolClass schoolClass;
        schoolClass.name =
            QStringLiteral("%1年级(%2)班").arg(QString::fromUtf8(kGradeNames[size_t(grade - 1)])).arg(number);
        schoolClass.grade = grade;
        schoolClass.sortOrder = grade * 100 + number;
        classIds.append(roster.addClass(schoolClass));
        grades.append(grade);
        ++summary.classes;
    }

    QSet<QString> names;
    for (int i = 0; i < options.children; ++i) {
        const int classIndex = i % options.classes;
        const bool girl = rng.below(2) == 0;
        const QString surname = rng.from(kSurnames);
        QString name;
        do {
            name = surname + givenName(rng, girl);
        } while (names.contains(name));
        names.insert(name);

        Child child;
        child.classId = classIds[classIndex];
        child.name = name;
        child.gender = girl ? QStringLiteral("F") : QStringLiteral("M");
        const int age = 6 + grades[classIndex];
        child.birthDate = QDate(kReferenceYear - age, 1 + rng.below(12), 1).addDays(rng.below(28));
        do {
            child.cardCode = cardCodeFromPayload(quint64(cardRng.raw()) << 8 ^ cardRng.raw());
        } while (cardCodes.contains(child.cardCode));
        cardCodes.insert(child.cardCode);
        child.personality = rng.from(kPersonality);
        child.hobbies = rng.from(kHobbies);
        child.medical = rng.below(10) == 0 ? QStringLiteral("过敏性鼻炎") : QString();
        const QByteArray photo = options.photos ? avatarJpeg(rng.raw(), girl) : QByteArray();
        child.id = roster.addChild(child, photo);
        ++summary.children;

        const QString village = rng.from(kVillages);
        const QString sharedCity = rng.from(kCities);
        Contact father;
        father.childId = child.id;
        father.role = Contact::Role::Father;
        father.name = surname + givenName(rng, false);
        father.phone = phoneNumber(rng);
        father.workCity = sharedCity;
        father.workplace = rng.from(kWorkplaces);
        father.age = 30 + rng.below(12);
        calls.setContactWindows(roster.addContact(father), parentWindows.at(windowRng.below(4)));
        Contact mother;
        mother.childId = child.id;
        mother.role = Contact::Role::Mother;
        mother.name = rng.from(kSurnames) + givenName(rng, true);
        mother.phone = phoneNumber(rng);
        mother.workCity = rng.below(3) == 0 ? rng.from(kCities) : sharedCity;
        mother.workplace = rng.from(kWorkplaces);
        mother.age = 28 + rng.below(12);
        calls.setContactWindows(roster.addContact(mother), parentWindows.at(windowRng.below(3)));
        Contact guardian;
        guardian.childId = child.id;
        guardian.role = Contact::Role::Guardian;
        static constexpr std::array kRelations = {"奶奶", "爷爷", "外婆", "外公"};
        const int relation = rng.below(4);
        guardian.relationship = QString::fromUtf8(kRelations[size_t(relation)]);
        guardian.name = (relation < 2 ? surname : rng.from(kSurnames)) + givenName(rng, relation % 2 == 0);
        guardian.phone = phoneNumber(rng);
        guardian.address = QStringLiteral("%1%2组").arg(village).arg(1 + rng.below(9));
        guardian.age = 58 + rng.below(18);
        guardian.health = rng.from(kHealth);
        calls.setContactWindows(roster.addContact(guardian), grandparentWindows);
        summary.contacts += 3;
    }

    // Library: several copies of each title, as in a donated collection.
    Database &db = store.db();
    QString titleId;
    for (int copy = 0; copy < options.bookCopies; ++copy) {
        if (copy % 3 == 0) {
            titleId = newId();
            // Each title once, then again as further volumes (large data sets).
            const int which = summary.titles % int(kBookTitles.size());
            const int volume = summary.titles / int(kBookTitles.size()) + 1;
            const QString title = QString::fromUtf8(kBookTitles[size_t(which)])
                + (volume > 1 ? QStringLiteral("（第%1册）").arg(volume) : QString());
            db.prepare("INSERT INTO book_titles (id, isbn, title, author, title_pinyin, added_at) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(1, titleId)
                .bind(2, isbn13(rng))
                .bind(3, title)
                .bind(4, QString::fromUtf8(kAuthors[size_t(which)]))
                .bind(5, Pinyin::instance().initials(title))
                .bind(6, store.clock().nowMs())
                .run();
            store.changeLog().appendRow("book_titles", titleId, ChangeLog::Op::Insert, store.clock().nowMs());
            ++summary.titles;
        }
        const QString copyId = newId();
        db.prepare("INSERT INTO book_copies (id, title_id, barcode) VALUES (?, ?, ?)")
            .bind(1, copyId)
            .bind(2, titleId)
            .bind(3, bookCodeFromSerial(copy + 1))
            .run();
        store.changeLog().appendRow("book_copies", copyId, ChangeLog::Op::Insert, store.clock().nowMs());
        ++summary.copies;
    }

    store.settings().setValue("school_name", QStringLiteral("石桥镇中心小学"));
    tx.commit();
    if (!options.teacherPin.isEmpty())
        store.teacherPin().setPin(options.teacherPin);
    return summary;
}

} // namespace qq
