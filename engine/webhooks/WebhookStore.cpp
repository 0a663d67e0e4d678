#include "engine/webhooks/WebhookStore.h"

#include "engine/api/ApiSupport.h"
#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

QVariant nullableTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

QString typesJson(const QStringList& types)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
}

QStringList typesFrom(const QByteArray& json)
{
    QStringList out;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        out << value.toString();
    }
    return out;
}

} // namespace

const QString WebhookStore::kEndpointColumns =
    QStringLiteral("id, seq, url, description, event_types, enabled, disabled_reason, secret_sealed, secret_version, "
                   "previous_secret_sealed, previous_secret_version, previous_secret_expires_at, failing_since, "
                   "last_success_at, created_at, updated_at");

const QString WebhookStore::kDeliveryColumns =
    QStringLiteral("d.id, d.seq, d.event_id, e.type, d.endpoint_id, d.redelivery_of, d.status, d.attempt_count, "
                   "d.next_attempt_at, d.version, d.last_status_code, d.last_error, d.created_at, d.updated_at, "
                   "d.completed_at");

QJsonObject WebhookEndpoint::toJson(qint64 now) const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("url"), url},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("event_types"), QJsonArray::fromStringList(eventTypes)},
                    {QStringLiteral("enabled"), enabled},
                    {QStringLiteral("secret_version"), secretVersion},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("update_time"), Timestamps::rfc3339(updatedAt)}};
    if (!disabledReason.isEmpty()) {
        out.insert(QStringLiteral("disabled_reason"), disabledReason);
    }
    if (!previousSecretSealed.isEmpty() && previousSecretExpiresAt > now) {
        out.insert(QStringLiteral("previous_secret_expire_time"), Timestamps::rfc3339(previousSecretExpiresAt));
    }
    if (failingSince > 0) {
        out.insert(QStringLiteral("failing_since"), Timestamps::rfc3339(failingSince));
    }
    if (lastSuccessAt > 0) {
        out.insert(QStringLiteral("last_success_time"), Timestamps::rfc3339(lastSuccessAt));
    }
    return out;
}

bool WebhookEndpoint::wants(const QString& eventType) const
{
    if (eventTypes.isEmpty()) {
        return true;
    }
    for (const QString& wanted : eventTypes) {
        if (wanted == eventType || (wanted.endsWith(QStringLiteral(".*")) && eventType.startsWith(wanted.chopped(1)))) {
            return true;
        }
    }
    return false;
}

QJsonObject WebhookDelivery::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("event_id"), eventId},
                    {QStringLiteral("event_type"), eventType},
                    {QStringLiteral("endpoint_id"), endpointId},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("attempt_count"), attemptCount},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("update_time"), Timestamps::rfc3339(updatedAt)},
                    {QStringLiteral("attempts"), attempts}};
    if (!redeliveryOf.isEmpty()) {
        out.insert(QStringLiteral("redelivery_of"), redeliveryOf);
    }
    if (nextAttemptAt > 0 && (status == QStringLiteral("PENDING") || status == QStringLiteral("DELIVERING"))) {
        out.insert(QStringLiteral("next_attempt_time"), Timestamps::rfc3339(nextAttemptAt));
    }
    if (lastStatusCode > 0) {
        out.insert(QStringLiteral("last_status_code"), lastStatusCode);
    }
    if (!lastError.isEmpty()) {
        out.insert(QStringLiteral("last_error"), lastError);
    }
    if (completedAt > 0) {
        out.insert(QStringLiteral("complete_time"), Timestamps::rfc3339(completedAt));
    }
    return out;
}

WebhookEndpoint WebhookStore::endpointFromRow(const QSqlQuery& q)
{
    WebhookEndpoint e;
    e.id = q.value(0).toString();
    e.seq = q.value(1).toLongLong();
    e.url = q.value(2).toString();
    e.description = q.value(3).toString();
    e.eventTypes = typesFrom(q.value(4).toByteArray());
    e.enabled = q.value(5).toInt() != 0;
    e.disabledReason = q.value(6).toString();
    e.secretSealed = q.value(7).toString();
    e.secretVersion = q.value(8).toInt();
    e.previousSecretSealed = q.value(9).toString();
    e.previousSecretVersion = q.value(10).toInt();
    e.previousSecretExpiresAt = q.value(11).toLongLong();
    e.failingSince = q.value(12).toLongLong();
    e.lastSuccessAt = q.value(13).toLongLong();
    e.createdAt = q.value(14).toLongLong();
    e.updatedAt = q.value(15).toLongLong();
    return e;
}

