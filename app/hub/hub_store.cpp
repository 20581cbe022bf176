#include "hub_store.h"

#include "postgres_hub_store.h"
#include "sqlite_hub_store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <stdexcept>

namespace qq::hub {

namespace {
// No 0/O/1/I/L: a teacher typing the code from a printout cannot mix them up.
constexpr char kCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
} // namespace

std::unique_ptr<HubStore> openHubStore(const QString &where, int connections)
{
    if (where.startsWith(QLatin1String("postgres")))
        return std::make_unique<PostgresHubStore>(where, connections);
    return std::make_unique<SqliteHubStore>(where);
}

const ChangeRow *firstRowAhead(const QList<ChangeRow> &rows, qint64 nowMs)
{
    for (const ChangeRow &row : rows)
        if (row.hlc.wallMs - nowMs > kMaxClockAheadMs)
            return &row;
    return nullptr;
}

QString stampTimeInWords(qint64 wallMs)
{
    constexpr qint64 kYear10000Ms = 253'402'300'800'000;
    if (wallMs >= kYear10000Ms)
        return QStringLiteral("far in the future");
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool isUnprintable(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
        || c == 0x061c || c == 0x200e || c == 0x200f // Arabic letter mark, left-to-right and right-to-left marks
        || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x2028 || c == 0x2029; // line and paragraph separators
}

QString plainName(const QString &text, qsizetype maxLength)
{
    QString plain;
    for (const char32_t c : text.toUcs4())
        plain += isUnprintable(c) ? QStringLiteral(" ") : QString::fromUcs4(&c, 1);
    return plain.simplified().left(maxLength);
}

QString printable(const QString &text)
{
    QString shown;
    for (const char32_t c : text.toUcs4()) {
        if (!isUnprintable(c))
            shown += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            shown += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            shown += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return shown;
}

bool isDeviceId(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return false;
    return true;
}

void makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        throw std::runtime_error(QStringLiteral("cannot create the hub's folder %1").arg(folder).toStdString());
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if ((QFile::permissions(folder) & ~(kOwnerOnly | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser))
        && !QFile::setPermissions(folder, kOwnerOnly))
        throw std::runtime_error(
            QStringLiteral("cannot make the hub's folder %1 private (chmod 700)").arg(folder).toStdString());
}

void makePrivateFile(const QString &path)
{
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (QFile::exists(path) && (QFile::permissions(path) & ~(kOwnerOnly | QFile::ReadUser | QFile::WriteUser))
        && !QFile::setPermissions(path, kOwnerOnly))
        throw std::runtime_error(QStringLiteral("cannot make %1 private (chmod 600)").arg(path).toStdString());
}

QString newSecret(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    return QString::fromLatin1(random.toHex());
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newEnrollmentCode()
{
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(int(sizeof kCodeAlphabet) - 1)]);
    }
    return code;
}

QString normalizedEnrollmentCode(const QString &typed)
{
    // Typed codes arrive in any case, with or without dashes and spaces.
    QString letters;
    for (const QChar c : typed)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            letters += c.toUpper();
    if (letters.size() != 12)
        return letters;
    return letters.left(4) + QLatin1Char('-') + letters.mid(4, 4) + QLatin1Char('-') + letters.mid(8);
}

} // namespace qq::hub
