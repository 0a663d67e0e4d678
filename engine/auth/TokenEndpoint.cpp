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
#include "engine/api/OrgClientsApi.h"

#include <QJsonArray>
#include <QJsonDocument>
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

HttpResponse TokenEndpoint::organizationClientToken(const ClientCredentials& client,
                                                    const QStringList& requested) const
{
    OrgClientsApi::TokenGrant grant;
    QList<QPair<QString, QString>> secrets; // (id, hash)
    bool found = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT organization_id, scopes, audience, custom_claims, expiry FROM "
                                          "org_clients WHERE id = ?"),
                           {client.id});
        if (!q.ok()) {
            return q.error();
        }
        if (!(found = q.value().next())) {
            return {};
        }
        grant.clientId = client.id;
        grant.organizationId = q.value().value(0).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).array()) {
            grant.scopes << v.toString();
        }
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).array()) {
            grant.audience << v.toString();
        }
        grant.customClaims = QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).array();
        grant.expiry = q.value().value(4).toLongLong();
        q.value().finish();
        auto s = Sql::exec(
            db, QStringLiteral("SELECT id, secret_hash FROM org_client_secrets WHERE client_id = ?"), {client.id});
        if (!s.ok()) {
            return s.error();
        }
        while (s.value().next()) {
            secrets.append({s.value().value(0).toString(), s.value().value(1).toString()});
        }
        return {};
    });
    if (!read.ok()) {
        return oauthError(503, QStringLiteral("temporarily_unavailable"), QStringLiteral("storage unavailable"));
    }
    QString usedSecret;
    for (const auto& [id, hash] : std::as_const(secrets)) {
        if (m_context.hasher.matches(client.secret, hash) && usedSecret.isEmpty()) {
            usedSecret = id;
        }
    }
    if (secrets.isEmpty()) {
        (void)m_context.hasher.matches(client.secret, QStringLiteral("x")); // same work for unknown clients
    }
    if (!found || usedSecret.isEmpty()) {
        qCInfo(lcAuth) << "client authentication failed for" << client.id.left(64);
        HttpResponse response =
            oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
        if (client.basic) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"gatehouse\"");
        }
        return response;
    }
    for (const QString& scope : requested) {
        if (!grant.scopes.contains(scope)) {
            return oauthError(400, QStringLiteral("invalid_scope"), QStringLiteral("scope not granted to this client"));
        }
    }
    QStringList scopes = requested.isEmpty() ? grant.scopes : requested;
    scopes.removeDuplicates();
    const qint64 nowMs = m_context.clock.now().toMSecsSinceEpoch();
    auto used = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        return Sql::execOne(db,
                            QStringLiteral("UPDATE org_client_secrets SET last_used_at = ? WHERE id = ?"),
                            {nowMs, usedSecret});
    });
    if (!used.ok()) {
        // The secret was deleted between the check and now: it no longer authenticates.
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
    }
    QString kid;
    const RsaKey* key = m_context.keys.signingKey(&kid);
    if (!key) {
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("no signing key"));
    }
    const qint64 now = nowMs / 1000;
    QJsonObject claims;
    for (const QJsonValue& claim : std::as_const(grant.customClaims)) { // first, so ours always win
        claims.insert(claim[QStringLiteral("key")].toString(), claim[QStringLiteral("value")]);
    }
    claims.insert(QStringLiteral("iss"), m_context.baseUrl);
    claims.insert(QStringLiteral("sub"), client.id);
    claims.insert(QStringLiteral("client_id"), client.id);
    claims.insert(QStringLiteral("oid"), grant.organizationId);
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("nbf"), now);
    claims.insert(QStringLiteral("exp"), now + grant.expiry);
    claims.insert(QStringLiteral("jti"), m_context.ids.next(u"tkn"));
    claims.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!grant.audience.isEmpty()) {
        claims.insert(QStringLiteral("aud"), QJsonArray::fromStringList(grant.audience));
    }
    return HttpResponse::deferred([claims, key = *key, kid, lifetime = grant.expiry, scope = scopes.join(u' ')] {
        auto token = Jwt::sign(claims, key, kid);
        if (!token.ok()) {
            return oauthError(500, QStringLiteral("server_error"), QStringLiteral("cannot sign the token"));
        }
        HttpResponse response = HttpResponse::json({{QStringLiteral("access_token"), QString::fromLatin1(token.value())},
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
    if (client.id.startsWith(QStringLiteral("m2morg_"))) {
        if (grant != QStringLiteral("client_credentials")) {
            return oauthError(400,
                              QStringLiteral("unauthorized_client"),
                              QStringLiteral("organization API clients may only use client_credentials"));
        }
        return organizationClientToken(client, scopes);
    }
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
