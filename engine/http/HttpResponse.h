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

    // CPU-heavy work (signing, hashing) to run on a worker thread; its result is the real response.
    // It must capture everything it needs by value and touch no shared state (no database, no QObject).
    std::function<HttpResponse()> deferredWork;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse empty(int status = 204);
    static HttpResponse deferred(std::function<HttpResponse()> work);

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;
    // Status line, headers (with Content-Length) and body, ready for the socket.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace gatehouse::engine
