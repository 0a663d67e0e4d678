#pragma once

#include "core/util/IdGenerator.h"
#include "core/util/Result.h"
#include "engine/api/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

class SecretBox;
struct PageCursor;

// A webhook endpoint (`whk_…`). The signing keys are sealed; they never leave the engine except once, as
// `whsec_<base64 key>`, in the answer to create / rotate.
struct WebhookEndpoint
{
    QString id;
    qint64 seq = 0;
    QString url;
    QString description;
    QStringList eventTypes; // empty: every event type
    bool enabled = true;
    QString disabledReason; // "" | "FAILING" (disabled automatically)
    QString secretSealed;
    int secretVersion = 1;
    QString previousSecretSealed;
    int previousSecretVersion = 0;
    qint64 previousSecretExpiresAt = 0;
    qint64 failingSince = 0;
    qint64 lastSuccessAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson(qint64 now) const;
    bool wants(const QString& eventType) const;
};

// One (event, endpoint) pair of the outbox (`whd_…`) and its attempts.
struct WebhookDelivery
{
    QString id;
    qint64 seq = 0;
    QString eventId;
    QString eventType;
    QString endpointId;
    QString redeliveryOf;
    QString status; // PENDING, DELIVERING, SUCCEEDED, FAILED
    int attemptCount = 0;
    qint64 nextAttemptAt = 0;
    int version = 0;
    int lastStatusCode = 0;
    QString lastError;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 completedAt = 0;
    QJsonArray attempts;

    QJsonObject toJson() const;
};

// SQL of the webhook tables (migration 0009). Every function runs inside the caller's transaction.
class WebhookStore
{
public:
    static core::Result<void> insertEndpoint(const QSqlDatabase& db, const WebhookEndpoint& endpoint);
    static core::Result<void> updateEndpoint(const QSqlDatabase& db, const WebhookEndpoint& endpoint);
    static core::Result<void> deleteEndpoint(const QSqlDatabase& db, const QString& id);
    static core::Result<std::optional<WebhookEndpoint>> findEndpoint(const QSqlDatabase& db, const QString& id);
    // The rows of one keyset page (ApiSupport::keysetOrder: at most pageSize + 1, trim with trimKeysetRows);
    // endpoints oldest first, deliveries most recent first.
    static core::Result<QList<WebhookEndpoint>>
    listEndpoints(const QSqlDatabase& db, const PageCursor& cursor, int pageSize);
    static core::Result<qint64> countEndpoints(const QSqlDatabase& db);

    // The outbox: a PENDING delivery for every enabled endpoint subscribed to the event, due now.
    static core::Result<int> enqueue(const QSqlDatabase& db, core::IdGenerator& ids, const AuditLog::Recorded& event);
    static core::Result<WebhookDelivery> insertDelivery(const QSqlDatabase& db,
                                                        core::IdGenerator& ids,
                                                        const QString& eventId,
                                                        const QString& endpointId,
                                                        const QString& redeliveryOf,
                                                        qint64 now);
    static core::Result<std::optional<WebhookDelivery>>
    findDelivery(const QSqlDatabase& db, const QString& endpointId, const QString& id);
    static core::Result<QList<WebhookDelivery>> listDeliveries(
        const QSqlDatabase& db, const QString& endpointId, const QString& status, const PageCursor& cursor, int pageSize);
    static core::Result<qint64>
    countDeliveries(const QSqlDatabase& db, const QString& endpointId, const QString& status);
    static core::Result<void> loadAttempts(const QSqlDatabase& db, WebhookDelivery& delivery);

    // The Standard Webhooks envelope of a stored event (the same JSON on every attempt).
    static core::Result<QByteArray>
    envelope(const QSqlDatabase& db, const QString& eventId, const QString& environmentId);

    static WebhookEndpoint endpointFromRow(const QSqlQuery& row);
    static WebhookDelivery deliveryFromRow(const QSqlQuery& row);
    static const QString kEndpointColumns;
    static const QString kDeliveryColumns;
};

} // namespace gatehouse::engine
