#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// DomainService of the REST reference: create, get, update (no fields), delete, list (page_size /
// page_number). TXT record `_gatehouse-challenge.<domain>` = `gatehouse-verification=<token>`, status
// PENDING, method DNS. `…/domains/{id}:verify` answers 501 until the DNS check exists.
class DomainsApi
{
public:
    explicit DomainsApi(EngineContext& context);

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

    std::optional<HttpResponse> checkIds(const HttpRequest& request, bool withDomainId);
    std::optional<HttpResponse> requireOrganization(const QString& orgId);
    HttpResponse fetch(const QString& orgId, const QString& id);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
