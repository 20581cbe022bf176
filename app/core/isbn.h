#pragma once

#include <QString>

namespace qq {

// ISBNs as teachers type them and scanners read them: ISBN-10 ("7-02-000220-X")
// or ISBN-13 / the EAN-13 on the back cover ("978-7-02-000220-7"), with or
// without hyphens, spaces and full-width digits. Kept as ISBN-13 digits.
enum class IsbnProblem {
    None,
    Empty,
    BadCharacters, // something other than digits, hyphens, spaces and a final X
    WrongLength, // neither 10 nor 13 digits
    BadChecksum, // a digit mistyped or misread
    NotABook, // 13 digits but not 978/979: a product's barcode, not a book's
};

struct IsbnCheck {
    bool ok = false;
    QString isbn13; // 13 digits, set when ok
    IsbnProblem problem = IsbnProblem::None;
};

IsbnCheck checkIsbn(const QString &raw);
// "9787020002207" → "978-7-02-000220-7" is not possible without the
// registration ranges; for people it is shown as 978-7020002207.
QString displayIsbn(const QString &isbn13);

} // namespace qq
