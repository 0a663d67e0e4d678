#include "engine/sso/OidcRelyingParty.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/auth/Jwt.h"
#include "engine/crypto/SecretBox.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/Router.h"
#include "engine/sso/AttributeMapper.h"
#include "engine/sso/ConnectionSelector.h"
#include "engine/sso/HtmlPage.h"
#include "engine/sso/OidcIdToken.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcLogin)

namespace gatehouse::engine {

namespace {

const QString kFixSecret = QStringLiteral("Check the connection's client ID and client secret against the IdP's "
                                          "application registration, and that the IdP allows this redirect URI.");

QString describe(const QString& code)
{
    if (code == QStringLiteral("failed_to_exchange_token")) {
        return QStringLiteral("Token exchange failure, incorrect client_secret");
    }
    if (code == QStringLiteral("invalid_id_token")) {
        return QStringLiteral("Invalid ID token");
    }
    if (code == QStringLiteral("user_info_retrieve_failed")) {
        return QStringLiteral("User info retrieval failed");
    }
    if (code == QStringLiteral("mandatory_attribute_missing")) {
        return QStringLiteral("Missing mandatory user attributes");
    }
    if (code == QStringLiteral("access_denied")) {
        return QStringLiteral("The identity provider denied the sign-in");
    }
    return QStringLiteral("The identity provider's configuration could not be used");
}

QJsonObject step(const QString& check, bool passed, const QString& detail)
{
    return QJsonObject{
        {QStringLiteral("check"), check}, {QStringLiteral("passed"), passed}, {QStringLiteral("detail"), detail}};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

struct OidcRelyingParty::Callback
{
    LoginState state;
    Connection connection;
    Resolved resolved;
    QString code;
    QJsonObject claims;
    QJsonArray trace;
    Reply reply;
};

OidcRelyingParty::OidcRelyingParty(EngineContext& context, LoginFlow& flow, Settings settings)
    : m_context(context)
    , m_flow(flow)
    , m_settings(settings)
    , m_fetcher(&m_manager)
    , m_jwks(context.clock, settings.jwks, [this](const QString& url, OidcJwksCache::FetchDone done) {
        m_fetcher.get(QUrl(url), fetchOptions(url), std::move(done));
    })
{}

void OidcRelyingParty::registerRoutes(Router& router)
{
    router.add("GET",
               QStringLiteral("/sso/v1/oidc/{connection_id}/start"),
               ApiSupport::handler(this, &OidcRelyingParty::start));
    router.add("GET",
               QStringLiteral("/sso/v1/oidc/{connection_id}/callback"),
               ApiSupport::handler(this, &OidcRelyingParty::callback));
}

QString OidcRelyingParty::callbackUrl(const QString& connectionId) const
{
    return m_context.baseUrl + QStringLiteral("/sso/v1/oidc/") + connectionId + QStringLiteral("/callback");
}

net::GuardedFetcher::Options OidcRelyingParty::fetchOptions(const QString& url) const
{
    net::GuardedFetcher::Options options;
    options.allowHttp = m_settings.development;
    // In a development environment the engine's own URLs (the OIDC simulator) are not an outside target.
    options.allowPrivateAddresses =
        m_settings.development && (m_settings.allowPrivate || url.startsWith(m_context.baseUrl + u'/'));
    options.maxBytes = 1024 * 1024;
    options.timeoutMs = m_settings.fetchTimeoutMs;
    return options;
}

QString OidcRelyingParty::derived(const char* purpose, const QString& loginId) const
{
    // hmac-sha256:<43 base64url characters>: a valid PKCE verifier and an unguessable nonce.
    return m_context.hasher.hash(QStringLiteral("gatehouse-oidc-") + QLatin1String(purpose) + u'\n' + loginId)
        .section(u':', 1);
}

core::Result<std::optional<Connection>> OidcRelyingParty::oidcConnection(const QString& connectionId) const
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
        if (connection.value() && connection.value()->type == QStringLiteral("OIDC")) {
            found = connection.value();
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return found;
}

void OidcRelyingParty::discover(const QUrl& url,
                                const QString& expectedIssuer,
                                std::function<void(core::Result<OidcProviderMetadata>)> done)
{
    const QString key = url.toString(QUrl::FullyEncoded) + u'\n' + expectedIssuer;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    if (auto it = m_discovery.constFind(key);
        it != m_discovery.cend() && now - it->fetchedAt < qint64(m_settings.discoveryMaxAgeSecs) * 1000) {
        done(it->metadata);
        return;
    }
    m_fetcher.get(
        url, fetchOptions(url.toString()), [this, url, key, expectedIssuer, done](core::Result<QByteArray> body) {
            if (!body.ok()) {
                done(core::Error{QStringLiteral("oidc.discovery"),
                                 QStringLiteral("The OpenID configuration %1 could not be fetched: %2")
                                     .arg(url.toDisplayString(), body.error().message),
                                 {}});
                return;
            }
            auto parsed = OidcDiscovery::parse(body.value(), expectedIssuer, m_settings.development);
            if (parsed.ok()) {
                m_discovery.insert(key, {parsed.value(), m_context.clock.now().toMSecsSinceEpoch()});
            }
            done(parsed);
        });
}

void OidcRelyingParty::resolve(const Connection& connection, ResolveDone done)
{
    const QJsonObject& s = connection.settings;
    Resolved r;
    r.clientId = s.value(QStringLiteral("client_id")).toString();
    if (!connection.clientSecretSealed.isEmpty() && m_context.box) {
        auto opened = m_context.box->open(connection.clientSecretSealed.toLatin1(), connection.id.toUtf8());
        if (opened.ok()) {
            r.clientSecret = QString::fromUtf8(opened.value());
        }
    }
    if (r.clientId.isEmpty() || r.clientSecret.isEmpty()) {
        done(core::Error{QStringLiteral("server_error"),
                         QStringLiteral("The connection has no client ID or no (readable) client secret."),
                         QStringLiteral("Enter the client ID and client secret of the IdP's application.")});
        return;
    }
    r.pkce = s.value(QStringLiteral("pkce_enabled")).toBool(true);
    QStringList scopes{QStringLiteral("openid")};
    for (const QJsonValue& scope : s.value(QStringLiteral("scopes")).toArray()) {
        if (!scopes.contains(scope.toString())) {
            scopes.append(scope.toString());
        }
    }
    if (scopes.size() == 1) {
        scopes << QStringLiteral("email") << QStringLiteral("profile");
    }
    r.scope = scopes.join(u' ');
    const QString issuer = s.value(QStringLiteral("issuer")).toString();
    const QString discoveryEndpoint = s.value(QStringLiteral("discovery_endpoint")).toString();
    const QString tokenAuth = s.value(QStringLiteral("token_auth_type")).toString();
    auto complete = [this, r, s, tokenAuth, done](OidcProviderMetadata m) mutable {
        // Values set on the connection win over discovered ones.
        const QList<QPair<QString, QString*>> overrides{{QStringLiteral("authorize_uri"), &m.authorizationEndpoint},
                                                        {QStringLiteral("token_uri"), &m.tokenEndpoint},
                                                        {QStringLiteral("user_info_uri"), &m.userinfoEndpoint},
                                                        {QStringLiteral("jwks_uri"), &m.jwksUri}};
        for (const auto& [field, target] : overrides) {
            if (!s.value(field).toString().isEmpty()) {
                *target = s.value(field).toString();
            }
        }
        if (m.issuer.isEmpty() || m.authorizationEndpoint.isEmpty() || m.tokenEndpoint.isEmpty()
            || m.jwksUri.isEmpty()) {
            done(core::Error{
                QStringLiteral("server_error"),
                QStringLiteral("The connection lacks the IdP's issuer, authorization, token or JWKS URL."),
                QStringLiteral("Enter the issuer (discovery fills in the rest) or all the endpoint URLs.")});
            return;
        }
        if (tokenAuth == QStringLiteral("BASIC_AUTH")) {
            r.basicAuth = true;
        } else if (tokenAuth == QStringLiteral("URL_PARAMS")) {
            r.basicAuth = false;
        } else {
            r.basicAuth = m.tokenAuthMethods.contains(QStringLiteral("client_secret_basic"))
                          || !m.tokenAuthMethods.contains(QStringLiteral("client_secret_post"));
        }
        r.provider = m;
        done(r);
    };
    if (discoveryEndpoint.isEmpty() && issuer.isEmpty()) {
        complete({});
        return;
    }
    const QUrl url = OidcDiscovery::discoveryUrl(discoveryEndpoint.isEmpty() ? issuer : discoveryEndpoint);
    const QString expected = issuer.isEmpty() ? OidcDiscovery::issuerFor(url) : issuer;
    if (expected.isEmpty()) {
        done(core::Error{QStringLiteral("server_error"),
                         QStringLiteral("The discovery endpoint %1 is not a /.well-known/ URL, so the issuer it must "
                                        "name is unknown.")
                             .arg(url.toDisplayString()),
                         QStringLiteral("Set the connection's issuer, or use the IdP's "
                                        "…/.well-known/openid-configuration URL.")});
        return;
    }
    discover(url, expected, [complete, s, issuer, url, done](core::Result<OidcProviderMetadata> discovered) mutable {
        if (!discovered.ok()) {
            // Without discovery, a fully manual configuration still works.
            const bool manual = !issuer.isEmpty() && !s.value(QStringLiteral("authorize_uri")).toString().isEmpty()
                                && !s.value(QStringLiteral("token_uri")).toString().isEmpty()
                                && !s.value(QStringLiteral("jwks_uri")).toString().isEmpty()
                                && s.value(QStringLiteral("discovery_endpoint")).toString().isEmpty();
            if (!manual) {
                done(core::Error{QStringLiteral("server_error"),
                                 discovered.error().message,
                                 QStringLiteral("Check the issuer / discovery URL (%1) and that the IdP is reachable "
                                                "from the engine.")
                                     .arg(url.toDisplayString())});
                return;
            }
            OidcProviderMetadata m;
            m.issuer = issuer;
            m.signingAlgs = {QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256")};
            m.tokenAuthMethods = {QStringLiteral("client_secret_basic")};
            complete(m);
            return;
        }
        complete(discovered.value());
    });
}

HttpResponse OidcRelyingParty::start(HttpRequest& request)
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
    auto connection = oidcConnection(connectionId);
    if (!connection.ok() || !connection.value()) {
        return HtmlPage::error(
            404, QStringLiteral("invalid_connection_id"), QStringLiteral("No such OIDC connection."));
    }
    const LoginState login = state.value();
    const Connection conn = *connection.value();
    return HttpResponse::async([this, login, conn](Reply reply) {
        resolve(conn, [this, login, reply](core::Result<Resolved> resolved) {
            if (!resolved.ok()) {
                LoginFlow::Evidence evidence{
                    resolved.error().message,
                    resolved.error().detail,
                    {step(QStringLiteral("IdP configuration"), false, resolved.error().message)},
                    {}};
                reply(finish(m_flow.fail(login.id, resolved.error().code, describe(resolved.error().code), evidence)));
                return;
            }
            const Resolved& r = resolved.value();
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
            query.addQueryItem(QStringLiteral("client_id"), r.clientId);
            query.addQueryItem(QStringLiteral("redirect_uri"), callbackUrl(login.connectionId));
            query.addQueryItem(QStringLiteral("scope"), r.scope);
            query.addQueryItem(QStringLiteral("state"), login.id);
            query.addQueryItem(QStringLiteral("nonce"), derived("nonce", login.id));
            if (r.pkce) {
                const QByteArray challenge = core::encoding::base64Url(
                    QCryptographicHash::hash(derived("pkce", login.id).toLatin1(), QCryptographicHash::Sha256));
                query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            }
            if (!login.loginHint.isEmpty()) {
                query.addQueryItem(QStringLiteral("login_hint"), login.loginHint);
            }
            if (login.forceAuthn) {
                query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
            }
            // QUrlQuery leaves '+' alone; encode every value strictly.
            QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
            const QString url = LoginFlow::appendQuery(r.provider.authorizationEndpoint, items);
            const bool test = login.purpose == LoginState::Purpose::Test;
            // A connection test keeps the request for its trace, without the values that name this login.
            QString traced = url;
            traced.replace(login.id, QStringLiteral("(login-state)"));
            traced.replace(derived("nonce", login.id), QStringLiteral("(nonce)"));
            if (auto recorded =
                    m_flow.recordUpstreamRequest(login.id, QStringLiteral("oidc"), test ? traced : QString());
                !recorded.ok()) {
                reply(HtmlPage::error(400, QStringLiteral("login_state_invalid"), recorded.error().message));
                return;
            }
            reply(HtmlPage::redirect(url));
        });
    });
}

HttpResponse OidcRelyingParty::finish(const core::Result<LoginFlow::Outcome>& outcome) const
{
    if (!outcome.ok()) {
        if (outcome.error().code == QStringLiteral("login_state_invalid")) {
            return HtmlPage::error(400, outcome.error().code, outcome.error().message);
        }
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    return HtmlPage::redirect(outcome.value().redirectUrl);
}

void OidcRelyingParty::failLogin(std::shared_ptr<Callback> cb,
                                 const QString& code,
                                 const QString& reason,
                                 const QString& fix)
{
    qCInfo(lcLogin) << "OIDC sign-in refused for connection" << cb->connection.id << "with" << code;
    cb->trace.append(step(code, false, reason));
    LoginFlow::Evidence evidence{reason, fix, cb->trace, {}};
    cb->reply(finish(m_flow.fail(cb->state.id, code, describe(code), evidence)));
}

HttpResponse OidcRelyingParty::callback(HttpRequest& request)
{
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    const QString loginId = request.queryValue(QStringLiteral("state")).value_or(QString());
    auto state = m_flow.load(loginId);
    if (!state.ok()) {
        return HtmlPage::error(400, QStringLiteral("login_state_invalid"), state.error().message);
    }
    if (state.value().connectionId != connectionId) {
        return HtmlPage::error(
            400, QStringLiteral("login_state_invalid"), QStringLiteral("This login belongs to another connection."));
    }
    auto connection = oidcConnection(connectionId);
    if (!connection.ok() || !connection.value()) {
        return HtmlPage::error(
            404, QStringLiteral("invalid_connection_id"), QStringLiteral("No such OIDC connection."));
    }
    auto cb = std::make_shared<Callback>();
    cb->state = state.value();
    cb->connection = *connection.value();
    cb->code = request.queryValue(QStringLiteral("code")).value_or(QString());
    const QString idpError = request.queryValue(QStringLiteral("error")).value_or(QString());
    const QString idpDescription = request.queryValue(QStringLiteral("error_description")).value_or(QString());
    return HttpResponse::async([this, cb, idpError, idpDescription](Reply reply) {
        cb->reply = std::move(reply);
        if (!idpError.isEmpty() || cb->code.isEmpty() || cb->code.size() > 4096) {
            const QString reason =
                idpError.isEmpty() ? QStringLiteral("The IdP returned to the callback without an authorization code.")
                                   : QStringLiteral("The IdP answered error=%1 (%2) instead of an authorization code.")
                                         .arg(idpError.left(64), idpDescription.left(512));
            failLogin(cb,
                      idpError == QStringLiteral("access_denied") ? idpError : QStringLiteral("server_error"),
                      reason,
                      QStringLiteral("Check that the user is assigned to the application in the IdP."));
            return;
        }
        resolve(cb->connection, [this, cb](core::Result<Resolved> resolved) {
            if (!resolved.ok()) {
                failLogin(cb, resolved.error().code, resolved.error().message, resolved.error().detail);
                return;
            }
            cb->resolved = resolved.value();
            QStringList warnings = cb->resolved.provider.warnings;
            cb->trace.append(step(
                QStringLiteral("IdP configuration"),
                true,
                QStringLiteral("issuer %1%2")
                    .arg(cb->resolved.provider.issuer, warnings.isEmpty() ? QString() : u"; " + warnings.join(u"; "))));
            exchange(cb);
        });
    });
}

void OidcRelyingParty::exchange(std::shared_ptr<Callback> cb)
{
    const Resolved& r = cb->resolved;
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), cb->code},
                                        {QStringLiteral("redirect_uri"), callbackUrl(cb->connection.id)}};
    if (r.pkce) {
        form.append({QStringLiteral("code_verifier"), derived("pkce", cb->state.id)});
    }
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"},
                                                 {"Accept", "application/json"}};
    if (r.basicAuth) {
        // RFC 6749 §2.3.1: form-encode id and secret, then base64.
        const QByteArray credentials =
            QUrl::toPercentEncoding(r.clientId) + ':' + QUrl::toPercentEncoding(r.clientSecret);
        headers.append({"Authorization", "Basic " + credentials.toBase64()});
    } else {
        form.append({QStringLiteral("client_id"), r.clientId});
        form.append({QStringLiteral("client_secret"), r.clientSecret});
    }
    const QByteArray body = LoginFlow::appendQuery(QString(), form).mid(1).toLatin1();
    net::GuardedFetcher::Options options = fetchOptions(r.provider.tokenEndpoint);
    options.maxRedirects = 0;
    m_fetcher.post(
        QUrl(r.provider.tokenEndpoint),
        body,
        headers,
        options,
        [this, cb](core::Result<net::GuardedFetcher::Response> answer) {
            const QString method =
                cb->resolved.basicAuth ? QStringLiteral("client_secret_basic") : QStringLiteral("client_secret_post");
            if (!answer.ok()) {
                failLogin(cb,
                          QStringLiteral("failed_to_exchange_token"),
                          QStringLiteral("The token endpoint %1 could not be reached: %2")
                              .arg(cb->resolved.provider.tokenEndpoint, answer.error().message),
                          QStringLiteral("Check the token URL and that the IdP is reachable from the engine."));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(answer.value().body).object();
            if (answer.value().status != 200) {
                failLogin(
                    cb,
                    QStringLiteral("failed_to_exchange_token"),
                    QStringLiteral("The token endpoint answered HTTP %1 (%2: %3) to %4 authentication.")
                        .arg(answer.value().status)
                        .arg(json.value(QStringLiteral("error")).toString(QStringLiteral("no error code")).left(64),
                             json.value(QStringLiteral("error_description")).toString().left(512),
                             method),
                    kFixSecret);
                return;
            }
            const QString idToken = json.value(QStringLiteral("id_token")).toString();
            if (idToken.isEmpty()) {
                failLogin(cb,
                          QStringLiteral("failed_to_exchange_token"),
                          QStringLiteral("The token response has no id_token (was the openid scope granted?)."),
                          QStringLiteral("Allow the openid scope for the application in the IdP."));
                return;
            }
            cb->trace.append(
                step(QStringLiteral("Token exchange"), true, QStringLiteral("HTTP 200 with %1").arg(method)));
            verifyIdToken(cb, idToken.toLatin1(), json.value(QStringLiteral("access_token")).toString());
        });
}

void OidcRelyingParty::verifyIdToken(std::shared_ptr<Callback> cb,
                                     const QByteArray& idToken,
                                     const QString& accessToken)
{
    const QString fix = QStringLiteral("Check the IdP's signing keys and clock, and that the connection's issuer and "
                                       "client ID match the IdP's application.");
    auto decoded = Jwt::decode(idToken);
    if (!decoded.ok()) {
        failLogin(
            cb, QStringLiteral("invalid_id_token"), QStringLiteral("The ID token is not a well-formed JWS."), fix);
        return;
    }
    if (auto header = OidcIdToken::checkHeader(decoded.value().header, cb->resolved.provider.signingAlgs);
        !header.ok()) {
        failLogin(cb, header.error().code, header.error().message, fix);
        return;
    }
    const Jwt::Decoded token = decoded.value();
    m_jwks.verify(
        cb->resolved.provider.jwksUri, token, [this, cb, token, accessToken, fix](core::Result<void> verified) {
            if (!verified.ok()) {
                failLogin(cb, verified.error().code, verified.error().message, fix);
                return;
            }
            cb->trace.append(step(QStringLiteral("ID token signature"),
                                  true,
                                  QStringLiteral("%1, key %2")
                                      .arg(token.header.value(QStringLiteral("alg")).toString(),
                                           token.header.value(QStringLiteral("kid")).toString())));
            OidcIdToken::Expectations e;
            e.issuer = cb->resolved.provider.issuer;
            e.clientId = cb->resolved.clientId;
            e.nonce = derived("nonce", cb->state.id);
            e.algs = cb->resolved.provider.signingAlgs;
            e.now = m_context.clock.now();
            e.clockSkewSecs = m_context.samlClockSkewSecs;
            if (auto claims = OidcIdToken::checkClaims(token.claims, e); !claims.ok()) {
                failLogin(cb, claims.error().code, claims.error().message, fix);
                return;
            }
            cb->claims = token.claims;
            cb->trace.append(step(QStringLiteral("ID token claims"), true, compact(token.claims)));
            if (cb->resolved.provider.userinfoEndpoint.isEmpty() || accessToken.isEmpty()) {
                finishLogin(cb);
                return;
            }
            readUserinfo(cb, accessToken);
        });
}

void OidcRelyingParty::readUserinfo(std::shared_ptr<Callback> cb, const QString& accessToken)
{
    const QString url = cb->resolved.provider.userinfoEndpoint;
    net::GuardedFetcher::Options options = fetchOptions(url);
    options.maxRedirects = 0;
    m_fetcher.get(QUrl(url),
                  {{"Authorization", "Bearer " + accessToken.toLatin1()}, {"Accept", "application/json"}},
                  options,
                  [this, cb, url](core::Result<QByteArray> body) {
                      const QString fix = QStringLiteral("Check the client secret and that the application may read "
                                                         "the user's profile (userinfo) at the IdP.");
                      if (!body.ok()) {
                          failLogin(
                              cb,
                              QStringLiteral("user_info_retrieve_failed"),
                              QStringLiteral("The userinfo endpoint %1 failed: %2").arg(url, body.error().message),
                              fix);
                          return;
                      }
                      QJsonParseError error{};
                      const QJsonDocument doc = QJsonDocument::fromJson(body.value(), &error);
                      if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                          failLogin(cb,
                                    QStringLiteral("user_info_retrieve_failed"),
                                    QStringLiteral("The userinfo endpoint %1 did not answer a JSON object.").arg(url),
                                    fix);
                          return;
                      }
                      const QJsonObject info = doc.object();
                      const QString sub = cb->claims.value(QStringLiteral("sub")).toString();
                      if (info.value(QStringLiteral("sub")).toString() != sub) {
                          failLogin(cb,
                                    QStringLiteral("user_info_retrieve_failed"),
                                    QStringLiteral("The userinfo subject \"%1\" is not the ID token's subject \"%2\".")
                                        .arg(info.value(QStringLiteral("sub")).toString().left(255), sub),
                                    fix);
                          return;
                      }
                      for (auto it = info.begin(); it != info.end(); ++it) {
                          if (!OidcIdToken::isProtocolClaim(it.key())) {
                              cb->claims.insert(it.key(), it.value());
                          }
                      }
                      cb->trace.append(step(QStringLiteral("Userinfo"), true, compact(info)));
                      finishLogin(cb);
                  });
}

