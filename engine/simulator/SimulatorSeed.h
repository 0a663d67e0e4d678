#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

struct EngineContext;

// The IdP simulator's key pair, as SAML uses it: an RSA-2048 key and its self-signed certificate (PEM).
struct SimulatorKeys
{
    QByteArray privateKeyPem;
    QByteArray certificatePem;
};

// What exists only in a development environment: the IdP simulator's key pair and the seeded Test organization
// (domains example.com and example.org, a SAML connection with provider IDP_SIMULATOR). A production environment
// never creates any of it (ensure() returns false there and touches nothing).
class SimulatorSeed
{
public:
    static inline const QString kTestOrganizationName = QStringLiteral("Test Organization");
    static inline const QString kTestOrganizationExternalId = QStringLiteral("test-org");
    static inline const QStringList kTestDomains{QStringLiteral("example.com"), QStringLiteral("example.org")};

    explicit SimulatorSeed(EngineContext& context);

    // Run once per start under the migration lock: in a development environment creates, the first time only,
    // the key pair and the Test organization (a simulator_state row records that the seed ran, so a Test
    // organization the admin deleted stays deleted). Returns whether the environment is a development one.
    core::Result<bool> ensure();
    // Once the base URL is known (after listen): points the seeded connection's IdP settings (entity ID, SSO URL,
    // certificate) at this engine's simulator, if the connection still exists and is still an IDP_SIMULATOR one.
    core::Result<void> refresh();
    // The stored key pair (private key opened with the at-rest key).
    core::Result<SimulatorKeys> loadKeys();

    // {base}/simulator/saml/metadata (also the simulator's entity ID) and {base}/simulator/saml/sso.
    static QString entityId(const QString& baseUrl);
    static QString ssoUrl(const QString& baseUrl);

private:
    core::Result<void> seed(const QSqlDatabase& db);
    core::Result<QString>
    createTestOrganization(const QSqlDatabase& db, const QByteArray& certificatePem, QString& connectionId);
    core::Result<void> pointConnectionAtSimulator(const QSqlDatabase& db,
                                                  const QString& connectionId,
                                                  const QByteArray& certificatePem,
                                                  bool& changed);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
