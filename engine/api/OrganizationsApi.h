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
    // display_name, external_id, metadata, slug, logo_url (shared with the configuration import).
    static void readCommonFields(JsonInput& in, Organization& org, bool creating);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse getByExternalId(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse updateSettings(HttpRequest& request);

    HttpResponse fetch(const QString& column, const QString& value);
    // {organizations, next_page_token, prev_page_token, total_size} (list and search).
    HttpResponse
    organizationsPage(QByteArrayView kind, const PageCursor& cursor, const OrganizationStore::Page& page) const;
    std::optional<HttpResponse> load(const QString& id, Organization& out);
    HttpResponse save(HttpRequest& request, Organization org, const QString& eventType, const QJsonObject& changes);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
