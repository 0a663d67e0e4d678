#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/Router.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace gatehouse::engine {

struct EngineContext;

// Admin-portal sessions as bearer tokens of the management API. A session reaches only its organization and
// only what its link's features grant:
//   sso      → GET the organization; its connections (and their contexts, also at
//              /api/v1/connections/{id}/contexts); their test requests; its domains (not
//              :verify_manually, which stays with environment admins);
//   dir_sync → the organization's directories (users, groups, secrets, roles:assign); GET /api/v1/roles[/{name}];
//              GET the organization's roles (…/{its id}/roles[/{name}[/users:count]]).
// Everything else is 403 with the reason. Sessions are looked up on every request, so revoking the link
// (or the session's expiry) takes effect at once.
class PortalAccess
{
public:
    static constexpr QByteArrayView kTokenPrefix = "gps_";

    explicit PortalAccess(const EngineContext& context);

    static bool isPortalToken(QByteArrayView token);
    std::optional<HttpResponse>
    authorize(HttpRequest& request, const Router::RouteOptions& options, const QByteArray& token) const;

    // The route rule alone: nullopt when allowed, otherwise why not. `path` is the decoded path segments;
    // `organizationQuery` the organization_id query parameter (ListConnections); `connectionOrganization` tells
    // which organization a connection belongs to (empty: unknown).
    static std::optional<QString> denies(const QByteArray& method,
                                         const QStringList& path,
                                         const QString& organizationId,
                                         const QStringList& features,
                                         const QString& organizationQuery,
                                         const std::function<QString(const QString&)>& connectionOrganization);

private:
    const EngineContext& m_context;
};

} // namespace gatehouse::engine
