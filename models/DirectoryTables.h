#pragma once

#include "models/PagedTableModel.h"

#include <QCoreApplication>

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {

// The users and the groups of one directory (GET …/organizations/{org}/directories/{dir}/users | groups, with
// include_detail so a user row carries its raw attributes), page by page. The engine's listings have no
// search parameter, so a search scans: each fetch reads engine pages until it has at least one match or the
// list ends, and continues from there on the next fetchMore (lazy paging is kept; the total is then unknown).
// A user matches on email, user name, given or family name, display name, external id (dp_id) or id; a group on name or id
// (case-insensitive).
class DirectoryTables
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryTables)

public:
    static QStringList userHeaders();
    static QStringList groupHeaders();
    static PageFetcher usersFetcher(client::ApiClient* apiClient,
                                    const QString& organizationId,
                                    const QString& directoryId,
                                    const QString& query = {});
    static PageFetcher groupsFetcher(client::ApiClient* apiClient,
                                     const QString& organizationId,
                                     const QString& directoryId,
                                     const QString& query = {});
    static bool userMatches(const QJsonObject& user, const QString& query);
    static bool groupMatches(const QJsonObject& group, const QString& query);
    static TableRow userRow(const QJsonObject& user);
    static TableRow groupRow(const QJsonObject& group);
    // The most the API allows for directory users and groups (the reference: page_size lte=30; the engine caps
    // there too), so scrolling takes as few round trips as the API permits.
    static constexpr int kPageSize = 30;
};

} // namespace gatehouse::models
