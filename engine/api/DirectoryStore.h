#pragma once

#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

struct DirectorySecret
{
    QString id;
    QString directoryId;
    QString suffix;
    QString status = QStringLiteral("ACTIVE");
    qint64 expireAt = 0; // 0: no expiry
    qint64 lastUsedAt = 0;
    qint64 createdAt = 0;

    // Secret message; an ACTIVE secret past its expiry is reported INACTIVE.
    QJsonObject toJson(qint64 nowMs) const;
    bool isActive(qint64 nowMs) const;
};

struct Directory
{
    QString id;
    QString organizationId;
    QString name;
    QString type = QStringLiteral("SCIM");
    QString provider = QStringLiteral("DIRECTORY_PROVIDER_UNSPECIFIED");
    QString status = QStringLiteral("DRAFT");
    bool enabled = false;
    QJsonArray mappings;       // [{key, map_to, display_name}]
    QJsonArray externalGroups; // [{external_id, display_name, email}]
    qint64 lastSyncedAt = 0;   // last SCIM change
    qint64 totalUsers = 0;     // directory users / groups (SCIM-provisioned)
    qint64 totalGroups = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<DirectorySecret> secrets;
    QJsonArray roleAssignments; // [{group_id, role_name, role_id}] (group-to-role mapping)

    // Directory message; directory_endpoint = <base URL>/directory/<id>/scim/v2.
    QJsonObject toJson(const QString& baseUrl, qint64 nowMs) const;
};

// SQL for directories and their secrets, every lookup scoped to the organization.
class DirectoryStore
{
public:
    // Counts the changes this process has committed to directories and their secrets (and to organizations,
    // whose deletion takes their directories along): what remembers a verified SCIM secret (ScimApi) compares
    // it. credentialsChanged() counts one once the write transaction open on this thread has committed.
    static quint64 credentialsEpoch();
    static void credentialsChanged();
    static core::Result<void> insert(const QSqlDatabase& db, const Directory& directory);
    static core::Result<void> loadRoleAssignments(const QSqlDatabase& db, Directory& directory);
    static core::Result<void> update(const QSqlDatabase& db, const Directory& directory);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<std::optional<Directory>> find(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<QList<Directory>> list(const QSqlDatabase& db, const QString& orgId);
    static core::Result<QList<DirectorySecret>> secrets(const QSqlDatabase& db, const QString& directoryId);
    static core::Result<void> insertSecret(const QSqlDatabase& db, const DirectorySecret& secret, const QString& hash);
    static core::Result<void>
    setSecretState(const QSqlDatabase& db, const QString& secretId, const QString& status, qint64 expireAt);
};

} // namespace gatehouse::engine
