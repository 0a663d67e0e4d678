#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

namespace gatehouse::engine {

struct EngineContext;
class Router;
class SpKeyStore;

// SAML SP certificate rotation (our extension, docs/engine.md "SP certificate rotation"):
// GET /api/v1/saml/sp_keys (connections:read) lists the environment's SP keys {id, status, certificate, …};
// POST /api/v1/saml/sp_keys:rotate publishes a new key in every connection's SP metadata without using it;
// POST /api/v1/saml/sp_keys:complete makes it the signing/decryption key and keeps the former one for decryption;
// POST /api/v1/saml/sp_keys:retire_previous drops that (connections:write). Each change is audited
// (environment.saml_sp_key_*, not delivered to webhooks).
class SpKeysApi
{
public:
    SpKeysApi(EngineContext& context, SpKeyStore& keys);

    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse rotate(HttpRequest& request);
    HttpResponse complete(HttpRequest& request);
    HttpResponse retirePrevious(HttpRequest& request);
    HttpResponse listing(int status);
    void audit(const HttpRequest& request, const QString& type);

    EngineContext& m_context;
    SpKeyStore& m_keys;
};

} // namespace gatehouse::engine
