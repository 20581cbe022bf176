#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace qq {

class ChangeLog;
class Clock;
class Database;

struct CatalogRow {
    int line = 0; // 1-based line number in the file (the header is line 1)
    enum class Action { Add, AddCopies, Error } action = Action::Error;
    QString isbn; // ISBN-13 digits, empty when the row has none
    QString title; // as the file writes it (empty allowed for AddCopies)
    QString author;
    QString publisher;
    QString ageBand;
    QString category;
    int copies = 1; // 1..kMaxCopies
    QString titleId; // AddCopies: the title already in the catalog
    QString catalogTitle; // AddCopies: its title as the catalog has it
    QStringList errors; // plain words, translated, naming the column and the value
};

struct CatalogPreview {
    QString encoding; // "UTF-8" or "GB18030" (which reads GBK too)
    QStringList fileErrors; // the whole file is unusable (encoding, size, no header, missing columns, empty)
    QStringList warnings; // unknown columns, lines above the header, titles without ISBN already there
    QList<CatalogRow> rows;
    int count(CatalogRow::Action action) const;
    int copiesToAdd() const; // over Add and AddCopies rows
    bool canApply() const; // no file errors, no row errors, and at least one row to write
    // A hash of the catalog (titles and copies) as preview() read it: apply()
    // refuses when it has changed since, so a stale preview never writes.
    QByteArray catalogStamp;
};

struct CatalogResult {
    bool ok = false;
    int titlesAdded = 0;
    int copiesAdded = 0;
    QStringList barcodes; // the new copies' labels, in file order (for printing)
    QString error;
};

// The library corner's catalog from a spreadsheet saved as CSV (WPS/Excel:
// UTF-8 with or without BOM, GBK or GB18030), with the columns as teachers
// name them: 书名 (题名, title) required; ISBN (书号), 作者 (author), 出版社
// (publisher), 适读年龄 (年龄段, age_band), 分类 (类别, category) and 册数
// (复本, copies: 1 to 50, 1 when empty) optional.
//
// A row whose ISBN is already in the catalog adds that many copies to that
// title (its 书名 may then be empty); any other row adds a title with its
// copies. The same ISBN twice in the file is an error on the later line. New
// copies are shelved with labels bookCodeFromSerial(n) continuing after the
// highest QB serial in book_copies. New titles store title_pinyin (the
// initials, Pinyin::initials, as Library::addTitle does: the catalog sorts by
// it) and added_at.
class CatalogImport {
public:
    static constexpr qsizetype kMaxFileBytes = 5 * 1024 * 1024;
    static constexpr qsizetype kMaxLineChars = 64 * 1024;
    static constexpr int kMaxCopies = 50;
    static constexpr int kMaxTitleLength = 200; // characters; other text columns 100
    static constexpr int kMaxTextLength = 100;

    CatalogImport(Database &db, ChangeLog &log, const Clock &clock);

    CatalogPreview preview(const QByteArray &fileBytes) const; // writes nothing
    CatalogPreview previewFile(const QString &path) const; // too big or unreadable → fileErrors
    // All rows or none, in one transaction (a savepoint inside the caller's),
    // with the change log. Refuses when !canApply() or the catalog changed
    // since the preview.
    CatalogResult apply(const CatalogPreview &preview);

private:
    Database &m_db;
    ChangeLog &m_log;
    const Clock &m_clock;
};

} // namespace qq
