#include "engine/api/OrganizationImport.h"

#include "engine/EngineContext.h"
#include "engine/api/AuditLog.h"
#include "engine/api/ConnectionsApi.h"
#include "engine/api/DirectoriesApi.h"
#include "engine/api/DomainsApi.h"
#include "engine/api/OrganizationExport.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/PermissionStore.h"
#include "engine/api/PermissionsApi.h"
#include "engine/api/RoleStore.h"
#include "engine/crypto/Random.h"
#include "engine/http/JsonInput.h"

#include <QRegularExpression>

namespace gatehouse::engine {

namespace {

const QStringList kDomainTypes{QStringLiteral("ALLOWED_EMAIL_DOMAIN"), QStringLiteral("ORGANIZATION_DOMAIN")};
const QStringList kConnectionTypes{QStringLiteral("SAML"), QStringLiteral("OIDC")};

bool isValidRoleName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_]{1,64}$"));
    return pattern.match(name).hasMatch();
}

// The elements of an array field that are objects; the others are reported.
QList<std::pair<QString, QJsonObject>> objects(JsonInput& in, const QString& field, bool required = false)
{
    QList<std::pair<QString, QJsonObject>> out;
    const auto array = in.array(field, required);
    for (qsizetype i = 0; array && i < array->size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array->at(i).isObject()) {
            in.violation(path, QStringLiteral("must be an object"));
            continue;
        }
        out.append({in.fieldPath(path), array->at(i).toObject()});
    }
    return out;
}

} // namespace

OrganizationImport::OrganizationImport(EngineContext& context, Windows windows)
    : m_context(context)
    , m_windows(windows)
{}

void OrganizationImport::attention(const QString& kind, const QString& path, const QString& message)
{
    m_attention.append(QJsonObject{
        {QStringLiteral("kind"), kind}, {QStringLiteral("path"), path}, {QStringLiteral("message"), message}});
}

QList<FieldViolation>
OrganizationImport::parse(const QJsonObject& document, const QStringList& existingRoles, bool development)
{
    m_now = m_context.clock.now().toMSecsSinceEpoch();
    QList<FieldViolation> violations;
    JsonInput in(document, QString(), &violations);
    const auto format = in.string(QStringLiteral("format"), {1, 200}, true);
    if (!format) {
        return violations;
    }
    if (*format != OrganizationExport::kFormat) {
        in.violation(QStringLiteral("format"),
                     format->startsWith(OrganizationExport::kFormatPrefix)
                         ? QStringLiteral("unsupported export format version \"%1\"; this engine reads \"%2\"")
                               .arg(*format, OrganizationExport::kFormat.toString())
                         : QStringLiteral("not a Gatehouse organization export (expected \"%1\")")
                               .arg(OrganizationExport::kFormat.toString()));
        return violations;
    }
    in.string(QStringLiteral("exported_at"), {0, 64});
    in.object(QStringLiteral("source")); // informational: where the document came from
    const QStringList excluded = parseExcluded(in);
    parseOrganization(in);
    parseDomains(in);
    parseRoles(in, existingRoles);
    QStringList roleNames = existingRoles;
    for (const RolePlan& role : std::as_const(m_roles)) {
        roleNames.append(role.name);
    }
    parseOrganizationRoles(in, roleNames);
    for (const RolePlan& role : std::as_const(m_organizationRoles)) {
        roleNames.append(role.name);
    }
    parseConnections(in, excluded, development);
    parseDirectories(in, roleNames);
    // Optional (exports before the session policy existed have neither).
    if (const auto policy = in.object(QStringLiteral("session_policy"))) {
        JsonInput sub(*policy, QStringLiteral("session_policy"), &violations);
        SessionPolicyApi::readPolicy(sub, m_sessionPolicy);
        sub.rejectUnknown();
    }
    if (const auto settings = in.object(QStringLiteral("user_management"))) {
        JsonInput sub(*settings, QStringLiteral("user_management"), &violations);
        SessionPolicyApi::readUserManagement(sub, m_userManagement);
        sub.rejectUnknown();
    }
    in.rejectUnknown();
    return violations;
}

QStringList OrganizationImport::parseExcluded(JsonInput& in)
{
    QStringList paths;
    for (const auto& [path, object] : objects(in, QStringLiteral("excluded"))) {
        QList<FieldViolation> nested;
        JsonInput item(object, path, &nested);
        const auto field = item.string(QStringLiteral("path"), {1, 200}, true);
        item.string(QStringLiteral("reason"), {0, 1000});
        item.rejectUnknown();
        for (const FieldViolation& v : std::as_const(nested)) {
            in.violation(v.field, v.description);
        }
        if (field) {
            paths.append(*field);
        }
    }
    return paths;
}

