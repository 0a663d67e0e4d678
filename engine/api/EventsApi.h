#pragma once

#include "core/util/Result.h"
#include "engine/api/ApiSupport.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

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
        PageCursor cursor;
        int pageSize = 10;
    };

    struct Page
    {
        QJsonArray events;
        qint64 total = 0;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        bool more = false;
    };

    HttpResponse list(HttpRequest& request);
    core::Result<Page> query(const Filter& filter);
    static QString whereClause(const Filter& filter, QVariantList& binds);
    QJsonObject eventJson(const QSqlQuery& row) const;
    std::optional<HttpResponse> parseFilter(const HttpRequest& request, Filter& filter) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
