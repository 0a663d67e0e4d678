#include "engine/api/OrganizationExport.h"

#include "engine/EngineContext.h"
#include "engine/api/ConnectionStore.h"
#include "engine/api/DirectoryStore.h"
#include "engine/api/DomainStore.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/PendingGroupRoles.h"
#include "engine/api/PermissionStore.h"
#include "engine/api/RoleMapping.h"
#include "engine/api/RoleStore.h"
#include "engine/api/SessionPolicyApi.h"
#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>

namespace gatehouse::engine {

namespace {

QJsonObject excluded(const QString& path, const QString& reason)
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("reason"), reason}};
}

QJsonObject organizationJson(const Organization& org)
{
    QJsonObject metadata;
    for (auto it = org.metadata.cbegin(); it != org.metadata.cend(); ++it) {
        metadata.insert(it.key(), it.value());
    }
    QJsonObject features;
    for (auto it = org.features.cbegin(); it != org.features.cend(); ++it) {
        features.insert(it.key(), it.value());
    }
    QJsonObject out{{QStringLiteral("display_name"), org.displayName},
                    {QStringLiteral("region_code"), org.regionCode},
                    {QStringLiteral("metadata"), metadata},
                    {QStringLiteral("features"), features}};
    // Absent rather than "": the import reads these like CreateOrganization does.
    const QList<std::pair<QString, QString>> optional{{QStringLiteral("external_id"), org.externalId},
                                                      {QStringLiteral("slug"), org.slug},
                                                      {QStringLiteral("logo_url"), org.logoUrl}};
    for (const auto& [key, value] : optional) {
        if (!value.isEmpty()) {
            out.insert(key, value);
        }
    }
    return out;
}

// The connection as an update body (saml_config / oidc_config as they are written) plus type, enabled and the
// names of its assigned domains. IdP certificates go back as one PEM bundle (idp_certificate).
QJsonObject connectionJson(const Connection& c, int index, QJsonArray& left)
{
    const bool saml = c.type == QStringLiteral("SAML");
    QJsonObject config = c.settings;
    if (saml) {
        QString bundle;
        const QJsonArray certificates = config.take(QStringLiteral("idp_certificates")).toArray();
        for (const QJsonValue& cert : certificates) {
            bundle += cert.toObject().value(QStringLiteral("certificate")).toString();
        }
        if (!bundle.isEmpty()) {
            config.insert(QStringLiteral("idp_certificate"), bundle);
        }
        if (config.value(QStringLiteral("want_request_signed")).toBool()) {
            left.append(excluded(QStringLiteral("connections[%1].sp_signing_key").arg(index),
                                 QStringLiteral("the SP's request-signing private key is never exported; the new "
                                                "connection has its own SP keys and its own SP metadata")));
        }
    } else if (!c.clientSecretSealed.isEmpty()) {
        left.append(excluded(QStringLiteral("connections[%1].oidc_config.client_secret").arg(index),
                             QStringLiteral("client secrets are never exported; re-enter it from the IdP")));
    }
    QJsonArray domains;
    for (const Domain& d : c.domains) {
        domains.append(d.domain);
    }
    return {{QStringLiteral("source_id"), c.id},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("provider"), c.provider},
            {QStringLiteral("enabled"), c.enabled},
            {QStringLiteral("debug_enabled"), c.debugEnabled},
            {QStringLiteral("ui_button_title"), c.uiButtonTitle},
            {QStringLiteral("configuration_type"), c.configurationType},
            {QStringLiteral("attribute_mapping"), c.attributeMapping},
            {QStringLiteral("domains"), domains},
            {saml ? QStringLiteral("saml_config") : QStringLiteral("oidc_config"), config}};
}

