#include "engine/api/RolesApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/PermissionStore.h"
#include "engine/api/PermissionsApi.h"
#include "engine/api/RoleMapping.h"
#include "engine/api/RoleScope.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

constexpr int kMaxPermissions = 100;

core::Error invalid(const QString& field, const QString& message)
{
    return core::Error{QStringLiteral("invalid_argument"), message, field};
}

core::Error notFound(const QString& message)
{
    return core::Error{QStringLiteral("not_found"), message, {}};
}

// Records organization.directory.user_updated for the (user id, directory id) pairs whose roles changed.
core::Result<void>
notifyUsers(const QSqlDatabase& db, AuditLog& audit, const QString& actor, const QList<QPair<QString, QString>>& users)
{
    QHash<QString, QStringList> byDirectory;
    for (const auto& [userId, directoryId] : users) {
        byDirectory[directoryId] << userId;
    }
    for (auto it = byDirectory.cbegin(); it != byDirectory.cend(); ++it) {
        if (auto told = RoleMapping::notify(db, audit, actor, it.key(), it.value()); !told.ok()) {
            return told;
        }
    }
    return {};
}

// The id of the role an organization's users without group roles hold: its own default member role, else the
// environment's.
core::Result<QString> organizationDefaultId(const QSqlDatabase& db, const QString& organizationId)
{
    auto own = Sql::exec(
        db, QStringLiteral("SELECT id FROM roles WHERE organization_id = ? AND default_member = 1"), {organizationId});
    if (!own.ok()) {
        return own.error();
    }
    if (own.value().next()) {
        return own.value().value(0).toString();
    }
    auto environment = RoleMapping::defaultRole(db);
    if (!environment.ok()) {
        return environment.error();
    }
    return environment.value() ? environment.value()->id : QString();
}

std::optional<QStringList> readNames(JsonInput& in, const QString& field)
{
    const auto array = in.array(field);
    if (!array) {
        return std::nullopt;
    }
    QStringList names;
    for (const QJsonValue& value : *array) {
        if (!value.isString() || !PermissionsApi::isValidName(value.toString())) {
            in.violation(field, QStringLiteral("items must be permission names (^[a-zA-Z0-9_:]{1,64}$)"));
            return std::nullopt;
        }
        if (!names.contains(value.toString())) {
            names << value.toString();
        }
    }
    if (names.size() > kMaxPermissions) {
        in.violation(field, QStringLiteral("at most %1 items").arg(kMaxPermissions));
        return std::nullopt;
    }
    return names;
}

} // namespace

RolesApi::RolesApi(EngineContext& context)
    : m_context(context)
{}

void RolesApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (RolesApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, QStringLiteral("roles:read")};
    const Router::RouteOptions write{true, QStringLiteral("roles:write")};
    router.add("POST", QStringLiteral("/api/v1/roles"), bind(&RolesApi::create), write);
    router.add("GET", QStringLiteral("/api/v1/roles"), bind(&RolesApi::list), read);
    router.add("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), bind(&RolesApi::setDefaults), write);
    router.add("PATCH", QStringLiteral("/api/v1/roles/default"), bind(&RolesApi::setDefaults), write);
    router.add("GET", QStringLiteral("/api/v1/roles/{role_name}"), bind(&RolesApi::get), read);
    router.add("PUT", QStringLiteral("/api/v1/roles/{role_name}"), bind(&RolesApi::update), write);
    router.add("DELETE", QStringLiteral("/api/v1/roles/{role_name}"), bind(&RolesApi::remove), write);
    router.add("GET", QStringLiteral("/api/v1/roles/{role_name}/permissions"), bind(&RolesApi::listPermissions), read);
    router.add("POST", QStringLiteral("/api/v1/roles/{role_name}/permissions"), bind(&RolesApi::addPermissions), write);
    router.add("DELETE",
               QStringLiteral("/api/v1/roles/{role_name}/permissions/{permission_name}"),
               bind(&RolesApi::removePermission),
               write);

    const QString org = QStringLiteral("/api/v1/organizations/{org_id}/roles");
    router.add("POST", org, bind(&RolesApi::create), write);
    router.add("GET", org, bind(&RolesApi::list), read);
    router.add("PATCH", org + QStringLiteral(":set_defaults"), bind(&RolesApi::setOrganizationDefaults), write);
    router.add("GET", org + QStringLiteral("/{role_name}"), bind(&RolesApi::get), read);
    router.add("PUT", org + QStringLiteral("/{role_name}"), bind(&RolesApi::update), write);
    router.add("DELETE", org + QStringLiteral("/{role_name}"), bind(&RolesApi::remove), write);
}

