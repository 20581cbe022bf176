#pragma once

#include <QString>

namespace qq {

// The code on a child's personal card: "QQ", 8 payload characters and one
// check character, all from an alphabet without 0/O/1/I (nothing to confuse
// when a teacher reads or types it), e.g. "QQ7K2M9XRA4"-shaped.
inline constexpr char kCardCodeAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32 characters
inline constexpr char kCardCodePrefix[] = "QQ";
inline constexpr int kCardCodePayloadLength = 8; // 40 random bits
inline constexpr int kCardCodeLength = 2 + kCardCodePayloadLength + 1;
// Anything longer than this is not a misread card but some other content.
inline constexpr int kCardCodeMaxRawLength = 64;
// A school's own campus-card numbers (C1001, 20230015, 0012345678): printable
// ASCII, as a scanner types it, of this many characters.
inline constexpr int kSchoolCardCodeMinLength = 4;
inline constexpr int kSchoolCardCodeMaxLength = 32;

enum class CardCodeProblem {
    None,
    Empty,
    NotOurs, // another barcode: a book's ISBN, a web address, a shop's code
    BadCheck, // looks like ours but the check character is wrong: misread or mistyped
    Garbage, // binary, control characters, far too long
    TooShort, // shorter than kSchoolCardCodeMinLength: a row number, not a card
    TooLong, // longer than kSchoolCardCodeMaxLength
    NotAscii, // characters no card scanner types (hanzi, symbols)
};

enum class CardCodeKind {
    Qinqing, // QQ + 8 + check character, made by this kiosk
    School, // the school's own card number, taken from its roster
};

struct CardCodeCheck {
    bool ok = false;
    QString normalized; // trimmed, upper case (empty unless the text was readable)
    CardCodeProblem problem = CardCodeProblem::None;
    CardCodeKind kind = CardCodeKind::Qinqing; // when ok
};

// A new random card code (QRandomGenerator::system()). Uniqueness is the
// roster's job (Roster::addChild refuses a taken code): draw again then.
QString newCardCode();
// The code for the low 40 bits of `payload` (5 bits a character): for a
// demo school that is the same on every run.
QString cardCodeFromPayload(quint64 payload);

// Trims, folds full-width forms, upper-cases and checks `raw` (scanned or typed).
CardCodeCheck checkCardCode(const QString &raw);

// A code a child's card may carry: Qinqing's own (checked as above), or a
// school's own card number — 4 to 32 printable ASCII characters (full-width
// forms folded, spaces removed, upper case, as Roster::normalizeCardCode), that
// is not a misread Qinqing code, a book's ISBN or sticker, or a web address.
// Whether a child has it is the roster's question (Roster::childByCardCode).
CardCodeCheck checkAnyCardCode(const QString &raw);

// The check character for "QQ" + 8 payload characters (the first 10 of a code).
// QChar() when `body` is not 10 alphabet characters.
QChar cardCodeCheckChar(const QString &body);

// Plain words for a child or teacher, translated in the "Cards" context.
QString cardCodeProblemText(CardCodeProblem problem);

} // namespace qq
