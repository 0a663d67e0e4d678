#include "engine/api/ConnectionStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace gatehouse::engine {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.organization_id, c.provider, c.connection_type, c.enabled, c.debug_enabled, c.ui_button_title, "
    "c.configuration_type, c.attribute_mapping, c.settings, c.client_secret_sealed, c.created_at, c.updated_at, "
    "o.display_name, (SELECT t.status FROM connection_test_requests t WHERE t.connection_id = c.id "
    "ORDER BY t.created_at DESC, t.id DESC LIMIT 1)");

// The same result columns for environment_connections (no organization, no connection tests).
const QString kEnvironmentColumns = QStringLiteral(
    "c.id, '', c.provider, c.connection_type, c.enabled, c.debug_enabled, c.ui_button_title, "
    "c.configuration_type, c.attribute_mapping, c.settings, c.client_secret_sealed, c.created_at, c.updated_at, "
    "'', ''");

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Connection fromRow(const QSqlQuery& q)
{
    Connection c;
    c.id = q.value(0).toString();
    c.organizationId = q.value(1).toString();
    c.provider = q.value(2).toString();
    c.type = q.value(3).toString();
    c.enabled = q.value(4).toInt() != 0;
    c.debugEnabled = q.value(5).toInt() != 0;
    c.uiButtonTitle = q.value(6).toString();
    c.configurationType = q.value(7).toString();
    c.attributeMapping = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    c.settings = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    c.clientSecretSealed = q.value(10).toString();
    c.createdAt = q.value(11).toLongLong();
    c.updatedAt = q.value(12).toLongLong();
    c.organizationName = q.value(13).toString();
    c.lastTestStatus = q.value(14).toString();
    return c;
}

QVariant optionalText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Qt binds a null QString as SQL NULL.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool hasAll(const QJsonObject& object, const QStringList& keys)
{
    return std::all_of(keys.begin(), keys.end(), [&](const QString& k) { return object.contains(k); });
}

// The filter's conditions (without paging) as " WHERE …" over connections c.
QString whereClause(const ConnectionStore::Filter& filter, QVariantList& binds)
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (!filter.organizationId.isEmpty()) {
        sql += QStringLiteral(" AND c.organization_id = ?");
        binds.append(filter.organizationId);
    }
    if (!filter.domain.isEmpty()) {
        sql += QStringLiteral(" AND c.organization_id IN (SELECT organization_id FROM domains WHERE domain = ?)");
        binds.append(filter.domain);
    }
    if (!filter.connectionId.isEmpty()) {
        sql += QStringLiteral(" AND c.id = ?");
        binds.append(filter.connectionId);
    }
    return sql;
}

} // namespace

QString Connection::status() const
{
    const bool any = !settings.isEmpty() || !clientSecretSealed.isEmpty();
    bool complete = false;
    if (type == QStringLiteral("SAML")) {
        complete = hasAll(settings, {QStringLiteral("idp_entity_id"), QStringLiteral("idp_sso_url")})
                   && !settings.value(QStringLiteral("idp_certificates")).toArray().isEmpty();
    } else {
        complete =
            !clientSecretSealed.isEmpty() && hasAll(settings, {QStringLiteral("client_id")})
            && (settings.contains(QStringLiteral("issuer")) || settings.contains(QStringLiteral("discovery_endpoint")));
    }
    return complete ? QStringLiteral("COMPLETED") : any ? QStringLiteral("IN_PROGRESS") : QStringLiteral("DRAFT");
}

bool Connection::hasDomain(const QString& name) const
{
    return std::any_of(domains.begin(), domains.end(), [&](const Domain& d) { return d.domain == name; });
}

