#include "engine/api/SpKeysApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/Timestamps.h"
#include "engine/http/ApiError.h"
#include "engine/http/Router.h"
#include "engine/sso/SpKeyStore.h"
#include "engine/storage/Database.h"

#include <QJsonArray>

namespace gatehouse::engine {

SpKeysApi::SpKeysApi(EngineContext& context, SpKeyStore& keys)
    : m_context(context)
    , m_keys(keys)
{}

void SpKeysApi::registerRoutes(Router& router)
{
    const Router::RouteOptions read{true, QStringLiteral("connections:read")};
    const Router::RouteOptions write{true, QStringLiteral("connections:write")};
    const QString base = QStringLiteral("/api/v1/saml/sp_keys");
    router.add("GET", base, ApiSupport::handler(this, &SpKeysApi::list), read);
    router.add("POST", base + QStringLiteral(":rotate"), ApiSupport::handler(this, &SpKeysApi::rotate), write);
    router.add("POST", base + QStringLiteral(":complete"), ApiSupport::handler(this, &SpKeysApi::complete), write);
    router.add("POST",
               base + QStringLiteral(":retire_previous"),
               ApiSupport::handler(this, &SpKeysApi::retirePrevious),
               write);
}

HttpResponse SpKeysApi::listing(int status)
{
    if (auto active = m_keys.active(); !active.ok()) { // the first key is created on first use
        return ApiError::fromStore(active.error(), QStringLiteral("SP key"));
    }
    auto all = m_keys.list();
    if (!all.ok()) {
        return ApiError::fromStore(all.error(), QStringLiteral("SP key"));
    }
    QJsonArray keys;
    for (const SpKeyStore::KeyInfo& key : std::as_const(all.value())) {
        QJsonObject item{{QStringLiteral("id"), key.id},
                         {QStringLiteral("status"), key.status.toUpper()},
                         {QStringLiteral("certificate"), QString::fromLatin1(key.certificatePem)},
                         {QStringLiteral("create_time"), Timestamps::rfc3339(key.createdAt)},
                         {QStringLiteral("expiry_time"), Timestamps::rfc3339(key.notAfter)}};
        if (key.retiredAt != 0) {
            item.insert(QStringLiteral("retire_time"), Timestamps::rfc3339(key.retiredAt));
        }
        keys.append(item);
    }
    return HttpResponse::json({{QStringLiteral("sp_keys"), keys}}, status);
}

void SpKeysApi::audit(const HttpRequest& request, const QString& type)
{
    (void)m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto recorded = m_context.audit.recordEvent(
            db,
            {type, ApiSupport::actor(request), {}, QStringLiteral("SamlSpKey"), m_context.environmentId, {}},
            false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
}

HttpResponse SpKeysApi::list(HttpRequest&)
{
    return listing(200);
}

HttpResponse SpKeysApi::rotate(HttpRequest& request)
{
    auto started = m_keys.startRotation();
    if (!started.ok()) {
        return ApiError::fromStore(started.error(), QStringLiteral("SP key"));
    }
    audit(request, QStringLiteral("environment.saml_sp_key_rotation_started"));
    return listing(201);
}

HttpResponse SpKeysApi::complete(HttpRequest& request)
{
    if (auto done = m_keys.completeRotation(); !done.ok()) {
        return ApiError::fromStore(done.error(), QStringLiteral("SP key"));
    }
    audit(request, QStringLiteral("environment.saml_sp_key_rotation_completed"));
    return listing(200);
}

HttpResponse SpKeysApi::retirePrevious(HttpRequest& request)
{
    if (auto done = m_keys.retirePrevious(); !done.ok()) {
        return ApiError::fromStore(done.error(), QStringLiteral("SP key"));
    }
    audit(request, QStringLiteral("environment.saml_sp_key_retired"));
    return listing(200);
}

} // namespace gatehouse::engine
