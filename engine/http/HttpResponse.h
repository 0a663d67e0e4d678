#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace gatehouse::engine {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse empty(int status = 204);

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;
    // Status line, headers (with Content-Length) and body, ready for the socket.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace gatehouse::engine
