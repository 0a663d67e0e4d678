#include "client/ApiClient.h"

#include "client/JsonReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcClient, "gatehouse.client", QtInfoMsg)

namespace gatehouse::client {

namespace {

constexpr int kScanPageSize = 100;
constexpr int kServerSearchMaxPageSize = 30; // the reference's limit for organizations:search
const QString kScanPrefix = QStringLiteral("scan:");

template <typename T> Page<T> parsePage(const QJsonObject& json, const QString& listKey, bool carriesTotal)
{
    const JsonReader in(json);
    Page<T> page;
    const QJsonArray items = in.array(listKey);
    for (const QJsonValue& item : items) {
        page.items.append(T::fromJson(item.toObject()));
    }
    page.nextPageToken = in.string(QStringLiteral("next_page_token"));
    // Proto JSON omits zero values: a missing total_size on a list that has one means 0.
    page.totalSize = in.has(QStringLiteral("total_size")) ? in.integer(QStringLiteral("total_size"))
                     : carriesTotal                       ? 0
                                                          : -1;
    return page;
}

template <typename T> ApiCallback<QJsonObject> adapt(ApiCallback<T> done, std::function<T(const QJsonObject&)> convert)
{
    return [done = std::move(done), convert = std::move(convert)](const ApiResult<QJsonObject>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        done(convert(result.value()));
    };
}

// The single resource of a Get/Create answer: {"organization": {...}}; tolerates the bare object.
QJsonObject unwrap(const QJsonObject& json, const QString& key)
{
    const QJsonValue inner = json.value(key);
    return inner.isObject() ? inner.toObject() : json;
}

QUrlQuery pageQuery(const PageRequest& page)
{
    QUrlQuery query;
    if (page.pageSize > 0) {
        query.addQueryItem(QStringLiteral("page_size"), QString::number(page.pageSize));
    }
    if (!page.pageToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("page_token"), page.pageToken);
    }
    return query;
}

bool matches(const Organization& org, const QString& query)
{
    return org.displayName.contains(query, Qt::CaseInsensitive) || org.id.contains(query, Qt::CaseInsensitive)
           || org.externalId.contains(query, Qt::CaseInsensitive);
}

} // namespace

