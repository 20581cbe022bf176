#include "pinyin_input.h"

#include <QFile>
#include <QFileInfo>

#include <pinyinime.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace qq {

namespace {

// The engine's state is global (one MatrixSearch per process), so every
// PinyinInput goes through this.
struct SharedEngine {
    std::mutex mutex;
    int users = 0;
    QString dictionaryPath; // canonical path of the open dictionary
    const PinyinInput *lastUser = nullptr; // whose spelling the engine holds
};

SharedEngine &sharedEngine()
{
    static SharedEngine engine;
    return engine;
}

static_assert(PinyinInput::kMaxSpellingLength == int(ime_pinyin::kMaxSearchSteps) - 1);

QString candidateText(size_t id)
{
    // A whole-sentence candidate has at most one character per letter.
    std::array<ime_pinyin::char16, 2 * ime_pinyin::kMaxSearchSteps + 2> buffer{};
    if (!ime_pinyin::im_get_candidate(id, buffer.data(), buffer.size() - 1))
        return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()));
}

QString withoutSeparators(QString letters)
{
    return letters.remove(QLatin1Char('\''));
}

} // namespace

QString PinyinInput::defaultDictionaryPath()
{
    return QStringLiteral(QINQING_PINYIN_DICTIONARY);
}

QString PinyinInput::userDictionaryPath()
{
    // Empty on purpose: the engine's UserDict::load_dict tries open("") and
    // open("", O_CREAT), both fail with ENOENT, and the engine then runs with
    // no user dictionary at all (nothing learnt, nothing flushed to disk).
    return QString();
}

PinyinInput::PinyinInput(const QString &dictionaryPath)
{
    SharedEngine &engine = sharedEngine();
    const QFileInfo dictionary(dictionaryPath);
    std::lock_guard lock(engine.mutex);
    if (engine.users > 0) {
        if (dictionary.canonicalFilePath() != engine.dictionaryPath) {
            m_notReadyReason = QStringLiteral("The pinyin engine is already open with another dictionary (%1).")
                                   .arg(engine.dictionaryPath);
            return;
        }
    } else {
        if (!dictionary.isFile()) {
            m_notReadyReason = QStringLiteral("The Google Pinyin dictionary %1 is missing: install the libgooglepinyin0 package.")
                                   .arg(dictionaryPath);
            return;
        }
        const QByteArray systemDictionary = QFile::encodeName(dictionary.canonicalFilePath());
        const QByteArray userDictionary = QFile::encodeName(userDictionaryPath());
        if (!ime_pinyin::im_open_decoder(systemDictionary.constData(), userDictionary.constData())) {
            ime_pinyin::im_close_decoder(); // frees what the failed open allocated
            m_notReadyReason = QStringLiteral("The Google Pinyin dictionary %1 could not be opened.").arg(dictionaryPath);
            return;
        }
        engine.dictionaryPath = dictionary.canonicalFilePath();
        engine.lastUser = nullptr;
    }
    ++engine.users;
    m_ready = true;
}

PinyinInput::~PinyinInput()
{
    if (!m_ready)
        return;
    SharedEngine &engine = sharedEngine();
    std::lock_guard lock(engine.mutex);
    if (engine.lastUser == this) {
        ime_pinyin::im_reset_search();
        engine.lastUser = nullptr;
    }
    if (--engine.users == 0) {
        ime_pinyin::im_close_decoder();
        engine.dictionaryPath.clear();
    }
}

void PinyinInput::setSpelling(const QString &letters)
{
    m_letters.clear();
    m_choices.clear();
    appendFiltered(letters);
    update();
}

int PinyinInput::typeLetters(const QString &letters)
{
    const qsizetype before = m_letters.size();
    appendFiltered(letters);
    const int taken = int(m_letters.size() - before);
    if (taken > 0)
        update();
    return taken;
}

void PinyinInput::appendFiltered(const QString &letters)
{
    for (const QChar c : letters) {
        if (m_letters.size() >= kMaxSpellingLength)
            return;
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            m_letters.append(c);
        // The engine reads nothing after a leading apostrophe; a doubled one
        // separates no more than a single one.
        else if (c == QLatin1Char('\'') && !m_letters.isEmpty() && !m_letters.endsWith(QLatin1Char('\'')))
            m_letters.append(c);
    }
}

