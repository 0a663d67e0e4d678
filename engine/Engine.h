#pragma once

#include "core/util/Clock.h"
#include "core/util/IdGenerator.h"
#include "core/util/Result.h"
#include "engine/Bootstrap.h"
#include "engine/EngineConfig.h"

#include <QObject>

#include <memory>

namespace gatehouse::engine {

class AuditLog;
class BearerAuth;
class Database;
class HttpServer;
class IdpSimulator;
class KeyRing;
class OrganizationsApi;
class ExportImportApi;
class DomainsApi;
class DomainVerifier;
class EventsApi;
class ConnectionsApi;
class DirectoriesApi;
class DirectoryUsersApi;
class DirectoryRolesApi;
class PortalLinksApi;

namespace scim {
class ScimApi;
}
class PermissionsApi;
class RolesApi;
class RoleRelationsApi;
class RateLimiter;
class Router;
class SecretBox;
class SecretHasher;
class TokenEndpoint;
class AppTokens;
class AuthorizeEndpoint;
class ConnectionTests;
class EnvironmentSettingsApi;
class LoginFlow;
class MetadataRefresher;
class OidcEndpoints;
class OidcRelyingParty;
class OidcSimulator;
class SamlServiceProvider;
class SpKeyStore;
class SpKeysApi;
class WebhookDispatcher;
class WebhooksApi;
class OrgClientsApi;
class SigningKeysApi;
class SessionPolicyApi;
struct EngineContext;

// The whole engine in one object: initialize() prepares storage (migrations, bootstrap, keys),
// start() listens and serves, stop() shuts down gracefully. Used by gatehouse-engine and by the tests.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineConfig config,
                    const core::Clock& clock = core::SystemClock::instance(),
                    QObject* parent = nullptr);
    ~Engine() override;

    core::Result<void> initialize();
    core::Result<quint16> start();
    void stop();

    core::Result<Bootstrap::Credentials> revealAdminCredentials(bool rotate);
    QString baseUrl() const;
    quint16 port() const;
    QString environmentId() const;
    int openConnections() const;
    Database& database();
    // The login flow interface for protocol handlers (valid after start()).
    LoginFlow& loginFlow();
    WebhookDispatcher* webhookDispatcher() const;
    MetadataRefresher* metadataRefresher() const;
    // The /api/v1 bearer check and its token cache (valid after start()).
    BearerAuth* bearerAuth() const;

private:
    core::Result<void> prepareDataDir();
    core::Result<void> openStorage();
    core::Result<void> setUpWebhooks();
    void buildRoutes();
    void buildSsoRoutes();
    core::Result<quint16> listen();
    QString fallbackBaseUrl(quint16 port) const;

    EngineConfig m_config;
    const core::Clock& m_clock;
    core::IdGenerator m_ids;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretHasher> m_hasher;
    std::unique_ptr<SecretBox> m_box;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<EngineContext> m_context;
    std::unique_ptr<RateLimiter> m_addressLimiter;
    std::unique_ptr<RateLimiter> m_tokenLimiter;
    std::unique_ptr<TokenEndpoint> m_token;
    std::unique_ptr<BearerAuth> m_bearer;
    std::unique_ptr<OrganizationsApi> m_organizations;
    std::unique_ptr<ExportImportApi> m_exportImport;
    std::unique_ptr<RateLimiter> m_domainVerifyLimiter;
    std::unique_ptr<DomainVerifier> m_domainVerifier;
    std::unique_ptr<DomainsApi> m_domains;
    std::unique_ptr<EventsApi> m_events;
    std::unique_ptr<PermissionsApi> m_permissions;
    std::unique_ptr<RolesApi> m_roles;
    std::unique_ptr<RoleRelationsApi> m_roleRelations;
    std::unique_ptr<DirectoriesApi> m_directories;
    std::unique_ptr<ConnectionsApi> m_connections;
    std::unique_ptr<RateLimiter> m_authorizeLimiter;
    std::unique_ptr<LoginFlow> m_loginFlow;
    std::unique_ptr<AppTokens> m_appTokens;
    std::unique_ptr<AuthorizeEndpoint> m_authorize;
    std::unique_ptr<OidcEndpoints> m_oidc;
    std::unique_ptr<ConnectionTests> m_connectionTests;
    std::unique_ptr<EnvironmentSettingsApi> m_settingsApi;
    std::unique_ptr<SpKeyStore> m_spKeys;
    std::unique_ptr<SamlServiceProvider> m_saml;
    std::unique_ptr<MetadataRefresher> m_metadataRefresher;
    std::unique_ptr<SpKeysApi> m_spKeysApi;
    std::unique_ptr<IdpSimulator> m_simulator; // development environments only
    std::unique_ptr<OidcSimulator> m_oidcSimulator; // development environments only
    std::unique_ptr<OidcRelyingParty> m_oidcRp;
    std::unique_ptr<WebhookDispatcher> m_webhookDispatcher;
    std::unique_ptr<WebhooksApi> m_webhooks;
    std::unique_ptr<OrgClientsApi> m_orgClients;
    std::unique_ptr<SigningKeysApi> m_signingKeys;
    std::unique_ptr<SessionPolicyApi> m_sessionPolicy;
    std::unique_ptr<DirectoryUsersApi> m_directoryUsers;
    std::unique_ptr<DirectoryRolesApi> m_directoryRoles;
    std::unique_ptr<PortalLinksApi> m_portalLinks;
    std::unique_ptr<scim::ScimApi> m_scim;
    std::unique_ptr<Router> m_router;
    HttpServer* m_server = nullptr;
    quint16 m_port = 0;
    bool m_development = false;
};

} // namespace gatehouse::engine
