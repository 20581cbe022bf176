#include "book_code.h"

namespace qq {
namespace {

int luhnCheckDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true; // the digit next to the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

} // namespace

QString bookCodeFromSerial(int serial)
{
    const QString digits = QStringLiteral("%1").arg(serial % 1'000'000, 6, 10, QLatin1Char('0'));
    return QLatin1String(kBookCodePrefix) + digits + QChar(u'0' + luhnCheckDigit(digits));
}

BookCodeCheck checkBookCode(const QString &raw)
{
    QString text;
    for (QChar c : raw.trimmed()) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) // full width → ASCII
            c = QChar(c.unicode() - 0xFEE0);
        if (c != u' ' && c != u'-')
            text += c.toUpper();
    }
    if (text.isEmpty())
        return {false, {}, BookCodeProblem::Empty};
    if (text.size() != kBookCodeLength || !text.startsWith(QLatin1String(kBookCodePrefix)))
        return {false, {}, BookCodeProblem::NotOurs};
    const QString digits = text.mid(2);
    for (QChar c : digits)
        if (!c.isDigit() || c.unicode() > 127)
            return {false, {}, BookCodeProblem::NotOurs};
    if (luhnCheckDigit(digits.left(6)) != digits.at(6).digitValue())
        return {false, {}, BookCodeProblem::BadCheck};
    return {true, text, BookCodeProblem::None};
}

} // namespace qq
