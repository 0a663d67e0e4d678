#include "client/ClientConfig.h"

#include <QHostAddress>

namespace gatehouse::client {

bool ClientConfig::isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> ClientConfig::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return ApiError::configuration(ApiError::tr("The environment URL is not a valid URL."));
    }
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")) {
        return ApiError::configuration(ApiError::tr("The environment URL must start with https://."));
    }
    if (scheme == QStringLiteral("http") && !isLoopbackHost(baseUrl.host())) {
        return ApiError::configuration(
            ApiError::tr("Plain http:// is only allowed for an engine on this computer (127.0.0.1); use https:// "
                         "for %1.")
                .arg(baseUrl.host()));
    }
    if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userInfo().isEmpty()) {
        return ApiError::configuration(
            ApiError::tr("The environment URL must not contain a user name, query or fragment."));
    }
    if (!sessionToken.isEmpty()) {
        return std::nullopt; // a portal session: no client credentials
    }
    if (clientId.isEmpty()) {
        return ApiError::configuration(ApiError::tr("The client ID is missing."));
    }
    if (clientSecret.isEmpty()) {
        return ApiError::configuration(ApiError::tr("The client secret is missing."));
    }
    return std::nullopt;
}

} // namespace gatehouse::client
