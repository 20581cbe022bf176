#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace qq {

struct TitleEntry {
    QString title;
    QString author;
};

// Search as you type over the library's titles, the same way NameSearch finds
// a child: hanzi (or any characters) anywhere in the title or the author
// ("王子" finds 小王子, "曹文轩" his books); the title's pinyin from its start
// or from any later character ("xiaowangzi", "wangzi", "xiao wang"), initials
// ("xwz") or any mix ("xiaowz"), each character taking a prefix of any of its
// readings (polyphonic characters try them all: 长 is chang and zhang); a
// typed "u" also matches ü (stored as v). Spaces, punctuation, case and
// full-width letters are ignored in the query and the title alike. A character
// without a reading (a rare ideograph, a symbol) may be typed or skipped.
// Queries longer than 120 characters after dropping spaces match nothing.
// search() is const and keeps no state, so concurrent searches are safe.
class TitleSearch {
public:
    void reset(const QList<TitleEntry> &titles); // precomputes readings once
    // Indexes into titles, best first: the whole title, then a prefix of the
    // title, then inside the title, then the author only; in each group
    // shorter titles first, then in the order given. Empty query, or
    // limit ≤ 0 → empty list.
    QList<int> search(const QString &query, int limit = 50) const;
    int size() const { return int(m_entries.size()); }

private:
    // One character of a title, as the matcher sees it.
    struct Unit {
        char32_t character; // NFKC, case-folded; matched when typed as itself
        std::uint32_t firstLetters; // bit per first letter of the readings
        std::uint32_t readingBegin; // into m_readings
        std::uint16_t readingCount;
        std::uint16_t longestToEnd; // most query characters this unit and the rest can take
    };
    struct Reading {
        std::uint32_t offset; // into m_syllableText
        std::uint32_t length;
    };
    struct Entry {
        std::uint32_t unitBegin;
        std::uint32_t unitCount;
        std::uint32_t letters; // bit per letter or digit in any reading
        std::uint32_t authorBegin; // into m_authorText (folded, without separators)
        std::uint32_t authorLength;
    };
    enum class Match { None, Prefix, Whole };

    Match matchFrom(const Entry &entry, std::uint32_t firstUnit, const char32_t *query, int length) const;

    std::vector<Entry> m_entries;
    std::vector<Unit> m_units;
    std::vector<Reading> m_readings;
    std::string m_syllableText; // every distinct reading once, lowercase ASCII
    std::u32string m_authorText;
};

} // namespace qq