ApiClient::ApiClient(ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Never follow redirects: a redirect could carry the Bearer token somewhere else.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

const ClientConfig& ApiClient::config() const
{
    return m_config;
}

void ApiClient::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

int ApiClient::tokenRequestCount() const
{
    return m_tokenRequests;
}

bool ApiClient::serverSearchSupported() const
{
    return m_serverSearch;
}

bool ApiClient::tokenValid() const
{
    if (!m_config.sessionToken.isEmpty()) {
        return true; // a portal session token is used as it is until the engine refuses it
    }
    if (m_token.isEmpty()) {
        return false;
    }
    // Refresh before expiry: with a tenth of the lifetime (at least 30 s, at most 5 min) left.
    const qint64 margin = std::clamp<qint64>(m_tokenLifetimeMs / 10, 30'000, 300'000);
    return m_now() + margin < m_tokenExpiresMs;
}

void ApiClient::send(const QByteArray& method,
                     const QString& path,
                     const QUrlQuery& query,
                     const QJsonObject& body,
                     QObject* context,
                     ApiCallback<QJsonObject> done)
{
    Call call;
    call.method = method;
    call.path = path;
    call.query = query;
    call.idempotent = method == "GET" || method == "PUT" || method == "DELETE";
    if (method != "GET" && method != "DELETE") {
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    call.context = context;
    call.done = std::move(done);
    enqueue(std::move(call));
}

void ApiClient::enqueue(Call call)
{
    if (const auto invalid = m_config.validate()) {
        QTimer::singleShot(0, this, [call = std::move(call), error = *invalid] { finish(call, error); });
        return;
    }
    if (tokenValid()) {
        dispatch(std::move(call));
        return;
    }
    m_waiting.append(std::move(call));
    if (!m_tokenInFlight) {
        requestToken();
    }
}

void ApiClient::requestToken()
{
    m_tokenInFlight = true;
    ++m_tokenRequests;
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/oauth/token"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_config.clientSecret);
    // Form encoding: '+' and other reserved characters in the secret must be percent-encoded.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    body.replace('+', "%2B");
    QNetworkReply* reply = m_nam.post(request, body);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors) {
            texts.append(e.errorString());
        }
        reply->setProperty("gatehouseSslErrors", texts);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void ApiClient::onTokenReply(QNetworkReply* reply)
{
    reply->deleteLater();
    m_tokenInFlight = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcClient) << "POST /oauth/token" << status;
    if (status == 0) {
        failQueued(networkError(reply));
        return;
    }
    if (status < 200 || status > 299) {
        failQueued(ApiError::fromHttp(status, body, reply->rawHeader("Retry-After")));
        return;
    }
    const JsonReader in(QJsonDocument::fromJson(body).object());
    const QString token = in.string(QStringLiteral("access_token"));
    if (token.isEmpty()) {
        failQueued(ApiError::protocol(tr("The token endpoint answered without an access token.")));
        return;
    }
    m_token = token;
    m_tokenLifetimeMs = std::max<qint64>(in.integer(QStringLiteral("expires_in"), 300), 1) * 1000;
    m_tokenExpiresMs = m_now() + m_tokenLifetimeMs;
    const QList<Call> waiting = std::exchange(m_waiting, {});
    for (const Call& call : waiting) {
        dispatch(call);
    }
}

void ApiClient::failQueued(const ApiError& error)
{
    const QList<Call> waiting = std::exchange(m_waiting, {});
    for (const Call& call : waiting) {
        finish(call, error);
    }
}

void ApiClient::finish(const Call& call, const ApiResult<QJsonObject>& result)
{
    if (call.context && call.done) {
        call.done(result);
    }
}

void ApiClient::dispatch(Call call)
{
    if (!call.context) {
        return; // nobody waits for it any more
    }
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + call.path);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    const QString& bearer = m_config.sessionToken.isEmpty() ? m_token : m_config.sessionToken;
    request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    ++call.attempts;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply* reply = call.body.isEmpty() && call.method != "POST" && call.method != "PATCH"
                               ? m_nam.sendCustomRequest(request, call.method)
                               : m_nam.sendCustomRequest(request, call.method, call.body);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors) {
            texts.append(e.errorString());
        }
        reply->setProperty("gatehouseSslErrors", texts);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call = std::move(call), started] {
        onCallReply(reply, call, started);
    });
}

void ApiClient::onCallReply(QNetworkReply* reply, Call call, qint64 startedMs)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcClient).noquote() << call.method << call.path << status
                                << QStringLiteral("%1 ms").arg(QDateTime::currentMSecsSinceEpoch() - startedMs);
    const bool transient = status == 0 ? reply->error() != QNetworkReply::SslHandshakeFailedError
                                       : (status == 502 || status == 503 || status == 504);
    if (transient && call.idempotent && call.attempts < 2) {
        QTimer::singleShot(300, this, [this, call = std::move(call)] { dispatch(call); });
        return;
    }
    if (status == 401 && !call.renewedToken && m_config.sessionToken.isEmpty()) {
        // The token was revoked or the engine restarted with new keys: one new token, one more try.
        call.renewedToken = true;
        m_token.clear();
        enqueue(std::move(call));
        return;
    }
    if (status == 0) {
        finish(call, networkError(reply));
        return;
    }
    if (status < 200 || status > 299) {
        finish(call, ApiError::fromHttp(status, body, reply->rawHeader("Retry-After")));
        return;
    }
    if (body.trimmed().isEmpty()) {
        finish(call, QJsonObject());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        finish(call,
               ApiError::protocol(
                   tr("The environment answered %1 with something that is not a JSON object.").arg(call.path)));
        return;
    }
    finish(call, document.object());
}

ApiError ApiClient::networkError(QNetworkReply* reply) const
{
    ApiError error;
    const QString host = m_config.baseUrl.host();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 did not answer within %n second(s).", nullptr, m_config.timeoutMs / 1000).arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        error.kind = ApiError::Kind::Tls;
        const QStringList details = reply->property("gatehouseSslErrors").toStringList();
        error.message = tr("The TLS certificate of %1 could not be verified: %2")
                            .arg(host, details.isEmpty() ? reply->errorString() : details.join(QStringLiteral("; ")));
        break;
    }
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("Could not connect to %1: connection refused.").arg(m_config.baseUrl.authority());
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("The host %1 was not found.").arg(host);
        break;
    default:
        error.kind = ApiError::Kind::Network;
        error.message = tr("Could not reach %1: %2").arg(host, reply->errorString());
        break;
    }
    return error;
}

