#include "engine/api/RoleMapping.h"

#include "engine/api/AuditLog.h"
#include "engine/api/GroupRoleRules.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>
#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

using scim::MemberRef;
using scim::ResourceKind;
using scim::ScimRecord;
using scim::ScimStore;

namespace {

constexpr qsizetype kChunk = 400;

core::Result<void> eachChunk(const QSqlDatabase& db,
                             const QString& sql,
                             const QStringList& ids,
                             const std::function<void(const QSqlQuery&)>& row)
{
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks;
        QVariantList binds;
        for (const QString& id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        auto q = Sql::exec(db, sql.arg(marks.join(u", "_s)), binds);
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            row(q.value());
        }
    }
    return {};
}

QString jsonText(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        out << v.toString();
    }
    return out;
}

// user id → role id → granting group ids, as stored.
using Stored = QHash<QString, QHash<QString, QStringList>>;

core::Result<Stored> stored(const QSqlDatabase& db, const QStringList& userIds)
{
    Stored out;
    auto done =
        eachChunk(db,
                  u"SELECT user_id, role_id, group_ids FROM directory_user_roles WHERE user_id IN (%1)"_s,
                  userIds,
                  [&](const QSqlQuery& q) {
                      out[q.value(0).toString()].insert(q.value(1).toString(), listFromJson(q.value(2).toString()));
                  });
    if (!done.ok()) {
        return done.error();
    }
    return out;
}

// Directory users without group roles (they hold a default role), as "u".
const QString kOnDefault = u"NOT EXISTS (SELECT 1 FROM directory_user_roles ur WHERE ur.user_id = u.id)"_s;
// ... whose organization has no default member role of its own (they hold the environment's).
const QString kOnEnvironmentDefault =
    u" AND NOT EXISTS (SELECT 1 FROM directories dd JOIN roles dr ON dr.organization_id = dd.organization_id "
    u"AND dr.default_member = 1 WHERE dd.id = u.directory_id)"_s;

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

// Nested groups: group id → the groups it is a member of, for the groups and their ancestors (read level by
// level through the member_id index: one query per level, usually one returning nothing).
core::Result<QHash<QString, QStringList>> groupParents(const QSqlDatabase& db, const QStringList& groups)
{
    QHash<QString, QStringList> out;
    QSet<QString> seen = toSet(groups);
    QStringList frontier = groups;
    while (!frontier.isEmpty()) {
        QStringList next;
        auto done = eachChunk(db,
                              u"SELECT member_id, group_id FROM directory_group_members WHERE member_type = 'Group' "
                              u"AND member_id IN (%1) ORDER BY seq"_s,
                              frontier,
                              [&](const QSqlQuery& q) {
                                  const QString parent = q.value(1).toString();
                                  out[q.value(0).toString()] << parent;
                                  if (!seen.contains(parent)) {
                                      seen.insert(parent);
                                      next << parent;
                                  }
                              });
        if (!done.ok()) {
            return done.error();
        }
        frontier = next;
    }
    return out;
}

// The groups and every group that contains one of them, at any depth (cycles are harmless).
QStringList withAncestors(const QStringList& groups, const QHash<QString, QStringList>& parents)
{
    QStringList out = groups;
    QSet<QString> seen = toSet(groups);
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const QString& parent : parents.value(out[i])) {
            if (!seen.contains(parent)) {
                seen.insert(parent);
                out << parent;
            }
        }
    }
    return out;
}

} // namespace

core::Result<QList<RoleMapping::Assignment>> RoleMapping::assignments(const QSqlDatabase& db,
                                                                      const QString& directoryId)
{
    auto q = Sql::exec(db,
                       u"SELECT a.group_id, g.display_name, r.id, r.name, r.display_name FROM "
                       u"directory_role_assignments a JOIN directory_groups g ON g.id = a.group_id JOIN roles r ON "
                       u"r.id = a.role_id WHERE a.directory_id = ? ORDER BY a.seq"_s,
                       {directoryId});
    if (!q.ok()) {
        return q.error();
    }
    QList<Assignment> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(),
                    r.value(1).toString(),
                    {r.value(2).toString(), r.value(3).toString(), r.value(4).toString()}});
    }
    return out;
}

