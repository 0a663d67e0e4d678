#pragma once

#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

struct Role
{
    QString id;
    QString organizationId; // empty: an environment role
    QString name;
    QString displayName;
    QString description;
    QString extendsRole; // empty: none
    bool defaultCreator = false;
    bool defaultMember = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int dependentRoles = 0;

    // Role message; `permissions` only when the caller asked for them (include=permissions…).
    QJsonObject toJson(const std::optional<QJsonArray>& permissions) const;
};

// SQL for roles, addressed by their name within a scope: `organizationId` empty = the environment roles
// (organization_id IS NULL), otherwise that organization's own roles.
class RoleStore
{
public:
    static core::Result<void> insert(const QSqlDatabase& db, const Role& role);
    static core::Result<void> update(const QSqlDatabase& db, const Role& role);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& name, const QString& organizationId = {});
    static core::Result<std::optional<Role>>
    find(const QSqlDatabase& db, const QString& name, const QString& organizationId = {});
    // The role a name means inside an organization: its own role of that name, else the environment role.
    static core::Result<std::optional<Role>>
    resolve(const QSqlDatabase& db, const QString& organizationId, const QString& name);
    static core::Result<QList<Role>> list(const QSqlDatabase& db, const QString& organizationId = {});
    // Roles whose `extends` names this role (an environment role's: environment roles and organization roles).
    static core::Result<QList<Role>> dependents(const QSqlDatabase& db, const Role& role);
    // Whether any role, environment or organization, has this name.
    static core::Result<bool> nameUsed(const QSqlDatabase& db, const QString& name, bool organizationRoles);
    static core::Result<void>
    setPermissions(const QSqlDatabase& db, const QString& roleId, const QStringList& permissionIds);
    // Makes `name` the only role of the scope with the flag set ("default_creator" or "default_member").
    static core::Result<void>
    setDefault(const QSqlDatabase& db, const QString& column, const QString& name, const QString& organizationId = {});
};

} // namespace gatehouse::engine
