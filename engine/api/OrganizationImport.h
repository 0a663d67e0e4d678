#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"
#include "engine/api/DirectoryStore.h"
#include "engine/api/DomainStore.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/PendingGroupRoles.h"
#include "engine/api/SessionPolicyApi.h"
#include "engine/http/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace gatehouse::engine {

struct EngineContext;
class JsonInput;

// POST /api/v1/organizations:import: a NEW organization from an OrganizationExport document. parse() checks the
// whole document (every problem a field violation pointing into it, e.g. "connections[1].saml_config.idp_sso_url")
// and plans the rows with new IDs; write() stores them in the caller's transaction (all or nothing). Domains start
// PENDING with new verification records; connections keep their configuration, an OIDC connection whose client
// secret was left out is imported disabled; group-to-role mappings wait for the IdP to provision the groups; roles
// missing in this environment are created with their permissions. needsAttention() lists what the admin must do.
class OrganizationImport
{
public:
    struct Windows
    {
        int recheckSecs = 3600;
        qint64 windowSecs = 30LL * 24 * 3600;
    };

    OrganizationImport(EngineContext& context, Windows windows);

    // existingRoles: the role names of this environment; development: plain http IdP URLs allowed.
    QList<FieldViolation> parse(const QJsonObject& document, const QStringList& existingRoles, bool development);
    // Errors: "already_exists" (external id taken, a domain verified by another organization), storage errors.
    core::Result<void> write(const QSqlDatabase& db, const QString& actor);

    const Organization& organization() const
    {
        return m_org;
    }

    QJsonArray needsAttention() const
    {
        return m_attention;
    }

    // {domains: [{domain, id}], connections: [{source_id, id}], directories: [{source_id, id}], roles_created: []}
    QJsonObject created() const;

private:
    struct RolePlan
    {
        QString name;
        QString displayName;
        QString description;
        QString extends;
        bool defaultMember = false;                     // organization roles only
        QList<std::pair<QString, QString>> permissions; // (name, description)
    };

    void parseOrganization(JsonInput& in);
    void parseDomains(JsonInput& in);
    void parseConnections(JsonInput& in, const QStringList& excluded, bool development);
    void parseDirectories(JsonInput& in, const QStringList& roleNames);
    void parseRoles(JsonInput& in, const QStringList& existingRoles);
    // organization_roles: the organization's own roles; `environmentRoles` are the names they may extend (and must
    // not take).
    void parseOrganizationRoles(JsonInput& in, const QStringList& environmentRoles);
    std::optional<RolePlan>
    parseRole(JsonInput& in, const QString& path, const QJsonObject& object, QStringList& known);
    core::Result<QStringList> permissionIds(const QSqlDatabase& db, const RolePlan& plan);
    core::Result<void> insertRole(const QSqlDatabase& db, const RolePlan& plan, const QString& organizationId);
    QStringList parseExcluded(JsonInput& in);
    void attention(const QString& kind, const QString& path, const QString& message);
    core::Result<void> writeRoles(const QSqlDatabase& db);
    core::Result<void> writeOrganizationRoles(const QSqlDatabase& db);
    core::Result<void> writeConnection(const QSqlDatabase& db, const QString& actor, const Connection& connection);
    core::Result<void> record(const QSqlDatabase& db,
                              const QString& actor,
                              const QString& type,
                              const QString& objectType,
                              const QString& objectId,
                              const QJsonObject& data);

    EngineContext& m_context;
    Windows m_windows;
    qint64 m_now = 0;
    Organization m_org;
    QList<Domain> m_domains;
    QList<Connection> m_connections;
    QStringList m_connectionSources;
    QList<Directory> m_directories;
    QStringList m_directorySources;
    QList<QList<PendingGroupRoles::Mapping>> m_pendingMappings; // per directory: applied when SCIM brings the group
    QList<RolePlan> m_roles;
    QList<RolePlan> m_organizationRoles;
    QStringList m_rolesCreated;
    QJsonArray m_attention;
    OrganizationSessionPolicy m_sessionPolicy;
    UserManagementSettings m_userManagement;
};

} // namespace gatehouse::engine