WebhookDelivery WebhookStore::deliveryFromRow(const QSqlQuery& q)
{
    WebhookDelivery d;
    d.id = q.value(0).toString();
    d.seq = q.value(1).toLongLong();
    d.eventId = q.value(2).toString();
    d.eventType = q.value(3).toString();
    d.endpointId = q.value(4).toString();
    d.redeliveryOf = q.value(5).toString();
    d.status = q.value(6).toString();
    d.attemptCount = q.value(7).toInt();
    d.nextAttemptAt = q.value(8).toLongLong();
    d.version = q.value(9).toInt();
    d.lastStatusCode = q.value(10).toInt();
    d.lastError = q.value(11).toString();
    d.createdAt = q.value(12).toLongLong();
    d.updatedAt = q.value(13).toLongLong();
    d.completedAt = q.value(14).toLongLong();
    return d;
}

core::Result<void> WebhookStore::insertEndpoint(const QSqlDatabase& db, const WebhookEndpoint& e)
{
    auto q = Sql::exec(db,
                       QStringLiteral("INSERT INTO webhook_endpoints (") + kEndpointColumns
                           + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {e.id,
                        e.seq,
                        e.url,
                        Sql::nonNull(e.description),
                        typesJson(e.eventTypes),
                        e.enabled ? 1 : 0,
                        Sql::text(e.disabledReason),
                        e.secretSealed,
                        e.secretVersion,
                        Sql::text(e.previousSecretSealed),
                        nullableInt(e.previousSecretVersion),
                        nullableTime(e.previousSecretExpiresAt),
                        nullableTime(e.failingSince),
                        nullableTime(e.lastSuccessAt),
                        e.createdAt,
                        e.updatedAt});
    return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
}

core::Result<void> WebhookStore::updateEndpoint(const QSqlDatabase& db, const WebhookEndpoint& e)
{
    return Sql::execOne(
        db,
        QStringLiteral("UPDATE webhook_endpoints SET url = ?, description = ?, event_types = ?, enabled = ?, "
                       "disabled_reason = ?, secret_sealed = ?, secret_version = ?, previous_secret_sealed = ?, "
                       "previous_secret_version = ?, previous_secret_expires_at = ?, failing_since = ?, "
                       "updated_at = ? WHERE id = ?"),
        {e.url,
         Sql::nonNull(e.description),
         typesJson(e.eventTypes),
         e.enabled ? 1 : 0,
         Sql::text(e.disabledReason),
         e.secretSealed,
         e.secretVersion,
         Sql::text(e.previousSecretSealed),
         nullableInt(e.previousSecretVersion),
         nullableTime(e.previousSecretExpiresAt),
         nullableTime(e.failingSince),
         e.updatedAt,
         e.id});
}

core::Result<void> WebhookStore::deleteEndpoint(const QSqlDatabase& db, const QString& id)
{
    // Attempts and deliveries first: SQLite enforces the cascade only with foreign_keys on (it is), but
    // being explicit keeps both backends identical.
    auto attempts = Sql::exec(db,
                              QStringLiteral("DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM "
                                             "webhook_deliveries WHERE endpoint_id = ?)"),
                              {id});
    if (!attempts.ok()) {
        return attempts.error();
    }
    auto deliveries = Sql::exec(db, QStringLiteral("DELETE FROM webhook_deliveries WHERE endpoint_id = ?"), {id});
    if (!deliveries.ok()) {
        return deliveries.error();
    }
    return Sql::execOne(db, QStringLiteral("DELETE FROM webhook_endpoints WHERE id = ?"), {id});
}

