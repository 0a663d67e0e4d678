#pragma once

#include "core/util/IdGenerator.h"
#include "core/util/Result.h"
#include "engine/scim/ScimStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

class AuditLog;

// Group-to-role mapping storage (migration 0012): a directory's group → role assignments and every
// directory user's effective roles, recomputed (GroupRoleRules) inside the caller's transaction whenever
// memberships, users, groups, roles or the mapping change, so that reads are one join.
class RoleMapping
{
public:
    struct RoleInfo
    {
        QString id;
        QString name;
        QString displayName;
    };

    struct Assignment
    {
        QString groupId;
        QString groupName;
        RoleInfo role;
    };

    struct UserRole
    {
        RoleInfo role;
        QString source;                        // "GROUP" or "DEFAULT"
        QList<QPair<QString, QString>> groups; // (id, display name) of the groups granting it
    };

    static core::Result<QList<Assignment>> assignments(const QSqlDatabase& db, const QString& directoryId);
    // {"assignments":[{group_id, role_name, role_id}]}
    static QJsonObject assignmentsJson(const QList<Assignment>& assignments);
    // Replaces the directory's mapping with (group id, role id) pairs, in order.
    static core::Result<void> replaceAssignments(const QSqlDatabase& db,
                                                 const QString& directoryId,
                                                 const QList<QPair<QString, QString>>& pairs,
                                                 core::IdGenerator& ids,
                                                 qint64 nowMs);

    // Recomputes and stores the users' roles; returns those whose effective roles changed. Group ids among
    // userIds stand for their members at any depth. Roles of a mapped group pass to the members of its
    // member groups (nested groups).
    static core::Result<QStringList>
    recompute(const QSqlDatabase& db, const QString& directoryId, const QStringList& userIds);
    // Directory users that are members of any of the groups, directly or through member groups at any depth.
    static core::Result<QStringList> usersOfGroups(const QSqlDatabase& db, const QStringList& groupIds);
    // (user id, directory id) of the users holding the role through a group.
    static core::Result<QList<QPair<QString, QString>>> holdersOf(const QSqlDatabase& db, const QString& roleId);
    // The environment's default member role (the first environment role when none is set).
    static core::Result<std::optional<RoleInfo>> defaultRole(const QSqlDatabase& db);
    // The default role of a directory's users: its organization's own default member role, else the environment's.
    static core::Result<std::optional<RoleInfo>> defaultRoleFor(const QSqlDatabase& db, const QString& directoryId);
    // Directory users whose effective roles include the role (through a group, or as the default role), all of
    // them or those of the organization's directories. Roles only inherited through `extends` do not count.
    static core::Result<qint64>
    holderCount(const QSqlDatabase& db, const QString& roleId, const QString& organizationId);
    // (user id, directory id) of the directory users no mapped group grants a role: they hold the default role.
    // Without an organization: those on the environment's default (their organization has none of its own); with
    // one: the users of its directories.
    static core::Result<QList<QPair<QString, QString>>> usersOnDefault(const QSqlDatabase& db,
                                                                       const QString& organizationId = {});

    // user id → effective role names (the default role for users without group roles).
    static core::Result<QHash<QString, QStringList>> roleNames(const QSqlDatabase& db, const QStringList& userIds);
    // [{"role_name": …}]
    static QJsonArray roleNamesJson(const QStringList& names);
    // A user's effective roles and why.
    static core::Result<QList<UserRole>> explain(const QSqlDatabase& db, const QString& userId);

    // The directory user of the webhook payloads and the API, with its groups and roles.
    static core::Result<QJsonObject>
    userPayload(const QSqlDatabase& db, const scim::ScimRecord& record, const QJsonArray& attributeMappings);
    // userPayload of a user known to be in no group and without stored group roles (just created alone), without
    // reading either: `representation` (its ScimRepresentation::directoryUser without groups, built by the caller
    // before its write transaction) with the directory's default role, which is read here.
    static core::Result<QJsonObject>
    ungroupedUserPayload(const QSqlDatabase& db, const QString& directoryId, QJsonObject representation);
    // Records organization.directory.user_updated for each user (whose roles changed).
    static core::Result<void> notify(const QSqlDatabase& db,
                                     AuditLog& audit,
                                     const QString& actor,
                                     const QString& directoryId,
                                     const QStringList& userIds);
};

} // namespace gatehouse::engine
