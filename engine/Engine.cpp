#include "engine/Engine.h"

#include "engine/EngineContext.h"
#include "engine/api/AuditLog.h"
#include "engine/api/ConnectionsApi.h"
#include "engine/api/DirectoriesApi.h"
#include "engine/api/DirectoryRolesApi.h"
#include "engine/api/DirectoryUsersApi.h"
#include "engine/api/DomainsApi.h"
#include "engine/api/EnvironmentSettingsApi.h"
#include "engine/api/EventsApi.h"
#include "engine/api/ExportImportApi.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/PermissionsApi.h"
#include "engine/api/PortalLinksApi.h"
#include "engine/api/RoleRelationsApi.h"
#include "engine/api/RolesApi.h"
#include "engine/api/SpKeysApi.h"
#include "engine/auth/BearerAuth.h"
#include "engine/auth/KeyRing.h"
#include "engine/auth/TokenEndpoint.h"
#include "engine/crypto/MasterKey.h"
#include "engine/crypto/SecretBox.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/domains/DomainVerifier.h"
#include "engine/sso/MetadataRefresher.h"
#include "engine/http/HttpServer.h"
#include "engine/http/Router.h"
#include "engine/sso/AppTokens.h"
#include "engine/sso/AuthorizeEndpoint.h"
#include "engine/sso/ConnectionTests.h"
#include "engine/sso/LoginFlow.h"
#include "engine/sso/OidcEndpoints.h"
#include "engine/sso/SamlServiceProvider.h"
#include "engine/sso/SpKeyStore.h"
#include "engine/simulator/IdpSimulator.h"
#include "engine/simulator/OidcSimulator.h"
#include "engine/simulator/SimulatorSeed.h"
#include "engine/sso/OidcRelyingParty.h"
#include "engine/scim/ScimApi.h"
#include "engine/storage/Database.h"
#include "engine/storage/Migrator.h"
#include "engine/storage/Sql.h"
#include "engine/webhooks/WebhookDispatcher.h"
#include "engine/webhooks/WebhooksApi.h"
#include "engine/api/OrgClientsApi.h"
#include "engine/api/SigningKeysApi.h"
#include "engine/api/SessionPolicyApi.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcEngine, "gatehouse.engine")

