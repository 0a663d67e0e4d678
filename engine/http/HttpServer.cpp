#include "engine/http/HttpServer.h"

#include "engine/http/ApiError.h"
#include "engine/http/ClientAddress.h"
#include "engine/http/GuardedSslServer.h"
#include "engine/http/GuardedTcpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>

#include <memory>

Q_LOGGING_CATEGORY(lcAccess, "gatehouse.engine.access")
Q_LOGGING_CATEGORY(lcHttp, "gatehouse.engine.http")

namespace gatehouse::engine {

namespace {

bool isValidRequestId(const QByteArray& id)
{
    if (id.isEmpty() || id.size() > 64) {
        return false;
    }
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_' || c == '.';
        if (!ok) {
            return false;
        }
    }
    return true;
}

QString newRequestId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

qint64 nowNs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

} // namespace

HttpServer::HttpServer(
    Options options, const Router& router, RateLimiter& addressLimiter, Authenticate authenticate, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_router(router)
    , m_addressLimiter(addressLimiter)
    , m_authenticate(std::move(authenticate))
{
    // At least 4 even on 2 cores: SCIM handlers run here, and a write waiting for SQLite's writer turn holds
    // its worker, so reads need workers of their own meanwhile.
    m_workers.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    // Worker threads never expire: deferred work may read the database, and each thread keeps its own
    // connection (engine/storage/Database), so the number of connections stays bounded by the pool size.
    m_workers.setExpiryTimeout(-1);
}

HttpServer::~HttpServer()
{
    m_workers.waitForDone(); // workers post back to this object: none may outlive it
}

core::Result<quint16>
HttpServer::listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* ssl = new GuardedSslServer(m_options.limits, m_count, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
        m_options.tls = true;
    } else {
        server = new GuardedTcpServer(m_options.limits, m_count, this);
    }
    if (!server->listen(address, port)) {
        const QString message = server->errorString();
        delete server;
        return core::Error{QStringLiteral("listen_failed"), message, {}};
    }
    bind(server);
    return server->serverPort();
}

void HttpServer::setExpectedHost(const QString& hostAndPort)
{
    m_options.expectedHost = hostAndPort.toLower();
}

void HttpServer::shutdown()
{
    for (QTcpServer* server : servers()) {
        server->close();
    }
    for (ConnectionGuard* guard : findChildren<ConnectionGuard*>()) {
        guard->closeWhenIdle();
    }
}

int HttpServer::openConnections() const
{
    return m_count->open;
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const qint64 started = nowNs();
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    if (!guard) {
        qCWarning(lcHttp) << "request on an unguarded socket; closing";
        socket->abort();
        return true;
    }
    if (!guard->hasPendingRequest()) {
        return true; // a pipelined request the guard did not admit: the connection is closing
    }
    const RequestHead& head = guard->pendingRequest();
    auto parsed = HttpRequest::fromTarget(head.method, head.target);
    HttpRequest httpRequest =
        parsed.ok() ? std::move(parsed).value() : HttpRequest{head.method, "/", {}, {}, {}, {}, {}, {}, {}};
    for (const auto& [name, value] : request.headers()) {
        httpRequest.headers.append({name.toLower(), value});
    }
    httpRequest.body = request.body();
    httpRequest.remoteAddress = ClientAddress::resolve(
        request.remoteAddress(), httpRequest.header("x-forwarded-for"), m_options.trustedProxies);
    const QByteArray incomingId = httpRequest.header("x-request-id");
    httpRequest.requestId = isValidRequestId(incomingId) ? QString::fromLatin1(incomingId) : newRequestId();
    HttpResponse response = parsed.ok() ? dispatch(httpRequest) : ApiError::invalidArgument(parsed.error().message);
    if (response.deferredWork) {
        runDeferred(socket, std::move(httpRequest), std::move(response), started);
        return true;
    }
    if (response.asyncWork) {
        runAsync(socket, std::move(httpRequest), std::move(response), started);
        return true;
    }
    finish(socket, httpRequest, response, started);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    socket->abort(); // unreachable: handleRequest answers everything
}

