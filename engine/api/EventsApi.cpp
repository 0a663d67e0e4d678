#include "engine/api/EventsApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/Timestamps.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QDateTime>
#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

constexpr int kMaxPageSize = 100;

std::optional<qint64> parseTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() && text.endsWith(u'Z') ? std::optional(time.toMSecsSinceEpoch()) : std::nullopt;
}

constexpr QByteArrayView kTokenKind = "evt";

} // namespace

EventsApi::EventsApi(EngineContext& context)
    : m_context(context)
{}

void EventsApi::registerRoutes(Router& router)
{
    router.add("POST",
               QStringLiteral("/api/v1/events"),
               [this](HttpRequest& r) { return list(r); },
               {true, QStringLiteral("events:read")});
}

std::optional<HttpResponse> EventsApi::parseFilter(const HttpRequest& request, Filter& filter) const
{
    auto body = JsonInput::parseObject(request.body, true);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    QList<FieldViolation> violations;
    JsonInput in(body.value(), QString(), &violations);
    if (const auto types = in.array(QStringLiteral("event_types"))) {
        for (const QJsonValue& type : *types) {
            type.isString() && type.toString().size() <= 100 && !type.toString().contains(QChar(0))
                ? void(filter.types << type.toString())
                : in.violation(QStringLiteral("event_types"), QStringLiteral("must be strings"));
        }
    }
    for (const auto& [name, target] : {std::pair{QStringLiteral("start_time"), &filter.startMs},
                                       std::pair{QStringLiteral("end_time"), &filter.endMs}}) {
        if (const auto text = in.string(name, {1, 40})) {
            const auto ms = parseTime(*text);
            ms ? void(*target = *ms) : in.violation(name, QStringLiteral("must be an RFC 3339 UTC timestamp"));
        }
    }
    filter.organizationId = in.string(QStringLiteral("organization_id"), {1, 32}).value_or(QString());
    in.rejectUnknown();
    if (filter.startMs && filter.endMs && filter.startMs > filter.endMs) {
        violations.append({QStringLiteral("start_time"), QStringLiteral("must not be after end_time")});
    }
    ApiSupport::readPaging(
        request, m_context.hasher, kTokenKind, 10, kMaxPageSize, filter.pageSize, filter.cursor, violations);
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid event filter"), violations);
    }
    return std::nullopt;
}

QString EventsApi::whereClause(const Filter& filter, QVariantList& binds)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!filter.types.isEmpty()) {
        where +=
            QStringLiteral(" AND type IN (") + QStringList(filter.types.size(), QStringLiteral("?")).join(u',') + u')';
        for (const QString& type : filter.types) {
            binds << type;
        }
    }
    const auto addCondition = [&](bool when, const QString& sql, const QVariant& value) {
        if (when) {
            where += sql;
            binds << value;
        }
    };
    addCondition(filter.startMs != 0, QStringLiteral(" AND occurred_at >= ?"), filter.startMs);
    addCondition(filter.endMs != 0, QStringLiteral(" AND occurred_at <= ?"), filter.endMs);
    addCondition(!filter.organizationId.isEmpty(), QStringLiteral(" AND organization_id = ?"), filter.organizationId);
    return where;
}

QJsonObject EventsApi::eventJson(const QSqlQuery& row) const
{
    QJsonObject event{{QStringLiteral("spec_version"), QStringLiteral("1")},
                      {QStringLiteral("id"), row.value(0).toString()},
                      {QStringLiteral("type"), row.value(1).toString()},
                      {QStringLiteral("occurred_at"), Timestamps::rfc3339(row.value(5).toLongLong())},
                      {QStringLiteral("environment_id"), m_context.environmentId},
                      {QStringLiteral("object"), row.value(3).toString()},
                      {QStringLiteral("data"), QJsonDocument::fromJson(row.value(4).toByteArray()).object()}};
    if (!row.value(2).toString().isEmpty()) {
        event.insert(QStringLiteral("organization_id"), row.value(2).toString());
    }
    return event;
}

core::Result<EventsApi::Page> EventsApi::query(const Filter& filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    Page page;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto count = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM events") + where, binds);
        if (!count.ok()) {
            return count.error();
        }
        page.total = count.value().next() ? count.value().value(0).toLongLong() : 0;
        // Most recent first: the keyset runs over seq descending.
        QVariantList pageBinds = binds;
        if (ApiSupport::keysetBinds(filter.cursor, true)) {
            pageBinds << filter.cursor.seq;
        }
        auto q = Sql::exec(
            db,
            QStringLiteral("SELECT id, type, organization_id, object_type, data, occurred_at, seq FROM events") + where
                + ApiSupport::keysetFilter(filter.cursor, QStringLiteral("seq"), true)
                + ApiSupport::keysetOrder(filter.cursor, QStringLiteral("seq"), filter.pageSize, true),
            pageBinds);
        if (!q.ok()) {
            return q.error();
        }
        QList<std::pair<qint64, QJsonObject>> rows;
        while (q.value().next()) {
            rows.append({q.value().value(6).toLongLong(), eventJson(q.value())});
        }
        page.more = ApiSupport::trimKeysetRows(rows, filter.cursor, filter.pageSize);
        for (const auto& row : std::as_const(rows)) {
            page.events.append(row.second);
        }
        page.firstSeq = rows.isEmpty() ? 0 : rows.first().first;
        page.lastSeq = rows.isEmpty() ? 0 : rows.last().first;
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return page;
}

HttpResponse EventsApi::list(HttpRequest& request)
{
    Filter filter;
    if (auto bad = parseFilter(request, filter)) {
        return std::move(*bad);
    }
    auto page = query(filter);
    if (!page.ok()) {
        return ApiError::fromStore(page.error(), QStringLiteral("events"));
    }
    return ApiSupport::pageResponse(m_context.hasher,
                                    kTokenKind,
                                    filter.cursor,
                                    QStringLiteral("events"),
                                    page.value().events,
                                    page.value().firstSeq,
                                    page.value().lastSeq,
                                    page.value().more,
                                    page.value().total);
}

} // namespace gatehouse::engine
