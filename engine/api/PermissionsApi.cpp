#include "engine/api/PermissionsApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/PermissionStore.h"
#include "engine/api/Timestamps.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace gatehouse::engine {

PermissionsApi::PermissionsApi(EngineContext& context)
    : m_context(context)
{}

bool PermissionsApi::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_:]{1,64}$"));
    return pattern.match(name).hasMatch();
}

void PermissionsApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (PermissionsApi::*method)(HttpRequest&)) { return ApiSupport::handler(this, method); };
    const Router::RouteOptions read{true, QStringLiteral("roles:read")};
    const Router::RouteOptions write{true, QStringLiteral("roles:write")};
    router.add("POST", QStringLiteral("/api/v1/permissions"), bind(&PermissionsApi::create), write);
    router.add("GET", QStringLiteral("/api/v1/permissions"), bind(&PermissionsApi::list), read);
    router.add("GET", QStringLiteral("/api/v1/permissions/{permission_name}"), bind(&PermissionsApi::get), read);
    router.add("PUT", QStringLiteral("/api/v1/permissions/{permission_name}"), bind(&PermissionsApi::update), write);
    router.add("DELETE", QStringLiteral("/api/v1/permissions/{permission_name}"), bind(&PermissionsApi::remove), write);
}

std::optional<HttpResponse> PermissionsApi::checkName(const HttpRequest& request) const
{
    if (!isValidName(request.pathParam(QStringLiteral("permission_name")))) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid permission name"),
            {{QStringLiteral("permission_name"), QStringLiteral("must match ^[a-zA-Z0-9_:]{1,64}$")}});
    }
    return std::nullopt;
}

HttpResponse PermissionsApi::create(HttpRequest& request)
{
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    Permission permission;
    permission.name = in.string(QStringLiteral("name"), {1, 64}, true).value_or(QString());
    permission.description = in.string(QStringLiteral("description"), {0, 2000}).value_or(QString());
    if (!permission.name.isEmpty() && !isValidName(permission.name)) {
        in.violation(QStringLiteral("name"), QStringLiteral("must match ^[a-zA-Z0-9_:]{1,64}$"));
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid permission"), violations);
    }
    permission.id = m_context.ids.next(u"perm");
    permission.createdAt = permission.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto inserted = PermissionStore::insert(db, permission); !inserted.ok()) {
            return inserted;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("permission.created"),
                                       ApiSupport::actor(request),
                                       {},
                                       QStringLiteral("Permission"),
                                       permission.id,
                                       {{QStringLiteral("name"), permission.name}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("permission"));
    }
    return HttpResponse::json({{QStringLiteral("permission"), permission.toJson()}}, 201);
}

HttpResponse PermissionsApi::get(HttpRequest& request)
{
    if (auto bad = checkName(request)) {
        return std::move(*bad);
    }
    std::optional<Permission> found;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto p = PermissionStore::find(db, request.pathParam(QStringLiteral("permission_name")));
        if (!p.ok()) {
            return p.error();
        }
        found = p.value();
        return {};
    });
    if (!read.ok() || !found) {
        return read.ok() ? ApiError::notFound(QStringLiteral("permission not found"))
                         : ApiError::fromStore(read.error(), QStringLiteral("permission"));
    }
    return HttpResponse::json({{QStringLiteral("permission"), found->toJson()}});
}

HttpResponse PermissionsApi::update(HttpRequest& request)
{
    if (auto bad = checkName(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    const QString name = request.pathParam(QStringLiteral("permission_name"));
    if (const auto given = in.string(QStringLiteral("name"), {1, 64}); given && *given != name) {
        in.violation(QStringLiteral("name"), QStringLiteral("permissions cannot be renamed"));
    }
    const QString description = in.string(QStringLiteral("description"), {0, 2000}).value_or(QString());
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid permission"), violations);
    }
    Permission permission{{}, name, description, 0, m_context.clock.now().toMSecsSinceEpoch()};
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto updated = PermissionStore::update(db, permission); !updated.ok()) {
            return updated;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("permission.updated"),
                                       ApiSupport::actor(request),
                                       {},
                                       QStringLiteral("Permission"),
                                       name,
                                       {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("permission"));
    }
    return get(request);
}

HttpResponse PermissionsApi::remove(HttpRequest& request)
{
    if (auto bad = checkName(request)) {
        return std::move(*bad);
    }
    const QString name = request.pathParam(QStringLiteral("permission_name"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto removed = PermissionStore::remove(db, name); !removed.ok()) {
            return removed;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("permission.deleted"),
                                       ApiSupport::actor(request),
                                       {},
                                       QStringLiteral("Permission"),
                                       name,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("permission"));
    }
    return HttpResponse::json({});
}

HttpResponse PermissionsApi::list(HttpRequest& request)
{
    int pageSize = 30;
    PageCursor cursor;
    QList<FieldViolation> violations;
    ApiSupport::readPaging(request, m_context.hasher, "perm", 30, 100, pageSize, cursor, violations);
    const QString type = request.queryValue(QStringLiteral("type")).value_or(QStringLiteral("ALL"));
    if (!QStringList{QStringLiteral("ALL"), QStringLiteral("ENVIRONMENT"), QStringLiteral("SCALEKIT")}.contains(type)) {
        violations.append({QStringLiteral("type"), QStringLiteral("must be ALL, ENVIRONMENT or SCALEKIT")});
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid page_size, page_token or type"), violations);
    }
    PermissionStore::Page page;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto result = PermissionStore::list(db, cursor, pageSize);
        if (!result.ok()) {
            return result.error();
        }
        page = type == QStringLiteral("SCALEKIT") ? PermissionStore::Page{} : result.value(); // no predefined ones here
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("permissions"));
    }
    QJsonArray items;
    for (const Permission& p : std::as_const(page.items)) {
        items.append(p.toJson());
    }
    const qint64 first = page.items.isEmpty() ? 0 : Timestamps::idNumber(page.items.first().id);
    const qint64 last = page.items.isEmpty() ? 0 : Timestamps::idNumber(page.items.last().id);
    return ApiSupport::pageResponse(
        m_context.hasher, "perm", cursor, QStringLiteral("permissions"), items, first, last, page.more, page.total);
}

} // namespace gatehouse::engine
