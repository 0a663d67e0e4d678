#pragma once

#include "core/util/Result.h"
#include "engine/api/DomainStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QStringList>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class DomainVerifier;
class RateLimiter;
class Router;

// DomainService of the REST reference: create, get, update (no fields), delete, list (page_size /
// page_number; `include=verification_details` adds what the last DNS check saw), verify (live DNS TXT check,
// `{verified}`). Our extensions: `:verify_manually` (environment admins; method ADMIN) and
// `:restart_verification` (new record value, new window). TXT record `_gatehouse-challenge.<domain>` =
// `gatehouse-verification=<token>`, states PENDING → VERIFIED | FAILED.
class DomainsApi
{
public:
    DomainsApi(EngineContext& context, DomainVerifier& verifier, RateLimiter& verifyLimiter);

    void registerRoutes(Router& router);
    // Lower-cases and checks a domain name: ASCII (punycode) labels, at least two, no consumer mail domain.
    static std::optional<QString> checkDomainName(const QString& name, QString* problem);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse verify(HttpRequest& request);
    HttpResponse verifyManually(HttpRequest& request);
    HttpResponse restartVerification(HttpRequest& request);
    // Consumer mail domains (resources/consumer-mail-domains.txt).
    static const QStringList& consumerDomains();

    std::optional<HttpResponse> checkIds(const HttpRequest& request, bool withDomainId);
    std::optional<HttpResponse> requireOrganization(const QString& orgId);
    HttpResponse fetch(const QString& orgId, const QString& id, bool withDetails = true);
    core::Result<std::optional<Domain>> load(const QString& orgId, const QString& id);

    EngineContext& m_context;
    DomainVerifier& m_verifier;
    RateLimiter& m_verifyLimiter;
};

} // namespace gatehouse::engine
