#pragma once

#include "core/util/Result.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

struct EngineContext;
class JsonInput;
class Router;

// An organization's session policy (OrganizationSessionPolicySettings). policySource APPLICATION: the organization
// follows the application-level policy (no stored row); CUSTOM: its own timeouts.
struct OrganizationSessionPolicy
{
    QString policySource = QStringLiteral("APPLICATION");
    int absoluteTimeout = 0;
    QString absoluteUnit; // MINUTES / HOURS / DAYS
    bool idleEnabled = false;
    int idleTimeout = 0;
    QString idleUnit;

    QJsonObject toJson() const;
};

// OrganizationUserManagementSettings; maxAllowedUsers 0: no limit (field absent).
struct UserManagementSettings
{
    int maxAllowedUsers = 0;

    QJsonObject toJson() const;
};

class SessionPolicyStore
{
public:
    // The stored CUSTOM policy, or APPLICATION when none is stored.
    static core::Result<OrganizationSessionPolicy> load(const QSqlDatabase& db, const QString& orgId);
    // Stores a CUSTOM policy; an APPLICATION policy removes the stored one.
    static core::Result<void>
    save(const QSqlDatabase& db, const QString& orgId, const OrganizationSessionPolicy& policy, qint64 nowMs);
    static core::Result<UserManagementSettings> loadUserManagement(const QSqlDatabase& db, const QString& orgId);
    static core::Result<void>
    saveUserManagement(const QSqlDatabase& db, const QString& orgId, const UserManagementSettings& s, qint64 nowMs);
};

// OrganizationService: UpdateOrganizationSessionPolicy / GetOrganizationSessionPolicy
// (/api/v1/organizations/{organization_id}/session-policy), GetApplicationSessionPolicy
// (…/application-session-policy: the environment's settings, read-only) and UpsertUserManagementSettings /
// GetOrganizationUserManagementSetting (…/settings/usermanagement). Environment admin tokens only (organizations:read
// / organizations:write); portal sessions and organization API clients are refused by the bearer checks.
class SessionPolicyApi
{
public:
    explicit SessionPolicyApi(EngineContext& context);

    void registerRoutes(Router& router);

    // The policy fields of an update body (also the configuration import): policy_source,
    // absolute_session_timeout(_unit), idle_session_timeout_enabled, idle_session_timeout(_unit). Violations go to
    // `in`.
    static void readPolicy(JsonInput& in, OrganizationSessionPolicy& policy);
    // settings.max_allowed_users of an upsert body (also the import).
    static void readUserManagement(JsonInput& in, UserManagementSettings& settings);

private:
    HttpResponse getPolicy(HttpRequest& request);
    HttpResponse updatePolicy(HttpRequest& request);
    HttpResponse getApplicationPolicy(HttpRequest& request);
    HttpResponse getUserManagement(HttpRequest& request);
    HttpResponse upsertUserManagement(HttpRequest& request);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
