#include "engine/EngineConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <functional>

namespace gatehouse::engine {

namespace {

struct OptionSpec
{
    const char* name;
    const char* env;
    const char* valueName;
    const char* help;
};

const OptionSpec kOptions[] = {
    {"listen",
     "GATEHOUSE_LISTEN",
     "host:port",
     "Address to listen on (default 127.0.0.1:8787; port 0 = any free port)."},
    {"base-url", "GATEHOUSE_BASE_URL", "url", "Public URL of this engine (token issuer, absolute URLs, Host check)."},
    {"data-dir", "GATEHOUSE_DATA_DIR", "dir", "Data directory (SQLite database, master.key)."},
    {"db",
     "GATEHOUSE_DB",
     "path|url",
     "SQLite file (default <data-dir>/gatehouse.db) or postgresql://user:pass@host:port/db."},
    {"tls-cert", "GATEHOUSE_TLS_CERT", "file", "PEM certificate (chain) to serve HTTPS."},
    {"tls-key", "GATEHOUSE_TLS_KEY", "file", "PEM private key for --tls-cert."},
    {"environment-type", "GATEHOUSE_ENVIRONMENT_TYPE", "type", "development or production (first start only)."},
    {"max-header-bytes", "GATEHOUSE_MAX_HEADER_BYTES", "n", "Request line + headers limit (431 above; default 16384)."},
    {"max-body-bytes", "GATEHOUSE_MAX_BODY_BYTES", "n", "Request body limit (413 above; default 1048576)."},
    {"request-timeout-ms",
     "GATEHOUSE_REQUEST_TIMEOUT_MS",
     "ms",
     "Time to receive a whole request (408 after; default 10000)."},
    {"idle-timeout-ms", "GATEHOUSE_IDLE_TIMEOUT_MS", "ms", "Keep-alive idle time before closing (default 60000)."},
    {"max-connections", "GATEHOUSE_MAX_CONNECTIONS", "n", "Open connection cap (503 above; default 1024)."},
    {"rate-limit",
     "GATEHOUSE_RATE_LIMIT",
     "n/secs",
     "Requests per source address and window, all endpoints (default 600/60; 0 = off)."},
    {"token-rate-limit",
     "GATEHOUSE_TOKEN_RATE_LIMIT",
     "n/secs",
     "Token requests per client and per address (default 60/60)."},
    {"scim-rate-limit",
     "GATEHOUSE_SCIM_RATE_LIMIT",
     "n/secs",
     "SCIM requests per directory and window (default 6000/60; 0 = off)."},
    {"token-lifetime", "GATEHOUSE_TOKEN_LIFETIME", "secs", "Access token lifetime (default 3600)."},
    {"signing-key-publication-delay",
     "GATEHOUSE_SIGNING_KEY_PUBLICATION_DELAY",
     "secs",
     "How long a rotated-in signing key is published in /keys before it signs (default 3600)."},
    {"authorize-rate-limit",
     "GATEHOUSE_AUTHORIZE_RATE_LIMIT",
     "n/secs",
     "/oauth/authorize requests per source address (default 60/60)."},
    {"login-lifetime", "GATEHOUSE_LOGIN_LIFETIME", "secs", "Time to finish an SSO login at the IdP (default 600)."},
    {"code-lifetime", "GATEHOUSE_CODE_LIFETIME", "secs", "Authorization code lifetime (default 600)."},
    {"test-result-lifetime",
     "GATEHOUSE_TEST_RESULT_LIFETIME",
     "secs",
     "How long connection test results and traces are kept (default 604800)."},
    {"saml-clock-skew", "GATEHOUSE_SAML_CLOCK_SKEW", "secs", "Allowed clock skew with SAML IdPs (default 180)."},
    {"oidc-jwks-refetch-floor",
     "GATEHOUSE_OIDC_JWKS_REFETCH_FLOOR",
     "secs",
     "An unknown kid refetches an OIDC IdP's JWKS at most this often (default 60)."},
    {"scim-secret-overlap",
     "GATEHOUSE_SCIM_SECRET_OVERLAP",
     "secs",
     "How long a regenerated SCIM secret's predecessor stays valid (default 604800)."},
    {"dns-resolvers",
     "GATEHOUSE_DNS_RESOLVERS",
     "ip,...",
     "DNS servers for domain verification, asked in order (default: the system resolvers; port 53)."},
    {"dns-timeout-ms", "GATEHOUSE_DNS_TIMEOUT_MS", "ms", "Time to wait for one DNS answer (default 5000)."},
    {"saml-metadata-refresh",
     "GATEHOUSE_SAML_METADATA_REFRESH",
     "secs",
     "Refresh interval of IdP metadata URLs without cacheDuration/validUntil (default 86400)."},
    {"saml-metadata-sweep-interval",
     "GATEHOUSE_SAML_METADATA_SWEEP_INTERVAL",
     "secs",
     "How often due metadata refreshes and certificate expiry warnings are looked for (default 60)."},
    {"saml-metadata-unknown-key-interval",
     "GATEHOUSE_SAML_METADATA_UNKNOWN_KEY_INTERVAL",
     "secs",
     "Least time between two metadata refreshes caused by failed response signatures (default 300)."},
    {"domain-recheck-interval",
     "GATEHOUSE_DOMAIN_RECHECK_INTERVAL",
     "secs",
     "How often PENDING domains are re-checked in the background (default 3600)."},
    {"domain-verification-window",
     "GATEHOUSE_DOMAIN_VERIFICATION_WINDOW",
     "secs",
     "A domain not verified within this time becomes FAILED (default 2592000 = 30 days)."},
    {"domain-verify-rate-limit",
     "GATEHOUSE_DOMAIN_VERIFY_RATE_LIMIT",
     "n/secs",
     "Domain :verify calls per client and per address (default 30/60)."},
    {"webhook-retry-schedule",
     "GATEHOUSE_WEBHOOK_RETRY_SCHEDULE",
     "secs,...",
     "Webhook attempt delays in seconds, the first for the initial attempt (default "
     "0,5,300,1800,7200,18000,36000,36000)."},
    {"webhook-timeout-ms",
     "GATEHOUSE_WEBHOOK_TIMEOUT_MS",
     "ms",
     "Time a webhook receiver has to answer (default 15000)."},
    {"webhook-max-in-flight",
     "GATEHOUSE_WEBHOOK_MAX_IN_FLIGHT",
     "n",
     "Webhook deliveries in progress at once per engine (default 16)."},
    {"webhook-poll-interval-ms",
     "GATEHOUSE_WEBHOOK_POLL_INTERVAL_MS",
     "ms",
     "How often due webhook deliveries are looked for (default 1000)."},
    {"webhook-claim-timeout",
     "GATEHOUSE_WEBHOOK_CLAIM_TIMEOUT",
     "secs",
     "After this long a delivery claimed by a vanished engine is taken over (default 60)."},
    {"webhook-disable-after",
     "GATEHOUSE_WEBHOOK_DISABLE_AFTER",
     "secs",
     "An endpoint whose every attempt failed for this long is disabled (default 432000 = 5 days)."},
    {"webhook-secret-overlap",
     "GATEHOUSE_WEBHOOK_SECRET_OVERLAP",
     "secs",
     "After a rotation the previous webhook secret keeps signing this long (default 86400)."},
    {"trusted-proxies",
     "GATEHOUSE_TRUSTED_PROXIES",
     "cidr,…",
     "Reverse proxies whose X-Forwarded-For is believed (default none)."},
    {"portal-link-lifetime",
     "GATEHOUSE_PORTAL_LINK_LIFETIME",
     "secs",
     "A single-use admin-portal link must be exchanged within this (default 60)."},
    {"portal-shareable-link-lifetime",
     "GATEHOUSE_PORTAL_SHAREABLE_LINK_LIFETIME",
     "secs",
     "Lifetime of a shareable admin-portal link (default 604800 = 7 days)."},
    {"portal-session-lifetime",
     "GATEHOUSE_PORTAL_SESSION_LIFETIME",
     "secs",
     "Lifetime of an admin-portal session (default 21600 = 6 hours)."},
    {"portal-exchange-rate-limit",
     "GATEHOUSE_PORTAL_EXCHANGE_RATE_LIMIT",
     "n/secs",
     "Admin-portal link exchanges per source address (default 30/60)."},
    {"rate-limit-store",
     "GATEHOUSE_RATE_LIMIT_STORE",
     "memory|database",
     "Where rate limits count: memory (default, one engine) or database (shared by every engine on it)."},
};

core::Result<void> bad(const QString& option, const QString& why)
{
    return core::Error{QStringLiteral("bad_option"), QStringLiteral("--%1: %2").arg(option, why), {}};
}

core::Result<void> parseListen(const QString& value, EngineConfig& config)
{
    const qsizetype colon = value.lastIndexOf(u':');
    bool ok = false;
    const int port = value.mid(colon + 1).toInt(&ok);
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    if (colon <= 0 || !ok || port < 0 || port > 65535 || !config.listenAddress.setAddress(host)) {
        return bad(QStringLiteral("listen"), QStringLiteral("expected IP:port, e.g. 127.0.0.1:8787"));
    }
    config.listenPort = static_cast<quint16>(port);
    return {};
}

core::Result<void> parseInt(const QString& option, const QString& value, qint64 min, qint64 max, auto& out)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        return bad(option, QStringLiteral("expected a number between %1 and %2").arg(min).arg(max));
    }
    out = static_cast<std::remove_reference_t<decltype(out)>>(n);
    return {};
}

