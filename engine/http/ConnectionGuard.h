#pragma once

#include "engine/http/HttpLimits.h"
#include "engine/http/RequestHead.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace gatehouse::engine {

// Shared count of open connections (one per listening server set; event-loop thread only).
struct ConnectionCount
{
    int open = 0;
};

// Sits on one socket in front of QHttpServer. Its readyRead slot is connected before QHttpServer's, so
// it sees every byte first: it frames requests itself and answers 431 / 413 / 411 / 400 / 408 before
// anything is buffered, closes idle keep-alive connections, and remembers per request whether the
// client asked for the connection to be closed (HTTP/1.0, `Connection: close`).
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Takes a freshly accepted socket: returns it guarded, or nullptr when over the connection cap (the
    // socket is then answered 503 and closed).
    static QTcpSocket* admit(QTcpSocket* socket, const HttpLimits& limits, std::shared_ptr<ConnectionCount> count);
    static ConnectionGuard* of(QTcpSocket* socket);

    ~ConnectionGuard() override;

    // The head of the oldest request that has been received completely and not yet answered.
    bool hasPendingRequest() const;
    const RequestHead& pendingRequest() const;
    // Called once the response to the oldest pending request has been written.
    void responseWritten();
    // Graceful shutdown: close now when idle, otherwise right after the answer in progress.
    void closeWhenIdle();

    static QByteArray plainResponse(int status, QByteArrayView reason, QByteArrayView message);

private:
    ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits, std::shared_ptr<ConnectionCount> count);

    void onReadyRead();
    void onTimeout();
    void scan(QByteArrayView data);
    qsizetype scanHeaders(QByteArrayView data);
    bool finishHeaders();
    void completeRequest();
    void reject(int status, QByteArrayView reason, QByteArrayView message);
    void stopReading();
    void armTimer();

    QPointer<QTcpSocket> m_socket;
    HttpLimits m_limits;
    std::shared_ptr<ConnectionCount> m_count;
    QTimer m_timer;
    QByteArray m_head;
    RequestHead m_current;
    qint64 m_bodyRemaining = -1; // -1 while reading headers
    QQueue<RequestHead> m_pending;
    bool m_rejected = false;
    bool m_closing = false;
    bool m_pipelined = false;
};

} // namespace gatehouse::engine
