#include "engine/api/PortalLinkStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

namespace {

const QString kLinkColumns =
    u"id, organization_id, kind, status, features, expire_at, used_at, created_by, created_at"_s;

PortalLink linkFromRow(const QSqlQuery& q)
{
    PortalLink l;
    l.id = q.value(0).toString();
    l.organizationId = q.value(1).toString();
    l.kind = q.value(2).toString();
    l.status = q.value(3).toString();
    l.features = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    l.expireAt = q.value(5).toLongLong();
    l.usedAt = q.value(6).toLongLong();
    l.createdBy = q.value(7).toString();
    l.createdAt = q.value(8).toLongLong();
    return l;
}

} // namespace

QString PortalLink::state(qint64 nowMs) const
{
    if (status != u"ACTIVE"_s) {
        return status;
    }
    return nowMs >= expireAt ? u"EXPIRED"_s : status;
}

QJsonObject PortalLink::toJson(qint64 nowMs) const
{
    return {{u"id"_s, id},
            {u"expire_time"_s, Timestamps::rfc3339(expireAt)},
            {u"create_time"_s, Timestamps::rfc3339(createdAt)},
            {u"features"_s, QJsonArray::fromStringList(features)},
            {u"shareable"_s, kind == u"SHAREABLE"_s},
            {u"status"_s, state(nowMs)}};
}

core::Result<void> PortalLinkStore::insertLink(const QSqlDatabase& db, const PortalLink& l, const QString& secretHash)
{
    auto done = Sql::exec(db,
                          u"INSERT INTO portal_links (id, seq, organization_id, secret_hash, kind, features, status, "
                          u"expire_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {l.id,
                           Timestamps::idNumber(l.id),
                           l.organizationId,
                           secretHash,
                           l.kind,
                           l.features.join(u','),
                           l.status,
                           l.expireAt,
                           Sql::nonNull(l.createdBy),
                           l.createdAt});
    return done.ok() ? core::Result<void>() : core::Result<void>(done.error());
}

core::Result<std::optional<PortalLink>> PortalLinkStore::findLink(const QSqlDatabase& db, const QString& secretHash)
{
    auto q = Sql::exec(db, u"SELECT "_s + kLinkColumns + u" FROM portal_links WHERE secret_hash = ?"_s, {secretHash});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? std::optional(linkFromRow(q.value())) : std::optional<PortalLink>();
}

core::Result<QList<PortalLink>> PortalLinkStore::listLinks(const QSqlDatabase& db, const QString& organizationId)
{
    auto q = Sql::exec(db,
                       u"SELECT "_s + kLinkColumns + u" FROM portal_links WHERE organization_id = ? ORDER BY seq"_s,
                       {organizationId});
    if (!q.ok()) {
        return q.error();
    }
    QList<PortalLink> out;
    while (q.value().next()) {
        out.append(linkFromRow(q.value()));
    }
    return out;
}

core::Result<bool> PortalLinkStore::markUsed(const QSqlDatabase& db, const QString& linkId, qint64 nowMs)
{
    auto q = Sql::exec(db,
                       u"UPDATE portal_links SET status = 'USED', used_at = ? WHERE id = ? AND status = 'ACTIVE'"_s,
                       {nowMs, linkId});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().numRowsAffected() == 1;
}

core::Result<int>
PortalLinkStore::revoke(const QSqlDatabase& db, const QString& organizationId, const QString& linkId, qint64 nowMs)
{
    const QString scope = linkId.isEmpty() ? u"organization_id = ?"_s : u"organization_id = ? AND id = ?"_s;
    QVariantList binds{organizationId};
    if (!linkId.isEmpty()) {
        binds << linkId;
    }
    auto counted = Sql::exec(db, u"SELECT COUNT(*) FROM portal_links WHERE "_s + scope, binds);
    if (!counted.ok()) {
        return counted.error();
    }
    const int count = counted.value().next() ? counted.value().value(0).toInt() : 0;
    counted.value().finish();
    auto links = Sql::exec(db, u"UPDATE portal_links SET status = 'REVOKED' WHERE "_s + scope, binds);
    if (!links.ok()) {
        return links.error();
    }
    QVariantList sessionBinds{nowMs};
    sessionBinds.append(binds);
    auto sessions = Sql::exec(db,
                              u"UPDATE portal_sessions SET revoked_at = ? WHERE revoked_at IS NULL AND link_id IN "
                              u"(SELECT id FROM portal_links WHERE "_s
                                  + scope + u")"_s,
                              sessionBinds);
    if (!sessions.ok()) {
        return sessions.error();
    }
    return count;
}

core::Result<void>
PortalLinkStore::insertSession(const QSqlDatabase& db, const PortalSession& s, const QString& tokenHash)
{
    auto done = Sql::exec(db,
                          u"INSERT INTO portal_sessions (id, seq, link_id, organization_id, token_hash, features, "
                          u"expire_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {s.id,
                           Timestamps::idNumber(s.id),
                           s.linkId,
                           s.organizationId,
                           tokenHash,
                           s.features.join(u','),
                           s.expireAt,
                           s.createdAt});
    return done.ok() ? core::Result<void>() : core::Result<void>(done.error());
}

core::Result<std::optional<PortalSession>> PortalLinkStore::findSession(const QSqlDatabase& db,
                                                                        const QString& tokenHash)
{
    auto q = Sql::exec(db,
                       u"SELECT s.id, s.link_id, s.organization_id, s.features, s.expire_at, s.revoked_at, "
                       u"s.created_at, l.status FROM portal_sessions s JOIN portal_links l ON l.id = s.link_id "
                       u"WHERE s.token_hash = ?"_s,
                       {tokenHash});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<PortalSession>();
    }
    const QSqlQuery& r = q.value();
    PortalSession s{r.value(0).toString(),
                    r.value(1).toString(),
                    r.value(2).toString(),
                    r.value(3).toString().split(u',', Qt::SkipEmptyParts),
                    r.value(4).toLongLong(),
                    r.value(5).toLongLong(),
                    r.value(6).toLongLong(),
                    r.value(7).toString()};
    return std::optional(s);
}

} // namespace gatehouse::engine
