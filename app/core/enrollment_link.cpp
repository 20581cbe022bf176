#include "enrollment_link.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace qq {

namespace {
constexpr auto kScheme = "qinqing-enroll";

bool isHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}
} // namespace

QString EnrollmentLink::toText() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("hub"), hubUrl);
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("pin"), pin);
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<EnrollmentLink> EnrollmentLink::parse(const QString &text, QString *error)
{
    auto refuse = [&](const char *why) -> std::optional<EnrollmentLink> {
        if (error)
            *error = QCoreApplication::translate("EnrollmentLink", why);
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String(kScheme))
        return refuse(QT_TRANSLATE_NOOP("EnrollmentLink", "This is not a hub's enrollment code."));
    const QUrlQuery query(url);
    EnrollmentLink link{query.queryItemValue(QStringLiteral("hub"), QUrl::FullyDecoded),
                        query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                        query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded).toLower()};
    const QUrl hub(link.hubUrl, QUrl::StrictMode);
    if (!hub.isValid() || hub.scheme() != QLatin1String("https") || hub.host().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("EnrollmentLink", "The hub's address in this code is not an https address."));
    if (link.code.isEmpty() || link.code.size() > 40)
        return refuse(QT_TRANSLATE_NOOP("EnrollmentLink", "This enrollment code has no one-time code in it."));
    if (!isHex64(link.pin))
        return refuse(QT_TRANSLATE_NOOP("EnrollmentLink", "This enrollment code has no certificate fingerprint in it."));
    return link;
}

} // namespace qq
