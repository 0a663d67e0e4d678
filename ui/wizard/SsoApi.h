#pragma once

#include "client/ApiClient.h"
#include "client/ApiResult.h"
#include "client/Resources.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QString>

namespace gatehouse::ui {

// The connection calls the SSO wizard and the test browser make, on top of ApiClient::send (so they work the
// same against the local engine, a remote engine and a Scalekit environment).
class SsoApi
{
public:
    explicit SsoApi(client::ApiClient* client);

    client::ApiClient* client() const;
    bool isValid() const;

    // POST /api/v1/organizations/{org}/connections {provider, type}: the draft connection.
    void createConnection(const QString& organizationId,
                          const QString& provider,
                          const QString& type,
                          QObject* context,
                          client::ApiCallback<client::Connection> done) const;
    void getConnection(const QString& organizationId,
                       const QString& connectionId,
                       QObject* context,
                       client::ApiCallback<client::Connection> done) const;
    // PATCH …/connections/{id} with `body` (saml_config, oidc_config, attribute_mapping, …); answers the connection.
    void updateConnection(const QString& organizationId,
                          const QString& connectionId,
                          const QJsonObject& body,
                          QObject* context,
                          client::ApiCallback<client::Connection> done) const;
    // PATCH …/connections/{id}:enable (or :disable); answers `enabled`.
    void setEnabled(const QString& organizationId,
                    const QString& connectionId,
                    bool enabled,
                    QObject* context,
                    client::ApiCallback<bool> done) const;
    // GET /api/v1/connections/{id}/test-requests/{test_id}: the stored test result.
    void testResult(const QString& connectionId,
                    const QString& testRequestId,
                    QObject* context,
                    client::ApiCallback<QJsonObject> done) const;

private:
    static QString connectionPath(const QString& organizationId, const QString& connectionId);

    QPointer<client::ApiClient> m_client;
};

} // namespace gatehouse::ui
