#include "engine/api/SessionPolicyApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/sso/EnvironmentSettings.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

namespace gatehouse::engine {

namespace {

const QStringList kPolicySources{
    QStringLiteral("SESSION_POLICY_TYPE_UNSPECIFIED"), QStringLiteral("APPLICATION"), QStringLiteral("CUSTOM")};
const QStringList kTimeUnits{QStringLiteral("SESSION_TIME_UNIT_UNSPECIFIED"),
                             QStringLiteral("MINUTES"),
                             QStringLiteral("HOURS"),
                             QStringLiteral("DAYS")};

// Bounds of a custom policy, in minutes: a session lasts at least 5 minutes and at most a year; the idle timeout
// lies in the same range and not above the absolute timeout.
constexpr qint64 kMinTimeoutMinutes = 5;
constexpr qint64 kMaxTimeoutMinutes = 365LL * 24 * 60;
constexpr qint64 kInt32Max = 2147483647;

qint64 toMinutes(qint64 value, const QString& unit)
{
    if (unit == QStringLiteral("DAYS")) {
        return value * 24 * 60;
    }
    if (unit == QStringLiteral("HOURS")) {
        return value * 60;
    }
    return value;
}

core::Error notFound()
{
    return core::Error{QStringLiteral("not_found"), {}, {}};
}

// 404 inside a transaction when the organization does not exist.
core::Result<void> requireOrganization(const QSqlDatabase& db, const QString& orgId)
{
    auto org = OrganizationStore::find(db, QStringLiteral("id"), orgId);
    if (!org.ok()) {
        return org.error();
    }
    return org.value() ? core::Result<void>() : core::Result<void>(notFound());
}

// GET of one organization-level settings object: 404 for an unknown organization, else {<key>: stored value or its
// defaults}.
template <typename T>
HttpResponse readOrganizationSetting(Database& database,
                                     const HttpRequest& request,
                                     core::Result<T> (*load)(const QSqlDatabase&, const QString&),
                                     const QString& key)
{
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    T value;
    auto read = database.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, orgId); !org.ok()) {
            return org;
        }
        auto loaded = load(db, orgId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        value = loaded.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{key, value.toJson()}});
}

// body `*`: organization_id may repeat the path's value, nothing else.
void readOrganizationId(JsonInput& in, const QString& orgId)
{
    if (const auto given = in.string(QStringLiteral("organization_id"), {0, 32}); given && *given != orgId) {
        in.violation(QStringLiteral("organization_id"), QStringLiteral("must match the organization in the path"));
    }
}

// A timeout value and its unit: the value's unit is the one given, else the stored one.
void readTimeout(JsonInput& in, const QString& field, int& value, QString& unit)
{
    const QString unitField = field + QStringLiteral("_unit");
    if (const auto u = in.enumName(unitField, kTimeUnits)) {
        if (*u == kTimeUnits.first()) {
            in.violation(unitField, QStringLiteral("must be one of MINUTES, HOURS, DAYS"));
        } else {
            unit = *u;
        }
    }
    if (const auto v = in.integer(field, 1, kInt32Max)) {
        value = static_cast<int>(*v);
    }
}

} // namespace

QJsonObject OrganizationSessionPolicy::toJson() const
{
    QJsonObject out{{QStringLiteral("policy_source"), policySource}};
    if (policySource != QStringLiteral("CUSTOM")) {
        return out;
    }
    out.insert(QStringLiteral("absolute_session_timeout"), absoluteTimeout);
    out.insert(QStringLiteral("absolute_session_timeout_unit"), absoluteUnit);
    out.insert(QStringLiteral("idle_session_timeout_enabled"), idleEnabled);
    if (idleTimeout > 0) {
        out.insert(QStringLiteral("idle_session_timeout"), idleTimeout);
        out.insert(QStringLiteral("idle_session_timeout_unit"), idleUnit);
    }
    return out;
}

QJsonObject UserManagementSettings::toJson() const
{
    QJsonObject out;
    if (maxAllowedUsers > 0) {
        out.insert(QStringLiteral("max_allowed_users"), maxAllowedUsers);
    }
    return out;
}

