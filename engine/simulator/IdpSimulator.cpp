#include "engine/simulator/IdpSimulator.h"
#include "engine/simulator/SimulatorPage.h"

#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"
#include "core/util/Encoding.h"
#include "core/util/IdGenerator.h"
#include "core/xmldsig/SignatureSigner.h"
#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"
#include "engine/EngineContext.h"
#include "engine/auth/TokenEndpoint.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/Router.h"
#include "engine/sso/HtmlPage.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSimulator, "gatehouse.engine.simulator")

namespace gatehouse::engine {

namespace sso = core::saml::sso;

namespace {

const QString kEmailFormat = QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
const QString kUnspecifiedFormat = QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
const QString kWrongAudience = QStringLiteral("https://wrong-audience.invalid/sp");
const QString kWrongIssuer = QStringLiteral("https://wrong-issuer.invalid/idp");
const QString kPasswordContext = QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport");
const QString kTamperedContext = QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified");
constexpr int kMaxRelayState = 2048;
constexpr int kMaxField = 256;
constexpr int kMaxAttributes = 50;
constexpr int kMaxGroups = 100;
constexpr int kMaxAttributeValue = 1024;

struct ScenarioInfo
{
    IdpSimulator::Scenario scenario;
    const char* name;
    const char* label;
};

const ScenarioInfo kScenarios[] = {
    {IdpSimulator::Scenario::Login, "login", "User login via SSO"},
    {IdpSimulator::Scenario::IdpInitiated, "idp_initiated", "IdP-initiated SSO (unsolicited response)"},
    {IdpSimulator::Scenario::BadSignature, "bad_signature", "Error: bad signature (content altered after signing)"},
    {IdpSimulator::Scenario::ExpiredAssertion, "expired_assertion", "Error: expired assertion"},
    {IdpSimulator::Scenario::WrongAudience, "wrong_audience", "Error: wrong audience"},
    {IdpSimulator::Scenario::MissingEmail, "missing_email", "Error: missing email (no NameID, no email attribute)"},
    {IdpSimulator::Scenario::IdpErrorStatus, "idp_error_status", "Error: IdP error status (Responder / AuthnFailed)"},
    {IdpSimulator::Scenario::UnsignedResponse, "unsigned_response", "Error: unsigned response and assertion"},
    {IdpSimulator::Scenario::WrongIssuer, "wrong_issuer", "Error: wrong issuer"},
    {IdpSimulator::Scenario::ReplayedAssertion,
     "replayed_assertion",
     "Error: replayed assertion (the ID of this connection's previous assertion)"},
};

QString escape(const QString& text)
{
    return HtmlPage::escape(text);
}

using simulator::cookieValue;
using simulator::errorPage;
using simulator::isBrowserKey;

HttpResponse page(int status, const QString& title, const QString& bodyHtml, bool autoSubmit = false)
{
    return simulator::page(status, title, bodyHtml, QString(), autoSubmit);
}

bool isRequestId(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{24}$"));
    return shape.match(value).hasMatch();
}

QStringList splitList(const QString& text)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    for (const QString& item : text.split(separators)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed)) {
            out.append(trimmed);
        }
    }
    return out;
}

// Signs the (unsigned) Response XML as the simulator normally does: Assertion first, then the Response.
core::Result<QByteArray> signBoth(const QByteArray& xml, const sso::ResponseParams& params)
{
    auto parsed = core::xml::XmlDocument::parse(xml);
    if (!parsed.ok()) {
        return parsed.error();
    }
    core::xml::XmlDocument& doc = parsed.value();
    if (xmlNode* assertion = core::xml::firstChild(doc.root(), core::xml::kNsAssertion, "Assertion")) {
        if (auto done =
                core::xml::SignatureSigner::signEnveloped(doc, assertion, params.signingKeyPem, params.signingCertPem);
            !done.ok()) {
            return done.error();
        }
    }
    if (auto done =
            core::xml::SignatureSigner::signEnveloped(doc, doc.root(), params.signingKeyPem, params.signingCertPem);
        !done.ok()) {
        return done.error();
    }
    return sso::support::serialize(doc);
}

} // namespace

QStringList IdpSimulator::scenarioNames()
{
    QStringList out;
    for (const ScenarioInfo& info : kScenarios) {
        out.append(QString::fromLatin1(info.name));
    }
    return out;
}