void RolesApi::readRoleInput(JsonInput& in, RoleInput& out, bool creating)
{
    out.displayName = in.string(QStringLiteral("display_name"), {1, 100}, creating);
    out.description = in.string(QStringLiteral("description"), {creating ? 0 : 1, 2000});
    out.extendsRole = in.string(QStringLiteral("extends"), {1, 100});
    if (out.extendsRole && !RoleScope::isValidName(*out.extendsRole)) {
        in.violation(QStringLiteral("extends"), QStringLiteral("must be a role name"));
    }
    out.permissions = readNames(in, QStringLiteral("permissions"));
}

core::Result<void> RolesApi::applyInput(const QSqlDatabase& db, Role& role, const RoleInput& input)
{
    role.displayName = input.displayName.value_or(role.displayName);
    role.description = input.description.value_or(role.description);
    if (input.extendsRole) {
        // The base must exist in the role's scope (an organization role may extend an environment role) and must
        // not lead back to this role.
        QString current = *input.extendsRole;
        QString scope = role.organizationId; // the scope the current name is read in
        for (int depth = 0; !current.isEmpty(); ++depth) {
            if ((depth == 0 && current == role.name) || depth > RoleScope::kMaxDepth) {
                return invalid(QStringLiteral("extends"), QStringLiteral("role inheritance would form a cycle"));
            }
            auto base = RoleStore::resolve(db, scope, current);
            if (!base.ok()) {
                return base.error();
            }
            if (!base.value()) {
                return invalid(QStringLiteral("extends"), QStringLiteral("no role named %1").arg(current));
            }
            if (base.value()->id == role.id) {
                return invalid(QStringLiteral("extends"), QStringLiteral("role inheritance would form a cycle"));
            }
            scope = base.value()->organizationId;
            current = base.value()->extendsRole;
        }
        role.extendsRole = *input.extendsRole;
    }
    return {};
}

core::Result<void> RolesApi::replacePermissions(const QSqlDatabase& db, const QString& roleId, const QStringList& names)
{
    QStringList missing;
    auto permissions = PermissionStore::byNames(db, names, missing);
    if (!permissions.ok()) {
        return permissions.error();
    }
    if (!missing.isEmpty()) {
        return invalid(QStringLiteral("permissions"), QStringLiteral("unknown permission %1").arg(missing.first()));
    }
    QStringList ids;
    for (const Permission& p : std::as_const(permissions.value())) {
        ids << p.id;
    }
    return RoleStore::setPermissions(db, roleId, ids);
}

HttpResponse
RolesApi::respondWithRole(const QString& organizationId, const QString& name, const QString& include, int status)
{
    if (!RoleScope::validInclude(include)) {
        return ApiError::invalidArgument(QStringLiteral("include must be permissions or permissions:all"));
    }
    QJsonObject json;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto role = RoleScope::roleOf(db, organizationId, name, false);
        if (!role.ok()) {
            return role.error();
        }
        std::optional<QJsonArray> permissions;
        if (!include.isEmpty()) {
            auto list = RoleScope::permissionsJson(db, role.value(), include == QStringLiteral("permissions:all"));
            if (!list.ok()) {
                return list.error();
            }
            permissions = list.value();
        }
        json = role.value().toJson(permissions);
        return {};
    });
    if (!read.ok()) {
        return RoleScope::failure(read.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({{QStringLiteral("role"), json}}, status);
}

HttpResponse RolesApi::create(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    Role role;
    role.organizationId = RoleScope::organizationOf(request);
    role.name = in.string(QStringLiteral("name"), {1, 100}, true).value_or(QString());
    if (!role.name.isEmpty() && !RoleScope::isValidName(role.name)) {
        in.violation(QStringLiteral("name"), QStringLiteral("must match ^[a-zA-Z0-9_]{1,64}$"));
    }
    RoleInput input;
    readRoleInput(in, input, true);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid role"), violations);
    }
    role.id = m_context.ids.next(u"role");
    role.createdAt = role.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = RoleScope::requireOrganization(db, role.organizationId); !org.ok()) {
            return org;
        }
        // One name, one meaning in every organization: organization roles and environment roles never share a name.
        auto clash = RoleStore::nameUsed(db, role.name, role.organizationId.isEmpty());
        if (!clash.ok()) {
            return clash.error();
        }
        if (clash.value()) {
            return core::Error{QStringLiteral("already_exists"),
                               role.organizationId.isEmpty() ? QStringLiteral("an organization role has this name")
                                                             : QStringLiteral("an environment role has this name"),
                               {}};
        }
        if (auto applied = applyInput(db, role, input); !applied.ok()) {
            return applied;
        }
        if (auto inserted = RoleStore::insert(db, role); !inserted.ok()) {
            return inserted;
        }
        if (auto set = replacePermissions(db, role.id, input.permissions.value_or(QStringList())); !set.ok()) {
            return set;
        }
        return m_context.audit.record(
            db,
            {RoleScope::eventType(role.organizationId, QStringLiteral("created")),
             ApiSupport::actor(request),
             role.organizationId,
             QStringLiteral("Role"),
             role.id,
             RoleScope::eventData(role.organizationId, {{QStringLiteral("name"), role.name}})});
    });
    if (!written.ok()) {
        return RoleScope::failure(written.error(), QStringLiteral("role"));
    }
    return respondWithRole(role.organizationId, role.name, QStringLiteral("permissions"), 201);
}

