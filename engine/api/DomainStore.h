#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace gatehouse::engine {

struct Domain
{
    QString id;
    QString organizationId;
    QString domain;
    QString domainType = QStringLiteral("ORGANIZATION_DOMAIN");
    QString txtRecordKey;
    QString txtRecordSecret;
    QString verificationStatus = QStringLiteral("PENDING"); // PENDING, VERIFIED, FAILED
    QString verificationMethod = QStringLiteral("DNS");     // DNS or ADMIN
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // DNS verification bookkeeping (0 = never / not set).
    qint64 verificationDeadline = 0; // PENDING becomes FAILED after this
    qint64 nextCheckAt = 0;          // next periodic re-check (PENDING only)
    qint64 lastCheckAt = 0;
    qint64 verifiedAt = 0;
    // What the last check saw: {reason, message, records_seen[], resolver, checked_at, expected_value}.
    QJsonObject lastCheck;

    // The Domain message of the REST reference; with details also our additive `verification_details`.
    QJsonObject toJson(const QString& environmentId, bool withDetails = false) const;
};

// SQL for domains; every lookup is scoped to its organization (a foreign id is "not found").
class DomainStore
{
public:
    static core::Result<void> insert(const QSqlDatabase& db, const Domain& domain);
    static core::Result<void> touch(const QSqlDatabase& db, const QString& orgId, const QString& id, qint64 now);
    // Deletes the domain; it leaves every connection it was assigned to.
    static core::Result<void> remove(const QSqlDatabase& db, const QString& orgId, const QString& id);
    // Domains assigned to connections, as (connection id, domain), by connection then assignment order;
    // empty orgId / connectionId: no filter on it.
    static core::Result<QList<std::pair<QString, Domain>>>
    assignedToConnections(const QSqlDatabase& db, const QString& orgId, const QString& connectionId);
    // Replaces the set of domains assigned to a connection (the caller has checked that each is a VERIFIED
    // domain of orgId, the connection's organization).
    static core::Result<void> assignToConnection(const QSqlDatabase& db,
                                                 const QString& orgId,
                                                 const QString& connectionId,
                                                 const QStringList& domainIds);
    static core::Result<std::optional<Domain>> find(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<QList<Domain>>
    list(const QSqlDatabase& db, const QString& orgId, const QString& domainType, int pageSize, int pageNumber);

    // Writes the outcome of a check (status, method, bookkeeping and lastCheck) of one domain; a status other than
    // VERIFIED also removes the domain from every connection it was assigned to.
    static core::Result<void> saveVerification(const QSqlDatabase& db, const Domain& domain);
    // The organization (other than exceptOrgId) that has `domain` VERIFIED, if any.
    static core::Result<std::optional<QString>>
    verifiedBy(const QSqlDatabase& db, const QString& domain, const QString& exceptOrgId);
    // PENDING domains whose re-check is due at `now`, oldest first.
    static core::Result<QList<Domain>> dueForCheck(const QSqlDatabase& db, qint64 now, int limit);
    // Claims a due re-check (several engines share the database): moves next_check_at from its current value
    // to `until`; false when another engine claimed it first.
    static core::Result<bool> claimCheck(const QSqlDatabase& db, const Domain& domain, qint64 until);
};

} // namespace gatehouse::engine