core::Result<std::optional<WebhookEndpoint>> WebhookStore::findEndpoint(const QSqlDatabase& db, const QString& id)
{
    auto q =
        Sql::exec(db,
                  QStringLiteral("SELECT ") + kEndpointColumns + QStringLiteral(" FROM webhook_endpoints WHERE id = ?"),
                  {id});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<WebhookEndpoint>();
    }
    return std::optional(endpointFromRow(q.value()));
}

core::Result<QList<WebhookEndpoint>>
WebhookStore::listEndpoints(const QSqlDatabase& db, const PageCursor& cursor, int pageSize)
{
    auto q =
        Sql::exec(db,
                  QStringLiteral("SELECT ") + kEndpointColumns + QStringLiteral(" FROM webhook_endpoints WHERE 1 = 1")
                      + ApiSupport::keysetFilter(cursor, QStringLiteral("seq"))
                      + ApiSupport::keysetOrder(cursor, QStringLiteral("seq"), pageSize),
                  {cursor.seq});
    if (!q.ok()) {
        return q.error();
    }
    QList<WebhookEndpoint> out;
    while (q.value().next()) {
        out.append(endpointFromRow(q.value()));
    }
    return out;
}

core::Result<qint64> WebhookStore::countEndpoints(const QSqlDatabase& db)
{
    auto q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM webhook_endpoints"));
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

core::Result<int> WebhookStore::enqueue(const QSqlDatabase& db, core::IdGenerator& ids, const AuditLog::Recorded& event)
{
    auto q = Sql::execPrepared(db,
                               QStringLiteral("SELECT ") + kEndpointColumns
                                   + QStringLiteral(" FROM webhook_endpoints WHERE enabled = 1 ORDER BY seq"));
    if (!q.ok()) {
        return q.error();
    }
    QStringList targets;
    while (q.value().next()) {
        const WebhookEndpoint endpoint = endpointFromRow(q.value());
        if (endpoint.wants(event.type)) {
            targets << endpoint.id;
        }
    }
    for (const QString& endpointId : std::as_const(targets)) {
        auto inserted = insertDelivery(db, ids, event.id, endpointId, QString(), event.occurredAt);
        if (!inserted.ok()) {
            return inserted.error();
        }
    }
    return static_cast<int>(targets.size());
}

core::Result<WebhookDelivery> WebhookStore::insertDelivery(const QSqlDatabase& db,
                                                           core::IdGenerator& ids,
                                                           const QString& eventId,
                                                           const QString& endpointId,
                                                           const QString& redeliveryOf,
                                                           qint64 now)
{
    WebhookDelivery d;
    const quint64 number = ids.nextNumber();
    d.id = QStringLiteral("whd_") + QString::number(number);
    d.seq = static_cast<qint64>(number);
    d.eventId = eventId;
    d.endpointId = endpointId;
    d.redeliveryOf = redeliveryOf;
    d.status = QStringLiteral("PENDING");
    d.nextAttemptAt = now;
    d.createdAt = d.updatedAt = now;
    auto q = Sql::exec(db,
                       QStringLiteral("INSERT INTO webhook_deliveries (id, seq, event_id, endpoint_id, redelivery_of, "
                                      "status, attempt_count, next_attempt_at, version, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, 0, ?, ?)"),
                       {d.id, d.seq, eventId, endpointId, Sql::text(redeliveryOf), now, now, now});
    if (!q.ok()) {
        return q.error();
    }
    return d;
}

core::Result<void> WebhookStore::loadAttempts(const QSqlDatabase& db, WebhookDelivery& delivery)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT attempt, attempted_at, status_code, latency_ms, response_snippet, error "
                                      "FROM webhook_attempts WHERE delivery_id = ? ORDER BY id"),
                       {delivery.id});
    if (!q.ok()) {
        return q.error();
    }
    delivery.attempts = QJsonArray();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        QJsonObject attempt{{QStringLiteral("attempt"), r.value(0).toInt()},
                            {QStringLiteral("attempt_time"), Timestamps::rfc3339(r.value(1).toLongLong())},
                            {QStringLiteral("latency_ms"), r.value(3).toInt()}};
        if (!r.value(2).isNull()) {
            attempt.insert(QStringLiteral("status_code"), r.value(2).toInt());
        }
        if (!r.value(4).toString().isEmpty()) {
            attempt.insert(QStringLiteral("response_snippet"), r.value(4).toString());
        }
        if (!r.value(5).toString().isEmpty()) {
            attempt.insert(QStringLiteral("error"), r.value(5).toString());
        }
        delivery.attempts.append(attempt);
    }
    return {};
}

