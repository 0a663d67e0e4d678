#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QSqlDatabase>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// Group-to-role mapping over HTTP: AssignRoles (PUT …/directories/{id}/groups/-/roles:assign, replaces the
// directory's mapping and recomputes every affected user's roles in the same transaction), and our additive
// reads: one directory user (…/users/{user_id}), a user's effective roles and why (…/users/{user_id}/roles),
// one directory group with its roles (…/groups/{group_id}).
class DirectoryRolesApi
{
public:
    static constexpr int kMaxAssignments = 1000;

    explicit DirectoryRolesApi(EngineContext& context);

    void registerRoutes(Router& router);

private:
    struct Ids
    {
        QString organizationId;
        QString directoryId;
        QString objectId; // user or group
    };

    HttpResponse assign(HttpRequest& request);
    HttpResponse user(HttpRequest& request);
    HttpResponse userRoles(HttpRequest& request);
    HttpResponse group(HttpRequest& request);
    std::optional<HttpResponse>
    readIds(const HttpRequest& request, const QString& directoryParam, const QString& objectPrefix, Ids& ids) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