void OrganizationImport::parseOrganization(JsonInput& in)
{
    const auto object = in.object(QStringLiteral("organization"), true);
    if (!object) {
        return;
    }
    QList<FieldViolation> nested;
    JsonInput org(*object, QStringLiteral("organization"), &nested);
    OrganizationsApi::readCommonFields(org, m_org, true);
    m_org.regionCode = org.enumName(QStringLiteral("region_code"), {QStringLiteral("US"), QStringLiteral("EU")})
                           .value_or(m_org.regionCode);
    if (const auto features = org.object(QStringLiteral("features"))) {
        JsonInput f(*features, QStringLiteral("organization.features"), &nested);
        for (const QString& name : {QStringLiteral("sso"), QStringLiteral("dir_sync")}) {
            m_org.features.insert(name, f.boolean(name).value_or(false));
        }
        f.rejectUnknown();
    }
    org.rejectUnknown();
    for (const FieldViolation& v : std::as_const(nested)) {
        in.violation(v.field, v.description); // already "organization.…"
    }
    m_org.id = m_context.ids.next(u"org");
    m_org.createdAt = m_org.updatedAt = m_now;
}

void OrganizationImport::parseDomains(JsonInput& in)
{
    for (const auto& [path, object] : objects(in, QStringLiteral("domains"))) {
        QList<FieldViolation> nested;
        JsonInput item(object, path, &nested);
        Domain domain;
        if (const auto name = item.string(QStringLiteral("domain"), {4, 255}, true)) {
            QString problem;
            const auto checked = DomainsApi::checkDomainName(*name, &problem);
            if (!checked) {
                item.violation(QStringLiteral("domain"), problem);
            } else if (std::any_of(m_domains.cbegin(), m_domains.cend(), [&](const Domain& d) {
                           return d.domain == *checked;
                       })) {
                item.violation(QStringLiteral("domain"), QStringLiteral("listed twice"));
            } else {
                domain.domain = *checked;
            }
        }
        domain.domainType = item.enumName(QStringLiteral("domain_type"), kDomainTypes).value_or(domain.domainType);
        const QString was =
            item.enumName(QStringLiteral("verification_status"),
                          {QStringLiteral("PENDING"), QStringLiteral("VERIFIED"), QStringLiteral("FAILED")})
                .value_or(QStringLiteral("PENDING"));
        item.enumName(QStringLiteral("verification_method"), {QStringLiteral("DNS"), QStringLiteral("ADMIN")});
        item.rejectUnknown();
        for (const FieldViolation& v : std::as_const(nested)) {
            in.violation(v.field, v.description);
        }
        if (domain.domain.isEmpty()) {
            continue;
        }
        domain.id = m_context.ids.next(u"dom");
        domain.organizationId = m_org.id;
        domain.txtRecordKey = QStringLiteral("_gatehouse-challenge.") + domain.domain;
        domain.txtRecordSecret = QStringLiteral("gatehouse-verification=") + Random::token(24);
        domain.createdAt = domain.updatedAt = m_now;
        domain.verificationDeadline = m_now + m_windows.windowSecs * 1000;
        domain.nextCheckAt = m_now + static_cast<qint64>(m_windows.recheckSecs) * 1000;
        m_domains.append(domain);
        attention(QStringLiteral("verify_domain"),
                  path,
                  QStringLiteral("Domain %1 (%2 in the source) must be verified again: publish TXT %3 = \"%4\"")
                      .arg(domain.domain, was, domain.txtRecordKey, domain.txtRecordSecret));
    }
}

