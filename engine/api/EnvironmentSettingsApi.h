#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

namespace gatehouse::engine {

struct EngineContext;
class Router;

// Our extension in the reference's style: GET / PUT /api/v1/environment/settings (scopes environment:read /
// environment:write). PUT changes the fields it carries: redirect_uris, default_redirect_uri,
// post_logout_redirect_uris (RedirectUriRules), access_token_lifetime, id_token_lifetime,
// refresh_token_lifetime (seconds). Audited as environment.settings_updated.
class EnvironmentSettingsApi
{
public:
    explicit EnvironmentSettingsApi(EngineContext& context);

    void registerRoutes(Router& router);

private:
    HttpResponse get(HttpRequest& request);
    HttpResponse put(HttpRequest& request);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
