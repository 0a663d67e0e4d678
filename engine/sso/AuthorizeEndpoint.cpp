#include "engine/sso/AuthorizeEndpoint.h"

#include "engine/EngineContext.h"
#include "engine/api/ConnectionStore.h"
#include "engine/sso/ConnectionSelector.h"
#include "engine/sso/EnvironmentSettings.h"
#include "engine/sso/HtmlPage.h"
#include "engine/sso/IdpInitiatedLogin.h"
#include "engine/sso/LoginFlow.h"
#include "engine/sso/RedirectUriRules.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLogin)

namespace gatehouse::engine {

namespace {

const QStringList kScopes{
    QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"), QStringLiteral("offline_access")};
const QStringList kPrompts{QStringLiteral("login"),
                           QStringLiteral("none"),
                           QStringLiteral("consent"),
                           QStringLiteral("select_account"),
                           QStringLiteral("create")};

struct Limit
{
    const char* name;
    int max;
};

// Generous caps: long enough for any real client, short enough to keep rows and URLs small.
const Limit kLimits[] = {{"client_id", 64},
                         {"redirect_uri", 256},
                         {"response_type", 32},
                         {"scope", 256},
                         {"state", 2048},
                         {"nonce", 512},
                         {"code_challenge", 128},
                         {"code_challenge_method", 16},
                         {"prompt", 64},
                         {"login_hint", 320},
                         {"domain", 255},
                         {"provider", 64},
                         {"connection_id", 32},
                         {"organization_id", 32},
                         {"idp_initiated_login", 4096}};

} // namespace

struct AuthorizeEndpoint::Params
{
    QHash<QString, QString> values;
    QStringList repeated;

