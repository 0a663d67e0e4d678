#include "engine/sso/OidcEndpoints.h"

#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/sso/AppTokens.h"
#include "engine/sso/EnvironmentSettings.h"
#include "engine/sso/HtmlPage.h"
#include "engine/sso/LoginFlow.h"
#include "engine/sso/RedirectUriRules.h"
#include "engine/storage/Database.h"

#include <QJsonArray>

namespace gatehouse::engine {

namespace {

constexpr qsizetype kMaxTokenSize = 8192;

HttpResponse bearerError(int status, const QByteArray& error, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        {{QStringLiteral("error"), QString::fromLatin1(error)}, {QStringLiteral("error_description"), description}},
        status);
    response.setHeader("WWW-Authenticate", "Bearer error=\"" + error + "\"");
    return response;
}

QJsonArray strings(std::initializer_list<const char*> items)
{
    QJsonArray out;
    for (const char* item : items) {
        out.append(QString::fromLatin1(item));
    }
    return out;
}

} // namespace

OidcEndpoints::OidcEndpoints(EngineContext& context)
    : m_context(context)
{}

HttpResponse OidcEndpoints::discovery(HttpRequest&)
{
    const QString base = m_context.baseUrl;
    HttpResponse response = HttpResponse::json(
        {{QStringLiteral("issuer"), base},
         {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oauth/authorize"))},
         {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth/token"))},
         {QStringLiteral("userinfo_endpoint"), QString(base + QStringLiteral("/userinfo"))},
         {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/keys"))},
         {QStringLiteral("end_session_endpoint"), QString(base + QStringLiteral("/oidc/logout"))},
         {QStringLiteral("response_types_supported"), strings({"code"})},
         {QStringLiteral("response_modes_supported"), strings({"query"})},
         {QStringLiteral("grant_types_supported"),
          strings({"authorization_code", "refresh_token", "client_credentials"})},
         {QStringLiteral("subject_types_supported"), strings({"public"})},
         {QStringLiteral("id_token_signing_alg_values_supported"), strings({"RS256"})},
         {QStringLiteral("scopes_supported"), strings({"openid", "email", "profile", "offline_access"})},
         {QStringLiteral("token_endpoint_auth_methods_supported"),
          strings({"client_secret_basic", "client_secret_post"})},
         {QStringLiteral("code_challenge_methods_supported"), strings({"S256"})},
         {QStringLiteral("claims_supported"),
          strings({"iss",
                   "aud",
                   "azp",
                   "amr",
                   "sub",
                   "oid",
                   "sid",
                   "exp",
                   "iat",
                   "at_hash",
                   "c_hash",
                   "nonce",
                   "email",
                   "email_verified",
                   "name",
                   "given_name",
                   "family_name",
                   "locale",
                   "picture"})},
         {QStringLiteral("prompt_values_supported"), strings({"login", "none", "consent", "select_account", "create"})},
         {QStringLiteral("claims_parameter_supported"), false},
         {QStringLiteral("request_parameter_supported"), false},
         {QStringLiteral("request_uri_parameter_supported"), false}});
    response.setHeader("Cache-Control", "public, max-age=300");
    return response;
}

std::optional<QJsonObject> OidcEndpoints::verify(const QByteArray& token, bool allowExpired) const
{
    if (token.isEmpty() || token.size() > kMaxTokenSize) {
        return std::nullopt;
    }
    auto verified = Jwt::verify(token, [this](const QString& kid) { return m_context.keys.find(kid); });
    if (!verified.ok()) {
        return std::nullopt;
    }
    const QJsonObject& claims = verified.value().claims;
    const qint64 now = m_context.clock.now().toSecsSinceEpoch();
    if (claims.value(QStringLiteral("iss")).toString() != m_context.baseUrl
        || !claims.value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("ses_"))
        || claims.value(QStringLiteral("aud")).toArray().contains(m_context.baseUrl)) {
        return std::nullopt; // not a token for apps (API tokens have aud = base URL and no sid)
    }
    if (!allowExpired && static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble()) <= now) {
        return std::nullopt;
    }
    return claims;
}

HttpResponse OidcEndpoints::userinfo(HttpRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        return bearerError(401, "invalid_request", QStringLiteral("Bearer access token required"));
    }
    const auto claims = verify(authorization.sliced(7).trimmed(), false);
    if (!claims || claims->contains(QStringLiteral("azp"))) { // an ID token is not an access token
        return bearerError(401, "invalid_token", QStringLiteral("invalid or expired access token"));
    }
    std::optional<AppTokens::Session> session;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = AppTokens::findSession(db, claims->value(QStringLiteral("sid")).toString());
        if (!found.ok()) {
            return found.error();
        }
        session = found.value();
        return {};
    });
    if (!read.ok()) {
        return bearerError(503, "temporarily_unavailable", QStringLiteral("storage unavailable"));
    }
    if (!session || session->revoked || session->clientId != claims->value(QStringLiteral("client_id")).toString()) {
        return bearerError(401, "invalid_token", QStringLiteral("the session has ended"));
    }
    return HttpResponse::json(session->profile.claims());
}

HttpResponse OidcEndpoints::logout(HttpRequest& request)
{
    const auto value = [&](const QString& name) {
        return request.queryValue(name).value_or(QString());
    };
    const QString target = value(QStringLiteral("post_logout_redirect_uri"));
    const QString state = value(QStringLiteral("state"));
    const QString hint = value(QStringLiteral("id_token_hint"));
    EnvironmentSettings settings;
    std::optional<AppTokens::Session> session;
    const auto claims = verify(hint.toLatin1(), true);
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        if (claims) {
            auto found = AppTokens::findSession(db, claims->value(QStringLiteral("sid")).toString());
            if (!found.ok()) {
                return found.error();
            }
            session = found.value();
        }
        return {};
    });
    if (!read.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    if (!target.isEmpty() && !RedirectUriRules::matchesAny(settings.postLogoutRedirectUris, target)) {
        return HtmlPage::error(400,
                               QStringLiteral("invalid_redirect_uri"),
                               QStringLiteral("post_logout_redirect_uri is not registered."),
                               QStringLiteral("Add it to post_logout_redirect_uris in the environment settings."));
    }
    if (!claims || !session) {
        return HtmlPage::error(
            400, QStringLiteral("invalid_request"), QStringLiteral("id_token_hint is missing or invalid."));
    }
    if (session->revoked) {
        return HtmlPage::error(
            400, QStringLiteral("invalid_request"), QStringLiteral("This sign-out link was already used."));
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) {
        return AppTokens::revokeSession(
            db, session->id, QStringLiteral("logout"), m_context.clock.now().toMSecsSinceEpoch());
    });
    if (!written.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    if (target.isEmpty()) {
        return HtmlPage::render(200, QStringLiteral("Signed out"), QStringLiteral("<h1>You are signed out</h1>"));
    }
    return HtmlPage::redirect(state.isEmpty() ? target
                                              : LoginFlow::appendQuery(target, {{QStringLiteral("state"), state}}));
}

} // namespace gatehouse::engine