std::optional<OrganizationImport::RolePlan>
OrganizationImport::parseRole(JsonInput& in, const QString& path, const QJsonObject& object, QStringList& known)
{
    QList<FieldViolation> nested;
    JsonInput item(object, path, &nested);
    RolePlan role;
    role.name = item.string(QStringLiteral("name"), {1, 64}, true).value_or(QString());
    if (!role.name.isEmpty() && !isValidRoleName(role.name)) {
        item.violation(QStringLiteral("name"), QStringLiteral("letters, digits and _ only"));
    }
    role.displayName = item.string(QStringLiteral("display_name"), {0, 100}).value_or(QString());
    role.description = item.string(QStringLiteral("description"), {0, 2000}).value_or(QString());
    role.extends = item.string(QStringLiteral("extends"), {0, 64}).value_or(QString());
    if (!role.extends.isEmpty() && !known.contains(role.extends)) {
        item.violation(
            QStringLiteral("extends"),
            QStringLiteral("role \"%1\" is neither in this environment nor earlier in the document").arg(role.extends));
    }
    for (const auto& [permissionPath, permission] : objects(item, QStringLiteral("permissions"))) {
        JsonInput p(permission, permissionPath, &nested);
        const QString name = p.string(QStringLiteral("name"), {1, 64}, true).value_or(QString());
        if (!name.isEmpty() && !PermissionsApi::isValidName(name)) {
            p.violation(QStringLiteral("name"), QStringLiteral("letters, digits, _ and : only"));
        }
        role.permissions.append({name, p.string(QStringLiteral("description"), {0, 2000}).value_or(QString())});
        p.rejectUnknown();
    }
    if (path.startsWith(QStringLiteral("organization_roles"))) {
        role.defaultMember = item.boolean(QStringLiteral("default_member")).value_or(false);
    }
    item.rejectUnknown();
    for (const FieldViolation& v : std::as_const(nested)) {
        in.violation(v.field, v.description);
    }
    if (role.name.isEmpty()) {
        return std::nullopt;
    }
    known.append(role.name);
    return role;
}

void OrganizationImport::parseRoles(JsonInput& in, const QStringList& existingRoles)
{
    QStringList known = existingRoles;
    for (const auto& [path, object] : objects(in, QStringLiteral("roles"))) {
        if (auto role = parseRole(in, path, object, known)) {
            m_roles.append(*role);
        }
    }
}

void OrganizationImport::parseOrganizationRoles(JsonInput& in, const QStringList& environmentRoles)
{
    QStringList known = environmentRoles;
    int defaults = 0;
    for (const auto& [path, object] : objects(in, QStringLiteral("organization_roles"))) {
        const QString name = object.value(QStringLiteral("name")).toString();
        if (environmentRoles.contains(name)) {
            in.violation(path + QStringLiteral(".name"), QStringLiteral("an environment role has this name"));
            continue;
        }
        if (known.contains(name)) {
            in.violation(path + QStringLiteral(".name"), QStringLiteral("listed twice"));
            continue;
        }
        if (auto role = parseRole(in, path, object, known)) {
            if (role->defaultMember && ++defaults > 1) {
                in.violation(path + QStringLiteral(".default_member"), QStringLiteral("only one default member role"));
            }
            m_organizationRoles.append(*role);
        }
    }
}

