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
    int scimSecretOverlapSecs = 7 * 24 * 3600;
    QList<QPair<QHostAddress, int>> trustedProxies;
    bool printCredentials = false;
    bool rotateSecret = false;

    static core::Result<EngineConfig> parse(const QStringList& arguments, const QProcessEnvironment& environment);
    // "host:port" of the base URL, lower-case, for the Host-header check.
    QString expectedHost() const;
};

} // namespace gatehouse::engine
