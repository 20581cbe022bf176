// Build step: turns Unicode's Unihan readings (Debian's unicode-data,
// Unihan_Readings.txt.bz2) into the hanzi → pinyin table of qq::Pinyin, a
// generated C++ source with plain arrays (no start-up parsing, read-only pages).
//
//   make_pinyin_table <Unihan_Readings.txt[.bz2]> <output.cpp>
//
// Every Mandarin reading of a character is kept, most common first: kMandarin,
// then kHanyuPinlu (by its corpus frequency), kTGHZ2013, kXHC1983, kHanyuPinyin.
// Readings are toneless lowercase ASCII with ü written as v ("lǚ" → "lv").
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

// Field order is the order of preference: the first reading is the most common.
const char *const kFields[] = {"kMandarin", "kHanyuPinlu", "kTGHZ2013", "kXHC1983", "kHanyuPinyin"};
constexpr int kFieldCount = int(std::size(kFields));

struct CharacterFields {
    QByteArray values[kFieldCount];
};

// "lǜ" → "lv", "ê̄" → "e", "ḿ" → "m". Empty when something other than a-z remains.
std::string tonelessPinyin(const QString &syllable)
{
    const QString decomposed = syllable.normalized(QString::NormalizationForm_D);
    std::string ascii;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.isMark())
            continue;
        const bool umlaut = i + 1 < decomposed.size() && decomposed.at(i + 1) == QChar(0x0308);
        const char16_t lower = c.toLower().unicode();
        if (lower < u'a' || lower > u'z')
            return {};
        ascii += (lower == u'u' && umlaut) ? 'v' : char(lower);
    }
    return ascii;
}

// Splits one field's value into its syllables, most common first.
// kMandarin "lè" or "zhǎo zhuǎ"; kHanyuPinlu "lè(283) yuè(54)";
// kTGHZ2013/kXHC1983/kHanyuPinyin "0683.040:lè 1430.060:yuè", "10109.030:qiú,chóu,jū",
// locations may carry '*' and commas ("1092.070*,1092.071:sóng").
QStringList syllablesOf(int field, const QByteArray &value)
{
    QStringList syllables;
    QList<std::pair<int, QString>> counted; // kHanyuPinlu only
    for (const QString &item : QString::fromUtf8(value).split(u' ', Qt::SkipEmptyParts)) {
        QString readings = item.mid(item.lastIndexOf(u':') + 1);
        if (field == 1) {
            const qsizetype open = readings.indexOf(u'(');
            const int count = open < 0 ? 0 : readings.mid(open + 1).chopped(1).toInt();
            counted.append({count, readings.left(open)});
            continue;
        }
        syllables += readings.split(u',', Qt::SkipEmptyParts);
    }
    std::stable_sort(counted.begin(), counted.end(), [](auto &a, auto &b) { return a.first > b.first; });
    for (const auto &[count, syllable] : counted)
        syllables.append(syllable);
    return syllables;
}

