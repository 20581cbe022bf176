// Pinyin typing with the real Google Pinyin engine and Debian's dictionary,
// and the privacy rule: what children type is never learnt or written.
#include "pinyin_composer.h"
#include "pinyin_input.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Readable QString values in failure messages.
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

using namespace qq;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The candidate's index among the first `max`, or -1.
int indexOf(const PinyinInput &input, const QString &candidate, int max = 40)
{
    return int(input.candidates(max).indexOf(candidate));
}

// Chooses `candidate`, which must be among the first 40.
QString chooseText(PinyinInput &input, const QString &candidate)
{
    const int index = indexOf(input, candidate);
    EXPECT_GE(index, 0) << "no " << candidate.toStdString() << " for " << input.spelling().toStdString();
    return index < 0 ? QString() : input.choose(index);
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

TEST(PinyinInput, OpensTheSystemDictionary)
{
    PinyinInput input;
    EXPECT_TRUE(input.isReady()) << input.notReadyReason().toStdString();
    EXPECT_TRUE(input.notReadyReason().isEmpty());
    EXPECT_TRUE(input.isEmpty());
    EXPECT_TRUE(input.candidates().isEmpty());
}

TEST(PinyinInput, MissingDictionaryIsExplainedAndLettersAreKept)
{
    PinyinInput input(QStringLiteral("/nonexistent/googlepinyin/dict_pinyin.dat"));
    EXPECT_FALSE(input.isReady());
    EXPECT_TRUE(input.notReadyReason().contains(QStringLiteral("libgooglepinyin0")));
    input.setSpelling(QStringLiteral("nihao"));
    EXPECT_EQ(input.spelling(), QStringLiteral("nihao"));
    EXPECT_TRUE(input.candidates().isEmpty());
    EXPECT_EQ(input.choose(0), QString());
    input.backspace();
    EXPECT_EQ(input.spelling(), QStringLiteral("niha"));
}

TEST(PinyinInput, NihaoOffersNihaoFirst)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("nihao"));
    const int index = indexOf(input, u("你好"), 3);
    ASSERT_GE(index, 0) << input.candidates(3).join(u(" ")).toStdString();
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("ni hao"));
    EXPECT_EQ(input.choose(index), u("你好"));
    EXPECT_TRUE(input.isEmpty());
    EXPECT_EQ(input.spelling(), QString());
    EXPECT_TRUE(input.candidates().isEmpty());
}

TEST(PinyinInput, XiexieIsThankYou)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("xiexie"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("xie xie"));
    const int index = indexOf(input, u("谢谢"), 3);
    ASSERT_GE(index, 0);
    EXPECT_EQ(input.choose(index), u("谢谢"));
}

TEST(PinyinInput, ISayIMissMum)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("woxiangmama"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("wo xiang ma ma"));
    const QString sentence = input.candidates(1).value(0);
    EXPECT_TRUE(sentence.contains(u("想")) && sentence.contains(u("妈妈"))) << sentence.toStdString();

    // Word by word: 我想, then 妈妈.
    EXPECT_EQ(chooseText(input, u("我想")), QString());
    EXPECT_EQ(input.composed(), u("我想"));
    EXPECT_EQ(input.spelling(), QStringLiteral("mama"));
    EXPECT_EQ(chooseText(input, u("妈妈")), u("我想妈妈"));
    EXPECT_TRUE(input.isEmpty());
}

TEST(PinyinInput, PartialChoiceLeavesTheRest)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("nihao"));
    EXPECT_EQ(chooseText(input, u("你")), QString());
    EXPECT_EQ(input.composed(), u("你"));
    EXPECT_EQ(input.spelling(), QStringLiteral("hao"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("hao"));
    EXPECT_EQ(input.typedLetters(), QStringLiteral("nihao"));
    const QStringList rest = input.candidates(3);
    ASSERT_FALSE(rest.isEmpty());
    EXPECT_TRUE(rest.contains(u("好"))) << rest.join(u(" ")).toStdString();
    for (const QString &candidate : input.candidates())
        EXPECT_FALSE(candidate.startsWith(u("你"))) << candidate.toStdString(); // only the rest is offered
    EXPECT_EQ(chooseText(input, u("好")), u("你好"));
    EXPECT_TRUE(input.isEmpty());
    EXPECT_EQ(input.composed(), QString());
}

