#pragma once

#include "models/PagedTableModel.h"

#include <QCoreApplication>

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {

// The environment's webhook endpoints (GET /api/v1/webhooks/endpoints) and one endpoint's deliveries, most recent
// first, each with its attempts (GET …/endpoints/{id}/deliveries), page by page.
class WebhookTables
{
    Q_DECLARE_TR_FUNCTIONS(WebhookTables)

public:
    static QStringList endpointHeaders();
    static QStringList deliveryHeaders();
    static PageFetcher endpointsFetcher(client::ApiClient* apiClient);
    // `status` (PENDING, DELIVERING, SUCCEEDED, FAILED; empty = all) is the engine's `status` query parameter.
    static PageFetcher
    deliveriesFetcher(client::ApiClient* apiClient, const QString& endpointId, const QString& status = QString());
    static TableRow endpointRow(const QJsonObject& endpoint);
    // Status, attempts, the last attempt's HTTP status and latency (ms), error.
    static TableRow deliveryRow(const QJsonObject& delivery);
    // One delivery's attempts (its `attempts` array), oldest first: attempt number, time, HTTP status, latency
    // (ms), error.
    static QStringList attemptHeaders();
    static QList<QStringList> attemptRows(const QJsonObject& delivery);
};

} // namespace gatehouse::models
