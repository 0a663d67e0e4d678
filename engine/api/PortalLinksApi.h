#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/RateLimiter.h"

#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// Admin-portal links. GeneratePortalLink (PUT …/organizations/{id}/portal_links?features=sso&features=dir_sync,
// no body; `shareable=true` is our extension for a revocable link valid for days), GetPortalLinks (no secrets),
// DeletePortalLink / DeletePortalLinkByID (revoke; the links' sessions end at once). Our extensions: the
// exchange of a link for a portal session (POST /api/v1/portal_sessions, unauthenticated, rate limited) and the
// landing page {base}/magicLink/{token} (never consumes the link, so link unfurlers cannot burn it).
class PortalLinksApi
{
public:
    struct Settings
    {
        int linkLifetimeSecs = 60;                 // a single-use link must be exchanged within this
        int shareableLifetimeSecs = 7 * 24 * 3600; // a shareable link's lifetime
        int sessionLifetimeSecs = 6 * 3600;        // a portal session
        RateLimiter::Policy exchangeRateLimit{30, 60};
    };

    PortalLinksApi(EngineContext& context, Settings settings);

    void registerRoutes(Router& router);
    // The limiter of this API's requests (Engine shares it through the database with --rate-limit-store).
    RateLimiter& rateLimiter() { return m_limiter; }

    // "<uuid v4>_p" from a full location URL ({base}/magicLink/<token>) or the bare token; nullopt if malformed.
    static std::optional<QString> tokenFrom(const QString& link);

private:
    HttpResponse generate(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse revokeAll(HttpRequest& request);
    HttpResponse revokeOne(HttpRequest& request);
    HttpResponse revoke(HttpRequest& request, const QString& linkId);
    HttpResponse exchange(HttpRequest& request);
    HttpResponse landing(HttpRequest& request);
    std::optional<QStringList> readFeatures(const HttpRequest& request, QString& problem) const;
    QString location(const QString& token) const;

    EngineContext& m_context;
    Settings m_settings;
    RateLimiter m_limiter;
};

} // namespace gatehouse::engine