void OidcRelyingParty::finishLogin(std::shared_ptr<Callback> cb)
{
    const QString fix = QStringLiteral("Make the IdP release the user's email (scope email, claim email).");
    // A multi-tenant issuer accepts every tenant's users: only an organization with verified domains (which
    // LoginFlow enforces on the email) may use one.
    if (cb->resolved.provider.issuerIsTemplate()) {
        int verified = 0;
        auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto q = Sql::exec(db,
                               QStringLiteral("SELECT COUNT(*) FROM domains WHERE organization_id = ? AND "
                                              "verification_status IN ('VERIFIED', 'AUTO_VERIFIED')"),
                               {cb->connection.organizationId});
            if (!q.ok()) {
                return q.error();
            }
            verified = q.value().next() ? q.value().value(0).toInt() : 0;
            return {};
        });
        if (!read.ok() || verified == 0) {
            failLogin(cb,
                      QStringLiteral("invalid_id_token"),
                      QStringLiteral("The issuer %1 is multi-tenant (any Microsoft Entra tenant can sign in through "
                                     "it) and the organization has no verified domain to restrict it to.")
                          .arg(cb->resolved.provider.issuer),
                      QStringLiteral("Use the tenant's own issuer (https://login.microsoftonline.com/<tenant "
                                     "ID>/v2.0), or verify the organization's email domains."));
            return;
        }
    }
    const AttributeMapper::Input input = OidcIdToken::mapperInput(cb->claims, cb->connection);
    auto profile = AttributeMapper::map(input);
    if (!profile.ok()) {
        failLogin(cb,
                  profile.error().code,
                  profile.error().message,
                  profile.error().detail.isEmpty() ? fix : profile.error().detail);
        return;
    }
    cb->trace.append(step(QStringLiteral("Attribute mapping"), true, profile.value().email));
    LoginFlow::Evidence evidence{{}, {}, cb->trace, {}};
    cb->reply(finish(m_flow.complete(cb->state.id, profile.value(), evidence)));
}

} // namespace gatehouse::engine
