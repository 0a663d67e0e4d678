#include "engine/sso/EnvironmentSettings.h"

#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out << item.toString();
    }
    return out;
}

} // namespace

QJsonObject EnvironmentSettings::toJson(int defaultAccessTokenLifetime) const
{
    return {{QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirectUris)},
            {QStringLiteral("default_redirect_uri"), defaultRedirectUri},
            {QStringLiteral("post_logout_redirect_uris"), QJsonArray::fromStringList(postLogoutRedirectUris)},
            {QStringLiteral("access_token_lifetime"),
             accessTokenLifetime > 0 ? accessTokenLifetime : defaultAccessTokenLifetime},
            {QStringLiteral("id_token_lifetime"), idTokenLifetime},
            {QStringLiteral("refresh_token_lifetime"), refreshTokenLifetime}};
}

EnvironmentSettings EnvironmentSettings::fromStored(const QJsonObject& stored)
{
    EnvironmentSettings s;
    s.redirectUris = strings(stored.value(QStringLiteral("redirect_uris")));
    s.defaultRedirectUri = stored.value(QStringLiteral("default_redirect_uri")).toString();
    s.postLogoutRedirectUris = strings(stored.value(QStringLiteral("post_logout_redirect_uris")));
    s.accessTokenLifetime = stored.value(QStringLiteral("access_token_lifetime")).toInt(0);
    s.idTokenLifetime = stored.value(QStringLiteral("id_token_lifetime")).toInt(s.idTokenLifetime);
    s.refreshTokenLifetime = stored.value(QStringLiteral("refresh_token_lifetime")).toInt(s.refreshTokenLifetime);
    return s;
}

QJsonObject EnvironmentSettings::toStored() const
{
    return {{QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirectUris)},
            {QStringLiteral("default_redirect_uri"), defaultRedirectUri},
            {QStringLiteral("post_logout_redirect_uris"), QJsonArray::fromStringList(postLogoutRedirectUris)},
            {QStringLiteral("access_token_lifetime"), accessTokenLifetime},
            {QStringLiteral("id_token_lifetime"), idTokenLifetime},
            {QStringLiteral("refresh_token_lifetime"), refreshTokenLifetime}};
}

core::Result<EnvironmentSettings> EnvironmentSettingsStore::load(const QSqlDatabase& db, const QString& environmentId)
{
    auto q = Sql::exec(
        db, QStringLiteral("SELECT settings FROM environment_settings WHERE environment_id = ?"), {environmentId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return EnvironmentSettings{};
    }
    return EnvironmentSettings::fromStored(QJsonDocument::fromJson(q.value().value(0).toByteArray()).object());
}

core::Result<void> EnvironmentSettingsStore::save(const QSqlDatabase& db,
                                                  const QString& environmentId,
                                                  const EnvironmentSettings& settings,
                                                  qint64 nowMs)
{
    const QString json = QString::fromUtf8(QJsonDocument(settings.toStored()).toJson(QJsonDocument::Compact));
    auto updated = Sql::exec(db,
                             QStringLiteral("UPDATE environment_settings SET settings = ?, updated_at = ? "
                                            "WHERE environment_id = ?"),
                             {json, nowMs, environmentId});
    if (!updated.ok()) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() == 1) {
        return {};
    }
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO environment_settings (environment_id, settings, updated_at) "
                                             "VALUES (?, ?, ?)"),
                              {environmentId, json, nowMs});
    return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
}

} // namespace gatehouse::engine
