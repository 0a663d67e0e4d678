#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"

#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

// Picks the connection an authorization request asks for, with the docs' precedence (seed-inventory §2.2):
// provider (ignores all others) > connection_id > organization_id (first enabled connection) > domain >
// login_hint (its domain part). Errors carry the docs' SSO error codes (§4.1) as Error::code:
// invalid_connection_selector, invalid_connection_id, connection_not_active, invalid_organization_id,
// no_configured_connections, no_active_connections, domain_not_found, invalid_user_domain.
// A domain routes only through the organization that has it VERIFIED (domain_not_found otherwise). Within that
// organization: the enabled connection that has the domain assigned (AssignDomainsToConnection) wins; with no
// such connection, a single enabled connection serves every verified domain; with several enabled connections
// the domain must be assigned to one: connection_not_active when it is assigned only to disabled ones,
// invalid_user_domain when other domains are assigned to them, domain_not_found when none has any domain.
class ConnectionSelector
{
public:
    struct Selectors
    {
        QString provider;
        QString connectionId;
        QString organizationId;
        QString domain;
        QString loginHint;
    };

    static core::Result<Connection> resolve(const QSqlDatabase& db, const Selectors& selectors);
    // Used by the resolver and by connection tests: any connection of the environment by id.
    static core::Result<std::optional<Connection>> findAnywhere(const QSqlDatabase& db, const QString& connectionId);

private:
    static core::Result<Connection> firstActive(const QSqlDatabase& db, const QString& organizationId);
    static core::Result<QString> organizationForDomain(const QSqlDatabase& db, const QString& domain);
    static core::Result<Connection>
    forVerifiedDomain(const QSqlDatabase& db, const QString& organizationId, const QString& domain);
};

} // namespace gatehouse::engine
