#include "engine/api/DomainStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

const QString kColumns = QStringLiteral("id, organization_id, domain, domain_type, txt_record_key, txt_record_secret, "
                                        "verification_status, verification_method, created_at, updated_at, "
                                        "verification_deadline, next_check_at, last_check_at, verified_at, "
                                        "verification_details");

QVariant optionalTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant details(const QJsonObject& object)
{
    return object.isEmpty() ? Sql::text({})
                            : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

Domain fromRow(const QSqlQuery& q)
{
    Domain d;
    d.id = q.value(0).toString();
    d.organizationId = q.value(1).toString();
    d.domain = q.value(2).toString();
    d.domainType = q.value(3).toString();
    d.txtRecordKey = q.value(4).toString();
    d.txtRecordSecret = q.value(5).toString();
    d.verificationStatus = q.value(6).toString();
    d.verificationMethod = q.value(7).toString();
    d.createdAt = q.value(8).toLongLong();
    d.updatedAt = q.value(9).toLongLong();
    d.verificationDeadline = q.value(10).toLongLong();
    d.nextCheckAt = q.value(11).toLongLong();
    d.lastCheckAt = q.value(12).toLongLong();
    d.verifiedAt = q.value(13).toLongLong();
    d.lastCheck = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    return d;
}

core::Result<QList<Domain>> rows(core::Result<SqlQuery> q)
{
    if (!q.ok()) {
        return q.error();
    }
    QList<Domain> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

} // namespace

QJsonObject Domain::toJson(const QString& environmentId, bool withDetails) const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("domain"), domain},
                    {QStringLiteral("environment_id"), environmentId},
                    {QStringLiteral("organization_id"), organizationId},
                    {QStringLiteral("txt_record_key"), txtRecordKey},
                    {QStringLiteral("txt_record_secret"), txtRecordSecret},
                    {QStringLiteral("verification_status"), verificationStatus},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("update_time"), Timestamps::rfc3339(updatedAt)},
                    {QStringLiteral("domain_type"), domainType},
                    {QStringLiteral("verification_method"), verificationMethod}};
    if (withDetails) {
        QJsonObject detailsOut = lastCheck;
        if (verificationStatus == QStringLiteral("PENDING")) {
            if (nextCheckAt > 0) {
                detailsOut.insert(QStringLiteral("next_check_time"), Timestamps::rfc3339(nextCheckAt));
            }
            if (verificationDeadline > 0) {
                detailsOut.insert(QStringLiteral("verification_deadline"), Timestamps::rfc3339(verificationDeadline));
            }
        }
        if (verifiedAt > 0) {
            detailsOut.insert(QStringLiteral("verified_time"), Timestamps::rfc3339(verifiedAt));
        }
        if (lastCheckAt > 0) {
            detailsOut.insert(QStringLiteral("last_check_time"), Timestamps::rfc3339(lastCheckAt));
        }
        detailsOut.insert(QStringLiteral("expected_record"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("TXT")},
                                      {QStringLiteral("name"), txtRecordKey},
                                      {QStringLiteral("value"), txtRecordSecret}});
        out.insert(QStringLiteral("verification_details"), detailsOut);
    }
    return out;
}

core::Result<void> DomainStore::insert(const QSqlDatabase& db, const Domain& d)
{
    auto done = Sql::exec(db,
                          QStringLiteral("INSERT INTO domains (") + kColumns
                              + QStringLiteral(", seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {d.id,
                           d.organizationId,
                           d.domain,
                           d.domainType,
                           d.txtRecordKey,
                           d.txtRecordSecret,
                           d.verificationStatus,
                           d.verificationMethod,
                           d.createdAt,
                           d.updatedAt,
                           optionalTime(d.verificationDeadline),
                           optionalTime(d.nextCheckAt),
                           optionalTime(d.lastCheckAt),
                           optionalTime(d.verifiedAt),
                           details(d.lastCheck),
                           Timestamps::idNumber(d.id)});
    if (!done.ok()) {
        if (Sql::isUniqueViolation(done.error())) {
            return core::Error{
                QStringLiteral("already_exists"), QStringLiteral("this organization already has that domain"), {}};
        }
        return done.error();
    }
    return {};
}

core::Result<void> DomainStore::touch(const QSqlDatabase& db, const QString& orgId, const QString& id, qint64 now)
{
    return Sql::execOne(
        db, QStringLiteral("UPDATE domains SET updated_at = ? WHERE id = ? AND organization_id = ?"), {now, id, orgId});
}

core::Result<void> DomainStore::remove(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    // The domain leaves every connection it was assigned to (the foreign key cascades too; explicit here so the
    // rule does not depend on the backend's foreign-key enforcement).
    if (auto detached = Sql::exec(db,
                                  QStringLiteral("DELETE FROM connection_domains WHERE domain_id = ? AND "
                                                 "organization_id = ?"),
                                  {id, orgId});
        !detached.ok()) {
        return detached.error();
    }
    return Sql::execOne(db, QStringLiteral("DELETE FROM domains WHERE id = ? AND organization_id = ?"), {id, orgId});
}