QJsonObject RoleMapping::assignmentsJson(const QList<Assignment>& assignments)
{
    QJsonArray items;
    for (const Assignment& a : assignments) {
        items.append(QJsonObject{{u"group_id"_s, a.groupId}, {u"role_name"_s, a.role.name}, {u"role_id"_s, a.role.id}});
    }
    return {{u"assignments"_s, items}};
}

core::Result<void> RoleMapping::replaceAssignments(const QSqlDatabase& db,
                                                   const QString& directoryId,
                                                   const QList<QPair<QString, QString>>& pairs,
                                                   core::IdGenerator& ids,
                                                   qint64 nowMs)
{
    auto cleared = Sql::exec(db, u"DELETE FROM directory_role_assignments WHERE directory_id = ?"_s, {directoryId});
    if (!cleared.ok()) {
        return cleared.error();
    }
    for (const auto& [groupId, roleId] : pairs) {
        auto added = Sql::exec(db,
                               u"INSERT INTO directory_role_assignments (directory_id, group_id, role_id, seq, "
                               u"created_at) VALUES (?, ?, ?, ?, ?)"_s,
                               {directoryId, groupId, roleId, static_cast<qint64>(ids.nextNumber()), nowMs});
        if (!added.ok()) {
            return added.error();
        }
    }
    return {};
}

core::Result<QStringList>
RoleMapping::recompute(const QSqlDatabase& db, const QString& directoryId, const QStringList& userIds)
{
    QStringList users;
    QStringList memberGroups; // a group joined or left a group: its members at any depth are affected
    for (const QString& id : userIds) {
        if (id.startsWith(u"diruser_"_s) && !users.contains(id)) {
            users << id;
        } else if (id.startsWith(u"dirgroup_"_s)) {
            memberGroups << id;
        }
    }
    if (!memberGroups.isEmpty()) {
        auto nested = usersOfGroups(db, memberGroups);
        if (!nested.ok()) {
            return nested.error();
        }
        QSet<QString> listed = toSet(users);
        for (const QString& id : std::as_const(nested.value())) {
            if (!listed.contains(id)) {
                listed.insert(id);
                users << id;
            }
        }
    }
    if (users.isEmpty()) {
        return QStringList();
    }
    auto mapping = assignments(db, directoryId);
    if (!mapping.ok()) {
        return mapping.error();
    }
    if (mapping.value().isEmpty()) {
        // No group of the directory grants a role: every user's group roles are none. Only users that still
        // have stored group roles change (usually none: their memberships, groups and parents need no read).
        auto held = stored(db, users);
        if (!held.ok()) {
            return held.error();
        }
        QStringList holding;
        for (const QString& user : std::as_const(users)) {
            if (!held.value().value(user).isEmpty()) {
                holding << user;
            }
        }
        users = holding;
        if (users.isEmpty()) {
            return QStringList();
        }
    }
    auto fallback = defaultRoleFor(db, directoryId);
    auto groups = ScimStore::groupsOf(db, users);
    auto before = stored(db, users);
    QStringList directGroups;
    if (groups.ok()) {
        QSet<QString> seenGroups;
        for (const QList<MemberRef>& refs : std::as_const(groups.value())) {
            for (const MemberRef& g : refs) {
                if (!seenGroups.contains(g.id)) {
                    seenGroups.insert(g.id);
                    directGroups << g.id;
                }
            }
        }
    }
    auto parents = groupParents(db, directGroups);
    if (!mapping.ok() || !fallback.ok() || !groups.ok() || !before.ok() || !parents.ok()) {
        return !mapping.ok()    ? mapping.error()
               : !fallback.ok() ? fallback.error()
               : !groups.ok()   ? groups.error()
               : !before.ok()   ? before.error()
                                : parents.error();
    }
    QList<QPair<QString, QString>> pairs;
    for (const Assignment& a : std::as_const(mapping.value())) {
        pairs.append({a.groupId, a.role.id});
    }
    const QString defaultId = fallback.value() ? fallback.value()->id : QString();
    QStringList changed;
    for (const QString& user : std::as_const(users)) {
        QStringList groupIds;
        for (const MemberRef& g : groups.value().value(user)) {
            groupIds << g.id;
        }
        // A member of a group that is itself a member of a mapped group holds that group's roles too.
        groupIds = withAncestors(groupIds, parents.value());
        const QList<GroupRoleRules::Granted> granted = GroupRoleRules::fromGroups(groupIds, pairs);
        const QHash<QString, QStringList> old = before.value().value(user);
        QHash<QString, QStringList> now;
        for (const GroupRoleRules::Granted& g : granted) {
            now.insert(g.roleId, g.groupIds);
        }
        if (now == old) {
            continue;
        }
        const QStringList oldEffective = old.isEmpty() && !defaultId.isEmpty() ? QStringList{defaultId} : old.keys();
        if (toSet(oldEffective) != toSet(GroupRoleRules::effective(granted, defaultId))) {
            changed << user;
        }
        if (auto gone = Sql::exec(db, u"DELETE FROM directory_user_roles WHERE user_id = ?"_s, {user}); !gone.ok()) {
            return gone.error();
        }
        for (const GroupRoleRules::Granted& g : granted) {
            auto added = Sql::exec(db,
                                   u"INSERT INTO directory_user_roles (user_id, role_id, directory_id, group_ids) "
                                   u"VALUES (?, ?, ?, ?)"_s,
                                   {user, g.roleId, directoryId, jsonText(g.groupIds)});
            if (!added.ok()) {
                return added.error();
            }
        }
    }
    return changed;
}