core::Result<OrganizationSessionPolicy> SessionPolicyStore::load(const QSqlDatabase& db, const QString& orgId)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT policy_source, absolute_session_timeout, absolute_session_timeout_unit, "
                                      "idle_session_timeout_enabled, idle_session_timeout, idle_session_timeout_unit "
                                      "FROM organization_session_policies WHERE organization_id = ?"),
                       {orgId});
    if (!q.ok()) {
        return q.error();
    }
    OrganizationSessionPolicy policy;
    if (!q.value().next()) {
        return policy;
    }
    policy.policySource = q.value().value(0).toString();
    policy.absoluteTimeout = q.value().value(1).toInt();
    policy.absoluteUnit = q.value().value(2).toString();
    policy.idleEnabled = q.value().value(3).toInt() != 0;
    policy.idleTimeout = q.value().value(4).toInt();
    policy.idleUnit = q.value().value(5).toString();
    return policy;
}

core::Result<void> SessionPolicyStore::save(const QSqlDatabase& db,
                                            const QString& orgId,
                                            const OrganizationSessionPolicy& policy,
                                            qint64 nowMs)
{
    auto removed =
        Sql::exec(db, QStringLiteral("DELETE FROM organization_session_policies WHERE organization_id = ?"), {orgId});
    if (!removed.ok()) {
        return removed.error();
    }
    if (policy.policySource != QStringLiteral("CUSTOM")) {
        return {};
    }
    const QVariant noInt(QMetaType::fromType<int>());
    const QVariant noText(QMetaType::fromType<QString>());
    auto inserted = Sql::exec(
        db,
        QStringLiteral("INSERT INTO organization_session_policies (organization_id, policy_source, "
                       "absolute_session_timeout, absolute_session_timeout_unit, idle_session_timeout_enabled, "
                       "idle_session_timeout, idle_session_timeout_unit, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {orgId,
         policy.policySource,
         policy.absoluteTimeout,
         policy.absoluteUnit,
         policy.idleEnabled ? 1 : 0,
         policy.idleTimeout > 0 ? QVariant(policy.idleTimeout) : noInt,
         policy.idleTimeout > 0 ? QVariant(policy.idleUnit) : noText,
         nowMs});
    return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
}

core::Result<UserManagementSettings> SessionPolicyStore::loadUserManagement(const QSqlDatabase& db,
                                                                            const QString& orgId)
{
    auto q = Sql::exec(
        db,
        QStringLiteral("SELECT max_allowed_users FROM organization_user_management WHERE organization_id = ?"),
        {orgId});
    if (!q.ok()) {
        return q.error();
    }
    UserManagementSettings settings;
    if (q.value().next()) {
        settings.maxAllowedUsers = q.value().value(0).toInt();
    }
    return settings;
}

core::Result<void> SessionPolicyStore::saveUserManagement(const QSqlDatabase& db,
                                                          const QString& orgId,
                                                          const UserManagementSettings& s,
                                                          qint64 nowMs)
{
    auto removed =
        Sql::exec(db, QStringLiteral("DELETE FROM organization_user_management WHERE organization_id = ?"), {orgId});
    if (!removed.ok()) {
        return removed.error();
    }
    if (s.maxAllowedUsers <= 0) {
        return {};
    }
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO organization_user_management (organization_id, "
                                             "max_allowed_users, updated_at) VALUES (?, ?, ?)"),
                              {orgId, s.maxAllowedUsers, nowMs});
    return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
}

SessionPolicyApi::SessionPolicyApi(EngineContext& context)
    : m_context(context)
{}

void SessionPolicyApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (SessionPolicyApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, QStringLiteral("organizations:read")};
    const Router::RouteOptions write{true, QStringLiteral("organizations:write")};
    const QString base = QStringLiteral("/api/v1/organizations/{organization_id}");
    router.add("GET", base + QStringLiteral("/session-policy"), bind(&SessionPolicyApi::getPolicy), read);
    router.add("PATCH", base + QStringLiteral("/session-policy"), bind(&SessionPolicyApi::updatePolicy), write);
    router.add("GET",
               base + QStringLiteral("/application-session-policy"),
               bind(&SessionPolicyApi::getApplicationPolicy),
               read);
    router.add(
        "GET", base + QStringLiteral("/settings/usermanagement"), bind(&SessionPolicyApi::getUserManagement), read);
    router.add("PATCH",
               base + QStringLiteral("/settings/usermanagement"),
               bind(&SessionPolicyApi::upsertUserManagement),
               write);
}

