#include "engine/api/DirectoryStore.h"

#include "engine/api/RoleMapping.h"
#include "engine/api/Timestamps.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>

#include <atomic>

namespace gatehouse::engine {

namespace {
std::atomic<quint64> g_credentialsEpoch{0};
} // namespace

quint64 DirectoryStore::credentialsEpoch()
{
    return g_credentialsEpoch.load(std::memory_order_acquire);
}

void DirectoryStore::credentialsChanged()
{
    Database::afterCommit([] { g_credentialsEpoch.fetch_add(1, std::memory_order_acq_rel); });
}

namespace {

const QString kColumns =
    QStringLiteral("id, organization_id, name, directory_type, directory_provider, status, enabled, "
                   "mappings, external_groups, last_synced_at, created_at, updated_at");

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Directory fromRow(const QSqlQuery& q)
{
    Directory d;
    d.id = q.value(0).toString();
    d.organizationId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.type = q.value(3).toString();
    d.provider = q.value(4).toString();
    d.status = q.value(5).toString();
    d.enabled = q.value(6).toInt() != 0;
    d.mappings = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
    d.externalGroups = QJsonDocument::fromJson(q.value(8).toByteArray()).array();
    d.lastSyncedAt = q.value(9).toLongLong();
    d.createdAt = q.value(10).toLongLong();
    d.updatedAt = q.value(11).toLongLong();
    return d;
}

// User and group counts of a directory.
core::Result<void> loadStats(const QSqlDatabase& db, Directory& d)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM directory_users WHERE directory_id = ?), "
                                      "(SELECT COUNT(*) FROM directory_groups WHERE directory_id = ?)"),
                       {d.id, d.id});
    if (!q.ok()) {
        return q.error();
    }
    if (q.value().next()) {
        d.totalUsers = q.value().value(0).toLongLong();
        d.totalGroups = q.value().value(1).toLongLong();
    }
    return {};
}

QVariant optionalTime(qint64 ms)
{
    return ms ? QVariant(ms) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

bool DirectorySecret::isActive(qint64 nowMs) const
{
    return status == QStringLiteral("ACTIVE") && (expireAt == 0 || expireAt > nowMs);
}

QJsonObject DirectorySecret::toJson(qint64 nowMs) const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("secret_suffix"), suffix},
                    {QStringLiteral("status"), isActive(nowMs) ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE")},
                    {QStringLiteral("directory_id"), directoryId}};
    if (expireAt) {
        out.insert(QStringLiteral("expire_time"), Timestamps::rfc3339(expireAt));
    }
    if (lastUsedAt) {
        out.insert(QStringLiteral("last_used_time"), Timestamps::rfc3339(lastUsedAt));
    }
    return out;
}

QJsonObject Directory::toJson(const QString& baseUrl, qint64 nowMs) const
{
    QJsonArray secretList;
    for (const DirectorySecret& secret : secrets) {
        secretList.append(secret.toJson(nowMs));
    }
    QJsonArray attributes;
    for (const QJsonValue& m : mappings) {
        attributes.append(QJsonObject{{QStringLiteral("key"), m[QStringLiteral("key")]},
                                      {QStringLiteral("map_to"), m[QStringLiteral("map_to")]}});
    }
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("directory_type"), type},
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("directory_provider"), provider},
        {QStringLiteral("directory_endpoint"),
         QString(baseUrl + QStringLiteral("/directory/") + id + QStringLiteral("/scim/v2"))},
        {QStringLiteral("total_users"), totalUsers},
        {QStringLiteral("total_groups"), totalGroups},
        {QStringLiteral("secrets"), secretList},
        {QStringLiteral("stats"),
         QJsonObject{{QStringLiteral("total_users"), totalUsers}, {QStringLiteral("total_groups"), totalGroups}}},
        {QStringLiteral("role_assignments"), QJsonObject{{QStringLiteral("assignments"), roleAssignments}}},
        {QStringLiteral("attribute_mappings"), QJsonObject{{QStringLiteral("attributes"), attributes}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("groups_tracked"),
         externalGroups.isEmpty() ? QStringLiteral("ALL") : QStringLiteral("SELECTED")}};
    if (lastSyncedAt) {
        out.insert(QStringLiteral("last_synced_at"), Timestamps::rfc3339(lastSyncedAt));
    }
    return out;
}

core::Result<void> DirectoryStore::loadRoleAssignments(const QSqlDatabase& db, Directory& directory)
{
    auto assignments = RoleMapping::assignments(db, directory.id);
    if (!assignments.ok()) {
        return assignments.error();
    }
    directory.roleAssignments =
        RoleMapping::assignmentsJson(assignments.value()).value(QStringLiteral("assignments")).toArray();
    return {};
}

