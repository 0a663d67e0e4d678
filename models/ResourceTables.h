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

    // The connection chips of PRODUCT.md, from `status`, `enabled` and the newest test's result: a failed last
    // test is Error (whatever else holds, it needs attention), then Active (enabled), Tested (last test passed),
    // Configured (COMPLETED), Draft.
    enum class ConnectionState
    {
        Draft,
        Configured,
        Tested,
        Active,
        Error,
    };
    static ConnectionState connectionState(const client::Connection& connection);
    // The Gatehouse engine's extension `last_test_status` (PENDING / SUCCESS / FAILURE of the newest test; "" when
    // none or when the environment does not send it), read leniently from the connection's JSON.
    static QString lastTestStatus(const client::Connection& connection);
    static QString connectionStateLabel(ConnectionState state);
    static QString connectionStateDescription(ConnectionState state);

    static QStringList headers(Kind kind);
    static PageFetcher fetcher(Kind kind, client::ApiClient* apiClient, const QString& organizationId);

    // The environment's audit events narrowed by `filter` (organization, types, time window), newest first.
    static QStringList eventHeaders();
    static PageFetcher eventsFetcher(client::ApiClient* apiClient, const client::EventFilter& filter);
};

} // namespace gatehouse::models
