#include "engine/api/RoleStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

namespace gatehouse::engine {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.name, r.display_name, r.description, r.extends_role, r.default_creator, r.default_member, "
    "r.created_at, r.updated_at, (SELECT COUNT(*) FROM roles d WHERE d.organization_id IS NULL AND d.extends_role = "
    "r.name) "
    "FROM roles r WHERE r.organization_id IS NULL");

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
                    {QStringLiteral("is_org_role"), false}};
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
    auto done = Sql::exec(db,
                          QStringLiteral("INSERT INTO roles (id, seq, name, display_name, description, extends_role, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {r.id,
                           Timestamps::idNumber(r.id),
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

core::Result<void> RoleStore::remove(const QSqlDatabase& db, const QString& name)
{
    return Sql::execOne(db, QStringLiteral("DELETE FROM roles WHERE organization_id IS NULL AND name = ?"), {name});
}

core::Result<std::optional<Role>> RoleStore::find(const QSqlDatabase& db, const QString& name)
{
    auto q = Sql::exec(db, kSelect + QStringLiteral(" AND r.name = ?"), {name});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? std::optional(fromRow(q.value())) : std::optional<Role>();
}

core::Result<QList<Role>> RoleStore::list(const QSqlDatabase& db)
{
    auto q = Sql::exec(db, kSelect + QStringLiteral(" ORDER BY r.seq"));
    if (!q.ok()) {
        return q.error();
    }
    QList<Role> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
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

core::Result<void> RoleStore::setDefault(const QSqlDatabase& db, const QString& column, const QString& name)
{
    const QString field = column == QStringLiteral("default_creator") ? QStringLiteral("default_creator")
                                                                      : QStringLiteral("default_member");
    auto cleared = Sql::exec(db, QStringLiteral("UPDATE roles SET %1 = 0 WHERE organization_id IS NULL").arg(field));
    if (!cleared.ok()) {
        return cleared.error();
    }
    return Sql::execOne(
        db, QStringLiteral("UPDATE roles SET %1 = 1 WHERE organization_id IS NULL AND name = ?").arg(field), {name});
}

} // namespace gatehouse::engine
