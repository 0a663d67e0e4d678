#pragma once

#include "core/saml/sso/SamlSso.h"
#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/sso/AttributeMapper.h"
#include "engine/sso/LoginFlow.h"

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class Router;
class SpKeyStore;
class MetadataRefresher;

// The SAML service provider per connection (entity ID {base}/sso/v1/saml/{conn_id}):
// - GET …/metadata: SP metadata (ACS, NameID formats, the environment's SP certificate for signing and
//   encryption, AuthnRequestsSigned = want_request_signed, WantAssertionsSigned);
// - GET …/start?login=<login state>: AuthnRequest over HTTP-Redirect (signed when want_request_signed), or
//   HTTP-POST when idp_sso_request_binding is HTTP_POST; RelayState = the login state id, never a redirect target;
// - POST …/acs: verifies the Response with core::saml::sso::verifyResponse against the connection's IdP settings
//   and the login state's AuthnRequest ID, maps the attributes (AttributeMapper), inserts the assertion into the
//   replay cache in the same transaction as LoginFlow::complete (which also checks the organization's verified
//   domains), and sends the browser on (302). Failures go through LoginFlow::fail with the docs' SSO error codes.
//   A response without a login state of ours is IdP-initiated: accepted only when allow_idp_initiated_login, and
//   then never a sign-in — a 5-minute idp_initiated_login JWT goes to the default redirect URI (PRODUCT.md).
class SamlServiceProvider
{
public:
    SamlServiceProvider(EngineContext& context, LoginFlow& flow, SpKeyStore& keys);

    void registerRoutes(Router& router);

    // Told about signature failures (metadata refresh) and which IdP certificate verified each login.
    void setMetadataRefresher(MetadataRefresher* refresher)
    {
        m_refresher = refresher;
    }

    HttpResponse metadata(HttpRequest& request);
    HttpResponse start(HttpRequest& request);
    HttpResponse acs(HttpRequest& request);

private:
    QString entityId(const QString& connectionId) const;
    QString acsUrl(const QString& connectionId) const;
    core::Result<std::optional<Connection>> samlConnection(const QString& connectionId) const;
    HttpResponse postBinding(const QString& destination,
                             const QByteArray& xml,
                             const QString& relayState,
                             const QByteArray& signingKey) const;
    HttpResponse
    verifyAndComplete(const LoginState& state, const Connection& connection, const QByteArray& samlResponse);
    HttpResponse finish(const core::Result<LoginFlow::Outcome>& outcome) const;
    core::saml::sso::ResponseExpectations expectations(const Connection& connection,
                                                       const std::optional<QString>& inResponseTo) const;
    core::saml::sso::ResponseVerification verify(const QByteArray& samlResponse,
                                                 const core::saml::sso::ResponseExpectations& expect);
    static AttributeMapper::Input mapperInput(const Connection& connection,
                                              const core::saml::sso::VerifiedAssertion& assertion);
    core::Result<void> remember(const QSqlDatabase& db, const core::saml::sso::VerifiedAssertion& assertion) const;
    HttpResponse idpInitiated(const Connection& connection, const QByteArray& samlResponse, const QString& relayState);

    EngineContext& m_context;
    LoginFlow& m_flow;
    SpKeyStore& m_keys;
    MetadataRefresher* m_refresher = nullptr;
};

} // namespace gatehouse::engine