std::optional<IdpSimulator::Scenario> IdpSimulator::scenarioFromName(const QString& name)
{
    for (const ScenarioInfo& info : kScenarios) {
        if (name == QLatin1String(info.name)) {
            return info.scenario;
        }
    }
    return std::nullopt;
}

core::Result<QByteArray>
IdpSimulator::buildScenarioResponse(Scenario scenario, sso::ResponseParams params, const QDateTime& now)
{
    params.issueInstant = now;
    switch (scenario) {
    case Scenario::Login:
    case Scenario::IdpInitiated: // the caller dropped InResponseTo and RelayState
    case Scenario::ReplayedAssertion: // the caller put the previous assertion's ID in params.assertionId
        return sso::buildResponse(params);
    case Scenario::BadSignature: {
        // Correctly signed, then the signed content is altered: every digest breaks.
        auto xml = sso::buildResponse(params);
        if (!xml.ok()) {
            return xml;
        }
        QByteArray tampered = xml.value();
        const qsizetype at = tampered.indexOf(kPasswordContext.toUtf8());
        if (at < 0) {
            return core::Error{QStringLiteral("simulator"), QStringLiteral("nothing to tamper with"), {}};
        }
        tampered.replace(at, kPasswordContext.size(), kTamperedContext.toUtf8());
        return tampered;
    }
    case Scenario::ExpiredAssertion: {
        // The message itself and the bearer confirmation are fresh; only the Conditions window has ended (an
        // hour ago), so a verifier reports the assertion, not the response, as expired.
        const bool signResponse = params.signResponse;
        const bool signAssertion = params.signAssertion;
        params.signResponse = params.signAssertion = false;
        auto xml = sso::buildResponse(params);
        if (!xml.ok()) {
            return xml;
        }
        static const QRegularExpression conditions(
            QStringLiteral("<saml:Conditions NotBefore=\"[^\"]*\" NotOnOrAfter=\"[^\"]*\">"));
        QString text = QString::fromUtf8(xml.value());
        text.replace(
            conditions,
            QStringLiteral("<saml:Conditions NotBefore=\"%1\" NotOnOrAfter=\"%2\">")
                .arg(sso::support::xsdDateTime(now.addSecs(-7200)), sso::support::xsdDateTime(now.addSecs(-3600))));
        if (!signResponse && !signAssertion) {
            return text.toUtf8();
        }
        return signBoth(text.toUtf8(), params);
    }
    case Scenario::WrongAudience:
        params.audience = kWrongAudience;
        return sso::buildResponse(params);
    case Scenario::MissingEmail: {
        params.nameId.clear();
        QList<sso::SamlAttribute> kept;
        for (const sso::SamlAttribute& attribute : std::as_const(params.attributes)) {
            if (attribute.name.compare(QStringLiteral("email"), Qt::CaseInsensitive) != 0
                && attribute.name.compare(QStringLiteral("mail"), Qt::CaseInsensitive) != 0) {
                kept.append(attribute);
            }
        }
        params.attributes = kept;
        return sso::buildResponse(params);
    }
    case Scenario::IdpErrorStatus:
        params.statusCode = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Responder");
        params.subStatusCode = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:AuthnFailed");
        params.statusMessage = QStringLiteral("The IdP simulator refused the sign-in (simulated IdP error).");
        return sso::buildResponse(params);
    case Scenario::UnsignedResponse:
        params.signResponse = params.signAssertion = false;
        return sso::buildResponse(params);
    case Scenario::WrongIssuer:
        params.issuer = kWrongIssuer;
        return sso::buildResponse(params);
    }
    return core::Error{QStringLiteral("simulator"), QStringLiteral("unknown scenario"), {}};
}

IdpSimulator::IdpSimulator(EngineContext& context, SimulatorKeys keys)
    : m_context(context)
    , m_keys(std::move(keys))
{}

void IdpSimulator::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/simulator/saml/metadata"), [this](HttpRequest& r) { return metadata(r); });
    router.add("GET", QStringLiteral("/simulator/saml/sso"), [this](HttpRequest& r) { return ssoRedirect(r); });
    router.add("POST", QStringLiteral("/simulator/saml/sso"), [this](HttpRequest& r) { return ssoPost(r); });
    router.add(
        "GET", QStringLiteral("/simulator/saml/idp-initiated"), [this](HttpRequest& r) { return idpInitiated(r); });
    router.add("POST", QStringLiteral("/simulator/saml/respond"), [this](HttpRequest& r) { return respond(r); });
}

