#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

// An admin-portal link (`lnk_…`): SINGLE_USE (GeneratePortalLink: exchanged once, within its short
// lifetime) or SHAREABLE (our extension: any number of exchanges until it expires or is revoked).
struct PortalLink
{
    QString id;
    QString organizationId;
    QString kind = QStringLiteral("SINGLE_USE");
    QString status = QStringLiteral("ACTIVE"); // ACTIVE, USED, REVOKED (EXPIRED is derived from expireAt)
    QStringList features;                      // "sso", "dir_sync"
    qint64 expireAt = 0;
    qint64 usedAt = 0;
    QString createdBy;
    qint64 createdAt = 0;

    // ACTIVE, USED, REVOKED or EXPIRED at `nowMs`.
    QString state(qint64 nowMs) const;
    // Without the location (it holds the secret): id, expire_time, create_time, features, shareable, status.
    QJsonObject toJson(qint64 nowMs) const;
};

// A portal session (`ses_…`) obtained by exchanging a link; valid while unexpired and its link not revoked.
struct PortalSession
{
    QString id;
    QString linkId;
    QString organizationId;
    QStringList features;
    qint64 expireAt = 0;
    qint64 revokedAt = 0;
    qint64 createdAt = 0;
    QString linkStatus; // filled by findSession
};

// SQL for portal links and portal sessions; secrets are stored as SecretHasher hashes only.
class PortalLinkStore
{
public:
    static core::Result<void> insertLink(const QSqlDatabase& db, const PortalLink& link, const QString& secretHash);
    static core::Result<std::optional<PortalLink>> findLink(const QSqlDatabase& db, const QString& secretHash);
    static core::Result<QList<PortalLink>> listLinks(const QSqlDatabase& db, const QString& organizationId);
    // ACTIVE → USED, only if still ACTIVE; false when another exchange won.
    static core::Result<bool> markUsed(const QSqlDatabase& db, const QString& linkId, qint64 nowMs);
    // Revokes the organization's link `linkId` (all of them when empty) and ends their sessions; returns how
    // many links exist with that id (0: not found).
    static core::Result<int>
    revoke(const QSqlDatabase& db, const QString& organizationId, const QString& linkId, qint64 nowMs);
    static core::Result<void>
    insertSession(const QSqlDatabase& db, const PortalSession& session, const QString& tokenHash);
    static core::Result<std::optional<PortalSession>> findSession(const QSqlDatabase& db, const QString& tokenHash);
};

} // namespace gatehouse::engine
