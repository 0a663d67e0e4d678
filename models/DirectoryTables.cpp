#include "models/DirectoryTables.h"

#include "client/ApiClient.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>

namespace gatehouse::models {

namespace {

QString when(const QString& rfc3339)
{
    const QDateTime time = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Names from [{"display_name"…}] / [{"role_name"…}] / ["…"] arrays.
QStringList names(const QJsonValue& list, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : list.toArray()) {
        out.append(v.isString() ? v.toString() : v.toObject().value(key).toString());
    }
    out.removeAll(QString());
    return out;
}

bool containsFolded(const QJsonObject& object, const QStringList& keys, const QString& query)
{
    for (const QString& key : keys) {
        if (object.value(key).toString().contains(query, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

using Matcher = bool (*)(const QJsonObject&, const QString&);
using RowMaker = TableRow (*)(const QJsonObject&);

struct Listing
{
    QPointer<client::ApiClient> api;
    QString path;
    QString key; // "users" / "groups"
    QString query;
    Matcher matches;
    RowMaker row;
};

// One fetch: reads engine pages from `token` until one holds a match (or the list ends); an answer arriving
// after the model's reset is never delivered (the context is gone).
void scan(const Listing& listing, const QString& token, QObject* context, client::ApiCallback<RowPage> done)
{
    if (!listing.api) {
        done(client::ApiError::configuration(DirectoryTables::tr("Not connected to an environment.")));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(DirectoryTables::kPageSize));
    query.addQueryItem(QStringLiteral("include_detail"), QStringLiteral("true"));
    if (!token.isEmpty()) {
        query.addQueryItem(QStringLiteral("page_token"), token);
    }
    listing.api->send(
        "GET",
        listing.path,
        query,
        {},
        context,
        [listing, context, done = std::move(done)](const client::ApiResult<QJsonObject>& result) mutable {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            const QJsonObject body = result.value();
            RowPage page;
            for (const QJsonValue& item : body.value(listing.key).toArray()) {
                const QJsonObject object = item.toObject();
                if (listing.query.isEmpty() || listing.matches(object, listing.query)) {
                    page.rows.append(listing.row(object));
                }
            }
            page.nextPageToken = body.value(QStringLiteral("next_page_token")).toString();
            if (listing.query.isEmpty()) {
                page.totalSize = body.value(QStringLiteral("total_size")).toInteger(-1);
            }
            if (page.rows.isEmpty() && !page.nextPageToken.isEmpty()) {
                scan(listing, page.nextPageToken, context, std::move(done)); // nothing here yet: read on
                return;
            }
            done(page);
        });
}

QString directoryPath(const QString& organizationId, const QString& directoryId, const QString& leaf)
{
    return QStringLiteral("/api/v1/organizations/%1/directories/%2/%3").arg(organizationId, directoryId, leaf);
}

} // namespace

QStringList DirectoryTables::userHeaders()
{
    return {tr("Email"), tr("Name"), tr("User name"), tr("Groups"), tr("Roles"), tr("Updated"), tr("ID")};
}

QStringList DirectoryTables::groupHeaders()
{
    return {tr("Name"), tr("Members"), tr("Roles"), tr("Updated"), tr("ID")};
}

bool DirectoryTables::userMatches(const QJsonObject& user, const QString& query)
{
    static const QStringList keys{QStringLiteral("email"),
                                  QStringLiteral("preferred_username"),
                                  QStringLiteral("given_name"),
                                  QStringLiteral("family_name"),
                                  QStringLiteral("id")};
    if (containsFolded(user, keys, query)) {
        return true;
    }
    const QJsonObject detail = user.value(QStringLiteral("user_detail")).toObject();
    return containsFolded(detail, {QStringLiteral("dp_id"), QStringLiteral("name")}, query);
}

bool DirectoryTables::groupMatches(const QJsonObject& group, const QString& query)
{
    return containsFolded(group, {QStringLiteral("display_name"), QStringLiteral("id")}, query);
}

TableRow DirectoryTables::userRow(const QJsonObject& u)
{
    const QString name = QStringList{u.value(QStringLiteral("given_name")).toString(),
                                     u.value(QStringLiteral("family_name")).toString()}
                             .join(u' ')
                             .trimmed();
    return {{u.value(QStringLiteral("email")).toString(),
             name,
             u.value(QStringLiteral("preferred_username")).toString(),
             names(u.value(QStringLiteral("groups")), QStringLiteral("display_name")).join(QStringLiteral(", ")),
             names(u.value(QStringLiteral("roles")), QStringLiteral("role_name")).join(QStringLiteral(", ")),
             when(u.value(QStringLiteral("updated_at")).toString()),
             u.value(QStringLiteral("id")).toString()},
            u.value(QStringLiteral("id")).toString(),
            u};
}

TableRow DirectoryTables::groupRow(const QJsonObject& g)
{
    return {{g.value(QStringLiteral("display_name")).toString(),
             QString::number(g.value(QStringLiteral("total_users")).toInteger()),
             names(g.value(QStringLiteral("roles")), QStringLiteral("role_name")).join(QStringLiteral(", ")),
             when(g.value(QStringLiteral("updated_at")).toString()),
             g.value(QStringLiteral("id")).toString()},
            g.value(QStringLiteral("id")).toString(),
            g};
}

PageFetcher DirectoryTables::usersFetcher(client::ApiClient* apiClient,
                                          const QString& organizationId,
                                          const QString& directoryId,
                                          const QString& query)
{
    const Listing listing{apiClient,
                          directoryPath(organizationId, directoryId, QStringLiteral("users")),
                          QStringLiteral("users"),
                          query.trimmed(),
                          &DirectoryTables::userMatches,
                          &DirectoryTables::userRow};
    return [listing](const QString& token, QObject* context, client::ApiCallback<RowPage> done) {
        scan(listing, token, context, std::move(done));
    };
}

PageFetcher DirectoryTables::groupsFetcher(client::ApiClient* apiClient,
                                           const QString& organizationId,
                                           const QString& directoryId,
                                           const QString& query)
{
    const Listing listing{apiClient,
                          directoryPath(organizationId, directoryId, QStringLiteral("groups")),
                          QStringLiteral("groups"),
                          query.trimmed(),
                          &DirectoryTables::groupMatches,
                          &DirectoryTables::groupRow};
    return [listing](const QString& token, QObject* context, client::ApiCallback<RowPage> done) {
        scan(listing, token, context, std::move(done));
    };
}

} // namespace gatehouse::models