namespace gatehouse::engine {

Engine::Engine(EngineConfig config, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_ids(clock)
{}

Engine::~Engine()
{
    delete m_server; // before the router and the handlers it references
    m_server = nullptr;
    if (m_audit) {
        m_audit->setSink({});
    }
    m_webhooks.reset();
    m_webhookDispatcher.reset(); // gives its unfinished claims back while the database is still open
}

core::Result<void> Engine::prepareDataDir()
{
    QDir dir(m_config.dataDir);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return core::Error{QStringLiteral("data_dir"), QStringLiteral("cannot create ") + m_config.dataDir, {}};
    }
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

core::Result<void> Engine::openStorage()
{
    auto url = DatabaseUrl::parse(m_config.db, m_config.dataDir);
    if (!url.ok()) {
        return url.error();
    }
    auto key = MasterKey::load(m_config.dataDir, m_config.masterKey);
    if (!key.ok()) {
        return key.error();
    }
    m_hasher = std::make_unique<SecretHasher>(key.value().pepper());
    m_box = std::make_unique<SecretBox>(key.value().encryptionKey());
    auto db = Database::open(url.value());
    if (!db.ok()) {
        return db.error();
    }
    m_db = std::move(db).value();
    qCInfo(lcEngine) << "storage:" << m_db->url().redacted();
    return {};
}

core::Result<void> Engine::initialize()
{
    if (auto ready = prepareDataDir(); !ready.ok()) {
        return ready;
    }
    if (auto opened = openStorage(); !opened.ok()) {
        return opened;
    }
    m_keys = std::make_unique<KeyRing>(*m_db, *m_box, m_clock);
    m_audit = std::make_unique<AuditLog>(m_clock, m_ids);
    m_context.reset(
        new EngineContext{*m_db,
                          m_clock,
                          m_ids,
                          *m_keys,
                          *m_hasher,
                          *m_audit,
                          m_config.baseUrl.isEmpty() ? fallbackBaseUrl(m_config.listenPort) : m_config.baseUrl,
                          {},
                          m_config.tokenLifetimeSecs,
                          m_config.scimSecretOverlapSecs});
    m_context->box = m_box.get();
    m_context->loginLifetimeSecs = m_config.loginLifetimeSecs;
    m_context->codeLifetimeSecs = m_config.codeLifetimeSecs;
    m_context->testResultLifetimeSecs = m_config.testResultLifetimeSecs;
    m_context->samlClockSkewSecs = m_config.samlClockSkewSecs;
    Bootstrap bootstrap(*m_context);
    Migrator migrator(*m_db, m_clock);
    auto migrated = migrator.migrate([&]() -> core::Result<void> {
        auto environment = bootstrap.ensure(m_config.environmentType);
        if (!environment.ok()) {
            return environment.error();
        }
        m_context->environmentId = environment.value();
        // Development environments only: the IdP simulator's keys and the seeded Test organization (once).
        auto development = SimulatorSeed(*m_context).ensure();
        if (!development.ok()) {
            return development.error();
        }
        m_development = development.value();
        return {};
    });
    if (!migrated.ok()) {
        return migrated.error();
    }
    if (m_development) {
        auto keys = SimulatorSeed(*m_context).loadKeys();
        if (!keys.ok()) {
            return keys.error();
        }
        m_simulator = std::make_unique<IdpSimulator>(*m_context, keys.value());
        m_oidcSimulator = std::make_unique<OidcSimulator>(*m_context, keys.value());
    }
    if (auto webhooks = setUpWebhooks(); !webhooks.ok()) {
        return webhooks;
    }
    return m_keys->load();
}

core::Result<void> Engine::setUpWebhooks()
{
    if (m_config.webhookAllowPrivate) {
        QString type;
        auto read = m_db->read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto q =
                Sql::exec(db, QStringLiteral("SELECT type FROM environments WHERE id = ?"), {m_context->environmentId});
            if (!q.ok()) {
                return q.error();
            }
            type = q.value().next() ? q.value().value(0).toString() : QString();
            return {};
        });
        if (!read.ok()) {
            return read;
        }
        if (type != QStringLiteral("development")) {
            return core::Error{QStringLiteral("bad_option"),
                               QStringLiteral("--webhook-allow-private is allowed in development environments only"),
                               {}};
        }
    }
    m_webhookDispatcher =
        std::make_unique<WebhookDispatcher>(*m_context,
                                            *m_box,
                                            WebhookDispatcher::Settings{m_config.webhookAllowPrivate,
                                                                        m_config.webhookRetrySchedule,
                                                                        m_config.webhookTimeoutMs,
                                                                        m_config.webhookMaxInFlight,
                                                                        m_config.webhookPollIntervalMs,
                                                                        m_config.webhookClaimTimeoutSecs,
                                                                        m_config.webhookDisableAfterSecs});
    m_audit->setSink([dispatcher = m_webhookDispatcher.get()](const QSqlDatabase& db, const AuditLog::Recorded& event) {
        return dispatcher->enqueue(db, event);
    });
    return {};
}

QString Engine::fallbackBaseUrl(quint16 port) const
{
    const QString scheme = m_config.tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_config.listenAddress.toString() + u']'
                             : m_config.listenAddress.toString();
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port);
}