core::Result<void> parsePolicy(const QString& option, const QString& value, RateLimiter::Policy& out)
{
    const QStringList parts = value.split(u'/');
    bool okLimit = false;
    bool okWindow = parts.size() == 2;
    const int limit = parts.value(0).toInt(&okLimit);
    const int window = parts.size() == 2 ? parts[1].toInt(&okWindow) : 60;
    if (!okLimit || !okWindow || limit < 0 || window < 1) {
        return bad(option, QStringLiteral("expected <requests>/<seconds>, e.g. 600/60"));
    }
    out = RateLimiter::Policy{limit, window};
    return {};
}

core::Result<void> parseBaseUrl(const QString& value, EngineConfig& config)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()
        || (!url.path().isEmpty() && url.path() != QStringLiteral("/"))) {
        return bad(QStringLiteral("base-url"),
                   QStringLiteral("expected http(s)://host[:port] without path, query or user"));
    }
    config.baseUrl = url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    return {};
}

core::Result<void> parseProxies(const QString& value, EngineConfig& config)
{
    config.trustedProxies.clear();
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts)) {
        const QString text = item.trimmed();
        auto subnet = QHostAddress::parseSubnet(
            text.contains(u'/') ? text : text + (text.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (subnet.first.isNull()) {
            return bad(QStringLiteral("trusted-proxies"),
                       QStringLiteral("expected addresses or CIDR subnets, comma-separated"));
        }
        config.trustedProxies.append(subnet);
    }
    return {};
}

core::Result<void> parseResolvers(const QString& value, EngineConfig& config)
{
    config.dnsResolvers.clear();
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts)) {
        QHostAddress address;
        if (!address.setAddress(item.trimmed())) {
            return bad(QStringLiteral("dns-resolvers"), QStringLiteral("expected IP addresses, comma-separated"));
        }
        config.dnsResolvers.append(address);
    }
    return {};
}

