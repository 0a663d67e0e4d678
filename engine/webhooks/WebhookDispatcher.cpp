#include "engine/webhooks/WebhookDispatcher.h"

#include "engine/EngineContext.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretBox.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"
#include "engine/webhooks/WebhookStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhooks, "gatehouse.engine.webhooks")

namespace gatehouse::engine {

namespace {

constexpr int kSnippetBytes = 1024;

QString snippet(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(kSnippetBytes));
    while (text.toUtf8().size() > kSnippetBytes) {
        text.chop(1);
    }
    return text;
}

} // namespace

WebhookDispatcher::WebhookDispatcher(EngineContext& context, const SecretBox& box, Settings settings, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_box(box)
    , m_settings(std::move(settings))
    , m_engineId(QStringLiteral("%1:%2:%3")
                     .arg(QSysInfo::machineHostName().left(64))
                     .arg(QCoreApplication::applicationPid())
                     .arg(Random::token(6)))
    , m_fetcher(&m_nam)
{
    m_nam.setAutoDeleteReplies(false);
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

WebhookDispatcher::~WebhookDispatcher()
{
    m_stopping = true;
    m_timer.stop();
    releaseClaims();
}

QString WebhookDispatcher::secretText(const QByteArray& key)
{
    return QStringLiteral("whsec_") + QString::fromLatin1(key.toBase64());
}

QByteArray
WebhookDispatcher::sign(const QByteArray& key, const QByteArray& id, qint64 timestamp, const QByteArray& body)
{
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toBase64();
}

net::GuardedFetcher::Options WebhookDispatcher::fetchOptions() const
{
    net::GuardedFetcher::Options options;
    options.allowHttp = m_settings.allowPrivate;
    options.allowPrivateAddresses = m_settings.allowPrivate;
    options.maxBytes = kSnippetBytes;
    options.timeoutMs = m_settings.timeoutMs;
    options.maxRedirects = 0;
    return options;
}

core::Result<void> WebhookDispatcher::enqueue(const QSqlDatabase& db, const AuditLog::Recorded& event)
{
    // The configuration of the webhooks themselves is audited but not delivered (it would notify the very
    // receivers being configured); an automatic disabling is delivered to the other endpoints.
    if (event.type.startsWith(QStringLiteral("webhook."))
        && event.type != QStringLiteral("webhook.endpoint_disabled")) {
        return {};
    }
    auto queued = WebhookStore::enqueue(db, m_context.ids, event);
    if (!queued.ok()) {
        return queued.error();
    }
    if (queued.value() > 0) {
        if (QThread::currentThread() == thread()) {
            wake(); // runs after the current handler, i.e. after the commit
        } else {
            // A write on an HTTP worker thread (SCIM): woken on the dispatcher's thread once the rows are
            // committed. The server waits for its workers before the dispatcher goes (Engine::~Engine), and a
            // call queued to a deleted receiver is dropped.
            Database::afterCommit([this] {
                QMetaObject::invokeMethod(
                    this, [this] { wake(); }, Qt::QueuedConnection);
            });
        }
    }
    return {};
}

void WebhookDispatcher::start()
{
    m_timer.start(std::max(m_settings.pollIntervalMs, 10));
    wake();
}

void WebhookDispatcher::wake()
{
    if (m_wakePending || m_stopping) {
        return;
    }
    m_wakePending = true;
    QTimer::singleShot(0, this, [this] {
        m_wakePending = false;
        sweep();
    });
}

int WebhookDispatcher::sweep()
{
    const int free = m_settings.maxInFlight - m_inFlight;
    if (m_stopping || free <= 0) {
        return 0;
    }
    auto claimed = claim(free);
    if (!claimed.ok()) {
        qCWarning(lcWebhooks) << "webhook sweep failed:" << claimed.error().message;
        return 0;
    }
    for (const Claimed& c : std::as_const(claimed.value())) {
        send(std::make_shared<Claimed>(c));
    }
    return static_cast<int>(claimed.value().size());
}

core::Result<QList<WebhookDispatcher::Claimed>> WebhookDispatcher::claim(int limit)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QList<Claimed> claimed;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto due = Sql::exec(db,
                             QStringLiteral("SELECT d.id, d.version, d.status, d.attempt_count, d.event_id, "
                                            "d.endpoint_id FROM webhook_deliveries d JOIN webhook_endpoints w ON "
                                            "w.id = d.endpoint_id WHERE w.enabled = 1 AND ((d.status = 'PENDING' AND "
                                            "d.next_attempt_at <= ?) OR (d.status = 'DELIVERING' AND d.claimed_until "
                                            "<= ?)) ORDER BY d.next_attempt_at, d.seq LIMIT %1")
                                 .arg(limit),
                             {now, now});
        if (!due.ok()) {
            return due.error();
        }
        struct Candidate
        {
            QString id;
            int version;
            bool abandoned;
            int attempts;
            QString eventId;
            QString endpointId;
        };
        QList<Candidate> candidates;
        while (due.value().next()) {
            const QSqlQuery& r = due.value();
            candidates.append({r.value(0).toString(),
                               r.value(1).toInt(),
                               r.value(2).toString() == QStringLiteral("DELIVERING"),
                               r.value(3).toInt(),
                               r.value(4).toString(),
                               r.value(5).toString()});
        }
        const qint64 until = now + static_cast<qint64>(m_settings.claimTimeoutSecs) * 1000;
        for (const Candidate& c : std::as_const(candidates)) {
            // The conditional UPDATE is the claim: only one engine sees its row change.
            auto mine = Sql::exec(db,
                                  QStringLiteral("UPDATE webhook_deliveries SET status = 'DELIVERING', version = "
                                                 "version + 1, attempt_count = attempt_count + 1, claimed_by = ?, "
                                                 "claimed_until = ?, updated_at = ? WHERE id = ? AND version = ?"),
                                  {m_engineId, until, now, c.id, c.version});
            if (!mine.ok()) {
                return mine.error();
            }
            if (mine.value().numRowsAffected() != 1) {
                continue;
            }
            if (c.abandoned) {
                // The engine that made the previous attempt stopped before recording it.
                auto logged = Sql::exec(db,
                                        QStringLiteral("INSERT INTO webhook_attempts (id, delivery_id, attempt, "
                                                       "engine_id, attempted_at, status_code, latency_ms, "
                                                       "response_snippet, error) VALUES (?, ?, ?, ?, ?, NULL, 0, "
                                                       "NULL, ?)"),
                                        {static_cast<qint64>(m_context.ids.nextNumber()),
                                         c.id,
                                         c.attempts,
                                         m_engineId,
                                         now,
                                         QStringLiteral("abandoned: the engine making this attempt stopped "
                                                        "(claim expired)")});
                if (!logged.ok()) {
                    return logged.error();
                }
            }
            Claimed claim;
            claim.deliveryId = c.id;
            claim.eventId = c.eventId;
            claim.endpointId = c.endpointId;
            claim.attempt = c.attempts + 1;
            claim.version = c.version + 1;
            if (auto ready = prepare(db, claim, now); !ready.ok()) {
                // Cannot be sent at all (its secret no longer opens with this master key, …): fail this one
                // delivery instead of blocking the queue behind it.
                qCWarning(lcWebhooks) << "webhook delivery" << c.id << "cannot be prepared:" << ready.error().message;
                auto failed =
                    Sql::exec(db,
                              QStringLiteral("UPDATE webhook_deliveries SET status = 'FAILED', version = "
                                             "version + 1, claimed_by = NULL, claimed_until = NULL, "
                                             "next_attempt_at = NULL, last_error = ?, completed_at = ?, "
                                             "updated_at = ? WHERE id = ?"),
                              {QString(QStringLiteral("cannot be prepared: ") + ready.error().code), now, now, c.id});
                if (!failed.ok()) {
                    return failed.error();
                }
                continue;
            }
            claimed.append(claim);
        }
        return {};
    });
    if (!written.ok()) {
        return written.error();
    }
    return claimed;
}