core::Result<QStringList> RoleMapping::usersOfGroups(const QSqlDatabase& db, const QStringList& groupIds)
{
    QStringList out;
    QSet<QString> seen;
    QSet<QString> seenGroups = toSet(groupIds);
    QStringList frontier = groupIds;
    while (!frontier.isEmpty()) { // member groups, level by level (cycles end: a group is visited once)
        QStringList next;
        auto done = eachChunk(db,
                              u"SELECT member_id, member_type FROM directory_group_members WHERE group_id IN (%1) "
                              u"ORDER BY seq"_s,
                              frontier,
                              [&](const QSqlQuery& q) {
                                  const QString id = q.value(0).toString();
                                  if (q.value(1).toString() == u"Group"_s) {
                                      if (!seenGroups.contains(id)) {
                                          seenGroups.insert(id);
                                          next << id;
                                      }
                                  } else if (!seen.contains(id)) {
                                      seen.insert(id);
                                      out << id;
                                  }
                              });
        if (!done.ok()) {
            return done.error();
        }
        frontier = next;
    }
    return out;
}

core::Result<QList<QPair<QString, QString>>> RoleMapping::holdersOf(const QSqlDatabase& db, const QString& roleId)
{
    auto q = Sql::exec(db, u"SELECT user_id, directory_id FROM directory_user_roles WHERE role_id = ?"_s, {roleId});
    if (!q.ok()) {
        return q.error();
    }
    QList<QPair<QString, QString>> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    return out;
}

core::Result<std::optional<RoleMapping::RoleInfo>> RoleMapping::defaultRole(const QSqlDatabase& db)
{
    auto q = Sql::execPrepared(db,
                               u"SELECT id, name, display_name FROM roles WHERE organization_id IS NULL ORDER BY "
                               u"default_member DESC, seq LIMIT 1"_s);
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<RoleInfo>();
    }
    return std::optional(
        RoleInfo{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()});
}

core::Result<std::optional<RoleMapping::RoleInfo>> RoleMapping::defaultRoleFor(const QSqlDatabase& db,
                                                                               const QString& directoryId)
{
    auto q = Sql::exec(db,
                       u"SELECT r.id, r.name, r.display_name FROM directories d JOIN roles r ON r.organization_id = "
                       u"d.organization_id WHERE d.id = ? AND r.default_member = 1 ORDER BY r.seq LIMIT 1"_s,
                       {directoryId});
    if (!q.ok()) {
        return q.error();
    }
    if (q.value().next()) {
        return std::optional(
            RoleInfo{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()});
    }
    return defaultRole(db);
}

