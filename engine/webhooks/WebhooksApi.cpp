#include "engine/webhooks/WebhooksApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretBox.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"
#include "engine/webhooks/WebhookDispatcher.h"

#include <QRegularExpression>
#include <QUrl>

namespace gatehouse::engine {

namespace {

constexpr int kMaxEventTypes = 100;
constexpr int kKeyBytes = 32;
const QStringList kStatuses{
    QStringLiteral("PENDING"), QStringLiteral("DELIVERING"), QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED")};

core::Error notFound()
{
    return core::Error{QStringLiteral("not_found"), {}, {}};
}

core::Error precondition(const QString& message)
{
    return core::Error{QStringLiteral("failed_precondition"), message, {}};
}

} // namespace

WebhooksApi::WebhooksApi(EngineContext& context,
                         const SecretBox& box,
                         WebhookDispatcher& dispatcher,
                         int secretOverlapSecs)
    : m_context(context)
    , m_box(box)
    , m_dispatcher(dispatcher)
    , m_secretOverlapSecs(secretOverlapSecs)
{}

void WebhooksApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (WebhooksApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, QStringLiteral("webhooks:read")};
    const Router::RouteOptions write{true, QStringLiteral("webhooks:write")};
    const QString base = QStringLiteral("/api/v1/webhooks/endpoints");
    router.add("POST", base, bind(&WebhooksApi::create), write);
    router.add("GET", base, bind(&WebhooksApi::list), read);
    router.add("POST", base + QStringLiteral("/{id}:rotate_secret"), bind(&WebhooksApi::rotateSecret), write);
    router.add("POST", base + QStringLiteral("/{id}:test"), bind(&WebhooksApi::sendTest), write);
    router.add("GET", base + QStringLiteral("/{id}"), bind(&WebhooksApi::get), read);
    router.add("PATCH", base + QStringLiteral("/{id}"), bind(&WebhooksApi::update), write);
    router.add("DELETE", base + QStringLiteral("/{id}"), bind(&WebhooksApi::remove), write);
    router.add("POST",
               base + QStringLiteral("/{id}/deliveries/{delivery_id}:redeliver"),
               bind(&WebhooksApi::redeliver),
               write);
    router.add("GET", base + QStringLiteral("/{id}/deliveries/{delivery_id}"), bind(&WebhooksApi::getDelivery), read);
    router.add("GET", base + QStringLiteral("/{id}/deliveries"), bind(&WebhooksApi::listDeliveries), read);
}

std::optional<HttpResponse> WebhooksApi::checkId(const HttpRequest& request) const
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (id.size() > 32 || !core::IdGenerator::isValid(id, u"whk")) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid webhook endpoint id"),
            {{QStringLiteral("id"), QStringLiteral("must be a webhook endpoint id (whk_…)")}});
    }
    const QString delivery = request.pathParam(QStringLiteral("delivery_id"));
    if (!delivery.isEmpty() && (delivery.size() > 32 || !core::IdGenerator::isValid(delivery, u"whd"))) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid delivery id"),
            {{QStringLiteral("delivery_id"), QStringLiteral("must be a webhook delivery id (whd_…)")}});
    }
    return std::nullopt;
}

void WebhooksApi::readFields(const QJsonObject& body,
                             WebhookEndpoint& endpoint,
                             bool creating,
                             QList<FieldViolation>& violations) const
{
    JsonInput in(body, QString(), &violations);
    if (const auto url = in.string(QStringLiteral("url"), {1, 2048}, creating)) {
        const QUrl parsed(*url, QUrl::StrictMode);
        auto allowed = net::GuardedFetcher::checkUrl(parsed, m_dispatcher.fetchOptions());
        if (!allowed.ok()) {
            in.violation(QStringLiteral("url"), allowed.error().message);
        } else if (parsed.hasFragment()) {
            in.violation(QStringLiteral("url"), QStringLiteral("must not have a fragment"));
        }
        endpoint.url = *url;
    }
    if (const auto description = in.string(QStringLiteral("description"), {0, 1024})) {
        endpoint.description = *description;
    }
    if (const auto types = in.array(QStringLiteral("event_types"))) {
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*(\\.\\*)?$"));
        QStringList clean;
        for (const QJsonValue& type : *types) {
            const QString text = type.toString();
            if (!type.isString() || text.size() > 100 || !pattern.match(text).hasMatch()) {
                in.violation(QStringLiteral("event_types"),
                             QStringLiteral("must be event type names like organization.created (or prefix.*)"));
                break;
            }
            if (!clean.contains(text)) {
                clean << text;
            }
        }
        if (clean.size() > kMaxEventTypes) {
            in.violation(QStringLiteral("event_types"), QStringLiteral("at most 100 event types"));
        }
        endpoint.eventTypes = clean;
    }
    if (const auto enabled = in.boolean(QStringLiteral("enabled"))) {
        if (*enabled && !endpoint.enabled) {
            endpoint.disabledReason.clear(); // re-enabled: a fresh start
            endpoint.failingSince = 0;
        }
        endpoint.enabled = *enabled;
    }
    in.rejectUnknown();
}

