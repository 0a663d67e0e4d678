#include "engine/scim/ScimStore.h"

#include "engine/api/ApiSupport.h"

#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

constexpr qsizetype kChunk = 400;

QString table(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"directory_users"_s : u"directory_groups"_s;
}

const QString kColumns =
    u"id, seq, directory_id, organization_id, resource, raw_attributes, version, created_at, updated_at"_s;

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ScimRecord fromRow(const QSqlQuery& q)
{
    ScimRecord r;
    r.id = q.value(0).toString();
    r.seq = q.value(1).toLongLong();
    r.directoryId = q.value(2).toString();
    r.organizationId = q.value(3).toString();
    r.resource = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    r.raw = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    r.version = q.value(6).toLongLong();
    r.createdAt = q.value(7).toLongLong();
    r.updatedAt = q.value(8).toLongLong();
    return r;
}

QString primaryEmail(const QJsonObject& resource)
{
    const QJsonArray emails = resource.value(u"emails"_s).toArray();
    for (const QJsonValue& e : emails) {
        if (e.toObject().value(u"primary"_s).toBool()) {
            return e.toObject().value(u"value"_s).toString();
        }
    }
    return emails.isEmpty() ? QString() : emails.first().toObject().value(u"value"_s).toString();
}

// The normalized columns of a record, in table order after organization_id.
QVariantList columns(ResourceKind kind, const ScimRecord& r)
{
    const QJsonObject& res = r.resource;
    if (kind == ResourceKind::User) {
        const QString userName = res.value(u"userName"_s).toString();
        const QString email = primaryEmail(res);
        const QJsonObject name = res.value(u"name"_s).toObject();
        return {userName,
                ScimFilter::fold(userName),
                Sql::text(res.value(u"externalId"_s).toString()),
                Sql::text(email),
                Sql::text(ScimFilter::fold(email)),
                Sql::text(res.value(u"displayName"_s).toString()),
                Sql::text(name.value(u"givenName"_s).toString()),
                Sql::text(name.value(u"familyName"_s).toString()),
                res.value(u"active"_s).toBool(true) ? 1 : 0};
    }
    const QString displayName = res.value(u"displayName"_s).toString();
    return {displayName, ScimFilter::fold(displayName), Sql::text(res.value(u"externalId"_s).toString())};
}

QString columnNames(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"user_name, user_name_key, external_id, email, email_key, display_name, "
                                        u"given_name, family_name, active"_s
                                      : u"display_name, display_name_key, external_id"_s;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i) {
        marks << u"?"_s;
    }
    return marks.join(u", "_s);
}

core::Result<void> unit(const core::Result<SqlQuery>& done)
{
    return done.ok() ? core::Result<void>() : core::Result<void>(done.error());
}

// Runs `sql` (with one "%1" for the IN list) over ids in chunks.
core::Result<void> eachChunk(const QSqlDatabase& db,
                             const QString& sql,
                             const QVariantList& leading,
                             const QStringList& ids,
                             const std::function<void(const QSqlQuery&)>& row)
{
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QVariantList binds = leading;
        for (const QString& id : chunk) {
            binds << id;
        }
        auto q = Sql::exec(db, sql.arg(placeholders(chunk.size())), binds);
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            row(q.value());
        }
    }
    return {};
}

} // namespace

core::Result<std::optional<ScimRecord>> ScimStore::find(
    const QSqlDatabase& db, ResourceKind kind, const QString& directoryId, const QString& id, bool forUpdate)
{
    const bool lock = forUpdate && db.driverName() == u"QPSQL"_s;
    auto q = Sql::exec(db,
                       u"SELECT %1 FROM %2 WHERE id = ? AND directory_id = ?%3"_s.arg(
                           kColumns, table(kind), lock ? u" FOR UPDATE"_s : QString()),
                       {id, directoryId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<ScimRecord>();
    }
    return std::optional(fromRow(q.value()));
}

core::Result<std::optional<QString>>
ScimStore::findUserByName(const QSqlDatabase& db, const QString& directoryId, const QString& userName)
{
    auto q = Sql::exec(db,
                       u"SELECT id FROM directory_users WHERE directory_id = ? AND user_name_key = ?"_s,
                       {directoryId, ScimFilter::fold(userName)});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<QString>();
    }
    return std::optional(q.value().value(0).toString());
}

