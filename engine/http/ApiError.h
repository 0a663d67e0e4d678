#pragma once

#include "core/util/Result.h"
#include "engine/http/HttpResponse.h"

#include <QList>
#include <QString>

namespace gatehouse::engine {

struct FieldViolation
{
    QString field;
    QString description;
};

// Errors in grpc-gateway style: {"code": <google.rpc.Code>, "message": "...", "details": [...]}, with the
// HTTP status grpc-gateway would use. Field violations go in a scalekit.v1.errdetails.ErrorInfo detail.
class ApiError
{
public:
    enum class Code
    {
        InvalidArgument = 3,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        ResourceExhausted = 8,
        FailedPrecondition = 9,
        Unimplemented = 12,
        Internal = 13,
        Unavailable = 14,
        Unauthenticated = 16,
    };

    static HttpResponse
    make(int httpStatus, Code code, const QString& message, const QList<FieldViolation>& violations = {});
    static HttpResponse invalidArgument(const QString& message, const QList<FieldViolation>& violations = {});
    static HttpResponse notFound(const QString& message);
    static HttpResponse alreadyExists(const QString& message);
    static HttpResponse unauthenticated(const QString& message);
    static HttpResponse permissionDenied(const QString& message);
    static HttpResponse internal();
    // Storage errors: "not_found" → 404, "already_exists" → 409, "invalid_argument" → 400 (detail = field),
    // "failed_precondition" → 412, "db_unavailable" → 503, anything else → 500 (logged, not shown).
    static HttpResponse fromStore(const core::Error& error, const QString& what);
};

} // namespace gatehouse::engine
