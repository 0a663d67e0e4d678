#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/RateLimiter.h"

#include <QHash>

namespace gatehouse::engine {

struct EngineContext;
class LoginFlow;

// GET /oauth/authorize (authorization code flow, OIDC). Checks the client and the redirect URI first: while
// either is unknown the answer is an engine HTML error page (never a redirect to an unregistered URI). Every
// later problem goes to the redirect URI as error / error_description / state (OAuth codes, and the docs' SSO
// codes for the connection selectors). On success it stores a login state and sends the browser to the
// connection's upstream start (e.g. /sso/v1/saml/{conn_id}/start?login=…). Rate limited per source address.
class AuthorizeEndpoint
{
public:
    AuthorizeEndpoint(EngineContext& context, LoginFlow& flow, RateLimiter& limiter);

    HttpResponse handle(HttpRequest& request);

    static bool validChallenge(const QString& challenge);

private:
    struct Params;
    HttpResponse checkRequest(const Params& p, const QString& redirectUri) const;

    EngineContext& m_context;
    LoginFlow& m_flow;
    RateLimiter& m_limiter;
};

} // namespace gatehouse::engine