HttpResponse RolesApi::get(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    return respondWithRole(RoleScope::organizationOf(request),
                           request.pathParam(QStringLiteral("role_name")),
                           request.queryValue(QStringLiteral("include")).value_or(QString()));
}

HttpResponse RolesApi::list(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    const QString organizationId = RoleScope::organizationOf(request);
    const QString include = request.queryValue(QStringLiteral("include")).value_or(QString());
    if (!RoleScope::validInclude(include)) {
        return ApiError::invalidArgument(QStringLiteral("include must be permissions or permissions:all"));
    }
    QJsonArray roles;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = RoleScope::requireOrganization(db, organizationId); !org.ok()) {
            return org;
        }
        // An organization's list: the environment roles, then its own.
        auto all = RoleStore::list(db);
        if (!all.ok()) {
            return all.error();
        }
        if (!organizationId.isEmpty()) {
            auto own = RoleStore::list(db, organizationId);
            if (!own.ok()) {
                return own.error();
            }
            all.value().append(own.value());
        }
        for (const Role& role : std::as_const(all.value())) {
            std::optional<QJsonArray> permissions;
            if (!include.isEmpty()) {
                auto list = RoleScope::permissionsJson(db, role, include == QStringLiteral("permissions:all"));
                if (!list.ok()) {
                    return list.error();
                }
                permissions = list.value();
            }
            roles.append(role.toJson(permissions));
        }
        return {};
    });
    if (!read.ok()) {
        return RoleScope::failure(read.error(), QStringLiteral("roles"));
    }
    return HttpResponse::json({{QStringLiteral("roles"), roles}});
}

HttpResponse RolesApi::update(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    RoleInput input;
    readRoleInput(in, input, false);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid role update"), violations);
    }
    const QString organizationId = RoleScope::organizationOf(request);
    const QString name = request.pathParam(QStringLiteral("role_name"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = RoleScope::roleOf(db, organizationId, name, true);
        if (!found.ok()) {
            return found.error();
        }
        Role role = found.value();
        if (auto applied = applyInput(db, role, input); !applied.ok()) {
            return applied;
        }
        role.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = RoleStore::update(db, role); !updated.ok()) {
            return updated;
        }
        if (input.permissions) {
            if (auto set = replacePermissions(db, role.id, *input.permissions); !set.ok()) {
                return set;
            }
        }
        return m_context.audit.record(
            db,
            {RoleScope::eventType(organizationId, QStringLiteral("updated")),
             ApiSupport::actor(request),
             organizationId,
             QStringLiteral("Role"),
             role.id,
             RoleScope::eventData(organizationId,
                                  {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}})});
    });
    if (!written.ok()) {
        return RoleScope::failure(written.error(), QStringLiteral("role"));
    }
    return respondWithRole(organizationId, name, QStringLiteral("permissions"));
}

