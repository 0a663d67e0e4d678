#include "engine/http/ApiError.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "gatehouse.engine.api")

namespace gatehouse::engine {

namespace {

QString errorCodeName(ApiError::Code code)
{
    switch (code) {
    case ApiError::Code::InvalidArgument:
        return QStringLiteral("INVALID_ARGUMENT");
    case ApiError::Code::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ApiError::Code::AlreadyExists:
        return QStringLiteral("ALREADY_EXISTS");
    case ApiError::Code::PermissionDenied:
        return QStringLiteral("PERMISSION_DENIED");
    case ApiError::Code::ResourceExhausted:
        return QStringLiteral("RESOURCE_EXHAUSTED");
    case ApiError::Code::FailedPrecondition:
        return QStringLiteral("FAILED_PRECONDITION");
    case ApiError::Code::Unimplemented:
        return QStringLiteral("UNIMPLEMENTED");
    case ApiError::Code::Internal:
        return QStringLiteral("INTERNAL");
    case ApiError::Code::Unavailable:
        return QStringLiteral("UNAVAILABLE");
    case ApiError::Code::Unauthenticated:
        return QStringLiteral("UNAUTHENTICATED");
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace

HttpResponse ApiError::make(int httpStatus, Code code, const QString& message, const QList<FieldViolation>& violations)
{
    QJsonObject info{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/scalekit.v1.errdetails.ErrorInfo")},
                     {QStringLiteral("error_code"), errorCodeName(code)}};
    if (!violations.isEmpty()) {
        QJsonArray list;
        for (const FieldViolation& v : violations) {
            list.append(
                QJsonObject{{QStringLiteral("field"), v.field}, {QStringLiteral("description"), v.description}});
        }
        info.insert(QStringLiteral("validation_error_info"), QJsonObject{{QStringLiteral("field_violations"), list}});
    }
    return HttpResponse::json({{QStringLiteral("code"), static_cast<int>(code)},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("details"), QJsonArray{info}}},
                              httpStatus);
}

HttpResponse ApiError::invalidArgument(const QString& message, const QList<FieldViolation>& violations)
{
    return make(400, Code::InvalidArgument, message, violations);
}

HttpResponse ApiError::notFound(const QString& message)
{
    return make(404, Code::NotFound, message);
}

HttpResponse ApiError::alreadyExists(const QString& message)
{
    return make(409, Code::AlreadyExists, message);
}

HttpResponse ApiError::unauthenticated(const QString& message)
{
    HttpResponse response = make(401, Code::Unauthenticated, message);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"gatehouse\", error=\"invalid_token\"");
    return response;
}

HttpResponse ApiError::permissionDenied(const QString& message)
{
    return make(403, Code::PermissionDenied, message);
}

HttpResponse ApiError::fromStore(const core::Error& error, const QString& what)
{
    if (error.code == QStringLiteral("not_found")) {
        return notFound(what + QStringLiteral(" not found"));
    }
    if (error.code == QStringLiteral("already_exists")) {
        return alreadyExists(error.message);
    }
    if (error.code == QStringLiteral("invalid_argument")) { // found inside a transaction; detail names the field
        return invalidArgument(error.message, {{error.detail, error.message}});
    }
    if (error.code == QStringLiteral("failed_precondition")) {
        return make(412, Code::FailedPrecondition, error.message);
    }
    if (error.code == QStringLiteral("db_unavailable")) {
        qCWarning(lcApi) << "database unavailable:" << error.message;
        return make(503, Code::Unavailable, QStringLiteral("storage unavailable"));
    }
    qCWarning(lcApi) << "storage error:" << error.code << error.message;
    return internal();
}

HttpResponse ApiError::internal()
{
    return make(500, Code::Internal, QStringLiteral("internal error"));
}

} // namespace gatehouse::engine