void Engine::buildRoutes()
{
    m_router = std::make_unique<Router>();
    m_addressLimiter = std::make_unique<RateLimiter>(m_config.rateLimit, m_clock);
    m_tokenLimiter = std::make_unique<RateLimiter>(m_config.tokenRateLimit, m_clock);
    m_authorizeLimiter = std::make_unique<RateLimiter>(m_config.authorizeRateLimit, m_clock);
    m_loginFlow = std::make_unique<LoginFlow>(*m_context);
    m_appTokens = std::make_unique<AppTokens>(*m_context);
    m_token = std::make_unique<TokenEndpoint>(*m_context, *m_tokenLimiter, m_appTokens.get());
    m_bearer = std::make_unique<BearerAuth>(*m_context);
    m_router->add("GET", QStringLiteral("/health"), [this](HttpRequest&) {
        return HttpResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                                   {QStringLiteral("version"), QStringLiteral(GATEHOUSE_VERSION)},
                                   {QStringLiteral("environment_id"), m_context->environmentId}});
    });
    m_router->add("POST", QStringLiteral("/oauth/token"), [this](HttpRequest& r) { return m_token->handle(r); });
    m_router->add("GET", QStringLiteral("/keys"), [this](HttpRequest& r) { return m_token->jwks(r); });
    // Before OrganizationsApi: its /organizations/{id} would take "org_…:export".
    m_exportImport = std::make_unique<ExportImportApi>(
        *m_context, OrganizationImport::Windows{m_config.domainRecheckSecs, m_config.domainVerificationWindowSecs});
    m_exportImport->registerRoutes(*m_router);
    m_organizations = std::make_unique<OrganizationsApi>(*m_context);
    m_organizations->registerRoutes(*m_router);
    m_sessionPolicy = std::make_unique<SessionPolicyApi>(*m_context);
    m_sessionPolicy->registerRoutes(*m_router);
    m_domainVerifyLimiter = std::make_unique<RateLimiter>(m_config.domainVerifyRateLimit, m_clock);
    m_domainVerifier =
        std::make_unique<DomainVerifier>(*m_context,
                                         DomainVerifier::Settings{m_config.dnsResolvers,
                                                                  m_config.dnsTimeoutMs,
                                                                  m_config.domainRecheckSecs,
                                                                  m_config.domainVerificationWindowSecs});
    m_domains = std::make_unique<DomainsApi>(*m_context, *m_domainVerifier, *m_domainVerifyLimiter);
    m_domains->registerRoutes(*m_router);
    m_events = std::make_unique<EventsApi>(*m_context);
    m_events->registerRoutes(*m_router);
    m_permissions = std::make_unique<PermissionsApi>(*m_context);
    m_permissions->registerRoutes(*m_router);
    m_roles = std::make_unique<RolesApi>(*m_context);
    m_roles->registerRoutes(*m_router);
    m_roleRelations = std::make_unique<RoleRelationsApi>(*m_context);
    m_roleRelations->registerRoutes(*m_router);
    m_directories = std::make_unique<DirectoriesApi>(*m_context);
    m_directories->registerRoutes(*m_router);
    m_connections = std::make_unique<ConnectionsApi>(*m_context);
    m_connections->registerRoutes(*m_router);
    m_directoryUsers = std::make_unique<DirectoryUsersApi>(*m_context);
    m_directoryUsers->registerRoutes(*m_router);
    m_directoryRoles = std::make_unique<DirectoryRolesApi>(*m_context); // after …/groups/summary
    m_directoryRoles->registerRoutes(*m_router);
    m_portalLinks = std::make_unique<PortalLinksApi>(*m_context,
                                                     PortalLinksApi::Settings{m_config.portalLinkLifetimeSecs,
                                                                              m_config.portalShareableLinkLifetimeSecs,
                                                                              m_config.portalSessionLifetimeSecs,
                                                                              m_config.portalExchangeRateLimit});
    m_portalLinks->registerRoutes(*m_router);
    m_scim = std::make_unique<scim::ScimApi>(*m_context, m_config.scimRateLimit);
    m_scim->registerRoutes(*m_router);
    m_webhooks =
        std::make_unique<WebhooksApi>(*m_context, *m_box, *m_webhookDispatcher, m_config.webhookSecretOverlapSecs);
    m_webhooks->registerRoutes(*m_router);
    m_orgClients = std::make_unique<OrgClientsApi>(*m_context);
    m_orgClients->registerRoutes(*m_router);
    m_signingKeys = std::make_unique<SigningKeysApi>(*m_context, m_config.signingKeyPublicationSecs);
    m_signingKeys->registerRoutes(*m_router);
    if (m_config.rateLimitsInDatabase) { // --rate-limit-store=database: every engine on the database counts together
        m_addressLimiter->useDatabase(m_context->db, QStringLiteral("address"));
        m_tokenLimiter->useDatabase(m_context->db, QStringLiteral("token"));
        m_authorizeLimiter->useDatabase(m_context->db, QStringLiteral("authorize"));
        m_domainVerifyLimiter->useDatabase(m_context->db, QStringLiteral("domain_verify"));
        m_portalLinks->rateLimiter().useDatabase(m_context->db, QStringLiteral("portal_exchange"));
        m_scim->rateLimiter().useDatabase(m_context->db, QStringLiteral("scim"));
    }
    buildSsoRoutes();
}

