#include "card_code.h"

#include "book_code.h"
#include "isbn.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace qq {

namespace {

constexpr int kAlphabetSize = 32;
static_assert(sizeof(kCardCodeAlphabet) - 1 == kAlphabetSize);
constexpr int kBodyLength = kCardCodeLength - 1;
// Codes this close to the right length, made of our alphabet and starting
// with "QQ", are taken for a misread (a dropped or doubled character).
constexpr int kMisreadSlack = 2;

int alphabetIndex(QChar c)
{
    if (c.unicode() > 0x7f)
        return -1;
    const char *found = std::strchr(kCardCodeAlphabet, char(c.unicode()));
    return found && *found ? int(found - kCardCodeAlphabet) : -1;
}

// GF(32) with x^5 + x^2 + 1.
int gfMultiply(int a, int b)
{
    int product = 0;
    while (b) {
        if (b & 1)
            product ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

bool isGarbageChar(QChar c)
{
    if (c == QChar::ReplacementCharacter)
        return true; // bytes that were not text
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate: // unpaired
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

} // namespace

// The check character is a weighted sum over GF(32) with the distinct weights
// α^1…α^10 (α a primitive element). Unlike Luhn mod 32 (which misses every
// swap of characters two apart) it catches every single wrong character and
// every swap of two different characters, at any distance.
QChar cardCodeCheckChar(const QString &body)
{
    if (body.size() != kBodyLength)
        return {};
    int sum = 0;
    int weight = 1;
    for (QChar c : body) {
        const int value = alphabetIndex(c);
        if (value < 0)
            return {};
        weight = gfMultiply(weight, 2);
        sum ^= gfMultiply(weight, value);
    }
    return QChar::fromLatin1(kCardCodeAlphabet[sum]);
}

QString newCardCode()
{
    return cardCodeFromPayload(QRandomGenerator::system()->generate64());
}

QString cardCodeFromPayload(quint64 payload)
{
    QString code = QString::fromLatin1(kCardCodePrefix);
    for (int i = 0; i < kCardCodePayloadLength; ++i, payload >>= 5)
        code += QChar::fromLatin1(kCardCodeAlphabet[payload % kAlphabetSize]);
    return code + cardCodeCheckChar(code);
}

CardCodeCheck checkCardCode(const QString &raw)
{
    CardCodeCheck check;
    // Length first: a 10 KB text is refused without normalizing it.
    if (raw.size() > 4 * kCardCodeMaxRawLength) {
        check.problem = CardCodeProblem::Garbage;
        return check;
    }
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty()) {
        check.problem = CardCodeProblem::Empty;
        return check;
    }
    if (trimmed.size() > kCardCodeMaxRawLength
        || std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return isGarbageChar(c); })) {
        check.problem = CardCodeProblem::Garbage;
        return check;
    }
    // As Roster::normalizeCardCode: full-width forms folded, no spaces, upper case.
    QString normalized = trimmed.normalized(QString::NormalizationForm_KC);
    normalized.removeIf([](QChar c) { return c.isSpace(); });
    check.normalized = normalized.toUpper();
    const QString &code = check.normalized;

    const bool ours = code.startsWith(QLatin1String(kCardCodePrefix))
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return alphabetIndex(c) >= 0; });
    if (!ours || std::abs(code.size() - kCardCodeLength) > kMisreadSlack) {
        check.problem = CardCodeProblem::NotOurs;
        return check;
    }
    if (code.size() != kCardCodeLength || cardCodeCheckChar(code.left(kBodyLength)) != code.back()) {
        check.problem = CardCodeProblem::BadCheck;
        return check;
    }
    check.ok = true;
    return check;
}

CardCodeCheck checkAnyCardCode(const QString &raw)
{
    CardCodeCheck check = checkCardCode(raw);
    if (check.ok || check.problem != CardCodeProblem::NotOurs)
        return check; // ours, a misread of ours, empty or garbage
    const QString &code = check.normalized;
    if (!std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; })) {
        check.problem = CardCodeProblem::NotAscii;
        return check;
    }
    if (code.size() < kSchoolCardCodeMinLength) {
        check.problem = CardCodeProblem::TooShort;
        return check;
    }
    if (code.size() > kSchoolCardCodeMaxLength) {
        check.problem = CardCodeProblem::TooLong;
        return check;
    }
    // A book's barcode or sticker, or a link: shown by mistake, never a card.
    // Only the 13 digits of a cover: a 10-digit card number may pass as an ISBN-10.
    const bool book = checkBookCode(code).ok || (code.size() == 13 && checkIsbn(code).ok);
    if (book || code.contains(QLatin1String("://")) || code.startsWith(QLatin1String("WWW."))) {
        check.problem = CardCodeProblem::NotOurs;
        return check;
    }
    check.ok = true;
    check.problem = CardCodeProblem::None;
    check.kind = CardCodeKind::School;
    return check;
}

QString cardCodeProblemText(CardCodeProblem problem)
{
    switch (problem) {
    case CardCodeProblem::None:
        return {};
    case CardCodeProblem::Empty:
        return QCoreApplication::translate("Cards", "No card code was read.");
    case CardCodeProblem::NotOurs:
        return QCoreApplication::translate("Cards", "This is not a Qinqing card. Please show your own card.");
    case CardCodeProblem::BadCheck:
        return QCoreApplication::translate("Cards", "The card was not read correctly. Please try again.");
    case CardCodeProblem::Garbage:
    case CardCodeProblem::TooShort:
    case CardCodeProblem::TooLong:
    case CardCodeProblem::NotAscii:
        return QCoreApplication::translate("Cards", "This is not a card code.");
    }
    return {};
}

} // namespace qq
