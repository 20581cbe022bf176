// Card codes: generation, normalisation, and the ways a scan goes wrong.
#include "card_code.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace qq;

namespace {

QString validCode()
{
    static const QString code = newCardCode();
    return code;
}

} // namespace

TEST(CardCode, NewCodesAreWellFormedValidAndDistinct)
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = newCardCode();
        ASSERT_EQ(code.size(), kCardCodeLength) << code.toStdString();
        EXPECT_TRUE(code.startsWith(QLatin1String("QQ")));
        for (QChar c : QStringLiteral("0O1I"))
            EXPECT_FALSE(code.contains(c)) << code.toStdString();
        const CardCodeCheck check = checkCardCode(code);
        EXPECT_TRUE(check.ok) << code.toStdString();
        EXPECT_EQ(check.normalized, code);
        EXPECT_EQ(check.problem, CardCodeProblem::None);
        seen.insert(code);
    }
    EXPECT_EQ(seen.size(), 2000);
}

TEST(CardCode, NormalizesSpacesCaseAndFullWidth)
{
    const QString code = validCode();
    for (const QString &raw : {QStringLiteral("  ") + code.toLower() + QStringLiteral("\r\n"),
                               code.left(4) + QLatin1Char(' ') + code.mid(4), code + QLatin1Char('\t')}) {
        const CardCodeCheck check = checkCardCode(raw);
        EXPECT_TRUE(check.ok) << raw.toStdString();
        EXPECT_EQ(check.normalized, code);
    }
    QString fullWidth; // as a Chinese input method types it
    for (QChar c : code)
        fullWidth += QChar(c.unicode() - 0x21 + 0xff01);
    EXPECT_TRUE(checkCardCode(fullWidth).ok);
    EXPECT_EQ(checkCardCode(fullWidth).normalized, code);
}

TEST(CardCode, EmptyIsEmpty)
{
    for (const QString &raw : {QString(), QStringLiteral(""), QStringLiteral(" \t\r\n")}) {
        const CardCodeCheck check = checkCardCode(raw);
        EXPECT_FALSE(check.ok);
        EXPECT_EQ(check.problem, CardCodeProblem::Empty);
    }
}

TEST(CardCode, OtherBarcodesAreNotOurs)
{
    for (const char *raw : {"9787020002207", "978-7-02-000220-7", "http://example.com", "https://weixin.qq.com/r/abc",
                            "6901234567892", "QQ", "QQ7K2M9XRA4QQ7K2M9XRA4", "QQ7K2M0XRA4X1", "hello", "12345678"}) {
        const CardCodeCheck check = checkCardCode(QString::fromLatin1(raw));
        EXPECT_FALSE(check.ok) << raw;
        EXPECT_EQ(check.problem, CardCodeProblem::NotOurs) << raw;
        EXPECT_FALSE(check.normalized.isEmpty());
    }
}

TEST(CardCode, EverySingleWrongCharacterIsABadCheck)
{
    const QString code = validCode();
    for (int i = 2; i < code.size(); ++i) {
        for (const char *c = kCardCodeAlphabet; *c; ++c) {
            QString misread = code;
            misread[i] = QLatin1Char(*c);
            if (misread == code)
                continue;
            const CardCodeCheck check = checkCardCode(misread);
            EXPECT_FALSE(check.ok) << misread.toStdString();
            EXPECT_EQ(check.problem, CardCodeProblem::BadCheck) << misread.toStdString();
        }
    }
}

TEST(CardCode, EverySwapOfTwoCharactersIsCaught)
{
    for (int n = 0; n < 200; ++n) {
        const QString code = newCardCode();
        for (int i = 0; i < code.size(); ++i) {
            for (int j = i + 1; j < code.size(); ++j) {
                if (code[i] == code[j])
                    continue;
                QString swapped = code;
                std::swap(swapped[i], swapped[j]);
                EXPECT_FALSE(checkCardCode(swapped).ok) << code.toStdString() << " " << swapped.toStdString();
            }
        }
    }
}

TEST(CardCode, DroppedOrDoubledCharacterIsABadCheck)
{
    const QString code = validCode();
    EXPECT_EQ(checkCardCode(code.chopped(1)).problem, CardCodeProblem::BadCheck);
    EXPECT_EQ(checkCardCode(code.left(5) + code.mid(6)).problem, CardCodeProblem::BadCheck);
    EXPECT_EQ(checkCardCode(code + code.back()).problem, CardCodeProblem::BadCheck);
}