HttpResponse IdpSimulator::metadata(HttpRequest&)
{
    sso::IdpMetadataParams params;
    params.entityId = SimulatorSeed::entityId(m_context.baseUrl);
    params.ssoUrl = SimulatorSeed::ssoUrl(m_context.baseUrl);
    params.signingCertPem = m_keys.certificatePem;
    params.nameIdFormats = {kEmailFormat, kUnspecifiedFormat};
    HttpResponse response;
    response.body = sso::buildIdpMetadata(params);
    response.setHeader("Content-Type", "application/samlmetadata+xml");
    return response;
}

HttpResponse IdpSimulator::ssoRedirect(HttpRequest& request)
{
    // Rebuild the query from the strictly decoded pairs (re-encoded, so '%' and '+' in values stay literal).
    QStringList parts;
    QString relayState;
    for (const auto& [key, value] : request.query) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
        if (key == QStringLiteral("RelayState")) {
            relayState = value;
        }
    }
    QUrlQuery query;
    query.setQuery(parts.join(u'&'));
    return startSpInitiated(request, sso::parseRedirectAuthnRequest(query), relayState);
}

HttpResponse IdpSimulator::ssoPost(HttpRequest& request)
{
    const auto form = TokenEndpoint::parseForm(request.body);
    if (!form) {
        return errorPage(400, QStringLiteral("Bad request"), QStringLiteral("The form data is not valid."));
    }
    return startSpInitiated(request,
                            sso::parsePostAuthnRequest(form->value(QStringLiteral("SAMLRequest")).toLatin1()),
                            form->value(QStringLiteral("RelayState")));
}

HttpResponse IdpSimulator::startSpInitiated(const HttpRequest& request,
                                            const core::Result<sso::ParsedAuthnRequest>& parsed,
                                            const QString& relayState)
{
    if (!parsed.ok()) {
        return errorPage(400,
                         QStringLiteral("Invalid AuthnRequest"),
                         QStringLiteral("The SAML AuthnRequest could not be read: ") + parsed.error().message);
    }
    const sso::ParsedAuthnRequest& authn = parsed.value();
    if (!authn.destination.isEmpty() && authn.destination != SimulatorSeed::ssoUrl(m_context.baseUrl)) {
        return errorPage(400,
                         QStringLiteral("Invalid AuthnRequest"),
                         QStringLiteral("The AuthnRequest's Destination '%1' is not this simulator's SSO URL '%2'.")
                             .arg(authn.destination, SimulatorSeed::ssoUrl(m_context.baseUrl)));
    }
    if (relayState.size() > kMaxRelayState) {
        return errorPage(400,
                         QStringLiteral("Invalid AuthnRequest"),
                         QStringLiteral("The RelayState is longer than %1 characters.").arg(kMaxRelayState));
    }
    QString problem;
    const auto connectionId = connectionFor(authn.issuer, authn.acsUrl, &problem);
    if (!connectionId) {
        return errorPage(400, QStringLiteral("Refused"), problem);
    }
    Pending pending;
    pending.connectionId = *connectionId;
    pending.spEntityId = authn.issuer;
    pending.acsUrl = authn.issuer + QStringLiteral("/acs");
    pending.inResponseTo = authn.id;
    pending.relayState = relayState;
    const bool hasSignature = std::any_of(request.query.cbegin(), request.query.cend(), [](const auto& item) {
        return item.first == QStringLiteral("Signature");
    });
    return showScenarioPage(request,
                            pending,
                            hasSignature ? QStringLiteral("signed (the simulator does not check SP signatures)")
                                         : QStringLiteral("not signed (or signed inside the XML, not checked)"));
}