core::Result<void> parseSchedule(const QString& value, EngineConfig& config)
{
    QList<int> schedule;
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int secs = item.trimmed().toInt(&ok);
        if (!ok || secs < 0 || secs > 7 * 86'400) {
            return bad(QStringLiteral("webhook-retry-schedule"),
                       QStringLiteral("expected delays in seconds (0 to 604800), comma-separated"));
        }
        schedule.append(secs);
    }
    if (schedule.isEmpty() || schedule.size() > 50) {
        return bad(QStringLiteral("webhook-retry-schedule"), QStringLiteral("expected 1 to 50 delays"));
    }
    config.webhookRetrySchedule = schedule;
    return {};
}

using Setter = std::function<core::Result<void>(const QString&, EngineConfig&)>;

QHash<QString, Setter> textSetters()
{
    return {
        {QStringLiteral("listen"), parseListen},
        {QStringLiteral("base-url"), parseBaseUrl},
        {QStringLiteral("trusted-proxies"), parseProxies},
        {QStringLiteral("dns-resolvers"), parseResolvers},
        {QStringLiteral("webhook-retry-schedule"), parseSchedule},
        {QStringLiteral("data-dir"),
         [](const QString& v, EngineConfig& c) {
             c.dataDir = v;
             return core::Result<void>();
         }},
        {QStringLiteral("db"),
         [](const QString& v, EngineConfig& c) {
             c.db = v;
             return core::Result<void>();
         }},
        {QStringLiteral("tls-cert"),
         [](const QString& v, EngineConfig& c) {
             c.tlsCert = v;
             return core::Result<void>();
         }},
        {QStringLiteral("tls-key"),
         [](const QString& v, EngineConfig& c) {
             c.tlsKey = v;
             return core::Result<void>();
         }},
        {QStringLiteral("rate-limit-store"),
         [](const QString& v, EngineConfig& c) {
             if (v != QStringLiteral("memory") && v != QStringLiteral("database")) {
                 return bad(QStringLiteral("rate-limit-store"), QStringLiteral("memory or database"));
             }
             c.rateLimitsInDatabase = v == QStringLiteral("database");
             return core::Result<void>();
         }},
        {QStringLiteral("environment-type"),
         [](const QString& v, EngineConfig& c) {
             c.environmentType = v;
             return v == QStringLiteral("development") || v == QStringLiteral("production")
                        ? core::Result<void>()
                        : bad(QStringLiteral("environment-type"), QStringLiteral("development or production"));
         }},
    };
}