core::Result<void> WebhookDispatcher::prepare(const QSqlDatabase& db, Claimed& c, qint64 now) const
{
    auto endpoint = WebhookStore::findEndpoint(db, c.endpointId);
    if (!endpoint.ok()) {
        return endpoint.error();
    }
    if (!endpoint.value()) {
        return core::Error{QStringLiteral("not_found"), QStringLiteral("webhook endpoint vanished"), {}};
    }
    const WebhookEndpoint& e = *endpoint.value();
    auto body = WebhookStore::envelope(db, c.eventId, m_context.environmentId);
    if (!body.ok()) {
        return body.error();
    }
    c.url = e.url;
    c.body = body.value();
    const qint64 timestamp = now / 1000;
    QList<QByteArray> signatures;
    const auto addSignature = [&](const QString& sealed, int version) -> core::Result<void> {
        auto key = m_box.open(sealed.toLatin1(), QStringLiteral("%1:%2").arg(e.id).arg(version).toUtf8());
        if (!key.ok()) {
            return key.error();
        }
        signatures << sign(key.value(), c.eventId.toUtf8(), timestamp, c.body);
        return {};
    };
    if (auto signedNow = addSignature(e.secretSealed, e.secretVersion); !signedNow.ok()) {
        return signedNow;
    }
    if (!e.previousSecretSealed.isEmpty() && e.previousSecretExpiresAt > now) {
        if (auto signedPrevious = addSignature(e.previousSecretSealed, e.previousSecretVersion); !signedPrevious.ok()) {
            return signedPrevious;
        }
    }
    c.headers = {{"Content-Type", "application/json"},
                 {"webhook-id", c.eventId.toUtf8()},
                 {"webhook-timestamp", QByteArray::number(timestamp)},
                 {"webhook-signature", signatures.join(' ')}};
    c.startedAt = now;
    return {};
}

