#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

// Per-environment settings of the OAuth/OIDC provider (our extension, /api/v1/environment/settings):
// registered redirect URIs (exact match, wildcard rules of RedirectUriRules), the default redirect URI
// (IdP-initiated logins), post-logout redirect URIs, and token lifetimes in seconds.
struct EnvironmentSettings
{
    QStringList redirectUris;
    QString defaultRedirectUri;
    QStringList postLogoutRedirectUris;
    int accessTokenLifetime = 0; // 0: the engine's --token-lifetime
    int idTokenLifetime = 3600;
    int refreshTokenLifetime = 30 * 86400;

    QJsonObject toJson(int defaultAccessTokenLifetime) const;
    static EnvironmentSettings fromStored(const QJsonObject& stored);
    QJsonObject toStored() const;
};

class EnvironmentSettingsStore
{
public:
    static core::Result<EnvironmentSettings> load(const QSqlDatabase& db, const QString& environmentId);
    static core::Result<void>
    save(const QSqlDatabase& db, const QString& environmentId, const EnvironmentSettings& settings, qint64 nowMs);
};

} // namespace gatehouse::engine
