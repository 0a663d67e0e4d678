#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>

namespace gatehouse::engine {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // CPU-heavy work (signing, hashing, a large read-only list) to run on a worker thread; its result is the real
    // response. It must capture what it needs by value and touch no QObject and no unsynchronised shared state;
    // it may read the database through Database (each worker thread has its own connection).
    std::function<HttpResponse()> deferredWork;
    // Asynchronous work started on the event-loop thread (a DNS lookup, an outbound fetch): it must call the
    // given completion exactly once, on the event-loop thread, with the real response. The completion is a
    // no-op if the client has gone.
    std::function<void(std::function<void(HttpResponse)>)> asyncWork;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse empty(int status = 204);
    static HttpResponse deferred(std::function<HttpResponse()> work);
    static HttpResponse async(std::function<void(std::function<void(HttpResponse)>)> work);

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;
    // Status line, headers (with Content-Length) and body, ready for the socket.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace gatehouse::engine