void WebhookDispatcher::send(std::shared_ptr<Claimed> claimed)
{
    ++m_inFlight;
    claimed->elapsed.start();
    m_fetcher.post(QUrl(claimed->url),
                   claimed->body,
                   claimed->headers,
                   fetchOptions(),
                   [this, claimed](core::Result<net::GuardedFetcher::Response> result) {
                       --m_inFlight;
                       if (m_stopping) {
                           return;
                       }
                       finish(*claimed, result);
                       wake();
                   });
}

void WebhookDispatcher::finish(const Claimed& c, const core::Result<net::GuardedFetcher::Response>& result)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const int latency = static_cast<int>(c.elapsed.elapsed());
    const int status = result.ok() ? result.value().status : 0;
    const bool success = status >= 200 && status < 300;
    const QString error = result.ok() ? (success ? QString() : QStringLiteral("HTTP %1").arg(status))
                                      : result.error().code + QStringLiteral(": ") + result.error().message;
    qCInfo(lcWebhooks) << "webhook attempt" << c.attempt << "of" << c.deliveryId << "to" << c.endpointId << "->"
                       << (result.ok() ? QString::number(status) : result.error().code) << latency << "ms";
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto logged = Sql::exec(db,
                                QStringLiteral("INSERT INTO webhook_attempts (id, delivery_id, attempt, engine_id, "
                                               "attempted_at, status_code, latency_ms, response_snippet, error) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {static_cast<qint64>(m_context.ids.nextNumber()),
                                 c.deliveryId,
                                 c.attempt,
                                 m_engineId,
                                 c.startedAt,
                                 result.ok() ? QVariant(status) : QVariant(QMetaType::fromType<int>()),
                                 latency,
                                 result.ok() ? Sql::text(snippet(result.value().body)) : Sql::text(QString()),
                                 Sql::text(error.left(1000))});
        if (!logged.ok()) {
            return logged.error();
        }
        const QVariant code = result.ok() ? QVariant(status) : QVariant(QMetaType::fromType<int>());
        if (success) {
            auto done = Sql::exec(db,
                                  QStringLiteral("UPDATE webhook_deliveries SET status = 'SUCCEEDED', version = "
                                                 "version + 1, claimed_by = NULL, claimed_until = NULL, "
                                                 "next_attempt_at = NULL, last_status_code = ?, last_error = NULL, "
                                                 "completed_at = ?, updated_at = ? WHERE id = ? AND version = ?"),
                                  {code, now, now, c.deliveryId, c.version});
            if (!done.ok()) {
                return done.error();
            }
            auto healthy = Sql::exec(db,
                                     QStringLiteral("UPDATE webhook_endpoints SET failing_since = NULL, "
                                                    "last_success_at = ? WHERE id = ?"),
                                     {now, c.endpointId});
            return healthy.ok() ? core::Result<void>() : core::Result<void>(healthy.error());
        }
        const QList<int>& schedule = m_settings.retrySchedule;
        const bool more = c.attempt < schedule.size();
        auto next = more ? Sql::exec(db,
                                     QStringLiteral("UPDATE webhook_deliveries SET status = 'PENDING', version = "
                                                    "version + 1, claimed_by = NULL, claimed_until = NULL, "
                                                    "next_attempt_at = ?, last_status_code = ?, last_error = ?, "
                                                    "updated_at = ? WHERE id = ? AND version = ?"),
                                     {now + static_cast<qint64>(schedule.at(c.attempt)) * 1000,
                                      code,
                                      error.left(1000),
                                      now,
                                      c.deliveryId,
                                      c.version})
                         : Sql::exec(db,
                                     QStringLiteral("UPDATE webhook_deliveries SET status = 'FAILED', version = "
                                                    "version + 1, claimed_by = NULL, claimed_until = NULL, "
                                                    "next_attempt_at = NULL, last_status_code = ?, last_error = ?, "
                                                    "completed_at = ?, updated_at = ? WHERE id = ? AND version = ?"),
                                     {code, error.left(1000), now, now, c.deliveryId, c.version});
        if (!next.ok()) {
            return next.error();
        }
        auto failing = Sql::exec(db,
                                 QStringLiteral("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ? AND "
                                                "failing_since IS NULL"),
                                 {c.startedAt, c.endpointId});
        if (!failing.ok()) {
            return failing.error();
        }
        return disableIfFailing(db, c.endpointId, now);
    });
    if (!written.ok()) {
        qCWarning(lcWebhooks) << "cannot record webhook attempt of" << c.deliveryId << ":" << written.error().message;
    }
}