core::Result<QString> WebhooksApi::newSecret(WebhookEndpoint& endpoint) const
{
    const QByteArray key = Random::bytes(kKeyBytes);
    auto sealed = m_box.seal(key, QStringLiteral("%1:%2").arg(endpoint.id).arg(endpoint.secretVersion).toUtf8());
    if (!sealed.ok()) {
        return sealed.error();
    }
    endpoint.secretSealed = QString::fromLatin1(sealed.value());
    return WebhookDispatcher::secretText(key);
}

core::Result<WebhookEndpoint> WebhooksApi::load(const QSqlDatabase& db, const QString& id) const
{
    auto found = WebhookStore::findEndpoint(db, id);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

HttpResponse WebhooksApi::create(HttpRequest& request)
{
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    WebhookEndpoint endpoint;
    QList<FieldViolation> violations;
    readFields(body, endpoint, true, violations);
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid webhook endpoint"), violations);
    }
    const quint64 number = m_context.ids.nextNumber();
    endpoint.id = QStringLiteral("whk_") + QString::number(number);
    endpoint.seq = static_cast<qint64>(number);
    endpoint.createdAt = endpoint.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    endpoint.disabledReason.clear();
    auto secret = newSecret(endpoint);
    if (!secret.ok()) {
        return ApiError::fromStore(secret.error(), QStringLiteral("webhook endpoint"));
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto recorded = m_context.audit.record(
                db,
                {QStringLiteral("webhook.endpoint_created"),
                 ApiSupport::actor(request),
                 QString(),
                 QStringLiteral("WebhookEndpoint"),
                 endpoint.id,
                 {{QStringLiteral("url"), endpoint.url},
                  {QStringLiteral("event_types"), QJsonArray::fromStringList(endpoint.eventTypes)}}});
            !recorded.ok()) {
            return recorded;
        }
        return WebhookStore::insertEndpoint(db, endpoint);
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("webhook endpoint"));
    }
    return HttpResponse::json(
        {{QStringLiteral("endpoint"), endpoint.toJson(endpoint.createdAt)}, {QStringLiteral("secret"), secret.value()}},
        201);
}

HttpResponse WebhooksApi::list(HttpRequest& request)
{
    int size = 10;
    PageCursor cursor;
    if (auto bad = ApiSupport::readPaging(request, m_context.hasher, "whk", 10, 100, size, cursor)) {
        return std::move(*bad);
    }
    QJsonArray endpoints;
    qint64 total = 0;
    qint64 first = 0;
    qint64 last = 0;
    bool more = false;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto count = WebhookStore::countEndpoints(db);
        if (!count.ok()) {
            return count.error();
        }
        total = count.value();
        auto page = WebhookStore::listEndpoints(db, cursor, size);
        if (!page.ok()) {
            return page.error();
        }
        QList<WebhookEndpoint> rows = page.value();
        more = ApiSupport::trimKeysetRows(rows, cursor, size);
        for (const WebhookEndpoint& endpoint : std::as_const(rows)) {
            endpoints.append(endpoint.toJson(now));
        }
        first = rows.isEmpty() ? 0 : rows.first().seq;
        last = rows.isEmpty() ? 0 : rows.last().seq;
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("webhook endpoints"));
    }
    return ApiSupport::pageResponse(
        m_context.hasher, "whk", cursor, QStringLiteral("endpoints"), endpoints, first, last, more, total);
}

HttpResponse WebhooksApi::get(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    QJsonObject json;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto endpoint = load(db, request.pathParam(QStringLiteral("id")));
        if (!endpoint.ok()) {
            return endpoint.error();
        }
        json = endpoint.value().toJson(m_context.clock.now().toMSecsSinceEpoch());
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("webhook endpoint"));
    }
    return HttpResponse::json({{QStringLiteral("endpoint"), json}});
}

