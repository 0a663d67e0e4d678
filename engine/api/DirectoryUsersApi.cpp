#include "engine/api/DirectoryUsersApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/DirectoryStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/RoleMapping.h"
#include "engine/api/Timestamps.h"
#include "engine/http/ApiError.h"
#include "engine/http/Router.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/scim/ScimStore.h"
#include "engine/storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

using scim::MemberRef;
using scim::ResourceKind;
using scim::ScimRecord;
using scim::ScimRepresentation;
using scim::ScimStore;

namespace {

constexpr int kMaxPageSize = 30;

std::optional<bool> parseBool(const std::optional<QString>& text)
{
    if (!text || text->isEmpty() || *text == u"false"_s || *text == u"0"_s) {
        return text && !text->isEmpty() && *text != u"false"_s && *text != u"0"_s;
    }
    if (*text == u"true"_s || *text == u"1"_s) {
        return true;
    }
    return std::nullopt;
}

} // namespace

DirectoryUsersApi::DirectoryUsersApi(EngineContext& context)
    : m_context(context)
{}

void DirectoryUsersApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (DirectoryUsersApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, u"directories:read"_s};
    const QString base = u"/api/v1/organizations/{organization_id}/directories/{directory_id}"_s;
    router.add("GET", base + u"/users"_s, bind(&DirectoryUsersApi::users), read);
    router.add("GET", base + u"/groups/summary"_s, bind(&DirectoryUsersApi::groupsSummary), read);
    router.add("GET", base + u"/groups"_s, bind(&DirectoryUsersApi::groups), read);
}

std::optional<HttpResponse>
DirectoryUsersApi::readQuery(const HttpRequest& request, QByteArrayView kind, Query& query) const
{
    query.organizationId = request.pathParam(u"organization_id"_s);
    query.directoryId = request.pathParam(u"directory_id"_s);
    if (auto bad = OrganizationsApi::checkOrganizationId(query.organizationId)) {
        return bad;
    }
    QList<FieldViolation> violations;
    if (query.directoryId.size() > 32 || !core::IdGenerator::isValid(query.directoryId, u"dir")) {
        violations.append({u"directory_id"_s, u"must be a directory id (dir_…)"_s});
    }
    ApiSupport::readPaging(
        request, m_context.hasher, kind, 10, kMaxPageSize, query.pageSize, query.cursor, violations);
    const auto detail = parseBool(request.queryValue(u"include_detail"_s));
    if (!detail) {
        violations.append({u"include_detail"_s, u"must be true or false"_s});
    }
    query.includeDetail = detail.value_or(false);
    if (const auto updated = request.queryValue(u"updated_after"_s)) {
        const QDateTime time = QDateTime::fromString(*updated, Qt::ISODateWithMs);
        if (!time.isValid()) {
            violations.append({u"updated_after"_s, u"must be an RFC 3339 timestamp"_s});
        }
        query.updatedAfter = time.toMSecsSinceEpoch();
    }
    if (const auto group = request.queryValue(u"directory_group_id"_s)) {
        if (group->size() > 37 || !core::IdGenerator::isValid(*group, u"dirgroup")) {
            violations.append({u"directory_group_id"_s, u"must be a directory group id (dirgroup_…)"_s});
        }
        query.groupId = *group;
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(u"invalid request"_s, violations);
    }
    return std::nullopt;
}

QJsonObject DirectoryUsersApi::userItem(const ScimRecord& r,
                                        const QList<MemberRef>& memberOf,
                                        const QJsonArray& mappings,
                                        const QStringList& roles,
                                        bool includeDetail)
{
    QJsonObject detail = ScimRepresentation::directoryUser(r, memberOf, mappings);
    detail.insert(u"roles"_s, RoleMapping::roleNamesJson(roles));
    QJsonArray groupList;
    for (const MemberRef& g : memberOf) {
        groupList.append(QJsonObject{{u"id"_s, g.id}, {u"display_name"_s, g.display}});
    }
    QJsonObject item{{u"id"_s, r.id},
                     {u"email"_s, detail.value(u"email"_s)},
                     {u"preferred_username"_s, detail.value(u"preferred_username"_s)},
                     {u"given_name"_s, detail.value(u"given_name"_s)},
                     {u"family_name"_s, detail.value(u"family_name"_s)},
                     {u"updated_at"_s, Timestamps::rfc3339(r.updatedAt)},
                     {u"emails"_s, detail.value(u"emails"_s)},
                     {u"groups"_s, groupList},
                     {u"roles"_s, detail.value(u"roles"_s)}};
    if (includeDetail) {
        item.insert(u"user_detail"_s, detail);
    }
    return item;
}

HttpResponse DirectoryUsersApi::users(HttpRequest& request)
{
    Query query;
    if (auto bad = readQuery(request, "diruser", query)) {
        return std::move(*bad);
    }
    // The read (the page, its groups and roles, the total) and the JSON of up to 30 users run on a worker thread
    // with its own database connection, as the organizations list does: concurrent list calls do not queue
    // behind each other on the event loop.
    return HttpResponse::deferred([this, query]() -> HttpResponse { return usersPage(query); });
}

