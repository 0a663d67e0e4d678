#include "engine/auth/BearerAuth.h"

#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/http/ApiError.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "gatehouse.engine.auth")

namespace gatehouse::engine {

namespace {
constexpr qsizetype kMaxTokenSize = 8192;

// Issued by TokenEndpoint to an organization API client (OrgClientsApi): client_id m2morg_…, claim oid. (Apps'
// access tokens carry oid as well, but not such a client_id.)
bool isOrganizationClientToken(const QJsonObject& claims)
{
    return claims.value(QStringLiteral("client_id")).toString().startsWith(QStringLiteral("m2morg_"));
}
} // namespace

BearerAuth::BearerAuth(const EngineContext& context)
    : m_context(context)
    , m_portal(context)
{}

std::optional<QString> BearerAuth::checkClaims(const QJsonObject& claims) const
{
    const bool organizationToken = isOrganizationClientToken(claims);
    const qint64 now = m_context.clock.now().toSecsSinceEpoch();
    if (claims.value(QStringLiteral("iss")).toString() != m_context.baseUrl) {
        return QStringLiteral("token issuer mismatch");
    }
    if (!organizationToken && !claims.value(QStringLiteral("aud")).toArray().contains(m_context.baseUrl)) {
        return QStringLiteral("token audience mismatch");
    }
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (!exp.isDouble() || static_cast<qint64>(exp.toDouble()) <= now) {
        return QStringLiteral("token expired");
    }
    if (nbf.isDouble() && static_cast<qint64>(nbf.toDouble()) > now) {
        return QStringLiteral("token not yet valid");
    }
    if (claims.value(QStringLiteral("client_id")).toString().isEmpty()) {
        return QStringLiteral("token has no client_id");
    }
    return std::nullopt;
}

std::optional<HttpResponse> BearerAuth::operator()(HttpRequest& request, const Router::RouteOptions& options) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        return ApiError::unauthenticated(QStringLiteral("missing bearer token"));
    }
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        return ApiError::unauthenticated(QStringLiteral("authorization scheme must be Bearer"));
    }
    const QByteArray token = authorization.sliced(7).trimmed();
    if (token.isEmpty() || token.size() > kMaxTokenSize) {
        return ApiError::unauthenticated(QStringLiteral("invalid bearer token"));
    }
    if (PortalAccess::isPortalToken(token)) {
        return m_portal.authorize(request, options, token);
    }
    auto verified = Jwt::verify(token, [this](const QString& kid) { return m_context.keys.find(kid); });
    if (!verified.ok()) {
        qCInfo(lcAuth) << "rejected bearer token:" << verified.error().message << "rid" << request.requestId;
        return ApiError::unauthenticated(QStringLiteral("invalid bearer token"));
    }
    const QJsonObject& claims = verified.value().claims;
    if (const auto problem = checkClaims(claims)) {
        qCInfo(lcAuth) << "rejected bearer token:" << *problem << "rid" << request.requestId;
        return ApiError::unauthenticated(*problem);
    }
    if (isOrganizationClientToken(claims)) {
        // An organization API client's token (m2morg_…): it is for the customer's own APIs, never for the
        // environment's management API — not even its own organization's part of it.
        qCInfo(lcAuth) << "refused the token of organization client"
                       << claims.value(QStringLiteral("client_id")).toString().left(64) << "rid" << request.requestId;
        return ApiError::permissionDenied(
            QStringLiteral("organization API client tokens cannot call the management API"));
    }
    Caller caller{claims.value(QStringLiteral("client_id")).toString(), {}};
    for (const QJsonValue& scope : claims.value(QStringLiteral("scopes")).toArray()) {
        caller.scopes << scope.toString();
    }
    if (!options.scope.isEmpty() && !caller.scopes.contains(options.scope)) {
        return ApiError::permissionDenied(QStringLiteral("token lacks scope %1").arg(options.scope));
    }
    request.caller = std::move(caller);
    return std::nullopt;
}

} // namespace gatehouse::engine
