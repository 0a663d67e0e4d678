#pragma once

#include "engine/crypto/RsaKey.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/simulator/SimulatorSeed.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// The OIDC side of the IdP simulator (development environments only, like the SAML side): an OpenID provider with
// issuer {base}/simulator/oidc, one fixed development client (client_id gatehouse-simulator, client_secret
// simulator-secret; redirect URIs only under this engine's base URL), RS256 ID tokens signed with the simulator's
// key, and the same scenario page as the SAML simulator: "User login via SSO" and error scenarios that make the
// relying party report each of its error codes.
//
//   GET  /simulator/oidc/.well-known/openid-configuration
//   GET  /simulator/oidc/jwks
//   GET  /simulator/oidc/authorize     authorization request -> scenario page
//   POST /simulator/oidc/respond       the scenario form -> redirect with code (or error) and state
//   POST /simulator/oidc/token         authorization_code grant (client_secret_basic or client_secret_post, PKCE S256)
//   GET  /simulator/oidc/userinfo      Bearer access token
class OidcSimulator
{
public:
    static inline const QString kClientId = QStringLiteral("gatehouse-simulator");
    static inline const QString kClientSecret = QStringLiteral("simulator-secret");
    static constexpr int kCodeLifetimeSecs = 600;

    enum class Scenario
    {
        Login,
        IdpError,
        TokenError,
        WrongNonce,
        ExpiredToken,
        BadSignature,
        UnknownKey,
        Hs256,
        UnsignedToken,
        WrongAudience,
        WrongIssuer,
        UserinfoError,
    };
    static QStringList scenarioNames();
    static std::optional<Scenario> scenarioFromName(const QString& name);
    static QString issuer(const QString& baseUrl);

    OidcSimulator(EngineContext& context, const SimulatorKeys& keys);

    void registerRoutes(Router& router);

    // The ID token a scenario produces (tampered as it says). Public for tests.
    QByteArray idToken(Scenario scenario, QJsonObject claims) const;

private:
    HttpResponse discovery(HttpRequest& request);
    HttpResponse jwks(HttpRequest& request);
    HttpResponse authorize(HttpRequest& request);
    HttpResponse respond(HttpRequest& request);
    HttpResponse token(HttpRequest& request);
    HttpResponse userinfo(HttpRequest& request);

    QString csrfToken(const QString& browserKey, const QStringList& values) const;
    bool acceptableRedirect(const QString& uri) const;

    EngineContext& m_context;
    std::optional<RsaKey> m_key;
    QString m_kid;
};

} // namespace gatehouse::engine
