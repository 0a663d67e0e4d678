#include "models/ResourceTables.h"

#include "client/ApiClient.h"

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

// The chip the product describes (Draft, Configured, Active), derived from status and enabled. Tested / Error
// need the connection's last test result, which the engine does not serve yet.
QString state(const client::Connection& c)
{
    if (c.enabled) {
        return ResourceTables::tr("Active");
    }
    return c.status == QStringLiteral("COMPLETED") ? ResourceTables::tr("Configured") : ResourceTables::tr("Draft");
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
