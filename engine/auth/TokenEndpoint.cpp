#include "engine/auth/TokenEndpoint.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/sso/AppTokens.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace gatehouse::engine {

QStringList TokenEndpoint::allScopes()
{
    return {QStringLiteral("organizations:read"),
            QStringLiteral("organizations:write"),
            QStringLiteral("roles:read"),
            QStringLiteral("roles:write"),
            QStringLiteral("directories:read"),
            QStringLiteral("directories:write"),
            QStringLiteral("connections:read"),
            QStringLiteral("connections:write"),
            QStringLiteral("events:read"),
            QStringLiteral("environment:read"),
            QStringLiteral("environment:write"),
            QStringLiteral("webhooks:read"),
            QStringLiteral("webhooks:write")};
}

TokenEndpoint::TokenEndpoint(const EngineContext& context, RateLimiter& limiter, AppTokens* appTokens)
    : m_context(context)
    , m_limiter(limiter)
    , m_appTokens(appTokens)
{}

HttpResponse TokenEndpoint::oauthError(int status, const QString& error, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

std::optional<QMap<QString, QString>> TokenEndpoint::parseForm(const QByteArray& body)
{
    QMap<QString, QString> form;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        const auto key = decodeComponent(eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq), true);
        const auto value = decodeComponent(eq < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(eq + 1), true);
        if (!key || !value || form.contains(*key)) {
            return std::nullopt; // bad encoding, or a parameter given twice (RFC 6749 §3.2)
        }
        form.insert(*key, *value);
    }
    return form;
}

std::optional<HttpResponse>
TokenEndpoint::credentials(const HttpRequest& request, const QMap<QString, QString>& form, ClientCredentials& out) const
{
    const QByteArray authorization = request.header("authorization");
    const bool post = form.contains(QStringLiteral("client_id")) || form.contains(QStringLiteral("client_secret"));
    if (!authorization.isEmpty()) {
        if (post || !authorization.startsWith("Basic ")) {
            return oauthError(
                400, QStringLiteral("invalid_request"), QStringLiteral("use exactly one client authentication method"));
        }
        auto decoded = core::encoding::fromBase64(authorization.sliced(6).trimmed());
        const qsizetype colon = decoded.ok() ? decoded.value().indexOf(':') : -1;
        const auto id = colon > 0 ? decodeComponent(decoded.value().first(colon), true) : std::nullopt;
        const auto secret = colon > 0 ? decodeComponent(decoded.value().sliced(colon + 1), true) : std::nullopt;
        if (!id || !secret) {
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("malformed Basic credentials"));
        }
        out = ClientCredentials{*id, *secret, true};
        return std::nullopt;
    }
    out =
        ClientCredentials{form.value(QStringLiteral("client_id")), form.value(QStringLiteral("client_secret")), false};
    if (out.id.isEmpty() || out.secret.isEmpty()) {
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client authentication required"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> TokenEndpoint::authenticate(const ClientCredentials& client, QStringList& scopes) const
{
    QString storedHash;
    QStringList granted;
    bool found = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q =
            Sql::exec(db,
                      QStringLiteral("SELECT secret_hash, scopes FROM api_clients WHERE id = ? AND revoked_at IS NULL"),
                      {client.id});
        if (!q.ok()) {
            return q.error();
        }
        if ((found = q.value().next())) {
            storedHash = q.value().value(0).toString();
            granted = q.value().value(1).toString().split(u' ', Qt::SkipEmptyParts);
            if (granted.contains(QStringLiteral("*"))) {
                granted = allScopes(); // the admin client: every scope this engine version knows
            }
        }
        return {};
    });
    if (!read.ok()) {
        return oauthError(503, QStringLiteral("temporarily_unavailable"), QStringLiteral("storage unavailable"));
    }
    // Hash even for unknown clients so that the answer time does not tell which ids exist.
    const bool secretOk = m_context.hasher.matches(client.secret, found ? storedHash : QStringLiteral("x"));
    if (!found || !secretOk) {
        qCInfo(lcAuth) << "client authentication failed for" << client.id.left(64);
        HttpResponse response =
            oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
        if (client.basic) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"gatehouse\"");
        }
        return response;
    }
    for (const QString& scope : std::as_const(scopes)) {
        if (!granted.contains(scope)) {
            return oauthError(400, QStringLiteral("invalid_scope"), QStringLiteral("scope not granted to this client"));
        }
    }
    if (scopes.isEmpty()) {
        scopes = granted;
    }
    return std::nullopt;
}