HttpResponse IdpSimulator::idpInitiated(HttpRequest& request)
{
    const QString connectionId = request.queryValue(QStringLiteral("connection_id")).value_or(QString());
    const QString relayState = request.queryValue(QStringLiteral("relay_state")).value_or(QString());
    if (connectionId.size() > 32 || !core::IdGenerator::isValid(connectionId, u"conn")) {
        return errorPage(400,
                         QStringLiteral("Bad request"),
                         QStringLiteral("connection_id must name a SAML connection of this engine (conn_…)."));
    }
    if (relayState.size() > kMaxRelayState) {
        return errorPage(400,
                         QStringLiteral("Bad request"),
                         QStringLiteral("relay_state is longer than %1 characters.").arg(kMaxRelayState));
    }
    if (const QString problem = checkConnection(connectionId); !problem.isEmpty()) {
        return errorPage(404, QStringLiteral("Not found"), problem);
    }
    Pending pending;
    pending.connectionId = connectionId;
    pending.spEntityId = m_context.baseUrl + QStringLiteral("/sso/v1/saml/") + connectionId;
    pending.acsUrl = pending.spEntityId + QStringLiteral("/acs");
    pending.relayState = relayState;
    return showScenarioPage(request, pending, QStringLiteral("none (IdP-initiated: the response is unsolicited)"));
}

std::optional<QString>
IdpSimulator::connectionFor(const QString& spEntityId, const QString& acsUrl, QString* problem) const
{
    const QString prefix = m_context.baseUrl + QStringLiteral("/sso/v1/saml/");
    const QString connectionId = spEntityId.startsWith(prefix) ? spEntityId.sliced(prefix.size()) : QString();
    if (connectionId.isEmpty() || connectionId.size() > 32 || !core::IdGenerator::isValid(connectionId, u"conn")) {
        *problem = QStringLiteral(
                       "The AuthnRequest's Issuer '%1' is not a SAML connection of this engine (%2{connection_id}); "
                       "the simulator answers only this engine's service providers.")
                       .arg(spEntityId, prefix);
        return std::nullopt;
    }
    if (!acsUrl.isEmpty() && acsUrl != spEntityId + QStringLiteral("/acs")) {
        *problem =
            QStringLiteral("The AssertionConsumerServiceURL '%1' is not this engine's ACS URL for the connection "
                           "(%2/acs); the simulator never posts assertions anywhere else.")
                .arg(acsUrl, spEntityId);
        return std::nullopt;
    }
    if (const QString missing = checkConnection(connectionId); !missing.isEmpty()) {
        *problem = missing;
        return std::nullopt;
    }
    return connectionId;
}

QString IdpSimulator::checkConnection(const QString& connectionId) const
{
    QString type;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QStringLiteral("SELECT connection_type FROM connections WHERE id = ?"), {connectionId});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            type = q.value().value(0).toString();
        }
        return {};
    });
    if (!read.ok()) {
        qCWarning(lcSimulator) << "connection lookup failed:" << read.error().message;
        return QStringLiteral("The connection could not be read.");
    }
    if (type != QStringLiteral("SAML")) {
        return QStringLiteral("There is no SAML connection %1 in this environment.").arg(connectionId);
    }
    return {};
}

QString IdpSimulator::csrfToken(const QString& requestId, const QString& browserKey) const
{
    return m_context.hasher.hash(QStringLiteral("gatehouse-simulator-csrf\n") + requestId + u'\n' + browserKey);
}