QString PinyinInput::spelling() const
{
    return m_letters.mid(m_state.convertedLetters);
}

QStringList PinyinInput::candidates(int first, int max) const
{
    if (!m_ready || first < 0 || max <= 0 || first >= m_state.candidateCount)
        return {};
    const int end = first + std::min(max, m_state.candidateCount - first);
    SharedEngine &engine = sharedEngine();
    std::lock_guard lock(engine.mutex);
    if (engine.lastUser != this) {
        replayIntoEngine();
        engine.lastUser = this;
    }
    QStringList result;
    result.reserve(end - first);
    for (int id = first; id < end; ++id) {
        QString text = candidateText(size_t(id));
        // Candidate 0 is the whole sentence, chosen part included.
        if (id == 0)
            text = text.mid(m_state.composed.size());
        result.append(text);
    }
    return result;
}

QString PinyinInput::choose(int index)
{
    if (!m_ready || index < 0 || index >= m_state.candidateCount)
        return {};
    m_choices.append({int(m_letters.size()), index});
    update();
    if (!m_state.wholeSpellingFixed)
        return {};
    const QString text = m_state.composed;
    const QString unread = m_letters.mid(m_state.decodedLetters);
    m_letters.clear();
    m_choices.clear();
    appendFiltered(unread);
    update();
    return text;
}

bool PinyinInput::backspace()
{
    if (m_letters.isEmpty())
        return false;
    if (!m_choices.isEmpty() && m_choices.last().letterCount >= m_letters.size())
        m_choices.removeLast();
    else
        m_letters.chop(1);
    update();
    return true;
}

void PinyinInput::clear()
{
    m_letters.clear();
    m_choices.clear();
    update();
}

void PinyinInput::update()
{
    if (!m_ready) {
        m_state = State{};
        m_state.separatedSpelling = withoutSeparators(m_letters);
        return;
    }
    SharedEngine &engine = sharedEngine();
    std::lock_guard lock(engine.mutex);
    m_state = replayIntoEngine();
    engine.lastUser = this;
}

PinyinInput::State PinyinInput::replayIntoEngine() const
{
    using namespace ime_pinyin;
    im_reset_search();
    State state;
    if (m_letters.isEmpty())
        return state;

    const QByteArray letters = m_letters.toLatin1();
    size_t candidateCount = 0;
    int searched = 0;
    for (const Choice &choice : m_choices) {
        // Searching the same letters again would disturb the fixed part.
        if (choice.letterCount != searched) {
            candidateCount = im_search(letters.constData(), size_t(choice.letterCount));
            searched = choice.letterCount;
        }
        candidateCount = im_choose(size_t(choice.candidateIndex));
    }
    if (letters.size() != searched)
        candidateCount = im_search(letters.constData(), size_t(letters.size()));

    size_t decoded = 0;
    im_get_sps_str(&decoded);
    const uint16 *starts = nullptr;
    const size_t syllables = im_get_spl_start_pos(starts);
    const size_t fixed = std::min(im_get_fixed_len(), syllables);

    state.candidateCount = int(candidateCount);
    state.decodedLetters = int(std::min(decoded, size_t(letters.size())));
    state.wholeSpellingFixed = syllables > 0 && fixed == syllables;
    if (candidateCount > 0 && fixed > 0)
        state.composed = candidateText(0).left(qsizetype(fixed));
    state.convertedLetters = fixed == 0 ? 0 : fixed < syllables ? int(starts[fixed]) : state.decodedLetters;

    QStringList parts;
    for (size_t i = fixed; i < syllables; ++i) {
        const QString syllable = withoutSeparators(m_letters.mid(starts[i], starts[i + 1] - starts[i]));
        if (!syllable.isEmpty())
            parts.append(syllable);
    }
    const QString unread = withoutSeparators(m_letters.mid(state.decodedLetters));
    if (!unread.isEmpty())
        parts.append(unread);
    state.separatedSpelling = parts.join(QLatin1Char(' '));
    return state;
}

} // namespace qq
