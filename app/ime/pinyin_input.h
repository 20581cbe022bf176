#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qq {

// Pinyin → Chinese with Google Pinyin (libgooglepinyin), for the children's
// letters. Plain C++ with Qt Core types.
//
// Privacy: what the children type is secret. The engine is opened with its
// system dictionary only and an empty user-dictionary path, which it cannot
// open or create (open("") fails with ENOENT), so it runs without a user
// dictionary: it learns nothing and writes nothing. Nothing typed is logged.
//
// The engine is one global state per process. Every PinyinInput shares it
// (opened by the first, closed with the last) behind a mutex, and keeps its
// own spelling and choices: when another PinyinInput used the engine in
// between, they are replayed (deterministic, since the engine never learns).
// A PinyinInput itself is not thread-safe; separate ones may live on
// separate threads.
class PinyinInput {
public:
    // The engine decodes at most 39 letters (kMaxSearchSteps - 1).
    static constexpr int kMaxSpellingLength = 39;

    // The dictionary found at configure time (QINQING_PINYIN_DICTIONARY).
    static QString defaultDictionaryPath();
    // The user dictionary the engine is given: always empty, see above.
    static QString userDictionaryPath();

    explicit PinyinInput(const QString &dictionaryPath = defaultDictionaryPath());
    ~PinyinInput();
    PinyinInput(const PinyinInput &) = delete;
    PinyinInput &operator=(const PinyinInput &) = delete;

    // False when the dictionary is missing or could not be opened; then
    // notReadyReason() says why, letters are still kept (spelling()) but
    // there are no candidates.
    bool isReady() const { return m_ready; }
    QString notReadyReason() const { return m_notReadyReason; }

    // Replaces everything typed (and any partial choice). Only lowercase a–z
    // and the apostrophe separator are kept (no leading or doubled
    // apostrophe); the rest is ignored; cut at kMaxSpellingLength.
    void setSpelling(const QString &letters);
    // Appends letters, keeping partial choices; same filtering. Returns how
    // many characters were taken.
    int typeLetters(const QString &letters);

    // The letters still to convert (after a partial choice: the rest).
    QString spelling() const;
    // The same split into syllables, e.g. "ni hao"; letters the engine could
    // not read come last.
    QString spellingWithSeparators() const { return m_state.separatedSpelling; }
    // Chinese chosen so far for the front part of the spelling.
    QString composed() const { return m_state.composed; }
    // Everything typed, as typed, including the part already chosen.
    QString typedLetters() const { return m_letters; }
    // Nothing typed and nothing chosen.
    bool isEmpty() const { return m_letters.isEmpty(); }

    // Candidates for spelling(), best first. Index 0 is the engine's whole
    // sentence; after a partial choice it is the rest of that sentence.
    int candidateCount() const { return m_state.candidateCount; }
    QStringList candidates(int max = 40) const { return candidates(0, max); }
    QStringList candidates(int first, int max) const;

    // Chooses candidate `index`. Returns the Chinese text to commit when the
    // whole spelling is converted (then the input is empty again, except
    // letters the engine could not read, which stay as the new spelling);
    // returns an empty string when letters are left to convert (spelling(),
    // candidates() and composed() then show the state). Out of range: no-op.
    QString choose(int index);

    // Undoes the last choice when no letter was typed after it, otherwise
    // removes the last letter. Returns false when there was nothing to undo.
    bool backspace();
    void clear();

private:
    struct Choice {
        int letterCount = 0; // letters typed when the choice was made
        int candidateIndex = 0;
    };
    struct State {
        int candidateCount = 0;
        int convertedLetters = 0; // letters covered by the fixed (chosen) part
        int decodedLetters = 0; // letters the engine could read
        bool wholeSpellingFixed = false;
        QString composed;
        QString separatedSpelling;
    };

    void appendFiltered(const QString &letters);
    void update(); // replays into the engine and refreshes m_state
    State replayIntoEngine() const; // caller holds the engine lock

    QString m_letters;
    QList<Choice> m_choices;
    State m_state;
    bool m_ready = false;
    QString m_notReadyReason;
};

} // namespace qq