core::Result<qint64>
RoleMapping::holderCount(const QSqlDatabase& db, const QString& roleId, const QString& organizationId)
{
    const auto inOrganization = [&](const QString& alias) {
        return organizationId.isEmpty()
                   ? QString()
                   : u" JOIN directories d ON d.id = "_s + alias + u".directory_id AND d.organization_id = ?"_s;
    };
    QVariantList binds;
    if (!organizationId.isEmpty()) {
        binds << organizationId;
    }
    auto grouped =
        Sql::exec(db,
                  u"SELECT COUNT(DISTINCT ur.user_id) FROM directory_user_roles ur%1 WHERE ur.role_id = ?"_s.arg(
                      inOrganization(u"ur"_s)),
                  binds + QVariantList{roleId});
    if (!grouped.ok()) {
        return grouped.error();
    }
    qint64 count = grouped.value().next() ? grouped.value().value(0).toLongLong() : 0;
    grouped.value().finish();
    // Users on a default role: the environment's (where their organization has none of its own), or their
    // organization's own.
    auto role = Sql::exec(db, u"SELECT organization_id, default_member FROM roles WHERE id = ?"_s, {roleId});
    if (!role.ok()) {
        return role.error();
    }
    const bool found = role.value().next();
    const QString roleOrganization = found ? role.value().value(0).toString() : QString();
    const bool organizationDefault = found && role.value().value(1).toInt() != 0;
    role.value().finish(); // before the next statement (PostgreSQL)
    QString condition;
    QVariantList defaultBinds = binds;
    if (!roleOrganization.isEmpty()) {
        if (!organizationDefault) {
            return count;
        }
        condition = u" AND u.directory_id IN (SELECT id FROM directories WHERE organization_id = ?)"_s;
        defaultBinds << roleOrganization;
    } else {
        auto fallback = defaultRole(db);
        if (!fallback.ok()) {
            return fallback.error();
        }
        if (!fallback.value() || fallback.value()->id != roleId) {
            return count;
        }
        condition = kOnEnvironmentDefault;
    }
    auto onDefault = Sql::exec(
        db,
        u"SELECT COUNT(*) FROM directory_users u%1 WHERE %2%3"_s.arg(inOrganization(u"u"_s), kOnDefault, condition),
        defaultBinds);
    if (!onDefault.ok()) {
        return onDefault.error();
    }
    count += onDefault.value().next() ? onDefault.value().value(0).toLongLong() : 0;
    return count;
}

core::Result<QList<QPair<QString, QString>>> RoleMapping::usersOnDefault(const QSqlDatabase& db,
                                                                         const QString& organizationId)
{
    auto q = organizationId.isEmpty()
                 ? Sql::exec(db,
                             u"SELECT u.id, u.directory_id FROM directory_users u WHERE %1%2 ORDER BY u.seq"_s.arg(
                                 kOnDefault, kOnEnvironmentDefault))
                 : Sql::exec(db,
                             u"SELECT u.id, u.directory_id FROM directory_users u JOIN directories d ON d.id = "
                             u"u.directory_id WHERE d.organization_id = ? AND %1 ORDER BY u.seq"_s.arg(kOnDefault),
                             {organizationId});
    if (!q.ok()) {
        return q.error();
    }
    QList<QPair<QString, QString>> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    return out;
}

core::Result<QHash<QString, QStringList>> RoleMapping::roleNames(const QSqlDatabase& db, const QStringList& userIds)
{
    QHash<QString, QStringList> out;
    auto done = eachChunk(db,
                          u"SELECT ur.user_id, r.name FROM directory_user_roles ur JOIN roles r ON r.id = ur.role_id "
                          u"WHERE ur.user_id IN (%1) ORDER BY r.seq"_s,
                          userIds,
                          [&](const QSqlQuery& q) { out[q.value(0).toString()] << q.value(1).toString(); });
    if (!done.ok()) {
        return done.error();
    }
    QStringList onDefault;
    for (const QString& id : userIds) {
        if (!out.contains(id)) {
            onDefault << id;
        }
    }
    QHash<QString, QString> directoryOf;
    done = eachChunk(db,
                     u"SELECT id, directory_id FROM directory_users WHERE id IN (%1)"_s,
                     onDefault,
                     [&](const QSqlQuery& q) { directoryOf.insert(q.value(0).toString(), q.value(1).toString()); });
    if (!done.ok()) {
        return done.error();
    }
    QHash<QString, QStringList> defaults; // directory id → its users' default role
    for (const QString& id : std::as_const(onDefault)) {
        const QString directory = directoryOf.value(id);
        if (!defaults.contains(directory)) {
            auto fallback = defaultRoleFor(db, directory);
            if (!fallback.ok()) {
                return fallback.error();
            }
            defaults.insert(directory, fallback.value() ? QStringList{fallback.value()->name} : QStringList());
        }
        out.insert(id, defaults.value(directory));
    }
    return out;
}

QJsonArray RoleMapping::roleNamesJson(const QStringList& names)
{
    QJsonArray out;
    for (const QString& name : names) {
        out.append(QJsonObject{{u"role_name"_s, name}});
    }
    return out;
}

