#include "engine/simulator/OidcSimulator.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/TokenEndpoint.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/Router.h"
#include "engine/simulator/IdpSimulator.h"
#include "engine/simulator/SimulatorPage.h"
#include "engine/sso/HtmlPage.h"
#include "engine/sso/LoginFlow.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSimulator)

namespace gatehouse::engine {

namespace {

struct ScenarioInfo
{
    OidcSimulator::Scenario scenario;
    const char* name;
    const char* label;
};

const ScenarioInfo kScenarios[] = {
    {OidcSimulator::Scenario::Login, "login", "User login via SSO"},
    {OidcSimulator::Scenario::IdpError, "idp_error", "Error: the IdP denies the sign-in (error=access_denied)"},
    {OidcSimulator::Scenario::TokenError, "token_error", "Error: the token endpoint refuses the code (invalid_grant)"},
    {OidcSimulator::Scenario::WrongNonce, "wrong_nonce", "Error: ID token with a wrong nonce"},
    {OidcSimulator::Scenario::ExpiredToken, "expired_token", "Error: expired ID token"},
    {OidcSimulator::Scenario::BadSignature, "bad_signature", "Error: bad signature (claims altered after signing)"},
    {OidcSimulator::Scenario::UnknownKey, "unknown_kid", "Error: ID token signed with a key the JWKS does not publish"},
    {OidcSimulator::Scenario::Hs256, "hs256", "Error: ID token signed with HS256 (the client secret)"},
    {OidcSimulator::Scenario::UnsignedToken, "alg_none", "Error: unsigned ID token (alg none)"},
    {OidcSimulator::Scenario::WrongAudience, "wrong_audience", "Error: ID token for another client (aud)"},
    {OidcSimulator::Scenario::WrongIssuer, "wrong_issuer", "Error: ID token from another issuer"},
    {OidcSimulator::Scenario::UserinfoError, "userinfo_error", "Error: the userinfo endpoint fails (HTTP 500)"},
};

HttpResponse page(int status, const QString& title, const QString& bodyHtml)
{
    return simulator::page(status, title, bodyHtml, QStringLiteral("OIDC"));
}

HttpResponse errorPage(int status, const QString& title, const QString& message)
{
    return simulator::errorPage(status, title, message, QStringLiteral("OIDC"));
}

HttpResponse oauthError(int status, const QString& error, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
    response.setHeader("Cache-Control", "no-store");
    if (status == 401) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"gatehouse-simulator\"");
    }
    return response;
}

using simulator::cookieValue;
using simulator::isBrowserKey;

QByteArray b64json(const QJsonObject& object)
{
    return core::encoding::base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList OidcSimulator::scenarioNames()
{
    QStringList out;
    for (const ScenarioInfo& info : kScenarios) {
        out.append(QString::fromLatin1(info.name));
    }
    return out;
}

std::optional<OidcSimulator::Scenario> OidcSimulator::scenarioFromName(const QString& name)
{
    for (const ScenarioInfo& info : kScenarios) {
        if (name == QLatin1String(info.name)) {
            return info.scenario;
        }
    }
    return std::nullopt;
}

QString OidcSimulator::issuer(const QString& baseUrl)
{
    return baseUrl + QStringLiteral("/simulator/oidc");
}

OidcSimulator::OidcSimulator(EngineContext& context, const SimulatorKeys& keys)
    : m_context(context)
{
    auto key = RsaKey::fromPrivatePem(keys.privateKeyPem);
    if (key.ok()) {
        m_key = key.value();
        const QJsonObject jwk = m_key->publicJwk(QString());
        m_kid = QStringLiteral("simulator-")
                + QString::fromLatin1(core::encoding::base64Url(
                                          QCryptographicHash::hash(jwk.value(QStringLiteral("n")).toString().toLatin1(),
                                                                   QCryptographicHash::Sha256))
                                          .left(16));
    } else {
        qCWarning(lcSimulator) << "the simulator key is unusable for OIDC:" << key.error().message;
    }
}

void OidcSimulator::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/simulator/oidc/.well-known/openid-configuration"), [this](HttpRequest& r) {
        return discovery(r);
    });
    router.add("GET", QStringLiteral("/simulator/oidc/jwks"), [this](HttpRequest& r) { return jwks(r); });
    router.add("GET", QStringLiteral("/simulator/oidc/authorize"), [this](HttpRequest& r) { return authorize(r); });
    router.add("POST", QStringLiteral("/simulator/oidc/respond"), [this](HttpRequest& r) { return respond(r); });
    router.add("POST", QStringLiteral("/simulator/oidc/token"), [this](HttpRequest& r) { return token(r); });
    router.add("GET", QStringLiteral("/simulator/oidc/userinfo"), [this](HttpRequest& r) { return userinfo(r); });
}