    QString operator[](const char* name) const
    {
        return values.value(QString::fromLatin1(name));
    }
};

AuthorizeEndpoint::AuthorizeEndpoint(EngineContext& context, LoginFlow& flow, RateLimiter& limiter)
    : m_context(context)
    , m_flow(flow)
    , m_limiter(limiter)
{}

bool AuthorizeEndpoint::validChallenge(const QString& challenge)
{
    if (challenge.size() != 43) { // base64url of a SHA-256 digest, unpadded
        return false;
    }
    for (QChar c : challenge) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

HttpResponse AuthorizeEndpoint::checkRequest(const Params& p, const QString& redirectUri) const
{
    const QString state = p["state"];
    const auto fail = [&](const QString& error, const QString& description) {
        return HtmlPage::redirect(LoginFlow::errorRedirect(redirectUri, error, description, state));
    };
    if (!p.repeated.isEmpty()) {
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("parameter given more than once: %1").arg(p.repeated.join(u',')));
    }
    for (const Limit& limit : kLimits) {
        if (p[limit.name].size() > limit.max) {
            return fail(
                QStringLiteral("invalid_request"),
                QStringLiteral("%1 is longer than %2 characters").arg(QString::fromLatin1(limit.name)).arg(limit.max));
        }
    }
    if (p["response_type"] != QStringLiteral("code")) {
        return fail(p["response_type"].isEmpty() ? QStringLiteral("invalid_request")
                                                 : QStringLiteral("unsupported_response_type"),
                    QStringLiteral("response_type must be code"));
    }
    const QStringList scopes = p["scope"].split(u' ', Qt::SkipEmptyParts);
    if (!scopes.contains(QStringLiteral("openid"))) {
        return fail(QStringLiteral("invalid_scope"), QStringLiteral("scope must include openid"));
    }
    for (const QString& scope : scopes) {
        if (!kScopes.contains(scope)) {
            return fail(QStringLiteral("invalid_scope"), QStringLiteral("unsupported scope: %1").arg(scope));
        }
    }
    const QString method = p["code_challenge_method"];
    const QString challenge = p["code_challenge"];
    if (!method.isEmpty() && method != QStringLiteral("S256")) {
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("code_challenge_method must be S256 (plain is not supported)"));
    }
    if (!challenge.isEmpty() && method.isEmpty()) {
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method=S256 is required"));
    }
    if (!method.isEmpty() && !validChallenge(challenge)) {
        return fail(
            QStringLiteral("invalid_request"),
            QStringLiteral("code_challenge must be the base64url SHA-256 of the code verifier (43 characters)"));
    }
    for (const QString& prompt : p["prompt"].split(u' ', Qt::SkipEmptyParts)) {
        if (!kPrompts.contains(prompt)) {
            return fail(QStringLiteral("invalid_request"), QStringLiteral("unsupported prompt: %1").arg(prompt));
        }
        if (prompt == QStringLiteral("none")) {
            return fail(QStringLiteral("login_required"),
                        QStringLiteral("the user must sign in at the identity provider"));
        }
    }
    return {};
}

HttpResponse AuthorizeEndpoint::handle(HttpRequest& request)
{
    if (auto retry = m_limiter.hit(u"authorize-addr:" + request.remoteAddress.toString())) {
        HttpResponse response = HtmlPage::error(
            429, QStringLiteral("rate_limit_exceeded"), QStringLiteral("Too many sign-in attempts. Try again later."));
        response.setHeader("Retry-After", QByteArray::number(*retry));
        return response;
    }
    Params p;
    for (const auto& [key, value] : std::as_const(request.query)) {
        if (p.values.contains(key)) {
            p.repeated << key.left(32);
        }
        p.values.insert(key, value);
    }
    const QString clientId = p["client_id"];
    const QString redirectUri = p["redirect_uri"];
    if (p.repeated.contains(QStringLiteral("client_id")) || p.repeated.contains(QStringLiteral("redirect_uri"))) {
        return HtmlPage::error(400,
                               QStringLiteral("invalid_request"),
                               QStringLiteral("client_id and redirect_uri may be given only once."));
    }
    if (clientId.isEmpty() || clientId.size() > 64) {
        return HtmlPage::error(400, QStringLiteral("invalid_request"), QStringLiteral("client_id is required."));
    }
    bool clientKnown = false;
    EnvironmentSettings settings;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q =
            Sql::exec(db, QStringLiteral("SELECT id FROM api_clients WHERE id = ? AND revoked_at IS NULL"), {clientId});
        if (!q.ok()) {
            return q.error();
        }
        clientKnown = q.value().next();
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        return {};
    });
    if (!read.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    if (!clientKnown) {
        return HtmlPage::error(400, QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id."));
    }
    if (redirectUri.isEmpty() || !RedirectUriRules::matchesAny(settings.redirectUris, redirectUri)) {
        return HtmlPage::error(400,
                               QStringLiteral("invalid_redirect_uri"),
                               QStringLiteral("Redirect URI not in pre-approved list."),
                               QStringLiteral("Register the exact redirect URI in the environment settings "
                                              "(redirect_uris)."));
    }
    if (HttpResponse bad = checkRequest(p, redirectUri); bad.status != 200) {
        return bad;
    }
    ConnectionSelector::Selectors selectors{
        p["provider"], p["connection_id"], p["organization_id"], p["domain"], p["login_hint"]};
    QString appState = p["state"];
    LoginState state;
    QString connectionType;
    core::Error selectError;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        // The follow-up of an IdP-initiated login: the token's jti is consumed here, once (docs/engine.md).
        if (const QString token = p["idp_initiated_login"]; !token.isEmpty()) {
            auto redeemed = IdpInitiatedLogin(m_context).redeem(db, token.toLatin1(), clientId);
            if (!redeemed.ok()) {
                if (redeemed.error().code == QStringLiteral("sql")) {
                    return redeemed.error();
                }
                selectError = redeemed.error();
                return {};
            }
            const IdpInitiatedLogin::Claims& claims = redeemed.value();
            if ((!p["connection_id"].isEmpty() && p["connection_id"] != claims.connectionId)
                || (!p["organization_id"].isEmpty() && p["organization_id"] != claims.organizationId)) {
                selectError = core::Error{QStringLiteral("invalid_request"),
                                          QStringLiteral("connection_id / organization_id differ from the "
                                                         "idp_initiated_login claims"),
                                          {}};
                return {};
            }
            selectors = ConnectionSelector::Selectors{
                {}, claims.connectionId, {}, {}, p["login_hint"].isEmpty() ? claims.loginHint : p["login_hint"]};
            if (appState.isEmpty()) {
                appState = claims.relayState;
            }
        }
        auto connection = ConnectionSelector::resolve(db, selectors);
        if (!connection.ok()) {
            if (connection.error().code == QStringLiteral("sql")) {
                return connection.error();
            }
            selectError = connection.error();
            return {};
        }
        connectionType = connection.value().type;
        state.purpose = LoginState::Purpose::Authorize;
        state.clientId = clientId;
        state.redirectUri = redirectUri;
        state.scope = p["scope"].split(u' ', Qt::SkipEmptyParts).join(u' ');
        state.state = appState;
        state.nonce = p["nonce"];
        state.codeChallenge = p["code_challenge"];
        state.organizationId = connection.value().organizationId;
        state.connectionId = connection.value().id;
        state.loginHint = selectors.loginHint;
        state.forceAuthn = p["prompt"].split(u' ').contains(QStringLiteral("login"));
        return m_flow.create(db, state);
    });
    if (!written.ok()) {
        return HtmlPage::redirect(LoginFlow::errorRedirect(
            redirectUri, QStringLiteral("server_error"), QStringLiteral("the service is unavailable"), appState));
    }
    if (!selectError.code.isEmpty()) {
        qCInfo(lcLogin) << "authorize refused:" << selectError.code;
        return HtmlPage::redirect(
            LoginFlow::errorRedirect(redirectUri, selectError.code, selectError.message, appState));
    }
    return HtmlPage::redirect(m_flow.upstreamStartUrl(connectionType, state.connectionId, state.id));
}

} // namespace gatehouse::engine