core::Result<QList<RoleMapping::UserRole>> RoleMapping::explain(const QSqlDatabase& db, const QString& userId)
{
    auto q = Sql::exec(db,
                       u"SELECT r.id, r.name, r.display_name, ur.group_ids FROM directory_user_roles ur JOIN roles r "
                       u"ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.seq"_s,
                       {userId});
    if (!q.ok()) {
        return q.error();
    }
    QList<UserRole> out;
    QHash<QString, QStringList> granting;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({{r.value(0).toString(), r.value(1).toString(), r.value(2).toString()}, u"GROUP"_s, {}});
        granting.insert(r.value(0).toString(), listFromJson(r.value(3).toString()));
    }
    if (out.isEmpty()) {
        auto directory = Sql::exec(db, u"SELECT directory_id FROM directory_users WHERE id = ?"_s, {userId});
        if (!directory.ok()) {
            return directory.error();
        }
        const QString directoryId = directory.value().next() ? directory.value().value(0).toString() : QString();
        auto fallback = defaultRoleFor(db, directoryId);
        if (!fallback.ok()) {
            return fallback.error();
        }
        if (fallback.value()) {
            out.append({*fallback.value(), u"DEFAULT"_s, {}});
        }
        return out;
    }
    QStringList granters; // direct groups or, for nested groups, groups containing them
    for (const QStringList& ids : std::as_const(granting)) {
        granters << ids;
    }
    QHash<QString, QString> names;
    auto done = eachChunk(db,
                          u"SELECT id, display_name FROM directory_groups WHERE id IN (%1)"_s,
                          granters,
                          [&](const QSqlQuery& q) { names.insert(q.value(0).toString(), q.value(1).toString()); });
    if (!done.ok()) {
        return done.error();
    }
    for (UserRole& role : out) {
        for (const QString& id : granting.value(role.role.id)) {
            role.groups.append({id, names.value(id)});
        }
    }
    return out;
}

core::Result<QJsonObject>
RoleMapping::userPayload(const QSqlDatabase& db, const ScimRecord& record, const QJsonArray& attributeMappings)
{
    auto groups = ScimStore::groupsOf(db, {record.id});
    auto names = roleNames(db, {record.id});
    if (!groups.ok() || !names.ok()) {
        return !groups.ok() ? groups.error() : names.error();
    }
    QJsonObject data =
        scim::ScimRepresentation::directoryUser(record, groups.value().value(record.id), attributeMappings);
    data.insert(u"roles"_s, roleNamesJson(names.value().value(record.id)));
    return data;
}

core::Result<QJsonObject>
RoleMapping::ungroupedUserPayload(const QSqlDatabase& db, const QString& directoryId, QJsonObject representation)
{
    auto fallback = defaultRoleFor(db, directoryId);
    if (!fallback.ok()) {
        return fallback.error();
    }
    representation.insert(u"roles"_s,
                          roleNamesJson(fallback.value() ? QStringList{fallback.value()->name} : QStringList()));
    return representation;
}

core::Result<void> RoleMapping::notify(const QSqlDatabase& db,
                                       AuditLog& audit,
                                       const QString& actor,
                                       const QString& directoryId,
                                       const QStringList& userIds)
{
    if (userIds.isEmpty()) {
        return {};
    }
    auto q = Sql::exec(db, u"SELECT organization_id, mappings FROM directories WHERE id = ?"_s, {directoryId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return core::Error{u"not_found"_s, {}, {}};
    }
    const QString orgId = q.value().value(0).toString();
    const QJsonArray mappings = QJsonDocument::fromJson(q.value().value(1).toByteArray()).array();
    q.value().finish(); // PostgreSQL: no other query while one is still being read
    for (const QString& id : userIds) {
        auto record = ScimStore::find(db, ResourceKind::User, directoryId, id);
        if (!record.ok()) {
            return record.error();
        }
        if (!record.value()) {
            continue;
        }
        auto data = userPayload(db, *record.value(), mappings);
        if (!data.ok()) {
            return data.error();
        }
        auto recorded = audit.record(
            db, {u"organization.directory.user_updated"_s, actor, orgId, u"DirectoryUser"_s, id, data.value()});
        if (!recorded.ok()) {
            return recorded;
        }
    }
    return {};
}

} // namespace gatehouse::engine
