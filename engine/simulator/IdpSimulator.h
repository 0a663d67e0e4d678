#pragma once

#include "core/util/Result.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/simulator/SimulatorSeed.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::core::saml::sso {
struct ParsedAuthnRequest;
struct ResponseParams;
} // namespace gatehouse::core::saml::sso

namespace gatehouse::engine {

struct EngineContext;
class Router;

// The SAML IdP simulator (provider IDP_SIMULATOR), served under /simulator/ in development environments only
// (Engine registers these routes only there; a production environment answers 404). A real SAML IdP: its own
// metadata and key pair, signed responses, and an HTML page offering the docs' scenarios ("User login via SSO" and
// "Error" variants). It posts assertions only to this engine's own ACS URLs ({base}/sso/v1/saml/{conn_id}/acs).
//
//   GET  /simulator/saml/metadata                 IdP metadata (entity ID = this URL)
//   GET  /simulator/saml/sso                      AuthnRequest over HTTP-Redirect -> scenario page
//   POST /simulator/saml/sso                      AuthnRequest over HTTP-POST     -> scenario page
//   GET  /simulator/saml/idp-initiated?connection_id=conn_…[&relay_state=…]       -> scenario page (unsolicited)
//   POST /simulator/saml/respond                  the scenario form -> auto-submitting form to the ACS
//
// The scenario page belongs to a pending request (simulator_requests: single use, expires after
// kPendingLifetimeSecs). Its CSRF token is HMAC(server pepper, request id | browser cookie), so a submission needs
// both the page's token and the browser that loaded the page.
class IdpSimulator
{
public:
    static constexpr int kPendingLifetimeSecs = 600;
    static inline const QByteArray kCookieName = QByteArrayLiteral("gh_simulator");

    enum class Scenario
    {
        Login,
        BadSignature,
        ExpiredAssertion,
        WrongAudience,
        MissingEmail,
        IdpErrorStatus,
        UnsignedResponse,
        WrongIssuer,
        ReplayedAssertion,
        IdpInitiated, // the docs' "IdP-initiated SSO": an unsolicited response (no InResponseTo, no RelayState)
    };
    // Form values ("login", "bad_signature", …) and labels, in page order.
    static QStringList scenarioNames();
    static std::optional<Scenario> scenarioFromName(const QString& name);

    // Builds the Response of a scenario (tampered as the scenario says). Pure; used by the endpoint and the bench.
    static core::Result<QByteArray>
    buildScenarioResponse(Scenario scenario, core::saml::sso::ResponseParams params, const QDateTime& now);

    IdpSimulator(EngineContext& context, SimulatorKeys keys);

    void registerRoutes(Router& router);

private:
    struct Pending
    {
        QString id;
        QString connectionId;
        QString spEntityId;
        QString acsUrl;
        QString inResponseTo; // empty: IdP-initiated
        QString relayState;
        qint64 expiresAt = 0;
        qint64 consumedAt = 0;
    };

    HttpResponse metadata(HttpRequest& request);
    HttpResponse ssoRedirect(HttpRequest& request);
    HttpResponse ssoPost(HttpRequest& request);
    HttpResponse idpInitiated(HttpRequest& request);
    HttpResponse respond(HttpRequest& request);

    HttpResponse startSpInitiated(const HttpRequest& request,
                                  const core::Result<core::saml::sso::ParsedAuthnRequest>& parsed,
                                  const QString& relayState);
    HttpResponse showScenarioPage(const HttpRequest& request, Pending pending, const QString& requestNote);
    // The connection an SP entity ID / ACS URL of this engine names; nullopt (with *problem) otherwise.
    std::optional<QString> connectionFor(const QString& spEntityId, const QString& acsUrl, QString* problem) const;
    // "" when connectionId names a SAML connection of this environment, else why not.
    QString checkConnection(const QString& connectionId) const;
    QString csrfToken(const QString& requestId, const QString& browserKey) const;

    EngineContext& m_context;
    SimulatorKeys m_keys;
};

} // namespace gatehouse::engine
