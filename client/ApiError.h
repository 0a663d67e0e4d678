#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gatehouse::client {

// What went wrong with an API call, in a form the UI can show as is: a kind to branch on, the HTTP status, the
// server's codes, and a human message built from the status and the body (never from secrets).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Configuration,  // the environment itself is unusable (bad URL, plain http to a remote host, no secret)
        Network,        // connection refused, host not found, reset
        Timeout,        // no complete answer within the request timeout
        Tls,            // certificate or handshake failure; never ignored
        Unauthorized,   // 401: bad client credentials or token
        Forbidden,      // 403: token lacks the scope
        NotFound,       // 404
        InvalidRequest, // 400 and other 4xx
        Conflict,       // 409 / 412
        RateLimited,    // 429 (retryAfterSeconds)
        Unimplemented,  // 501: the environment does not offer this call
        Server,         // 5xx
        Protocol,       // the answer is not what the API promises (not JSON, wrong shape)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int grpcCode = -1;      // grpc-gateway "code"
    QString errorCode;      // details[].error_code or the OAuth "error"
    QString message;        // one line for people
    QStringList violations; // "field: description" from validation_error_info
    int retryAfterSeconds = 0;

    bool isError() const
    {
        return kind != Kind::None;
    }

    // The message plus field violations, for tooltips and inline messages.
    QString detailedText() const;

    static ApiError configuration(const QString& message);
    static ApiError protocol(const QString& message);
    // From an HTTP answer with a status outside 2xx; understands grpc-gateway and OAuth error bodies.
    static ApiError fromHttp(int status, const QByteArray& body, const QByteArray& retryAfter = {});
};

} // namespace gatehouse::client