HttpResponse OidcSimulator::discovery(HttpRequest&)
{
    const QString base = issuer(m_context.baseUrl);
    auto list = [](std::initializer_list<const char*> items) {
        QJsonArray out;
        for (const char* item : items) {
            out.append(QString::fromLatin1(item));
        }
        return out;
    };
    return HttpResponse::json(
        {{QStringLiteral("issuer"), base},
         {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/authorize"))},
         {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/token"))},
         {QStringLiteral("userinfo_endpoint"), QString(base + QStringLiteral("/userinfo"))},
         {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/jwks"))},
         {QStringLiteral("response_types_supported"), list({"code"})},
         {QStringLiteral("subject_types_supported"), list({"public"})},
         {QStringLiteral("id_token_signing_alg_values_supported"), list({"RS256"})},
         {QStringLiteral("scopes_supported"), list({"openid", "email", "profile"})},
         {QStringLiteral("token_endpoint_auth_methods_supported"), list({"client_secret_basic", "client_secret_post"})},
         {QStringLiteral("code_challenge_methods_supported"), list({"S256"})},
         {QStringLiteral("grant_types_supported"), list({"authorization_code"})},
         {QStringLiteral("claims_supported"),
          list({"sub", "email", "email_verified", "name", "given_name", "family_name", "groups"})}});
}

HttpResponse OidcSimulator::jwks(HttpRequest&)
{
    QJsonArray keys;
    if (m_key) {
        keys.append(m_key->publicJwk(m_kid));
    }
    return HttpResponse::json({{QStringLiteral("keys"), keys}});
}

bool OidcSimulator::acceptableRedirect(const QString& uri) const
{
    const QUrl url(uri, QUrl::StrictMode);
    return uri.size() <= 1024 && url.isValid() && uri.startsWith(m_context.baseUrl + u'/') && url.fragment().isEmpty()
           && !uri.contains(QStringLiteral("/../"));
}

QString OidcSimulator::csrfToken(const QString& browserKey, const QStringList& values) const
{
    return m_context.hasher.hash(QStringLiteral("gatehouse-oidc-simulator-csrf\n") + browserKey + u'\n'
                                 + values.join(u'\n'));
}

HttpResponse OidcSimulator::authorize(HttpRequest& request)
{
    auto value = [&request](const char* name) {
        return request.queryValue(QString::fromLatin1(name)).value_or(QString());
    };
    const QString clientId = value("client_id");
    const QString redirectUri = value("redirect_uri");
    if (clientId != kClientId) {
        return errorPage(400,
                         QStringLiteral("Unknown client"),
                         QStringLiteral("The simulator knows one client only: client_id \"%1\".").arg(kClientId));
    }
    if (!acceptableRedirect(redirectUri)) {
        return errorPage(400,
                         QStringLiteral("Refused"),
                         QStringLiteral("The redirect URI must be a URL of this engine (%1/…); the simulator never "
                                        "sends codes anywhere else.")
                             .arg(m_context.baseUrl));
    }
    const QString state = value("state");
    const QString nonce = value("nonce");
    const QString challenge = value("code_challenge");
    const QString scope = value("scope");
    QString problem;
    if (value("response_type") != QStringLiteral("code")) {
        problem = QStringLiteral("unsupported_response_type");
    } else if (!scope.split(u' ').contains(QStringLiteral("openid"))) {
        problem = QStringLiteral("invalid_scope");
    } else if (!challenge.isEmpty() && value("code_challenge_method") != QStringLiteral("S256")) {
        problem = QStringLiteral("invalid_request");
    } else if (state.size() > 1024 || nonce.size() > 512 || challenge.size() > 128 || scope.size() > 512) {
        problem = QStringLiteral("invalid_request");
    }
    if (!problem.isEmpty()) {
        return HtmlPage::redirect(LoginFlow::errorRedirect(
            redirectUri, problem, QStringLiteral("The simulator refused the authorization request."), state));
    }
    QString browserKey = cookieValue(request, IdpSimulator::kCookieName);
    const bool newKey = !isBrowserKey(browserKey);
    if (newKey) {
        browserKey = Random::token(32);
    }
    const QStringList values{redirectUri, state, nonce, challenge, scope};
    QString options;
    for (const ScenarioInfo& info : kScenarios) {
        options += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                       .arg(QString::fromLatin1(info.name),
                            info.scenario == Scenario::Login ? QStringLiteral(" selected") : QString(),
                            HtmlPage::escape(QString::fromLatin1(info.label)));
    }
    const QString row = QStringLiteral("<tr><th>%1</th><td>%2</td></tr>");
    QString body = QStringLiteral("<h1>Gatehouse IdP simulator (OpenID Connect)</h1>"
                                  "<p class=\"note\">Development environments only: this IdP signs in whoever you "
                                  "type below.</p><table>");
    body += row.arg(QStringLiteral("Client"), HtmlPage::escape(clientId));
    body += row.arg(QStringLiteral("Redirect URI"), HtmlPage::escape(redirectUri));
    body += row.arg(QStringLiteral("Scope"), HtmlPage::escape(scope));
    body += row.arg(QStringLiteral("PKCE"), challenge.isEmpty() ? QStringLiteral("none") : QStringLiteral("S256"));
    body += QStringLiteral("</table><form method=\"post\" action=\"%1\">")
                .arg(HtmlPage::escape(issuer(m_context.baseUrl) + QStringLiteral("/respond")));
    const QStringList names{QStringLiteral("redirect_uri"),
                            QStringLiteral("state"),
                            QStringLiteral("nonce"),
                            QStringLiteral("code_challenge"),
                            QStringLiteral("scope")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        body += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                    .arg(names.at(i), HtmlPage::escape(values.at(i)));
    }
    body += QStringLiteral("<input type=\"hidden\" name=\"csrf_token\" value=\"%1\">"
                           "<fieldset><legend>Scenario</legend><label>Scenario<select name=\"scenario\">%2</select>"
                           "</label></fieldset>"
                           "<fieldset><legend>User</legend>"
                           "<label>Email<input type=\"email\" name=\"email\" value=\"john.doe@example.com\" "
                           "maxlength=\"254\"></label>"
                           "<label>First name<input name=\"first_name\" value=\"John\" maxlength=\"256\"></label>"
                           "<label>Last name<input name=\"last_name\" value=\"Doe\" maxlength=\"256\"></label>"
                           "<label>Groups (comma-separated)<input name=\"groups\" value=\"\"></label>"
                           "</fieldset><button type=\"submit\">Continue</button></form>")
                .arg(HtmlPage::escape(csrfToken(browserKey, values)), options);
    HttpResponse response = page(200, QStringLiteral("Sign in"), body);
    if (newKey) {
        QByteArray cookie =
            IdpSimulator::kCookieName + '=' + browserKey.toLatin1() + "; Path=/simulator/; HttpOnly; SameSite=Lax";
        if (m_context.baseUrl.startsWith(QStringLiteral("https:"))) {
            cookie += "; Secure";
        }
        response.setHeader("Set-Cookie", cookie);
    }
    return response;
}

HttpResponse OidcSimulator::respond(HttpRequest& request)
{
    const auto form = TokenEndpoint::parseForm(request.body);
    if (!form) {
        return errorPage(400, QStringLiteral("Bad request"), QStringLiteral("The form data is not valid."));
    }
    const QString redirectUri = form->value(QStringLiteral("redirect_uri"));
    const QStringList values{redirectUri,
                             form->value(QStringLiteral("state")),
                             form->value(QStringLiteral("nonce")),
                             form->value(QStringLiteral("code_challenge")),
                             form->value(QStringLiteral("scope"))};
    const QString browserKey = cookieValue(request, IdpSimulator::kCookieName);
    if (!isBrowserKey(browserKey) || !acceptableRedirect(redirectUri)
        || !m_context.hasher.matches(QStringLiteral("gatehouse-oidc-simulator-csrf\n") + browserKey + u'\n'
                                         + values.join(u'\n'),
                                     form->value(QStringLiteral("csrf_token")))) {
        return errorPage(403,
                         QStringLiteral("Forbidden"),
                         QStringLiteral("The form's CSRF token is missing or does not belong to this browser and "
                                        "request."));
    }
    const auto scenario = scenarioFromName(form->value(QStringLiteral("scenario")));
    if (!scenario) {
        return errorPage(400, QStringLiteral("Bad request"), QStringLiteral("Unknown scenario."));
    }
    const QString state = values.at(1);
    if (*scenario == Scenario::IdpError) {
        return HtmlPage::redirect(LoginFlow::errorRedirect(redirectUri,
                                                           QStringLiteral("access_denied"),
                                                           QStringLiteral("The simulated IdP denied the sign-in."),
                                                           state));
    }
    const QString email = form->value(QStringLiteral("email")).trimmed();
    const QString firstName = form->value(QStringLiteral("first_name")).trimmed();
    const QString lastName = form->value(QStringLiteral("last_name")).trimmed();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (email.size() > 254 || !emailShape.match(email).hasMatch() || firstName.size() > 256 || lastName.size() > 256) {
        return errorPage(400,
                         QStringLiteral("Invalid values"),
                         QStringLiteral("A valid email address (and names of up to 256 characters) is required."));
    }
    QJsonArray groups;
    for (const QString& group : form->value(QStringLiteral("groups")).split(u',', Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty() && groups.size() < 100) {
            groups.append(group.trimmed().left(256));
        }
    }
    const QString subject =
        QStringLiteral("sim-")
        + QString::fromLatin1(
            QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
    QJsonObject profile{
        {QStringLiteral("sub"), subject}, {QStringLiteral("email"), email}, {QStringLiteral("email_verified"), true}};
    if (!firstName.isEmpty()) {
        profile.insert(QStringLiteral("given_name"), firstName);
    }
    if (!lastName.isEmpty()) {
        profile.insert(QStringLiteral("family_name"), lastName);
    }
    if (!firstName.isEmpty() || !lastName.isEmpty()) {
        profile.insert(QStringLiteral("name"), QStringList{firstName, lastName}.join(u' ').trimmed());
    }
    if (!groups.isEmpty()) {
        profile.insert(QStringLiteral("groups"), groups);
    }
    const QString code = Random::token(32);
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        (void)Sql::exec(db,
                        QStringLiteral("DELETE FROM simulator_oidc_codes WHERE expires_at < ? AND "
                                       "(access_expires_at IS NULL OR access_expires_at < ?)"),
                        {now - 3600LL * 1000, now});
        return Sql::execOne(db,
                            QStringLiteral("INSERT INTO simulator_oidc_codes (code_hash, redirect_uri, nonce, "
                                           "code_challenge, scope, scenario, profile, created_at, expires_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {m_context.hasher.hash(code),
                             redirectUri,
                             Sql::text(values.at(2)),
                             Sql::text(values.at(3)),
                             values.at(4),
                             form->value(QStringLiteral("scenario")),
                             QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)),
                             now,
                             now + kCodeLifetimeSecs * 1000LL});
    });
    if (!written.ok()) {
        qCWarning(lcSimulator) << "cannot store the OIDC code:" << written.error().message;
        return errorPage(500, QStringLiteral("Internal error"), QStringLiteral("The code could not be stored."));
    }
    qCInfo(lcSimulator) << "OIDC simulator answering with scenario" << form->value(QStringLiteral("scenario"));
    QList<QPair<QString, QString>> items{{QStringLiteral("code"), code}};
    if (!state.isEmpty()) {
        items.append({QStringLiteral("state"), state});
    }
    items.append({QStringLiteral("iss"), issuer(m_context.baseUrl)});
    return HtmlPage::redirect(LoginFlow::appendQuery(redirectUri, items));
}

