#pragma once

#include "models/PagedTableModel.h"

#include <QPointer>

namespace gatehouse::client {
class ApiClient;
struct Organization;
} // namespace gatehouse::client

namespace gatehouse::models {

// The organizations of an environment, paged lazily (100 per page), optionally narrowed by a search query
// (server-side organizations:search where offered). Columns: name, id, external id, created.
class OrganizationListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        ExternalIdColumn,
        CreatedColumn,
    };

    explicit OrganizationListModel(QObject* parent = nullptr);

    void setClient(client::ApiClient* client);
    void setQuery(const QString& query);
    QString query() const;
    void setPageSize(int pageSize);
    client::Organization organizationAt(int row) const;

    static TableRow toRow(const client::Organization& organization);

private:
    void rebuild();

    QPointer<client::ApiClient> m_client;
    QString m_query;
    int m_pageSize = 100;
};

} // namespace gatehouse::models