TEST(CardCode, GarbageIsRefused)
{
    const QString code = validCode();
    const QString tenKilobytes(10 * 1024, QLatin1Char('A'));
    const QString tenKilobytesOfCodes = code.repeated(1000);
    const QString control = code.left(5) + QChar(0x01) + code.mid(5);
    const QString nul = code.left(5) + QChar(0) + code.mid(5);
    QByteArray binary;
    for (int i = 0; i < 40; ++i)
        binary.append(char(i * 37 % 256));
    const QString decodedBinary = QString::fromUtf8(binary); // replacement characters and controls
    const QString zeroWidth = code.left(3) + QChar(0x200b) + code.mid(3);
    const QString escape = QStringLiteral("\x1b[2J") + code;
    for (const QString &raw : {tenKilobytes, tenKilobytesOfCodes, control, nul, decodedBinary, zeroWidth, escape,
                               QString(kCardCodeMaxRawLength + 1, QLatin1Char('Q'))}) {
        const CardCodeCheck check = checkCardCode(raw);
        EXPECT_FALSE(check.ok);
        EXPECT_EQ(check.problem, CardCodeProblem::Garbage) << raw.left(40).toStdString();
        EXPECT_TRUE(check.normalized.isEmpty());
    }
}

TEST(CardCode, CheckCharacterNeedsTenAlphabetCharacters)
{
    const QString code = validCode();
    EXPECT_EQ(cardCodeCheckChar(code.left(10)), code.back());
    EXPECT_TRUE(cardCodeCheckChar(code.left(9)).isNull());
    EXPECT_TRUE(cardCodeCheckChar(QStringLiteral("QQ0OIIABCD")).isNull());
}

TEST(CardCode, EveryProblemHasPlainWords)
{
    EXPECT_TRUE(cardCodeProblemText(CardCodeProblem::None).isEmpty());
    for (CardCodeProblem problem :
         {CardCodeProblem::Empty, CardCodeProblem::NotOurs, CardCodeProblem::BadCheck, CardCodeProblem::Garbage})
        EXPECT_FALSE(cardCodeProblemText(problem).isEmpty());
}

TEST(CardCode, ASchoolsOwnCardNumbersAreCardsToo)
{
    for (const char *raw : {"C1001", "20230015", "0012345678", " c1001 ", "ABC-123_4", "Ｃ１００１"}) {
        const CardCodeCheck check = checkAnyCardCode(QString::fromUtf8(raw));
        EXPECT_TRUE(check.ok) << raw;
        EXPECT_EQ(check.kind, CardCodeKind::School) << raw;
    }
    EXPECT_EQ(checkAnyCardCode(QStringLiteral(" c1001 ")).normalized, QStringLiteral("C1001"));
    EXPECT_EQ(checkAnyCardCode(QStringLiteral("0012345678")).normalized, QStringLiteral("0012345678"));
    // Qinqing's own stay checked: a misread is not taken for a school's number.
    const QString ours = validCode();
    EXPECT_EQ(checkAnyCardCode(ours).kind, CardCodeKind::Qinqing);
    EXPECT_TRUE(checkAnyCardCode(ours).ok);
    QString misread = ours;
    misread.back() = misread.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_EQ(checkAnyCardCode(misread).problem, CardCodeProblem::BadCheck);

    const QList<std::pair<QString, CardCodeProblem>> refused{
        {QStringLiteral("12"), CardCodeProblem::TooShort},
        {QString(33, QLatin1Char('7')), CardCodeProblem::TooLong},
        {QStringLiteral("卡号一"), CardCodeProblem::NotAscii},
        {QStringLiteral("C10\u000701"), CardCodeProblem::Garbage},
        {QStringLiteral("9787020002207"), CardCodeProblem::NotOurs}, // a book's ISBN
        {QStringLiteral("http://example.com"), CardCodeProblem::NotOurs},
        {QStringLiteral(""), CardCodeProblem::Empty},
    };
    for (const auto &[raw, problem] : refused) {
        const CardCodeCheck check = checkAnyCardCode(raw);
        EXPECT_FALSE(check.ok) << raw.toStdString();
        EXPECT_EQ(check.problem, problem) << raw.toStdString();
        EXPECT_FALSE(cardCodeProblemText(problem).isEmpty());
    }
}