// Group-to-role mappings by the group's display name and external id (directory groups are provisioned by the
// IdP and are not part of a configuration); collects the role names they reference.
core::Result<QJsonArray> mappingsJson(const QSqlDatabase& db, const QString& directoryId, QStringList& roleNames)
{
    auto assignments = RoleMapping::assignments(db, directoryId);
    if (!assignments.ok()) {
        return assignments.error();
    }
    QJsonArray out;
    for (const RoleMapping::Assignment& a : std::as_const(assignments.value())) {
        auto q = Sql::exec(db, QStringLiteral("SELECT external_id FROM directory_groups WHERE id = ?"), {a.groupId});
        if (!q.ok()) {
            return q.error();
        }
        const QString externalId = q.value().next() ? q.value().value(0).toString() : QString();
        out.append(QJsonObject{{QStringLiteral("group_display_name"), a.groupName},
                               {QStringLiteral("group_external_id"), externalId},
                               {QStringLiteral("role_name"), a.role.name}});
        if (!roleNames.contains(a.role.name)) {
            roleNames.append(a.role.name);
        }
    }
    // Mappings an import left pending (their groups have not arrived over SCIM yet) are configuration too.
    auto pending = PendingGroupRoles::list(db, directoryId);
    if (!pending.ok()) {
        return pending.error();
    }
    for (const PendingGroupRoles::Mapping& m : std::as_const(pending.value())) {
        out.append(QJsonObject{{QStringLiteral("group_display_name"), m.groupDisplayName},
                               {QStringLiteral("group_external_id"), m.groupExternalId},
                               {QStringLiteral("role_name"), m.roleName}});
        if (!roleNames.contains(m.roleName)) {
            roleNames.append(m.roleName);
        }
    }
    return out;
}

core::Result<QJsonArray>
directoriesJson(const QSqlDatabase& db, const QString& orgId, QStringList& roleNames, QJsonArray& left)
{
    auto directories = DirectoryStore::list(db, orgId);
    if (!directories.ok()) {
        return directories.error();
    }
    QJsonArray out;
    for (const Directory& d : std::as_const(directories.value())) {
        auto mappings = mappingsJson(db, d.id, roleNames);
        if (!mappings.ok()) {
            return mappings.error();
        }
        const auto index = out.size();
        out.append(QJsonObject{{QStringLiteral("source_id"), d.id},
                               {QStringLiteral("name"), d.name},
                               {QStringLiteral("directory_type"), d.type},
                               {QStringLiteral("directory_provider"), d.provider},
                               {QStringLiteral("status"), d.status},
                               {QStringLiteral("enabled"), d.enabled},
                               {QStringLiteral("mappings"), d.mappings},
                               {QStringLiteral("groups"), d.externalGroups},
                               {QStringLiteral("group_role_mappings"), mappings.value()}});
        left.append(excluded(QStringLiteral("directories[%1].secrets").arg(index),
                             QStringLiteral("SCIM bearer tokens are never exported; generate a new one and give it "
                                            "to the IdP")));
    }
    return out;
}

core::Result<QJsonArray> permissionsJson(const QSqlDatabase& db, const QString& roleId)
{
    auto permissions = PermissionStore::forRole(db, roleId);
    if (!permissions.ok()) {
        return permissions.error();
    }
    QJsonArray out;
    for (const Permission& p : std::as_const(permissions.value())) {
        out.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("description"), p.description}});
    }
    return out;
}

// The organization's own roles, bases first; the environment roles they extend are added to `envRoles`.
core::Result<QJsonArray> organizationRolesJson(const QSqlDatabase& db, const QString& orgId, QStringList& envRoles)
{
    auto own = RoleStore::list(db, orgId);
    if (!own.ok()) {
        return own.error();
    }
    QList<Role> pending = own.value();
    QStringList ownNames;
    for (const Role& role : std::as_const(pending)) {
        ownNames << role.name;
    }
    QStringList written;
    QJsonArray out;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const Role role = pending.at(i);
            const bool ownBase = ownNames.contains(role.extendsRole);
            if (ownBase && !written.contains(role.extendsRole)) {
                ++i;
                continue; // after its base
            }
            if (!role.extendsRole.isEmpty() && !ownBase && !envRoles.contains(role.extendsRole)) {
                envRoles.append(role.extendsRole);
            }
            auto permissions = permissionsJson(db, role.id);
            if (!permissions.ok()) {
                return permissions.error();
            }
            out.append(QJsonObject{{QStringLiteral("name"), role.name},
                                   {QStringLiteral("display_name"), role.displayName},
                                   {QStringLiteral("description"), role.description},
                                   {QStringLiteral("extends"), role.extendsRole},
                                   {QStringLiteral("default_member"), role.defaultMember},
                                   {QStringLiteral("permissions"), permissions.value()}});
            written << role.name;
            pending.removeAt(i);
        }
        if (pending.size() == before) {
            break; // a cycle cannot be stored; never loop forever on a damaged database
        }
    }
    return out;
}

