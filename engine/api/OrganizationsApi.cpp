#include "engine/api/OrganizationsApi.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/Timestamps.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonWriter.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse::engine {

namespace {

constexpr int kDefaultPageSize = 10;
constexpr int kMaxPageSize = 100;
const QString kRead = QStringLiteral("organizations:read");
const QString kWrite = QStringLiteral("organizations:write");
// Page tokens of the list and of the search are not interchangeable.
constexpr QByteArrayView kListTokenKind = "org";
constexpr QByteArrayView kSearchTokenKind = "org_search";

bool isValidSlug(const QString& slug)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return pattern.match(slug).hasMatch();
}

// SearchOrganization (GET /api/v1/organizations:search): `query` (3–100 characters after trimming) matched as a
// case-insensitive substring of the name, the id or the external id (LIKE wildcards literal); `page_size` at most
// 30 (the reference's limit; larger values are clamped); in creation order; total_size = all matches.
constexpr int kSearchMaxPageSize = 30;

const QString kSearchFilter =
    QStringLiteral(" AND (LOWER(display_name) LIKE ? ESCAPE '\\' OR LOWER(id) LIKE ? ESCAPE '\\'"
                   " OR LOWER(COALESCE(external_id, '')) LIKE ? ESCAPE '\\')");

QString likePattern(const QString& query)
{
    QString escaped;
    for (const QChar c : query.toLower()) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            escaped += u'\\';
        }
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

core::Result<OrganizationStore::Page>
searchOrganizations(const QSqlDatabase& db, const PageCursor& cursor, int pageSize, const QString& query)
{
    const QString pattern = likePattern(query);
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT id FROM organizations WHERE 1 = 1")
                           + ApiSupport::keysetFilter(cursor, QStringLiteral("seq")) + kSearchFilter
                           + ApiSupport::keysetOrder(cursor, QStringLiteral("seq"), pageSize),
                       {cursor.seq, pattern, pattern, pattern});
    if (!q.ok()) {
        return q.error();
    }
    QStringList ids;
    while (q.value().next()) {
        ids.append(q.value().value(0).toString());
    }
    OrganizationStore::Page page;
    page.more = ApiSupport::trimKeysetRows(ids, cursor, pageSize);
    for (const QString& id : std::as_const(ids)) {
        auto org = OrganizationStore::find(db, QStringLiteral("id"), id);
        if (!org.ok()) {
            return org.error();
        }
        if (org.value()) {
            page.items.append(*org.value());
        }
    }
    auto count = Sql::exec(db,
                           QStringLiteral("SELECT COUNT(*) FROM organizations WHERE 1 = 1") + kSearchFilter,
                           {pattern, pattern, pattern});
    if (!count.ok()) {
        return count.error();
    }
    page.total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    return page;
}

} // namespace

OrganizationsApi::OrganizationsApi(EngineContext& context)
    : m_context(context)
{}

void OrganizationsApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (OrganizationsApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, kRead};
    const Router::RouteOptions write{true, kWrite};
    router.add("POST", QStringLiteral("/api/v1/organizations"), bind(&OrganizationsApi::create), write);
    router.add("GET", QStringLiteral("/api/v1/organizations"), bind(&OrganizationsApi::list), read);
    router.add(
        "GET",
        QStringLiteral("/api/v1/organizations:search"),
        [this](HttpRequest& request) -> HttpResponse {
            QList<FieldViolation> violations;
            const QString query = request.queryValue(QStringLiteral("query")).value_or(QString()).trimmed();
            if (query.size() < 3 || query.size() > 100) {
                violations.append({QStringLiteral("query"), QStringLiteral("must be 3 to 100 characters")});
            }
            int pageSize = kDefaultPageSize;
            PageCursor cursor;
            ApiSupport::readPaging(request,
                                   m_context.hasher,
                                   kSearchTokenKind,
                                   kDefaultPageSize,
                                   kSearchMaxPageSize,
                                   pageSize,
                                   cursor,
                                   violations);
            if (!violations.isEmpty()) {
                return ApiError::invalidArgument(QStringLiteral("invalid search request"), violations);
            }
            OrganizationStore::Page page;
            auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
                auto result = searchOrganizations(db, cursor, pageSize, query);
                if (!result.ok()) {
                    return result.error();
                }
                page = result.value();
                return {};
            });
            if (!read.ok()) {
                return ApiError::fromStore(read.error(), QStringLiteral("organizations"));
            }
            return organizationsPage(kSearchTokenKind, cursor, page);
        },
        read);
    router.add("GET",
               QStringLiteral("/api/v1/organizations:external/{external_id}"),
               bind(&OrganizationsApi::getByExternalId),
               read);
    router.add("GET", QStringLiteral("/api/v1/organizations/{id}"), bind(&OrganizationsApi::get), read);
    router.add("PATCH", QStringLiteral("/api/v1/organizations/{id}"), bind(&OrganizationsApi::update), write);
    router.add("DELETE", QStringLiteral("/api/v1/organizations/{id}"), bind(&OrganizationsApi::remove), write);
    router.add(
        "PATCH", QStringLiteral("/api/v1/organizations/{id}/settings"), bind(&OrganizationsApi::updateSettings), write);
}