void Engine::buildSsoRoutes()
{
    m_authorize = std::make_unique<AuthorizeEndpoint>(*m_context, *m_loginFlow, *m_authorizeLimiter);
    m_oidc = std::make_unique<OidcEndpoints>(*m_context);
    m_router->add("GET", QStringLiteral("/oauth/authorize"), [this](HttpRequest& r) { return m_authorize->handle(r); });
    m_router->add("GET", QStringLiteral("/.well-known/openid-configuration"), [this](HttpRequest& r) {
        return m_oidc->discovery(r);
    });
    m_router->add("GET", QStringLiteral("/userinfo"), [this](HttpRequest& r) { return m_oidc->userinfo(r); });
    m_router->add("POST", QStringLiteral("/userinfo"), [this](HttpRequest& r) { return m_oidc->userinfo(r); });
    m_router->add("GET", QStringLiteral("/oidc/logout"), [this](HttpRequest& r) { return m_oidc->logout(r); });
    m_settingsApi = std::make_unique<EnvironmentSettingsApi>(*m_context);
    m_settingsApi->registerRoutes(*m_router);
    m_connectionTests = std::make_unique<ConnectionTests>(*m_context, *m_loginFlow, *m_authorizeLimiter);
    m_connectionTests->registerRoutes(*m_router);
    m_spKeys = std::make_unique<SpKeyStore>(*m_context);
    m_saml = std::make_unique<SamlServiceProvider>(*m_context, *m_loginFlow, *m_spKeys);
    m_saml->registerRoutes(*m_router);
    MetadataRefresher::Settings metadata;
    metadata.defaultRefreshSecs = m_config.samlMetadataRefreshSecs;
    metadata.retrySecs = std::min(metadata.retrySecs, m_config.samlMetadataRefreshSecs);
    metadata.minRefreshSecs = std::min(metadata.minRefreshSecs, m_config.samlMetadataRefreshSecs);
    metadata.sweepSecs = m_config.samlMetadataSweepSecs;
    metadata.unknownKeyRefreshSecs = m_config.samlMetadataUnknownKeySecs;
    m_metadataRefresher = std::make_unique<MetadataRefresher>(*m_context, metadata);
    m_saml->setMetadataRefresher(m_metadataRefresher.get());
    m_connections->setMetadataRefresher(m_metadataRefresher.get());
    m_spKeysApi = std::make_unique<SpKeysApi>(*m_context, *m_spKeys);
    m_spKeysApi->registerRoutes(*m_router);
    if (m_simulator) {
        m_simulator->registerRoutes(*m_router); // a production environment has no /simulator/ routes: 404
    }
    OidcRelyingParty::Settings oidc;
    oidc.development = m_development;
    oidc.allowPrivate = m_development && m_config.idpAllowPrivate; // ignored (refused) in production
    oidc.jwks.refetchFloorSecs = m_config.oidcJwksRefetchFloorSecs;
    m_oidcRp = std::make_unique<OidcRelyingParty>(*m_context, *m_loginFlow, oidc);
    m_oidcRp->registerRoutes(*m_router);
    if (m_oidcSimulator) {
        m_oidcSimulator->registerRoutes(*m_router);
    }
}

