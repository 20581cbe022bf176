#include "name_search.h"

#include "pinyin.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

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

// Query tokens: letters and digits as lowercase ASCII (full-width ones too),
// anything else (hanzi) as its case-folded code point, matched literally.
// Returns the token count, or -1 when the query is too long to match any name.
int tokenize(const QString &query, std::array<char32_t, kMaxQueryLength> &tokens)
{
    const QString folded = query.normalized(QString::NormalizationForm_KC);
    int count = 0;
    for (const char32_t c : folded.toUcs4()) {
        if (Pinyin::isSeparator(c) || c == U'\uFFFD') // U+FFFD: what is left of a broken surrogate
            continue;
        const char32_t token = QChar::toCaseFolded(c);
        if (token < 0x80 && !QChar::isLetterOrNumber(token))
            continue; // ASCII symbols such as + or =
        if (count == kMaxQueryLength)
            return -1;
        tokens[size_t(count++)] = token;
    }
    return count;
}

} // namespace

void NameSearch::reset(const QList<SearchEntry> &entries)
{
    m_entries.clear();
    m_units.clear();
    m_readings.clear();
    m_syllableText.clear();
    m_entries.reserve(size_t(entries.size()));

    const Pinyin &pinyin = Pinyin::instance();
    QHash<QString, Reading> syllables; // each distinct reading stored once
    QList<QString> sortKeys;
    sortKeys.reserve(entries.size());
    for (const SearchEntry &searchEntry : entries) {
        const QList<uint> codePoints = searchEntry.name.toUcs4();
        const QList<QStringList> readings = pinyin.nameReadings(searchEntry.name);
        const int surnameLength = pinyin.surnameLength(searchEntry.name);
        Entry entry{std::uint32_t(m_units.size()), 0, 0, 0};
        QString sortKey;
        bool wordStart = false;
        for (qsizetype i = 0; i < codePoints.size(); ++i) {
            const char32_t c = codePoints[i];
            if (i == surnameLength && surnameLength > 0)
                wordStart = true;
            if (Pinyin::isSeparator(c)) {
                wordStart = entry.unitCount > 0;
                continue;
            }
            Unit unit{QChar::toCaseFolded(c), 0, std::uint32_t(m_readings.size()), 0, wordStart};
            std::uint32_t longestReading = 1; // typed as itself
            for (const QString &text : readings[i]) {
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
            if (!sortKey.isEmpty())
                sortKey += u' '; // as Pinyin::sortKey: "li ming" before "lin a"
            sortKey += readings[i].isEmpty() ? QString::fromUcs4(&c, 1).toLower() : readings[i].first();
            entry.longestMatch += longestReading;
            ++entry.unitCount;
            m_units.push_back(unit);
            wordStart = false;
        }
        m_entries.push_back(entry);
        sortKeys.append(sortKey);
    }

    m_inNameOrder.resize(m_entries.size());
    std::iota(m_inNameOrder.begin(), m_inNameOrder.end(), 0);
    std::stable_sort(m_inNameOrder.begin(), m_inNameOrder.end(), [&](int a, int b) {
        const int byPinyin = sortKeys[a].compare(sortKeys[b]);
        return byPinyin != 0 ? byPinyin < 0 : entries[a].name < entries[b].name;
    });
}

// Runs the query over the name from firstUnit on, tracking every query position
// reachable after each character: a character takes a non-empty prefix of one of
// its readings, or itself typed literally; one without readings may be skipped.
NameSearch::Match NameSearch::matchFrom(const Entry &entry, std::uint32_t firstUnit, const char32_t *query,
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
    }
    return (reached & end) ? Match::Whole : matched ? Match::Prefix : Match::None;
}

QList<int> NameSearch::search(const QString &query) const
{
    std::array<char32_t, kMaxQueryLength> tokens;
    const int length = tokenize(query, tokens);
    if (length <= 0)
        return {};

    const char32_t first = tokens[0];
    const bool literalFirst = first >= 0x80; // hanzi typed: found anywhere in the name
    std::uint32_t queryLetters = 0;
    for (int i = 0; i < length; ++i) {
        if (tokens[size_t(i)] < 0x80)
            queryLetters |= letterBit(tokens[size_t(i)]);
    }
    auto mayStartAt = [&](const Unit &unit) {
        return unit.readingCount == 0
            || (literalFirst ? unit.character == first : unit.firstLetters & letterBit(first));
    };

    // Groups, best first: whole name, prefix of the name, from a given name, inside the name.
    std::array<std::vector<int>, 4> groups;
    for (auto &group : groups)
        group.reserve(m_entries.size());
    for (const int index : m_inNameOrder) {
        const Entry &entry = m_entries[size_t(index)];
        if ((queryLetters & ~entry.letters) || std::uint32_t(length) > entry.longestMatch)
            continue;
        const Unit *units = m_units.data() + entry.unitBegin;
        if (entry.unitCount > 0 && mayStartAt(units[0])) {
            const Match match = matchFrom(entry, 0, tokens.data(), length);
            if (match != Match::None) {
                groups[match == Match::Whole ? 0 : 1].push_back(index);
                continue;
            }
        }
        int bestLaterGroup = 0;
        for (std::uint32_t u = 1; u < entry.unitCount; ++u) {
            const Unit &unit = units[u];
            if ((unit.wordStart || literalFirst) && mayStartAt(unit)
                && matchFrom(entry, u, tokens.data(), length) != Match::None) {
                bestLaterGroup = unit.wordStart ? 2 : 3;
                if (unit.wordStart)
                    break;
            }
        }
        if (bestLaterGroup)
            groups[size_t(bestLaterGroup)].push_back(index);
    }

    QList<int> result;
    result.reserve(qsizetype(groups[0].size() + groups[1].size() + groups[2].size() + groups[3].size()));
    for (const auto &group : groups) {
        for (const int index : group)
            result.append(index);
    }
    return result;
}

} // namespace qq
