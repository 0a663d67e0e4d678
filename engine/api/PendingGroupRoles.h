#pragma once

#include "core/util/IdGenerator.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

// Group → role mappings waiting for their group (migration 0016, pending_group_roles). An organization import
// brings a directory's mappings by group display name and external id, but the groups only exist once the IdP
// pushes them over SCIM: the mappings wait here and are applied — in the transaction that creates (or renames)
// the group — when a group of the directory matches: by external id when both sides have one, else by display
// name (case-insensitive, as SCIM compares displayName).
class PendingGroupRoles
{
public:
    struct Mapping
    {
        QString groupDisplayName;
        QString groupExternalId; // empty when the export had none
        QString roleName;
    };

    // Stores the directory's pending mappings; every role must exist (the import creates missing ones first).
    static core::Result<void> add(const QSqlDatabase& db,
                                  const QString& directoryId,
                                  const QList<Mapping>& mappings,
                                  core::IdGenerator& ids,
                                  qint64 nowMs);
    // The directory's pending mappings, in import order.
    static core::Result<QList<Mapping>> list(const QSqlDatabase& db, const QString& directoryId);
    // [{group_display_name, group_external_id, role_name}]
    static QJsonArray toJson(const QList<Mapping>& mappings);
    // A group of the directory was created or renamed: the pending mappings it matches become its role
    // assignments (directory_role_assignments) and stop being pending. True when any was applied; the caller
    // then recomputes the roles of the group's members.
    static core::Result<bool> claim(const QSqlDatabase& db,
                                    const QString& directoryId,
                                    const QString& groupId,
                                    const QString& displayName,
                                    const QString& externalId,
                                    core::IdGenerator& ids,
                                    qint64 nowMs);
};

} // namespace gatehouse::engine