void OrganizationImport::parseConnections(JsonInput& in, const QStringList& excluded, bool development)
{
    ConnectionsApi reader(m_context); // only its field reader: no routes, no metadata refresher
    int index = 0;
    for (const auto& [path, object] : objects(in, QStringLiteral("connections"))) {
        QList<FieldViolation> nested;
        JsonInput item(object, path, &nested);
        Connection connection;
        connection.id = m_context.ids.next(u"conn"); // before the reader: it seals a client secret to the id
        connection.organizationId = m_org.id;
        connection.createdAt = connection.updatedAt = m_now;
        const QString source = item.string(QStringLiteral("source_id"), {0, 64}).value_or(QString());
        connection.type = item.enumName(QStringLiteral("type"), kConnectionTypes, true).value_or(QString());
        const bool wantedEnabled = item.boolean(QStringLiteral("enabled")).value_or(false);
        QStringList domainNames;
        if (const auto domains = item.array(QStringLiteral("domains"))) {
            for (qsizetype i = 0; i < domains->size(); ++i) {
                const QString name = domains->at(i).toString().toLower();
                if (!domains->at(i).isString()
                    || std::none_of(
                        m_domains.cbegin(), m_domains.cend(), [&](const Domain& d) { return d.domain == name; })) {
                    item.violation(QStringLiteral("domains[%1]").arg(i),
                                   QStringLiteral("must be one of the document's domains"));
                } else {
                    domainNames.append(name);
                }
            }
        }
        if (connection.type.isEmpty()) {
            item.rejectUnknown();
        } else {
            reader.readUpdate(item, connection, development);
            item.rejectUnknown();
        }
        for (const FieldViolation& v : std::as_const(nested)) {
            in.violation(v.field, v.description);
        }
        const QString secretPath = QStringLiteral("connections[%1].oidc_config.client_secret").arg(index);
        const bool secretMissing = excluded.contains(secretPath) && connection.clientSecretSealed.isEmpty();
        if (wantedEnabled && !secretMissing && !connection.type.isEmpty()
            && connection.status() != QStringLiteral("COMPLETED")) {
            in.violation(path + QStringLiteral(".enabled"),
                         QStringLiteral("the connection is not fully configured (status %1) and cannot be enabled")
                             .arg(connection.status()));
        }
        connection.enabled = wantedEnabled && !secretMissing;
        if (secretMissing) {
            attention(QStringLiteral("reenter_secret"),
                      secretPath,
                      wantedEnabled ? QStringLiteral("Enter the OIDC client secret again; the connection was enabled "
                                                     "in the source and is imported disabled until then")
                                    : QStringLiteral("Enter the OIDC client secret again"));
        }
        const bool saml = connection.type == QStringLiteral("SAML");
        const QString sp = m_context.baseUrl
                           + (saml ? QStringLiteral("/sso/v1/saml/") : QStringLiteral("/sso/v1/oidc/")) + connection.id;
        attention(QStringLiteral("update_idp"),
                  path,
                  saml ? QStringLiteral("The SP entity ID is now %1 and the ACS URL %1/acs (metadata: %1/metadata); "
                                        "update the IdP")
                             .arg(sp)
                       : QStringLiteral("The redirect URI is now %1/callback; register it at the IdP").arg(sp));
        if (saml && connection.settings.value(QStringLiteral("want_request_signed")).toBool()) {
            attention(QStringLiteral("update_idp"),
                      QStringLiteral("connections[%1].sp_signing_key").arg(index),
                      QStringLiteral("The SP signs requests with new keys: give the IdP the new SP metadata"));
        }
        for (const QString& name : std::as_const(domainNames)) {
            attention(QStringLiteral("assign_domain"),
                      path + QStringLiteral(".domains"),
                      QStringLiteral("Assign %1 to the connection again once it is verified").arg(name));
        }
        m_connections.append(connection);
        m_connectionSources.append(source);
        ++index;
    }
}

void OrganizationImport::parseDirectories(JsonInput& in, const QStringList& roleNames)
{
    for (const auto& [path, object] : objects(in, QStringLiteral("directories"))) {
        QList<FieldViolation> nested;
        JsonInput item(object, path, &nested);
        Directory directory;
        directory.id = m_context.ids.next(u"dir");
        directory.organizationId = m_org.id;
        directory.createdAt = directory.updatedAt = m_now;
        const QString source = item.string(QStringLiteral("source_id"), {0, 64}).value_or(QString());
        DirectoriesApi::readUpdate(item, directory);
        QList<PendingGroupRoles::Mapping> pending;
        for (const auto& [mappingPath, mapping] : objects(item, QStringLiteral("group_role_mappings"))) {
            JsonInput m(mapping, mappingPath, &nested);
            const QString group = m.string(QStringLiteral("group_display_name"), {1, 256}, true).value_or(QString());
            const QString externalId = m.string(QStringLiteral("group_external_id"), {0, 256}).value_or(QString());
            const QString role = m.string(QStringLiteral("role_name"), {1, 64}, true).value_or(QString());
            if (!role.isEmpty() && !roleNames.contains(role)) {
                m.violation(QStringLiteral("role_name"),
                            QStringLiteral("role \"%1\" is neither in this environment nor in the document").arg(role));
            }
            m.rejectUnknown();
            if (!group.isEmpty() && !role.isEmpty()) {
                // Kept pending on the directory and applied when SCIM pushes the group (PendingGroupRoles).
                pending.append({group, externalId, role});
                attention(
                    QStringLiteral("map_group"),
                    mappingPath,
                    QStringLiteral("Group \"%1\"%2 is mapped to role %3 as soon as the IdP provisions it over SCIM "
                                   "(pending until then: pending_group_role_mappings on the directory)")
                        .arg(group,
                             externalId.isEmpty() ? QString() : QStringLiteral(" (external id %1)").arg(externalId),
                             role));
            }
        }
        item.rejectUnknown();
        for (const FieldViolation& v : std::as_const(nested)) {
            in.violation(v.field, v.description);
        }
        attention(QStringLiteral("new_scim_token"),
                  path,
                  QStringLiteral("Generate a SCIM token for the directory and give it and the new endpoint "
                                 "%1/directory/%2/scim/v2 to the IdP")
                      .arg(m_context.baseUrl, directory.id));
        m_directories.append(directory);
        m_directorySources.append(source);
        m_pendingMappings.append(pending);
    }
}

