#include "engine/scim/ScimError.h"

#include "engine/scim/ScimSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcScim, "gatehouse.engine.scim")

namespace gatehouse::engine::scim {

core::Error ScimError::make(int status, const QString& scimType, const QString& detail)
{
    return core::Error{u"scim_"_s + QString::number(status), detail, scimType};
}

core::Error ScimError::invalidFilter(const QString& detail)
{
    return make(400, u"invalidFilter"_s, detail);
}

core::Error ScimError::invalidSyntax(const QString& detail)
{
    return make(400, u"invalidSyntax"_s, detail);
}

core::Error ScimError::invalidPath(const QString& detail)
{
    return make(400, u"invalidPath"_s, detail);
}

core::Error ScimError::invalidValue(const QString& detail)
{
    return make(400, u"invalidValue"_s, detail);
}

core::Error ScimError::noTarget(const QString& detail)
{
    return make(400, u"noTarget"_s, detail);
}

core::Error ScimError::mutability(const QString& detail)
{
    return make(400, u"mutability"_s, detail);
}

core::Error ScimError::uniqueness(const QString& detail)
{
    return make(409, u"uniqueness"_s, detail);
}

core::Error ScimError::notFound(const QString& detail)
{
    return make(404, QString(), detail);
}

bool ScimError::isScim(const core::Error& error)
{
    return error.code.startsWith(u"scim_"_s);
}

int ScimError::status(const core::Error& error)
{
    if (isScim(error)) {
        return error.code.mid(5).toInt();
    }
    if (error.code == u"not_found"_s) {
        return 404;
    }
    if (error.code == u"already_exists"_s) {
        return 409;
    }
    if (error.code == u"db_unavailable"_s) {
        return 503;
    }
    return 500;
}

HttpResponse ScimError::json(const QJsonObject& object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/scim+json; charset=utf-8");
    return response;
}

HttpResponse ScimError::response(int status, const QString& scimType, const QString& detail)
{
    QJsonObject body{
        {u"schemas"_s, QJsonArray{ScimSchema::kError}}, {u"status"_s, QString::number(status)}, {u"detail"_s, detail}};
    if (!scimType.isEmpty()) {
        body.insert(u"scimType"_s, scimType);
    }
    return json(body, status);
}

HttpResponse ScimError::response(const core::Error& error)
{
    const int code = status(error);
    if (isScim(error)) {
        return response(code, error.detail, error.message);
    }
    switch (code) {
    case 404:
        return response(404, QString(), u"Resource not found"_s);
    case 409:
        return response(409, u"uniqueness"_s, u"Resource already exists"_s);
    case 503:
        return response(503, QString(), u"Storage unavailable"_s);
    default:
        qCWarning(lcScim) << "internal error:" << error.code << error.message;
        return response(500, QString(), u"Internal error"_s);
    }
}

} // namespace gatehouse::engine::scim