ScimStore::InsertRow ScimStore::insertRow(ResourceKind kind, const ScimRecord& r)
{
    InsertRow row;
    row.binds = QVariantList{r.id, r.seq, r.directoryId, r.organizationId};
    row.binds << columns(kind, r);
    row.binds << jsonText(r.resource) << jsonText(r.raw) << r.version << r.createdAt << r.updatedAt;
    row.sql = u"INSERT INTO %1 (id, seq, directory_id, organization_id, %2, resource, raw_attributes, "
              u"version, created_at, updated_at) VALUES (%3)"_s.arg(
                  table(kind), columnNames(kind), placeholders(row.binds.size()));
    return row;
}

core::Result<void> ScimStore::insert(const QSqlDatabase& db, const InsertRow& row)
{
    return unit(Sql::exec(db, row.sql, row.binds));
}

core::Result<void>
ScimStore::update(const QSqlDatabase& db, ResourceKind kind, const ScimRecord& r, qint64 expectedVersion)
{
    QStringList sets;
    for (const QString& c : columnNames(kind).split(u", "_s)) {
        sets << c + u" = ?"_s;
    }
    QVariantList binds = columns(kind, r);
    binds << jsonText(r.resource) << jsonText(r.raw) << r.version << r.updatedAt << r.id << r.directoryId
          << expectedVersion;
    auto done =
        Sql::execOne(db,
                     u"UPDATE %1 SET %2, resource = ?, raw_attributes = ?, version = ?, updated_at = ? "
                     u"WHERE id = ? AND directory_id = ? AND version = ?"_s.arg(table(kind), sets.join(u", "_s)),
                     binds);
    if (!done.ok() && done.error().code == u"not_found"_s) {
        return core::Error{u"conflict"_s, u"the resource changed meanwhile"_s, {}};
    }
    return done;
}

core::Result<void>
ScimStore::remove(const QSqlDatabase& db, ResourceKind kind, const QString& directoryId, const QString& id)
{
    return Sql::execOne(db, u"DELETE FROM %1 WHERE id = ? AND directory_id = ?"_s.arg(table(kind)), {id, directoryId});
}

