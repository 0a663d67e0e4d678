#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"
#include "engine/api/IdpMetadataImport.h"
#include "net/GuardedFetcher.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace gatehouse::engine {

struct EngineContext;

// The IdP metadata and certificate lifecycle of SAML connections (docs/engine.md "Metadata and certificate
// lifecycle"):
// - idp_metadata_url is fetched through the guarded fetcher when it is set (PATCH) and then refreshed on a
//   schedule: the document's cacheDuration, bounded by its validUntil, else the default interval (24 h,
//   --saml-metadata-refresh); once more, rate limited, when a response's signature does not verify;
// - every signing certificate of the current metadata is trusted (rollover); a refresh that would change the
//   entity ID or remove the certificate that verified the latest login is not applied but kept as the
//   connection's saml_config.saml_metadata_pending_change (applied by …/saml_metadata:accept), with a
//   connection.saml_metadata_changed event either way;
// - connection.saml_certificate_expiring at 30, 7 and 1 days before an IdP certificate expires, once each.
// Background work runs on a timer; due rows are claimed with conditional UPDATEs, so several engines can
// share one database. Runs on the event-loop thread; fetches are asynchronous.
class MetadataRefresher : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int defaultRefreshSecs = 86400;  // without cacheDuration / validUntil
        int minRefreshSecs = 60;         // never sooner (a tiny cacheDuration)
        int retrySecs = 3600;            // after a failed fetch (at most the refresh interval)
        int unknownKeyRefreshSecs = 300; // at most one signature-triggered refresh per connection this often
        int sweepSecs = 60;              // how often the timer looks for due work
        int fetchTimeoutMs = 15000;
    };

    using Done = std::function<void(core::Result<QByteArray>)>;

    MetadataRefresher(EngineContext& context, Settings settings, QObject* parent = nullptr);

    const Settings& settings() const
    {
        return m_settings;
    }

    void startPeriodic();
    // One sweep: refreshes due metadata URLs (returns how many fetches it started) and sends due expiry warnings.
    int sweep();
    // Fetches a metadata URL for the connection API (errors: fetch.* codes with a message).
    void fetch(const QUrl& url, bool development, Done done);
    // A response signature failed: refresh this connection's metadata now unless done recently.
    void signatureFailed(const QString& connectionId);

    int fetchesInFlight() const
    {
        return m_inFlight;
    }

    // Inside the connection update's transaction: (re)schedules or drops the refresh row.
    static core::Result<void> schedule(const QSqlDatabase& db,
                                       const Connection& connection,
                                       const IdpMetadataImport::Freshness& freshness,
                                       qint64 now,
                                       const Settings& settings);
    // Inside a login's transaction: remembers which IdP certificate verified it.
    static core::Result<void>
    noteCertificateInUse(const QSqlDatabase& db, const QString& connectionId, const QByteArray& certificateDer);
    // Applies the held-back change (…/saml_metadata:accept); false when there is none.
    static bool acceptPending(Connection& connection);

    static qint64 nextRefreshAt(const IdpMetadataImport::Freshness& freshness, qint64 now, const Settings& settings);

private:
    void refresh(const QString& connectionId, const QString& url);
    void applyDocument(const QString& connectionId, const QString& url, const QByteArray& document);
    void recordFailure(const QString& connectionId, const QString& error);
    int sendExpiryWarnings();

    EngineContext& m_context;
    Settings m_settings;
    QNetworkAccessManager m_manager;
    net::GuardedFetcher m_fetcher;
    QTimer m_timer;
    int m_inFlight = 0;
};

} // namespace gatehouse::engine