TEST(PinyinInput, TypingAfterAPartialChoiceKeepsIt)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("nihao"));
    chooseText(input, u("你"));
    EXPECT_EQ(input.typeLetters(QStringLiteral("ma")), 2);
    EXPECT_EQ(input.composed(), u("你"));
    EXPECT_EQ(input.spelling(), QStringLiteral("haoma"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("hao ma"));
    EXPECT_GE(indexOf(input, u("好吗")), 0);
    input.backspace(); // the last letter, not the choice
    EXPECT_EQ(input.composed(), u("你"));
    EXPECT_EQ(input.spelling(), QStringLiteral("haom"));
}

TEST(PinyinInput, BackspaceUndoesTheLastChoiceThenLetters)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("nihao"));
    const QStringList before = input.candidates();
    chooseText(input, u("你"));
    EXPECT_TRUE(input.backspace());
    EXPECT_EQ(input.composed(), QString());
    EXPECT_EQ(input.spelling(), QStringLiteral("nihao"));
    EXPECT_EQ(input.candidates(), before);
    EXPECT_TRUE(input.backspace());
    EXPECT_EQ(input.spelling(), QStringLiteral("niha"));
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(input.backspace());
    EXPECT_TRUE(input.isEmpty());
    EXPECT_TRUE(input.candidates().isEmpty());
    EXPECT_FALSE(input.backspace());
}

TEST(PinyinInput, ClearForgetsEverything)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("woxiangmama"));
    chooseText(input, u("我"));
    input.clear();
    EXPECT_TRUE(input.isEmpty());
    EXPECT_EQ(input.composed(), QString());
    EXPECT_EQ(input.spelling(), QString());
    EXPECT_EQ(input.spellingWithSeparators(), QString());
    EXPECT_TRUE(input.candidates().isEmpty());
    input.setSpelling(QStringLiteral("xiexie")); // and works afterwards
    EXPECT_GE(indexOf(input, u("谢谢"), 3), 0);
}

