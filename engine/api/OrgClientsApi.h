#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// An organization's machine-to-machine API clients (ClientService, `m2morg_…`): CreateOrganizationClient,
// ListOrganizationClients, Get/Update/DeleteOrganizationClient, CreateOrganizationClientSecret and
// DeleteOrganizationClientSecret. A client holds up to kMaxSecrets secrets (`sks_…`), each returned in plain
// once, at creation, and stored as a SecretHasher hash (the same peppered HMAC as the admin client's secret).
// The client authenticates at POST /oauth/token (client_credentials, see TokenEndpoint) and gets an RS256
// access token with `oid` = its organization; such a token cannot call the management API (BearerAuth: 403).
class OrgClientsApi
{
public:
    static constexpr int kMaxSecrets = 5;
    static constexpr qint64 kDefaultExpirySecs = 3600;
    static constexpr qint64 kMaxExpirySecs = 86400;

    // What TokenEndpoint needs of a client to issue its token.
    struct TokenGrant
    {
        QString clientId;
        QString organizationId;
        QStringList scopes;
        QStringList audience;
        QJsonArray customClaims; // [{key, value}]
        qint64 expiry = kDefaultExpirySecs;
    };

    explicit OrgClientsApi(EngineContext& context);

    void registerRoutes(Router& router);

    // Claim names a custom claim may not take (the token's own claims).
    static bool isReservedClaim(const QString& key);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse createSecret(HttpRequest& request);
    HttpResponse removeSecret(HttpRequest& request);

    std::optional<HttpResponse> checkIds(const HttpRequest& request, bool withClient) const;
    // Reads the OrganizationClient body into `fields` (only the given ones when partial); the 400 otherwise.
    std::optional<HttpResponse> readClient(const QJsonObject& body, bool partial, QJsonObject& fields) const;
    HttpResponse fetch(const QString& organizationId, const QString& clientId, int status = 200);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