void SessionPolicyApi::readPolicy(JsonInput& in, OrganizationSessionPolicy& policy)
{
    const auto source = in.enumName(QStringLiteral("policy_source"), kPolicySources, true);
    if (source && *source == kPolicySources.first()) {
        in.violation(QStringLiteral("policy_source"), QStringLiteral("must be APPLICATION or CUSTOM"));
    }
    OrganizationSessionPolicy next = policy;
    readTimeout(in, QStringLiteral("absolute_session_timeout"), next.absoluteTimeout, next.absoluteUnit);
    if (const auto idle = in.boolean(QStringLiteral("idle_session_timeout_enabled"))) {
        next.idleEnabled = *idle;
    }
    readTimeout(in, QStringLiteral("idle_session_timeout"), next.idleTimeout, next.idleUnit);
    if (!source || *source == kPolicySources.first()) {
        return;
    }
    if (*source == QStringLiteral("APPLICATION")) {
        for (const QString& field : {QStringLiteral("absolute_session_timeout"),
                                     QStringLiteral("absolute_session_timeout_unit"),
                                     QStringLiteral("idle_session_timeout_enabled"),
                                     QStringLiteral("idle_session_timeout"),
                                     QStringLiteral("idle_session_timeout_unit")}) {
            if (in.has(field)) {
                in.violation(field,
                             QStringLiteral("only with policy_source CUSTOM (APPLICATION follows the "
                                            "application's session policy)"));
            }
        }
        policy = OrganizationSessionPolicy();
        return;
    }
    // CUSTOM, starting from the stored custom values (a patch).
    const bool wasCustom = policy.policySource == QStringLiteral("CUSTOM");
    if (!wasCustom && !in.has(QStringLiteral("absolute_session_timeout"))) {
        in.violation(QStringLiteral("absolute_session_timeout"), QStringLiteral("required with policy_source CUSTOM"));
    } else if (next.absoluteUnit.isEmpty()) {
        in.violation(QStringLiteral("absolute_session_timeout_unit"),
                     QStringLiteral("required with absolute_session_timeout (MINUTES, HOURS or DAYS)"));
    } else if (const qint64 minutes = toMinutes(next.absoluteTimeout, next.absoluteUnit);
               minutes < kMinTimeoutMinutes || minutes > kMaxTimeoutMinutes) {
        in.violation(QStringLiteral("absolute_session_timeout"),
                     QStringLiteral("must be between 5 minutes and 365 days"));
    }
    if (next.idleEnabled) {
        if (next.idleTimeout <= 0) {
            in.violation(QStringLiteral("idle_session_timeout"),
                         QStringLiteral("required when idle_session_timeout_enabled is true"));
        } else if (next.idleUnit.isEmpty()) {
            in.violation(QStringLiteral("idle_session_timeout_unit"),
                         QStringLiteral("required with idle_session_timeout (MINUTES, HOURS or DAYS)"));
        } else if (const qint64 idle = toMinutes(next.idleTimeout, next.idleUnit);
                   idle < kMinTimeoutMinutes || idle > kMaxTimeoutMinutes) {
            in.violation(QStringLiteral("idle_session_timeout"),
                         QStringLiteral("must be between 5 minutes and 365 days"));
        } else if (!next.absoluteUnit.isEmpty() && idle > toMinutes(next.absoluteTimeout, next.absoluteUnit)) {
            in.violation(QStringLiteral("idle_session_timeout"),
                         QStringLiteral("must not exceed absolute_session_timeout"));
        }
    } else if (next.idleTimeout > 0 && next.idleUnit.isEmpty()) {
        in.violation(QStringLiteral("idle_session_timeout_unit"),
                     QStringLiteral("required with idle_session_timeout (MINUTES, HOURS or DAYS)"));
    }
    next.policySource = QStringLiteral("CUSTOM");
    policy = next;
}

void SessionPolicyApi::readUserManagement(JsonInput& in, UserManagementSettings& settings)
{
    if (const auto max = in.integer(QStringLiteral("max_allowed_users"), 1, kInt32Max)) {
        settings.maxAllowedUsers = static_cast<int>(*max);
    }
}

