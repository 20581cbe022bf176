#include "isbn.h"

namespace qq {
namespace {

int isbn10CheckValue(const QString &digits) // over the first 9 digits
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (10 - i) * digits.at(i).digitValue();
    return (11 - sum % 11) % 11; // 10 is written X
}

int ean13CheckDigit(const QString &digits) // over the first 12 digits
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 ? 3 : 1);
    return (10 - sum % 10) % 10;
}

} // namespace

IsbnCheck checkIsbn(const QString &raw)
{
    QString digits;
    bool endsInX = false;
    for (QChar c : raw.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits from a Chinese IME
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c == u'-' || c == u' ' || c == u'\u2010' || c == u'\u2013' || c == u'\u3000')
            continue;
        if (endsInX)
            return {false, {}, IsbnProblem::BadCharacters};
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'X' || c == u'x' || c == u'\uFF38')
            endsInX = true;
        else
            return {false, {}, IsbnProblem::BadCharacters};
    }
    if (digits.isEmpty() && !endsInX)
        return {false, {}, IsbnProblem::Empty};
    if (endsInX && digits.size() != 9)
        return {false, {}, digits.size() == 12 ? IsbnProblem::BadCharacters : IsbnProblem::WrongLength};
    if (digits.size() == 10 || (endsInX && digits.size() == 9)) {
        const int check = isbn10CheckValue(digits);
        const int given = endsInX ? 10 : digits.at(9).digitValue();
        if (check != given)
            return {false, {}, IsbnProblem::BadChecksum};
        QString isbn13 = QStringLiteral("978") + digits.left(9);
        isbn13 += QChar(u'0' + ean13CheckDigit(isbn13));
        return {true, isbn13, IsbnProblem::None};
    }
    if (digits.size() != 13)
        return {false, {}, IsbnProblem::WrongLength};
    if (ean13CheckDigit(digits) != digits.at(12).digitValue())
        return {false, {}, IsbnProblem::BadChecksum};
    if (!digits.startsWith(QLatin1String("978")) && !digits.startsWith(QLatin1String("979")))
        return {false, {}, IsbnProblem::NotABook};
    return {true, digits, IsbnProblem::None};
}

QString displayIsbn(const QString &isbn13)
{
    return isbn13.size() == 13 ? isbn13.left(3) + u'-' + isbn13.mid(3) : isbn13;
}

} // namespace qq
