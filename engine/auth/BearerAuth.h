#pragma once

#include "engine/auth/PortalAccess.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/Router.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;

// Checks `Authorization: Bearer <JWT>` for /api/v1 routes: RS256 signature by one of our keys, iss and
// aud = base URL, exp/nbf against the Clock, and the route's scope. Fills request.caller. Admin-portal session
// tokens (PortalAccess::kTokenPrefix) are checked by PortalAccess instead. A valid organization API client token
// (client_id m2morg_…, OrgClientsApi) gets 403 on every route here: it is not an environment admin client.
//
// Verified environment client tokens are remembered (at most kMaxCachedTokens, keyed by the token's SHA-256) so
// that a client reusing its token does not pay the RSA verification and JSON parsing on every call. A hit
// compares the whole token in constant time and re-checks everything but the signature: the signing key still
// published (KeyRing::find, so a retired key's tokens stop at once), iss/aud/exp/nbf against the clock now, and
// the route's scope. Portal-session tokens (revocable before they expire) and organization client tokens are
// never cached, nor is any refused token.
class BearerAuth
{
public:
    static constexpr int kMaxCachedTokens = 1024;

    explicit BearerAuth(const EngineContext& context);

    std::optional<HttpResponse> operator()(HttpRequest& request, const Router::RouteOptions& options) const;

    // Tokens remembered now (tests and diagnostics).
    int cachedTokens() const;
    // At most this many tokens remembered (kMaxCachedTokens by default; 0 turns the cache off). For tests.
    void setCacheCapacity(int capacity);

private:
    struct Cached
    {
        QByteArray token;
        QString kid;
        QJsonObject claims;
        Caller caller;
        qint64 exp = 0;    // seconds since the epoch
        quint64 stamp = 0; // insertion order: the oldest entry is evicted first
    };

    std::optional<QString> checkClaims(const QJsonObject& claims) const;
    std::optional<Cached> lookup(const QByteArray& digest, const QByteArray& token) const;
    void remember(const QByteArray& digest, Cached entry) const;
    void forget(const QByteArray& digest) const;

    const EngineContext& m_context;
    PortalAccess m_portal;
    mutable QMutex m_cacheMutex;
    mutable QHash<QByteArray, Cached> m_cache;
    mutable quint64 m_stamp = 0;
    int m_capacity = kMaxCachedTokens;
};

} // namespace gatehouse::engine