void ApiClient::testConnection(QObject* context, ApiCallback<qint64> done)
{
    listOrganizations({1, {}}, context, [done = std::move(done)](const ApiResult<Page<Organization>>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        done(result.value().totalSize >= 0 ? result.value().totalSize : result.value().items.size());
    });
}

void ApiClient::listOrganizations(const PageRequest& page, QObject* context, ApiCallback<Page<Organization>> done)
{
    send("GET",
         QStringLiteral("/api/v1/organizations"),
         pageQuery(page),
         {},
         context,
         adapt<Page<Organization>>(std::move(done), [](const QJsonObject& json) {
             return parsePage<Organization>(json, QStringLiteral("organizations"), true);
         }));
}

void ApiClient::searchOrganizations(const QString& query,
                                    const PageRequest& page,
                                    QObject* context,
                                    ApiCallback<Page<Organization>> done)
{
    const QString trimmed = query.trimmed();
    const int wanted = page.pageSize > 0 ? page.pageSize : 30;
    if (page.pageToken.startsWith(kScanPrefix)) {
        scanSearch(trimmed, wanted, page.pageToken.mid(kScanPrefix.size()), {}, context, std::move(done));
        return;
    }
    if (!m_serverSearch || trimmed.size() < 3) {
        scanSearch(trimmed, wanted, page.pageToken, {}, context, std::move(done));
        return;
    }
    QUrlQuery q = pageQuery({std::min(wanted, kServerSearchMaxPageSize), page.pageToken});
    q.addQueryItem(QStringLiteral("query"), trimmed);
    QPointer<QObject> guard(context);
    send("GET",
         QStringLiteral("/api/v1/organizations:search"),
         q,
         {},
         context,
         [this, trimmed, wanted, guard, done = std::move(done)](const ApiResult<QJsonObject>& result) {
             if (!result.ok()) {
                 const auto kind = result.error().kind;
                 if (kind == ApiError::Kind::NotFound || kind == ApiError::Kind::Unimplemented
                     || result.error().httpStatus == 405) {
                     qCInfo(lcClient) << "organizations:search not offered; searching the list instead";
                     m_serverSearch = false;
                     scanSearch(trimmed, wanted, {}, {}, guard, done);
                     return;
                 }
                 done(result.error());
                 return;
             }
             done(parsePage<Organization>(result.value(), QStringLiteral("organizations"), true));
         });
}

void ApiClient::scanSearch(const QString& query,
                           int wanted,
                           const QString& listToken,
                           Page<Organization> collected,
                           QObject* context,
                           ApiCallback<Page<Organization>> done)
{
    QPointer<QObject> guard(context);
    listOrganizations({kScanPageSize, listToken},
                      context,
                      [this, query, wanted, guard, collected = std::move(collected), done = std::move(done)](
                          const ApiResult<Page<Organization>>& result) mutable {
                          if (!result.ok()) {
                              done(result.error());
                              return;
                          }
                          for (const Organization& org : result.value().items) {
                              if (query.isEmpty() || matches(org, query)) {
                                  collected.items.append(org);
                              }
                          }
                          const QString next = result.value().nextPageToken;
                          if (collected.items.size() >= wanted || next.isEmpty()) {
                              collected.nextPageToken = next.isEmpty() ? QString() : kScanPrefix + next;
                              collected.totalSize = next.isEmpty() && query.isEmpty() ? result.value().totalSize : -1;
                              done(collected);
                              return;
                          }
                          if (guard) {
                              scanSearch(query, wanted, next, std::move(collected), guard, std::move(done));
                          }
                      });
}

void ApiClient::getOrganization(const QString& id, QObject* context, ApiCallback<Organization> done)
{
    send("GET",
         QStringLiteral("/api/v1/organizations/") + QString::fromUtf8(QUrl::toPercentEncoding(id)),
         {},
         {},
         context,
         adapt<Organization>(std::move(done), [](const QJsonObject& json) {
             return Organization::fromJson(unwrap(json, QStringLiteral("organization")));
         }));
}

void ApiClient::createOrganization(const OrganizationInput& input, QObject* context, ApiCallback<Organization> done)
{
    send("POST",
         QStringLiteral("/api/v1/organizations"),
         {},
         input.toJson(),
         context,
         adapt<Organization>(std::move(done), [](const QJsonObject& json) {
             return Organization::fromJson(unwrap(json, QStringLiteral("organization")));
         }));
}