// The referenced roles and the roles they extend, bases first, each with its permissions.
core::Result<QJsonArray> rolesJson(const QSqlDatabase& db, QStringList names)
{
    QList<Role> roles;
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto role = RoleStore::find(db, names.at(i));
        if (!role.ok()) {
            return role.error();
        }
        if (!role.value()) {
            continue;
        }
        roles.append(*role.value());
        const QString base = role.value()->extendsRole;
        if (!base.isEmpty() && !names.contains(base)) {
            names.append(base);
        }
    }
    QJsonArray out;
    for (auto it = roles.crbegin(); it != roles.crend(); ++it) {
        auto permissions = permissionsJson(db, it->id);
        if (!permissions.ok()) {
            return permissions.error();
        }
        out.append(QJsonObject{{QStringLiteral("name"), it->name},
                               {QStringLiteral("display_name"), it->displayName},
                               {QStringLiteral("description"), it->description},
                               {QStringLiteral("extends"), it->extendsRole},
                               {QStringLiteral("permissions"), permissions.value()}});
    }
    return out;
}

} // namespace

core::Result<QJsonObject>
OrganizationExport::build(const QSqlDatabase& db, const EngineContext& context, const QString& orgId)
{
    auto org = OrganizationStore::find(db, QStringLiteral("id"), orgId);
    if (!org.ok()) {
        return org.error();
    }
    if (!org.value()) {
        return core::Error{QStringLiteral("not_found"), QStringLiteral("organization not found"), {}};
    }
    QJsonArray left;
    auto domains = DomainStore::list(db, orgId, QString(), 10000, 0);
    if (!domains.ok()) {
        return domains.error();
    }
    QJsonArray domainsJson;
    for (const Domain& d : std::as_const(domains.value())) {
        domainsJson.append(QJsonObject{{QStringLiteral("domain"), d.domain},
                                       {QStringLiteral("domain_type"), d.domainType},
                                       {QStringLiteral("verification_status"), d.verificationStatus},
                                       {QStringLiteral("verification_method"), d.verificationMethod}});
    }
    if (!domainsJson.isEmpty()) {
        left.append(excluded(QStringLiteral("domains[].txt_record_secret"),
                             QStringLiteral("verification records belong to one organization; imported domains "
                                            "get new ones and must be verified again")));
    }
    ConnectionStore::Filter filter;
    filter.organizationId = orgId;
    auto connections = ConnectionStore::list(db, filter);
    if (!connections.ok()) {
        return connections.error();
    }
    QJsonArray connectionsJson;
    for (const Connection& listed : std::as_const(connections.value())) {
        auto full = ConnectionStore::find(db, orgId, listed.id); // list() may abridge; find() has everything
        if (!full.ok()) {
            return full.error();
        }
        if (full.value()) {
            connectionsJson.append(connectionJson(*full.value(), static_cast<int>(connectionsJson.size()), left));
        }
    }
    QStringList roleNames;
    auto directories = directoriesJson(db, orgId, roleNames, left);
    if (!directories.ok()) {
        return directories.error();
    }
    auto organizationRoles = organizationRolesJson(db, orgId, roleNames);
    if (!organizationRoles.ok()) {
        return organizationRoles.error();
    }
    auto roles = rolesJson(db, roleNames); // names of organization roles among them are not environment roles: skipped
    if (!roles.ok()) {
        return roles.error();
    }
    auto policy = SessionPolicyStore::load(db, orgId);
    if (!policy.ok()) {
        return policy.error();
    }
    auto userManagement = SessionPolicyStore::loadUserManagement(db, orgId);
    if (!userManagement.ok()) {
        return userManagement.error();
    }
    return QJsonObject{{QStringLiteral("format"), kFormat.toString()},
                       {QStringLiteral("session_policy"), policy.value().toJson()},
                       {QStringLiteral("user_management"), userManagement.value().toJson()},
                       {QStringLiteral("exported_at"), Timestamps::rfc3339(context.clock.now().toMSecsSinceEpoch())},
                       {QStringLiteral("source"),
                        QJsonObject{{QStringLiteral("environment_id"), context.environmentId},
                                    {QStringLiteral("base_url"), context.baseUrl},
                                    {QStringLiteral("organization_id"), orgId}}},
                       {QStringLiteral("organization"), organizationJson(*org.value())},
                       {QStringLiteral("domains"), domainsJson},
                       {QStringLiteral("connections"), connectionsJson},
                       {QStringLiteral("directories"), directories.value()},
                       {QStringLiteral("roles"), roles.value()},
                       {QStringLiteral("organization_roles"), organizationRoles.value()},
                       {QStringLiteral("excluded"), left}};
}

} // namespace gatehouse::engine