std::optional<HttpResponse> OrganizationsApi::checkOrganizationId(const QString& id)
{
    if (id.size() > 32 || !core::IdGenerator::isValid(id, u"org")) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid organization id"),
            {{QStringLiteral("id"), QStringLiteral("must be an organization id (org_…)")}});
    }
    return std::nullopt;
}

HttpResponse OrganizationsApi::fetch(const QString& column, const QString& value)
{
    std::optional<Organization> found;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, column, value);
        if (!org.ok()) {
            return org.error();
        }
        found = org.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    if (!found) {
        return ApiError::notFound(QStringLiteral("organization not found"));
    }
    return HttpResponse::json({{QStringLiteral("organization"), found->toJson()}});
}

std::optional<HttpResponse> OrganizationsApi::load(const QString& id, Organization& out)
{
    std::optional<Organization> found;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, QStringLiteral("id"), id);
        if (!org.ok()) {
            return org.error();
        }
        found = org.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    if (!found) {
        return ApiError::notFound(QStringLiteral("organization not found"));
    }
    out = *found;
    return std::nullopt;
}

HttpResponse OrganizationsApi::get(HttpRequest& request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (auto bad = checkOrganizationId(id)) {
        return std::move(*bad);
    }
    return fetch(QStringLiteral("id"), id);
}

HttpResponse OrganizationsApi::getByExternalId(HttpRequest& request)
{
    if (request.queryValue(QStringLiteral("id"))) {
        return ApiError::invalidArgument(QStringLiteral("give the external id in the path only, not also an id"));
    }
    const QString externalId = request.pathParam(QStringLiteral("external_id"));
    if (externalId.size() > 255) {
        return ApiError::invalidArgument(QStringLiteral("external id too long"));
    }
    return fetch(QStringLiteral("external_id"), externalId);
}

void OrganizationsApi::readCommonFields(JsonInput& in, Organization& org, bool creating)
{
    if (auto name = in.string(QStringLiteral("display_name"), {1, 200}, creating)) {
        org.displayName = *name;
    }
    if (auto externalId = in.string(QStringLiteral("external_id"), {creating ? 1 : 0, 255})) {
        org.externalId = *externalId;
    }
    if (auto metadata = in.stringMap(QStringLiteral("metadata"), 10, {3, 25}, {1, 256})) {
        org.metadata = *metadata;
    }
    if (auto slug = in.string(QStringLiteral("slug"), {creating ? 1 : 0, 253})) {
        if (!slug->isEmpty() && !isValidSlug(*slug)) {
            in.violation(QStringLiteral("slug"), QStringLiteral("must be lower-case DNS labels"));
        }
        org.slug = *slug;
    }
    if (auto logo = in.string(QStringLiteral("logo_url"), {0, 1024})) {
        const QUrl url(*logo, QUrl::StrictMode);
        if (!logo->isEmpty() && (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty())) {
            in.violation(QStringLiteral("logo_url"), QStringLiteral("must be an https URL"));
        }
        org.logoUrl = *logo;
    }
}

HttpResponse OrganizationsApi::create(HttpRequest& request)
{
    auto body = JsonInput::parseObject(request.body);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    QList<FieldViolation> violations;
    JsonInput in(body.value(), QString(), &violations);
    Organization org;
    readCommonFields(in, org, true);
    if (auto region =
            in.enumName(QStringLiteral("region_code"),
                        {QStringLiteral("REGION_CODE_UNSPECIFIED"), QStringLiteral("US"), QStringLiteral("EU")})) {
        org.regionCode = *region == QStringLiteral("REGION_CODE_UNSPECIFIED") ? QStringLiteral("US") : *region;
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid organization"), violations);
    }
    org.id = m_context.ids.next(u"org");
    org.createdAt = org.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto inserted = OrganizationStore::insert(db, org); !inserted.ok()) {
            return inserted;
        }
        return m_context.audit.record(
            db,
            {QStringLiteral("organization.created"),
             ApiSupport::actor(request),
             org.id,
             QStringLiteral("Organization"),
             org.id,
             QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(body.value().keys())}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("organization"), org.toJson()}}, 201);
}

HttpResponse
OrganizationsApi::save(HttpRequest& request, Organization org, const QString& eventType, const QJsonObject& changes)
{
    org.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto updated = OrganizationStore::update(db, org); !updated.ok()) {
            return updated;
        }
        return m_context.audit.record(
            db, {eventType, ApiSupport::actor(request), org.id, QStringLiteral("Organization"), org.id, changes});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("organization"), org.toJson()}});
}

