#include "engine/api/PermissionStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

namespace gatehouse::engine {

namespace {

const QString kColumns = QStringLiteral("p.id, p.name, p.description, p.created_at, p.updated_at, p.seq");

Permission fromRow(const QSqlQuery& q)
{
    return Permission{q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toLongLong(),
                      q.value(4).toLongLong()};
}

core::Result<QList<Permission>> collect(core::Result<SqlQuery> q)
{
    if (!q.ok()) {
        return q.error();
    }
    QList<Permission> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

} // namespace

QJsonObject Permission::toJson(const QString& roleName) const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("update_time"), Timestamps::rfc3339(updatedAt)}};
    if (!roleName.isEmpty()) {
        out.insert(QStringLiteral("role_name"), roleName);
    }
    return out;
}

core::Result<void> PermissionStore::insert(const QSqlDatabase& db, const Permission& p)
{
    auto done =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO permissions (id, seq, name, description, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {p.id, Timestamps::idNumber(p.id), p.name, Sql::nonNull(p.description), p.createdAt, p.updatedAt});
    if (!done.ok()) {
        return Sql::isUniqueViolation(done.error()) ? core::Error{QStringLiteral("already_exists"),
                                                                  QStringLiteral("a permission with this name exists"),
                                                                  {}}
                                                    : done.error();
    }
    return {};
}

core::Result<void> PermissionStore::update(const QSqlDatabase& db, const Permission& p)
{
    return Sql::execOne(db,
                        QStringLiteral("UPDATE permissions SET description = ?, updated_at = ? WHERE name = ?"),
                        {Sql::nonNull(p.description), p.updatedAt, p.name});
}

core::Result<void> PermissionStore::remove(const QSqlDatabase& db, const QString& name)
{
    return Sql::execOne(db, QStringLiteral("DELETE FROM permissions WHERE name = ?"), {name});
}

core::Result<std::optional<Permission>> PermissionStore::find(const QSqlDatabase& db, const QString& name)
{
    auto found = collect(Sql::exec(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM permissions p WHERE p.name = ?"), {name}));
    if (!found.ok()) {
        return found.error();
    }
    return found.value().isEmpty() ? std::optional<Permission>() : std::optional(found.value().first());
}

core::Result<PermissionStore::Page> PermissionStore::list(const QSqlDatabase& db, const PageCursor& cursor, int pageSize)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM permissions p WHERE 1 = 1")
                           + ApiSupport::keysetFilter(cursor, QStringLiteral("p.seq"))
                           + ApiSupport::keysetOrder(cursor, QStringLiteral("p.seq"), pageSize),
                       {cursor.seq});
    if (!q.ok()) {
        return q.error();
    }
    Page page;
    while (q.value().next()) {
        page.items.append(fromRow(q.value()));
    }
    page.more = ApiSupport::trimKeysetRows(page.items, cursor, pageSize);
    auto count = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM permissions"));
    if (!count.ok()) {
        return count.error();
    }
    page.total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    return page;
}

core::Result<QList<Permission>>
PermissionStore::byNames(const QSqlDatabase& db, const QStringList& names, QStringList& missing)
{
    QList<Permission> out;
    for (const QString& name : names) {
        auto found = find(db, name);
        if (!found.ok()) {
            return found.error();
        }
        found.value() ? out.append(*found.value()) : missing.append(name);
    }
    return out;
}

core::Result<QList<Permission>> PermissionStore::forRole(const QSqlDatabase& db, const QString& roleId)
{
    return collect(
        Sql::exec(db,
                  QStringLiteral("SELECT ") + kColumns
                      + QStringLiteral(" FROM permissions p JOIN role_permissions rp ON rp.permission_id = p.id "
                                       "WHERE rp.role_id = ? ORDER BY p.seq"),
                  {roleId}));
}

} // namespace gatehouse::engine