bool readUnihan(const char *path, std::map<char32_t, CharacterFields> &characters)
{
    // The Debian package ships the file compressed; bzcat keeps this tool free of libbz2.
    const std::string source(path);
    const bool compressed = source.size() > 4 && source.compare(source.size() - 4, 4, ".bz2") == 0;
    FILE *input = nullptr;
    if (compressed) {
        std::string command = "bzcat -- '";
        for (char c : source)
            command += c == '\'' ? std::string("'\\''") : std::string(1, c);
        command += "'";
        input = popen(command.c_str(), "r");
    } else {
        input = std::fopen(path, "r");
    }
    if (!input) {
        std::perror(path);
        return false;
    }
    char *line = nullptr;
    size_t capacity = 0;
    ssize_t length = 0;
    while ((length = getline(&line, &capacity, input)) != -1) {
        const QByteArray text = QByteArray(line, length).trimmed();
        if (text.isEmpty() || text.startsWith('#'))
            continue;
        const QList<QByteArray> parts = text.split('\t');
        if (parts.size() != 3 || !parts[0].startsWith("U+"))
            continue;
        for (int field = 0; field < kFieldCount; ++field) {
            if (parts[1] != kFields[field])
                continue;
            bool ok = false;
            const uint codePoint = parts[0].mid(2).toUInt(&ok, 16);
            if (ok && codePoint <= 0x10FFFF)
                characters[char32_t(codePoint)].values[field] = parts[2];
        }
    }
    std::free(line);
    const int status = compressed ? pclose(input) : std::fclose(input);
    if (status != 0) {
        std::fprintf(stderr, "make_pinyin_table: reading %s failed (status %d)\n", path, status);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_pinyin_table <Unihan_Readings.txt[.bz2]> <output.cpp>\n");
        return 2;
    }
    std::map<char32_t, CharacterFields> characters;
    if (!readUnihan(argv[1], characters))
        return 1;

    std::vector<std::string> syllables; // index → text, in order of first use
    QHash<QByteArray, int> syllableIndex;
    std::vector<char32_t> codePoints;
    std::vector<size_t> readingBegin;
    std::vector<int> readings;
    for (const auto &[codePoint, fields] : characters) {
        std::vector<int> own;
        for (int field = 0; field < kFieldCount; ++field) {
            for (const QString &syllable : syllablesOf(field, fields.values[field])) {
                const std::string ascii = tonelessPinyin(syllable);
                if (ascii.empty())
                    continue;
                const QByteArray key(ascii.c_str());
                auto found = syllableIndex.constFind(key);
                if (found == syllableIndex.cend()) {
                    found = syllableIndex.insert(key, int(syllables.size()));
                    syllables.push_back(ascii);
                }
                if (std::find(own.begin(), own.end(), *found) == own.end())
                    own.push_back(*found);
            }
        }
        if (own.empty())
            continue;
        codePoints.push_back(codePoint);
        readingBegin.push_back(readings.size());
        readings.insert(readings.end(), own.begin(), own.end());
    }
    readingBegin.push_back(readings.size());

    // A truncated or foreign input must fail the build, not ship an empty table.
    if (codePoints.size() < 20000 || syllables.size() > 65535) {
        std::fprintf(stderr, "make_pinyin_table: %zu characters, %zu syllables: not the Unihan readings\n",
                     codePoints.size(), syllables.size());
        return 1;
    }

    // Written beside the target, then renamed: an interrupted build leaves no half file.
    const std::string outputPath = argv[2];
    const std::string temporaryPath = outputPath + ".tmp";
    FILE *out = std::fopen(temporaryPath.c_str(), "w");
    if (!out) {
        std::perror(temporaryPath.c_str());
        return 1;
    }
    std::fprintf(out,
                 "// Generated by make_pinyin_table from Unihan_Readings.txt. Do not edit.\n"
                 "#include <cstddef>\n#include <cstdint>\n\nnamespace qq::pinyin_table {\n\n");
    std::fprintf(out, "extern const std::size_t kSyllableCount = %zu;\n", syllables.size());
    std::fprintf(out, "extern const char *const kSyllables[] = {");
    for (size_t i = 0; i < syllables.size(); ++i)
        std::fprintf(out, "%s\"%s\",", i % 16 ? "" : "\n", syllables[i].c_str());
    std::fprintf(out, "\n};\n\nextern const std::size_t kCharacterCount = %zu;\n", codePoints.size());
    std::fprintf(out, "extern const char32_t kCodePoints[] = {");
    for (size_t i = 0; i < codePoints.size(); ++i)
        std::fprintf(out, "%s0x%X,", i % 16 ? "" : "\n", unsigned(codePoints[i]));
    std::fprintf(out, "\n};\n\n// Readings of kCodePoints[i]: kReadings[kReadingBegin[i] .. kReadingBegin[i + 1]).\n");
    std::fprintf(out, "extern const std::uint32_t kReadingBegin[] = {");
    for (size_t i = 0; i < readingBegin.size(); ++i)
        std::fprintf(out, "%s%zu,", i % 16 ? "" : "\n", readingBegin[i]);
    std::fprintf(out, "\n};\n\nextern const std::uint16_t kReadings[] = {");
    for (size_t i = 0; i < readings.size(); ++i)
        std::fprintf(out, "%s%d,", i % 24 ? "" : "\n", readings[i]);
    std::fprintf(out, "\n};\n\n} // namespace qq::pinyin_table\n");
    if (std::fclose(out) != 0 || std::rename(temporaryPath.c_str(), outputPath.c_str()) != 0) {
        std::perror(outputPath.c_str());
        return 1;
    }
    std::printf("make_pinyin_table: %zu characters, %zu readings, %zu syllables\n", codePoints.size(), readings.size(),
                syllables.size());
    return 0;
}
