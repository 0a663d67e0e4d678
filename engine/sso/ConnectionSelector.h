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
// no_configured_connections, no_active_connections, domain_not_found.
// A domain routes to the organization that owns it, preferring a verified claim when several organizations
// list the same domain; an ambiguous unverified domain is domain_not_found.
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
};

} // namespace gatehouse::engine
