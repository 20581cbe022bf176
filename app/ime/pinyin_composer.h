#pragma once

#include "pinyin_input.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace qq {

// Pinyin typing for the on-screen keyboard: the letters typed so far, a page
// of candidates, and the Chinese the child picks (committed()), which the
// owner appends to the letter. The integrator registers it with QML.
//
// Nothing typed is logged or stored here; see PinyinInput for the engine.
class PinyinComposer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady CONSTANT)
    Q_PROPERTY(QString spelling READ spelling NOTIFY compositionChanged)
    Q_PROPERTY(QString spellingWithSeparators READ spellingWithSeparators NOTIFY compositionChanged)
    Q_PROPERTY(QString preedit READ preedit NOTIFY compositionChanged)
    Q_PROPERTY(bool composing READ isComposing NOTIFY compositionChanged)
    Q_PROPERTY(QStringList candidates READ candidates NOTIFY compositionChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY compositionChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY compositionChanged)

public:
    // One row of candidate buttons on the kiosk keyboard.
    static constexpr int kPageSize = 12;

    explicit PinyinComposer(QObject *parent = nullptr);
    explicit PinyinComposer(const QString &dictionaryPath, QObject *parent = nullptr);

    bool isReady() const { return m_input.isReady(); }
    QString notReadyReason() const { return m_input.notReadyReason(); }
    QString spelling() const { return m_input.spelling(); }
    QString spellingWithSeparators() const { return m_input.spellingWithSeparators(); }
    // The Chinese chosen so far followed by the letters still to convert.
    QString preedit() const { return m_input.composed() + m_input.spelling(); }
    bool isComposing() const { return !m_input.isEmpty(); }
    QStringList candidates() const { return m_candidates; }
    bool hasMore() const;
    bool hasPrevious() const { return m_page > 0; }

    // Takes lowercase a–z and the apostrophe separator; returns false for
    // anything else (or when the spelling is full), so the owner can decide
    // what to do with, say, a space or a punctuation key.
    Q_INVOKABLE bool typeLetter(const QString &letter);
    // Undoes a letter or a partial choice; with nothing being composed, emits
    // backspaceInText() so the owner deletes a character from the letter.
    Q_INVOKABLE void backspace();
    // index counts on the current page, from 0.
    Q_INVOKABLE void chooseCandidate(int index);
    Q_INVOKABLE void nextPage();
    Q_INVOKABLE void previousPage();
    // The child wants the letters themselves: commits the preedit as shown.
    Q_INVOKABLE void commitSpellingAsLetters();
    // Drops what is being composed without committing it.
    Q_INVOKABLE void clear();

signals:
    void compositionChanged();
    void committed(const QString &text);
    void backspaceInText();

private:
    void refresh(int page = 0);

    PinyinInput m_input;
    QStringList m_candidates;
    int m_page = 0;
};

} // namespace qq
