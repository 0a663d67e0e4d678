#include "engine/api/RoleStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

namespace gatehouse::engine {

namespace {

// A role's dependents: roles of its organization extending it, or, for an environment role, environment roles and
// organization roles extending it (unless their organization has its own role of that name, which they extend).
const QString kDependents = QStringLiteral(
    "FROM roles d WHERE d.extends_role = r.name AND ((r.organization_id IS NOT NULL AND d.organization_id = "
    "r.organization_id) OR (r.organization_id IS NULL AND (d.organization_id IS NULL OR NOT EXISTS (SELECT 1 FROM "
    "roles o WHERE o.organization_id = d.organization_id AND o.name = r.name))))");

const QString kSelect = QStringLiteral("SELECT r.id, r.name, r.display_name, r.description, r.extends_role, "
                                       "r.default_creator, r.default_member, r.created_at, r.updated_at, "
                                       "(SELECT COUNT(*) %1), r.organization_id FROM roles r ")
                            .arg(kDependents);

// " WHERE <scope>" with its bind values.
QString scope(const QString& organizationId, QVariantList& binds)
{
    if (organizationId.isEmpty()) {
        return QStringLiteral("WHERE r.organization_id IS NULL");
    }
    binds.append(organizationId);
    return QStringLiteral("WHERE r.organization_id = ?");
}

Role fromRow(const QSqlQuery& q)
{
    Role role;
    role.id = q.value(0).toString();
    role.name = q.value(1).toString();
    role.displayName = q.value(2).toString();
    role.description = q.value(3).toString();
    role.extendsRole = q.value(4).toString();
    role.defaultCreator = q.value(5).toInt() != 0;
    role.defaultMember = q.value(6).toInt() != 0;
    role.createdAt = q.value(7).toLongLong();
    role.updatedAt = q.value(8).toLongLong();
    role.dependentRoles = q.value(9).toInt();
    role.organizationId = q.value(10).toString();
    return role;
}

} // namespace

QJsonObject Role::toJson(const std::optional<QJsonArray>& permissions) const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("display_name"), displayName},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("default_creator"), defaultCreator},
                    {QStringLiteral("default_member"), defaultMember},
                    {QStringLiteral("dependent_roles_count"), dependentRoles},
                    {QStringLiteral("is_org_role"), !organizationId.isEmpty()}};
    if (!extendsRole.isEmpty()) {
        out.insert(QStringLiteral("extends"), extendsRole);
    }
    if (permissions) {
        out.insert(QStringLiteral("permissions"), *permissions);
    }
    return out;
}

core::Result<void> RoleStore::insert(const QSqlDatabase& db, const Role& r)
{
    auto done =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO roles (id, seq, organization_id, name, display_name, description, "
                                 "extends_role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {r.id,
                   Timestamps::idNumber(r.id),
                   Sql::text(r.organizationId),
                   r.name,
                   r.displayName,
                   Sql::nonNull(r.description),
                   Sql::text(r.extendsRole),
                   r.createdAt,
                   r.updatedAt});
    if (!done.ok()) {
        return Sql::isUniqueViolation(done.error())
                   ? core::Error{QStringLiteral("already_exists"), QStringLiteral("a role with this name exists"), {}}
                   : done.error();
    }
    return {};
}

core::Result<void> RoleStore::update(const QSqlDatabase& db, const Role& r)
{
    return Sql::execOne(
        db,
        QStringLiteral("UPDATE roles SET display_name = ?, description = ?, extends_role = ?, updated_at = ? "
                       "WHERE id = ?"),
        {r.displayName, Sql::nonNull(r.description), Sql::text(r.extendsRole), r.updatedAt, r.id});
}

core::Result<void> RoleStore::remove(const QSqlDatabase& db, const QString& name, const QString& organizationId)
{
    QVariantList binds;
    const QString where =
        scope(organizationId, binds).replace(QStringLiteral("r.organization_id"), QStringLiteral("organization_id"));
    binds.append(name);
    return Sql::execOne(db, QStringLiteral("DELETE FROM roles %1 AND name = ?").arg(where), binds);
}

core::Result<std::optional<Role>>
RoleStore::find(const QSqlDatabase& db, const QString& name, const QString& organizationId)
{
    QVariantList binds;
    const QString where = scope(organizationId, binds);
    binds.append(name);
    auto q = Sql::exec(db, kSelect + where + QStringLiteral(" AND r.name = ?"), binds);
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? std::optional(fromRow(q.value())) : std::optional<Role>();
}

core::Result<std::optional<Role>>
RoleStore::resolve(const QSqlDatabase& db, const QString& organizationId, const QString& name)
{
    if (!organizationId.isEmpty()) {
        auto own = find(db, name, organizationId);
        if (!own.ok() || own.value()) {
            return own;
        }
    }
    return find(db, name);
}

core::Result<QList<Role>> RoleStore::list(const QSqlDatabase& db, const QString& organizationId)
{
    QVariantList binds;
    auto q = Sql::exec(db, kSelect + scope(organizationId, binds) + QStringLiteral(" ORDER BY r.seq"), binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<Role> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

core::Result<QList<Role>> RoleStore::dependents(const QSqlDatabase& db, const Role& role)
{
    auto ids = Sql::exec(db,
                         QStringLiteral("SELECT d.id FROM roles r, roles d WHERE r.id = ? AND ")
                             + kDependents.mid(kDependents.indexOf(QStringLiteral("d.extends_role")))
                             + QStringLiteral(" ORDER BY d.seq"),
                         {role.id});
    if (!ids.ok()) {
        return ids.error();
    }
    QStringList found;
    while (ids.value().next()) {
        found << ids.value().value(0).toString();
    }
    QList<Role> out;
    for (const QString& id : std::as_const(found)) {
        auto q = Sql::exec(db, kSelect + QStringLiteral("WHERE r.id = ?"), {id});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            out.append(fromRow(q.value()));
        }
    }
    return out;
}

core::Result<bool> RoleStore::nameUsed(const QSqlDatabase& db, const QString& name, bool organizationRoles)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT COUNT(*) FROM roles WHERE name = ? AND organization_id IS %1 NULL")
                           .arg(organizationRoles ? QStringLiteral("NOT") : QString()),
                       {name});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() && q.value().value(0).toLongLong() > 0;
}

core::Result<void>
RoleStore::setPermissions(const QSqlDatabase& db, const QString& roleId, const QStringList& permissionIds)
{
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId});
        !cleared.ok()) {
        return cleared.error();
    }
    for (const QString& permissionId : permissionIds) {
        auto added = Sql::exec(db,
                               QStringLiteral("INSERT INTO role_permissions (role_id, permission_id) VALUES (?, ?)"),
                               {roleId, permissionId});
        if (!added.ok()) {
            return added.error();
        }
    }
    return {};
}

core::Result<void>
RoleStore::setDefault(const QSqlDatabase& db, const QString& column, const QString& name, const QString& organizationId)
{
    const QString field = column == QStringLiteral("default_creator") ? QStringLiteral("default_creator")
                                                                      : QStringLiteral("default_member");
    QVariantList binds;
    const QString where =
        scope(organizationId, binds).replace(QStringLiteral("r.organization_id"), QStringLiteral("organization_id"));
    auto cleared = Sql::exec(db, QStringLiteral("UPDATE roles SET %1 = 0 %2").arg(field, where), binds);
    if (!cleared.ok()) {
        return cleared.error();
    }
    binds.append(name);
    return Sql::execOne(db, QStringLiteral("UPDATE roles SET %1 = 1 %2 AND name = ?").arg(field, where), binds);
}

} // namespace gatehouse::engine
