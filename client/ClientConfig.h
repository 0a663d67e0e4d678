#pragma once

#include "client/ApiError.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace gatehouse::client {

// Where and as whom the client talks. The secret lives here only in memory (from the keychain).
struct ClientConfig
{
    QUrl baseUrl; // environment URL, e.g. https://acme.scalekit.dev or http://127.0.0.1:8787
    QString clientId;
    QString clientSecret;
    int timeoutMs = 15000;
    // An admin-portal session (POST /api/v1/portal_sessions): used as the Bearer token as it is, with no
    // client credentials and no token endpoint. Kept in memory only; scoped by the engine to one organization.
    QString sessionToken = QString();

    // Refuses what must never be used: no scheme/host, a scheme other than http(s), and plain http to anything
    // but a loopback address (TLS is mandatory for remote environments).
    std::optional<ApiError> validate() const;
    static bool isLoopbackHost(const QString& host);
};

} // namespace gatehouse::client
