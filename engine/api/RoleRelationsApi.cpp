#include "engine/api/RoleRelationsApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/RoleMapping.h"
#include "engine/api/RoleScope.h"
#include "engine/api/RoleStore.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::engine {

RoleRelationsApi::RoleRelationsApi(EngineContext& context)
    : m_context(context)
{}

void RoleRelationsApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (RoleRelationsApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, QStringLiteral("roles:read")};
    const Router::RouteOptions write{true, QStringLiteral("roles:write")};
    const QString role = QStringLiteral("/api/v1/roles/{role_name}");
    router.add("GET", role + QStringLiteral("/permissions:all"), bind(&RoleRelationsApi::effectivePermissions), read);
    router.add("GET", role + QStringLiteral("/dependents"), bind(&RoleRelationsApi::dependents), read);
    router.add("GET", role + QStringLiteral("/users:count"), bind(&RoleRelationsApi::usersCount), read);
    router.add("DELETE", role + QStringLiteral("/base"), bind(&RoleRelationsApi::removeBase), write);
    const QString organizationRole = QStringLiteral("/api/v1/organizations/{org_id}/roles/{role_name}");
    router.add("GET", organizationRole + QStringLiteral("/users:count"), bind(&RoleRelationsApi::usersCount), read);
    router.add("DELETE", organizationRole + QStringLiteral("/base"), bind(&RoleRelationsApi::removeBase), write);
}

HttpResponse RoleRelationsApi::effectivePermissions(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    QJsonArray permissions;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto role = RoleScope::roleOf(db, QString(), request.pathParam(QStringLiteral("role_name")), true);
        if (!role.ok()) {
            return role.error();
        }
        auto all = RoleScope::permissionsJson(db, role.value(), true);
        if (!all.ok()) {
            return all.error();
        }
        for (const QJsonValue& p : std::as_const(all.value())) {
            QJsonObject plain = p.toObject(); // Permission, not RolePermission
            plain.remove(QStringLiteral("role_name"));
            permissions.append(plain);
        }
        return {};
    });
    if (!read.ok()) {
        return RoleScope::failure(read.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({{QStringLiteral("permissions"), permissions}});
}

HttpResponse RoleRelationsApi::dependents(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    QJsonArray roles;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto role = RoleScope::roleOf(db, QString(), request.pathParam(QStringLiteral("role_name")), true);
        if (!role.ok()) {
            return role.error();
        }
        auto found = RoleStore::dependents(db, role.value());
        if (!found.ok()) {
            return found.error();
        }
        for (const Role& dependent : std::as_const(found.value())) {
            roles.append(dependent.toJson(std::nullopt));
        }
        return {};
    });
    if (!read.ok()) {
        return RoleScope::failure(read.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({{QStringLiteral("roles"), roles}});
}

HttpResponse RoleRelationsApi::usersCount(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    const QString organizationId = RoleScope::organizationOf(request);
    qint64 count = 0;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto role = RoleScope::roleOf(db, organizationId, request.pathParam(QStringLiteral("role_name")), false);
        if (!role.ok()) {
            return role.error();
        }
        auto counted = RoleMapping::holderCount(db, role.value().id, organizationId);
        if (!counted.ok()) {
            return counted.error();
        }
        count = counted.value();
        return {};
    });
    if (!read.ok()) {
        return RoleScope::failure(read.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({{QStringLiteral("count"), QString::number(count)}}); // int64: a string in protojson
}

HttpResponse RoleRelationsApi::removeBase(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    const QString organizationId = RoleScope::organizationOf(request);
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = RoleScope::roleOf(db, organizationId, request.pathParam(QStringLiteral("role_name")), true);
        if (!found.ok()) {
            return found.error();
        }
        Role role = found.value();
        if (role.extendsRole.isEmpty()) {
            return {}; // nothing to remove, nothing changed
        }
        const QString base = role.extendsRole;
        role.extendsRole.clear();
        role.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = RoleStore::update(db, role); !updated.ok()) {
            return updated;
        }
        return m_context.audit.record(
            db,
            {RoleScope::eventType(organizationId, QStringLiteral("base_removed")),
             ApiSupport::actor(request),
             organizationId,
             QStringLiteral("Role"),
             role.id,
             RoleScope::eventData(organizationId,
                                  {{QStringLiteral("name"), role.name}, {QStringLiteral("extends"), base}})});
    });
    if (!written.ok()) {
        return RoleScope::failure(written.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({});
}

} // namespace gatehouse::engine
