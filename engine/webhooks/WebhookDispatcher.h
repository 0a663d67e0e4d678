#pragma once

#include "core/util/Result.h"
#include "engine/api/AuditLog.h"
#include "net/GuardedFetcher.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace gatehouse::engine {

struct EngineContext;
class SecretBox;

// Delivers the webhook outbox (Standard Webhooks). Runs on the event-loop thread: a timer looks for due
// deliveries, claims them with a conditional UPDATE (so several engines on one PostgreSQL never send the same
// attempt twice), posts them through the guarded fetcher (asynchronously, at most maxInFlight at once), logs
// every attempt and schedules the next one from the retry schedule. A claim expires after claimTimeoutSecs:
// a delivery whose engine died is taken over. An endpoint whose every attempt failed for disableAfterSecs is
// disabled, with the event webhook.endpoint_disabled. Never logs secrets or bodies.
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        bool allowPrivate = false;                                            // http and loopback targets (development)
        QList<int> retrySchedule{0, 5, 300, 1800, 7200, 18000, 36000, 36000}; // seconds before attempt n
        int timeoutMs = 15000;
        int maxInFlight = 16;
        int pollIntervalMs = 1000;
        int claimTimeoutSecs = 60;
        qint64 disableAfterSecs = 5LL * 24 * 3600;
    };

    WebhookDispatcher(EngineContext& context, const SecretBox& box, Settings settings, QObject* parent = nullptr);
    ~WebhookDispatcher() override;

    // The webhook secret shown to the admin: "whsec_" + base64(key).
    static QString secretText(const QByteArray& key);
    // "v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>".
    static QByteArray sign(const QByteArray& key, const QByteArray& id, qint64 timestamp, const QByteArray& body);
    // The guarded-fetcher policy for webhook URLs (checked at creation and on every attempt).
    net::GuardedFetcher::Options fetchOptions() const;

    // AuditLog sink: enqueues deliveries in the event's transaction and wakes the dispatcher.
    core::Result<void> enqueue(const QSqlDatabase& db, const AuditLog::Recorded& event);

    void start();
    void wake();
    // One pass: claims due deliveries (up to the free slots) and starts them. Returns how many were started.
    int sweep();
    // Gives this engine's unfinished claims back (graceful shutdown).
    void releaseClaims();

    int inFlight() const
    {
        return m_inFlight;
    }

    const QString& engineId() const
    {
        return m_engineId;
    }

    const Settings& settings() const
    {
        return m_settings;
    }

private:
    struct Claimed
    {
        QString deliveryId;
        QString eventId;
        QString endpointId;
        int attempt = 0;
        int version = 0;
        QString url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 startedAt = 0;
        QElapsedTimer elapsed;
    };

    core::Result<QList<Claimed>> claim(int limit);
    core::Result<void> prepare(const QSqlDatabase& db, Claimed& claimed, qint64 now) const;
    void send(std::shared_ptr<Claimed> claimed);
    void finish(const Claimed& claimed, const core::Result<net::GuardedFetcher::Response>& result);
    core::Result<void> disableIfFailing(const QSqlDatabase& db, const QString& endpointId, qint64 now);

    EngineContext& m_context;
    const SecretBox& m_box;
    Settings m_settings;
    QString m_engineId;
    QNetworkAccessManager m_nam;
    net::GuardedFetcher m_fetcher;
    QTimer m_timer;
    bool m_wakePending = false;
    bool m_stopping = false;
    int m_inFlight = 0;
};

} // namespace gatehouse::engine
