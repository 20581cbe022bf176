#pragma once

// A minimal .xlsx writer for tests and benches (libzip): shared or inline
// strings, numbers, booleans, date cells (built-in format 14, or a custom
// yyyy"年"m"月"d"日"), merged ranges, cells with or without r="B3". Enough to
// make the workbooks a school's spreadsheet makes, and broken ones.
#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <zip.h>

#include <utility>

namespace qq::test {

// A zip holding `parts` (name, bytes), deflated; empty on failure.
inline QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &parts, const char *password = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.zip"));
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return {};
    QList<QByteArray> kept = {}; // libzip reads the buffers on zip_close
    for (const auto &[name, bytes] : parts) {
        kept.append(bytes);
        zip_source_t *source = zip_source_buffer(zip, kept.last().constData(), zip_uint64_t(kept.last().size()), 0);
        const zip_int64_t index = zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return {};
        }
        if (password)
            zip_file_set_encryption(zip, zip_uint64_t(index), ZIP_EM_AES_256, password);
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct XlsxCell {
    enum class Kind { Empty, Shared, Inline, Number, Boolean, Date, ChineseDate, Raw } kind = Kind::Empty;
    QString value; // text, or the number as written in <v>; Raw: the whole <c> element
    QString ref; // "B3"; empty: no r attribute

    static XlsxCell text(const QString &t) { return {Kind::Shared, t, {}}; }
    static XlsxCell inlineText(const QString &t) { return {Kind::Inline, t, {}}; }
    static XlsxCell number(const QString &v) { return {Kind::Number, v, {}}; }
    static XlsxCell boolean(bool b) { return {Kind::Boolean, b ? QStringLiteral("1") : QStringLiteral("0"), {}}; }
    static XlsxCell date(QDate d, bool chinese = false)
    {
        return {chinese ? Kind::ChineseDate : Kind::Date, QString::number(QDate(1899, 12, 30).daysTo(d)), {}};
    }
    static XlsxCell raw(const QString &xml) { return {Kind::Raw, xml, {}}; }
    XlsxCell at(const QString &r) const
    {
        XlsxCell c = *this;
        c.ref = r;
        return c;
    }
};

inline QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

inline QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

class XlsxBuilder {
public:
    struct Sheet {
        QString name;
        QString rows; // <row> elements
        QStringList merges; // "D2:D10"
        int nextRow = 1;
    };

    Sheet &addSheet(const QString &name)
    {
        m_sheets.append(Sheet{name, {}, {}, 1});
        return m_sheets.last();
    }
    // Row `row` (1-based; 0: the next one) of the last sheet; cells without a
    // ref are given one in order, unless `refs` is false (then they have no r).
    void row(const QList<XlsxCell> &cells, int row = 0, bool refs = true)
    {
        Sheet &sheet = m_sheets.last();
        const int r = row > 0 ? row : sheet.nextRow;
        sheet.nextRow = r + 1;
        QString xml = QStringLiteral("<row r=\"%1\">").arg(r);
        for (int i = 0; i < cells.size(); ++i) {
            const XlsxCell &c = cells.at(i);
            const QString ref = !c.ref.isEmpty() ? c.ref : refs ? columnName(i) + QString::number(r) : QString();
            const QString at = ref.isEmpty() ? QString() : QStringLiteral(" r=\"%1\"").arg(ref);
            switch (c.kind) {
            case XlsxCell::Kind::Empty:
                break;
            case XlsxCell::Kind::Shared:
                xml += QStringLiteral("<c%1 t=\"s\"><v>%2</v></c>").arg(at).arg(sharedIndex(c.value));
                break;
            case XlsxCell::Kind::Inline:
                xml += QStringLiteral("<c%1 t=\"inlineStr\"><is><t>%2</t></is></c>").arg(at, xmlEscaped(c.value));
                break;
            case XlsxCell::Kind::Number:
                xml += QStringLiteral("<c%1><v>%2</v></c>").arg(at, c.value);
                break;
            case XlsxCell::Kind::Boolean:
                xml += QStringLiteral("<c%1 t=\"b\"><v>%2</v></c>").arg(at, c.value);
                break;
            case XlsxCell::Kind::Date:
                xml += QStringLiteral("<c%1 s=\"1\"><v>%2</v></c>").arg(at, c.value);
                break;
            case XlsxCell::Kind::ChineseDate:
                xml += QStringLiteral("<c%1 s=\"2\"><v>%2</v></c>").arg(at, c.value);
                break;
            case XlsxCell::Kind::Raw:
                xml += c.value;
                break;
            }
        }
        sheet.rows += xml + QStringLiteral("</row>");
    }
    void merge(const QString &range) { m_sheets.last().merges.append(range); }
    void setDate1904(bool on) { m_date1904 = on; }
    // Replace a part entirely (a broken workbook), or add one.
    void setPart(const QString &name, const QByteArray &bytes) { m_extra.append({name, bytes}); }

