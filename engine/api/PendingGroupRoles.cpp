#include "engine/api/PendingGroupRoles.h"

#include "engine/api/RoleStore.h"
#include "engine/scim/ScimFilter.h"
#include "engine/storage/Sql.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

namespace {

bool matches(const QString& pendingName,
             const QString& pendingExternalId,
             const QString& displayName,
             const QString& externalId)
{
    if (!pendingExternalId.isEmpty() && !externalId.isEmpty()) {
        return pendingExternalId == externalId;
    }
    return !displayName.isEmpty() && scim::ScimFilter::fold(pendingName) == scim::ScimFilter::fold(displayName);
}

} // namespace

core::Result<void> PendingGroupRoles::add(const QSqlDatabase& db,
                                          const QString& directoryId,
                                          const QList<Mapping>& mappings,
                                          core::IdGenerator& ids,
                                          qint64 nowMs)
{
    auto owner = Sql::exec(db, u"SELECT organization_id FROM directories WHERE id = ?"_s, {directoryId});
    if (!owner.ok()) {
        return owner.error();
    }
    const QString organizationId = owner.value().next() ? owner.value().value(0).toString() : QString();
    for (const Mapping& m : mappings) {
        auto role = RoleStore::resolve(db, organizationId, m.roleName); // the organization's own roles too
        if (!role.ok()) {
            return role.error();
        }
        if (!role.value()) {
            return core::Error{u"failed_precondition"_s, u"role %1 does not exist"_s.arg(m.roleName), {}};
        }
        // The same mapping twice in a document is stored once.
        auto q = Sql::exec(db,
                           u"SELECT COUNT(*) FROM pending_group_roles WHERE directory_id = ? AND group_display_name = "
                           u"? AND group_external_id = ? AND role_id = ?"_s,
                           {directoryId, m.groupDisplayName, Sql::nonNull(m.groupExternalId), role.value()->id});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next() && q.value().value(0).toLongLong() > 0) {
            continue;
        }
        auto inserted = Sql::exec(db,
                                  u"INSERT INTO pending_group_roles (directory_id, group_display_name, "
                                  u"group_external_id, role_id, seq, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                  {directoryId,
                                   m.groupDisplayName,
                                   Sql::nonNull(m.groupExternalId),
                                   role.value()->id,
                                   static_cast<qint64>(ids.nextNumber()),
                                   nowMs});
        if (!inserted.ok()) {
            return inserted.error();
        }
    }
    return {};
}

core::Result<QList<PendingGroupRoles::Mapping>> PendingGroupRoles::list(const QSqlDatabase& db,
                                                                        const QString& directoryId)
{
    auto q = Sql::exec(db,
                       u"SELECT p.group_display_name, p.group_external_id, r.name FROM pending_group_roles p JOIN "
                       u"roles r ON r.id = p.role_id WHERE p.directory_id = ? ORDER BY p.seq"_s,
                       {directoryId});
    if (!q.ok()) {
        return q.error();
    }
    QList<Mapping> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()});
    }
    return out;
}

QJsonArray PendingGroupRoles::toJson(const QList<Mapping>& mappings)
{
    QJsonArray out;
    for (const Mapping& m : mappings) {
        out.append(QJsonObject{{u"group_display_name"_s, m.groupDisplayName},
                               {u"group_external_id"_s, m.groupExternalId},
                               {u"role_name"_s, m.roleName}});
    }
    return out;
}

core::Result<bool> PendingGroupRoles::claim(const QSqlDatabase& db,
                                            const QString& directoryId,
                                            const QString& groupId,
                                            const QString& displayName,
                                            const QString& externalId,
                                            core::IdGenerator& ids,
                                            qint64 nowMs)
{
    auto q = Sql::exec(db,
                       u"SELECT group_display_name, group_external_id, role_id FROM pending_group_roles WHERE "
                       u"directory_id = ? ORDER BY seq"_s,
                       {directoryId});
    if (!q.ok()) {
        return q.error();
    }

    struct Row
    {
        QString name;
        QString externalId;
        QString roleId;
    };

    QList<Row> claimed;
    while (q.value().next()) {
        Row row{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()};
        if (matches(row.name, row.externalId, displayName, externalId)) {
            claimed.append(row);
        }
    }
    q.value().finish();
    for (const Row& row : std::as_const(claimed)) {
        auto existing =
            Sql::exec(db,
                      u"SELECT COUNT(*) FROM directory_role_assignments WHERE group_id = ? AND role_id = ?"_s,
                      {groupId, row.roleId});
        if (!existing.ok()) {
            return existing.error();
        }
        const bool assigned = existing.value().next() && existing.value().value(0).toLongLong() > 0;
        existing.value().finish();
        if (!assigned) {
            auto added = Sql::exec(db,
                                   u"INSERT INTO directory_role_assignments (directory_id, group_id, role_id, seq, "
                                   u"created_at) VALUES (?, ?, ?, ?, ?)"_s,
                                   {directoryId, groupId, row.roleId, static_cast<qint64>(ids.nextNumber()), nowMs});
            if (!added.ok()) {
                return added.error();
            }
        }
        auto removed = Sql::exec(db,
                                 u"DELETE FROM pending_group_roles WHERE directory_id = ? AND group_display_name = ? "
                                 u"AND group_external_id = ? AND role_id = ?"_s,
                                 {directoryId, row.name, Sql::nonNull(row.externalId), row.roleId});
        if (!removed.ok()) {
            return removed.error();
        }
    }
    return !claimed.isEmpty();
}

} // namespace gatehouse::engine
