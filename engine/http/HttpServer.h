#pragma once

#include "core/util/Result.h"
#include "engine/http/ConnectionGuard.h"
#include "engine/http/HttpLimits.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/RateLimiter.h"
#include "engine/http/Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::engine {

// QAbstractHttpServer bound to our guarded listeners. Per request: request id, Host check, per-address
// rate limit, routing (404/405), bearer authentication hook, handler, security headers, access log,
// and `Connection: close` honoured. Handlers run on the event-loop thread; a handler may hand CPU-heavy
// work or database work to a worker pool (HttpResponse::deferred; the SCIM handlers do) and the answer is
// written when it is done.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Authenticate = std::function<std::optional<HttpResponse>(HttpRequest&, const Router::RouteOptions&)>;

    struct Options
    {
        HttpLimits limits;
        QString expectedHost; // "host[:port]" of --base-url; empty: no check
        bool tls = false;
        QList<QPair<QHostAddress, int>> trustedProxies; // X-Forwarded-For is believed from these only
    };

    HttpServer(Options options,
               const Router& router,
               RateLimiter& addressLimiter,
               Authenticate authenticate,
               QObject* parent = nullptr);
    ~HttpServer() override;

    core::Result<quint16>
    listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls);
    void setExpectedHost(const QString& hostAndPort);
    // Stops accepting, closes idle connections and the others once their answer is out.
    void shutdown();
    int openConnections() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpResponse dispatch(HttpRequest& request);
    std::optional<HttpResponse> checkHostAndRate(const HttpRequest& request);
    void finish(QTcpSocket* socket, const HttpRequest& request, HttpResponse& response, qint64 startedNs);
    void runDeferred(QTcpSocket* socket, HttpRequest request, HttpResponse response, qint64 startedNs);
    void runAsync(QTcpSocket* socket, HttpRequest request, HttpResponse response, qint64 startedNs);
    void addStandardHeaders(HttpResponse& response, const HttpRequest& request) const;

    Options m_options;
    const Router& m_router;
    RateLimiter& m_addressLimiter;
    Authenticate m_authenticate;
    std::shared_ptr<ConnectionCount> m_count = std::make_shared<ConnectionCount>();
    QThreadPool m_workers; // deferred work (RS256 signing, large reads, SCIM requests)
};

} // namespace gatehouse::engine
