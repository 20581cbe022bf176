// roster_import_ms: a school's roster of 2,000 children with parents and a
// guardian, as a GBK CSV from WPS, previewed and applied into a fresh store on
// the real disk (median of 5 fresh stores). roster_reimport_ms: the same file
// previewed again over the filled store, where every row is unchanged.
// roster_import_xlsx_ms: the same children as an .xlsx workbook (dates as date
// cells, phones as numbers, shared strings), read from the disk by
// previewFile and applied into a fresh store (median of 5);
// roster_import_xlsx_preview_ms: its preview alone.
#include "card_code.h"
#include "clock.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "roster_import.h"
#include "xlsx_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <iconv.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace qq;

namespace {

constexpr int kChildren = 2000;
constexpr int kRuns = 5;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QByteArray toGbk(const QString &text)
{
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 2 + 16, Qt::Uninitialized);
    iconv_t cd = iconv_open("GBK", "UTF-8");
    char *inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    if (cd == iconv_t(-1) || iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
        std::fprintf(stderr, "cannot encode the roster as GBK\n");
        std::exit(1);
    }
    iconv_close(cd);
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

const QStringList kColumns =
    QStringLiteral("姓名,性别,出生日期,班级,卡号,性格,爱好,病史,父亲姓名,父亲电话,父亲务工城市,"
                   "父亲工作单位,母亲姓名,母亲电话,母亲务工城市,母亲工作单位,监护人姓名,监护人关系,"
                   "监护人电话,监护人地址,监护人年龄,监护人健康状况")
        .split(u',');

// A rural school's roster as teachers keep it: every column, Chinese names,
// parents working in the coastal cities, grandparents at home.
QList<QStringList> makeRows()
{
    std::mt19937 random(20261123);
    auto pick = [&](const QStringList &list) { return list.at(int(random() % quint32(list.size()))); };
    auto below = [&](int n) { return int(random() % quint32(n)); };
    const QStringList surnames =
        QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 "
                       "唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 "
                       "任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦")
            .split(u' ');
    const QStringList girl =
        QStringLiteral("芳 娟 敏 静 丽 艳 婷 雪 琳 慧 佳 欣 怡 梦 瑶 颖 秀 英 玉 兰 晓 小 春 思 雨 诗 涵 可 心 悦")
            .split(u' ');
    const QStringList boy =
        QStringLiteral("伟 强 磊 军 勇 杰 涛 明 超 浩 宇 鹏 飞 俊 峰 辉 鑫 博 文 家 子 晨 志 建 国 天 成 旭 阳 小")
            .split(u' ');
    const QStringList cities =
        QStringLiteral("广州 深圳 东莞 佛山 上海 苏州 杭州 宁波 温州 厦门 北京 天津").split(u' ');
    const QStringList work =
        QStringLiteral("电子厂 建筑工地 服装厂 物流公司 餐馆 家具厂 鞋厂 汽配厂 快递站 装修队").split(u' ');
    const QStringList relations = QStringLiteral("奶奶 爷爷 外婆 外公").split(u' ');
    const QStringList health = QStringLiteral("良好 一般 高血压 腿脚不便 糖尿病").split(u' ');
    const QStringList personality = QStringLiteral("开朗 内向 活泼 文静 胆小 热心 倔强").split(u' ');
    const QStringList hobbies = QStringLiteral("画画 跳绳 唱歌 读书 踢毽子 打篮球 下棋 手工").split(u' ');
    const QStringList villages = QStringLiteral("石桥村 河口村 柳树湾 新庄 王家坪 青龙村").split(u' ');
    const QStringList grades = QStringLiteral("一 二 三 四 五 六").split(u' ');
    auto name = [&](const QString &surname, bool female) {
        QString given = pick(female ? girl : boy);
        if (below(3) > 0)
            given += pick(female ? girl : boy);
        return surname + given;
    };
    auto phone = [&] {
        return QStringLiteral("1%1%2 %3 %4")
            .arg(3 + below(7))
            .arg(below(10))
            .arg(below(10000), 4, 10, QChar(u'0'))
            .arg(below(10000), 4, 10, QChar(u'0'));
    };

    QList<QStringList> rows;
    QSet<QString> names;
    for (int i = 0; i < kChildren; ++i) {
        const int grade = 1 + i % 6;
        const int classNumber = 1 + (i / 6) % 6;
        const bool female = below(2) == 0;
        const QString surname = pick(surnames);
        QString child;
        do {
            child = name(surname, female);
        } while (names.contains(child) && names.size() < 100000);
        names.insert(child);
        const QDate birth = QDate(2026 - 6 - grade, 1, 1).addDays(below(365));
        const int relation = below(4);
        const QString city = pick(cities);
        const QStringList cells{
            child,
            female ? QStringLiteral("女") : QStringLiteral("男"),
            birth.toString(QStringLiteral("yyyy/M/d")),
            QStringLiteral("%1年级(%2)班").arg(grades.at(grade - 1)).arg(classNumber),
            cardCodeFromPayload(quint64(i) * 2654435761u), // distinct, valid
            pick(personality),
            pick(hobbies),
            below(10) == 0 ? QStringLiteral("过敏性鼻炎") : QString(),
            name(surname, false),
            phone(),
            city,
            pick(work),
            name(pick(surnames), true),
            phone(),
            below(3) == 0 ? pick(cities) : city,
            pick(work),
            name(relation < 2 ? surname : pick(surnames), relation % 2 == 0),
            relations.at(relation),
            phone(),
            QStringLiteral("%1%2组").arg(pick(villages)).arg(1 + below(9)),
            QString::number(58 + below(18)),
            pick(health),
        };
        rows.append(cells);
    }
    return rows;
}