HttpResponse OrganizationsApi::update(HttpRequest& request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (auto bad = checkOrganizationId(id)) {
        return std::move(*bad);
    }
    auto body = JsonInput::parseObject(request.body);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    Organization found;
    if (auto missing = load(id, found)) {
        return std::move(*missing);
    }
    QList<FieldViolation> violations;
    JsonInput in(body.value(), QString(), &violations);
    readCommonFields(in, found, false);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid organization update"), violations);
    }
    return save(request,
                found,
                QStringLiteral("organization.updated"),
                {{QStringLiteral("fields"), QJsonArray::fromStringList(body.value().keys())}});
}

HttpResponse OrganizationsApi::remove(HttpRequest& request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (auto bad = checkOrganizationId(id)) {
        return std::move(*bad);
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto removed = OrganizationStore::remove(db, id); !removed.ok()) {
            return removed;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.deleted"),
                                       ApiSupport::actor(request),
                                       id,
                                       QStringLiteral("Organization"),
                                       id,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({});
}

HttpResponse OrganizationsApi::list(HttpRequest& request)
{
    int pageSize = kDefaultPageSize;
    PageCursor cursor;
    if (auto bad = ApiSupport::readPaging(
            request, m_context.hasher, kListTokenKind, kDefaultPageSize, kMaxPageSize, pageSize, cursor)) {
        return std::move(*bad);
    }
    const QString externalId = request.queryValue(QStringLiteral("external_id")).value_or(QString());
    // The read and the JSON of up to 100 organizations (a few ms) run on a worker thread with its own database
    // connection, so that concurrent list calls do not queue behind each other on the event loop.
    return HttpResponse::deferred([this, cursor, pageSize, externalId]() -> HttpResponse {
        OrganizationStore::Page page;
        auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto result = OrganizationStore::list(db, cursor, pageSize, externalId);
            if (!result.ok()) {
                return result.error();
            }
            page = result.value();
            return {};
        });
        if (!read.ok()) {
            return ApiError::fromStore(read.error(), QStringLiteral("organizations"));
        }
        return organizationsPage(kListTokenKind, cursor, page);
    });
}

HttpResponse OrganizationsApi::organizationsPage(QByteArrayView kind,
                                                 const PageCursor& cursor,
                                                 const OrganizationStore::Page& page) const
{
    // Written with JsonWriter (the same bytes as a QJsonArray of toJson(), at a fraction of the cost).
    JsonWriter items(page.items.size() * 400 + 2);
    items.beginArray();
    for (const Organization& org : std::as_const(page.items)) {
        org.writeJson(items);
    }
    items.endArray();
    const qint64 first = page.items.isEmpty() ? 0 : Timestamps::idNumber(page.items.first().id);
    const qint64 last = page.items.isEmpty() ? 0 : Timestamps::idNumber(page.items.last().id);
    return ApiSupport::pageResponseJson(m_context.hasher,
                                        kind,
                                        cursor,
                                        QLatin1StringView("organizations"),
                                        items.data(),
                                        page.items.isEmpty(),
                                        first,
                                        last,
                                        page.more,
                                        page.total);
}

HttpResponse OrganizationsApi::updateSettings(HttpRequest& request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (auto bad = checkOrganizationId(id)) {
        return std::move(*bad);
    }
    auto body = JsonInput::parseObject(request.body);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    QList<FieldViolation> violations;
    JsonInput in(body.value(), QString(), &violations);
    QMap<QString, bool> changes;
    const auto features = in.array(QStringLiteral("features"), true);
    for (qsizetype i = 0; features && i < features->size(); ++i) {
        JsonInput feature(features->at(i).toObject(), QStringLiteral("features[%1]").arg(i), &violations);
        if (!features->at(i).isObject()) {
            in.violation(QStringLiteral("features[%1]").arg(i), QStringLiteral("must be an object"));
            continue;
        }
        const auto name =
            feature.enumName(QStringLiteral("name"), {QStringLiteral("sso"), QStringLiteral("dir_sync")}, true);
        const auto enabled = feature.boolean(QStringLiteral("enabled"), true);
        feature.rejectUnknown();
        if (name && enabled) {
            changes.insert(*name, *enabled);
        }
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid settings"), violations);
    }
    Organization found;
    if (auto missing = load(id, found)) {
        return std::move(*missing);
    }
    QJsonObject changed;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        found.features.insert(it.key(), it.value());
        changed.insert(it.key(), it.value());
    }
    return save(
        request, found, QStringLiteral("organization.settings_updated"), {{QStringLiteral("features"), changed}});
}

} // namespace gatehouse::engine
