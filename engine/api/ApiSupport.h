#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace gatehouse::engine {

// Small helpers the endpoint classes share.
class ApiSupport
{
public:
    // "client:skc_…" for audit events.
    static QString actor(const HttpRequest& request);
    // Parses the body as one JSON object; the 400 response otherwise.
    static std::optional<HttpResponse> parseBody(const HttpRequest& request, QJsonObject& out, bool allowEmpty = false);
    // Opaque page tokens: base64url("<kind>:<seq>").
    static QString pageToken(QByteArrayView kind, qint64 seq);
    static std::optional<qint64> fromPageToken(QByteArrayView kind, const QString& token);
    // page_size from the query: default when absent or 0, capped at max; nullopt when not a number.
    // The answer of an :enable / :disable call: {enabled} plus an error_message when nothing changed.
    static HttpResponse enabledResponse(bool enabled, bool already, const QString& noun);

    // A route handler that calls api->method(request): every endpoint class registers its methods this way.
    template <typename Api>
    static auto handler(Api* api, HttpResponse (Api::*method)(HttpRequest&))
    {
        return [api, method](HttpRequest& request) { return (api->*method)(request); };
    }

    static std::optional<int> pageSize(const HttpRequest& request, int fallback, int max);
};

} // namespace gatehouse::engine
