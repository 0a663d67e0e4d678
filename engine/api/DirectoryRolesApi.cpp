#include "engine/api/DirectoryRolesApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/DirectoryStore.h"
#include "engine/api/DirectoryUsersApi.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/RoleMapping.h"
#include "engine/api/RoleStore.h"
#include "engine/api/Timestamps.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/scim/ScimStore.h"
#include "engine/storage/Database.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

using scim::ResourceKind;
using scim::ScimStore;

namespace {

struct Wanted
{
    QString field; // "role_assignments.assignments[i]"
    QString groupId;
    QString roleName;
    QString roleId; // optional, must then match
};

bool isRoleName(const QString& name)
{
    static const QRegularExpression pattern(u"^[a-zA-Z0-9_]{1,64}$"_s);
    return pattern.match(name).hasMatch();
}

std::optional<QList<Wanted>> readAssignments(const QJsonObject& body, QList<FieldViolation>& violations)
{
    JsonInput in(body, QString(), &violations);
    QList<Wanted> out;
    if (const auto outer = in.object(u"role_assignments"_s, true)) {
        JsonInput assignments(*outer, u"role_assignments"_s, &violations);
        const auto list = assignments.array(u"assignments"_s);
        if (list && list->size() > DirectoryRolesApi::kMaxAssignments) {
            assignments.violation(u"assignments"_s,
                                  u"at most %1 assignments"_s.arg(DirectoryRolesApi::kMaxAssignments));
        }
        QSet<QString> seen;
        for (qsizetype i = 0; list && i < list->size() && i < DirectoryRolesApi::kMaxAssignments; ++i) {
            const QString path = u"role_assignments.assignments[%1]"_s.arg(i);
            if (!list->at(i).isObject()) {
                violations.append({path, u"must be an object"_s});
                continue;
            }
            JsonInput item(list->at(i).toObject(), path, &violations);
            Wanted w{path,
                     item.string(u"group_id"_s, {1, 32}, true).value_or(QString()),
                     item.string(u"role_name"_s, {1, 100}, true).value_or(QString()),
                     item.string(u"role_id"_s, {0, 32}).value_or(QString())};
            item.rejectUnknown();
            if (!w.groupId.isEmpty() && !core::IdGenerator::isValid(w.groupId, u"dirgroup")) {
                item.violation(u"group_id"_s, u"must be a directory group id (dirgroup_…)"_s);
            }
            if (!w.roleName.isEmpty() && !isRoleName(w.roleName)) {
                item.violation(u"role_name"_s, u"must match ^[a-zA-Z0-9_]{1,64}$"_s);
            }
            const QString key = w.groupId + u'\n' + w.roleName;
            if (!w.groupId.isEmpty() && !w.roleName.isEmpty() && seen.contains(key)) {
                item.violation(u"role_name"_s, u"this group is already mapped to this role"_s);
            }
            seen.insert(key);
            out.append(w);
        }
        assignments.rejectUnknown();
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return std::nullopt;
    }
    return out;
}

core::Error notFound()
{
    return core::Error{u"not_found"_s, {}, {}};
}

} // namespace

DirectoryRolesApi::DirectoryRolesApi(EngineContext& context)
    : m_context(context)
{}

void DirectoryRolesApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (DirectoryRolesApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, u"directories:read"_s};
    const Router::RouteOptions write{true, u"directories:write"_s};
    const QString base = u"/api/v1/organizations/{organization_id}/directories"_s;
    router.add("PUT", base + u"/{id}/groups/-/roles:assign"_s, bind(&DirectoryRolesApi::assign), write);
    router.add("GET", base + u"/{directory_id}/users/{user_id}/roles"_s, bind(&DirectoryRolesApi::userRoles), read);
    router.add("GET", base + u"/{directory_id}/users/{user_id}"_s, bind(&DirectoryRolesApi::user), read);
    router.add("GET", base + u"/{directory_id}/groups/{group_id}"_s, bind(&DirectoryRolesApi::group), read);
}

