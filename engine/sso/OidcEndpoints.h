#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;

// The OIDC provider's read-only and session endpoints:
// - GET /.well-known/openid-configuration (discovery),
// - GET / POST /userinfo (Bearer access token for apps; the session must not be revoked),
// - GET /oidc/logout (id_token_hint, post_logout_redirect_uri registered in the environment settings, state):
//   ends the session (sid) of the hint; a second use of the same hint is refused.
class OidcEndpoints
{
public:
    explicit OidcEndpoints(EngineContext& context);

    HttpResponse discovery(HttpRequest& request);
    HttpResponse userinfo(HttpRequest& request);
    HttpResponse logout(HttpRequest& request);

private:
    // Signature and issuer of one of our JWTs; exp checked unless allowExpired.
    std::optional<QJsonObject> verify(const QByteArray& token, bool allowExpired) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