QByteArray OidcSimulator::idToken(Scenario scenario, QJsonObject claims) const
{
    const qint64 now = m_context.clock.now().toSecsSinceEpoch();
    switch (scenario) {
    case Scenario::WrongNonce:
        claims.insert(QStringLiteral("nonce"), QStringLiteral("not-the-nonce-you-sent"));
        break;
    case Scenario::ExpiredToken:
        claims.insert(QStringLiteral("iat"), now - 7200);
        claims.insert(QStringLiteral("exp"), now - 3600);
        break;
    case Scenario::WrongAudience:
        claims.insert(QStringLiteral("aud"), QStringLiteral("another-client"));
        break;
    case Scenario::WrongIssuer:
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://wrong-issuer.invalid/oidc"));
        break;
    default:
        break;
    }
    if (scenario == Scenario::Hs256 || scenario == Scenario::UnsignedToken) {
        const bool hmac = scenario == Scenario::Hs256;
        const QByteArray input =
            b64json({{QStringLiteral("alg"), hmac ? QStringLiteral("HS256") : QStringLiteral("none")},
                     {QStringLiteral("typ"), QStringLiteral("JWT")}})
            + '.' + b64json(claims);
        const QByteArray signature =
            hmac ? QMessageAuthenticationCode::hash(input, kClientSecret.toUtf8(), QCryptographicHash::Sha256)
                 : QByteArray();
        return input + '.' + core::encoding::base64Url(signature);
    }
    std::optional<RsaKey> other;
    if (scenario == Scenario::UnknownKey) {
        auto generated = RsaKey::generate(2048);
        if (generated.ok()) {
            other = generated.value();
        }
    }
    const RsaKey* key = other ? &*other : (m_key ? &*m_key : nullptr);
    if (!key) {
        return {};
    }
    auto signedToken = Jwt::sign(claims, *key, other ? QStringLiteral("simulator-unpublished-key") : m_kid);
    if (!signedToken.ok()) {
        return {};
    }
    QByteArray token = signedToken.value();
    if (scenario == Scenario::BadSignature) {
        claims.insert(QStringLiteral("email"), QStringLiteral("mallory@example.com"));
        const QList<QByteArray> parts = token.split('.');
        token = parts.at(0) + '.' + b64json(claims) + '.' + parts.at(2);
    }
    return token;
}

