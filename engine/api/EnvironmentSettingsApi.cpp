#include "engine/api/EnvironmentSettingsApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/ConnectionStore.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/sso/EnvironmentSettings.h"
#include "engine/sso/RedirectUriRules.h"
#include "engine/storage/Database.h"

#include <QJsonArray>

namespace gatehouse::engine {

namespace {

std::optional<QStringList> readUris(JsonInput& in, const QString& field, bool development)
{
    const auto array = in.array(field);
    if (!array) {
        return std::nullopt;
    }
    if (array->size() > RedirectUriRules::kMaxUris) {
        in.violation(field, QStringLiteral("at most %1 URIs").arg(RedirectUriRules::kMaxUris));
        return std::nullopt;
    }
    QStringList out;
    bool ok = true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array->at(i).isString()) {
            in.violation(name, QStringLiteral("value must be a string"));
            ok = false;
            continue;
        }
        const QString uri = array->at(i).toString();
        if (const auto bad = RedirectUriRules::check(uri, development)) {
            in.violation(name, *bad);
            ok = false;
        } else if (out.contains(uri)) {
            in.violation(name, QStringLiteral("listed twice"));
            ok = false;
        } else {
            out << uri;
        }
    }
    return ok ? std::optional(out) : std::nullopt;
}

} // namespace

EnvironmentSettingsApi::EnvironmentSettingsApi(EngineContext& context)
    : m_context(context)
{}

void EnvironmentSettingsApi::registerRoutes(Router& router)
{
    const QString path = QStringLiteral("/api/v1/environment/settings");
    router.add("GET",
               path,
               ApiSupport::handler(this, &EnvironmentSettingsApi::get),
               {true, QStringLiteral("environment:read")});
    router.add("PUT",
               path,
               ApiSupport::handler(this, &EnvironmentSettingsApi::put),
               {true, QStringLiteral("environment:write")});
}

HttpResponse EnvironmentSettingsApi::get(HttpRequest&)
{
    EnvironmentSettings settings;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("settings"));
    }
    return HttpResponse::json({{QStringLiteral("settings"), settings.toJson(m_context.tokenLifetimeSecs)}});
}

HttpResponse EnvironmentSettingsApi::put(HttpRequest& request)
{
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    EnvironmentSettings settings;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto development = ConnectionStore::isDevelopment(db, m_context.environmentId);
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!development.ok() || !loaded.ok()) {
            return development.ok() ? loaded.error() : development.error();
        }
        settings = loaded.value();
        JsonInput in(body, QString(), &violations);
        if (auto uris = readUris(in, QStringLiteral("redirect_uris"), development.value())) {
            settings.redirectUris = *uris;
        }
        if (auto uris = readUris(in, QStringLiteral("post_logout_redirect_uris"), development.value())) {
            settings.postLogoutRedirectUris = *uris;
        }
        if (auto uri = in.string(QStringLiteral("default_redirect_uri"), {0, RedirectUriRules::kMaxLength})) {
            settings.defaultRedirectUri = *uri;
        }
        settings.accessTokenLifetime = static_cast<int>(
            in.integer(QStringLiteral("access_token_lifetime"), 60, 86400).value_or(settings.accessTokenLifetime));
        settings.idTokenLifetime = static_cast<int>(
            in.integer(QStringLiteral("id_token_lifetime"), 60, 86400).value_or(settings.idTokenLifetime));
        settings.refreshTokenLifetime =
            static_cast<int>(in.integer(QStringLiteral("refresh_token_lifetime"), 60, 365 * 86400)
                                 .value_or(settings.refreshTokenLifetime));
        in.rejectUnknown();
        if (!settings.defaultRedirectUri.isEmpty() && !settings.redirectUris.contains(settings.defaultRedirectUri)) {
            in.violation(QStringLiteral("default_redirect_uri"), QStringLiteral("must be one of redirect_uris"));
        }
        if (!violations.isEmpty()) {
            return core::Error{QStringLiteral("invalid_body"), {}, {}};
        }
        const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
        if (auto saved = EnvironmentSettingsStore::save(db, m_context.environmentId, settings, now); !saved.ok()) {
            return saved;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("environment.settings_updated"),
                                       ApiSupport::actor(request),
                                       QString(),
                                       QStringLiteral("Environment"),
                                       m_context.environmentId,
                                       {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid environment settings"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("settings"));
    }
    return HttpResponse::json({{QStringLiteral("settings"), settings.toJson(m_context.tokenLifetimeSecs)}});
}

} // namespace gatehouse::engine
