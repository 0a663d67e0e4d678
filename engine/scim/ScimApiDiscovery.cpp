// ScimApi: the read-only discovery endpoints and /Bulk.
#include "engine/EngineContext.h"
#include "engine/http/HttpLimits.h"
#include "engine/scim/ScimApi.h"
#include "engine/scim/ScimError.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/scim/ScimSchema.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

QJsonObject listResponse(const QJsonArray& resources)
{
    return {{u"schemas"_s, QJsonArray{ScimSchema::kListResponse}},
            {u"totalResults"_s, resources.size()},
            {u"startIndex"_s, 1},
            {u"itemsPerPage"_s, resources.size()},
            {u"Resources"_s, resources}};
}

// Replaces "bulkId:<id>" strings by the ids created earlier in the same request; false if one is unknown.
bool resolveBulkIds(QJsonValue& value, const QHash<QString, QString>& ids, QString& missing)
{
    if (value.isString() && value.toString().startsWith(u"bulkId:"_s)) {
        const QString key = value.toString().mid(7);
        if (!ids.contains(key)) {
            missing = key;
            return false;
        }
        value = ids.value(key);
    } else if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue inner = it.value();
            if (!resolveBulkIds(inner, ids, missing)) {
                return false;
            }
            it.value() = inner;
        }
        value = o;
    } else if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue inner = a[i];
            if (!resolveBulkIds(inner, ids, missing)) {
                return false;
            }
            a[i] = inner;
        }
        value = a;
    }
    return true;
}

QJsonObject errorJson(const core::Error& error)
{
    QJsonObject body{{u"schemas"_s, QJsonArray{ScimSchema::kError}},
                     {u"status"_s, QString::number(ScimError::status(error))},
                     {u"detail"_s, ScimError::isScim(error) ? error.message : u"request failed"_s}};
    if (ScimError::isScim(error) && !error.detail.isEmpty()) {
        body.insert(u"scimType"_s, error.detail);
    }
    return body;
}

} // namespace

QJsonObject ScimApi::resourceTypeJson(const QString& name, const ScimCaller& caller) const
{
    const QString& directoryId = caller.directoryId;
    const ResourceType& type = caller.type(name == u"User"_s ? ResourceKind::User : ResourceKind::Group);
    QJsonArray extensions;
    for (const SchemaDef* e : type.extensions) {
        extensions.append(QJsonObject{{u"schema"_s, e->id}, {u"required"_s, false}});
    }
    return {
        {u"schemas"_s, QJsonArray{ScimSchema::kResourceTypeSchema}},
        {u"id"_s, type.name},
        {u"name"_s, type.name},
        {u"endpoint"_s, type.endpoint},
        {u"description"_s, type.name == u"User"_s ? u"User Account"_s : u"Group"_s},
        {u"schema"_s, type.core->id},
        {u"schemaExtensions"_s, extensions},
        {u"meta"_s,
         QJsonObject{{u"resourceType"_s, u"ResourceType"_s},
                     {u"location"_s, QString(m_service.scimBase(directoryId) + u"/ResourceTypes/"_s + type.name)}}}};
}

HttpResponse ScimApi::serviceProviderConfig(HttpRequest&, const ScimCaller& caller)
{
    const HttpLimits limits;
    return ScimError::json(
        {{u"schemas"_s, QJsonArray{ScimSchema::kServiceProviderConfig}},
         {u"documentationUri"_s, QString(m_context.baseUrl + u"/docs/scim"_s)},
         {u"patch"_s, QJsonObject{{u"supported"_s, true}}},
         {u"bulk"_s,
          QJsonObject{{u"supported"_s, true},
                      {u"maxOperations"_s, kMaxBulkOperations},
                      {u"maxPayloadSize"_s, limits.maxBodyBytes}}},
         {u"filter"_s, QJsonObject{{u"supported"_s, true}, {u"maxResults"_s, ScimService::kMaxCount}}},
         {u"changePassword"_s, QJsonObject{{u"supported"_s, false}}},
         {u"sort"_s, QJsonObject{{u"supported"_s, true}}},
         {u"etag"_s, QJsonObject{{u"supported"_s, true}}},
         {u"authenticationSchemes"_s,
          QJsonArray{QJsonObject{{u"type"_s, u"oauthbearertoken"_s},
                                 {u"name"_s, u"OAuth Bearer Token"_s},
                                 {u"description"_s, u"The directory's SCIM bearer secret"_s},
                                 {u"primary"_s, true}}}},
         {u"meta"_s,
          QJsonObject{
              {u"resourceType"_s, u"ServiceProviderConfig"_s},
              {u"location"_s, QString(m_service.scimBase(caller.directoryId) + u"/ServiceProviderConfig"_s)}}}});
}

