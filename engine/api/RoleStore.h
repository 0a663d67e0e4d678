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

// SQL for environment roles (organization_id IS NULL), addressed by their unique name.
class RoleStore
{
public:
    static core::Result<void> insert(const QSqlDatabase& db, const Role& role);
    static core::Result<void> update(const QSqlDatabase& db, const Role& role);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& name);
    static core::Result<std::optional<Role>> find(const QSqlDatabase& db, const QString& name);
    static core::Result<QList<Role>> list(const QSqlDatabase& db);
    static core::Result<void>
    setPermissions(const QSqlDatabase& db, const QString& roleId, const QStringList& permissionIds);
    // Makes `name` the only role with the flag set ("default_creator" or "default_member").
    static core::Result<void> setDefault(const QSqlDatabase& db, const QString& column, const QString& name);
};

} // namespace gatehouse::engine