QHash<QString, Setter> numericSetters()
{
    return {
        {QStringLiteral("max-header-bytes"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("max-header-bytes"), v, 1024, 1 << 20, c.limits.maxHeaderBytes);
         }},
        {QStringLiteral("max-body-bytes"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("max-body-bytes"), v, 1024, 1LL << 30, c.limits.maxBodyBytes);
         }},
        {QStringLiteral("request-timeout-ms"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("request-timeout-ms"), v, 10, 3'600'000, c.limits.requestTimeoutMs);
         }},
        {QStringLiteral("idle-timeout-ms"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("idle-timeout-ms"), v, 10, 3'600'000, c.limits.idleTimeoutMs);
         }},
        {QStringLiteral("max-connections"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("max-connections"), v, 1, 1'000'000, c.limits.maxConnections);
         }},
        {QStringLiteral("rate-limit"),
         [](const QString& v, EngineConfig& c) {
             return parsePolicy(QStringLiteral("rate-limit"), v, c.rateLimit);
         }},
        {QStringLiteral("token-rate-limit"),
         [](const QString& v, EngineConfig& c) {
             return parsePolicy(QStringLiteral("token-rate-limit"), v, c.tokenRateLimit);
         }},
        {QStringLiteral("scim-rate-limit"),
         [](const QString& v, EngineConfig& c) {
             return parsePolicy(QStringLiteral("scim-rate-limit"), v, c.scimRateLimit);
         }},
        {QStringLiteral("scim-secret-overlap"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("scim-secret-overlap"), v, 0, 90 * 86'400, c.scimSecretOverlapSecs);
         }},
        {QStringLiteral("dns-timeout-ms"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("dns-timeout-ms"), v, 50, 60'000, c.dnsTimeoutMs);
         }},
        {QStringLiteral("saml-metadata-refresh"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("saml-metadata-refresh"), v, 1, 30 * 86'400, c.samlMetadataRefreshSecs);
         }},
        {QStringLiteral("saml-metadata-sweep-interval"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("saml-metadata-sweep-interval"), v, 1, 3600, c.samlMetadataSweepSecs);
         }},
        {QStringLiteral("saml-metadata-unknown-key-interval"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(
                 QStringLiteral("saml-metadata-unknown-key-interval"), v, 0, 86'400, c.samlMetadataUnknownKeySecs);
         }},
        {QStringLiteral("domain-recheck-interval"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("domain-recheck-interval"), v, 1, 30 * 86'400, c.domainRecheckSecs);
         }},
        {QStringLiteral("domain-verification-window"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(
                 QStringLiteral("domain-verification-window"), v, 1, 365LL * 86'400, c.domainVerificationWindowSecs);
         }},
        {QStringLiteral("domain-verify-rate-limit"),
         [](const QString& v, EngineConfig& c) {
             return parsePolicy(QStringLiteral("domain-verify-rate-limit"), v, c.domainVerifyRateLimit);
         }},
        {QStringLiteral("webhook-timeout-ms"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("webhook-timeout-ms"), v, 50, 120'000, c.webhookTimeoutMs);
         }},
        {QStringLiteral("webhook-max-in-flight"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("webhook-max-in-flight"), v, 1, 1000, c.webhookMaxInFlight);
         }},
        {QStringLiteral("webhook-poll-interval-ms"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("webhook-poll-interval-ms"), v, 10, 600'000, c.webhookPollIntervalMs);
         }},
        {QStringLiteral("webhook-claim-timeout"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("webhook-claim-timeout"), v, 1, 86'400, c.webhookClaimTimeoutSecs);
         }},
        {QStringLiteral("webhook-disable-after"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("webhook-disable-after"), v, 1, 365LL * 86'400, c.webhookDisableAfterSecs);
         }},
        {QStringLiteral("webhook-secret-overlap"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("webhook-secret-overlap"), v, 0, 30 * 86'400, c.webhookSecretOverlapSecs);
         }},
        {QStringLiteral("token-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("token-lifetime"), v, 60, 86'400, c.tokenLifetimeSecs);
         }},
        {QStringLiteral("signing-key-publication-delay"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(
                 QStringLiteral("signing-key-publication-delay"), v, 0, 30 * 86'400, c.signingKeyPublicationSecs);
         }},
        {QStringLiteral("authorize-rate-limit"),
         [](const QString& v, EngineConfig& c) {
             return parsePolicy(QStringLiteral("authorize-rate-limit"), v, c.authorizeRateLimit);
         }},
        {QStringLiteral("login-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("login-lifetime"), v, 1, 86'400, c.loginLifetimeSecs);
         }},
        {QStringLiteral("code-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("code-lifetime"), v, 1, 3'600, c.codeLifetimeSecs);
         }},
        {QStringLiteral("test-result-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("test-result-lifetime"), v, 1, 90 * 86'400, c.testResultLifetimeSecs);
         }},
        {QStringLiteral("saml-clock-skew"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("saml-clock-skew"), v, 0, 3'600, c.samlClockSkewSecs);
         }},
        {QStringLiteral("portal-link-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("portal-link-lifetime"), v, 1, 3'600, c.portalLinkLifetimeSecs);
         }},
        {QStringLiteral("portal-shareable-link-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(
                 QStringLiteral("portal-shareable-link-lifetime"), v, 60, 90 * 86'400, c.portalShareableLinkLifetimeSecs);
         }},
        {QStringLiteral("portal-session-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("portal-session-lifetime"), v, 60, 7 * 86'400, c.portalSessionLifetimeSecs);
         }},
        {QStringLiteral("portal-exchange-rate-limit"),
         [](const QString& v, EngineConfig& c) {
             return parsePolicy(QStringLiteral("portal-exchange-rate-limit"), v, c.portalExchangeRateLimit);
         }},
        {QStringLiteral("oidc-jwks-refetch-floor"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("oidc-jwks-refetch-floor"), v, 0, 86'400, c.oidcJwksRefetchFloorSecs);
         }},
    };
}