core::Result<QList<std::pair<QString, Domain>>>
DomainStore::assignedToConnections(const QSqlDatabase& db, const QString& orgId, const QString& connectionId)
{
    QString columns;
    for (const QString& column : kColumns.split(QStringLiteral(", "))) {
        columns += (columns.isEmpty() ? QStringLiteral("d.") : QStringLiteral(", d.")) + column;
    }
    QString sql =
        QStringLiteral("SELECT ") + columns
        + QStringLiteral(", cd.connection_id FROM connection_domains cd JOIN domains d ON d.id = cd.domain_id "
                         "WHERE 1 = 1");
    QVariantList binds;
    if (!orgId.isEmpty()) {
        sql += QStringLiteral(" AND cd.organization_id = ?");
        binds << orgId;
    }
    if (!connectionId.isEmpty()) {
        sql += QStringLiteral(" AND cd.connection_id = ?");
        binds << connectionId;
    }
    auto q = Sql::exec(db, sql + QStringLiteral(" ORDER BY cd.connection_id, cd.seq"), binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<std::pair<QString, Domain>> out;
    while (q.value().next()) {
        out.append({q.value().value(15).toString(), fromRow(q.value())});
    }
    return out;
}

core::Result<void> DomainStore::assignToConnection(const QSqlDatabase& db,
                                                   const QString& orgId,
                                                   const QString& connectionId,
                                                   const QStringList& domainIds)
{
    if (auto cleared =
            Sql::exec(db, QStringLiteral("DELETE FROM connection_domains WHERE connection_id = ?"), {connectionId});
        !cleared.ok()) {
        return cleared.error();
    }
    for (qsizetype i = 0; i < domainIds.size(); ++i) {
        if (auto inserted = Sql::exec(db,
                                      QStringLiteral("INSERT INTO connection_domains (connection_id, domain_id, "
                                                     "organization_id, seq) VALUES (?, ?, ?, ?)"),
                                      {connectionId, domainIds[i], orgId, static_cast<qint64>(i)});
            !inserted.ok()) {
            return inserted.error();
        }
    }
    return {};
}

core::Result<std::optional<Domain>> DomainStore::find(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM domains WHERE id = ? AND organization_id = ?"),
                       {id, orgId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Domain>();
    }
    return std::optional<Domain>(fromRow(q.value()));
}

core::Result<QList<Domain>>
DomainStore::list(const QSqlDatabase& db, const QString& orgId, const QString& domainType, int pageSize, int pageNumber)
{
    QVariantList binds{orgId};
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM domains WHERE organization_id = ?");
    if (!domainType.isEmpty()) {
        sql += QStringLiteral(" AND domain_type = ?");
        binds << domainType;
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT %1 OFFSET %2")
               .arg(pageSize)
               .arg(static_cast<qint64>(pageNumber) * pageSize);
    return rows(Sql::exec(db, sql, binds));
}

core::Result<void> DomainStore::saveVerification(const QSqlDatabase& db, const Domain& d)
{
    auto done = Sql::execOne(db,
                             QStringLiteral("UPDATE domains SET verification_status = ?, verification_method = ?, "
                                            "txt_record_secret = ?, updated_at = ?, verification_deadline = ?, "
                                            "next_check_at = ?, last_check_at = ?, verified_at = ?, "
                                            "verification_details = ? WHERE id = ? AND organization_id = ?"),
                             {d.verificationStatus,
                              d.verificationMethod,
                              d.txtRecordSecret,
                              d.updatedAt,
                              optionalTime(d.verificationDeadline),
                              optionalTime(d.nextCheckAt),
                              optionalTime(d.lastCheckAt),
                              optionalTime(d.verifiedAt),
                              details(d.lastCheck),
                              d.id,
                              d.organizationId});
    if (!done.ok() && Sql::isUniqueViolation(done.error())) {
        return core::Error{QStringLiteral("already_exists"),
                           QStringLiteral("another organization has already verified this domain"),
                           {}};
    }
    if (!done.ok() || d.verificationStatus == QStringLiteral("VERIFIED")) {
        return done;
    }
    // Only verified domains route logins: a domain that is no longer VERIFIED leaves its connections (same
    // transaction as the status change).
    auto detached = Sql::exec(db, QStringLiteral("DELETE FROM connection_domains WHERE domain_id = ?"), {d.id});
    return detached.ok() ? core::Result<void>() : core::Result<void>(detached.error());
}

core::Result<std::optional<QString>>
DomainStore::verifiedBy(const QSqlDatabase& db, const QString& domain, const QString& exceptOrgId)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT organization_id FROM domains WHERE domain = ? AND "
                                      "verification_status = 'VERIFIED' AND organization_id <> ?"),
                       {domain, exceptOrgId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(q.value().value(0).toString());
}

core::Result<QList<Domain>> DomainStore::dueForCheck(const QSqlDatabase& db, qint64 now, int limit)
{
    return rows(Sql::exec(db,
                          QStringLiteral("SELECT ") + kColumns
                              + QStringLiteral(" FROM domains WHERE verification_status = 'PENDING' AND "
                                               "(next_check_at IS NULL OR next_check_at <= ?) ORDER BY seq LIMIT %1")
                                    .arg(limit),
                          {now}));
}

core::Result<bool> DomainStore::claimCheck(const QSqlDatabase& db, const Domain& d, qint64 until)
{
    auto q = d.nextCheckAt > 0 ? Sql::exec(db,
                                           QStringLiteral("UPDATE domains SET next_check_at = ? WHERE id = ? AND "
                                                          "verification_status = 'PENDING' AND next_check_at = ?"),
                                           {until, d.id, d.nextCheckAt})
                               : Sql::exec(db,
                                           QStringLiteral("UPDATE domains SET next_check_at = ? WHERE id = ? AND "
                                                          "verification_status = 'PENDING' AND next_check_at IS NULL"),
                                           {until, d.id});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().numRowsAffected() == 1;
}

} // namespace gatehouse::engine
