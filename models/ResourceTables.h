#pragma once

#include "client/Resources.h"
#include "models/PagedTableModel.h"

#include <QCoreApplication>

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {

// Column headers and page fetchers for the tabs of an organization: connections, directories, domains, roles
// (the environment's roles), events (the organization's audit events, newest first).
class ResourceTables
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTables)

public:
    enum class Kind
    {
        Connections,
        Directories,
        Domains,
        Roles,
        Events,
    };

    static QStringList headers(Kind kind);
    static PageFetcher fetcher(Kind kind, client::ApiClient* apiClient, const QString& organizationId);

    // The environment's audit events narrowed by `filter` (organization, types, time window), newest first.
    static QStringList eventHeaders();
    static PageFetcher eventsFetcher(client::ApiClient* apiClient, const client::EventFilter& filter);
};

} // namespace gatehouse::models