core::Result<std::optional<WebhookDelivery>>
WebhookStore::findDelivery(const QSqlDatabase& db, const QString& endpointId, const QString& id)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kDeliveryColumns
                           + QStringLiteral(" FROM webhook_deliveries d JOIN events e ON e.id = d.event_id "
                                            "WHERE d.id = ? AND d.endpoint_id = ?"),
                       {id, endpointId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<WebhookDelivery>();
    }
    WebhookDelivery d = deliveryFromRow(q.value());
    if (auto loaded = loadAttempts(db, d); !loaded.ok()) {
        return loaded.error();
    }
    return std::optional(d);
}

core::Result<QList<WebhookDelivery>> WebhookStore::listDeliveries(
    const QSqlDatabase& db, const QString& endpointId, const QString& status, const PageCursor& cursor, int pageSize)
{
    QVariantList binds{endpointId};
    QString where = QStringLiteral(" WHERE d.endpoint_id = ?");
    if (!status.isEmpty()) {
        where += QStringLiteral(" AND d.status = ?");
        binds << status;
    }
    // Most recent first: a keyset over d.seq descending.
    where += ApiSupport::keysetFilter(cursor, QStringLiteral("d.seq"), true);
    if (ApiSupport::keysetBinds(cursor, true)) {
        binds << cursor.seq;
    }
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kDeliveryColumns
                           + QStringLiteral(" FROM webhook_deliveries d JOIN events e ON e.id = d.event_id") + where
                           + ApiSupport::keysetOrder(cursor, QStringLiteral("d.seq"), pageSize, true),
                       binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<WebhookDelivery> out;
    while (q.value().next()) {
        out.append(deliveryFromRow(q.value()));
    }
    for (WebhookDelivery& d : out) {
        if (auto loaded = loadAttempts(db, d); !loaded.ok()) {
            return loaded.error();
        }
    }
    return out;
}

core::Result<qint64>
WebhookStore::countDeliveries(const QSqlDatabase& db, const QString& endpointId, const QString& status)
{
    auto q =
        status.isEmpty()
            ? Sql::exec(
                db, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = ?"), {endpointId})
            : Sql::exec(db,
                        QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = ? AND status = ?"),
                        {endpointId, status});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

core::Result<QByteArray>
WebhookStore::envelope(const QSqlDatabase& db, const QString& eventId, const QString& environmentId)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT id, type, organization_id, object_type, object_id, data, occurred_at "
                                      "FROM events WHERE id = ?"),
                       {eventId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return core::Error{QStringLiteral("not_found"), QStringLiteral("event not found"), {}};
    }
    const QSqlQuery& r = q.value();
    const QString organizationId = r.value(2).toString();
    QJsonObject data = QJsonDocument::fromJson(r.value(5).toByteArray()).object();
    if (!data.contains(QStringLiteral("id")) && !r.value(4).toString().isEmpty()) {
        data.insert(QStringLiteral("id"), r.value(4).toString());
    }
    if (!data.contains(QStringLiteral("organization_id")) && !organizationId.isEmpty()) {
        data.insert(QStringLiteral("organization_id"), organizationId);
    }
    QJsonObject envelope{{QStringLiteral("spec_version"), QStringLiteral("1")},
                         {QStringLiteral("id"), r.value(0).toString()},
                         {QStringLiteral("type"), r.value(1).toString()},
                         {QStringLiteral("object"), r.value(3).toString()},
                         {QStringLiteral("environment_id"), environmentId},
                         {QStringLiteral("occurred_at"), Timestamps::rfc3339(r.value(6).toLongLong())},
                         {QStringLiteral("data"), data}};
    if (!organizationId.isEmpty()) {
        envelope.insert(QStringLiteral("organization_id"), organizationId);
    }
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace gatehouse::engine
