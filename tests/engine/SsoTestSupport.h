#pragma once

#include "EngineHarness.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace gatehouse::engine::test {

// Shared set-up of the SSO tests (authorize, tokens, SAML SP): organizations with domains and SAML connections
// through the API, redirect URIs in the environment settings, and helpers to follow the login flow's redirects.
class SsoTestSupport
{
public:
    explicit SsoTestSupport(EngineHarness& harness);

    QString createOrganization(const QString& name = QStringLiteral("Acme"));
    // Adds a domain; verified=true marks it VERIFIED in the database (the DNS check is another feature).
    void addDomain(const QString& org, const QString& domain, bool verified);
    // A SAML connection with IdP entity ID, SSO URL and certificate (COMPLETED), enabled on request.
    QString createSamlConnection(const QString& org,
                                 const QByteArray& certificatePem,
                                 bool enable,
                                 const QString& provider = QStringLiteral("OKTA"),
                                 const QString& idpEntityId = QStringLiteral("https://idp.example.com/saml"),
                                 const QString& idpSsoUrl = QStringLiteral("https://idp.example.com/sso"));
    bool setSettings(const QByteArray& json);

    // GET path (with query) and the Location of the expected 302 (empty when the status differs).
    QString follow(const QString& pathAndQuery, int* status = nullptr);
    static QUrlQuery queryOf(const QString& url);
    // /oauth/authorize with client_id, redirect_uri, response_type=code, scope=openid email profile, overridden
    // or extended by extra (a value "<remove>" drops the parameter).
    QString authorizeUrl(const QUrlQuery& extra) const;

    // Verifies an RS256 JWT against the engine's JWKS (GET /keys) and returns its claims (empty when invalid).
    QJsonObject verifyWithJwks(const QByteArray& token);

    static QString pkceChallenge(const QString& verifier);

    QString redirectUri = QStringLiteral("http://localhost:3000/callback");
    QByteArray certificatePem; // a self-signed RSA certificate usable as an IdP certificate
    QByteArray privateKeyPem;

private:
    EngineHarness& m_h;
};

} // namespace gatehouse::engine::test