HttpResponse RolesApi::remove(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    const QString reassign = request.queryValue(QStringLiteral("reassign_role_name"))
                                 .value_or(request.queryValue(QStringLiteral("reassign_role_id")).value_or(QString()));
    if (!reassign.isEmpty() && !RoleScope::isValidName(reassign)) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid reassign_role_name"),
            {{QStringLiteral("reassign_role_name"), QStringLiteral("must match ^[a-zA-Z0-9_]{1,64}$")}});
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto deleted = deleteRole(db, request, reassign);
        return deleted.ok() ? core::Result<void>() : core::Result<void>(deleted.error());
    });
    if (!written.ok()) {
        return RoleScope::failure(written.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({});
}

core::Result<Role> RolesApi::deleteRole(const QSqlDatabase& db, const HttpRequest& request, const QString& reassign)
{
    const QString organizationId = RoleScope::organizationOf(request);
    const QString name = request.pathParam(QStringLiteral("role_name"));
    auto found = RoleScope::roleOf(db, organizationId, name, true);
    if (!found.ok()) {
        return found.error();
    }
    const Role role = found.value();
    if (role.dependentRoles > 0) {
        // The roles extending it get reassign_role_name as their base instead: a role of the same scope (an
        // environment role for organization roles too) that does not itself descend from the deleted role.
        auto target = reassign.isEmpty() || reassign == name ? core::Result<std::optional<Role>>(std::optional<Role>())
                                                             : RoleStore::resolve(db, organizationId, reassign);
        if (!target.ok()) {
            return target.error();
        }
        if (!target.value()) {
            return core::Error{QStringLiteral("failed_precondition"),
                               QStringLiteral("other roles extend this role; pass reassign_role_name"),
                               {}};
        }
        for (std::optional<Role> up = target.value(); up && !up->extendsRole.isEmpty();) {
            if (up->extendsRole == name) {
                return core::Error{QStringLiteral("failed_precondition"),
                                   QStringLiteral("reassign_role_name %1 extends the role being deleted").arg(reassign),
                                   {}};
            }
            auto next = RoleStore::resolve(db, up->organizationId, up->extendsRole);
            if (!next.ok()) {
                return next.error();
            }
            up = next.value();
        }
        auto dependents = RoleStore::dependents(db, role);
        if (!dependents.ok()) {
            return dependents.error();
        }
        for (const Role& dependent : std::as_const(dependents.value())) {
            auto moved = Sql::exec(
                db, QStringLiteral("UPDATE roles SET extends_role = ? WHERE id = ?"), {reassign, dependent.id});
            if (!moved.ok()) {
                return moved.error();
            }
        }
    }
    // Group-to-role mappings to this role and the users' roles from them go with it (ON DELETE CASCADE);
    // every user who held it through a group is told about their new roles.
    auto holders = RoleMapping::holdersOf(db, role.id);
    if (!holders.ok()) {
        return holders.error();
    }
    if (auto removed = RoleStore::remove(db, name, organizationId); !removed.ok()) {
        return removed.error();
    }
    if (auto recorded =
            m_context.audit.record(db,
                                   {RoleScope::eventType(organizationId, QStringLiteral("deleted")),
                                    ApiSupport::actor(request),
                                    organizationId,
                                    QStringLiteral("Role"),
                                    role.id,
                                    RoleScope::eventData(organizationId, {{QStringLiteral("name"), name}})});
        !recorded.ok()) {
        return recorded.error();
    }
    if (auto told = notifyUsers(db, m_context.audit, ApiSupport::actor(request), holders.value()); !told.ok()) {
        return told.error();
    }
    if (!organizationId.isEmpty() && role.defaultMember) {
        // The organization's users without group roles fall back to the environment's default member role.
        auto onDefault = RoleMapping::usersOnDefault(db, organizationId);
        if (!onDefault.ok()) {
            return onDefault.error();
        }
        if (auto told = notifyUsers(db, m_context.audit, ApiSupport::actor(request), onDefault.value()); !told.ok()) {
            return told.error();
        }
    }
    return role;
}

HttpResponse RolesApi::setDefaults(HttpRequest& request)
{
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    QHash<QString, QString> wanted; // column → role name
    for (const QString& column : {QStringLiteral("default_creator"), QStringLiteral("default_member")}) {
        if (const auto name = in.string(column + QStringLiteral("_role"), {0, 100}); name && !name->isEmpty()) {
            wanted.insert(column, *name);
        }
        if (const auto legacy = in.object(column)) { // deprecated {id, name} form
            JsonInput old(*legacy, column, &violations);
            old.string(QStringLiteral("id"), {0, 32});
            if (const auto name = old.string(QStringLiteral("name"), {0, 100}); name && !name->isEmpty()) {
                wanted.insert(column, *name);
            }
            old.rejectUnknown();
        }
    }
    in.rejectUnknown();
    for (const QString& name : wanted) {
        if (!RoleScope::isValidName(name)) {
            violations.append({QStringLiteral("default_member_role"), QStringLiteral("must be a role name")});
        }
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid default roles"), violations);
    }
    return applyDefaults(request, wanted);
}

HttpResponse RolesApi::applyDefaults(const HttpRequest& request, const QHash<QString, QString>& wanted)
{
    QJsonObject out;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto defaultBefore = RoleMapping::defaultRole(db);
        if (!defaultBefore.ok()) {
            return defaultBefore.error();
        }
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            auto set = RoleStore::setDefault(db, it.key(), it.value());
            if (!set.ok()) {
                return set.error().code == QStringLiteral("not_found") ? invalid(
                           it.key() + QStringLiteral("_role"), QStringLiteral("no role named %1").arg(it.value()))
                                                                       : set;
            }
        }
        auto roles = RoleStore::list(db);
        if (!roles.ok()) {
            return roles.error();
        }
        for (const Role& role : std::as_const(roles.value())) {
            if (role.defaultCreator) {
                out.insert(QStringLiteral("default_creator"), role.toJson(std::nullopt));
            }
            if (role.defaultMember) {
                out.insert(QStringLiteral("default_member"), role.toJson(std::nullopt));
            }
        }
        if (auto recorded =
                m_context.audit.record(db,
                                       {QStringLiteral("role.defaults_updated"),
                                        ApiSupport::actor(request),
                                        {},
                                        QStringLiteral("Role"),
                                        QString(),
                                        {{QStringLiteral("defaults"),
                                          QJsonObject::fromVariantHash(QVariantHash(wanted.begin(), wanted.end()))}}});
            !recorded.ok()) {
            return recorded;
        }
        // A new default role changes the effective roles of every directory user no mapped group grants a
        // role: each of them is told (organization.directory.user_updated), in this transaction.
        auto defaultAfter = RoleMapping::defaultRole(db);
        if (!defaultAfter.ok()) {
            return defaultAfter.error();
        }
        const auto idOf = [](const std::optional<RoleMapping::RoleInfo>& role) {
            return role ? role->id : QString();
        };
        if (idOf(defaultBefore.value()) == idOf(defaultAfter.value())) {
            return {};
        }
        auto onDefault = RoleMapping::usersOnDefault(db);
        if (!onDefault.ok()) {
            return onDefault.error();
        }
        return notifyUsers(db, m_context.audit, ApiSupport::actor(request), onDefault.value());
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("role"));
    }
    return HttpResponse::json(out);
}

