#include "client/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::client {

namespace {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
    case 412:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    case 501:
        return ApiError::Kind::Unimplemented;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::InvalidRequest;
    }
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("The request was refused as invalid");
    case 401:
        return ApiError::tr("Authentication failed");
    case 403:
        return ApiError::tr("Access denied");
    case 404:
        return ApiError::tr("Not found");
    case 409:
        return ApiError::tr("Conflict");
    case 412:
        return ApiError::tr("Precondition failed");
    case 429:
        return ApiError::tr("Too many requests");
    case 501:
        return ApiError::tr("Not supported by this environment");
    case 503:
        return ApiError::tr("Service unavailable");
    default:
        return status >= 500 ? ApiError::tr("Server error") : ApiError::tr("Request failed");
    }
}

// Reads either snake_case or camelCase (the environments differ).
QJsonValue lenient(const QJsonObject& object, const QString& snake, const QString& camel)
{
    const QJsonValue value = object.value(snake);
    return value.isUndefined() ? object.value(camel) : value;
}

} // namespace

QString ApiError::detailedText() const
{
    if (violations.isEmpty()) {
        return message;
    }
    return message + u'\n' + violations.join(u'\n');
}

ApiError ApiError::configuration(const QString& message)
{
    ApiError error;
    error.kind = Kind::Configuration;
    error.message = message;
    return error;
}

ApiError ApiError::protocol(const QString& message)
{
    ApiError error;
    error.kind = Kind::Protocol;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray& body, const QByteArray& retryAfter)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfter.trimmed().toInt();
    QString serverMessage;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(QStringLiteral("error")) && json.value(QStringLiteral("error")).isString()) {
        // OAuth 2.0 (RFC 6749 §5.2): {"error": "invalid_client", "error_description": "…"}
        error.errorCode = json.value(QStringLiteral("error")).toString();
        serverMessage =
            lenient(json, QStringLiteral("error_description"), QStringLiteral("errorDescription")).toString();
        if (serverMessage.isEmpty()) {
            serverMessage = error.errorCode;
        }
    } else if (!json.isEmpty()) {
        // grpc-gateway: {"code": 3, "message": "…", "details": [{"error_code": …, "validation_error_info": …}]}
        error.grpcCode = json.value(QStringLiteral("code")).toInt(-1);
        serverMessage = json.value(QStringLiteral("message")).toString();
        const QJsonArray details = json.value(QStringLiteral("details")).toArray();
        for (const QJsonValue& detail : details) {
            const QJsonObject d = detail.toObject();
            if (error.errorCode.isEmpty()) {
                error.errorCode = lenient(d, QStringLiteral("error_code"), QStringLiteral("errorCode")).toString();
            }
            const QJsonObject info =
                lenient(d, QStringLiteral("validation_error_info"), QStringLiteral("validationErrorInfo")).toObject();
            const QJsonArray fields =
                lenient(info, QStringLiteral("field_violations"), QStringLiteral("fieldViolations")).toArray();
            for (const QJsonValue& field : fields) {
                const QJsonObject f = field.toObject();
                error.violations.append(f.value(QStringLiteral("field")).toString() + QStringLiteral(": ")
                                        + f.value(QStringLiteral("description")).toString());
            }
        }
    }
    const QString prefix = tr("%1 (HTTP %2)").arg(statusText(status)).arg(status);
    error.message = serverMessage.isEmpty() ? prefix : prefix + QStringLiteral(": ") + serverMessage.left(500);
    if (error.kind == Kind::RateLimited && error.retryAfterSeconds > 0) {
        error.message += u' ' + tr("Try again in %n second(s).", nullptr, error.retryAfterSeconds);
    }
    return error;
}

} // namespace gatehouse::client