HttpResponse ScimApi::schemas(HttpRequest&, const ScimCaller& caller)
{
    QJsonArray all;
    const auto declared = caller.schemas ? caller.schemas : DirectorySchemas::forMappings({});
    for (const SchemaDef* s : declared->allSchemas()) {
        all.append(s->toJson(m_service.scimBase(caller.directoryId) + u"/Schemas/"_s + s->id));
    }
    return ScimError::json(listResponse(all));
}

HttpResponse ScimApi::schema(HttpRequest& request, const ScimCaller& caller)
{
    const auto declared = caller.schemas ? caller.schemas : DirectorySchemas::forMappings({});
    for (const SchemaDef* s : declared->allSchemas()) {
        if (s->id == request.pathParam(u"id"_s)) {
            return ScimError::json(s->toJson(m_service.scimBase(caller.directoryId) + u"/Schemas/"_s + s->id));
        }
    }
    return ScimError::response(404, QString(), u"no such schema"_s);
}

HttpResponse ScimApi::resourceTypes(HttpRequest&, const ScimCaller& caller)
{
    return ScimError::json(listResponse(
        {resourceTypeJson(u"User"_s, caller), resourceTypeJson(u"Group"_s, caller)}));
}

HttpResponse ScimApi::resourceType(HttpRequest& request, const ScimCaller& caller)
{
    const QString id = request.pathParam(u"id"_s);
    if (id != u"User"_s && id != u"Group"_s) {
        return ScimError::response(404, QString(), u"no such resource type"_s);
    }
    return ScimError::json(resourceTypeJson(id, caller));
}

