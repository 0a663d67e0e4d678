#include "engine/http/ConnectionGuard.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcConnection, "gatehouse.engine.http.connection")

namespace gatehouse::engine {

namespace {
constexpr int kCloseGraceMs = 5000;       // give a rejected client this long to read the answer
constexpr int kAnswerDeadlineMs = 30'000; // a complete request not answered by then: the connection is dropped
} // namespace

QTcpSocket* ConnectionGuard::admit(QTcpSocket* socket, const HttpLimits& limits, std::shared_ptr<ConnectionCount> count)
{
    if (count->open >= limits.maxConnections) {
        qCWarning(lcConnection) << "connection cap reached; refusing" << socket->peerAddress().toString();
        socket->write(plainResponse(503, "Service Unavailable", "too many connections"));
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return nullptr;
    }
    new ConnectionGuard(socket, limits, std::move(count));
    return socket;
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits, std::shared_ptr<ConnectionCount> count)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_count(std::move(count))
{
    ++m_count->open;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_pending.isEmpty() && m_head.isEmpty() && m_bodyRemaining < 0 && !m_rejected) {
            armTimer();
        }
    });
    armTimer();
}

ConnectionGuard::~ConnectionGuard()
{
    --m_count->open;
}

bool ConnectionGuard::hasPendingRequest() const
{
    return !m_pending.isEmpty();
}

const RequestHead& ConnectionGuard::pendingRequest() const
{
    return m_pending.head();
}

void ConnectionGuard::responseWritten()
{
    if (m_pending.isEmpty()) {
        return;
    }
    const bool close = m_pending.dequeue().closeAfterResponse || m_closing;
    if (close && m_socket) {
        m_rejected = true; // no further requests on this connection
        m_socket->disconnectFromHost();
        m_timer.start(kCloseGraceMs);
        return;
    }
    armTimer();
}

void ConnectionGuard::closeWhenIdle()
{
    m_closing = true;
    if (m_pending.isEmpty() && m_socket && !m_rejected) {
        m_rejected = true;
        m_socket->disconnectFromHost();
        m_timer.start(kCloseGraceMs);
    }
}

QByteArray ConnectionGuard::plainResponse(int status, QByteArrayView reason, QByteArrayView message)
{
    const QByteArray body = "{\"code\":" + QByteArray::number(status == 503 ? 14 : 3) + ",\"message\":\""
                            + message.toByteArray() + "\",\"details\":[]}";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray()
           + "\r\nContent-Type: application/json\r\nConnection: close\r\nCache-Control: no-store\r\n"
             "X-Content-Type-Options: nosniff\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void ConnectionGuard::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    if (m_rejected) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_pipelined) {
        return; // closing after the current answer; QHttpServer ignores the rest (see HttpServer)
    }
    // QHttpServer reads everything available in its own slot (connected after this one), so what is
    // available now is exactly what neither of us has seen yet.
    scan(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionGuard::scan(QByteArrayView data)
{
    while (!data.isEmpty() && !m_rejected) {
        if (m_bodyRemaining < 0) {
            data = data.sliced(scanHeaders(data));
            continue;
        }
        const qint64 take = std::min<qint64>(m_bodyRemaining, data.size());
        m_bodyRemaining -= take;
        data = data.sliced(take);
        if (m_bodyRemaining == 0) {
            completeRequest();
        }
    }
}

qsizetype ConnectionGuard::scanHeaders(QByteArrayView data)
{
    if (!m_pending.isEmpty()) {
        // Pipelined request behind one not yet answered: QHttpServer 6.4 would not answer it. Answer the
        // first, then close (RFC 9112 §9.3.2: the client retries what was not answered).
        qCDebug(lcConnection) << "pipelined request; closing after the current answer";
        m_pending.last().closeAfterResponse = true;
        m_pipelined = true;
        return data.size();
    }
    if (m_head.isEmpty()) {
        m_timer.start(m_limits.requestTimeoutMs); // the whole request must arrive within this window
    }
    const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
    const qsizetype room = m_limits.maxHeaderBytes + 4 - m_head.size();
    const qsizetype chunk = std::min<qsizetype>(data.size(), std::max<qsizetype>(room, 0));
    m_head.append(data.first(chunk));
    const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeaderBytes) {
            reject(431, "Request Header Fields Too Large", "request headers too large");
        }
        return chunk;
    }
    const qsizetype consumed = chunk - (m_head.size() - (end + 4));
    m_head.truncate(end + 2); // keep the CRLF of the last header line
    if (m_head.size() > m_limits.maxHeaderBytes) {
        reject(431, "Request Header Fields Too Large", "request headers too large");
        return consumed;
    }
    if (finishHeaders() && m_bodyRemaining == 0) {
        completeRequest();
    }
    return consumed;
}

bool ConnectionGuard::finishHeaders()
{
    m_current = RequestHead{};
    switch (RequestHead::parse(m_head, m_current)) {
    case RequestHead::Verdict::BadRequest:
        reject(400, "Bad Request", "malformed request");
        return false;
    case RequestHead::Verdict::LengthRequired:
        reject(411, "Length Required", "request bodies need Content-Length; Transfer-Encoding is not accepted");
        return false;
    case RequestHead::Verdict::Ok:
        break;
    }
    if (m_current.contentLength > m_limits.maxBodyBytes) {
        reject(413, "Content Too Large", "request body too large");
        return false;
    }
    m_bodyRemaining = m_current.contentLength;
    return true;
}

void ConnectionGuard::completeRequest()
{
    m_pending.enqueue(m_current);
    m_head.clear();
    m_bodyRemaining = -1;
    // The handler is running (or QHttpServer dropped the request): wait for the answer, but not forever.
    m_timer.start(kAnswerDeadlineMs);
}

void ConnectionGuard::stopReading()
{
    m_rejected = true;
    if (!m_socket) {
        return;
    }
    // Keep QHttpServer from parsing anything more; this slot stays the only reader and discards.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
}

void ConnectionGuard::reject(int status, QByteArrayView reason, QByteArrayView message)
{
    stopReading();
    if (!m_socket) {
        return;
    }
    qCInfo(lcConnection).nospace() << "rejecting connection from " << m_socket->peerAddress().toString() << ": "
                                   << status << ' ' << reason.toByteArray().constData();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(plainResponse(status, reason, message));
    m_socket->disconnectFromHost();
    m_timer.start(kCloseGraceMs);
}

void ConnectionGuard::onTimeout()
{
    if (!m_socket) {
        return;
    }
    if (m_rejected) {
        m_socket->abort(); // the grace period for a refused or closing client is over
        return;
    }
    if (!m_pending.isEmpty()) {
        qCWarning(lcConnection) << "no answer within" << kAnswerDeadlineMs << "ms; dropping connection from"
                                << m_socket->peerAddress().toString();
        m_socket->abort();
        return;
    }
    if (!m_head.isEmpty() || m_bodyRemaining >= 0) {
        reject(408, "Request Timeout", "request not received in time");
        return;
    }
    qCDebug(lcConnection) << "closing idle connection" << m_socket->peerAddress().toString();
    m_rejected = true;
    m_socket->disconnectFromHost();
    m_timer.start(kCloseGraceMs);
}

void ConnectionGuard::armTimer()
{
    m_timer.start(m_limits.idleTimeoutMs);
}

} // namespace gatehouse::engine
