#pragma once

#include "core/util/Result.h"
#include "engine/api/DomainStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

struct Connection
{
    QString id;
    QString organizationId; // empty: an environment-level connection (table environment_connections)
    QString organizationName; // filled by list()
    QString provider = QStringLiteral("CUSTOM");
    QString type = QStringLiteral("SAML"); // SAML or OIDC
    bool enabled = false;
    bool debugEnabled = false;
    QString uiButtonTitle;
    QString configurationType = QStringLiteral("MANUAL");
    QJsonObject attributeMapping;
    // saml_config / oidc_config as given (snake_case, validated), without computed values and without the
    // client secret; idp_certificates is the parsed list [{id, certificate (PEM), create_time, expiry_time, issuer}].
    QJsonObject settings;
    QString clientSecretSealed; // SecretBox "v1.…", empty when unset
    QString lastTestStatus;     // newest stored connection test: PENDING / SUCCESS / FAILURE, empty when none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // Domains assigned with AssignDomainsToConnection (VERIFIED domains of the organization), in assignment order;
    // filled by find() and list().
    QList<Domain> domains;

    // DRAFT until any IdP value is set, COMPLETED once the values a login needs are present.
    QString status() const;
    // Connection message with the SP values (entity ID, ACS, metadata, OIDC redirect) under baseUrl; `domains` are
    // Domain messages of environmentId.
    QJsonObject toJson(const QString& baseUrl, const QString& environmentId) const;
    // True when the domain name is assigned to this connection.
    bool hasDomain(const QString& name) const;
    // ListConnection message (`domains`: the names).
    QJsonObject toListJson() const;
};

// SQL for connections, every lookup scoped to the organization. An empty organization id means an
// environment-level connection (CreateEnvironmentConnection): those live in environment_connections, so list(),
// count() and every organization-scoped lookup never see them; find / insert / update / remove with an empty
// organization id reach them only.
class ConnectionStore
{
public:
    // Who owns a connection id: `found` false when no connection has it; organizationId empty for an environment
    // connection.
    struct Owner
    {
        bool found = false;
        QString organizationId;
    };

    struct Filter
    {
        QString organizationId;
        QString domain;
        QString connectionId; // SearchOrganizationConnections' query: this connection only
        qint64 afterSeq = 0;  // page token: connections after this one
        int limit = 0;        // 0: all
    };

    static core::Result<void> insert(const QSqlDatabase& db, const Connection& connection);
    static core::Result<void> update(const QSqlDatabase& db, const Connection& connection);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<std::optional<Connection>>
    find(const QSqlDatabase& db, const QString& orgId, const QString& id);
    static core::Result<QList<Connection>> list(const QSqlDatabase& db, const Filter& filter);
    // Environment-level connections, oldest first.
    static core::Result<QList<Connection>> listEnvironment(const QSqlDatabase& db);
    static core::Result<Owner> ownerOf(const QSqlDatabase& db, const QString& id);
    // How many connections match the filter (paging ignored).
    static core::Result<qint64> count(const QSqlDatabase& db, const Filter& filter);
    // True when the environment is a development one (plain http IdP URLs are then allowed).
    static core::Result<bool> isDevelopment(const QSqlDatabase& db, const QString& environmentId);
};

} // namespace gatehouse::engine
