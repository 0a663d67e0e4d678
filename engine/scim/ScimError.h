#pragma once

#include "core/util/Result.h"
#include "engine/http/HttpResponse.h"

#include <QString>

namespace gatehouse::engine::scim {

// SCIM errors (RFC 7644 §3.12) travel as core::Error{code "scim_<status>", message = detail,
// detail = scimType} so that stores and parsers can return them through core::Result.
class ScimError
{
public:
    static core::Error make(int status, const QString& scimType, const QString& detail);
    static core::Error invalidFilter(const QString& detail);
    static core::Error invalidSyntax(const QString& detail);
    static core::Error invalidPath(const QString& detail);
    static core::Error invalidValue(const QString& detail);
    static core::Error noTarget(const QString& detail);
    static core::Error mutability(const QString& detail);
    static core::Error uniqueness(const QString& detail);
    static core::Error notFound(const QString& detail);
    static bool isScim(const core::Error& error);
    static int status(const core::Error& error);

    // The Error response; storage errors map to 404/409/503/500 (the cause of a 500 is logged only).
    static HttpResponse response(const core::Error& error);
    static HttpResponse response(int status, const QString& scimType, const QString& detail);
    // application/scim+json body.
    static HttpResponse json(const QJsonObject& object, int status = 200);
};

} // namespace gatehouse::engine::scim
