#include "models/OrganizationListModel.h"

#include "client/ApiClient.h"

#include <QLocale>

namespace gatehouse::models {

OrganizationListModel::OrganizationListModel(QObject* parent)
    : PagedTableModel({tr("Name"), tr("ID"), tr("External ID"), tr("Created")}, parent)
{}

void OrganizationListModel::setClient(client::ApiClient* client)
{
    m_client = client;
    rebuild();
}

void OrganizationListModel::setQuery(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query) {
        return;
    }
    m_query = trimmed;
    rebuild();
}

QString OrganizationListModel::query() const
{
    return m_query;
}

void OrganizationListModel::setPageSize(int pageSize)
{
    m_pageSize = std::max(1, pageSize);
    rebuild();
}

client::Organization OrganizationListModel::organizationAt(int row) const
{
    return client::Organization::fromJson(rowAt(row).raw);
}

TableRow OrganizationListModel::toRow(const client::Organization& organization)
{
    return {{organization.displayName,
             organization.id,
             organization.externalId,
             QLocale().toString(organization.createTime.toLocalTime(), QLocale::ShortFormat)},
            organization.id,
            organization.raw};
}

void OrganizationListModel::rebuild()
{
    if (!m_client) {
        clear();
        return;
    }
    const QPointer<client::ApiClient> apiClient = m_client;
    const QString query = m_query;
    const int pageSize = m_pageSize;
    setFetcher([apiClient, query, pageSize](const QString& token, QObject* context, client::ApiCallback<RowPage> done) {
        if (!apiClient) {
            done(client::ApiError::configuration(tr("Not connected to an environment.")));
            return;
        }
        auto convert = [done = std::move(done)](const client::ApiResult<client::Page<client::Organization>>& result) {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            RowPage page;
            for (const client::Organization& org : result.value().items) {
                page.rows.append(toRow(org));
            }
            page.nextPageToken = result.value().nextPageToken;
            page.totalSize = result.value().totalSize;
            done(page);
        };
        if (query.isEmpty()) {
            apiClient->listOrganizations({pageSize, token}, context, std::move(convert));
        } else {
            apiClient->searchOrganizations(query, {pageSize, token}, context, std::move(convert));
        }
    });
}

} // namespace gatehouse::models