QJsonObject Connection::toJson(const QString& baseUrl, const QString& environmentId) const
{
    QJsonArray domainsJson;
    for (const Domain& d : domains) {
        domainsJson.append(d.toJson(environmentId));
    }
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("provider"), provider},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("status"), status()},
                    {QStringLiteral("enabled"), enabled},
                    {QStringLiteral("debug_enabled"), debugEnabled},
                    {QStringLiteral("ui_button_title"), uiButtonTitle},
                    {QStringLiteral("configuration_type"), configurationType},
                    {QStringLiteral("test_connection_uri"),
                     QString(baseUrl + QStringLiteral("/sso/v1/connections/") + id + QStringLiteral("/test"))},
                    {QStringLiteral("attribute_mapping"), attributeMapping},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("update_time"), Timestamps::rfc3339(updatedAt)},
                    {QStringLiteral("key_id"), id},
                    {QStringLiteral("provider_key"), QString()},
                    {QStringLiteral("domains"), domainsJson}};
    if (!organizationId.isEmpty()) { // optional: absent for an environment-level connection
        out.insert(QStringLiteral("organization_id"), organizationId);
    }
    if (!lastTestStatus.isEmpty()) {
        out.insert(QStringLiteral("last_test_status"), lastTestStatus); // our extension (connection tests)
    }
    QJsonObject config = settings;
    if (type == QStringLiteral("SAML")) {
        const QString sp = baseUrl + QStringLiteral("/sso/v1/saml/") + id;
        config.insert(QStringLiteral("sp_entity_id"), sp);
        config.insert(QStringLiteral("sp_assertion_url"), QString(sp + QStringLiteral("/acs")));
        config.insert(QStringLiteral("sp_metadata_url"), QString(sp + QStringLiteral("/metadata")));
        if (!config.contains(QStringLiteral("idp_certificates"))) {
            config.insert(QStringLiteral("idp_certificates"), QJsonArray());
        }
        out.insert(QStringLiteral("saml_config"), config);
    } else {
        config.insert(QStringLiteral("redirect_uri"),
                      QString(baseUrl + QStringLiteral("/sso/v1/oidc/") + id + QStringLiteral("/callback")));
        if (!clientSecretSealed.isEmpty()) {
            config.insert(QStringLiteral("client_secret"), QStringLiteral("********")); // write-only: a mask
        }
        out.insert(QStringLiteral("oidc_config"), config);
    }
    return out;
}

QJsonObject Connection::toListJson() const
{
    QJsonArray names;
    for (const Domain& d : domains) {
        names.append(d.domain);
    }
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("provider"), provider},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("status"), status()},
                    {QStringLiteral("enabled"), enabled},
                    {QStringLiteral("ui_button_title"), uiButtonTitle},
                    {QStringLiteral("domains"), names},
                    {QStringLiteral("provider_key"), QString()},
                    {QStringLiteral("key_id"), id},
                    {QStringLiteral("created_at"), Timestamps::rfc3339(createdAt)}};
    if (!organizationId.isEmpty()) { // absent for an environment-level connection
        out.insert(QStringLiteral("organization_id"), organizationId);
        out.insert(QStringLiteral("organization_name"), organizationName);
    }
    if (!lastTestStatus.isEmpty()) {
        out.insert(QStringLiteral("last_test_status"), lastTestStatus);
    }
    return out;
}

core::Result<void> ConnectionStore::insert(const QSqlDatabase& db, const Connection& c)
{
    if (c.organizationId.isEmpty()) {
        auto env = Sql::exec(
            db,
            QStringLiteral(
                "INSERT INTO environment_connections (id, provider, connection_type, enabled, debug_enabled, "
                "ui_button_title, configuration_type, attribute_mapping, settings, client_secret_sealed, "
                "created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {c.id,
             c.provider,
             c.type,
             c.enabled ? 1 : 0,
             c.debugEnabled ? 1 : 0,
             nonNull(c.uiButtonTitle),
             c.configurationType,
             jsonText(c.attributeMapping),
             jsonText(c.settings),
             optionalText(c.clientSecretSealed),
             c.createdAt,
             c.updatedAt,
             Timestamps::idNumber(c.id)});
        return env.ok() ? core::Result<void>() : core::Result<void>(env.error());
    }
    auto done = Sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO connections (id, organization_id, provider, connection_type, enabled, debug_enabled, "
            "ui_button_title, configuration_type, attribute_mapping, settings, client_secret_sealed, "
            "created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.id,
         c.organizationId,
         c.provider,
         c.type,
         c.enabled ? 1 : 0,
         c.debugEnabled ? 1 : 0,
         nonNull(c.uiButtonTitle),
         c.configurationType,
         jsonText(c.attributeMapping),
         jsonText(c.settings),
         optionalText(c.clientSecretSealed),
         c.createdAt,
         c.updatedAt,
         Timestamps::idNumber(c.id)});
    return done.ok() ? core::Result<void>() : core::Result<void>(done.error());
}

core::Result<void> ConnectionStore::update(const QSqlDatabase& db, const Connection& c)
{
    if (c.organizationId.isEmpty()) {
        return Sql::execOne(db,
                            QStringLiteral("UPDATE environment_connections SET provider = ?, enabled = ?, "
                                           "debug_enabled = ?, ui_button_title = ?, configuration_type = ?, "
                                           "attribute_mapping = ?, settings = ?, client_secret_sealed = ?, "
                                           "updated_at = ? WHERE id = ?"),
                            {c.provider,
                             c.enabled ? 1 : 0,
                             c.debugEnabled ? 1 : 0,
                             nonNull(c.uiButtonTitle),
                             c.configurationType,
                             jsonText(c.attributeMapping),
                             jsonText(c.settings),
                             optionalText(c.clientSecretSealed),
                             c.updatedAt,
                             c.id});
    }
    return Sql::execOne(db,
                        QStringLiteral("UPDATE connections SET provider = ?, enabled = ?, debug_enabled = ?, "
                                       "ui_button_title = ?, configuration_type = ?, attribute_mapping = ?, "
                                       "settings = ?, client_secret_sealed = ?, updated_at = ? "
                                       "WHERE id = ? AND organization_id = ?"),
                        {c.provider,
                         c.enabled ? 1 : 0,
                         c.debugEnabled ? 1 : 0,
                         nonNull(c.uiButtonTitle),
                         c.configurationType,
                         jsonText(c.attributeMapping),
                         jsonText(c.settings),
                         optionalText(c.clientSecretSealed),
                         c.updatedAt,
                         c.id,
                         c.organizationId});
}

