#pragma once

#include "core/util/Result.h"
#include "engine/api/RoleStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class JsonInput;
class Router;

// RolesService. Environment roles: create, get, list (include=permissions|permissions:all), update (PUT,
// partial), delete (412 while other roles extend it, unless reassign_role_name), default roles
// (roles:set_defaults and its /roles/default alias) and a role's own permissions (list, add, remove).
// Organization roles (/organizations/{org_id}/roles…): create, get, list, update, delete and the organization's
// default member role, for the organization's own roles, which may extend an environment role or another role of
// the organization; in the organization's scope a name means its own role, else the environment role of that name
// (lists and GET show both, writes change only its own roles). See RoleScope; the hierarchy and counts are
// RoleRelationsApi's.
class RolesApi
{
public:
    explicit RolesApi(EngineContext& context);

    void registerRoutes(Router& router);

private:
    struct RoleInput
    {
        std::optional<QString> displayName;
        std::optional<QString> description;
        std::optional<QString> extendsRole;
        std::optional<QStringList> permissions;
    };

    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse setDefaults(HttpRequest& request);
    HttpResponse listPermissions(HttpRequest& request);
    HttpResponse addPermissions(HttpRequest& request);
    HttpResponse removePermission(HttpRequest& request);
    HttpResponse setOrganizationDefaults(HttpRequest& request);

    HttpResponse rolePermissions(const QString& name);
    HttpResponse applyDefaults(const HttpRequest& request, const QHash<QString, QString>& wanted);
    HttpResponse changePermissions(const HttpRequest& request, const QStringList& add, const QString& remove);
    core::Result<void> replacePermissions(const QSqlDatabase& db, const QString& roleId, const QStringList& names);
    static void readRoleInput(JsonInput& in, RoleInput& out, bool creating);
    core::Result<void> applyInput(const QSqlDatabase& db, Role& role, const RoleInput& input);
    HttpResponse
    respondWithRole(const QString& organizationId, const QString& name, const QString& include, int status = 200);
    core::Result<Role> deleteRole(const QSqlDatabase& db, const HttpRequest& request, const QString& reassign);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
