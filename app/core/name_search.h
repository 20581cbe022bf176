#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace qq {

struct SearchEntry {
    QString id;
    QString name;
};

// Search as you type over names: initials ("zxm"), full pinyin ("zhangxiaoming"),
// any mix ("zhangxm", "zhxming"), a prefix of any of these, matching from the
// start of the name OR from the start of the given name (so "xm" finds 张小明),
// case-insensitive, spaces/apostrophes ignored; hanzi typed with a keyboard or
// input method match as a substring of the name ("小明"); a mix of hanzi and
// letters ("张xm") too.
//
// Details: a typed "u" also matches ü (stored as v: "lu" and "lv" find 吕); a
// character without a reading can be typed as itself or skipped; words after a
// space or a middle dot (阿依古丽·买买提) count as given-name starts. Queries
// longer than 120 letters after dropping spaces match nothing. search() is
// const and keeps no state, so concurrent searches are safe.
class NameSearch {
public:
    void reset(const QList<SearchEntry> &entries); // precomputes readings once
    // Indexes into entries, best first: whole name from its start, then a
    // prefix of the name, then matches from the given name (or a later word),
    // then hanzi found inside the name; each group in name order (by pinyin,
    // as a class list is read). Empty query → empty list.
    QList<int> search(const QString &query) const;
    int size() const { return int(m_entries.size()); }

private:
    // One character of a name, as the matcher sees it.
    struct Unit {
        char32_t character; // case-folded; matched when typed as itself
        std::uint32_t firstLetters; // bit per first letter of the readings
        std::uint32_t readingBegin; // into m_readings
        std::uint16_t readingCount;
        bool wordStart; // the given name, or a word after a space or a dot, starts here
    };
    struct Reading {
        std::uint32_t offset; // into m_syllableText
        std::uint32_t length;
    };
    struct Entry {
        std::uint32_t unitBegin;
        std::uint32_t unitCount;
        std::uint32_t longestMatch; // most query characters the name can take
        std::uint32_t letters; // bit per letter in any reading
    };
    enum class Match { None, Prefix, Whole };

    Match matchFrom(const Entry &entry, std::uint32_t firstUnit, const char32_t *query, int length) const;

    std::vector<Entry> m_entries;
    std::vector<int> m_inNameOrder; // entry indexes sorted by pinyin, then name
    std::vector<Unit> m_units;
    std::vector<Reading> m_readings;
    std::string m_syllableText; // every distinct reading once, lowercase ASCII
};

} // namespace qq
