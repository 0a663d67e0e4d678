#pragma once

#include "engine/api/ApiSupport.h"
#include "engine/api/RoleMapping.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;

// DirectoryService, the synced side: ListDirectoryUsers (page_size ≤ 30, page_token, include_detail,
// directory_group_id, updated_after), ListDirectoryGroups (page_size, page_token, updated_after,
// include_detail) and ListDirectoryGroupsSummary, over the users and groups the SCIM server stores.
class DirectoryUsersApi
{
public:
    explicit DirectoryUsersApi(EngineContext& context);

    void registerRoutes(Router& router);

    // A ListDirectoryUsers item (id, email, names, groups, roles; user_detail when asked for).
    static QJsonObject userItem(const scim::ScimRecord& record,
                                const QList<scim::MemberRef>& memberOf,
                                const QJsonArray& mappings,
                                const QStringList& roles,
                                bool includeDetail);
    // [{role_name, role_id, display_name}] mapped to the group.
    static QJsonArray groupRoles(const QList<RoleMapping::Assignment>& mapping, const QString& groupId);

private:
    struct Query
    {
        QString organizationId;
        QString directoryId;
        int pageSize = 10;
        PageCursor cursor;
        qint64 updatedAfter = -1;
        bool includeDetail = false;
        QString groupId;
    };

    HttpResponse users(HttpRequest& request);
    HttpResponse usersPage(const Query& query) const; // on a worker thread
    HttpResponse groups(HttpRequest& request);
    HttpResponse groupsSummary(HttpRequest& request);
    HttpResponse listGroups(HttpRequest& request, bool summary);
    std::optional<HttpResponse> readQuery(const HttpRequest& request, QByteArrayView kind, Query& query) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