    QByteArray build() const
    {
        QList<std::pair<QString, QByteArray>> parts;
        QString types = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/xl/workbook.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        QString sheets, rels;
        for (int i = 0; i < m_sheets.size(); ++i) {
            sheets += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%3\"/>")
                          .arg(xmlEscaped(m_sheets.at(i).name))
                          .arg(i + 1)
                          .arg(i + 10);
            rels += QStringLiteral("<Relationship Id=\"rId%1\" "
                                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                   "worksheet\" Target=\"worksheets/sheet%2.xml\"/>")
                        .arg(i + 10)
                        .arg(i + 1);
            types += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                    "ContentType=\"application/"
                                    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                         .arg(i + 1);
            QString merges;
            for (const QString &m : m_sheets.at(i).merges)
                merges += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(m);
            if (!merges.isEmpty())
                merges = QStringLiteral("<mergeCells count=\"%1\">%2</mergeCells>")
                             .arg(m_sheets.at(i).merges.size())
                             .arg(merges);
            parts.append(
                {QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                 (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                                 "main\"><sheetData>")
                  + m_sheets.at(i).rows + QStringLiteral("</sheetData>") + merges + QStringLiteral("</worksheet>"))
                     .toUtf8()});
        }
        types += QStringLiteral("</Types>");
        parts.append({QStringLiteral("[Content_Types].xml"), types.toUtf8()});
        parts.append({QStringLiteral("_rels/.rels"),
                      QByteArrayLiteral(
                          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" "
                          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                          "Target=\"xl/workbook.xml\"/></Relationships>")});
        parts.append({QStringLiteral("xl/workbook.xml"),
                      (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                      "relationships\"><workbookPr date1904=\"%1\"/><sheets>")
                           .arg(m_date1904 ? 1 : 0)
                       + sheets + QStringLiteral("</sheets></workbook>"))
                          .toUtf8()});
        rels +=
            QStringLiteral("<Relationship Id=\"rId1\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                           "Target=\"sharedStrings.xml\"/>"
                           "<Relationship Id=\"rId2\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                           "Target=\"/xl/styles.xml\"/>");
        parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                      (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                      "<Relationships "
                                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                       + rels + QStringLiteral("</Relationships>"))
                          .toUtf8()});
        QString shared;
        for (const QString &s : m_shared)
            shared += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(xmlEscaped(s));
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                      "count=\"%1\" uniqueCount=\"%1\">")
                           .arg(m_shared.size())
                       + shared + QStringLiteral("</sst>"))
                          .toUtf8()});
        // xf 0: General; 1: built-in date 14; 2: a custom Chinese date. The
        // cellStyleXfs before cellXfs must not count.
        parts.append(
            {QStringLiteral("xl/styles.xml"),
             QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                               "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                               "<numFmts count=\"1\"><numFmt numFmtId=\"176\" "
                               "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@\"/></numFmts>"
                               "<cellStyleXfs count=\"2\"><xf numFmtId=\"14\"/><xf numFmtId=\"0\"/></cellStyleXfs>"
                               "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" "
                               "applyNumberFormat=\"1\"/><xf numFmtId=\"176\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                               "</cellXfs></styleSheet>")});
        for (const auto &extra : m_extra) {
            parts.removeIf([&](const auto &p) { return p.first == extra.first; });
            parts.append(extra);
        }
        return makeZip(parts);
    }

private:
    int sharedIndex(const QString &text)
    {
        const auto it = m_index.constFind(text);
        if (it != m_index.cend())
            return *it;
        m_shared.append(text);
        m_index.insert(text, int(m_shared.size() - 1));
        return int(m_shared.size() - 1);
    }

    QList<Sheet> m_sheets;
    QStringList m_shared;
    QHash<QString, int> m_index;
    QList<std::pair<QString, QByteArray>> m_extra;
    bool m_date1904 = false;
};

} // namespace qq::test
