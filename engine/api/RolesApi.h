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

// RolesService environment roles: create, get, list (include=permissions|permissions:all), update (PUT,
// partial), delete (412 while other roles extend it, unless reassign_role_name), default roles
// (roles:set_defaults and its /roles/default alias) and a role's own permissions (list, add, remove).
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

    HttpResponse rolePermissions(const QString& name);
    HttpResponse applyDefaults(const HttpRequest& request, const QHash<QString, QString>& wanted);
    HttpResponse changePermissions(const HttpRequest& request, const QStringList& add, const QString& remove);
    core::Result<void> replacePermissions(const QSqlDatabase& db, const QString& roleId, const QStringList& names);
    static void readRoleInput(JsonInput& in, RoleInput& out, bool creating);
    core::Result<void> applyInput(const QSqlDatabase& db, Role& role, const RoleInput& input);
    core::Result<QJsonArray> permissionsJson(const QSqlDatabase& db, const Role& role, bool inherited);
    HttpResponse respondWithRole(const QString& name, const QString& include, int status = 200);
    std::optional<HttpResponse> checkRoleName(const HttpRequest& request) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
