#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

namespace gatehouse::engine {

struct EngineContext;
class Router;

// EventsService.ListEvents: POST /api/v1/events with an EventFilter body (event_types, start_time,
// end_time, organization_id), page_size / page_token in the query, most recent first.
class EventsApi
{
public:
    explicit EventsApi(EngineContext& context);

    void registerRoutes(Router& router);

private:
    struct Filter
    {
        QStringList types;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString organizationId;
        qint64 beforeSeq = 0;
        int pageSize = 10;
    };

    HttpResponse list(HttpRequest& request);
    std::optional<HttpResponse> parseFilter(const HttpRequest& request, Filter& filter) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
