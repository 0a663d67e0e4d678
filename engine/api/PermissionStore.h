#pragma once

#include "core/util/Result.h"
#include "engine/api/ApiSupport.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct Permission
{
    QString id;
    QString name;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Permission message; with roleName, the RolePermission form.
    QJsonObject toJson(const QString& roleName = {}) const;
};

// SQL for environment permissions, addressed by their unique name.
class PermissionStore
{
public:
    struct Page
    {
        QList<Permission> items; // ascending seq
        bool more = false;       // more beyond the page in the direction of travel
        qint64 total = 0;
    };

    static core::Result<void> insert(const QSqlDatabase& db, const Permission& permission);
    static core::Result<void> update(const QSqlDatabase& db, const Permission& permission);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& name);
    static core::Result<std::optional<Permission>> find(const QSqlDatabase& db, const QString& name);
    static core::Result<Page> list(const QSqlDatabase& db, const PageCursor& cursor, int pageSize);
    // The permissions with these names; the missing names are reported in `missing`.
    static core::Result<QList<Permission>>
    byNames(const QSqlDatabase& db, const QStringList& names, QStringList& missing);
    static core::Result<QList<Permission>> forRole(const QSqlDatabase& db, const QString& roleId);
};

} // namespace gatehouse::engine