HttpResponse IdpSimulator::showScenarioPage(const HttpRequest& request, Pending pending, const QString& requestNote)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    pending.id = Random::token(18);
    pending.expiresAt = now + static_cast<qint64>(kPendingLifetimeSecs) * 1000;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        // Housekeeping: rows a day past their expiry are no longer useful (not even for the replay scenario).
        if (auto old = Sql::exec(
                db, QStringLiteral("DELETE FROM simulator_requests WHERE expires_at < ?"), {now - 24LL * 3600 * 1000});
            !old.ok()) {
            return old.error();
        }
        auto inserted = Sql::exec(db,
                                  QStringLiteral("INSERT INTO simulator_requests (id, connection_id, sp_entity_id, "
                                                 "acs_url, in_response_to, relay_state, created_at, expires_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {pending.id,
                                   pending.connectionId,
                                   pending.spEntityId,
                                   pending.acsUrl,
                                   Sql::text(pending.inResponseTo),
                                   Sql::text(pending.relayState),
                                   now,
                                   pending.expiresAt});
        return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
    });
    if (!written.ok()) {
        qCWarning(lcSimulator) << "cannot store the pending request:" << written.error().message;
        return errorPage(500, QStringLiteral("Internal error"), QStringLiteral("The request could not be stored."));
    }
    QString browserKey = cookieValue(request, kCookieName);
    const bool newKey = !isBrowserKey(browserKey);
    if (newKey) {
        browserKey = Random::token(32);
    }
    QString options;
    for (const ScenarioInfo& info : kScenarios) {
        options += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                       .arg(QString::fromLatin1(info.name),
                            info.scenario == Scenario::Login ? QStringLiteral(" selected") : QString(),
                            escape(QString::fromLatin1(info.label)));
    }
    const QString row = QStringLiteral("<tr><th>%1</th><td>%2</td></tr>");
    QString body = QStringLiteral("<h1>Gatehouse IdP simulator</h1>"
                                  "<p class=\"note\">Development environments only: this IdP signs in whoever you "
                                  "type below.</p><table>");
    body += row.arg(QStringLiteral("Service provider"), escape(pending.spEntityId));
    body += row.arg(QStringLiteral("Assertion consumer service"), escape(pending.acsUrl));
    body += row.arg(QStringLiteral("Connection"), escape(pending.connectionId));
    body += row.arg(QStringLiteral("AuthnRequest ID"),
                    pending.inResponseTo.isEmpty() ? QStringLiteral("none") : escape(pending.inResponseTo));
    body += row.arg(QStringLiteral("Request signature"), escape(requestNote));
    body += row.arg(QStringLiteral("RelayState"), escape(pending.relayState));
    body += QStringLiteral("</table>");
    body += QStringLiteral("<form method=\"post\" action=\"%1\">"
                           "<input type=\"hidden\" name=\"request_id\" value=\"%2\">"
                           "<input type=\"hidden\" name=\"csrf_token\" value=\"%3\">"
                           "<fieldset><legend>Scenario</legend><label>Scenario<select name=\"scenario\">%4</select>"
                           "</label></fieldset>"
                           "<fieldset><legend>User</legend>"
                           "<label>Email<input type=\"email\" name=\"email\" value=\"john.doe@example.com\" "
                           "maxlength=\"254\"></label>"
                           "<label>First name<input name=\"first_name\" value=\"John\" maxlength=\"256\"></label>"
                           "<label>Last name<input name=\"last_name\" value=\"Doe\" maxlength=\"256\"></label>"
                           "<label>Groups (comma-separated)<input name=\"groups\" value=\"\"></label>"
                           "<label>Custom attributes (one name=value per line; register them first)"
                           "<textarea name=\"attributes\"></textarea></label>"
                           "</fieldset><button type=\"submit\">Continue</button></form>")
                .arg(escape(m_context.baseUrl + QStringLiteral("/simulator/saml/respond")),
                     escape(pending.id),
                     escape(csrfToken(pending.id, browserKey)),
                     options);
    HttpResponse response = page(200, QStringLiteral("Sign in"), body);
    if (newKey) {
        QByteArray cookie = kCookieName + '=' + browserKey.toLatin1() + "; Path=/simulator/; HttpOnly; SameSite=Lax";
        if (m_context.baseUrl.startsWith(QStringLiteral("https:"))) {
            cookie += "; Secure";
        }
        response.setHeader("Set-Cookie", cookie);
    }
    return response;
}