TEST(PinyinInput, AbbreviationsAndOddSpellingsDoNotCrash)
{
    PinyinInput input;
    input.setSpelling(QStringLiteral("nh"));
    EXPECT_FALSE(input.candidates().isEmpty());
    EXPECT_GE(indexOf(input, u("你好")), 0); // the engine reads initials
    EXPECT_FALSE(input.choose(0).isEmpty());

    for (const char *odd : {"zzzzzzz", "iii", "v", "uuuuu", "nihaoi", "x'x'x'x", "a'", "ng"}) {
        input.setSpelling(QString::fromLatin1(odd));
        EXPECT_EQ(input.spelling(), QString::fromLatin1(odd));
        const QStringList candidates = input.candidates();
        EXPECT_EQ(candidates.size(), std::min(40, input.candidateCount()));
        if (!candidates.isEmpty())
            input.choose(0);
        input.choose(input.candidateCount()); // out of range: ignored
        input.choose(-1);
        input.backspace();
    }

    // Letters the engine cannot read stay as the spelling after the commit.
    input.setSpelling(QStringLiteral("nihaoi"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("ni hao i"));
    EXPECT_EQ(chooseText(input, u("你好")), u("你好"));
    EXPECT_EQ(input.spelling(), QStringLiteral("i"));
    EXPECT_TRUE(input.candidates().isEmpty());
}

TEST(PinyinInput, OnlyLowercaseLettersAndSeparatorsAreTaken)
{
    PinyinInput input;
    input.setSpelling(u("ni hao!2 你,\nABC"));
    EXPECT_EQ(input.spelling(), QStringLiteral("nihao"));
    input.setSpelling(QStringLiteral("''ni''hao'"));
    EXPECT_EQ(input.spelling(), QStringLiteral("ni'hao'"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("ni hao"));
    EXPECT_GE(indexOf(input, u("你好"), 3), 0);
    EXPECT_EQ(input.typeLetters(QStringLiteral("1")), 0);
    EXPECT_EQ(input.typeLetters(QStringLiteral("'")), 0); // no doubled separator
    EXPECT_EQ(input.typeLetters(u("Ä")), 0);
    EXPECT_EQ(input.spelling(), QStringLiteral("ni'hao'"));
    // A separator splits what would otherwise be read as one syllable.
    input.setSpelling(QStringLiteral("xian"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("xian"));
    input.setSpelling(QStringLiteral("xi'an"));
    EXPECT_EQ(input.spellingWithSeparators(), QStringLiteral("xi an"));
    EXPECT_GE(indexOf(input, u("西安"), 3), 0);
}

TEST(PinyinInput, VeryLongSpellingIsCut)
{
    QString letters;
    while (letters.size() < 500)
        letters += QStringLiteral("nihao");
    PinyinInput input;
    input.setSpelling(letters);
    EXPECT_EQ(input.spelling().size(), PinyinInput::kMaxSpellingLength);
    EXPECT_TRUE(letters.startsWith(input.spelling()));
    EXPECT_FALSE(input.candidates().isEmpty());
    EXPECT_EQ(input.typeLetters(QStringLiteral("a")), 0);

    // Letter by letter, as the keyboard does.
    input.clear();
    for (const QChar c : letters)
        input.typeLetters(QString(c));
    EXPECT_EQ(input.spelling().size(), PinyinInput::kMaxSpellingLength);
    const QString sentence = input.choose(0);
    EXPECT_TRUE(sentence.startsWith(u("你好你好"))) << sentence.toStdString();
    EXPECT_TRUE(input.isEmpty());
}

TEST(PinyinInput, TwoInputsShareTheEngine)
{
    auto first = std::make_unique<PinyinInput>();
    {
        PinyinInput second;
        ASSERT_TRUE(second.isReady());
        first->setSpelling(QStringLiteral("nihao"));
        second.setSpelling(QStringLiteral("xiexie"));
        EXPECT_GE(indexOf(*first, u("你好"), 3), 0);
        EXPECT_GE(indexOf(second, u("谢谢"), 3), 0);
        EXPECT_EQ(chooseText(*first, u("你")), QString());
        second.backspace();
        EXPECT_EQ(second.spelling(), QStringLiteral("xiexi"));
        EXPECT_EQ(first->spelling(), QStringLiteral("hao"));
        EXPECT_EQ(chooseText(*first, u("好")), u("你好"));
    }
    first->setSpelling(QStringLiteral("xiexie"));
    EXPECT_EQ(chooseText(*first, u("谢谢")), u("谢谢"));
    first.reset(); // the engine closes with the last one ...

    PinyinInput again; // ... and opens again
    ASSERT_TRUE(again.isReady());
    again.setSpelling(QStringLiteral("nihao"));
    EXPECT_GE(indexOf(again, u("你好"), 3), 0);
}

TEST(PinyinInput, EngineDoesNotLearnFromChoices)
{
    // An engine with a user dictionary learns a phrase made of successive
    // choices and offers it first next time; ours must not.
    PinyinInput input;
    input.setSpelling(QStringLiteral("nihao"));
    const QStringList before = input.candidates();
    const QString rareFirst = input.candidates().value(5);
    chooseText(input, rareFirst);
    const QString rareSecond = input.candidates().value(10);
    const QString invented = rareFirst + rareSecond;
    ASSERT_FALSE(before.contains(invented));
    input.clear();
    for (int i = 0; i < 5; ++i) {
        input.setSpelling(QStringLiteral("nihao"));
        chooseText(input, rareFirst);
        EXPECT_EQ(chooseText(input, rareSecond), invented);
    }
    input.setSpelling(QStringLiteral("nihao"));
    EXPECT_EQ(input.candidates(), before);
}

TEST(PinyinInput, NothingTypedReachesTheDisk)
{
    // Nothing else may hold the engine open: it must open and close here.
    EXPECT_TRUE(PinyinInput::userDictionaryPath().isEmpty());

    QTemporaryDir sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldTmp = qgetenv("TMPDIR");
    const QString oldCurrent = QDir::currentPath();
    qputenv("HOME", QFile::encodeName(sandbox.path()));
    qputenv("TMPDIR", QFile::encodeName(sandbox.path()));
    ASSERT_TRUE(QDir::setCurrent(sandbox.path()));

    {
        PinyinInput input;
        PinyinComposer composer;
        ASSERT_TRUE(input.isReady());
        ASSERT_TRUE(composer.isReady());
        for (const char *phrase : {"woxiangmama", "nihao", "xiexie", "wohenxiangnimen", "babamamazaijiama"}) {
            input.setSpelling(QString::fromLatin1(phrase));
            while (!input.isEmpty() && input.choose(std::min(1, input.candidateCount() - 1)).isEmpty()) {
            }
            for (const char *c = phrase; *c; ++c)
                composer.typeLetter(QString(QLatin1Char(*c)));
            composer.chooseCandidate(0);
        }
    }

    QDir::setCurrent(oldCurrent);
    qputenv("HOME", oldHome);
    qputenv("TMPDIR", oldTmp);

    EXPECT_EQ(filesUnder(sandbox.path()), QStringList());
    const QString userDictionary = PinyinInput::userDictionaryPath();
    EXPECT_TRUE(userDictionary.isEmpty() || !QFileInfo::exists(userDictionary));
}

TEST(PinyinComposer, TypesAndCommitsTheChildsChoice)
{
    PinyinComposer composer;
    ASSERT_TRUE(composer.isReady());
    QSignalSpy committed(&composer, &PinyinComposer::committed);
    QSignalSpy changed(&composer, &PinyinComposer::compositionChanged);

    for (const QChar c : QStringLiteral("nihao"))
        EXPECT_TRUE(composer.typeLetter(QString(c)));
    EXPECT_FALSE(composer.typeLetter(QStringLiteral(" ")));
    EXPECT_EQ(changed.count(), 5);
    EXPECT_TRUE(composer.isComposing());
    EXPECT_EQ(composer.spelling(), QStringLiteral("nihao"));
    EXPECT_EQ(composer.preedit(), QStringLiteral("nihao"));
    EXPECT_EQ(composer.spellingWithSeparators(), QStringLiteral("ni hao"));
    EXPECT_LE(composer.candidates().size(), PinyinComposer::kPageSize);

    // 你, then 好: one commit with both.
    composer.chooseCandidate(int(composer.candidates().indexOf(u("你"))));
    EXPECT_EQ(committed.count(), 0);
    EXPECT_EQ(composer.preedit(), u("你hao"));
    composer.chooseCandidate(int(composer.candidates().indexOf(u("好"))));
    ASSERT_EQ(committed.count(), 1);
    EXPECT_EQ(committed.at(0).at(0).toString(), u("你好"));
    EXPECT_FALSE(composer.isComposing());
    EXPECT_EQ(composer.preedit(), QString());
    EXPECT_TRUE(composer.candidates().isEmpty());

    composer.chooseCandidate(0); // nothing to choose
    EXPECT_EQ(committed.count(), 1);
}

TEST(PinyinComposer, BackspaceWithNothingComposedGoesToTheText)
{
    PinyinComposer composer;
    QSignalSpy backspaceInText(&composer, &PinyinComposer::backspaceInText);
    composer.typeLetter(QStringLiteral("n"));
    composer.backspace();
    EXPECT_EQ(backspaceInText.count(), 0);
    EXPECT_FALSE(composer.isComposing());
    composer.backspace();
    EXPECT_EQ(backspaceInText.count(), 1);
}

TEST(PinyinComposer, CommitsTheLettersThemselves)
{
    PinyinComposer composer;
    QSignalSpy committed(&composer, &PinyinComposer::committed);
    composer.commitSpellingAsLetters(); // nothing typed: nothing committed
    EXPECT_EQ(committed.count(), 0);
    for (const QChar c : QStringLiteral("nihao"))
        composer.typeLetter(QString(c));
    composer.chooseCandidate(int(composer.candidates().indexOf(u("你"))));
    composer.commitSpellingAsLetters();
    ASSERT_EQ(committed.count(), 1);
    EXPECT_EQ(committed.at(0).at(0).toString(), u("你hao"));
    EXPECT_FALSE(composer.isComposing());
}

TEST(PinyinComposer, PagesThroughCandidates)
{
    PinyinComposer composer;
    QSignalSpy committed(&composer, &PinyinComposer::committed);
    composer.typeLetter(QStringLiteral("s"));
    composer.typeLetter(QStringLiteral("h"));
    composer.typeLetter(QStringLiteral("i"));
    const QStringList firstPage = composer.candidates();
    EXPECT_EQ(firstPage.size(), PinyinComposer::kPageSize);
    EXPECT_TRUE(composer.hasMore());
    EXPECT_FALSE(composer.hasPrevious());

    composer.nextPage();
    const QStringList secondPage = composer.candidates();
    EXPECT_EQ(secondPage.size(), PinyinComposer::kPageSize);
    EXPECT_NE(secondPage, firstPage);
    EXPECT_TRUE(composer.hasPrevious());
    composer.previousPage();
    EXPECT_EQ(composer.candidates(), firstPage);
    composer.previousPage(); // already on the first page
    EXPECT_EQ(composer.candidates(), firstPage);

    composer.nextPage();
    composer.chooseCandidate(3);
    ASSERT_EQ(committed.count(), 1);
    EXPECT_EQ(committed.at(0).at(0).toString(), secondPage.at(3));

    // Typing starts again on the first page.
    composer.typeLetter(QStringLiteral("n"));
    composer.nextPage();
    composer.typeLetter(QStringLiteral("i"));
    EXPECT_FALSE(composer.hasPrevious());
}