core::Result<QStringList> OrganizationImport::permissionIds(const QSqlDatabase& db, const RolePlan& plan)
{
    QStringList names;
    for (const auto& [name, description] : plan.permissions) {
        names.append(name);
    }
    QStringList missing;
    auto found = PermissionStore::byNames(db, names, missing);
    if (!found.ok()) {
        return found.error();
    }
    QStringList ids;
    for (const Permission& p : std::as_const(found.value())) {
        ids.append(p.id);
    }
    for (const auto& [name, description] : plan.permissions) {
        if (!missing.contains(name)) {
            continue;
        }
        Permission permission{m_context.ids.next(u"perm"), name, description, m_now, m_now};
        if (auto inserted = PermissionStore::insert(db, permission); !inserted.ok()) {
            return inserted.error();
        }
        missing.removeAll(name);
        ids.append(permission.id);
    }
    return ids;
}

// One planned role with its own permissions: an environment role (no organization) or the new organization's.
core::Result<void>
OrganizationImport::insertRole(const QSqlDatabase& db, const RolePlan& plan, const QString& organizationId)
{
    auto ids = permissionIds(db, plan);
    if (!ids.ok()) {
        return ids.error();
    }
    Role role;
    role.id = m_context.ids.next(u"role");
    role.organizationId = organizationId;
    role.name = plan.name;
    role.displayName = plan.displayName.isEmpty() ? plan.name : plan.displayName;
    role.description = plan.description;
    role.extendsRole = plan.extends;
    role.createdAt = role.updatedAt = m_now;
    if (auto inserted = RoleStore::insert(db, role); !inserted.ok()) {
        return inserted;
    }
    return RoleStore::setPermissions(db, role.id, ids.value());
}

core::Result<void> OrganizationImport::writeRoles(const QSqlDatabase& db)
{
    for (const RolePlan& plan : std::as_const(m_roles)) {
        auto existing = RoleStore::find(db, plan.name);
        if (!existing.ok()) {
            return existing.error();
        }
        if (existing.value()) {
            continue; // this environment's definition of the role stays
        }
        auto taken = RoleStore::nameUsed(db, plan.name, true);
        if (!taken.ok()) {
            return taken.error();
        }
        if (taken.value()) { // an environment role must not take an organization role's name
            return core::Error{
                QStringLiteral("already_exists"),
                QStringLiteral("role %1 is an organization role's name in this environment").arg(plan.name),
                {}};
        }
        if (auto inserted = insertRole(db, plan, QString()); !inserted.ok()) {
            return inserted;
        }
        m_rolesCreated.append(plan.name);
    }
    return {};
}

// The organization's own roles, after the environment roles they may extend; the new organization has none yet.
core::Result<void> OrganizationImport::writeOrganizationRoles(const QSqlDatabase& db)
{
    for (const RolePlan& plan : std::as_const(m_organizationRoles)) {
        if (auto inserted = insertRole(db, plan, m_org.id); !inserted.ok()) {
            return inserted;
        }
        if (plan.defaultMember) {
            if (auto set = RoleStore::setDefault(db, QStringLiteral("default_member"), plan.name, m_org.id);
                !set.ok()) {
                return set;
            }
        }
    }
    return {};
}

