#pragma once

#include <QString>

namespace qq {

// The sticker on each copy: "QB", 6 digits of serial and a check digit
// (Luhn), e.g. "QB0001234". The check digit turns a damaged label that reads
// wrongly into "could not read" instead of another book.
inline constexpr char kBookCodePrefix[] = "QB";
inline constexpr int kBookCodeLength = 9;

enum class BookCodeProblem {
    None,
    Empty,
    NotOurs, // another barcode (an ISBN is handled by the caller before this)
    BadCheck, // looks like ours, but a digit was misread or mistyped
};

struct BookCodeCheck {
    bool ok = false;
    QString normalized; // "QB" + 7 digits, set when ok
    BookCodeProblem problem = BookCodeProblem::None;
};

QString bookCodeFromSerial(int serial); // 0 ≤ serial ≤ 999999
BookCodeCheck checkBookCode(const QString &raw);

} // namespace qq
