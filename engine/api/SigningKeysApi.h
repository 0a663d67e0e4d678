#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QTimer>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// Our extension for rotating the engine's token signing keys (KeyRing), in the management API's style:
// GET /api/v1/environment/signing_keys (kid, state, times; never key material),
// POST /api/v1/environment/signing_keys:rotate (a new key, published in /keys as NEXT; it starts signing after
// the publication delay — body {"publication_delay_seconds": n}, default --signing-key-publication-delay — or
// at an explicit POST /api/v1/environment/signing_keys/{key_id}:activate). The key it replaces stays published
// until KeyRing::kRetireAfterSecs after the switch, then is retired.
// Every reloadIntervalSecs the KeyRing is reloaded from the database, so that engines sharing a PostgreSQL
// database learn of a rotation made by another one (long before the default publication delay ends).
class SigningKeysApi
{
public:
    static constexpr int kReloadIntervalSecs = 60;

    SigningKeysApi(EngineContext& context, int publicationDelaySecs);

    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse rotate(HttpRequest& request);
    HttpResponse activate(HttpRequest& request);

    EngineContext& m_context;
    int m_publicationDelaySecs;
    QTimer m_reload;
};

} // namespace gatehouse::engine