std::optional<HttpResponse> HttpServer::checkHostAndRate(const HttpRequest& request)
{
    const QByteArray host = request.header("host").toLower();
    if (host.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("missing Host header"));
    }
    if (!m_options.expectedHost.isEmpty() && request.rawPath != "/health"
        && QString::fromLatin1(host) != m_options.expectedHost) {
        return ApiError::make(
            421, ApiError::Code::InvalidArgument, QStringLiteral("Host header does not match the configured base URL"));
    }
    if (const auto retryAfter = m_addressLimiter.hit(u"addr:" + request.remoteAddress.toString())) {
        HttpResponse response =
            ApiError::make(429, ApiError::Code::ResourceExhausted, QStringLiteral("too many requests"));
        response.setHeader("Retry-After", QByteArray::number(*retryAfter));
        return response;
    }
    return std::nullopt;
}

HttpResponse HttpServer::dispatch(HttpRequest& request)
{
    if (auto rejected = checkHostAndRate(request)) {
        return std::move(*rejected);
    }
    Router::Match match = m_router.match(request.method, request.rawPath);
    if (!match.handler) {
        if (match.badEncoding) {
            return ApiError::invalidArgument(QStringLiteral("path parameter is not valid UTF-8 / percent-encoding"));
        }
        if (!match.allowedMethods.isEmpty()) {
            HttpResponse response =
                ApiError::make(405, ApiError::Code::Unimplemented, QStringLiteral("method not allowed"));
            response.setHeader("Allow", match.allowedMethods.join(", "));
            return response;
        }
        return ApiError::notFound(QStringLiteral("no such endpoint"));
    }
    request.pathParams = match.params;
    if (match.options.authenticated && m_authenticate) {
        if (auto denied = m_authenticate(request, match.options)) {
            return std::move(*denied);
        }
    }
    return (*match.handler)(request);
}

void HttpServer::addStandardHeaders(HttpResponse& response, const HttpRequest& request) const
{
    response.setHeader("X-Request-Id", request.requestId.toLatin1());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (response.header("Content-Security-Policy").isEmpty()) {
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if (response.header("Cache-Control").isEmpty()) {
        response.setHeader("Cache-Control", "no-store");
    }
    if (m_options.tls) {
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
}

void HttpServer::runAsync(QTcpSocket* socket, HttpRequest request, HttpResponse response, qint64 startedNs)
{
    QPointer<QTcpSocket> target(socket);
    QPointer<HttpServer> self(this); // the work may outlive the server (shutdown while a lookup runs)
    auto work = std::move(response.asyncWork);
    auto called = std::make_shared<bool>(false);
    work([self, target, request = std::move(request), startedNs, called](HttpResponse result) mutable {
        if (*called || !self) {
            return;
        }
        *called = true;
        result.asyncWork = nullptr;
        result.deferredWork = nullptr;
        if (target && target->state() == QAbstractSocket::ConnectedState) {
            self->finish(target, request, result, startedNs);
        }
    });
}

void HttpServer::runDeferred(QTcpSocket* socket, HttpRequest request, HttpResponse response, qint64 startedNs)
{
    QPointer<QTcpSocket> target(socket); // only dereferenced back on this thread
    m_workers.start(
        [this, target, request = std::move(request), work = std::move(response.deferredWork), startedNs]() mutable {
            HttpResponse result = work();
            result.deferredWork = nullptr;
            QMetaObject::invokeMethod(
                this,
                [this, target, request = std::move(request), result = std::move(result), startedNs]() mutable {
                    if (target && target->state() == QAbstractSocket::ConnectedState) {
                        finish(target, request, result, startedNs);
                    }
                },
                Qt::QueuedConnection);
        });
}

void HttpServer::finish(QTcpSocket* socket, const HttpRequest& request, HttpResponse& response, qint64 startedNs)
{
    addStandardHeaders(response, request);
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    if (guard && guard->hasPendingRequest() && guard->pendingRequest().closeAfterResponse) {
        response.setHeader("Connection", "close");
    }
    socket->write(response.serialize());
    // Access log: method, path without query string, status, size, time. Never headers or bodies.
    // An admin-portal link's path is its secret: logged without it.
    const QString loggedPath = request.rawPath.startsWith("/magicLink/") ? QStringLiteral("/magicLink/[redacted]")
                                                                         : QString::fromLatin1(request.rawPath);
    qCInfo(lcAccess).noquote() << request.method << loggedPath << response.status << response.body.size()
                               << QStringLiteral("%1ms").arg((nowNs() - startedNs) / 1e6, 0, 'f', 2)
                               << u"rid=" + request.requestId << request.remoteAddress.toString();
    if (guard) {
        guard->responseWritten();
    }
}

} // namespace gatehouse::engine