QByteArray makeCsv(const QList<QStringList> &rows)
{
    QString csv = kColumns.join(u',') + QStringLiteral("\r\n");
    for (const QStringList &cells : rows)
        csv += cells.join(u',') + QStringLiteral("\r\n");
    return toGbk(csv);
}

// As Excel saves it: birth dates in date cells, phones and ages as numbers.
QByteArray makeXlsx(const QList<QStringList> &rows)
{
    test::XlsxBuilder book;
    book.addSheet(QStringLiteral("留守儿童花名册"));
    QList<test::XlsxCell> header;
    for (const QString &column : kColumns)
        header.append(test::XlsxCell::text(column));
    book.row(header);
    for (const QStringList &cells : rows) {
        QList<test::XlsxCell> row;
        for (int c = 0; c < cells.size(); ++c) {
            const QString &text = cells.at(c);
            if (c == 2)
                row.append(test::XlsxCell::date(QDate::fromString(text, QStringLiteral("yyyy/M/d"))));
            else if (c == 9 || c == 13 || c == 18 || c == 20)
                row.append(test::XlsxCell::number(QString(text).remove(u' ')));
            else if (text.isEmpty())
                row.append(test::XlsxCell{});
            else
                row.append(test::XlsxCell::text(text));
        }
        book.row(row);
    }
    return book.build();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<QStringList> rows = makeRows();
    const QByteArray roster = makeCsv(rows);
    const QByteArray workbook = makeXlsx(rows);
    ManualClock clock(localMs(QDate(2026, 11, 23), QTime(15, 0), QTimeZone("Asia/Shanghai")));

    std::vector<double> importMs;
    std::vector<double> previewMs;
    std::vector<double> reimportMs;
    for (int run = 0; run < kRuns; ++run) {
        // The real disk, not a RAM-backed /tmp: apply() ends in an fsync'd commit.
        QTemporaryDir dir(QDir::current().filePath("bench-roster-import-XXXXXX"));
        auto store = KioskStore::open(dir.filePath("kiosk"), clock, TeacherPin::Cost::Minimal);
        RosterImport importer(store->db(), store->roster(), store->changeLog(), clock, store->settings());

        QElapsedTimer timer;
        timer.start();
        const ImportPreview preview = importer.preview(roster);
        const qint64 previewed = timer.nsecsElapsed();
        const ImportResult result = importer.apply(preview);
        const qint64 applied = timer.nsecsElapsed();
        if (!result.ok || result.added != kChildren || preview.encoding != QLatin1String("GB18030")) {
            std::fprintf(stderr, "import failed: %s (%d added)\n", qPrintable(result.error), result.added);
            return 1;
        }
        previewMs.push_back(double(previewed) / 1e6);
        importMs.push_back(double(applied) / 1e6);

        timer.restart();
        const ImportPreview again = importer.preview(roster);
        reimportMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (again.count(ImportRow::Action::Unchanged) != kChildren) {
            std::fprintf(stderr, "re-import is not unchanged\n");
            return 1;
        }
    }
    std::vector<double> xlsxMs;
    std::vector<double> xlsxPreviewMs;
    for (int run = 0; run < kRuns; ++run) {
        QTemporaryDir dir(QDir::current().filePath("bench-roster-import-XXXXXX"));
        auto store = KioskStore::open(dir.filePath("kiosk"), clock, TeacherPin::Cost::Minimal);
        RosterImport importer(store->db(), store->roster(), store->changeLog(), clock, store->settings());
        QFile file(dir.filePath("花名册.xlsx"));
        if (!file.open(QIODevice::WriteOnly) || file.write(workbook) != workbook.size()) {
            std::fprintf(stderr, "cannot write the workbook\n");
            return 1;
        }
        file.close();

        QElapsedTimer timer;
        timer.start();
        const ImportPreview preview = importer.previewFile(file.fileName());
        xlsxPreviewMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        const ImportResult result = importer.apply(preview);
        xlsxMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result.ok || result.added != kChildren) {
            std::fprintf(stderr, "xlsx import failed: %s %s (%d added)\n", qPrintable(preview.fileErrors.join(u' ')),
                         qPrintable(result.error), result.added);
            return 1;
        }
    }
    std::printf("bench: roster_import_children %d children (%lld KB GBK, %lld KB xlsx)\n", kChildren,
                static_cast<long long>(roster.size() / 1024), static_cast<long long>(workbook.size() / 1024));
    std::printf("bench: roster_import_preview_ms %.1f ms\n", median(previewMs));
    std::printf("bench: roster_import_ms %.1f ms\n", median(importMs));
    std::printf("bench: roster_reimport_ms %.1f ms\n", median(reimportMs));
    std::printf("bench: roster_import_xlsx_preview_ms %.1f ms\n", median(xlsxPreviewMs));
    std::printf("bench: roster_import_xlsx_ms %.1f ms\n", median(xlsxMs));
    return 0;
}