void ApiClient::deleteOrganization(const QString& id, QObject* context, ApiCallback<bool> done)
{
    send("DELETE",
         QStringLiteral("/api/v1/organizations/") + QString::fromUtf8(QUrl::toPercentEncoding(id)),
         {},
         {},
         context,
         adapt<bool>(std::move(done), [](const QJsonObject&) { return true; }));
}

void ApiClient::updateOrganization(const QString& id,
                                   const OrganizationInput& input,
                                   QObject* context,
                                   ApiCallback<Organization> done)
{
    QJsonObject metadata;
    for (auto it = input.metadata.begin(); it != input.metadata.end(); ++it) {
        metadata.insert(it.key(), it.value());
    }
    const QJsonObject body{{QStringLiteral("display_name"), input.displayName},
                           {QStringLiteral("external_id"), input.externalId},
                           {QStringLiteral("metadata"), metadata}};
    send("PATCH",
         QStringLiteral("/api/v1/organizations/") + QString::fromUtf8(QUrl::toPercentEncoding(id)),
         {},
         body,
         context,
         adapt<Organization>(std::move(done), [](const QJsonObject& json) {
             return Organization::fromJson(unwrap(json, QStringLiteral("organization")));
         }));
}

namespace {
QString organizationPath(const QString& organizationId, const QString& collection, const QString& id)
{
    return QStringLiteral("/api/v1/organizations/%1/%2/%3")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(organizationId)),
             collection,
             QString::fromUtf8(QUrl::toPercentEncoding(id)));
}
} // namespace

void ApiClient::setConnectionEnabled(const QString& organizationId,
                                     const QString& connectionId,
                                     bool enabled,
                                     QObject* context,
                                     ApiCallback<bool> done)
{
    send("PATCH",
         organizationPath(organizationId, QStringLiteral("connections"), connectionId)
             + (enabled ? QStringLiteral(":enable") : QStringLiteral(":disable")),
         {},
         {},
         context,
         adapt<bool>(std::move(done), [](const QJsonObject&) { return true; }));
}

void ApiClient::setDirectoryEnabled(const QString& organizationId,
                                    const QString& directoryId,
                                    bool enabled,
                                    QObject* context,
                                    ApiCallback<bool> done)
{
    send("PATCH",
         organizationPath(organizationId, QStringLiteral("directories"), directoryId)
             + (enabled ? QStringLiteral(":enable") : QStringLiteral(":disable")),
         {},
         {},
         context,
         adapt<bool>(std::move(done), [](const QJsonObject&) { return true; }));
}

void ApiClient::deleteDomain(const QString& organizationId,
                             const QString& domainId,
                             QObject* context,
                             ApiCallback<bool> done)
{
    send("DELETE",
         organizationPath(organizationId, QStringLiteral("domains"), domainId),
         {},
         {},
         context,
         adapt<bool>(std::move(done), [](const QJsonObject&) { return true; }));
}

void ApiClient::createDomain(const QString& organizationId,
                             const QString& domain,
                             QObject* context,
                             ApiCallback<Domain> done)
{
    send("POST",
         QStringLiteral("/api/v1/organizations/%1/domains")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(organizationId))),
         {},
         QJsonObject{{QStringLiteral("domain"), domain}},
         context,
         adapt<Domain>(std::move(done), [](const QJsonObject& json) {
             return Domain::fromJson(unwrap(json, QStringLiteral("domain")));
         }));
}

void ApiClient::deleteConnection(const QString& organizationId,
                                 const QString& connectionId,
                                 QObject* context,
                                 ApiCallback<bool> done)
{
    send("DELETE",
         organizationPath(organizationId, QStringLiteral("connections"), connectionId),
         {},
         {},
         context,
         adapt<bool>(std::move(done), [](const QJsonObject&) { return true; }));
}

void ApiClient::deleteDirectory(const QString& organizationId,
                                const QString& directoryId,
                                QObject* context,
                                ApiCallback<bool> done)
{
    send("DELETE",
         organizationPath(organizationId, QStringLiteral("directories"), directoryId),
         {},
         {},
         context,
         adapt<bool>(std::move(done), [](const QJsonObject&) { return true; }));
}

namespace {
QString rolePath(const QString& name)
{
    return QStringLiteral("/api/v1/roles/") + QString::fromUtf8(QUrl::toPercentEncoding(name));
}
} // namespace

