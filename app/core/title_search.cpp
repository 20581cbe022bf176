#include "title_search.h"

#include "pinyin.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>

namespace qq {
namespace {

// Query characters the matcher can track: one bit per position of a 128-bit set.
constexpr int kMaxQueryLength = 120;
using Positions = unsigned __int128;

Positions positionBit(int position)
{
    return Positions(1) << position;
}

int lowestPosition(Positions positions)
{
    const auto low = std::uint64_t(positions);
    return low ? std::countr_zero(low) : 64 + std::countr_zero(std::uint64_t(positions >> 64));
}

// Letters a-z are bits 0-25, digits share bit 26.
std::uint32_t letterBit(char32_t letter)
{
    return letter >= U'a' ? 1u << (letter - U'a') : 1u << 26;
}

// A typed "u" also matches ü, which readings write as v ("lu" finds 吕).
bool sameLetter(char32_t typed, char stored)
{
    return typed == char32_t(stored) || (typed == U'u' && stored == 'v');
}

// A letter or digit outside the pinyin table reads as its plain ASCII base
// ("É" → "e"); anything else (a symbol, another script) has no reading.
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

// The readings of one character of a title: every pinyin reading, or the
// letter it is. Lowercase ASCII, ü as v.
QStringList readingsOf(char32_t c)
{
    QStringList readings = Pinyin::instance().readings(c);
    if (readings.isEmpty()) {
        if (QString letter = letterReading(c); !letter.isEmpty())
            readings.append(letter);
    }
    return readings;
}

// The characters of a text as the search compares them: NFKC (full-width
// letters, compatibility ideographs), case-folded, without spaces and punctuation.
std::u32string foldedCharacters(const QString &text)
{
    std::u32string folded;
    for (const char32_t c : text.normalized(QString::NormalizationForm_KC).toUcs4()) {
        if (!Pinyin::isSeparator(c) && c != U'\uFFFD')
            folded.push_back(QChar::toCaseFolded(c));
    }
    return folded;
}

// Query tokens: letters and digits as lowercase ASCII (full-width ones too),
// anything else (hanzi) as its case-folded code point, matched literally.
// Returns the token count, or -1 when the query is too long to match any title.
int tokenize(const QString &query, std::array<char32_t, kMaxQueryLength> &tokens)
{
    int count = 0;
    for (const char32_t token : foldedCharacters(query)) {
        if (token < 0x80 && !QChar::isLetterOrNumber(token))
            continue; // ASCII symbols such as + or =
        if (count == kMaxQueryLength)
            return -1;
        tokens[size_t(count++)] = token;
    }
    return count;
}

} // namespace

void TitleSearch::reset(const QList<TitleEntry> &titles)
{
    m_entries.clear();
    m_units.clear();
    m_readings.clear();
    m_syllableText.clear();
    m_authorText.clear();
    m_entries.reserve(size_t(titles.size()));

    QHash<QString, Reading> syllables; // each distinct reading stored once
    QHash<char32_t, QStringList> readingsByCharacter; // titles repeat their characters
    for (const TitleEntry &title : titles) {
        Entry entry{std::uint32_t(m_units.size()), 0, 0, std::uint32_t(m_authorText.size()), 0};
        for (const char32_t c : foldedCharacters(title.title)) {
            auto cached = readingsByCharacter.constFind(c);
            if (cached == readingsByCharacter.cend())
                cached = readingsByCharacter.insert(c, readingsOf(c));
            Unit unit{c, 0, std::uint32_t(m_readings.size()), 0, 0};
            std::uint32_t longestReading = 1; // typed as itself
            for (const QString &text : *cached) {
                auto found = syllables.constFind(text);
                if (found == syllables.cend()) {
                    const Reading reading{std::uint32_t(m_syllableText.size()), std::uint32_t(text.size())};
                    m_syllableText += text.toStdString();
                    found = syllables.insert(text, reading);
                }
                m_readings.push_back(*found);
                ++unit.readingCount;
                unit.firstLetters |= letterBit(text.at(0).unicode());
                for (const QChar letter : text)
                    entry.letters |= letterBit(letter.unicode()) | (letter == u'v' ? letterBit(U'u') : 0);
                longestReading = std::max(longestReading, std::uint32_t(text.size()));
            }
            unit.longestToEnd = std::uint16_t(std::min<std::uint32_t>(longestReading, 0xFFFF));
            m_units.push_back(unit);
            ++entry.unitCount;
        }
        // How much of the query the title can take from each character on.
        std::uint32_t toEnd = 0;
        for (std::uint32_t u = entry.unitCount; u-- > 0;) {
            Unit &unit = m_units[entry.unitBegin + u];
            toEnd = std::min<std::uint32_t>(toEnd + unit.longestToEnd, 0xFFFF);
            unit.longestToEnd = std::uint16_t(toEnd);
        }
        const std::u32string author = foldedCharacters(title.author);
        m_authorText += author;
        entry.authorLength = std::uint32_t(author.size());
        m_entries.push_back(entry);
    }
}

// Runs the query over the title from firstUnit on, tracking every query position
// reachable after each character: a character takes a non-empty prefix of one of
// its readings, or itself typed literally; one without readings may be skipped.
// From a later character only "found or not" matters, so it stops at the first hit.
TitleSearch::Match TitleSearch::matchFrom(const Entry &entry, std::uint32_t firstUnit, const char32_t *query,
                                          int length) const
{
    const Positions end = positionBit(length);
    Positions reached = positionBit(0);
    bool matched = false;
    const std::uint32_t lastUnit = entry.unitBegin + entry.unitCount;
    for (std::uint32_t u = entry.unitBegin + firstUnit; u < lastUnit; ++u) {
        const Unit &unit = m_units[u];
        Positions next = unit.readingCount == 0 ? reached : 0;
        for (Positions pending = reached & ~end; pending; pending &= pending - 1) {
            const int position = lowestPosition(pending);
            const char32_t typed = query[position];
            if (typed == unit.character)
                next |= positionBit(position + 1);
            if (typed >= 0x80)
                continue;
            for (std::uint32_t r = unit.readingBegin; r < unit.readingBegin + unit.readingCount; ++r) {
                const char *syllable = m_syllableText.data() + m_readings[r].offset;
                const int available = std::min(int(m_readings[r].length), length - position);
                for (int k = 0; k < available && sameLetter(query[position + k], syllable[k]); ++k)
                    next |= positionBit(position + k + 1);
            }
        }
        reached = next;
        if (!reached)
            return matched ? Match::Prefix : Match::None;
        matched = matched || (reached & end);
        if (matched && firstUnit > 0)
            return Match::Prefix;
    }
    return (reached & end) ? Match::Whole : matched ? Match::Prefix : Match::None;
}

QList<int> TitleSearch::search(const QString &query, int limit) const
{
    std::array<char32_t, kMaxQueryLength> tokens;
    const int length = limit > 0 ? tokenize(query, tokens) : 0;
    if (length <= 0)
        return {};

    const char32_t first = tokens[0];
    const bool literalFirst = first >= 0x80; // hanzi typed
    std::uint32_t queryLetters = 0;
    for (int i = 0; i < length; ++i) {
        if (tokens[size_t(i)] < 0x80)
            queryLetters |= letterBit(tokens[size_t(i)]);
    }
    const std::u32string_view typed(tokens.data(), size_t(length));
    auto mayStartAt = [&](const Unit &unit, bool atStart) {
        if (unit.longestToEnd < std::uint32_t(length))
            return false;
        if (unit.readingCount == 0) // skipped from the start, or typed as itself
            return atStart || unit.character == first;
        return literalFirst ? unit.character == first : (unit.firstLetters & letterBit(first)) != 0;
    };

    // Group (0 whole title, 1 title prefix, 2 inside the title, 3 author),
    // title length and index in one sortable number.
    std::vector<std::uint64_t> keys;
    for (std::uint32_t index = 0; index < m_entries.size(); ++index) {
        const Entry &entry = m_entries[index];
        int group = -1;
        if (!(queryLetters & ~entry.letters) && entry.unitCount > 0) {
            const Unit *units = m_units.data() + entry.unitBegin;
            if (mayStartAt(units[0], true)) {
                const Match match = matchFrom(entry, 0, tokens.data(), length);
                if (match != Match::None)
                    group = match == Match::Whole ? 0 : 1;
            }
            for (std::uint32_t u = 1; group < 0 && u < entry.unitCount; ++u) {
                if (units[u].longestToEnd < std::uint32_t(length))
                    break; // the rest of the title is too short for the query
                if (mayStartAt(units[u], false) && matchFrom(entry, u, tokens.data(), length) != Match::None)
                    group = 2;
            }
        }
        if (group < 0 && entry.authorLength >= std::uint32_t(length)
            && std::u32string_view(m_authorText.data() + entry.authorBegin, entry.authorLength).find(typed)
                != std::u32string_view::npos)
            group = 3;
        if (group >= 0)
            keys.push_back(std::uint64_t(group) << 56 | std::uint64_t(std::min(entry.unitCount, 0xFFFFFFu)) << 32
                           | index);
    }

    const auto count = std::min(keys.size(), size_t(limit));
    std::partial_sort(keys.begin(), keys.begin() + qsizetype(count), keys.end());
    QList<int> result;
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        result.append(int(keys[i] & 0xFFFFFFFFu));
    return result;
}

} // namespace qq
