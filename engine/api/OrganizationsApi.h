#pragma once

#include "engine/api/OrganizationStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/JsonInput.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// OrganizationService of the REST reference: create, get, get by external id, update, delete, list
// (page_size / page_token / next_page_token / total_size) and settings (features sso, dir_sync).
class OrganizationsApi
{
public:
    explicit OrganizationsApi(EngineContext& context);

    void registerRoutes(Router& router);

    // Shared with nested resources: 400 for a malformed org id, 404 when it does not exist.
    static std::optional<HttpResponse> checkOrganizationId(const QString& id);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse getByExternalId(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse updateSettings(HttpRequest& request);

    HttpResponse fetch(const QString& column, const QString& value);
    std::optional<HttpResponse> load(const QString& id, Organization& out);
    void readCommonFields(JsonInput& in, Organization& org, bool creating);
    HttpResponse save(HttpRequest& request, Organization org, const QString& eventType, const QJsonObject& changes);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