HttpResponse TokenEndpoint::issue(const QString& clientId, const QStringList& scopes) const
{
    QString kid;
    const RsaKey* key = m_context.keys.signingKey(&kid);
    const qint64 now = m_context.clock.now().toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), m_context.baseUrl},
                             {QStringLiteral("sub"), clientId},
                             {QStringLiteral("client_id"), clientId},
                             {QStringLiteral("aud"), QJsonArray{m_context.baseUrl}},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("nbf"), now},
                             {QStringLiteral("exp"), now + m_context.tokenLifetimeSecs},
                             {QStringLiteral("jti"), Random::token(16)},
                             {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    if (!key) {
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("no signing key"));
    }
    // RS256 signing is the expensive part: it runs on a worker thread with copies of what it needs
    // (RsaKey shares the immutable EVP_PKEY, which OpenSSL allows to sign from several threads).
    return HttpResponse::deferred(
        [claims, key = *key, kid, lifetime = m_context.tokenLifetimeSecs, scope = scopes.join(u' ')] {
            auto token = Jwt::sign(claims, key, kid);
            if (!token.ok()) {
                return oauthError(500, QStringLiteral("server_error"), QStringLiteral("cannot sign the token"));
            }
            HttpResponse response =
                HttpResponse::json({{QStringLiteral("access_token"), QString::fromLatin1(token.value())},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("expires_in"), lifetime},
                                    {QStringLiteral("scope"), scope}});
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            return response;
        });
}

HttpResponse TokenEndpoint::handle(const HttpRequest& request)
{
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("body must be application/x-www-form-urlencoded"));
    }
    const auto form = parseForm(request.body);
    if (!form) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("malformed or repeated parameters"));
    }
    if (auto retry = m_limiter.hit(u"token-addr:" + request.remoteAddress.toString())) {
        HttpResponse response =
            oauthError(429, QStringLiteral("rate_limit_exceeded"), QStringLiteral("too many token requests"));
        response.setHeader("Retry-After", QByteArray::number(*retry));
        return response;
    }
    const QString grant = form->value(QStringLiteral("grant_type"));
    if (grant.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    }
    const bool appGrant =
        m_appTokens && (grant == QStringLiteral("authorization_code") || grant == QStringLiteral("refresh_token"));
    if (grant != QStringLiteral("client_credentials") && !appGrant) {
        return oauthError(400,
                          QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("supported: client_credentials, authorization_code, refresh_token"));
    }
    ClientCredentials client;
    if (auto error = credentials(request, *form, client)) {
        return std::move(*error);
    }
    if (auto retry = m_limiter.hit(u"token-client:" + client.id.left(64))) {
        HttpResponse response =
            oauthError(429, QStringLiteral("rate_limit_exceeded"), QStringLiteral("too many token requests"));
        response.setHeader("Retry-After", QByteArray::number(*retry));
        return response;
    }
    QStringList scopes =
        appGrant ? QStringList() : form->value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    if (auto error = authenticate(client, scopes)) {
        return std::move(*error);
    }
    if (grant == QStringLiteral("authorization_code")) {
        return m_appTokens->exchangeCode(client.id, *form);
    }
    if (grant == QStringLiteral("refresh_token")) {
        return m_appTokens->refresh(client.id, *form);
    }
    return issue(client.id, scopes);
}

HttpResponse TokenEndpoint::jwks(const HttpRequest&) const
{
    HttpResponse response = HttpResponse::json(m_context.keys.jwks());
    response.setHeader("Cache-Control", "public, max-age=300");
    return response;
}

} // namespace gatehouse::engine
