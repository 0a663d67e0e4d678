#pragma once

#include "core/util/Result.h"
#include "engine/api/RoleStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

// What the RolesService handlers share: where a request's roles live (the environment on /api/v1/roles…, an
// organization on /api/v1/organizations/{org_id}/roles…), finding the role a path names, and the answers.
class RoleScope
{
public:
    static constexpr int kMaxDepth = 32; // longest `extends` chain followed

    static bool isValidName(const QString& name); // ^[a-zA-Z0-9_]{1,64}$
    // The organization of an organization route; empty on the environment routes.
    static QString organizationOf(const HttpRequest& request);
    // 400 for a malformed org_id or role_name path parameter.
    static std::optional<HttpResponse> checkPath(const HttpRequest& request);
    static bool validInclude(const QString& include); // "", "permissions" or "permissions:all"

    // Inside a transaction: the organization of an organization route must exist ("not_found" otherwise).
    static core::Result<void> requireOrganization(const QSqlDatabase& db, const QString& organizationId);
    // The role a path names: in its exact scope (`ownOnly`, for writes), or as the organization sees it (its own
    // role of that name, else the environment role). "not_found" with the reason when there is none.
    static core::Result<Role>
    roleOf(const QSqlDatabase& db, const QString& organizationId, const QString& name, bool ownOnly);
    // RolePermission items: the role's own, or (`inherited`) also those of its bases through `extends`, each
    // permission once, from the nearest role granting it.
    static core::Result<QJsonArray> permissionsJson(const QSqlDatabase& db, const Role& role, bool inherited);

    // Audit event type and data: role.<what> for environment roles, organization.role_<what> (with
    // organization_id) for organization roles.
    static QString eventType(const QString& organizationId, const QString& what);
    static QJsonObject eventData(const QString& organizationId, QJsonObject data);
    // A store error as an answer; "not_found" errors carrying a reason keep it.
    static HttpResponse failure(const core::Error& error, const QString& what);
};

} // namespace gatehouse::engine