core::Result<void> ConnectionStore::remove(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    auto removed =
        orgId.isEmpty()
            ? Sql::execOne(db, QStringLiteral("DELETE FROM environment_connections WHERE id = ?"), {id})
            : Sql::execOne(
                  db, QStringLiteral("DELETE FROM connections WHERE id = ? AND organization_id = ?"), {id, orgId});
    if (!removed.ok()) {
        return removed;
    }
    auto context = Sql::exec(db, QStringLiteral("DELETE FROM connection_contexts WHERE connection_id = ?"), {id});
    return context.ok() ? core::Result<void>() : core::Result<void>(context.error());
}

core::Result<QList<Connection>> ConnectionStore::listEnvironment(const QSqlDatabase& db)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kEnvironmentColumns
                           + QStringLiteral(" FROM environment_connections c ORDER BY c.seq"));
    if (!q.ok()) {
        return q.error();
    }
    QList<Connection> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

core::Result<ConnectionStore::Owner> ConnectionStore::ownerOf(const QSqlDatabase& db, const QString& id)
{
    Owner owner;
    auto q = Sql::exec(db, QStringLiteral("SELECT organization_id FROM connections WHERE id = ?"), {id});
    if (!q.ok()) {
        return q.error();
    }
    if (q.value().next()) {
        owner.found = true;
        owner.organizationId = q.value().value(0).toString();
        return owner;
    }
    auto env = Sql::exec(db, QStringLiteral("SELECT id FROM environment_connections WHERE id = ?"), {id});
    if (!env.ok()) {
        return env.error();
    }
    owner.found = env.value().next();
    return owner;
}

core::Result<std::optional<Connection>>
ConnectionStore::find(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    if (orgId.isEmpty()) {
        auto env = Sql::exec(db,
                             QStringLiteral("SELECT ") + kEnvironmentColumns
                                 + QStringLiteral(" FROM environment_connections c WHERE c.id = ?"),
                             {id});
        if (!env.ok()) {
            return env.error();
        }
        if (!env.value().next()) {
            return std::optional<Connection>();
        }
        return std::optional(fromRow(env.value()));
    }
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM connections c JOIN organizations o ON o.id = c.organization_id "
                                            "WHERE c.id = ? AND c.organization_id = ?"),
                       {id, orgId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Connection>();
    }
    Connection connection = fromRow(q.value());
    auto assigned = DomainStore::assignedToConnections(db, orgId, id);
    if (!assigned.ok()) {
        return assigned.error();
    }
    for (const auto& [connectionId, domain] : std::as_const(assigned.value())) {
        connection.domains.append(domain);
    }
    return std::optional(connection);
}

core::Result<QList<Connection>> ConnectionStore::list(const QSqlDatabase& db, const Filter& filter)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM connections c JOIN organizations o ON o.id = c.organization_id")
                  + whereClause(filter, binds);
    if (filter.afterSeq > 0) {
        sql += QStringLiteral(" AND c.seq > ?");
        binds.append(filter.afterSeq);
    }
    sql += QStringLiteral(" ORDER BY c.seq");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    auto q = Sql::exec(db, sql, binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<Connection> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    if (out.isEmpty()) {
        return out;
    }
    auto assigned =
        DomainStore::assignedToConnections(db, filter.organizationId, out.size() == 1 ? out.first().id : QString());
    if (!assigned.ok()) {
        return assigned.error();
    }
    QHash<QString, QList<Domain>> byConnection;
    for (const auto& [connectionId, domain] : std::as_const(assigned.value())) {
        byConnection[connectionId].append(domain);
    }
    for (Connection& connection : out) {
        connection.domains = byConnection.value(connection.id);
    }
    return out;
}

core::Result<qint64> ConnectionStore::count(const QSqlDatabase& db, const Filter& filter)
{
    QVariantList binds;
    auto q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM connections c") + whereClause(filter, binds), binds);
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

core::Result<bool> ConnectionStore::isDevelopment(const QSqlDatabase& db, const QString& environmentId)
{
    auto q = Sql::exec(db, QStringLiteral("SELECT type FROM environments WHERE id = ?"), {environmentId});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() && q.value().value(0).toString() == QStringLiteral("development");
}

} // namespace gatehouse::engine
