#include "pinyin_composer.h"

namespace qq {

PinyinComposer::PinyinComposer(QObject *parent)
    : PinyinComposer(PinyinInput::defaultDictionaryPath(), parent)
{
}

PinyinComposer::PinyinComposer(const QString &dictionaryPath, QObject *parent)
    : QObject(parent)
    , m_input(dictionaryPath)
{
}

bool PinyinComposer::hasMore() const
{
    return (m_page + 1) * kPageSize < m_input.candidateCount();
}

bool PinyinComposer::typeLetter(const QString &letter)
{
    if (m_input.typeLetters(letter) == 0)
        return false;
    refresh();
    return true;
}

void PinyinComposer::backspace()
{
    if (!m_input.backspace()) {
        emit backspaceInText();
        return;
    }
    refresh();
}

void PinyinComposer::chooseCandidate(int index)
{
    if (index < 0 || index >= m_candidates.size())
        return;
    const QString text = m_input.choose(m_page * kPageSize + index);
    refresh();
    if (!text.isEmpty())
        emit committed(text);
}

void PinyinComposer::nextPage()
{
    if (hasMore())
        refresh(m_page + 1);
}

void PinyinComposer::previousPage()
{
    if (hasPrevious())
        refresh(m_page - 1);
}

void PinyinComposer::commitSpellingAsLetters()
{
    const QString text = preedit();
    m_input.clear();
    refresh();
    if (!text.isEmpty())
        emit committed(text);
}

void PinyinComposer::clear()
{
    m_input.clear();
    refresh();
}

void PinyinComposer::refresh(int page)
{
    m_page = page;
    m_candidates = m_input.candidates(m_page * kPageSize, kPageSize);
    emit compositionChanged();
}

} // namespace qq