std::optional<HttpResponse> DirectoryRolesApi::readIds(const HttpRequest& request,
                                                       const QString& directoryParam,
                                                       const QString& objectPrefix,
                                                       Ids& ids) const
{
    ids.organizationId = request.pathParam(u"organization_id"_s);
    ids.directoryId = request.pathParam(directoryParam);
    if (auto bad = OrganizationsApi::checkOrganizationId(ids.organizationId)) {
        return bad;
    }
    QList<FieldViolation> violations;
    if (ids.directoryId.size() > 32 || !core::IdGenerator::isValid(ids.directoryId, u"dir")) {
        violations.append({directoryParam, u"must be a directory id (dir_…)"_s});
    }
    if (!objectPrefix.isEmpty()) {
        const QString param = objectPrefix == u"diruser"_s ? u"user_id"_s : u"group_id"_s;
        ids.objectId = request.pathParam(param);
        if (ids.objectId.size() > 40 || !core::IdGenerator::isValid(ids.objectId, objectPrefix)) {
            violations.append({param, u"must be a %1 id (%1_…)"_s.arg(objectPrefix)});
        }
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(u"invalid request"_s, violations);
    }
    return std::nullopt;
}

HttpResponse DirectoryRolesApi::assign(HttpRequest& request)
{
    Ids ids;
    if (auto bad = readIds(request, u"id"_s, QString(), ids)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    const auto wanted = readAssignments(body, violations);
    if (!wanted) {
        return ApiError::invalidArgument(u"invalid role assignments"_s, violations);
    }
    QJsonObject result;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = DirectoryStore::find(db, ids.organizationId, ids.directoryId);
        if (!directory.ok() || !directory.value()) {
            return directory.ok() ? core::Result<void>(notFound()) : core::Result<void>(directory.error());
        }
        QStringList groupIds;
        for (const Wanted& w : *wanted) {
            groupIds << w.groupId;
        }
        auto known = ScimStore::existing(db, ids.directoryId, groupIds);
        if (!known.ok()) {
            return known.error();
        }
        QList<QPair<QString, QString>> pairs;
        for (const Wanted& w : *wanted) {
            if (known.value().value(w.groupId) != u"Group"_s) {
                violations.append({w.field + u".group_id"_s, u"no group %1 in this directory"_s.arg(w.groupId)});
            }
            auto role = RoleStore::resolve(db, ids.organizationId, w.roleName); // its own roles too
            if (!role.ok()) {
                return role.error();
            }
            if (!role.value()) {
                violations.append({w.field + u".role_name"_s, u"no role named %1"_s.arg(w.roleName)});
                continue;
            }
            if (!w.roleId.isEmpty() && w.roleId != role.value()->id) {
                violations.append({w.field + u".role_id"_s, u"is not the id of role %1"_s.arg(w.roleName)});
            }
            pairs.append({w.groupId, role.value()->id});
        }
        if (!violations.isEmpty()) {
            return core::Error{u"invalid_body"_s, {}, {}};
        }
        auto before = RoleMapping::assignments(db, ids.directoryId);
        if (!before.ok()) {
            return before.error();
        }
        QStringList affected = groupIds;
        for (const RoleMapping::Assignment& a : std::as_const(before.value())) {
            affected << a.groupId;
        }
        const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
        if (auto replaced = RoleMapping::replaceAssignments(db, ids.directoryId, pairs, m_context.ids, now);
            !replaced.ok()) {
            return replaced;
        }
        auto users = RoleMapping::usersOfGroups(db, affected);
        if (!users.ok()) {
            return users.error();
        }
        auto changed = RoleMapping::recompute(db, ids.directoryId, users.value());
        if (!changed.ok()) {
            return changed.error();
        }
        auto after = RoleMapping::assignments(db, ids.directoryId);
        if (!after.ok()) {
            return after.error();
        }
        result = RoleMapping::assignmentsJson(after.value());
        if (auto recorded = m_context.audit.record(db,
                                                   {u"organization.directory_updated"_s,
                                                    ApiSupport::actor(request),
                                                    ids.organizationId,
                                                    u"Directory"_s,
                                                    ids.directoryId,
                                                    {{u"fields"_s, QJsonArray{u"role_assignments"_s}},
                                                     {u"role_assignments"_s, result},
                                                     {u"users_changed"_s, changed.value().size()}}});
            !recorded.ok()) {
            return recorded;
        }
        return RoleMapping::notify(db, m_context.audit, ApiSupport::actor(request), ids.directoryId, changed.value());
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(u"invalid role assignments"_s, violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), u"directory"_s);
    }
    return HttpResponse::json({{u"role_assignments"_s, result}});
}

