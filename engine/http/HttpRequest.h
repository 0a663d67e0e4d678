#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

// Who is calling, once BearerAuth has accepted the token.
struct Caller
{
    QString clientId;
    QStringList scopes;
};

// One request as handlers see it: raw path for routing, strictly decoded query, headers, body.
struct HttpRequest
{
    QByteArray method;
    QByteArray rawPath;                           // percent-encoded, as received
    QList<QPair<QString, QString>> query;         // decoded (UTF-8 checked)
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress remoteAddress;
    QString requestId;
    QHash<QString, QString> pathParams; // filled by the router
    std::optional<Caller> caller;       // filled by BearerAuth

    // Splits "path?query" and decodes the query; fails on invalid percent-encoding or UTF-8.
    static core::Result<HttpRequest> fromTarget(const QByteArray& method, const QByteArray& target);

    QByteArray header(QByteArrayView name) const;
    // Query value by snake_case name, also accepting its lowerCamelCase spelling.
    std::optional<QString> queryValue(const QString& snakeName) const;
    QString pathParam(const QString& name) const;
};

// Percent-decodes and checks UTF-8 strictly (no replacement characters).
std::optional<QString> decodeComponent(QByteArrayView encoded, bool plusIsSpace);
QString camelCase(const QString& snakeName);

} // namespace gatehouse::engine
