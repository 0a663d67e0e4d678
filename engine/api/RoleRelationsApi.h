#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

namespace gatehouse::engine {

struct EngineContext;
class Router;

// RolesService on how roles relate to their bases and to users: a role's effective permissions
// (…/roles/{name}/permissions:all), the roles extending it (…/dependents), removing its base (…/base, also for
// organization roles) and the number of directory users holding it (…/users:count, also per organization).
class RoleRelationsApi
{
public:
    explicit RoleRelationsApi(EngineContext& context);

    void registerRoutes(Router& router);

private:
    HttpResponse effectivePermissions(HttpRequest& request);
    HttpResponse dependents(HttpRequest& request);
    HttpResponse usersCount(HttpRequest& request);
    HttpResponse removeBase(HttpRequest& request);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