HttpResponse OidcSimulator::token(HttpRequest& request)
{
    const auto form = TokenEndpoint::parseForm(request.body);
    if (!form) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("The form data is not valid."));
    }
    QString clientId = form->value(QStringLiteral("client_id"));
    QString clientSecret = form->value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.sliced(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        clientId = QUrl::fromPercentEncoding(decoded.first(std::max<qsizetype>(colon, 0)));
        clientSecret = colon < 0 ? QString() : QUrl::fromPercentEncoding(decoded.sliced(colon + 1));
    }
    if (clientId != kClientId || !core::encoding::constantTimeEquals(clientSecret.toUtf8(), kClientSecret.toUtf8())) {
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client or wrong secret."));
    }
    if (form->value(QStringLiteral("grant_type")) != QStringLiteral("authorization_code")) {
        return oauthError(
            400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Only authorization_code is supported."));
    }
    const QString code = form->value(QStringLiteral("code"));
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const QString accessToken = Random::token(32);
    QString problem;
    QString scenarioName;
    QJsonObject profile;
    QString nonce;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT redirect_uri, nonce, code_challenge, scenario, profile, expires_at, "
                                          "consumed_at FROM simulator_oidc_codes WHERE code_hash = ?"),
                           {m_context.hasher.hash(code)});
        if (!q.ok()) {
            return q.error();
        }
        if (code.isEmpty() || !q.value().next()) {
            problem = QStringLiteral("The code is unknown.");
            return {};
        }
        const QString redirectUri = q.value().value(0).toString();
        nonce = q.value().value(1).toString();
        const QString challenge = q.value().value(2).toString();
        scenarioName = q.value().value(3).toString();
        profile = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
        if (!q.value().value(6).isNull() || q.value().value(5).toLongLong() <= now) {
            problem = QStringLiteral("The code was already used or has expired.");
            return {};
        }
        if (form->value(QStringLiteral("redirect_uri")) != redirectUri) {
            problem = QStringLiteral("redirect_uri differs from the authorization request's.");
        } else if (!challenge.isEmpty()
                   && QString::fromLatin1(core::encoding::base64Url(QCryptographicHash::hash(
                          form->value(QStringLiteral("code_verifier")).toLatin1(), QCryptographicHash::Sha256)))
                          != challenge) {
            problem = QStringLiteral("The PKCE code_verifier does not match the code_challenge.");
        } else if (scenarioName == QStringLiteral("token_error")) {
            problem = QStringLiteral("The simulated IdP refuses to redeem this code (token_error scenario).");
        }
        // Consumed whatever happens: a code is tried once.
        return Sql::execOne(db,
                            QStringLiteral("UPDATE simulator_oidc_codes SET consumed_at = ?, access_token_hash = ?, "
                                           "access_expires_at = ? WHERE code_hash = ? AND consumed_at IS NULL"),
                            {now,
                             problem.isEmpty() ? QVariant(m_context.hasher.hash(accessToken)) : Sql::text({}),
                             now + 3600LL * 1000,
                             m_context.hasher.hash(code)});
    });
    if (!written.ok()) {
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("The code could not be read."));
    }
    if (!problem.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_grant"), problem);
    }
    const Scenario scenario = scenarioFromName(scenarioName).value_or(Scenario::Login);
    const qint64 seconds = now / 1000;
    QJsonObject claims = profile;
    claims.insert(QStringLiteral("iss"), issuer(m_context.baseUrl));
    claims.insert(QStringLiteral("aud"), kClientId);
    claims.insert(QStringLiteral("iat"), seconds);
    claims.insert(QStringLiteral("exp"), seconds + 600);
    claims.insert(QStringLiteral("auth_time"), seconds);
    if (!nonce.isEmpty()) {
        claims.insert(QStringLiteral("nonce"), nonce);
    }
    const QByteArray idTokenValue = idToken(scenario, claims);
    HttpResponse response = HttpResponse::json({{QStringLiteral("access_token"), accessToken},
                                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                {QStringLiteral("expires_in"), 3600},
                                                {QStringLiteral("scope"), QStringLiteral("openid email profile")},
                                                {QStringLiteral("id_token"), QString::fromLatin1(idTokenValue)}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse OidcSimulator::userinfo(HttpRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        HttpResponse response =
            oauthError(401, QStringLiteral("invalid_token"), QStringLiteral("Bearer token required."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    const QString accessToken = QString::fromLatin1(authorization.sliced(7).trimmed());
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QString scenario;
    QJsonObject profile;
    bool found = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT scenario, profile FROM simulator_oidc_codes WHERE access_token_hash "
                                          "= ? AND access_expires_at > ?"),
                           {m_context.hasher.hash(accessToken), now});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            found = true;
            scenario = q.value().value(0).toString();
            profile = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        }
        return {};
    });
    if (!read.ok()) {
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("The token could not be read."));
    }
    if (!found) {
        HttpResponse response =
            oauthError(401, QStringLiteral("invalid_token"), QStringLiteral("Unknown or expired access token."));
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    if (scenario == QStringLiteral("userinfo_error")) {
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("Simulated userinfo failure."));
    }
    HttpResponse response = HttpResponse::json(profile);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace gatehouse::engine
