#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonObject>

namespace gatehouse::engine {

struct EngineContext;
class LoginFlow;
class RateLimiter;
class Router;

// Connection tests (PRODUCT.md): opening a connection's test_connection_uri
// (GET /sso/v1/connections/{id}/test) stores a test request ("test_…", PENDING, expiring after
// --test-result-lifetime) and runs an SP-initiated login through LoginFlow with purpose Test. The protocol
// handler's outcome (profile + raw attributes, or error code, reason, fix) and its trace are stored and the
// browser lands on GET /sso/v1/connections/{id}/test-requests/{test_id}?login=… (HTML; only the browser that ran
// the test holds that key). GET /api/v1/connections/{connection_id}/test-requests/{test_request_id} answers the
// stored result (GetConnectionTestResult plus our fields fix, trace, authn_request, saml_response, expire_time).
class ConnectionTests
{
public:
    // limiter: the /oauth/authorize limiter (per source address), shared by test starts.
    ConnectionTests(EngineContext& context, LoginFlow& flow, RateLimiter& limiter);

    void registerRoutes(Router& router);

    HttpResponse start(HttpRequest& request);
    HttpResponse resultPage(HttpRequest& request);
    HttpResponse result(HttpRequest& request);

private:
    struct Stored
    {
        QString status;
        QString viewKeyHash;
        QJsonObject result;
        qint64 expiresAt = 0;
    };

    core::Result<std::optional<Stored>> load(const QString& connectionId, const QString& testId) const;

    EngineContext& m_context;
    LoginFlow& m_flow;
    RateLimiter& m_limiter;
};

} // namespace gatehouse::engine