HttpResponse IdpSimulator::respond(HttpRequest& request)
{
    const auto form = TokenEndpoint::parseForm(request.body);
    if (!form) {
        return errorPage(400, QStringLiteral("Bad request"), QStringLiteral("The form data is not valid."));
    }
    const QString requestId = form->value(QStringLiteral("request_id"));
    const QString token = form->value(QStringLiteral("csrf_token"));
    const QString browserKey = cookieValue(request, kCookieName);
    if (!isRequestId(requestId) || token.isEmpty() || !isBrowserKey(browserKey)
        || !m_context.hasher.matches(QStringLiteral("gatehouse-simulator-csrf\n") + requestId + u'\n' + browserKey,
                                     token)) {
        return errorPage(403,
                         QStringLiteral("Forbidden"),
                         QStringLiteral("The form's CSRF token is missing or does not belong to this browser and "
                                        "request."));
    }
    const auto scenario = scenarioFromName(form->value(QStringLiteral("scenario")));
    if (!scenario) {
        return errorPage(400, QStringLiteral("Bad request"), QStringLiteral("Unknown scenario."));
    }
    // The user's values.
    const QString email = form->value(QStringLiteral("email")).trimmed();
    const QString firstName = form->value(QStringLiteral("first_name")).trimmed();
    const QString lastName = form->value(QStringLiteral("last_name")).trimmed();
    const QStringList groups = splitList(form->value(QStringLiteral("groups")));
    QString problem;
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (email.isEmpty() && *scenario != Scenario::MissingEmail) {
        problem = QStringLiteral("An email address is required.");
    } else if (!email.isEmpty() && (email.size() > 254 || !emailShape.match(email).hasMatch())) {
        problem = QStringLiteral("The email address is not valid.");
    } else if (firstName.size() > kMaxField || lastName.size() > kMaxField) {
        problem = QStringLiteral("Names are limited to %1 characters.").arg(kMaxField);
    } else if (groups.size() > kMaxGroups
               || std::any_of(groups.cbegin(), groups.cend(), [](const QString& g) { return g.size() > kMaxField; })) {
        problem = QStringLiteral("At most %1 groups of up to %2 characters.").arg(kMaxGroups).arg(kMaxField);
    }
    QList<sso::SamlAttribute> attributes;
    if (!email.isEmpty()) {
        attributes.append({QStringLiteral("email"), {}, {}, {email}});
    }
    if (!firstName.isEmpty()) {
        attributes.append({QStringLiteral("firstName"), {}, {}, {firstName}});
    }
    if (!lastName.isEmpty()) {
        attributes.append({QStringLiteral("lastName"), {}, {}, {lastName}});
    }
    if (!groups.isEmpty()) {
        attributes.append({QStringLiteral("groups"), {}, {}, groups});
    }
    static const QRegularExpression attributeName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"));
    static const QStringList reserved{
        QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("groups")};
    int customCount = 0;
    for (const QString& line : form->value(QStringLiteral("attributes")).split(u'\n')) {
        if (!problem.isEmpty() || line.trimmed().isEmpty()) {
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        const QString name = eq > 0 ? line.first(eq).trimmed() : QString();
        const QString value = eq > 0 ? line.sliced(eq + 1).trimmed() : QString();
        if (!attributeName.match(name).hasMatch() || value.size() > kMaxAttributeValue) {
            problem = QStringLiteral("Custom attributes are lines of name=value (name: letters, digits, _ . : / -; "
                                     "value up to %1 characters).")
                          .arg(kMaxAttributeValue);
        } else if (reserved.contains(name.toLower())) {
            problem = QStringLiteral("'%1' has its own field; use it instead of a custom attribute.").arg(name);
        } else if (++customCount > kMaxAttributes) {
            problem = QStringLiteral("At most %1 custom attribute lines.").arg(kMaxAttributes);
        } else {
            auto it = std::find_if(
                attributes.begin(), attributes.end(), [&](const sso::SamlAttribute& a) { return a.name == name; });
            it == attributes.end() ? attributes.append({name, {}, {}, {value}}) : it->values.append(value);
        }
    }
    if (!problem.isEmpty()) {
        return errorPage(400, QStringLiteral("Invalid values"), problem + QStringLiteral(" Go back and correct it."));
    }

    // Consume the pending request (single use) and pick the assertion ID.
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    Pending pending;
    QString assertionId = sso::support::randomId();
    int failStatus = 0;
    QString failure;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT connection_id, sp_entity_id, acs_url, in_response_to, relay_state, "
                                          "expires_at, consumed_at FROM simulator_requests WHERE id = ?"),
                           {requestId});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            failStatus = 400;
            failure = QStringLiteral("This sign-in request is unknown or has expired.");
            return {};
        }
        pending.id = requestId;
        pending.connectionId = q.value().value(0).toString();
        pending.spEntityId = q.value().value(1).toString();
        pending.acsUrl = q.value().value(2).toString();
        pending.inResponseTo = q.value().value(3).toString();
        pending.relayState = q.value().value(4).toString();
        pending.expiresAt = q.value().value(5).toLongLong();
        pending.consumedAt = q.value().value(6).isNull() ? 0 : q.value().value(6).toLongLong();
        if (pending.consumedAt != 0) {
            failStatus = 400;
            failure = QStringLiteral("This sign-in request was already answered.");
            return {};
        }
        if (pending.expiresAt <= now) {
            failStatus = 400;
            failure = QStringLiteral("This sign-in request has expired.");
            return {};
        }
        if (*scenario == Scenario::ReplayedAssertion) {
            auto previous = Sql::exec(db,
                                      QStringLiteral("SELECT assertion_id FROM simulator_requests WHERE connection_id "
                                                     "= ? AND assertion_id IS NOT NULL ORDER BY consumed_at DESC "
                                                     "LIMIT 1"),
                                      {pending.connectionId});
            if (!previous.ok()) {
                return previous.error();
            }
            if (!previous.value().next()) {
                failStatus = 409;
                failure = QStringLiteral("There is no earlier assertion for this connection to replay: sign in once "
                                         "with \"User login via SSO\" first.");
                return {};
            }
            assertionId = previous.value().value(0).toString();
        }
        auto consumed =
            Sql::exec(db,
                      QStringLiteral("UPDATE simulator_requests SET consumed_at = ?, assertion_id = ? "
                                     "WHERE id = ? AND consumed_at IS NULL"),
                      {now,
                       // only assertions an SP could have accepted are candidates for a replay
                       *scenario == Scenario::Login || *scenario == Scenario::ReplayedAssertion
                               || *scenario == Scenario::IdpInitiated
                           ? QVariant(assertionId)
                                                                                                : Sql::text({}),
                       requestId});
        if (!consumed.ok()) {
            return consumed.error();
        }
        if (consumed.value().numRowsAffected() != 1) {
            failStatus = 400;
            failure = QStringLiteral("This sign-in request was already answered.");
        }
        return {};
    });
    if (!written.ok()) {
        qCWarning(lcSimulator) << "cannot consume the pending request:" << written.error().message;
        return errorPage(500, QStringLiteral("Internal error"), QStringLiteral("The request could not be read."));
    }
    if (failStatus != 0) {
        return errorPage(failStatus, QStringLiteral("Cannot continue"), failure);
    }

    sso::ResponseParams params;
    params.assertionId = assertionId;
    params.issuer = SimulatorSeed::entityId(m_context.baseUrl);
    params.destination = pending.acsUrl;
    params.audience = pending.spEntityId;
    params.inResponseTo = pending.inResponseTo;
    params.nameId = email;
    params.nameIdFormat = kEmailFormat;
    params.sessionIndex = sso::support::randomId();
    params.attributes = attributes;
    params.signingKeyPem = m_keys.privateKeyPem;
    params.signingCertPem = m_keys.certificatePem;
    const QDateTime instant = m_context.clock.now().toUTC();
    const Scenario chosen = *scenario;
    if (chosen == Scenario::IdpInitiated) {
        // Started at the IdP: the response answers no request, and the SP's login state is not echoed.
        params.inResponseTo.clear();
        pending.relayState.clear();
    }
    qCInfo(lcSimulator) << "answering request for connection" << pending.connectionId << "with scenario"
                        << form->value(QStringLiteral("scenario"));
    // Signing runs on a worker thread; everything it needs is captured by value.
    return HttpResponse::deferred([chosen, params, instant, pending]() {
        auto xml = buildScenarioResponse(chosen, params, instant);
        if (!xml.ok()) {
            return errorPage(500, QStringLiteral("Internal error"), QStringLiteral("The response could not be built."));
        }
        QString body = QStringLiteral("<h1>Returning to the application</h1>"
                                      "<form method=\"post\" action=\"%1\">"
                                      "<input type=\"hidden\" name=\"SAMLResponse\" value=\"%2\">")
                           .arg(escape(pending.acsUrl), QString::fromLatin1(xml.value().toBase64()));
        if (!pending.relayState.isEmpty()) {
            body += QStringLiteral("<input type=\"hidden\" name=\"RelayState\" value=\"%1\">")
                        .arg(escape(pending.relayState));
        }
        body += QStringLiteral("<p>If nothing happens, press Continue.</p><button type=\"submit\">Continue</button>"
                               "</form>");
        return page(200, QStringLiteral("Signing in"), body, true);
    });
}

} // namespace gatehouse::engine