HttpResponse RolesApi::listPermissions(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    return rolePermissions(request.pathParam(QStringLiteral("role_name")));
}

HttpResponse RolesApi::rolePermissions(const QString& name)
{
    HttpResponse role = respondWithRole(QString(), name, QStringLiteral("permissions"));
    if (role.status != 200) {
        return role;
    }
    QJsonArray permissions;
    for (const QJsonValue& p :
         QJsonDocument::fromJson(role.body).object()[QStringLiteral("role")][QStringLiteral("permissions")].toArray()) {
        QJsonObject plain = p.toObject();
        plain.remove(QStringLiteral("role_name"));
        permissions.append(plain);
    }
    return HttpResponse::json({{QStringLiteral("permissions"), permissions}});
}

HttpResponse RolesApi::addPermissions(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    const auto names = readNames(in, QStringLiteral("permission_names"));
    if (!in.has(QStringLiteral("permission_names")) && violations.isEmpty()) {
        in.violation(QStringLiteral("permission_names"), QStringLiteral("value is required"));
    }
    in.rejectUnknown();
    if (!violations.isEmpty() || !names) {
        return ApiError::invalidArgument(QStringLiteral("invalid permission list"), violations);
    }
    return changePermissions(request, *names, {});
}

HttpResponse RolesApi::removePermission(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    const QString permission = request.pathParam(QStringLiteral("permission_name"));
    if (!PermissionsApi::isValidName(permission)) {
        return ApiError::invalidArgument(QStringLiteral("invalid permission name"));
    }
    return changePermissions(request, {}, permission);
}

