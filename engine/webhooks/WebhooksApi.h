#pragma once

#include "engine/http/ApiError.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/webhooks/WebhookStore.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;
class SecretBox;
class WebhookDispatcher;

// Our extension (Scalekit publishes no webhook API): endpoints under /api/v1/webhooks/endpoints, their
// deliveries with every attempt, redelivery, a test event and secret rotation. Secrets are shown once.
class WebhooksApi
{
public:
    WebhooksApi(EngineContext& context, const SecretBox& box, WebhookDispatcher& dispatcher, int secretOverlapSecs);

    void registerRoutes(Router& router);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse rotateSecret(HttpRequest& request);
    HttpResponse sendTest(HttpRequest& request);
    HttpResponse listDeliveries(HttpRequest& request);
    HttpResponse getDelivery(HttpRequest& request);
    HttpResponse redeliver(HttpRequest& request);

    std::optional<HttpResponse> checkId(const HttpRequest& request) const;
    // Reads url / description / event_types / enabled into `endpoint`; violations collected.
    void readFields(const QJsonObject& body,
                    WebhookEndpoint& endpoint,
                    bool creating,
                    QList<FieldViolation>& violations) const;
    // A new random key sealed into the endpoint's current slot; returns the whsec_ text.
    core::Result<QString> newSecret(WebhookEndpoint& endpoint) const;
    core::Result<WebhookEndpoint> load(const QSqlDatabase& db, const QString& id) const;

    EngineContext& m_context;
    const SecretBox& m_box;
    WebhookDispatcher& m_dispatcher;
    int m_secretOverlapSecs;
};

} // namespace gatehouse::engine
