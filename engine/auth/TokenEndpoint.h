#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/RateLimiter.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class AppTokens;

// POST /oauth/token, client authentication client_secret_post or client_secret_basic (not both), errors per
// RFC 6749 §5.2, rate limited per client and per source address (429 + Retry-After). grant_type
// client_credentials issues the RS256 API access tokens itself; authorization_code and refresh_token (tokens
// for apps, OIDC) go to AppTokens once the client is authenticated. Organization API clients (m2morg_…) get
// client_credentials only: a token with `oid`, the client's scopes, audience and custom claims.
class TokenEndpoint
{
public:
    // Every scope an API client can hold; the admin client (stored scope "*") gets all of them.
    static QStringList allScopes();

    TokenEndpoint(const EngineContext& context, RateLimiter& limiter, AppTokens* appTokens = nullptr);

    HttpResponse handle(const HttpRequest& request);
    HttpResponse jwks(const HttpRequest& request) const;

    // An application/x-www-form-urlencoded body; nullopt for bad percent-encoding or a repeated parameter
    // (RFC 6749 §3.2). Also used by the SAML ACS and the IdP simulator's forms.
    static std::optional<QMap<QString, QString>> parseForm(const QByteArray& body);

private:
    struct ClientCredentials
    {
        QString id;
        QString secret;
        bool basic = false;
    };

    static HttpResponse oauthError(int status, const QString& error, const QString& description);
    std::optional<HttpResponse>
    credentials(const HttpRequest& request, const QMap<QString, QString>& form, ClientCredentials& out) const;
    std::optional<HttpResponse> authenticate(const ClientCredentials& client, QStringList& scopes) const;
    HttpResponse issue(const QString& clientId, const QStringList& scopes) const;
    // Organization API clients (m2morg_…, OrgClientsApi): any of the client's secrets authenticates; the
    // requested scopes must be a subset of the client's (invalid_scope otherwise), none requested = all of them.
    HttpResponse organizationClientToken(const ClientCredentials& client, const QStringList& requested) const;

    const EngineContext& m_context;
    RateLimiter& m_limiter;
    AppTokens* m_appTokens = nullptr;
};

} // namespace gatehouse::engine
