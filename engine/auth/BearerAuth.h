#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/auth/PortalAccess.h"
#include "engine/http/Router.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;

// Checks `Authorization: Bearer <JWT>` for /api/v1 routes: RS256 signature by one of our keys, iss and
// aud = base URL, exp/nbf against the Clock, and the route's scope. Fills request.caller. Admin-portal session
// tokens (PortalAccess::kTokenPrefix) are checked by PortalAccess instead. A valid organization API client token
// (client_id m2morg_…, OrgClientsApi) gets 403 on every route here: it is not an environment admin client.
class BearerAuth
{
public:
    explicit BearerAuth(const EngineContext& context);

    std::optional<HttpResponse> operator()(HttpRequest& request, const Router::RouteOptions& options) const;

private:
    std::optional<QString> checkClaims(const QJsonObject& claims) const;

    const EngineContext& m_context;
    PortalAccess m_portal;
};

} // namespace gatehouse::engine