core::Result<void> WebhookDispatcher::disableIfFailing(const QSqlDatabase& db, const QString& endpointId, qint64 now)
{
    auto found = WebhookStore::findEndpoint(db, endpointId);
    if (!found.ok() || !found.value()) {
        return found.ok() ? core::Result<void>() : core::Result<void>(found.error());
    }
    const WebhookEndpoint& e = *found.value();
    if (!e.enabled || e.failingSince <= 0 || now - e.failingSince < m_settings.disableAfterSecs * 1000) {
        return {};
    }
    auto disabled = Sql::exec(db,
                              QStringLiteral("UPDATE webhook_endpoints SET enabled = 0, disabled_reason = 'FAILING', "
                                             "updated_at = ? WHERE id = ? AND enabled = 1"),
                              {now, endpointId});
    if (!disabled.ok()) {
        return disabled.error();
    }
    if (disabled.value().numRowsAffected() != 1) {
        return {};
    }
    auto abandoned = Sql::exec(db,
                               QStringLiteral("UPDATE webhook_deliveries SET status = 'FAILED', version = version + 1, "
                                              "next_attempt_at = NULL, last_error = 'endpoint disabled', "
                                              "completed_at = ?, updated_at = ? WHERE endpoint_id = ? AND status = "
                                              "'PENDING'"),
                               {now, now, endpointId});
    if (!abandoned.ok()) {
        return abandoned.error();
    }
    qCWarning(lcWebhooks) << "webhook endpoint" << endpointId << "disabled: every attempt failed since"
                          << QDateTime::fromMSecsSinceEpoch(e.failingSince, Qt::UTC).toString(Qt::ISODate);
    return m_context.audit.record(db,
                                  {QStringLiteral("webhook.endpoint_disabled"),
                                   QStringLiteral("system:webhooks"),
                                   QString(),
                                   QStringLiteral("WebhookEndpoint"),
                                   endpointId,
                                   {{QStringLiteral("id"), endpointId},
                                    {QStringLiteral("url"), e.url},
                                    {QStringLiteral("reason"), QStringLiteral("FAILING")},
                                    {QStringLiteral("failing_since"),
                                     QDateTime::fromMSecsSinceEpoch(e.failingSince, Qt::UTC)
                                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))}}});
}

void WebhookDispatcher::releaseClaims()
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto released = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("UPDATE webhook_deliveries SET status = 'PENDING', version = version + 1, "
                                          "attempt_count = attempt_count - 1, claimed_by = NULL, claimed_until = "
                                          "NULL, next_attempt_at = ?, updated_at = ? WHERE claimed_by = ? AND status "
                                          "= 'DELIVERING'"),
                           {now, now, m_engineId});
        return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
    });
    if (!released.ok()) {
        qCWarning(lcWebhooks) << "cannot release webhook claims:" << released.error().message;
    }
}

} // namespace gatehouse::engine
