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
    {"scim-secret-overlap",
     "GATEHOUSE_SCIM_SECRET_OVERLAP",
     "secs",
     "How long a regenerated SCIM secret's predecessor stays valid (default 604800)."},
    {"trusted-proxies",
     "GATEHOUSE_TRUSTED_PROXIES",
     "cidr,…",
     "Reverse proxies whose X-Forwarded-For is believed (default none)."},
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

using Setter = std::function<core::Result<void>(const QString&, EngineConfig&)>;

QHash<QString, Setter> textSetters()
{
    return {
        {QStringLiteral("listen"), parseListen},
        {QStringLiteral("base-url"), parseBaseUrl},
        {QStringLiteral("trusted-proxies"), parseProxies},
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
        {QStringLiteral("token-lifetime"),
         [](const QString& v, EngineConfig& c) {
             return parseInt(QStringLiteral("token-lifetime"), v, 60, 86'400, c.tokenLifetimeSecs);
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
