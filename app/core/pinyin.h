#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qq {

// Hanzi → pinyin from Unicode's Unihan readings (generated at build time by
// app/tools/make_pinyin_table). Readings are toneless lowercase ASCII with ü
// written as v ("吕" → "lv"; NameSearch also lets a typed "u" match it).
class Pinyin {
public:
    static const Pinyin &instance();

    // Every reading of one character, most common first; empty when the
    // character has none in the data (non-Han, rare ideographs).
    QStringList readings(char32_t ucs4) const;

    // One entry per code point of name, surname-aware: the surname (one
    // character, or two for a compound surname such as 欧阳) gives its surname
    // reading first ("曾" → zeng, ceng), then its ordinary ones. ASCII letters
    // and digits read as themselves in lowercase, letters with accents as their
    // base letter ("é" → e); spaces, punctuation and unknown characters read as
    // an empty list.
    QList<QStringList> nameReadings(const QString &name) const;

    // First letter of each character's first reading: 张小明 → "zxm",
    // 欧阳娜娜 → "oyny". Characters without a reading stay as they are;
    // spaces and punctuation are left out.
    QString initials(const QString &name) const;

    // The key names sort by, as Chinese users expect a list (the order of a
    // pinyin dictionary, not of code points): each character's first reading
    // (surname-aware), a space between syllables ("li ming" before "lin a"),
    // characters without a reading as themselves. QCollator("zh_CN") is
    // ICU's pinyin order in Debian's Qt 6.4, but it reads 曾 and 单 as céng
    // and dān; this key reads the surname as a surname.
    QString sortKey(const QString &name) const;
    // a before b: by sortKey, then by the characters (同音: 李 and 理 apart).
    bool nameLess(const QString &a, const QString &b) const;

    // How many leading code points of name are its surname: 2 for a compound
    // surname, 1 for a Chinese name, 0 when the name does not start with a Han
    // character or is a transliterated name with a middle dot ("阿依古丽·买买提").
    int surnameLength(const QString &name) const;

    // Spaces, punctuation (the middle dot, apostrophes), control and invisible
    // format characters: they separate the words of a name and read as nothing.
    static bool isSeparator(char32_t c);

private:
    Pinyin() = default;
};

} // namespace qq
