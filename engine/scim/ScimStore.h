#pragma once

#include "core/util/Result.h"
#include "engine/scim/ScimFilter.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {
struct PageCursor;
}

namespace gatehouse::engine::scim {

enum class ResourceKind
{
    User,
    Group,
};

struct ScimRecord
{
    QString id;
    qint64 seq = 0;
    QString directoryId;
    QString organizationId;
    QJsonObject resource; // canonical, without id/meta/members/groups
    QJsonObject raw;      // the last body received (password removed)
    qint64 version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct MemberRef
{
    QString id;
    QString type; // "User" or "Group"
    QString display;
};

// SQL for directory users, groups and memberships; every query is scoped to one directory.
class ScimStore
{
public:
    struct Page
    {
        std::optional<SqlCondition> where;
        QString orderBy; // a column expression; empty: seq
        bool descending = false;
        int limit = -1;
        int offset = 0;
    };

    static core::Result<std::optional<ScimRecord>>
    // forUpdate: on PostgreSQL the row stays locked until the transaction ends (concurrent writers of one
    // resource wait for each other instead of failing on its version); SQLite writers take turns anyway.
    find(const QSqlDatabase& db,
         ResourceKind kind,
         const QString& directoryId,
         const QString& id,
         bool forUpdate = false);
    static core::Result<std::optional<QString>>
    findUserByName(const QSqlDatabase& db, const QString& directoryId, const QString& userName);
    // A record's INSERT with its values bound: the normalized columns and the JSON texts. Built before the write
    // transaction (ScimService::create) so that the writer turn is not held while it is.
    struct InsertRow
    {
        QString sql;
        QVariantList binds;
    };
    static InsertRow insertRow(ResourceKind kind, const ScimRecord& record);
    static core::Result<void> insert(const QSqlDatabase& db, const InsertRow& row);
    // Writes the record if its stored version is still `expectedVersion`; "conflict" otherwise.
    static core::Result<void>
    update(const QSqlDatabase& db, ResourceKind kind, const ScimRecord& record, qint64 expectedVersion);
    static core::Result<void>
    remove(const QSqlDatabase& db, ResourceKind kind, const QString& directoryId, const QString& id);

    static core::Result<QList<ScimRecord>>
    list(const QSqlDatabase& db, ResourceKind kind, const QString& directoryId, const Page& page);
    static core::Result<qint64> count(const QSqlDatabase& db,
                                      ResourceKind kind,
                                      const QString& directoryId,
                                      const std::optional<SqlCondition>& where = std::nullopt);
    // Users updated after a time, or members of a group, for the management API: the rows of one keyset page
    // (ApiSupport::keysetFilter / keysetOrder over seq, at most pageSize + 1; trim with trimKeysetRows).
    static core::Result<QList<ScimRecord>> listAfter(const QSqlDatabase& db,
                                                     ResourceKind kind,
                                                     const QString& directoryId,
                                                     const PageCursor& cursor,
                                                     int pageSize,
                                                     qint64 updatedAfter,
                                                     const QString& groupId);

    static core::Result<QHash<QString, QList<MemberRef>>> members(const QSqlDatabase& db, const QStringList& groupIds);
    // A group's member ids and types only (no display names): what PATCH needs.
    static core::Result<QList<MemberRef>> memberIds(const QSqlDatabase& db, const QString& groupId);
    static core::Result<QHash<QString, QList<MemberRef>>> groupsOf(const QSqlDatabase& db,
                                                                   const QStringList& memberIds);
    static core::Result<QHash<QString, qint64>> memberCounts(const QSqlDatabase& db, const QStringList& groupIds);
    // id → "User" / "Group" for those of `ids` that exist in the directory.
    static core::Result<QHash<QString, QString>>
    existing(const QSqlDatabase& db, const QString& directoryId, const QStringList& ids);
    static core::Result<void> addMember(const QSqlDatabase& db,
                                        const QString& directoryId,
                                        const QString& groupId,
                                        const MemberRef& member,
                                        qint64 seq);
    static core::Result<void> removeMember(const QSqlDatabase& db, const QString& groupId, const QString& memberId);
    // Set operations for member PATCHes, proportional to the ids given (never the group's whole list):
    // which of `ids` are members of the group now; insert members (ON CONFLICT DO NOTHING; `seqs` parallel to
    // `members`); delete the memberships of `ids`.
    static core::Result<QSet<QString>>
    membersAmong(const QSqlDatabase& db, const QString& groupId, const QStringList& ids);
    static core::Result<void> addMembers(const QSqlDatabase& db,
                                         const QString& directoryId,
                                         const QString& groupId,
                                         const QList<MemberRef>& members,
                                         const QList<qint64>& seqs);
    static core::Result<void> removeMembers(const QSqlDatabase& db, const QString& groupId, const QStringList& ids);
    static core::Result<void> removeAllMembers(const QSqlDatabase& db, const QString& groupId);
    static core::Result<void> removeMemberships(const QSqlDatabase& db, const QString& memberId);
    static core::Result<void> touchDirectory(const QSqlDatabase& db, const QString& directoryId, qint64 nowMs);
};

} // namespace gatehouse::engine::scim