void ApiClient::createRole(const RoleInput& input, QObject* context, ApiCallback<Role> done)
{
    send("POST",
         QStringLiteral("/api/v1/roles"),
         {},
         input.toJson(true),
         context,
         adapt<Role>(std::move(done),
                     [](const QJsonObject& json) { return Role::fromJson(unwrap(json, QStringLiteral("role"))); }));
}

void ApiClient::updateRole(const QString& name, const RoleInput& input, QObject* context, ApiCallback<Role> done)
{
    send("PUT",
         rolePath(name),
         {},
         input.toJson(false),
         context,
         adapt<Role>(std::move(done),
                     [](const QJsonObject& json) { return Role::fromJson(unwrap(json, QStringLiteral("role"))); }));
}

void ApiClient::deleteRole(const QString& name, const QString& reassignTo, QObject* context, ApiCallback<bool> done)
{
    QUrlQuery query;
    if (!reassignTo.isEmpty()) {
        query.addQueryItem(QStringLiteral("reassign_role_name"), reassignTo);
    }
    send("DELETE", rolePath(name), query, {}, context, adapt<bool>(std::move(done), [](const QJsonObject&) {
             return true;
         }));
}

void ApiClient::listConnections(const QString& organizationId, QObject* context, ApiCallback<Page<Connection>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("organization_id"), organizationId);
    send("GET",
         QStringLiteral("/api/v1/connections"),
         query,
         {},
         context,
         adapt<Page<Connection>>(std::move(done), [](const QJsonObject& json) {
             return parsePage<Connection>(json, QStringLiteral("connections"), false);
         }));
}

void ApiClient::getConnection(const QString& organizationId,
                              const QString& connectionId,
                              QObject* context,
                              ApiCallback<Connection> done)
{
    send("GET",
         QStringLiteral("/api/v1/organizations/%1/connections/%2")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(organizationId)),
                  QString::fromUtf8(QUrl::toPercentEncoding(connectionId))),
         {},
         {},
         context,
         adapt<Connection>(std::move(done), [](const QJsonObject& json) {
             return Connection::fromJson(unwrap(json, QStringLiteral("connection")));
         }));
}

void ApiClient::listDirectories(const QString& organizationId, QObject* context, ApiCallback<Page<Directory>> done)
{
    send("GET",
         QStringLiteral("/api/v1/organizations/%1/directories")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(organizationId))),
         {},
         {},
         context,
         adapt<Page<Directory>>(std::move(done), [](const QJsonObject& json) {
             return parsePage<Directory>(json, QStringLiteral("directories"), false);
         }));
}

void ApiClient::listDomains(const QString& organizationId,
                            const PageRequest& page,
                            QObject* context,
                            ApiCallback<Page<Domain>> done)
{
    const int size = page.pageSize > 0 ? page.pageSize : 30;
    const int number = page.pageToken.toInt();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(size));
    query.addQueryItem(QStringLiteral("page_number"), QString::number(number));
    send("GET",
         QStringLiteral("/api/v1/organizations/%1/domains")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(organizationId))),
         query,
         {},
         context,
         adapt<Page<Domain>>(std::move(done), [size, number](const QJsonObject& json) {
             Page<Domain> out = parsePage<Domain>(json, QStringLiteral("domains"), false);
             // No next_page_token here: a full page means there may be another.
             out.nextPageToken = out.items.size() >= size ? QString::number(number + 1) : QString();
             return out;
         }));
}

void ApiClient::listRoles(QObject* context, ApiCallback<Page<Role>> done)
{
    send("GET",
         QStringLiteral("/api/v1/roles"),
         {},
         {},
         context,
         adapt<Page<Role>>(std::move(done), [](const QJsonObject& json) {
             return parsePage<Role>(json, QStringLiteral("roles"), false);
         }));
}

void ApiClient::listEvents(const EventFilter& filter,
                           const PageRequest& page,
                           QObject* context,
                           ApiCallback<Page<Event>> done)
{
    send("POST",
         QStringLiteral("/api/v1/events"),
         pageQuery(page),
         filter.toJson(),
         context,
         adapt<Page<Event>>(std::move(done), [](const QJsonObject& json) {
             return parsePage<Event>(json, QStringLiteral("events"), true);
         }));
}

} // namespace gatehouse::client