HttpResponse DirectoryUsersApi::usersPage(const Query& query) const
{
    QJsonArray items;
    qint64 total = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    bool more = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = DirectoryStore::find(db, query.organizationId, query.directoryId);
        if (!directory.ok()) {
            return directory.error();
        }
        if (!directory.value()) {
            return core::Error{u"not_found"_s, {}, {}};
        }
        auto rows = ScimStore::listAfter(db,
                                         ResourceKind::User,
                                         query.directoryId,
                                         query.cursor,
                                         query.pageSize,
                                         query.updatedAfter,
                                         query.groupId);
        if (!rows.ok()) {
            return rows.error();
        }
        QList<ScimRecord> page = rows.value();
        more = ApiSupport::trimKeysetRows(page, query.cursor, query.pageSize);
        firstSeq = page.isEmpty() ? 0 : page.first().seq;
        QStringList ids;
        for (const ScimRecord& r : std::as_const(page)) {
            ids << r.id;
        }
        auto groups = ScimStore::groupsOf(db, ids);
        if (!groups.ok()) {
            return groups.error();
        }
        auto roles = RoleMapping::roleNames(db, ids);
        if (!roles.ok()) {
            return roles.error();
        }
        for (const ScimRecord& r : std::as_const(page)) {
            items.append(userItem(r,
                                  groups.value().value(r.id),
                                  directory.value()->mappings,
                                  roles.value().value(r.id),
                                  query.includeDetail));
            lastSeq = r.seq;
        }
        auto counted = ScimStore::count(db, ResourceKind::User, query.directoryId);
        if (!counted.ok()) {
            return counted.error();
        }
        total = counted.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), u"directory"_s);
    }
    // The outer page by JsonWriter around the items' compact JSON: the same bytes as pageResponse would give.
    return ApiSupport::pageResponseJson(m_context.hasher,
                                        "diruser",
                                        query.cursor,
                                        QLatin1StringView("users"),
                                        QJsonDocument(items).toJson(QJsonDocument::Compact),
                                        items.isEmpty(),
                                        firstSeq,
                                        lastSeq,
                                        more,
                                        total);
}

QJsonArray DirectoryUsersApi::groupRoles(const QList<RoleMapping::Assignment>& mapping, const QString& groupId)
{
    QJsonArray out;
    for (const RoleMapping::Assignment& a : mapping) {
        if (a.groupId == groupId) {
            out.append(QJsonObject{{u"role_name"_s, a.role.name},
                                   {u"role_id"_s, a.role.id},
                                   {u"display_name"_s, a.role.displayName}});
        }
    }
    return out;
}

HttpResponse DirectoryUsersApi::groups(HttpRequest& request)
{
    return listGroups(request, false);
}

HttpResponse DirectoryUsersApi::groupsSummary(HttpRequest& request)
{
    return listGroups(request, true);
}

HttpResponse DirectoryUsersApi::listGroups(HttpRequest& request, bool summary)
{
    Query query;
    if (auto bad = readQuery(request, "dirgroup", query)) {
        return std::move(*bad);
    }
    if (summary) {
        query.pageSize = 100000;
        query.cursor = PageCursor{};
    }
    QJsonArray items;
    qint64 total = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    bool more = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = DirectoryStore::find(db, query.organizationId, query.directoryId);
        if (!directory.ok()) {
            return directory.error();
        }
        if (!directory.value()) {
            return core::Error{u"not_found"_s, {}, {}};
        }
        auto rows = ScimStore::listAfter(db,
                                         ResourceKind::Group,
                                         query.directoryId,
                                         query.cursor,
                                         query.pageSize,
                                         query.updatedAfter,
                                         QString());
        if (!rows.ok()) {
            return rows.error();
        }
        QList<ScimRecord> page = rows.value();
        more = ApiSupport::trimKeysetRows(page, query.cursor, query.pageSize);
        firstSeq = page.isEmpty() ? 0 : page.first().seq;
        QStringList ids;
        for (const ScimRecord& r : std::as_const(page)) {
            ids << r.id;
        }
        auto counts = ScimStore::memberCounts(db, ids);
        if (!counts.ok()) {
            return counts.error();
        }
        auto mapping = RoleMapping::assignments(db, query.directoryId);
        if (!mapping.ok()) {
            return mapping.error();
        }
        for (const ScimRecord& r : std::as_const(page)) {
            QJsonObject item{{u"id"_s, r.id}, {u"display_name"_s, r.resource.value(u"displayName"_s)}};
            if (!summary) {
                item.insert(u"roles"_s, groupRoles(mapping.value(), r.id));
                item.insert(u"total_users"_s, counts.value().value(r.id));
                item.insert(u"updated_at"_s, Timestamps::rfc3339(r.updatedAt));
                if (query.includeDetail) {
                    item.insert(u"group_detail"_s, ScimRepresentation::directoryGroup(r, counts.value().value(r.id)));
                }
            }
            items.append(item);
            lastSeq = r.seq;
        }
        auto counted = ScimStore::count(db, ResourceKind::Group, query.directoryId);
        if (!counted.ok()) {
            return counted.error();
        }
        total = counted.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), u"directory"_s);
    }
    return ApiSupport::pageResponse(
        m_context.hasher, "dirgroup", query.cursor, u"groups"_s, items, firstSeq, lastSeq, more, total);
}

} // namespace gatehouse::engine