QJsonObject ScimApi::bulkOperation(const QJsonObject& op, QHash<QString, QString>& bulkIds, const ScimCaller& caller)
{
    static const QRegularExpression pathPattern(u"^/(Users|Groups)(?:/([^/]+))?$"_s);
    const QString method = op.value(u"method"_s).toString().toUpper();
    const QString bulkId = op.value(u"bulkId"_s).toString();
    QJsonObject result{{u"method"_s, method}};
    if (!bulkId.isEmpty()) {
        result.insert(u"bulkId"_s, bulkId);
    }
    const auto fail = [&](const core::Error& error) {
        result.insert(u"status"_s, QString::number(ScimError::status(error)));
        result.insert(u"response"_s, errorJson(error));
        return result;
    };
    static const QRegularExpression reference(u"bulkId:([^/]+)"_s);
    QString pathText = op.value(u"path"_s).toString();
    QString missing;
    if (const auto ref = reference.match(pathText); ref.hasMatch()) {
        if (!bulkIds.contains(ref.captured(1))) {
            missing = ref.captured(1);
        }
        pathText.replace(ref.capturedStart(), ref.capturedLength(), bulkIds.value(ref.captured(1)));
    }
    const QJsonValue path(pathText);
    QJsonValue data = op.value(u"data"_s);
    if (!missing.isEmpty() || !resolveBulkIds(data, bulkIds, missing)) {
        return fail(ScimError::make(409, u"invalidValue"_s, u"bulkId '%1' is not resolved"_s.arg(missing)));
    }
    const auto match = pathPattern.match(path.toString());
    const bool hasId = match.hasMatch() && !match.captured(2).isEmpty();
    if (!match.hasMatch() || (method == u"POST"_s) == hasId) {
        return fail(ScimError::invalidPath(u"invalid bulk path '%1'"_s.arg(path.toString())));
    }
    if (method == u"POST"_s && bulkId.isEmpty()) {
        return fail(ScimError::invalidSyntax(u"POST operations need a bulkId"_s));
    }
    if (method != u"DELETE"_s && !data.isObject()) {
        return fail(ScimError::invalidSyntax(u"'data' must be an object"_s));
    }
    const ResourceKind kind = match.captured(1) == u"Users"_s ? ResourceKind::User : ResourceKind::Group;
    const QString id = match.captured(2);
    const QString version = op.value(u"version"_s).toString();
    core::Result<ScimOutcome> outcome = core::Error{u"invalid"_s, {}, {}};
    if (method == u"POST"_s) {
        outcome = m_service.create(kind, caller, data.toObject());
    } else if (method == u"PUT"_s) {
        outcome = m_service.replace(kind, caller, id, data.toObject(), version);
    } else if (method == u"PATCH"_s) {
        outcome = m_service.patch(kind, caller, id, data.toObject(), version, kind == ResourceKind::User);
    } else if (method == u"DELETE"_s) {
        outcome = m_service.remove(kind, caller, id, version);
    } else {
        return fail(ScimError::invalidSyntax(u"unknown bulk method '%1'"_s.arg(method)));
    }
    if (!outcome.ok()) {
        return fail(outcome.error());
    }
    const ScimOutcome& done = outcome.value();
    if (method == u"POST"_s) {
        bulkIds.insert(bulkId, done.body.value(u"id"_s).toString());
    }
    result.insert(u"status"_s, QString::number(done.status));
    if (method != u"DELETE"_s) {
        result.insert(u"location"_s, QString(m_service.scimBase(caller.directoryId) + path.toString()));
        result.insert(u"version"_s, ScimRepresentation::etag(done.version));
    }
    if (method == u"POST"_s) {
        result.insert(u"location"_s, done.location);
    }
    return result;
}

HttpResponse ScimApi::bulk(HttpRequest& request, const ScimCaller& caller)
{
    QJsonObject body;
    if (auto bad = parseBody(request, body)) {
        return std::move(*bad);
    }
    if (!body.value(u"schemas"_s).toArray().contains(ScimSchema::kBulkRequest)) {
        return ScimError::response(400, u"invalidSyntax"_s, u"'schemas' must list %1"_s.arg(ScimSchema::kBulkRequest));
    }
    const QJsonArray operations = body.value(u"Operations"_s).toArray();
    if (operations.isEmpty()) {
        return ScimError::response(400, u"invalidSyntax"_s, u"'Operations' must be a non-empty array"_s);
    }
    if (operations.size() > kMaxBulkOperations) {
        return ScimError::response(413, QString(), u"at most %1 operations per bulk request"_s.arg(kMaxBulkOperations));
    }
    const QJsonValue failOnErrors = body.value(u"failOnErrors"_s);
    if (!failOnErrors.isUndefined() && (!failOnErrors.isDouble() || failOnErrors.toInt() < 1)) {
        return ScimError::response(400, u"invalidValue"_s, u"failOnErrors must be a positive integer"_s);
    }
    const int maxErrors = failOnErrors.isUndefined() ? 0 : failOnErrors.toInt();
    QHash<QString, QString> bulkIds;
    QJsonArray results;
    int errors = 0;
    for (const QJsonValue& op : operations) {
        const QJsonObject result =
            op.isObject() ? bulkOperation(op.toObject(), bulkIds, caller)
                          : QJsonObject{{u"status"_s, u"400"_s},
                                        {u"response"_s,
                                         errorJson(ScimError::invalidSyntax(u"each operation must be an object"_s))}};
        results.append(result);
        if (result.value(u"status"_s).toString().toInt() >= 400 && ++errors == maxErrors) {
            break;
        }
    }
    return ScimError::json({{u"schemas"_s, QJsonArray{ScimSchema::kBulkResponse}}, {u"Operations"_s, results}});
}

} // namespace gatehouse::engine::scim
