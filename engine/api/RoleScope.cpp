#include "engine/api/RoleScope.h"

#include "core/util/IdGenerator.h"
#include "engine/api/PermissionStore.h"
#include "engine/http/ApiError.h"
#include "engine/storage/Sql.h"

#include <QRegularExpression>

namespace gatehouse::engine {

namespace {

core::Error notFound(const QString& message)
{
    return core::Error{QStringLiteral("not_found"), message, {}};
}

} // namespace

bool RoleScope::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_]{1,64}$"));
    return pattern.match(name).hasMatch();
}

// The organization of /api/v1/organizations/{org_id}/roles…; empty on the environment routes.
QString RoleScope::organizationOf(const HttpRequest& request)
{
    return request.pathParam(QStringLiteral("org_id"));
}

// Audit event type: role.<what> for environment roles, organization.role_<what> for organization roles.
QString RoleScope::eventType(const QString& organizationId, const QString& what)
{
    return organizationId.isEmpty() ? QStringLiteral("role.") + what : QStringLiteral("organization.role_") + what;
}

QJsonObject RoleScope::eventData(const QString& organizationId, QJsonObject data)
{
    if (!organizationId.isEmpty()) {
        data.insert(QStringLiteral("organization_id"), organizationId);
    }
    return data;
}

// Inside a transaction: the organization of an organization route must exist (404 otherwise).
core::Result<void> RoleScope::requireOrganization(const QSqlDatabase& db, const QString& organizationId)
{
    if (organizationId.isEmpty()) {
        return {};
    }
    auto q = Sql::exec(db, QStringLiteral("SELECT 1 FROM organizations WHERE id = ?"), {organizationId});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? core::Result<void>()
                            : core::Result<void>(notFound(QStringLiteral("organization not found")));
}

// The role the path names: the exact scope for writes, the organization's view (its own roles, then the
// environment's) for reads on organization routes.
core::Result<Role>
RoleScope::roleOf(const QSqlDatabase& db, const QString& organizationId, const QString& name, bool ownOnly)
{
    if (auto org = requireOrganization(db, organizationId); !org.ok()) {
        return org.error();
    }
    auto found = ownOnly ? RoleStore::find(db, name, organizationId) : RoleStore::resolve(db, organizationId, name);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return notFound(organizationId.isEmpty() ? QStringLiteral("role not found")
                                                 : QStringLiteral("no role %1 in this organization").arg(name));
    }
    return *found.value();
}

HttpResponse RoleScope::failure(const core::Error& error, const QString& what)
{
    // Sql::execOne's generic "no such row" (a row gone meanwhile) is answered as "<what> not found".
    if (error.code == QStringLiteral("not_found") && !error.message.isEmpty()
        && error.message != QStringLiteral("no such row")) {
        return ApiError::notFound(error.message);
    }
    return ApiError::fromStore(error, what);
}

bool RoleScope::validInclude(const QString& include)
{
    return include.isEmpty() || include == QStringLiteral("permissions")
           || include == QStringLiteral("permissions:all");
}

std::optional<HttpResponse> RoleScope::checkPath(const HttpRequest& request)
{
    if (request.pathParams.contains(QStringLiteral("org_id"))) {
        const QString org = organizationOf(request);
        if (org.size() > 32 || !core::IdGenerator::isValid(org, u"org")) {
            return ApiError::invalidArgument(
                QStringLiteral("invalid organization id"),
                {{QStringLiteral("org_id"), QStringLiteral("must be an organization id (org_…)")}});
        }
    }
    if (request.pathParams.contains(QStringLiteral("role_name"))
        && !isValidName(request.pathParam(QStringLiteral("role_name")))) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid role name"),
            {{QStringLiteral("role_name"), QStringLiteral("must match ^[a-zA-Z0-9_]{1,64}$")}});
    }
    return std::nullopt;
}

core::Result<QJsonArray> RoleScope::permissionsJson(const QSqlDatabase& db, const Role& role, bool inherited)
{
    // Each permission once, from the nearest role of the chain that grants it.
    QJsonArray out;
    QStringList seen;
    std::optional<Role> current = role;
    for (int depth = 0; current && depth <= kMaxDepth; ++depth) {
        auto permissions = PermissionStore::forRole(db, current->id);
        if (!permissions.ok()) {
            return permissions.error();
        }
        for (const Permission& p : std::as_const(permissions.value())) {
            if (!seen.contains(p.name)) {
                seen << p.name;
                out.append(p.toJson(current->name));
            }
        }
        if (!inherited || current->extendsRole.isEmpty()) {
            break;
        }
        auto base = RoleStore::resolve(db, current->organizationId, current->extendsRole);
        if (!base.ok()) {
            return base.error();
        }
        current = base.value();
    }
    return out;
}

} // namespace gatehouse::engine
