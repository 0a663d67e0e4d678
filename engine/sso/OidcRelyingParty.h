#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/sso/LoginFlow.h"
#include "engine/sso/OidcDiscovery.h"
#include "engine/sso/OidcJwksCache.h"
#include "net/GuardedFetcher.h"

#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// The OpenID Connect relying party per connection of type OIDC (callback {base}/sso/v1/oidc/{conn_id}/callback):
// - GET …/start?login=<login state>: resolves the IdP's endpoints (oidc_config values, else discovery from the
//   issuer or discovery_endpoint through the guarded fetcher, cached), then redirects to the authorization endpoint
//   with response_type=code, state = the login state id, a nonce and a PKCE S256 code_challenge (both derived from
//   the login state id with the engine's pepper, so nothing more is stored and nothing is guessable);
// - GET …/callback: exchanges the code (client_secret_basic or client_secret_post per token_auth_type, else what
//   the IdP supports), verifies the ID token (OidcIdToken: RS256/PS256/ES256 only, iss — Entra {tenantid}
//   templates only against the token's tid —, aud, azp, exp, iat, nonce; signature against the IdP's JWKS through
//   OidcJwksCache), reads userinfo when the IdP has it (its sub must equal the ID token's), maps the claims
//   (AttributeMapper) and ends the login through LoginFlow like the SAML SP. Failures: failed_to_exchange_token,
//   invalid_id_token, user_info_retrieve_failed (and server_error when the IdP configuration cannot be read),
//   with the reason and fix in connection test results.
// Outbound requests: https only outside development environments; loopback/private targets only in development
// environments, for URLs under the engine's own base URL (the simulator) or with --idp-allow-private.
class OidcRelyingParty
{
public:
    struct Settings
    {
        bool development = false;  // http IdP URLs allowed
        bool allowPrivate = false; // loopback/private IdP addresses allowed (development only)
        int discoveryMaxAgeSecs = 3600;
        OidcJwksCache::Settings jwks;
        int fetchTimeoutMs = 15000;
    };

    OidcRelyingParty(EngineContext& context, LoginFlow& flow, Settings settings);

    void registerRoutes(Router& router);

    HttpResponse start(HttpRequest& request);
    HttpResponse callback(HttpRequest& request);

    QString callbackUrl(const QString& connectionId) const;

    const OidcJwksCache& jwksCache() const
    {
        return m_jwks;
    }

private:
    struct Resolved
    {
        OidcProviderMetadata provider;
        QString clientId;
        QString clientSecret;
        bool basicAuth = true;
        bool pkce = true;
        QString scope;
        QJsonArray trace;
    };
    struct Callback;
    using ResolveDone = std::function<void(core::Result<Resolved>)>;
    using Reply = std::function<void(HttpResponse)>;

    core::Result<std::optional<Connection>> oidcConnection(const QString& connectionId) const;
    void resolve(const Connection& connection, ResolveDone done);
    void discover(const QUrl& url,
                  const QString& expectedIssuer,
                  std::function<void(core::Result<OidcProviderMetadata>)> done);
    net::GuardedFetcher::Options fetchOptions(const QString& url) const;
    QString derived(const char* purpose, const QString& loginId) const;

    void exchange(std::shared_ptr<Callback> cb);
    void verifyIdToken(std::shared_ptr<Callback> cb, const QByteArray& idToken, const QString& accessToken);
    void readUserinfo(std::shared_ptr<Callback> cb, const QString& accessToken);
    void finishLogin(std::shared_ptr<Callback> cb);
    void failLogin(std::shared_ptr<Callback> cb, const QString& code, const QString& reason, const QString& fix);
    HttpResponse finish(const core::Result<LoginFlow::Outcome>& outcome) const;

    EngineContext& m_context;
    LoginFlow& m_flow;
    Settings m_settings;
    QNetworkAccessManager m_manager;
    net::GuardedFetcher m_fetcher;
    OidcJwksCache m_jwks;

    struct CachedDiscovery
    {
        OidcProviderMetadata metadata;
        qint64 fetchedAt = 0;
    };

    QHash<QString, CachedDiscovery> m_discovery;
};

} // namespace gatehouse::engine