QHash<QString, Setter> setters()
{
    QHash<QString, Setter> all = textSetters();
    all.insert(numericSetters());
    return all;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Gatehouse auth engine.\n\nCommands:\n  serve (default)   run the HTTP server\n"
        "  bootstrap         create the environment and admin client; with --print-credentials print them once\n\n"
        "Every option can also be set by its environment variable (shown in brackets).\n"
        "GATEHOUSE_MASTER_KEY (base64, 32 bytes) replaces <data-dir>/master.key."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec& spec : kOptions) {
        parser.addOption(QCommandLineOption(
            QString::fromLatin1(spec.name),
            QStringLiteral("%1 [%2]").arg(QString::fromLatin1(spec.help), QString::fromLatin1(spec.env)),
            QString::fromLatin1(spec.valueName)));
    }
    parser.addOption(QCommandLineOption(
        QStringLiteral("webhook-allow-private"),
        QStringLiteral("Development environments only: deliver webhooks to http and to loopback/private addresses "
                       "[GATEHOUSE_WEBHOOK_ALLOW_PRIVATE=1].")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("idp-allow-private"),
        QStringLiteral("Development environments only: let OIDC connections reach IdPs on loopback/private addresses "
                       "[GATEHOUSE_IDP_ALLOW_PRIVATE=1].")));
    parser.addOption(QCommandLineOption(QStringLiteral("print-credentials"),
                                        QStringLiteral("bootstrap: print the admin credentials (JSON) once.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("rotate-secret"),
                           QStringLiteral("bootstrap: issue a new admin secret even if one was printed before.")));
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("serve | bootstrap"), QStringLiteral("[command]"));
}