core::Result<void> DirectoryStore::insert(const QSqlDatabase& db, const Directory& d)
{
    auto done = Sql::exec(db,
                          QStringLiteral("INSERT INTO directories (") + kColumns
                              + QStringLiteral(", seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {d.id,
                           d.organizationId,
                           d.name,
                           d.type,
                           d.provider,
                           d.status,
                           d.enabled ? 1 : 0,
                           jsonText(d.mappings),
                           jsonText(d.externalGroups),
                           optionalTime(d.lastSyncedAt),
                           d.createdAt,
                           d.updatedAt,
                           Timestamps::idNumber(d.id)});
    return done.ok() ? core::Result<void>() : core::Result<void>(done.error());
}

core::Result<void> DirectoryStore::update(const QSqlDatabase& db, const Directory& d)
{
    credentialsChanged();
    return Sql::execOne(
        db,
        QStringLiteral(
            "UPDATE directories SET name = ?, directory_type = ?, directory_provider = ?, status = ?, "
            "enabled = ?, mappings = ?, external_groups = ?, updated_at = ? WHERE id = ? AND organization_id = ?"),
        {d.name,
         d.type,
         d.provider,
         d.status,
         d.enabled ? 1 : 0,
         jsonText(d.mappings),
         jsonText(d.externalGroups),
         d.updatedAt,
         d.id,
         d.organizationId});
}

core::Result<void> DirectoryStore::remove(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    credentialsChanged();
    return Sql::execOne(
        db, QStringLiteral("DELETE FROM directories WHERE id = ? AND organization_id = ?"), {id, orgId});
}

core::Result<std::optional<Directory>>
DirectoryStore::find(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM directories WHERE id = ? AND organization_id = ?"),
                       {id, orgId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Directory>();
    }
    Directory directory = fromRow(q.value());
    if (auto stats = loadStats(db, directory); !stats.ok()) {
        return stats.error();
    }
    auto secretList = secrets(db, directory.id);
    if (!secretList.ok()) {
        return secretList.error();
    }
    directory.secrets = secretList.value();
    if (auto roles = loadRoleAssignments(db, directory); !roles.ok()) {
        return roles.error();
    }
    return std::optional(directory);
}

core::Result<QList<Directory>> DirectoryStore::list(const QSqlDatabase& db, const QString& orgId)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM directories WHERE organization_id = ? ORDER BY seq"),
                       {orgId});
    if (!q.ok()) {
        return q.error();
    }
    QList<Directory> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    for (Directory& directory : out) {
        if (auto stats = loadStats(db, directory); !stats.ok()) {
            return stats.error();
        }
        auto secretList = secrets(db, directory.id);
        if (!secretList.ok()) {
            return secretList.error();
        }
        directory.secrets = secretList.value();
        if (auto roles = loadRoleAssignments(db, directory); !roles.ok()) {
            return roles.error();
        }
    }
    return out;
}

core::Result<QList<DirectorySecret>> DirectoryStore::secrets(const QSqlDatabase& db, const QString& directoryId)
{
    auto q =
        Sql::exec(db,
                  QStringLiteral("SELECT id, directory_id, secret_suffix, status, expire_at, last_used_at, created_at "
                                 "FROM directory_secrets WHERE directory_id = ? ORDER BY seq"),
                  {directoryId});
    if (!q.ok()) {
        return q.error();
    }
    QList<DirectorySecret> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(),
                    r.value(1).toString(),
                    r.value(2).toString(),
                    r.value(3).toString(),
                    r.value(4).toLongLong(),
                    r.value(5).toLongLong(),
                    r.value(6).toLongLong()});
    }
    return out;
}

core::Result<void> DirectoryStore::insertSecret(const QSqlDatabase& db, const DirectorySecret& s, const QString& hash)
{
    auto done = Sql::exec(
        db,
        QStringLiteral("INSERT INTO directory_secrets (id, seq, directory_id, secret_hash, secret_suffix, status, "
                       "expire_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.id,
         Timestamps::idNumber(s.id),
         s.directoryId,
         hash,
         s.suffix,
         s.status,
         optionalTime(s.expireAt),
         s.createdAt});
    return done.ok() ? core::Result<void>() : core::Result<void>(done.error());
}

core::Result<void>
DirectoryStore::setSecretState(const QSqlDatabase& db, const QString& secretId, const QString& status, qint64 expireAt)
{
    credentialsChanged();
    return Sql::execOne(db,
                        QStringLiteral("UPDATE directory_secrets SET status = ?, expire_at = ? WHERE id = ?"),
                        {status, optionalTime(expireAt), secretId});
}

} // namespace gatehouse::engine
