#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// RolesService permissions: POST/GET/PUT/DELETE /api/v1/permissions[/{permission_name}] and the list
// (page_size / page_token / next_page_token / total_size).
class PermissionsApi
{
public:
    explicit PermissionsApi(EngineContext& context);

    void registerRoutes(Router& router);
    static bool isValidName(const QString& name);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse list(HttpRequest& request);

    std::optional<HttpResponse> checkName(const HttpRequest& request) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