core::Result<void> applyCommand(const QCommandLineParser& parser, EngineConfig& config)
{
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    if (positional.size() > 1 || (command != QStringLiteral("serve") && command != QStringLiteral("bootstrap"))) {
        return core::Error{
            QStringLiteral("bad_command"), QStringLiteral("unknown command; use serve or bootstrap"), {}};
    }
    config.command =
        command == QStringLiteral("bootstrap") ? EngineConfig::Command::Bootstrap : EngineConfig::Command::Serve;
    config.printCredentials = parser.isSet(QStringLiteral("print-credentials"));
    config.rotateSecret = parser.isSet(QStringLiteral("rotate-secret"));
    if ((config.printCredentials || config.rotateSecret) && config.command != EngineConfig::Command::Bootstrap) {
        return core::Error{
            QStringLiteral("bad_command"), QStringLiteral("--print-credentials belongs to the bootstrap command"), {}};
    }
    return {};
}

} // namespace

core::Result<EngineConfig> EngineConfig::parse(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QCommandLineParser parser;
    addOptions(parser);
    EngineConfig config;
    if (!parser.parse(arguments)) {
        return core::Error{QStringLiteral("bad_option"), parser.errorText(), {}};
    }
    config.helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        config.command = parser.isSet(QStringLiteral("help")) ? Command::Help : Command::Version;
        return config;
    }
    const auto all = setters();
    for (const OptionSpec& spec : kOptions) {
        const QString name = QString::fromLatin1(spec.name);
        const QString value =
            parser.isSet(name) ? parser.value(name) : environment.value(QString::fromLatin1(spec.env));
        if (value.isEmpty() && !parser.isSet(name)) {
            continue;
        }
        if (auto applied = all.value(name)(value, config); !applied.ok()) {
            return applied.error();
        }
    }
    if (auto applied = applyCommand(parser, config); !applied.ok()) {
        return applied.error();
    }
    if (config.dataDir.isEmpty()) {
        config.dataDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/gatehouse");
    }
    if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty()) {
        return core::Error{QStringLiteral("bad_option"), QStringLiteral("--tls-cert and --tls-key go together"), {}};
    }
    config.masterKey = environment.value(QStringLiteral("GATEHOUSE_MASTER_KEY")).toLatin1();
    const QString allowPrivate = environment.value(QStringLiteral("GATEHOUSE_WEBHOOK_ALLOW_PRIVATE")).toLower();
    config.webhookAllowPrivate = parser.isSet(QStringLiteral("webhook-allow-private")) || allowPrivate == u"1"
                                 || allowPrivate == u"true" || allowPrivate == u"yes";
    const QString idpPrivate = environment.value(QStringLiteral("GATEHOUSE_IDP_ALLOW_PRIVATE")).toLower();
    config.idpAllowPrivate = parser.isSet(QStringLiteral("idp-allow-private")) || idpPrivate == u"1"
                             || idpPrivate == u"true" || idpPrivate == u"yes";
    if (config.webhookClaimTimeoutSecs * 1000LL <= config.webhookTimeoutMs) {
        return core::Error{QStringLiteral("bad_option"),
                           QStringLiteral("--webhook-claim-timeout must be longer than --webhook-timeout-ms"),
                           {}};
    }
    return config;
}

QString EngineConfig::expectedHost() const
{
    const QUrl url(baseUrl);
    const bool defaultPort = url.port() < 0 || (url.scheme() == QStringLiteral("http") && url.port() == 80)
                             || (url.scheme() == QStringLiteral("https") && url.port() == 443);
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return (defaultPort ? host : host + u':' + QString::number(url.port())).toLower();
}

} // namespace gatehouse::engine
