#include "engine/api/ExportImportApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/ConnectionStore.h"
#include "engine/api/OrganizationExport.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/RoleStore.h"
#include "engine/http/ApiError.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"

namespace gatehouse::engine {

ExportImportApi::ExportImportApi(EngineContext& context, OrganizationImport::Windows windows)
    : m_context(context)
    , m_windows(windows)
{}

void ExportImportApi::registerRoutes(Router& router)
{
    router.add("GET",
               QStringLiteral("/api/v1/organizations/{id}:export"),
               ApiSupport::handler(this, &ExportImportApi::exportOrganization),
               {true, QStringLiteral("organizations:read")});
    router.add("POST",
               QStringLiteral("/api/v1/organizations:import"),
               ApiSupport::handler(this, &ExportImportApi::importOrganization),
               {true, QStringLiteral("organizations:write")});
}

HttpResponse ExportImportApi::exportOrganization(HttpRequest& request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (auto bad = OrganizationsApi::checkOrganizationId(id)) {
        return std::move(*bad);
    }
    QJsonObject document;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto built = OrganizationExport::build(db, m_context, id);
        if (!built.ok()) {
            return built.error();
        }
        document = built.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json(document);
}

HttpResponse ExportImportApi::importOrganization(HttpRequest& request)
{
    QJsonObject document;
    if (auto bad = ApiSupport::parseBody(request, document)) {
        return std::move(*bad);
    }
    QStringList roles;
    bool development = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto all = RoleStore::list(db);
        if (!all.ok()) {
            return all.error();
        }
        for (const Role& role : std::as_const(all.value())) {
            roles.append(role.name);
        }
        auto dev = ConnectionStore::isDevelopment(db, m_context.environmentId);
        if (!dev.ok()) {
            return dev.error();
        }
        development = dev.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("environment"));
    }
    OrganizationImport import(m_context, m_windows);
    const QList<FieldViolation> violations = import.parse(document, roles, development);
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid organization export document"), violations);
    }
    auto written = m_context.db.write(
        [&](const QSqlDatabase& db) -> core::Result<void> { return import.write(db, ApiSupport::actor(request)); });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("organization"), import.organization().toJson()},
                               {QStringLiteral("needs_attention"), import.needsAttention()},
                               {QStringLiteral("created"), import.created()}},
                              201);
}

} // namespace gatehouse::engine
