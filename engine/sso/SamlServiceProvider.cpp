#include "engine/sso/SamlServiceProvider.h"

#include "core/saml/sso/SamlSso.h"
#include "core/x509/Certificate.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/ConnectionStore.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/auth/TokenEndpoint.h"
#include "engine/crypto/Random.h"
#include "engine/http/Router.h"
#include "engine/sso/AttributeMapper.h"
#include "engine/sso/ConnectionSelector.h"
#include "engine/sso/EnvironmentSettings.h"
#include "engine/sso/HtmlPage.h"
#include "engine/sso/IdpInitiatedLogin.h"
#include "engine/sso/MetadataRefresher.h"
#include "engine/sso/LoginFlow.h"
#include "engine/sso/RedirectUriRules.h"
#include "engine/sso/SpKeyStore.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcLogin)

namespace gatehouse::engine {

namespace saml = core::saml::sso;

namespace {

QString nameIdFormat(const QString& restEnum)
{
    if (restEnum == QStringLiteral("EMAIL")) {
        return QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
    }
    if (restEnum == QStringLiteral("PERSISTENT")) {
        return QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
    }
    if (restEnum == QStringLiteral("TRANSIENT")) {
        return QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:transient");
    }
    return {};
}

// The docs' description of each SSO error code (seed-inventory §4.1): what the app receives as
// error_description. The precise reason stays in the connection test result.
QString describe(const QString& code)
{
    static const QMap<QString, QString> texts{
        {QStringLiteral("invalid_saml_response"), QStringLiteral("Invalid SAML response")},
        {QStringLiteral("signature_validation_failed"), QStringLiteral("Failed signature validation")},
        {QStringLiteral("assertion_expired"), QStringLiteral("Expired SAML assertion")},
        {QStringLiteral("response_expired"), QStringLiteral("Expired SAML response")},
        {QStringLiteral("invalid_status"), QStringLiteral("Invalid status")},
        {QStringLiteral("malformed_saml_response"), QStringLiteral("Malformed SAML response")},
        {QStringLiteral("mandatory_attribute_missing"), QStringLiteral("Missing mandatory user attributes")},
        {QStringLiteral("invalid_acs_url"), QStringLiteral("Invalid ACS URL")},
    };
    return texts.value(code, QStringLiteral("Invalid SAML response"));
}

QJsonArray traceJson(const QList<saml::CheckStep>& steps)
{
    QJsonArray out;
    for (const saml::CheckStep& step : steps) {
        out.append(QJsonObject{{QStringLiteral("check"), step.check},
                               {QStringLiteral("passed"), step.passed},
                               {QStringLiteral("detail"), step.detail}});
    }
    return out;
}

} // namespace

SamlServiceProvider::SamlServiceProvider(EngineContext& context, LoginFlow& flow, SpKeyStore& keys)
    : m_context(context)
    , m_flow(flow)
    , m_keys(keys)
{}

void SamlServiceProvider::registerRoutes(Router& router)
{
    router.add("GET",
               QStringLiteral("/sso/v1/saml/{connection_id}/metadata"),
               ApiSupport::handler(this, &SamlServiceProvider::metadata));
    router.add("GET",
               QStringLiteral("/sso/v1/saml/{connection_id}/start"),
               ApiSupport::handler(this, &SamlServiceProvider::start));
    router.add("POST",
               QStringLiteral("/sso/v1/saml/{connection_id}/acs"),
               ApiSupport::handler(this, &SamlServiceProvider::acs));
}

QString SamlServiceProvider::entityId(const QString& connectionId) const
{
    return m_context.baseUrl + QStringLiteral("/sso/v1/saml/") + connectionId;
}

QString SamlServiceProvider::acsUrl(const QString& connectionId) const
{
    return entityId(connectionId) + QStringLiteral("/acs");
}

core::Result<std::optional<Connection>> SamlServiceProvider::samlConnection(const QString& connectionId) const
{
    if (connectionId.size() > 32 || !core::IdGenerator::isValid(connectionId, u"conn")) {
        return std::optional<Connection>();
    }
    std::optional<Connection> found;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = ConnectionSelector::findAnywhere(db, connectionId);
        if (!connection.ok()) {
            return connection.error();
        }
        if (connection.value() && connection.value()->type == QStringLiteral("SAML")) {
            found = connection.value();
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return found;
}

HttpResponse SamlServiceProvider::metadata(HttpRequest& request)
{
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    auto connection = samlConnection(connectionId);
    if (!connection.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    if (!connection.value()) {
        return HtmlPage::error(
            404, QStringLiteral("invalid_connection_id"), QStringLiteral("No such SAML connection."));
    }
    auto key = m_keys.active();
    if (!key.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The SP key is unavailable."));
    }
    saml::SpMetadataParams params;
    params.entityId = entityId(connectionId);
    params.acsUrl = acsUrl(connectionId);
    params.signingCertPem = key.value().certificatePem;
    params.encryptionCertPem = key.value().certificatePem;
    if (auto upcoming = m_keys.upcomingCertificates(); upcoming.ok()) {
        params.upcomingCertPems = upcoming.value(); // an SP key rotation: published before it is used
    }
    params.nameIdFormats = {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
                            QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"),
                            QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified")};
    params.authnRequestsSigned =
        connection.value()->settings.value(QStringLiteral("want_request_signed")).toBool(false);
    params.wantAssertionsSigned = true;
    HttpResponse response;
    response.body = saml::buildSpMetadata(params);
    response.setHeader("Content-Type", "application/samlmetadata+xml");
    response.setHeader("Content-Disposition", "inline; filename=\"gatehouse-sp-" + connectionId.toLatin1() + ".xml\"");
    return response;
}

HttpResponse SamlServiceProvider::start(HttpRequest& request)
{
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    const QString loginId = request.queryValue(QStringLiteral("login")).value_or(QString());
    auto state = m_flow.load(loginId);
    if (!state.ok()) {
        return HtmlPage::error(400, QStringLiteral("login_state_invalid"), state.error().message);
    }
    if (state.value().connectionId != connectionId) {
        return HtmlPage::error(
            400, QStringLiteral("login_state_invalid"), QStringLiteral("This login belongs to another connection."));
    }
    auto connection = samlConnection(connectionId);
    if (!connection.ok() || !connection.value()) {
        return HtmlPage::error(
            404, QStringLiteral("invalid_connection_id"), QStringLiteral("No such SAML connection."));
    }
    const QJsonObject& settings = connection.value()->settings;
    saml::AuthnRequestParams params;
    params.id = u'_' + QString::fromLatin1(Random::bytes(20).toHex());
    params.issuer = entityId(connectionId);
    params.destination = settings.value(QStringLiteral("idp_sso_url")).toString();
    params.acsUrl = acsUrl(connectionId);
    params.nameIdFormat = nameIdFormat(settings.value(QStringLiteral("idp_name_id_format")).toString());
    params.forceAuthn = state.value().forceAuthn || settings.value(QStringLiteral("force_authn")).toBool(false);
    params.issueInstant = m_context.clock.now();
    const QByteArray xml = saml::buildAuthnRequest(params);
    const bool test = state.value().purpose == LoginState::Purpose::Test;
    if (auto recorded = m_flow.recordUpstreamRequest(loginId, params.id, test ? QString::fromUtf8(xml) : QString());
        !recorded.ok()) {
        return HtmlPage::error(400, QStringLiteral("login_state_invalid"), recorded.error().message);
    }
    QByteArray signingKey;
    if (settings.value(QStringLiteral("want_request_signed")).toBool(false)) {
        auto key = m_keys.active();
        if (!key.ok()) {
            return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The SP key is unavailable."));
        }
        signingKey = key.value().privateKeyPem;
    }
    if (settings.value(QStringLiteral("idp_sso_request_binding")).toString() == QStringLiteral("HTTP_POST")) {
        return postBinding(params.destination, xml, loginId, signingKey);
    }
    auto url = saml::redirectBindingUrl(QUrl(params.destination), xml, loginId, signingKey);
    if (!url.ok()) {
        return HtmlPage::error(500, QStringLiteral("server_error"), QStringLiteral("Cannot build the SAML request."));
    }
    return HtmlPage::redirect(url.value().toString(QUrl::FullyEncoded));
}

HttpResponse SamlServiceProvider::postBinding(const QString& destination,
                                              const QByteArray& xml,
                                              const QString& relayState,
                                              const QByteArray& signingKey) const
{
    QByteArray cert;
    if (!signingKey.isEmpty()) {
        auto key = m_keys.active();
        cert = key.ok() ? key.value().certificatePem : QByteArray();
    }
    auto value = saml::postBindingValue(xml, signingKey, cert);
    if (!value.ok()) {
        return HtmlPage::error(500, QStringLiteral("server_error"), QStringLiteral("Cannot build the SAML request."));
    }
    const QString nonce = Random::token(16);
    const QString body = QStringLiteral("<h1>Continue to your identity provider</h1>"
                                        "<form id=\"saml\" method=\"post\" action=\"%1\">"
                                        "<input type=\"hidden\" name=\"SAMLRequest\" value=\"%2\">"
                                        "<input type=\"hidden\" name=\"RelayState\" value=\"%3\">"
                                        "<button type=\"submit\">Continue</button></form>"
                                        "<script nonce=\"%4\">document.getElementById('saml').submit();</script>")
                             .arg(HtmlPage::escape(destination),
                                  HtmlPage::escape(QString::fromLatin1(value.value())),
                                  HtmlPage::escape(relayState),
                                  nonce);
    HttpResponse response = HtmlPage::render(200, QStringLiteral("Signing in"), body);
    const QUrl target(destination);
    const QString origin = target.scheme() + QStringLiteral("://") + target.authority();
    response.setHeader("Content-Security-Policy",
                       QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-%1'; "
                                      "form-action %2; base-uri 'none'; frame-ancestors 'none'")
                           .arg(nonce, origin)
                           .toUtf8());
    return response;
}

HttpResponse SamlServiceProvider::finish(const core::Result<LoginFlow::Outcome>& outcome) const
{
    if (!outcome.ok()) {
        if (outcome.error().code == QStringLiteral("login_state_invalid")) {
            return HtmlPage::error(400, outcome.error().code, outcome.error().message);
        }
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    return HtmlPage::redirect(outcome.value().redirectUrl);
}

HttpResponse SamlServiceProvider::acs(HttpRequest& request)
{
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return HtmlPage::error(
            400, QStringLiteral("malformed_saml_response"), QStringLiteral("Expected an HTML form post."));
    }
    const auto form = TokenEndpoint::parseForm(request.body);
    if (!form || form->value(QStringLiteral("SAMLResponse")).isEmpty()) {
        return HtmlPage::error(
            400, QStringLiteral("malformed_saml_response"), QStringLiteral("No SAMLResponse received."));
    }
    const QString relayState = form->value(QStringLiteral("RelayState"));
    if (relayState.size() > 1024) {
        return HtmlPage::error(400, QStringLiteral("invalid_request"), QStringLiteral("RelayState is too long."));
    }
    auto state = m_flow.load(relayState);
    if (!state.ok()) {
        // No login of ours: an unsolicited (IdP-initiated) response, when the connection allows them.
        auto connection = samlConnection(connectionId);
        if (connection.ok() && connection.value()
            && connection.value()->settings.value(QStringLiteral("allow_idp_initiated_login")).toBool(false)) {
            return idpInitiated(
                *connection.value(), form->value(QStringLiteral("SAMLResponse")).toLatin1(), relayState);
        }
        return HtmlPage::error(400, QStringLiteral("login_state_invalid"), state.error().message);
    }
    if (state.value().connectionId != connectionId) {
        return finish(
            m_flow.fail(relayState,
                        QStringLiteral("invalid_acs_url"),
                        describe(QStringLiteral("invalid_acs_url")),
                        {QStringLiteral("The response was posted to the ACS URL of another connection"),
                         QStringLiteral("Set the IdP's ACS URL to %1").arg(acsUrl(state.value().connectionId)),
                         {},
                         {}}));
    }
    auto connection = samlConnection(connectionId);
    if (!connection.ok() || !connection.value()) {
        return HtmlPage::error(
            404, QStringLiteral("invalid_connection_id"), QStringLiteral("No such SAML connection."));
    }
    return verifyAndComplete(
        state.value(), *connection.value(), form->value(QStringLiteral("SAMLResponse")).toLatin1());
}

HttpResponse SamlServiceProvider::verifyAndComplete(const LoginState& state,
                                                    const Connection& connection,
                                                    const QByteArray& samlResponse)
{
    const bool test = state.purpose == LoginState::Purpose::Test;
    const saml::ResponseExpectations expect = expectations(connection, state.upstreamRequestId);
    const saml::ResponseVerification verified = verify(samlResponse, expect);
    LoginFlow::Evidence evidence{verified.reason,
                                 verified.fix,
                                 traceJson(verified.trace),
                                 test ? QString::fromUtf8(verified.responseXml) : QString()};
    if (!verified.ok) {
        qCInfo(lcLogin) << "SAML response refused for connection" << connection.id << "with" << verified.errorCode;
        if (m_refresher && verified.errorCode == QStringLiteral("signature_validation_failed")) {
            m_refresher->signatureFailed(connection.id); // the IdP may have rolled its certificate over
        }
        return finish(m_flow.fail(state.id, verified.errorCode, describe(verified.errorCode), evidence));
    }
    auto profile = AttributeMapper::map(mapperInput(connection, verified.assertion));
    if (!profile.ok()) {
        evidence.reason = profile.error().message;
        evidence.fix = profile.error().detail;
        return finish(m_flow.fail(state.id, profile.error().code, describe(profile.error().code), evidence));
    }
    const auto replayCheck = [this, assertion = verified.assertion, id = connection.id](const QSqlDatabase& db) {
        if (auto fresh = remember(db, assertion); !fresh.ok()) {
            return fresh;
        }
        return MetadataRefresher::noteCertificateInUse(db, id, assertion.signerCertificateDer);
    };
    return finish(m_flow.complete(state.id, profile.value(), evidence, replayCheck));
}

saml::ResponseExpectations SamlServiceProvider::expectations(const Connection& connection,
                                                             const std::optional<QString>& inResponseTo) const
{
    const QJsonObject& settings = connection.settings;
    saml::ResponseExpectations expect;
    expect.spEntityId = entityId(connection.id);
    expect.acsUrl = acsUrl(connection.id);
    expect.idpEntityId = settings.value(QStringLiteral("idp_entity_id")).toString();
    for (const QJsonValue& cert : settings.value(QStringLiteral("idp_certificates")).toArray()) {
        auto parsed = core::x509::parsePem(cert[QStringLiteral("certificate")].toString().toLatin1());
        if (parsed.ok()) {
            for (const auto& info : parsed.value()) {
                expect.idpCertificatesDer.append(info.der);
            }
        }
    }
    expect.inResponseTo = inResponseTo;
    expect.signing =
        saml::signingRequirementFromString(settings.value(QStringLiteral("saml_signing_option")).toString());
    expect.now = m_context.clock.now();
    expect.clockSkewSecs = m_context.samlClockSkewSecs;
    bool development = false;
    (void)m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto dev = ConnectionStore::isDevelopment(db, m_context.environmentId);
        development = dev.ok() && dev.value();
        return {};
    });
    if (!development && expect.signing == saml::SigningRequirement::None) {
        expect.signing = saml::SigningRequirement::ResponseOrAssertion; // never unsigned in production
    }
    if (auto key = m_keys.active(); key.ok()) {
        expect.spDecryptionKeyPem = key.value().privateKeyPem;
    }
    return expect;
}

// During an SP key rotation an IdP may still encrypt for the previous key: a response the active key cannot
// decrypt is tried once more with the previous one (until it is retired).
saml::ResponseVerification SamlServiceProvider::verify(const QByteArray& samlResponse,
                                                       const saml::ResponseExpectations& expect)
{
    saml::ResponseVerification verified = saml::verifyResponse(samlResponse, expect);
    if (verified.ok || !QByteArray::fromBase64(samlResponse).contains("EncryptedAssertion")) {
        return verified;
    }
    auto previous = m_keys.previous();
    if (!previous.ok() || !previous.value()) {
        return verified;
    }
    saml::ResponseExpectations withPrevious = expect;
    withPrevious.spDecryptionKeyPem = previous.value()->privateKeyPem;
    saml::ResponseVerification retried = saml::verifyResponse(samlResponse, withPrevious);
    return retried.ok ? retried : verified;
}

AttributeMapper::Input SamlServiceProvider::mapperInput(const Connection& connection,
                                                        const saml::VerifiedAssertion& assertion)
{
    AttributeMapper::Input input;
    input.connectionId = connection.id;
    input.organizationId = connection.organizationId;
    input.connectionType = QStringLiteral("SAML");
    input.providerName = connection.provider;
    input.subject = assertion.nameId;
    input.subjectFormat = assertion.nameIdFormat;
    input.attributeMapping = connection.attributeMapping;
    for (const saml::SamlAttribute& attribute : assertion.attributes) {
        input.attributes.append({attribute.name, attribute.friendlyName, attribute.values});
    }
    return input;
}

// The replay cache: an (issuer, assertion ID) pair is accepted once, until the assertion could no longer be
// valid anyway. Called inside the transaction that completes the login.
core::Result<void> SamlServiceProvider::remember(const QSqlDatabase& db, const saml::VerifiedAssertion& assertion) const
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const qint64 skewMs = qint64(m_context.samlClockSkewSecs) * 1000;
    const qint64 until = std::max(assertion.notOnOrAfter.toMSecsSinceEpoch(), now) + skewMs;
    (void)Sql::exec(db, QStringLiteral("DELETE FROM saml_replay_cache WHERE expires_at < ?"), {now});
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO saml_replay_cache (issuer, assertion_id, expires_at) "
                                             "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                              {assertion.issuer, assertion.assertionId, until});
    if (!inserted.ok()) {
        return inserted.error();
    }
    if (inserted.value().numRowsAffected() != 1) {
        return core::Error{QStringLiteral("invalid_saml_response"),
                           QStringLiteral("Assertion %1 from %2 was already used (replay)")
                               .arg(assertion.assertionId, assertion.issuer),
                           QStringLiteral("Start a new sign-in; a SAML assertion is accepted only once.")};
    }
    return {};
}

