#include "engine/auth/BearerAuth.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/http/ApiError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutexLocker>

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

std::optional<BearerAuth::Cached> BearerAuth::lookup(const QByteArray& digest, const QByteArray& token) const
{
    QMutexLocker lock(&m_cacheMutex);
    const auto it = m_cache.constFind(digest);
    // The digest only finds the entry; the token itself must match in full.
    if (it == m_cache.constEnd() || !core::encoding::constantTimeEquals(it->token, token)) {
        return std::nullopt;
    }
    return *it;
}

void BearerAuth::remember(const QByteArray& digest, Cached entry) const
{
    QMutexLocker lock(&m_cacheMutex);
    if (m_capacity <= 0) {
        return;
    }
    if (m_cache.size() >= m_capacity && !m_cache.contains(digest)) {
        // Expired tokens go first; then the oldest entries until there is room.
        const qint64 now = m_context.clock.now().toSecsSinceEpoch();
        m_cache.removeIf([now](const QHash<QByteArray, Cached>::iterator& it) { return it->exp <= now; });
        while (m_cache.size() >= m_capacity) {
            auto oldest = m_cache.begin();
            for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
                if (it->stamp < oldest->stamp) {
                    oldest = it;
                }
            }
            m_cache.erase(oldest);
        }
    }
    entry.stamp = ++m_stamp;
    m_cache.insert(digest, std::move(entry));
}

void BearerAuth::forget(const QByteArray& digest) const
{
    QMutexLocker lock(&m_cacheMutex);
    m_cache.remove(digest);
}

int BearerAuth::cachedTokens() const
{
    QMutexLocker lock(&m_cacheMutex);
    return static_cast<int>(m_cache.size());
}

void BearerAuth::setCacheCapacity(int capacity)
{
    QMutexLocker lock(&m_cacheMutex);
    m_capacity = capacity;
    m_cache.clear();
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
    const QByteArray digest = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    std::optional<Cached> entry = lookup(digest, token);
    const bool cached = entry.has_value();
    if (cached) {
        // Everything but the signature is checked again: the key may have been retired, the token may have expired.
        if (!m_context.keys.find(entry->kid)) {
            forget(digest);
            qCInfo(lcAuth) << "rejected bearer token: signing key" << entry->kid << "no longer published"
                           << "rid" << request.requestId;
            return ApiError::unauthenticated(QStringLiteral("invalid bearer token"));
        }
    } else {
        auto verified = Jwt::verify(token, [this](const QString& kid) { return m_context.keys.find(kid); });
        if (!verified.ok()) {
            qCInfo(lcAuth) << "rejected bearer token:" << verified.error().message << "rid" << request.requestId;
            return ApiError::unauthenticated(QStringLiteral("invalid bearer token"));
        }
        entry = Cached{
            token, verified.value().header.value(QStringLiteral("kid")).toString(), verified.value().claims, {}, 0, 0};
    }
    const QJsonObject& claims = entry->claims;
    if (const auto problem = checkClaims(claims)) {
        if (cached) {
            forget(digest);
        }
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
    if (!cached) {
        entry->caller.clientId = claims.value(QStringLiteral("client_id")).toString();
        for (const QJsonValue& scope : claims.value(QStringLiteral("scopes")).toArray()) {
            entry->caller.scopes << scope.toString();
        }
        entry->exp = static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble());
        remember(digest, *entry);
    }
    if (!options.scope.isEmpty() && !entry->caller.scopes.contains(options.scope)) {
        return ApiError::permissionDenied(QStringLiteral("token lacks scope %1").arg(options.scope));
    }
    request.caller = std::move(entry->caller);
    return std::nullopt;
}

} // namespace gatehouse::engine