core::Result<QList<ScimRecord>>
ScimStore::list(const QSqlDatabase& db, ResourceKind kind, const QString& directoryId, const Page& page)
{
    QVariantList binds{directoryId};
    QString sql = u"SELECT %1 FROM %2 WHERE directory_id = ?"_s.arg(kColumns, table(kind));
    if (page.where) {
        sql += u" AND "_s + page.where->sql;
        binds << page.where->binds;
    }
    const QString direction = page.descending ? u" DESC"_s : u" ASC"_s;
    sql += u" ORDER BY "_s + (page.orderBy.isEmpty() ? u"seq"_s : page.orderBy + direction + u", seq"_s) + direction;
    if (page.limit >= 0) {
        sql += u" LIMIT %1 OFFSET %2"_s.arg(page.limit).arg(page.offset);
    }
    auto q = Sql::exec(db, sql, binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<ScimRecord> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

core::Result<qint64> ScimStore::count(const QSqlDatabase& db,
                                      ResourceKind kind,
                                      const QString& directoryId,
                                      const std::optional<SqlCondition>& where)
{
    QVariantList binds{directoryId};
    QString sql = u"SELECT COUNT(*) FROM %1 WHERE directory_id = ?"_s.arg(table(kind));
    if (where) {
        sql += u" AND "_s + where->sql;
        binds << where->binds;
    }
    auto q = Sql::exec(db, sql, binds);
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

core::Result<QList<ScimRecord>> ScimStore::listAfter(const QSqlDatabase& db,
                                                     ResourceKind kind,
                                                     const QString& directoryId,
                                                     const PageCursor& cursor,
                                                     int pageSize,
                                                     qint64 updatedAfter,
                                                     const QString& groupId)
{
    QVariantList binds{directoryId, updatedAfter, cursor.seq};
    QString sql = u"SELECT %1 FROM %2 r WHERE directory_id = ? AND updated_at > ?"_s.arg(kColumns, table(kind))
                  + ApiSupport::keysetFilter(cursor, u"seq"_s);
    if (!groupId.isEmpty()) {
        sql += u" AND id IN (SELECT member_id FROM directory_group_members WHERE group_id = ?)"_s;
        binds << groupId;
    }
    sql += ApiSupport::keysetOrder(cursor, u"seq"_s, pageSize);
    auto q = Sql::exec(db, sql, binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<ScimRecord> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

core::Result<QHash<QString, QList<MemberRef>>> ScimStore::members(const QSqlDatabase& db, const QStringList& groupIds)
{
    QHash<QString, QList<MemberRef>> out;
    auto done = eachChunk(
        db,
        u"SELECT m.group_id, m.member_id, m.member_type, COALESCE(u.display_name, u.user_name, "
        u"g.display_name) FROM directory_group_members m LEFT JOIN directory_users u ON u.id = "
        u"m.member_id LEFT JOIN directory_groups g ON g.id = m.member_id WHERE m.group_id IN (%1) "
        u"ORDER BY m.seq"_s,
        {},
        groupIds,
        [&](const QSqlQuery& q) {
            out[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        });
    if (!done.ok()) {
        return done.error();
    }
    return out;
}

core::Result<QList<MemberRef>> ScimStore::memberIds(const QSqlDatabase& db, const QString& groupId)
{
    auto q = Sql::exec(
        db, u"SELECT member_id, member_type FROM directory_group_members WHERE group_id = ? ORDER BY seq"_s, {groupId});
    if (!q.ok()) {
        return q.error();
    }
    QList<MemberRef> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), {}});
    }
    return out;
}

core::Result<QHash<QString, QList<MemberRef>>> ScimStore::groupsOf(const QSqlDatabase& db, const QStringList& memberIds)
{
    QHash<QString, QList<MemberRef>> out;
    auto done =
        eachChunk(db,
                  u"SELECT m.member_id, g.id, g.display_name FROM directory_group_members m JOIN "
                  u"directory_groups g ON g.id = m.group_id WHERE m.member_id IN (%1) ORDER BY g.seq"_s,
                  {},
                  memberIds,
                  [&](const QSqlQuery& q) {
                      out[q.value(0).toString()].append({q.value(1).toString(), u"Group"_s, q.value(2).toString()});
                  });
    if (!done.ok()) {
        return done.error();
    }
    return out;
}

core::Result<QHash<QString, qint64>> ScimStore::memberCounts(const QSqlDatabase& db, const QStringList& groupIds)
{
    QHash<QString, qint64> out;
    auto done = eachChunk(db,
                          u"SELECT group_id, COUNT(*) FROM directory_group_members WHERE group_id IN (%1) GROUP BY "
                          u"group_id"_s,
                          {},
                          groupIds,
                          [&](const QSqlQuery& q) { out.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    if (!done.ok()) {
        return done.error();
    }
    return out;
}

core::Result<QHash<QString, QString>>
ScimStore::existing(const QSqlDatabase& db, const QString& directoryId, const QStringList& ids)
{
    QHash<QString, QString> out;
    // An id names a user or a group by its prefix (IdGenerator): each table is asked only about its own ids.
    QStringList userIds;
    QStringList groupIds;
    for (const QString& id : ids) {
        (id.startsWith(u"dirgroup_"_s) ? groupIds : userIds) << id;
    }
    // Looked up by primary key only, the directory compared here: with "directory_id = ? AND id IN (…)" SQLite's
    // planner (no statistics) walked the directory's index instead, reading every user of the directory.
    const auto collect = [&](const QString& type) {
        return [&, type](const QSqlQuery& q) {
            if (q.value(1).toString() == directoryId) {
                out.insert(q.value(0).toString(), type);
            }
        };
    };
    auto users = eachChunk(
        db, u"SELECT id, directory_id FROM directory_users WHERE id IN (%1)"_s, {}, userIds, collect(u"User"_s));
    if (!users.ok()) {
        return users.error();
    }
    auto groups = eachChunk(
        db, u"SELECT id, directory_id FROM directory_groups WHERE id IN (%1)"_s, {}, groupIds, collect(u"Group"_s));
    if (!groups.ok()) {
        return groups.error();
    }
    return out;
}

core::Result<void> ScimStore::addMember(
    const QSqlDatabase& db, const QString& directoryId, const QString& groupId, const MemberRef& member, qint64 seq)
{
    return unit(Sql::exec(db,
                          u"INSERT INTO directory_group_members (group_id, member_id, member_type, directory_id, seq) "
                          u"VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                          {groupId, member.id, member.type, directoryId, seq}));
}

core::Result<void> ScimStore::removeMember(const QSqlDatabase& db, const QString& groupId, const QString& memberId)
{
    return unit(Sql::exec(
        db, u"DELETE FROM directory_group_members WHERE group_id = ? AND member_id = ?"_s, {groupId, memberId}));
}

core::Result<QSet<QString>>
ScimStore::membersAmong(const QSqlDatabase& db, const QString& groupId, const QStringList& ids)
{
    QSet<QString> out;
    auto done = eachChunk(db,
                          u"SELECT member_id FROM directory_group_members WHERE group_id = ? AND member_id IN (%1)"_s,
                          {groupId},
                          ids,
                          [&](const QSqlQuery& q) { out.insert(q.value(0).toString()); });
    if (!done.ok()) {
        return done.error();
    }
    return out;
}

core::Result<void> ScimStore::addMembers(const QSqlDatabase& db,
                                         const QString& directoryId,
                                         const QString& groupId,
                                         const QList<MemberRef>& members,
                                         const QList<qint64>& seqs)
{
    constexpr qsizetype kRows = 200; // 5 binds a row: well under SQLite's and PostgreSQL's bind limits
    for (qsizetype start = 0; start < members.size(); start += kRows) {
        const qsizetype end = std::min(members.size(), start + kRows);
        QStringList rows;
        QVariantList binds;
        for (qsizetype i = start; i < end; ++i) {
            rows << u"(?, ?, ?, ?, ?)"_s;
            binds << groupId << members[i].id << members[i].type << directoryId << seqs.value(i);
        }
        auto q = Sql::exec(db,
                           u"INSERT INTO directory_group_members (group_id, member_id, member_type, directory_id, seq) "
                           u"VALUES %1 ON CONFLICT DO NOTHING"_s.arg(rows.join(u", "_s)),
                           binds);
        if (!q.ok()) {
            return q.error();
        }
    }
    return {};
}

core::Result<void> ScimStore::removeMembers(const QSqlDatabase& db, const QString& groupId, const QStringList& ids)
{
    return eachChunk(db,
                     u"DELETE FROM directory_group_members WHERE group_id = ? AND member_id IN (%1)"_s,
                     {groupId},
                     ids,
                     [](const QSqlQuery&) {});
}

core::Result<void> ScimStore::removeAllMembers(const QSqlDatabase& db, const QString& groupId)
{
    return unit(Sql::exec(db, u"DELETE FROM directory_group_members WHERE group_id = ?"_s, {groupId}));
}

core::Result<void> ScimStore::removeMemberships(const QSqlDatabase& db, const QString& memberId)
{
    return unit(Sql::exec(db, u"DELETE FROM directory_group_members WHERE member_id = ?"_s, {memberId}));
}

constexpr qint64 kLastSyncedResolutionMs = 1000;

core::Result<void> ScimStore::touchDirectory(const QSqlDatabase& db, const QString& directoryId, qint64 nowMs)
{
    // To the second: a provisioning run changes the directory row once a second, not on every request (each
    // change of the row is one more page in the commit).
    return unit(Sql::exec(db,
                          u"UPDATE directories SET last_synced_at = ? WHERE id = ? AND (last_synced_at IS NULL OR "
                          u"last_synced_at <= ?)"_s,
                          {nowMs, directoryId, nowMs - kLastSyncedResolutionMs}));
}

} // namespace gatehouse::engine::scim