HttpResponse RolesApi::changePermissions(const HttpRequest& request, const QStringList& add, const QString& remove)
{
    const QString name = request.pathParam(QStringLiteral("role_name"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = RoleStore::find(db, name);
        if (!found.ok() || !found.value()) {
            return found.ok() ? core::Error{QStringLiteral("not_found"), {}, {}} : found.error();
        }
        auto current = PermissionStore::forRole(db, found.value()->id);
        if (!current.ok()) {
            return current.error();
        }
        QStringList names;
        for (const Permission& p : std::as_const(current.value())) {
            names << p.name;
        }
        if (!remove.isEmpty() && !names.removeOne(remove)) {
            return core::Error{QStringLiteral("not_found"), QStringLiteral("permission not assigned to this role"), {}};
        }
        for (const QString& added : add) {
            names.contains(added) ? void() : names.append(added);
        }
        if (auto set = replacePermissions(db, found.value()->id, names); !set.ok()) {
            return set;
        }
        return m_context.audit.record(
            db,
            {QStringLiteral("role.permissions_updated"),
             ApiSupport::actor(request),
             {},
             QStringLiteral("Role"),
             found.value()->id,
             {{QStringLiteral("added"), QJsonArray::fromStringList(add)}, {QStringLiteral("removed"), remove}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(),
                                   remove.isEmpty() ? QStringLiteral("role") : QStringLiteral("role or permission"));
    }
    if (!remove.isEmpty()) {
        return HttpResponse::json({});
    }
    return rolePermissions(name);
}

HttpResponse RolesApi::setOrganizationDefaults(HttpRequest& request)
{
    if (auto bad = RoleScope::checkPath(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    const QString name = in.string(QStringLiteral("default_member_role"), {1, 100}, true).value_or(QString());
    if (!name.isEmpty() && !RoleScope::isValidName(name)) {
        in.violation(QStringLiteral("default_member_role"), QStringLiteral("must match ^[a-zA-Z0-9_]{1,64}$"));
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid default roles"), violations);
    }
    const QString organizationId = RoleScope::organizationOf(request);
    QJsonObject role;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = RoleScope::requireOrganization(db, organizationId); !org.ok()) {
            return org;
        }
        auto before = organizationDefaultId(db, organizationId);
        if (!before.ok()) {
            return before.error();
        }
        // The organization's default member role is one of its own roles (the environment's default member role
        // is set with /api/v1/roles:set_defaults).
        auto set = RoleStore::setDefault(db, QStringLiteral("default_member"), name, organizationId);
        if (!set.ok()) {
            return set.error().code == QStringLiteral("not_found") ? invalid(
                       QStringLiteral("default_member_role"), QStringLiteral("no organization role named %1").arg(name))
                                                                   : set;
        }
        auto found = RoleStore::find(db, name, organizationId);
        if (!found.ok() || !found.value()) {
            return found.ok() ? notFound(QStringLiteral("role not found")) : found.error();
        }
        role = found.value()->toJson(std::nullopt);
        if (auto recorded = m_context.audit.record(
                db,
                {RoleScope::eventType(organizationId, QStringLiteral("defaults_updated")),
                 ApiSupport::actor(request),
                 organizationId,
                 QStringLiteral("Role"),
                 found.value()->id,
                 RoleScope::eventData(
                     organizationId,
                     {{QStringLiteral("defaults"), QJsonObject{{QStringLiteral("default_member_role"), name}}}})});
            !recorded.ok()) {
            return recorded;
        }
        if (before.value() == found.value()->id) {
            return {};
        }
        // The organization's directory users without group roles now hold this role: each is told, in this
        // transaction.
        auto onDefault = RoleMapping::usersOnDefault(db, organizationId);
        if (!onDefault.ok()) {
            return onDefault.error();
        }
        return notifyUsers(db, m_context.audit, ApiSupport::actor(request), onDefault.value());
    });
    if (!written.ok()) {
        return RoleScope::failure(written.error(), QStringLiteral("role"));
    }
    return HttpResponse::json({{QStringLiteral("default_member"), role}});
}

} // namespace gatehouse::engine