core::Result<quint16> Engine::listen()
{
    std::optional<QSslConfiguration> tls;
    if (!m_config.tlsCert.isEmpty()) {
        QFile certFile(m_config.tlsCert);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return core::Error{QStringLiteral("tls"), QStringLiteral("cannot read --tls-cert / --tls-key"), {}};
        }
        const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || key.isNull()) {
            return core::Error{QStringLiteral("tls"), QStringLiteral("--tls-cert / --tls-key are not PEM"), {}};
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        tls = configuration;
    }
    return m_server->listen(m_config.listenAddress, m_config.listenPort, tls);
}

core::Result<quint16> Engine::start()
{
    if (!m_context || !m_webhookDispatcher) {
        return core::Error{QStringLiteral("not_initialized"), QStringLiteral("initialize() first"), {}};
    }
    buildRoutes();
    HttpServer::Options options{m_config.limits, {}, !m_config.tlsCert.isEmpty(), m_config.trustedProxies};
    m_server =
        new HttpServer(options, *m_router, *m_addressLimiter, [this](HttpRequest& r, const Router::RouteOptions& o) {
            return (*m_bearer)(r, o);
        });
    auto port = listen();
    if (!port.ok()) {
        return port.error();
    }
    m_port = port.value();
    if (m_config.baseUrl.isEmpty()) {
        m_config.baseUrl = fallbackBaseUrl(m_port);
        m_context->baseUrl = m_config.baseUrl;
    }
    m_server->setExpectedHost(m_config.expectedHost());
    if (m_simulator) {
        // The seeded connection embeds the simulator's URLs: follow the base URL if it changed.
        if (auto refreshed = SimulatorSeed(*m_context).refresh(); !refreshed.ok()) {
            qCWarning(lcEngine) << "cannot point the Test organization at the simulator:" << refreshed.error().message;
        }
    }
    m_domainVerifier->startPeriodic();
    m_metadataRefresher->startPeriodic();
    m_webhookDispatcher->start();
    qCInfo(lcEngine) << "listening on" << m_config.listenAddress.toString() << m_port << "base URL" << m_config.baseUrl;
    return m_port;
}

void Engine::stop()
{
    if (m_server) {
        qCInfo(lcEngine) << "shutting down";
        m_server->shutdown();
    }
}

core::Result<Bootstrap::Credentials> Engine::revealAdminCredentials(bool rotate)
{
    Bootstrap bootstrap(*m_context);
    return bootstrap.revealAdminCredentials(rotate);
}

QString Engine::baseUrl() const
{
    return m_context ? m_context->baseUrl : m_config.baseUrl;
}

quint16 Engine::port() const
{
    return m_port;
}

QString Engine::environmentId() const
{
    return m_context ? m_context->environmentId : QString();
}

int Engine::openConnections() const
{
    return m_server ? m_server->openConnections() : 0;
}

Database& Engine::database()
{
    return *m_db;
}

LoginFlow& Engine::loginFlow()
{
    return *m_loginFlow;
}

WebhookDispatcher* Engine::webhookDispatcher() const
{
    return m_webhookDispatcher.get();
}

MetadataRefresher* Engine::metadataRefresher() const
{
    return m_metadataRefresher.get();
}

BearerAuth* Engine::bearerAuth() const
{
    return m_bearer.get();
}

} // namespace gatehouse::engine