HttpResponse DirectoryRolesApi::user(HttpRequest& request)
{
    Ids ids;
    if (auto bad = readIds(request, u"directory_id"_s, u"diruser"_s, ids)) {
        return std::move(*bad);
    }
    QJsonObject item;
    QString missing = u"directory"_s;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = DirectoryStore::find(db, ids.organizationId, ids.directoryId);
        if (!directory.ok() || !directory.value()) {
            return directory.ok() ? core::Result<void>(notFound()) : core::Result<void>(directory.error());
        }
        missing = u"directory user"_s;
        auto record = ScimStore::find(db, ResourceKind::User, ids.directoryId, ids.objectId);
        if (!record.ok() || !record.value()) {
            return record.ok() ? core::Result<void>(notFound()) : core::Result<void>(record.error());
        }
        auto groups = ScimStore::groupsOf(db, {ids.objectId});
        auto roles = RoleMapping::roleNames(db, {ids.objectId});
        if (!groups.ok() || !roles.ok()) {
            return !groups.ok() ? groups.error() : roles.error();
        }
        item = DirectoryUsersApi::userItem(*record.value(),
                                           groups.value().value(ids.objectId),
                                           directory.value()->mappings,
                                           roles.value().value(ids.objectId),
                                           true);
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), missing);
    }
    return HttpResponse::json({{u"user"_s, item}});
}

HttpResponse DirectoryRolesApi::userRoles(HttpRequest& request)
{
    Ids ids;
    if (auto bad = readIds(request, u"directory_id"_s, u"diruser"_s, ids)) {
        return std::move(*bad);
    }
    QJsonArray roles;
    QString missing = u"directory"_s;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = DirectoryStore::find(db, ids.organizationId, ids.directoryId);
        if (!directory.ok() || !directory.value()) {
            return directory.ok() ? core::Result<void>(notFound()) : core::Result<void>(directory.error());
        }
        missing = u"directory user"_s;
        auto record = ScimStore::find(db, ResourceKind::User, ids.directoryId, ids.objectId);
        if (!record.ok() || !record.value()) {
            return record.ok() ? core::Result<void>(notFound()) : core::Result<void>(record.error());
        }
        auto explained = RoleMapping::explain(db, ids.objectId);
        if (!explained.ok()) {
            return explained.error();
        }
        for (const RoleMapping::UserRole& r : std::as_const(explained.value())) {
            QJsonArray groups;
            for (const auto& [id, name] : r.groups) {
                groups.append(QJsonObject{{u"id"_s, id}, {u"display_name"_s, name}});
            }
            roles.append(QJsonObject{{u"role_name"_s, r.role.name},
                                     {u"display_name"_s, r.role.displayName},
                                     {u"source"_s, r.source},
                                     {u"groups"_s, groups}});
        }
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), missing);
    }
    return HttpResponse::json({{u"roles"_s, roles}});
}

HttpResponse DirectoryRolesApi::group(HttpRequest& request)
{
    Ids ids;
    if (auto bad = readIds(request, u"directory_id"_s, u"dirgroup"_s, ids)) {
        return std::move(*bad);
    }
    QJsonObject item;
    QString missing = u"directory"_s;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = DirectoryStore::find(db, ids.organizationId, ids.directoryId);
        if (!directory.ok() || !directory.value()) {
            return directory.ok() ? core::Result<void>(notFound()) : core::Result<void>(directory.error());
        }
        missing = u"directory group"_s;
        auto record = ScimStore::find(db, ResourceKind::Group, ids.directoryId, ids.objectId);
        if (!record.ok() || !record.value()) {
            return record.ok() ? core::Result<void>(notFound()) : core::Result<void>(record.error());
        }
        auto counts = ScimStore::memberCounts(db, {ids.objectId});
        auto mapping = RoleMapping::assignments(db, ids.directoryId);
        if (!counts.ok() || !mapping.ok()) {
            return !counts.ok() ? counts.error() : mapping.error();
        }
        const qint64 total = counts.value().value(ids.objectId);
        const scim::ScimRecord& r = *record.value();
        item = {{u"id"_s, r.id},
                {u"display_name"_s, r.resource.value(u"displayName"_s)},
                {u"total_users"_s, total},
                {u"updated_at"_s, Timestamps::rfc3339(r.updatedAt)},
                {u"roles"_s, DirectoryUsersApi::groupRoles(mapping.value(), r.id)},
                {u"group_detail"_s, scim::ScimRepresentation::directoryGroup(r, total)}};
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), missing);
    }
    return HttpResponse::json({{u"group"_s, item}});
}

} // namespace gatehouse::engine
