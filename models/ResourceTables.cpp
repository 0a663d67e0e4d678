#include "models/ResourceTables.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"

#include <QLocale>
#include <QPointer>

namespace gatehouse::models {

namespace {

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString yesNo(bool value)
{
    return value ? ResourceTables::tr("Yes") : ResourceTables::tr("No");
}

QString state(const client::Connection& c)
{
    return ResourceTables::connectionStateLabel(ResourceTables::connectionState(c));
}

TableRow row(const client::Connection& c)
{
    return {{c.id,
             state(c),
             c.type,
             c.provider,
             c.status,
             yesNo(c.enabled),
             c.domains.join(QStringLiteral(", ")),
             when(c.createTime)},
            c.id,
            c.raw};
}

TableRow row(const client::Directory& d)
{
    return {{d.id,
             d.name,
             d.directoryType,
             d.directoryProvider,
             d.status,
             yesNo(d.enabled),
             QString::number(d.totalUsers),
             QString::number(d.totalGroups),
             d.directoryEndpoint},
            d.id,
            d.raw};
}

TableRow row(const client::Domain& d)
{
    return {
        {d.domain, d.id, d.verificationStatus, d.verificationMethod, d.domainType, d.txtRecordKey, d.txtRecordSecret},
        d.id,
        d.raw};
}

TableRow row(const client::Role& r)
{
    return {{r.name, r.displayName, r.description, r.extends}, r.id.isEmpty() ? r.name : r.id, r.raw};
}

TableRow row(const client::Event& e)
{
    return {{when(e.occurredAt), e.type, e.object, e.id}, e.id, e.raw};
}

TableRow environmentEventRow(const client::Event& e)
{
    return {{when(e.occurredAt), e.type, e.organizationId, e.object, e.id}, e.id, e.raw};
}

template <typename T> client::ApiCallback<client::Page<T>> toRows(client::ApiCallback<RowPage> done)
{
    return [done = std::move(done)](const client::ApiResult<client::Page<T>>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        RowPage page;
        for (const T& item : result.value().items) {
            page.rows.append(row(item));
        }
        page.nextPageToken = result.value().nextPageToken;
        page.totalSize = result.value().totalSize;
        done(page);
    };
}

} // namespace

QString ResourceTables::lastTestStatus(const client::Connection& c)
{
    return client::JsonReader(c.raw).string(QStringLiteral("last_test_status"));
}

ResourceTables::ConnectionState ResourceTables::connectionState(const client::Connection& c)
{
    const QString lastTest = lastTestStatus(c);
    if (lastTest == QStringLiteral("FAILURE")) {
        return ConnectionState::Error;
    }
    if (c.enabled) {
        return ConnectionState::Active;
    }
    if (lastTest == QStringLiteral("SUCCESS")) {
        return ConnectionState::Tested;
    }
    return c.status == QStringLiteral("COMPLETED") ? ConnectionState::Configured : ConnectionState::Draft;
}

QString ResourceTables::connectionStateLabel(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Draft:
        return tr("Draft");
    case ConnectionState::Configured:
        return tr("Configured");
    case ConnectionState::Tested:
        return tr("Tested");
    case ConnectionState::Active:
        return tr("Active");
    case ConnectionState::Error:
        return tr("Error");
    }
    return {};
}

QString ResourceTables::connectionStateDescription(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Draft:
        return tr("Created; the identity provider is not configured yet.");
    case ConnectionState::Configured:
        return tr("Configured; no connection test has passed yet.");
    case ConnectionState::Tested:
        return tr("The last connection test passed; the connection is not enabled.");
    case ConnectionState::Active:
        return tr("Enabled: users sign in through this connection.");
    case ConnectionState::Error:
        return tr("The last connection test failed; open Test… for the reason and the fix.");
    }
    return {};
}

QStringList ResourceTables::headers(Kind kind)
{
    switch (kind) {
    case Kind::Connections:
        return {tr("ID"),
                tr("State"),
                tr("Type"),
                tr("Provider"),
                tr("Status"),
                tr("Enabled"),
                tr("Domains"),
                tr("Created")};
    case Kind::Directories:
        return {tr("ID"),
                tr("Name"),
                tr("Type"),
                tr("Provider"),
                tr("Status"),
                tr("Enabled"),
                tr("Users"),
                tr("Groups"),
                tr("SCIM endpoint")};
    case Kind::Domains:
        return {tr("Domain"),
                tr("ID"),
                tr("Verification"),
                tr("Method"),
                tr("Type"),
                tr("TXT record name"),
                tr("TXT record value")};
    case Kind::Roles:
        return {tr("Name"), tr("Display name"), tr("Description"), tr("Extends")};
    case Kind::Events:
        return {tr("Time"), tr("Type"), tr("Object"), tr("ID")};
    }
    return {};
}

PageFetcher ResourceTables::fetcher(Kind kind, client::ApiClient* apiClient, const QString& organizationId)
{
    const QPointer<client::ApiClient> api = apiClient;
    return [kind, api, organizationId](const QString& token, QObject* context, client::ApiCallback<RowPage> done) {
        if (!api) {
            done(client::ApiError::configuration(tr("Not connected to an environment.")));
            return;
        }
        switch (kind) {
        case Kind::Connections:
            api->listConnections(organizationId, context, toRows<client::Connection>(std::move(done)));
            return;
        case Kind::Directories:
            api->listDirectories(organizationId, context, toRows<client::Directory>(std::move(done)));
            return;
        case Kind::Domains:
            api->listDomains(organizationId, {100, token}, context, toRows<client::Domain>(std::move(done)));
            return;
        case Kind::Roles:
            api->listRoles(context, toRows<client::Role>(std::move(done)));
            return;
        case Kind::Events: {
            client::EventFilter filter;
            filter.organizationId = organizationId;
            api->listEvents(filter, {100, token}, context, toRows<client::Event>(std::move(done)));
            return;
        }
        }
    };
}

QStringList ResourceTables::eventHeaders()
{
    return {tr("Time"), tr("Type"), tr("Organization"), tr("Object"), tr("ID")};
}

PageFetcher ResourceTables::eventsFetcher(client::ApiClient* apiClient, const client::EventFilter& filter)
{
    const QPointer<client::ApiClient> api = apiClient;
    return [api, filter](const QString& token, QObject* context, client::ApiCallback<RowPage> done) {
        if (!api) {
            done(client::ApiError::configuration(tr("Not connected to an environment.")));
            return;
        }
        api->listEvents(filter,
                        {100, token},
                        context,
                        [done = std::move(done)](const client::ApiResult<client::Page<client::Event>>& result) {
                            if (!result.ok()) {
                                done(result.error());
                                return;
                            }
                            RowPage page;
                            for (const client::Event& event : result.value().items) {
                                page.rows.append(environmentEventRow(event));
                            }
                            page.nextPageToken = result.value().nextPageToken;
                            page.totalSize = result.value().totalSize;
                            done(page);
                        });
    };
}

} // namespace gatehouse::models