// PRODUCT.md: an IdP-initiated login never signs the user in directly. The verified response becomes a signed,
// 5-minute idp_initiated_login JWT sent to the default redirect URI; the app then starts a normal SP-initiated
// login (connection_id / organization_id / login_hint, state = relay_state).
HttpResponse SamlServiceProvider::idpInitiated(const Connection& connection,
                                               const QByteArray& samlResponse,
                                               const QString& relayState)
{
    if (!connection.enabled) {
        return HtmlPage::error(
            400, QStringLiteral("connection_not_active"), QStringLiteral("The configured connection is not active"));
    }
    EnvironmentSettings env;
    (void)m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (loaded.ok()) {
            env = loaded.value();
        }
        return {};
    });
    QString target = connection.settings.value(QStringLiteral("default_redirect_uri")).toString();
    if (target.isEmpty()) {
        target = env.defaultRedirectUri;
    }
    if (target.isEmpty() || !RedirectUriRules::matchesAny(env.redirectUris, target)) {
        return HtmlPage::error(400,
                               QStringLiteral("invalid_redirect_uri"),
                               QStringLiteral("IdP-initiated sign-in needs a registered default redirect URI."));
    }
    const saml::ResponseVerification verified = verify(samlResponse, expectations(connection, std::nullopt));
    if (!verified.ok) {
        qCInfo(lcLogin) << "unsolicited SAML response refused for connection" << connection.id << "with"
                        << verified.errorCode;
        if (m_refresher && verified.errorCode == QStringLiteral("signature_validation_failed")) {
            m_refresher->signatureFailed(connection.id);
        }
        return HtmlPage::error(400, verified.errorCode, describe(verified.errorCode));
    }
    auto profile = AttributeMapper::map(mapperInput(connection, verified.assertion));
    if (!profile.ok()) {
        return HtmlPage::error(400, profile.error().code, describe(profile.error().code));
    }
    // The assertion enters the replay cache and the token's jti is recorded in one transaction.
    QByteArray token;
    auto remembered = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto fresh = remember(db, verified.assertion); !fresh.ok()) {
            return fresh;
        }
        if (auto noted =
                MetadataRefresher::noteCertificateInUse(db, connection.id, verified.assertion.signerCertificateDer);
            !noted.ok()) {
            return noted;
        }
        auto issued = IdpInitiatedLogin(m_context).issue(db, connection, profile.value().email, relayState);
        if (!issued.ok()) {
            return core::Error{QStringLiteral("sql"), issued.error().message, {}};
        }
        token = issued.value();
        return {};
    });
    if (!remembered.ok()) {
        if (remembered.error().code == QStringLiteral("sql")) {
            qCWarning(lcLogin) << "cannot issue the IdP-initiated login token:" << remembered.error().message;
            return HtmlPage::error(
                500, QStringLiteral("server_error"), QStringLiteral("Cannot issue the IdP-initiated login token."));
        }
        return HtmlPage::error(400, remembered.error().code, describe(QStringLiteral("invalid_saml_response")));
    }
    qCInfo(lcLogin) << "IdP-initiated login for connection" << connection.id << "sent to the default redirect URI";
    return HtmlPage::redirect(
        LoginFlow::appendQuery(target, {{QStringLiteral("idp_initiated_login"), QString::fromLatin1(token)}}));
}

} // namespace gatehouse::engine
