#pragma once

#include "client/ApiResult.h"
#include "client/ClientConfig.h"
#include "client/Resources.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace gatehouse::client {

// Asynchronous client for the management API: one QNetworkAccessManager, a client_credentials token obtained
// from POST /oauth/token, cached and refreshed before it expires, Bearer calls with timeouts, one retry of
// idempotent calls after a transient failure, and one new token after a 401. Callbacks run on this object's
// thread and only while their context object lives. TLS errors are never ignored. Secrets and tokens are never
// logged (category gatehouse.client logs method, path, status and duration).
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(ClientConfig config, QObject* parent = nullptr);
    ~ApiClient() override;

    const ClientConfig& config() const;
    // Milliseconds since the epoch; replaceable so tests can move time past a token's expiry.
    void setClock(std::function<qint64()> nowMs);
    int tokenRequestCount() const;
    bool serverSearchSupported() const;

    // Obtains a token and reads one page of organizations: the "Test connection" button. Yields total_size.
    void testConnection(QObject* context, ApiCallback<qint64> done);

    void listOrganizations(const PageRequest& page, QObject* context, ApiCallback<Page<Organization>> done);
    // GET /api/v1/organizations:search; where the environment does not offer it (404/405/501) or the query is
    // shorter than its 3-character minimum, the client scans the plain list and matches name, id and external
    // id itself (page tokens then start with "scan:").
    void searchOrganizations(const QString& query,
                             const PageRequest& page,
                             QObject* context,
                             ApiCallback<Page<Organization>> done);
    void getOrganization(const QString& id, QObject* context, ApiCallback<Organization> done);
    void createOrganization(const OrganizationInput& input, QObject* context, ApiCallback<Organization> done);
    void deleteOrganization(const QString& id, QObject* context, ApiCallback<bool> done);
    // PATCH /api/v1/organizations/{id}: display name, external id ("" clears it) and metadata (replaced whole).
    void updateOrganization(const QString& id,
                            const OrganizationInput& input,
                            QObject* context,
                            ApiCallback<Organization> done);
    // PATCH …/connections/{id}:enable or :disable; PATCH …/directories/{id}:enable or :disable.
    void setConnectionEnabled(const QString& organizationId,
                              const QString& connectionId,
                              bool enabled,
                              QObject* context,
                              ApiCallback<bool> done);
    void setDirectoryEnabled(const QString& organizationId,
                             const QString& directoryId,
                             bool enabled,
                             QObject* context,
                             ApiCallback<bool> done);
    void deleteDomain(const QString& organizationId, const QString& domainId, QObject* context, ApiCallback<bool> done);
    // POST …/organizations/{id}/domains {"domain": name}: the new domain (PENDING, with its TXT record).
    void createDomain(const QString& organizationId, const QString& domain, QObject* context, ApiCallback<Domain> done);
    // DELETE …/organizations/{id}/connections/{connection_id}.
    void deleteConnection(const QString& organizationId,
                          const QString& connectionId,
                          QObject* context,
                          ApiCallback<bool> done);
    // DELETE …/organizations/{id}/directories/{directory_id} (its users, groups and SCIM secrets go with it).
    void deleteDirectory(const QString& organizationId,
                         const QString& directoryId,
                         QObject* context,
                         ApiCallback<bool> done);
    // The environment's roles: POST /api/v1/roles, PUT /api/v1/roles/{name}, DELETE /api/v1/roles/{name} (with
    // ?reassign_role_name= when other roles extend it and `reassignTo` is set).
    void createRole(const RoleInput& input, QObject* context, ApiCallback<Role> done);
    void updateRole(const QString& name, const RoleInput& input, QObject* context, ApiCallback<Role> done);
    void deleteRole(const QString& name, const QString& reassignTo, QObject* context, ApiCallback<bool> done);

    void listConnections(const QString& organizationId, QObject* context, ApiCallback<Page<Connection>> done);
    // The full connection (with saml_config / oidc_config; list entries are abridged).
    void getConnection(const QString& organizationId,
                       const QString& connectionId,
                       QObject* context,
                       ApiCallback<Connection> done);
    void listDirectories(const QString& organizationId, QObject* context, ApiCallback<Page<Directory>> done);
    // Domains page by page_number; the page token is the decimal page number.
    void listDomains(const QString& organizationId,
                     const PageRequest& page,
                     QObject* context,
                     ApiCallback<Page<Domain>> done);
    void listRoles(QObject* context, ApiCallback<Page<Role>> done);
    void
    listEvents(const EventFilter& filter, const PageRequest& page, QObject* context, ApiCallback<Page<Event>> done);

    // Any call: path below the base URL, JSON body or none. Answers the response object ({} for an empty body).
    void send(const QByteArray& method,
              const QString& path,
              const QUrlQuery& query,
              const QJsonObject& body,
              QObject* context,
              ApiCallback<QJsonObject> done);

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        bool idempotent = false;
        int attempts = 0;
        bool renewedToken = false;
        QPointer<QObject> context;
        ApiCallback<QJsonObject> done;
    };

    void enqueue(Call call);
    void dispatch(Call call);
    void requestToken();
    void onTokenReply(QNetworkReply* reply);
    void onCallReply(QNetworkReply* reply, Call call, qint64 startedMs);
    void failQueued(const ApiError& error);
    bool tokenValid() const;
    static void finish(const Call& call, const ApiResult<QJsonObject>& result);
    ApiError networkError(QNetworkReply* reply) const;
    void scanSearch(const QString& query,
                    int wanted,
                    const QString& listToken,
                    Page<Organization> collected,
                    QObject* context,
                    ApiCallback<Page<Organization>> done);

    ClientConfig m_config;
    QNetworkAccessManager m_nam;
    std::function<qint64()> m_now;
    QString m_token;
    qint64 m_tokenExpiresMs = 0;
    qint64 m_tokenLifetimeMs = 0;
    bool m_tokenInFlight = false;
    int m_tokenRequests = 0;
    bool m_serverSearch = true;
    QList<Call> m_waiting;
};

} // namespace gatehouse::client
