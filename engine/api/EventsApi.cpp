#include "engine/api/EventsApi.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
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

QString encodeToken(qint64 seq)
{
    return QString::fromLatin1(core::encoding::base64Url(QByteArray("evt:" + QByteArray::number(seq))));
}

std::optional<qint64> decodeToken(const QString& token)
{
    auto raw = core::encoding::fromBase64Url(token.toLatin1());
    bool ok = false;
    const qint64 seq = raw.ok() && raw.value().startsWith("evt:") ? raw.value().sliced(4).toLongLong(&ok) : 0;
    return ok && seq > 0 ? std::optional(seq) : std::nullopt;
}

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
    bool sizeOk = true;
    const uint size = request.queryValue(QStringLiteral("page_size")).value_or(QStringLiteral("10")).toUInt(&sizeOk);
    filter.pageSize = size == 0 ? 10 : static_cast<int>(std::min<uint>(size, kMaxPageSize));
    const QString token = request.queryValue(QStringLiteral("page_token")).value_or(QString());
    const auto before = token.isEmpty() ? std::optional<qint64>(0) : decodeToken(token);
    if (!sizeOk || !before) {
        violations.append(
            {sizeOk ? QStringLiteral("page_token") : QStringLiteral("page_size"), QStringLiteral("invalid")});
    }
    filter.beforeSeq = before.value_or(0);
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
        QVariantList pageBinds = binds;
        const QString before = filter.beforeSeq ? QStringLiteral(" AND seq < ?") : QString();
        if (filter.beforeSeq) {
            pageBinds << filter.beforeSeq;
        }
        auto q = Sql::exec(
            db,
            QStringLiteral("SELECT id, type, organization_id, object_type, data, occurred_at, seq FROM events") + where
                + before + QStringLiteral(" ORDER BY seq DESC LIMIT ") + QString::number(filter.pageSize + 1),
            pageBinds);
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            if (page.events.size() == filter.pageSize) {
                page.more = true;
                break;
            }
            page.events.append(eventJson(q.value()));
            page.lastSeq = q.value().value(6).toLongLong();
        }
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
    return HttpResponse::json(
        {{QStringLiteral("events"), page.value().events},
         {QStringLiteral("next_page_token"), page.value().more ? encodeToken(page.value().lastSeq) : QString()},
         {QStringLiteral("prev_page_token"), QString()},
         {QStringLiteral("total_size"), page.value().total}});
}

} // namespace gatehouse::engine