HttpResponse WebhooksApi::update(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    QJsonObject json;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto endpoint = load(db, request.pathParam(QStringLiteral("id")));
        if (!endpoint.ok()) {
            return endpoint.error();
        }
        WebhookEndpoint e = endpoint.value();
        readFields(body, e, false, violations);
        if (!violations.isEmpty()) {
            return {};
        }
        e.updatedAt = now;
        if (auto saved = WebhookStore::updateEndpoint(db, e); !saved.ok()) {
            return saved;
        }
        json = e.toJson(now);
        return m_context.audit.record(db,
                                      {QStringLiteral("webhook.endpoint_updated"),
                                       ApiSupport::actor(request),
                                       QString(),
                                       QStringLiteral("WebhookEndpoint"),
                                       e.id,
                                       {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid webhook endpoint update"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("webhook endpoint"));
    }
    m_dispatcher.wake(); // re-enabled: its pending deliveries are due again
    return HttpResponse::json({{QStringLiteral("endpoint"), json}});
}

HttpResponse WebhooksApi::remove(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    const QString id = request.pathParam(QStringLiteral("id"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto removed = WebhookStore::deleteEndpoint(db, id); !removed.ok()) {
            return removed;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("webhook.endpoint_deleted"),
                                       ApiSupport::actor(request),
                                       QString(),
                                       QStringLiteral("WebhookEndpoint"),
                                       id,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("webhook endpoint"));
    }
    return HttpResponse::json({});
}

HttpResponse WebhooksApi::rotateSecret(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body, true)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    qint64 overlap = m_secretOverlapSecs;
    const QString overlapKey = body.contains(QStringLiteral("overlap_seconds"))  ? QStringLiteral("overlap_seconds")
                               : body.contains(QStringLiteral("overlapSeconds")) ? QStringLiteral("overlapSeconds")
                                                                                 : QString();
    if (!overlapKey.isEmpty()) {
        const QJsonValue value = body.take(overlapKey);
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 30 * 86400.0) {
            violations.append({QStringLiteral("overlap_seconds"), QStringLiteral("must be 0 to 2592000")});
        }
        overlap = static_cast<qint64>(value.toDouble());
    }
    JsonInput in(body, QString(), &violations);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid rotation"), violations);
    }
    QJsonObject json;
    QString secret;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto endpoint = load(db, request.pathParam(QStringLiteral("id")));
        if (!endpoint.ok()) {
            return endpoint.error();
        }
        WebhookEndpoint e = endpoint.value();
        e.previousSecretSealed = e.secretSealed;
        e.previousSecretVersion = e.secretVersion;
        e.previousSecretExpiresAt = now + overlap * 1000;
        e.secretVersion += 1;
        auto fresh = newSecret(e);
        if (!fresh.ok()) {
            return fresh.error();
        }
        secret = fresh.value();
        e.updatedAt = now;
        if (auto saved = WebhookStore::updateEndpoint(db, e); !saved.ok()) {
            return saved;
        }
        json = e.toJson(now);
        return m_context.audit.record(
            db,
            {QStringLiteral("webhook.endpoint_secret_rotated"),
             ApiSupport::actor(request),
             QString(),
             QStringLiteral("WebhookEndpoint"),
             e.id,
             {{QStringLiteral("secret_version"), e.secretVersion}, {QStringLiteral("overlap_seconds"), overlap}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("webhook endpoint"));
    }
    return HttpResponse::json({{QStringLiteral("endpoint"), json}, {QStringLiteral("secret"), secret}});
}

HttpResponse WebhooksApi::sendTest(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body, true)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("a test event takes no fields"), violations);
    }
    const QString id = request.pathParam(QStringLiteral("id"));
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    WebhookDelivery delivery;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto endpoint = load(db, id);
        if (!endpoint.ok()) {
            return endpoint.error();
        }
        if (!endpoint.value().enabled) {
            return precondition(QStringLiteral("the webhook endpoint is disabled"));
        }
        // Recorded without the outbox sink: the test goes to this endpoint only.
        auto event = m_context.audit.recordEvent(
            db,
            {QStringLiteral("webhook.test"),
             ApiSupport::actor(request),
             QString(),
             QStringLiteral("WebhookEndpoint"),
             id,
             {{QStringLiteral("id"), id},
              {QStringLiteral("message"), QStringLiteral("This is a test event from Gatehouse.")}}},
            false);
        if (!event.ok()) {
            return event.error();
        }
        auto inserted = WebhookStore::insertDelivery(db, m_context.ids, event.value(), id, QString(), now);
        if (!inserted.ok()) {
            return inserted.error();
        }
        delivery = inserted.value();
        delivery.eventType = QStringLiteral("webhook.test");
        return {};
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("webhook endpoint"));
    }
    m_dispatcher.wake();
    return HttpResponse::json({{QStringLiteral("delivery"), delivery.toJson()}}, 201);
}