HttpResponse SessionPolicyApi::getPolicy(HttpRequest& request)
{
    return readOrganizationSetting(m_context.db, request, &SessionPolicyStore::load, QStringLiteral("policy"));
}

HttpResponse SessionPolicyApi::updatePolicy(HttpRequest& request)
{
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    OrganizationSessionPolicy policy;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, orgId); !org.ok()) {
            return org;
        }
        auto loaded = SessionPolicyStore::load(db, orgId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        policy = loaded.value();
        JsonInput in(body, QString(), &violations);
        readOrganizationId(in, orgId);
        readPolicy(in, policy);
        in.rejectUnknown();
        if (!violations.isEmpty()) {
            return core::Error{QStringLiteral("invalid_body"), {}, {}};
        }
        if (auto saved = SessionPolicyStore::save(db, orgId, policy, m_context.clock.now().toMSecsSinceEpoch());
            !saved.ok()) {
            return saved;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.session_policy_updated"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Organization"),
                                       orgId,
                                       {{QStringLiteral("policy"), policy.toJson()}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid session policy"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("policy"), policy.toJson()}});
}

// The environment's session settings as ApplicationSessionPolicySettings: a session (refresh token family) lives at
// most refresh_token_lifetime; the engine has no application-level idle timeout; access tokens live
// access_token_lifetime (minutes, rounded up).
HttpResponse SessionPolicyApi::getApplicationPolicy(HttpRequest& request)
{
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    EnvironmentSettings settings;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, orgId); !org.ok()) {
            return org;
        }
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    const int access = settings.accessTokenLifetime > 0 ? settings.accessTokenLifetime : m_context.tokenLifetimeSecs;
    return HttpResponse::json(
        {{QStringLiteral("application_policy"),
          QJsonObject{{QStringLiteral("absolute_session_timeout"), (settings.refreshTokenLifetime + 59) / 60},
                      {QStringLiteral("absolute_session_timeout_unit"), QStringLiteral("MINUTES")},
                      {QStringLiteral("idle_session_timeout_enabled"), false},
                      {QStringLiteral("idle_session_timeout"), 0},
                      {QStringLiteral("idle_session_timeout_unit"), QStringLiteral("MINUTES")},
                      {QStringLiteral("access_token_expiry"), (access + 59) / 60}}}});
}

HttpResponse SessionPolicyApi::getUserManagement(HttpRequest& request)
{
    return readOrganizationSetting(
        m_context.db, request, &SessionPolicyStore::loadUserManagement, QStringLiteral("settings"));
}

// UpsertUserManagementSettings: {"settings": {"max_allowed_users": N}} patches; max_allowed_users null removes the
// limit.
HttpResponse SessionPolicyApi::upsertUserManagement(HttpRequest& request)
{
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    UserManagementSettings settings;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, orgId); !org.ok()) {
            return org;
        }
        auto loaded = SessionPolicyStore::loadUserManagement(db, orgId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        JsonInput in(body, QString(), &violations);
        readOrganizationId(in, orgId);
        if (const auto given = in.object(QStringLiteral("settings"), true)) {
            const QJsonValue raw = given->contains(QStringLiteral("max_allowed_users"))
                                       ? given->value(QStringLiteral("max_allowed_users"))
                                       : given->value(QStringLiteral("maxAllowedUsers"));
            QList<FieldViolation> nested;
            JsonInput sub(*given, QStringLiteral("settings"), &nested);
            readUserManagement(sub, settings);
            if (raw.isNull()) { // present and null: no limit
                settings.maxAllowedUsers = 0;
            }
            sub.rejectUnknown();
            violations.append(nested);
        }
        in.rejectUnknown();
        if (!violations.isEmpty()) {
            return core::Error{QStringLiteral("invalid_body"), {}, {}};
        }
        if (auto saved =
                SessionPolicyStore::saveUserManagement(db, orgId, settings, m_context.clock.now().toMSecsSinceEpoch());
            !saved.ok()) {
            return saved;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.user_management_settings_updated"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Organization"),
                                       orgId,
                                       {{QStringLiteral("settings"), settings.toJson()}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid user management settings"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("settings"), settings.toJson()}});
}

} // namespace gatehouse::engine
