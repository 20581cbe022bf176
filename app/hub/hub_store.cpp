#include "hub_store.h"

#include "postgres_hub_store.h"
#include "sqlite_hub_store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

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
