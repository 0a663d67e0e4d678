#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

struct Domain
{
    QString id;
    QString organizationId;
    QString domain;
    QString domainType = QStringLiteral("ORGANIZATION_DOMAIN");
    QString txtRecordKey;
    QString txtRecordSecret;
    QString verificationStatus = QStringLiteral("PENDING");
    QString verificationMethod = QStringLiteral("DNS");
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson(const QString& environmentId) const;
};

// SQL for domains; every lookup is scoped to its organization (a foreign id is "not found").
class DomainStore
{
public:
    static core::Result<void> insert(const QSqlDatabase& db, const Domain& domain);
    static core::Result<void> touch(const QSqlDatabase& db, const QString& orgId, const QString& id, qint64 now);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<std::optional<Domain>> find(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<QList<Domain>>
    list(const QSqlDatabase& db, const QString& orgId, const QString& domainType, int pageSize, int pageNumber);
};

} // namespace gatehouse::engine
