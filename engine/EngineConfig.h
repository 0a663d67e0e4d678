#pragma once

#include "core/util/Result.h"
#include "engine/http/HttpLimits.h"
#include "engine/http/RateLimiter.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

// Every setting of gatehouse-engine. Each option also comes from an environment variable
// (GATEHOUSE_LISTEN for --listen, …); the command line wins. Secrets (GATEHOUSE_MASTER_KEY) are read
// from the environment only, never from arguments.
struct EngineConfig
{
    enum class Command
    {
        Serve,
        Bootstrap,
        Help,
        Version,
    };

    Command command = Command::Serve;
    QString helpText;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8787;
    QString baseUrl; // empty: derived from the listen address after binding
    QString dataDir;
    QString db; // empty: <data-dir>/gatehouse.db
    QString tlsCert;
    QString tlsKey;
    QString environmentType = QStringLiteral("development");
    QByteArray masterKey; // from GATEHOUSE_MASTER_KEY
    HttpLimits limits;
    RateLimiter::Policy rateLimit{600, 60};
    RateLimiter::Policy tokenRateLimit{60, 60};
    RateLimiter::Policy scimRateLimit{6000, 60}; // per directory (Entra needs ≥ 25 requests/s)
    int tokenLifetimeSecs = 3600;
    int signingKeyPublicationSecs = 3600; // a rotated-in signing key is published this long before it signs
    int scimSecretOverlapSecs = 7 * 24 * 3600;
    RateLimiter::Policy authorizeRateLimit{60, 60};
    bool rateLimitsInDatabase = false; // --rate-limit-store=database: limits shared by the engines on one database
    int loginLifetimeSecs = 600;
    int codeLifetimeSecs = 600;
    int testResultLifetimeSecs = 7 * 86400;
    int samlClockSkewSecs = 180;
    QList<QPair<QHostAddress, int>> trustedProxies;
    // Domain verification (DNS TXT): resolvers to ask (empty = the system ones; port 53 only), lookup timeout,
    // periodic re-check interval of PENDING domains, window after which they become FAILED, rate limit.
    QList<QHostAddress> dnsResolvers;
    int dnsTimeoutMs = 5000;
    int domainRecheckSecs = 3600;
    // IdP metadata URLs: default refresh interval (without cacheDuration/validUntil), background sweep interval,
    // and the least time between two refreshes triggered by signature failures.
    int samlMetadataRefreshSecs = 86400;
    int samlMetadataSweepSecs = 60;
    int samlMetadataUnknownKeySecs = 300;
    qint64 domainVerificationWindowSecs = 30LL * 24 * 3600;
    RateLimiter::Policy domainVerifyRateLimit{30, 60};
    // Webhooks: --webhook-allow-private lets a development environment deliver to http and loopback/private
    // targets (refused in production); retry schedule in seconds (first = the initial attempt's delay);
    // per-attempt timeout; concurrent deliveries per engine; how often due deliveries are looked for; how long
    // a claim lasts before another engine may take the delivery over; how long an endpoint may fail every
    // attempt before it is disabled; how long a rotated secret's predecessor keeps signing.
    bool webhookAllowPrivate = false;
    QList<int> webhookRetrySchedule{0, 5, 300, 1800, 7200, 18000, 36000, 36000};
    int webhookTimeoutMs = 15000;
    int webhookMaxInFlight = 16;
    int webhookPollIntervalMs = 1000;
    int webhookClaimTimeoutSecs = 60;
    qint64 webhookDisableAfterSecs = 5LL * 24 * 3600;
    int webhookSecretOverlapSecs = 24 * 3600;
    // OIDC connections: --idp-allow-private lets a development environment reach IdPs on loopback/private addresses
    // (the engine's own simulator is always reachable); an unknown kid refetches the IdP's JWKS at most this often.
    bool idpAllowPrivate = false;
    int oidcJwksRefetchFloorSecs = 60;
    bool printCredentials = false;
    bool rotateSecret = false;
    // Admin-portal links: a single-use link's window to be exchanged, a shareable link's lifetime, a portal
    // session's lifetime, and the rate limit of exchanges per source address.
    int portalLinkLifetimeSecs = 60;
    int portalShareableLinkLifetimeSecs = 7 * 24 * 3600;
    int portalSessionLifetimeSecs = 6 * 3600;
    RateLimiter::Policy portalExchangeRateLimit{30, 60};

    static core::Result<EngineConfig> parse(const QStringList& arguments, const QProcessEnvironment& environment);
    // "host:port" of the base URL, lower-case, for the Host-header check.
    QString expectedHost() const;
};

} // namespace gatehouse::engine