HttpResponse WebhooksApi::listDeliveries(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    int size = 10;
    PageCursor cursor;
    QList<FieldViolation> violations;
    ApiSupport::readPaging(request, m_context.hasher, "whd", 10, 100, size, cursor, violations);
    const QString status = request.queryValue(QStringLiteral("status")).value_or(QString());
    if (!status.isEmpty() && !kStatuses.contains(status)) {
        violations.append({QStringLiteral("status"), QStringLiteral("must be one of %1").arg(kStatuses.join(u", "))});
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid delivery query"), violations);
    }
    const QString id = request.pathParam(QStringLiteral("id"));
    QJsonArray deliveries;
    qint64 total = 0;
    qint64 first = 0;
    qint64 last = 0;
    bool more = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto endpoint = load(db, id); !endpoint.ok()) {
            return endpoint.error();
        }
        auto count = WebhookStore::countDeliveries(db, id, status);
        if (!count.ok()) {
            return count.error();
        }
        total = count.value();
        auto page = WebhookStore::listDeliveries(db, id, status, cursor, size);
        if (!page.ok()) {
            return page.error();
        }
        QList<WebhookDelivery> rows = page.value();
        more = ApiSupport::trimKeysetRows(rows, cursor, size);
        for (const WebhookDelivery& delivery : std::as_const(rows)) {
            deliveries.append(delivery.toJson());
        }
        first = rows.isEmpty() ? 0 : rows.first().seq;
        last = rows.isEmpty() ? 0 : rows.last().seq;
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("webhook endpoint"));
    }
    return ApiSupport::pageResponse(
        m_context.hasher, "whd", cursor, QStringLiteral("deliveries"), deliveries, first, last, more, total);
}

HttpResponse WebhooksApi::getDelivery(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    QJsonObject json;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = WebhookStore::findDelivery(
            db, request.pathParam(QStringLiteral("id")), request.pathParam(QStringLiteral("delivery_id")));
        if (!found.ok()) {
            return found.error();
        }
        if (!found.value()) {
            return notFound();
        }
        json = found.value()->toJson();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("webhook delivery"));
    }
    return HttpResponse::json({{QStringLiteral("delivery"), json}});
}

HttpResponse WebhooksApi::redeliver(HttpRequest& request)
{
    if (auto bad = checkId(request)) {
        return std::move(*bad);
    }
    const QString endpointId = request.pathParam(QStringLiteral("id"));
    const QString deliveryId = request.pathParam(QStringLiteral("delivery_id"));
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QJsonObject json;
    int status = 201;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto endpoint = load(db, endpointId);
        if (!endpoint.ok()) {
            return endpoint.error();
        }
        if (!endpoint.value().enabled) {
            return precondition(QStringLiteral("the webhook endpoint is disabled; enable it first"));
        }
        auto found = WebhookStore::findDelivery(db, endpointId, deliveryId);
        if (!found.ok()) {
            return found.error();
        }
        if (!found.value()) {
            return notFound();
        }
        const WebhookDelivery& original = *found.value();
        if (original.status == QStringLiteral("DELIVERING")) {
            return precondition(QStringLiteral("the delivery is being attempted right now"));
        }
        if (original.status == QStringLiteral("PENDING")) {
            // Still in its schedule: the next attempt is simply brought forward.
            auto sooner = Sql::exec(db,
                                    QStringLiteral("UPDATE webhook_deliveries SET next_attempt_at = ?, version = "
                                                   "version + 1, updated_at = ? WHERE id = ? AND status = 'PENDING'"),
                                    {now, now, deliveryId});
            if (!sooner.ok()) {
                return sooner.error();
            }
            WebhookDelivery d = original;
            d.nextAttemptAt = now;
            json = d.toJson();
            status = 200;
            return {};
        }
        auto inserted = WebhookStore::insertDelivery(db, m_context.ids, original.eventId, endpointId, deliveryId, now);
        if (!inserted.ok()) {
            return inserted.error();
        }
        WebhookDelivery d = inserted.value();
        d.eventType = original.eventType;
        json = d.toJson();
        return m_context.audit.record(db,
                                      {QStringLiteral("webhook.delivery_redelivered"),
                                       ApiSupport::actor(request),
                                       QString(),
                                       QStringLiteral("WebhookEndpoint"),
                                       endpointId,
                                       {{QStringLiteral("delivery_id"), d.id},
                                        {QStringLiteral("redelivery_of"), deliveryId},
                                        {QStringLiteral("event_id"), original.eventId}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("webhook delivery"));
    }
    m_dispatcher.wake();
    return HttpResponse::json({{QStringLiteral("delivery"), json}}, status);
}

} // namespace gatehouse::engine