core::Result<void> OrganizationImport::write(const QSqlDatabase& db, const QString& actor)
{
    m_rolesCreated.clear();
    if (auto inserted = OrganizationStore::insert(db, m_org); !inserted.ok()) {
        return inserted;
    }
    for (const Domain& domain : std::as_const(m_domains)) {
        auto claimed = DomainStore::verifiedBy(db, domain.domain, m_org.id);
        if (!claimed.ok()) {
            return claimed.error();
        }
        if (claimed.value()) {
            return core::Error{QStringLiteral("already_exists"),
                               QStringLiteral("domain %1 is verified by another organization").arg(domain.domain),
                               {}};
        }
        if (auto inserted = DomainStore::insert(db, domain); !inserted.ok()) {
            return inserted;
        }
    }
    if (auto roles = writeRoles(db); !roles.ok()) {
        return roles;
    }
    if (auto roles = writeOrganizationRoles(db); !roles.ok()) {
        return roles;
    }
    if (auto saved = SessionPolicyStore::save(db, m_org.id, m_sessionPolicy, m_now); !saved.ok()) {
        return saved;
    }
    if (auto saved = SessionPolicyStore::saveUserManagement(db, m_org.id, m_userManagement, m_now); !saved.ok()) {
        return saved;
    }
    if (auto audited = m_context.audit.record(db,
                                              {QStringLiteral("organization.created"),
                                               actor,
                                               m_org.id,
                                               QStringLiteral("Organization"),
                                               m_org.id,
                                               QJsonObject{{QStringLiteral("import"), created()}}});
        !audited.ok()) {
        return audited;
    }
    for (const Domain& domain : std::as_const(m_domains)) {
        if (auto audited = record(db,
                                  actor,
                                  QStringLiteral("organization.domain_created"),
                                  QStringLiteral("Domain"),
                                  domain.id,
                                  {{QStringLiteral("domain"), domain.domain}});
            !audited.ok()) {
            return audited;
        }
    }
    for (const Connection& connection : std::as_const(m_connections)) {
        if (auto written = writeConnection(db, actor, connection); !written.ok()) {
            return written;
        }
    }
    for (qsizetype i = 0; i < m_directories.size(); ++i) {
        const Directory& directory = m_directories.at(i);
        if (auto inserted = DirectoryStore::insert(db, directory); !inserted.ok()) {
            return inserted;
        }
        if (auto pending = PendingGroupRoles::add(db, directory.id, m_pendingMappings.value(i), m_context.ids, m_now);
            !pending.ok()) {
            return pending;
        }
        if (auto audited = record(db,
                                  actor,
                                  QStringLiteral("organization.directory_created"),
                                  QStringLiteral("Directory"),
                                  directory.id,
                                  {{QStringLiteral("directory_provider"), directory.provider}});
            !audited.ok()) {
            return audited;
        }
    }
    return {};
}

core::Result<void> OrganizationImport::record(const QSqlDatabase& db,
                                              const QString& actor,
                                              const QString& type,
                                              const QString& objectType,
                                              const QString& objectId,
                                              const QJsonObject& data)
{
    return m_context.audit.record(db, {type, actor, m_org.id, objectType, objectId, data});
}

// The connection and the events its creation through the API would have recorded (created; enabled and
// organization.sso_enabled when it arrives enabled), so that webhook subscribers see the same story.
core::Result<void>
OrganizationImport::writeConnection(const QSqlDatabase& db, const QString& actor, const Connection& connection)
{
    if (auto inserted = ConnectionStore::insert(db, connection); !inserted.ok()) {
        return inserted;
    }
    const QJsonObject kind{{QStringLiteral("type"), connection.type},
                           {QStringLiteral("provider"), connection.provider}};
    if (auto audited = record(db,
                              actor,
                              QStringLiteral("organization.connection_created"),
                              QStringLiteral("Connection"),
                              connection.id,
                              kind);
        !audited.ok() || !connection.enabled) {
        return audited;
    }
    if (auto audited = record(db,
                              actor,
                              QStringLiteral("organization.connection_enabled"),
                              QStringLiteral("Connection"),
                              connection.id,
                              {});
        !audited.ok()) {
        return audited;
    }
    return record(
        db,
        actor,
        QStringLiteral("organization.sso_enabled"),
        QStringLiteral("Connection"),
        connection.id,
        {{QStringLiteral("connection_type"), connection.type}, {QStringLiteral("provider"), connection.provider}});
}

QJsonObject OrganizationImport::created() const
{
    QJsonArray domains;
    for (const Domain& d : m_domains) {
        domains.append(QJsonObject{{QStringLiteral("domain"), d.domain}, {QStringLiteral("id"), d.id}});
    }
    QJsonArray connections;
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        connections.append(QJsonObject{{QStringLiteral("source_id"), m_connectionSources.at(i)},
                                       {QStringLiteral("id"), m_connections.at(i).id}});
    }
    QJsonArray directories;
    for (qsizetype i = 0; i < m_directories.size(); ++i) {
        directories.append(QJsonObject{{QStringLiteral("source_id"), m_directorySources.at(i)},
                                       {QStringLiteral("id"), m_directories.at(i).id}});
    }
    return {{QStringLiteral("domains"), domains},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("directories"), directories},
            {QStringLiteral("roles_created"), QJsonArray::fromStringList(m_rolesCreated)}};
}

} // namespace gatehouse::engine
