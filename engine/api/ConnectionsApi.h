#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"
#include "engine/api/IdpMetadataImport.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QSqlDatabase>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class JsonInput;
class Router;
class MetadataRefresher;

// ConnectionService for SAML and OIDC SSO connections: create, get, update, delete, :enable / :disable
// under /api/v1/organizations/{organization_id}/connections (get / update / delete / :enable / :disable also
// environment-level under /api/v1/connections/{connection_id}), AssignDomainsToConnection (PUT …/domains:
// verified domains of the organization only), ListConnections (GET /api/v1/connections, filters organization_id
// and domain), ListOrganizationConnections and SearchOrganizationConnections (/api/v1/organizations/-/connections). IdP
// URLs must be absolute https (http too in a development environment); IdP certificates are parsed (PEM or base64 DER).
// The OIDC client secret is write-only: sealed with the at-rest key, answered as a mask, never audited.
class ConnectionsApi
{
public:
    explicit ConnectionsApi(EngineContext& context);

    void registerRoutes(Router& router);

    // Fetches saml_config.idp_metadata_url on update and keeps the refresh schedule (set by Engine).
    void setMetadataRefresher(MetadataRefresher* refresher)
    {
        m_refresher = refresher;
    }

    // The writable fields of a connection (update body; also the configuration import): provider,
    // debug_enabled, ui_button_title, configuration_type, attribute_mapping, saml_config / oidc_config.
    void readUpdate(JsonInput& in,
                    Connection& connection,
                    bool development,
                    IdpMetadataImport::Freshness* freshness = nullptr);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse updateWith(HttpRequest& request, const QJsonObject& body);
    HttpResponse acceptMetadata(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse enable(HttpRequest& request);
    HttpResponse disable(HttpRequest& request);
    HttpResponse assignDomains(HttpRequest& request);
    HttpResponse listAll(HttpRequest& request);
    HttpResponse searchAll(HttpRequest& request);
    HttpResponse pagedAcrossOrganizations(HttpRequest& request, bool search);
    HttpResponse environmentGet(HttpRequest& request);
    HttpResponse environmentUpdate(HttpRequest& request);
    HttpResponse environmentRemove(HttpRequest& request);
    HttpResponse environmentEnable(HttpRequest& request);
    HttpResponse environmentDisable(HttpRequest& request);
    // GetConnectionContext / UpdateConnectionContext (…/connections/{id}/contexts, organization and environment
    // forms): the connection's custom context, one JSON object.
    HttpResponse getContext(HttpRequest& request);
    HttpResponse updateContext(HttpRequest& request);
    HttpResponse environmentGetContext(HttpRequest& request);
    HttpResponse environmentUpdateContext(HttpRequest& request);
    // Environment-level route: finds the connection's organization, then answers like the organization route.
    HttpResponse viaEnvironment(HttpRequest& request, HttpResponse (ConnectionsApi::*method)(HttpRequest&));

    std::optional<HttpResponse> checkIds(const HttpRequest& request, bool withId) const;
    HttpResponse toggle(HttpRequest& request, bool enabled);
    core::Result<Connection> load(const QSqlDatabase& db, const HttpRequest& request);

    EngineContext& m_context;
    MetadataRefresher* m_refresher = nullptr;
};

} // namespace gatehouse::engine
