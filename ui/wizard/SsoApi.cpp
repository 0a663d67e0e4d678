#include "ui/wizard/SsoApi.h"

#include "client/ApiClient.h"

#include <QUrl>
#include <QUrlQuery>

namespace gatehouse::ui {

namespace {
QString enc(const QString& text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

client::ApiCallback<QJsonObject> asConnection(client::ApiCallback<client::Connection> done)
{
    return [done = std::move(done)](const client::ApiResult<QJsonObject>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        const QJsonObject json = result.value();
        const QJsonObject inner = json.value(QStringLiteral("connection")).toObject();
        done(client::Connection::fromJson(inner.isEmpty() ? json : inner));
    };
}

client::ApiError noClient()
{
    return client::ApiError::configuration(
        QCoreApplication::translate("gatehouse::ui::SsoApi", "Not connected to an environment."));
}
} // namespace

SsoApi::SsoApi(client::ApiClient* client)
    : m_client(client)
{}

client::ApiClient* SsoApi::client() const
{
    return m_client;
}

bool SsoApi::isValid() const
{
    return !m_client.isNull();
}

QString SsoApi::connectionPath(const QString& organizationId, const QString& connectionId)
{
    return QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(enc(organizationId), enc(connectionId));
}

void SsoApi::createConnection(const QString& organizationId,
                              const QString& provider,
                              const QString& type,
                              QObject* context,
                              client::ApiCallback<client::Connection> done) const
{
    if (!m_client) {
        done(noClient());
        return;
    }
    m_client->send("POST",
                   QStringLiteral("/api/v1/organizations/%1/connections").arg(enc(organizationId)),
                   {},
                   QJsonObject{{QStringLiteral("provider"), provider}, {QStringLiteral("type"), type}},
                   context,
                   asConnection(std::move(done)));
}

void SsoApi::getConnection(const QString& organizationId,
                           const QString& connectionId,
                           QObject* context,
                           client::ApiCallback<client::Connection> done) const
{
    if (!m_client) {
        done(noClient());
        return;
    }
    m_client->send("GET", connectionPath(organizationId, connectionId), {}, {}, context, asConnection(std::move(done)));
}

void SsoApi::updateConnection(const QString& organizationId,
                              const QString& connectionId,
                              const QJsonObject& body,
                              QObject* context,
                              client::ApiCallback<client::Connection> done) const
{
    if (!m_client) {
        done(noClient());
        return;
    }
    m_client->send(
        "PATCH", connectionPath(organizationId, connectionId), {}, body, context, asConnection(std::move(done)));
}

void SsoApi::setEnabled(const QString& organizationId,
                        const QString& connectionId,
                        bool enabled,
                        QObject* context,
                        client::ApiCallback<bool> done) const
{
    if (!m_client) {
        done(noClient());
        return;
    }
    const QString path = connectionPath(organizationId, connectionId)
                         + (enabled ? QStringLiteral(":enable") : QStringLiteral(":disable"));
    m_client->send("PATCH",
                   path,
                   {},
                   {},
                   context,
                   [done = std::move(done), enabled](const client::ApiResult<QJsonObject>& result) {
                       if (!result.ok()) {
                           done(result.error());
                           return;
                       }
                       done(result.value().value(QStringLiteral("enabled")).toBool(enabled));
                   });
}

void SsoApi::testResult(const QString& connectionId,
                        const QString& testRequestId,
                        QObject* context,
                        client::ApiCallback<QJsonObject> done) const
{
    if (!m_client) {
        done(noClient());
        return;
    }
    m_client->send("GET",
                   QStringLiteral("/api/v1/connections/%1/test-requests/%2").arg(enc(connectionId), enc(testRequestId)),
                   {},
                   {},
                   context,
                   std::move(done));
}

} // namespace gatehouse::ui
