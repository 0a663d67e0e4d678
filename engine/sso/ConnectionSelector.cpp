#include "engine/sso/ConnectionSelector.h"

#include "core/util/IdGenerator.h"
#include "engine/storage/Sql.h"

namespace gatehouse::engine {

namespace {

core::Error ssoError(const QString& code, const QString& message)
{
    return core::Error{code, message, {}};
}

} // namespace

core::Result<std::optional<Connection>> ConnectionSelector::findAnywhere(const QSqlDatabase& db,
                                                                         const QString& connectionId)
{
    auto q = Sql::exec(db, QStringLiteral("SELECT organization_id FROM connections WHERE id = ?"), {connectionId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Connection>();
    }
    return ConnectionStore::find(db, q.value().value(0).toString(), connectionId);
}

core::Result<Connection> ConnectionSelector::firstActive(const QSqlDatabase& db, const QString& organizationId)
{
    ConnectionStore::Filter filter;
    filter.organizationId = organizationId;
    auto all = ConnectionStore::list(db, filter);
    if (!all.ok()) {
        return all.error();
    }
    if (all.value().isEmpty()) {
        return ssoError(QStringLiteral("no_configured_connections"),
                        QStringLiteral("No SSO connections are configured for this organization"));
    }
    for (const Connection& connection : std::as_const(all.value())) {
        if (connection.enabled) {
            return connection;
        }
    }
    return ssoError(QStringLiteral("no_active_connections"),
                    QStringLiteral("No active SSO connections to process this request"));
}

core::Result<QString> ConnectionSelector::organizationForDomain(const QSqlDatabase& db, const QString& domain)
{
    // Home-realm discovery goes through VERIFIED domains only: an unverified claim could route another
    // company's users to an IdP of the claimant's choosing. A domain is VERIFIED by one organization at most
    // (unique index), so at most one row matches.
    auto q = Sql::exec(
        db, QStringLiteral("SELECT organization_id, verification_status FROM domains WHERE domain = ?"), {domain});
    if (!q.ok()) {
        return q.error();
    }
    QString verified;
    bool claimed = false;
    while (q.value().next()) {
        claimed = true;
        if (q.value().value(1).toString() == QStringLiteral("VERIFIED")) {
            verified = q.value().value(0).toString();
        }
    }
    if (!verified.isEmpty()) {
        return verified;
    }
    return ssoError(QStringLiteral("domain_not_found"),
                    claimed ? QStringLiteral("Domain '%1' is not verified by any organization; verify it (DNS TXT "
                                             "record) before users can sign in through it")
                                  .arg(domain)
                            : QStringLiteral("No organization has an SSO connection for domain '%1'").arg(domain));
}

core::Result<Connection> ConnectionSelector::resolve(const QSqlDatabase& db, const Selectors& s)
{
    if (!s.provider.isEmpty()) {
        auto all = ConnectionStore::list(db, ConnectionStore::Filter());
        if (!all.ok()) {
            return all.error();
        }
        for (const Connection& connection : std::as_const(all.value())) {
            if (connection.enabled && connection.provider.compare(s.provider, Qt::CaseInsensitive) == 0) {
                return connection;
            }
        }
        return ssoError(QStringLiteral("no_active_connections"),
                        QStringLiteral("No active SSO connection for provider '%1'").arg(s.provider));
    }
    if (!s.connectionId.isEmpty()) {
        if (!core::IdGenerator::isValid(s.connectionId, u"conn")) {
            return ssoError(QStringLiteral("invalid_connection_id"), QStringLiteral("Invalid connection ID"));
        }
        auto found = findAnywhere(db, s.connectionId);
        if (!found.ok()) {
            return found.error();
        }
        if (!found.value()) {
            // Environment-level connections (CreateEnvironmentConnection) have no organization to sign users into:
            // they are never selected for sign-in, not even by an explicit connection_id (docs/engine.md).
            auto owner = ConnectionStore::ownerOf(db, s.connectionId);
            if (!owner.ok()) {
                return owner.error();
            }
            if (owner.value().found) {
                return ssoError(QStringLiteral("invalid_connection_id"),
                                QStringLiteral("Connection %1 is an environment-level connection; those are not "
                                               "used for sign-in (create the connection under an organization)")
                                    .arg(s.connectionId));
            }
            return ssoError(QStringLiteral("invalid_connection_id"), QStringLiteral("Invalid connection ID"));
        }
        if (!found.value()->enabled) {
            return ssoError(QStringLiteral("connection_not_active"),
                            QStringLiteral("The configured connection is not active"));
        }
        return *found.value();
    }
    if (!s.organizationId.isEmpty()) {
        if (!core::IdGenerator::isValid(s.organizationId, u"org")) {
            return ssoError(QStringLiteral("invalid_organization_id"), QStringLiteral("Invalid organization ID"));
        }
        auto q = Sql::exec(db, QStringLiteral("SELECT id FROM organizations WHERE id = ?"), {s.organizationId});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return ssoError(QStringLiteral("invalid_organization_id"), QStringLiteral("Invalid organization ID"));
        }
        return firstActive(db, s.organizationId);
    }
    QString domain = s.domain.trimmed().toLower();
    if (domain.isEmpty() && !s.loginHint.isEmpty()) {
        const qsizetype at = s.loginHint.lastIndexOf(u'@');
        domain = at > 0 ? s.loginHint.mid(at + 1).trimmed().toLower() : QString();
    }
    if (domain.isEmpty()) {
        return ssoError(QStringLiteral("invalid_connection_selector"),
                        QStringLiteral("Missing organization_id, connection_id, domain or provider (or a login_hint "
                                       "with an email address)"));
    }
    auto org = organizationForDomain(db, domain);
    if (!org.ok()) {
        return org.error();
    }
    return forVerifiedDomain(db, org.value(), domain);
}

core::Result<Connection>
ConnectionSelector::forVerifiedDomain(const QSqlDatabase& db, const QString& organizationId, const QString& domain)
{
    ConnectionStore::Filter filter;
    filter.organizationId = organizationId;
    auto all = ConnectionStore::list(db, filter);
    if (!all.ok()) {
        return all.error();
    }
    if (all.value().isEmpty()) {
        return ssoError(QStringLiteral("domain_not_found"),
                        QStringLiteral("No SSO connection is configured for domain '%1'").arg(domain));
    }
    QList<Connection> enabled;
    bool assignedToDisabled = false;
    bool anyAssignments = false;
    for (const Connection& connection : std::as_const(all.value())) {
        // A connection's domains are verified domains of its own organization (checked when assigned, removed when
        // they stop being verified), and `domain` is verified by this organization: the assignment is trusted.
        if (connection.enabled && connection.hasDomain(domain)) {
            return connection;
        }
        assignedToDisabled = assignedToDisabled || connection.hasDomain(domain);
        if (connection.enabled) {
            enabled.append(connection);
            anyAssignments = anyAssignments || !connection.domains.isEmpty();
        }
    }
    if (enabled.size() == 1) {
        return enabled.first(); // one active connection serves every verified domain of its organization
    }
    if (enabled.isEmpty()) {
        return ssoError(QStringLiteral("no_active_connections"),
                        QStringLiteral("No active SSO connections to process this request"));
    }
    if (assignedToDisabled) {
        return ssoError(QStringLiteral("connection_not_active"),
                        QStringLiteral("The connection assigned to domain '%1' is not active").arg(domain));
    }
    if (anyAssignments) {
        return ssoError(QStringLiteral("invalid_user_domain"),
                        QStringLiteral("User's domain '%1' is not allowed for any of the organization's SSO "
                                       "connections; assign it to one (PUT …/connections/{id}/domains)")
                            .arg(domain));
    }
    return ssoError(QStringLiteral("domain_not_found"),
                    QStringLiteral("The organization has several active SSO connections and none has domain '%1' "
                                   "assigned; assign it to one (PUT …/connections/{id}/domains)")
                        .arg(domain));
}

} // namespace gatehouse::engine
