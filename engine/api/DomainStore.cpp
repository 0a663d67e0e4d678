#include "engine/api/DomainStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

namespace gatehouse::engine {

namespace {

const QString kColumns = QStringLiteral("id, organization_id, domain, domain_type, txt_record_key, txt_record_secret, "
                                        "verification_status, verification_method, created_at, updated_at");

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
    return d;
}

} // namespace

QJsonObject Domain::toJson(const QString& environmentId) const
{
    return {{QStringLiteral("id"), id},
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
}

core::Result<void> DomainStore::insert(const QSqlDatabase& db, const Domain& d)
{
    auto done = Sql::exec(db,
                          QStringLiteral("INSERT INTO domains (") + kColumns
                              + QStringLiteral(", seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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
    return Sql::execOne(db, QStringLiteral("DELETE FROM domains WHERE id = ? AND organization_id = ?"), {id, orgId});
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
    auto q = Sql::exec(db, sql, binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<Domain> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

} // namespace gatehouse::engine
