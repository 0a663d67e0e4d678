#include "engine/sso/AppTokens.h"

#include "core/util/Encoding.h"
#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/sso/EnvironmentSettings.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLogin)

namespace gatehouse::engine {

namespace {

HttpResponse tokenError(int status, const QString& error, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

// Thrown-free control flow inside a transaction: an OAuth error to answer after the commit or rollback.
struct Refusal
{
    QString error;
    QString description;
};

} // namespace

AppTokens::AppTokens(EngineContext& context)
    : m_context(context)
{}

QString AppTokens::halfHash(const QByteArray& value)
{
    const QByteArray digest = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
    return QString::fromLatin1(core::encoding::base64Url(digest.first(digest.size() / 2)));
}

bool AppTokens::validVerifier(const QString& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128) {
        return false;
    }
    for (QChar c : verifier) { // RFC 7636 unreserved characters
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
                        || c == u'.' || c == u'_' || c == u'~';
        if (!ok) {
            return false;
        }
    }
    return true;
}

core::Result<std::optional<AppTokens::Session>> AppTokens::findSession(const QSqlDatabase& db, const QString& sessionId)
{
    auto q = Sql::exec(
        db, QStringLiteral("SELECT client_id, profile, revoked_at FROM token_families WHERE id = ?"), {sessionId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Session>();
    }
    Session session;
    session.id = sessionId;
    session.clientId = q.value().value(0).toString();
    session.profile = NormalizedProfile::fromJson(QJsonDocument::fromJson(q.value().value(1).toByteArray()).object());
    session.revoked = !q.value().value(2).isNull();
    return std::optional(session);
}

core::Result<void>
AppTokens::revokeSession(const QSqlDatabase& db, const QString& sessionId, const QString& reason, qint64 nowMs)
{
    auto revoked = Sql::exec(db,
                             QStringLiteral("UPDATE token_families SET revoked_at = ?, revoked_reason = ? "
                                            "WHERE id = ? AND revoked_at IS NULL"),
                             {nowMs, reason, sessionId});
    if (!revoked.ok()) {
        return revoked.error();
    }
    auto dropped = Sql::exec(db, QStringLiteral("DELETE FROM refresh_tokens WHERE family_id = ?"), {sessionId});
    return dropped.ok() ? core::Result<void>() : core::Result<void>(dropped.error());
}

HttpResponse AppTokens::exchangeCode(const QString& clientId, const QMap<QString, QString>& form)
{
    const QString code = form.value(QStringLiteral("code"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (code.isEmpty() || code.size() > 128) {
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("code is required"));
    }
    if (redirectUri.isEmpty()) {
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("redirect_uri is required"));
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    std::optional<Refusal> refusal;
    Grant grant;
    EnvironmentSettings settings;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        const QString hash = m_context.hasher.hash(code);
        auto q =
            Sql::exec(db,
                      QStringLiteral("SELECT client_id, redirect_uri, scope, nonce, code_challenge, organization_id, "
                                     "connection_id, profile, expires_at, consumed_at, family_id "
                                     "FROM authorization_codes WHERE code_hash = ?"),
                      {hash});
        if (!q.ok()) {
            return q.error();
        }
        QSqlQuery& row = q.value();
        if (!row.next()) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("unknown authorization code")};
            return {};
        }
        if (!row.value(9).isNull()) {
            // A code used twice: someone else may hold it. Revoke everything issued from it (RFC 6749 §4.1.2).
            const QString family = row.value(10).toString();
            qCWarning(lcLogin) << "authorization code reused; revoking session" << family;
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("authorization code already used")};
            return family.isEmpty() ? core::Result<void>()
                                    : revokeSession(db, family, QStringLiteral("code_reuse"), now);
        }
        if (row.value(8).toLongLong() <= now) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("authorization code expired")};
            return {};
        }
        if (row.value(0).toString() != clientId) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("code was issued to another client")};
            return {};
        }
        if (row.value(1).toString() != redirectUri) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match")};
            return {};
        }
        const QString challenge = row.value(4).toString();
        const auto s256 = [](const QString& v) {
            return QString::fromLatin1(
                core::encoding::base64Url(QCryptographicHash::hash(v.toLatin1(), QCryptographicHash::Sha256)));
        };
        if (!challenge.isEmpty() && (!validVerifier(verifier) || s256(verifier) != challenge)) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed")};
            return {};
        }
        if (challenge.isEmpty() && !verifier.isEmpty()) {
            refusal =
                Refusal{QStringLiteral("invalid_grant"),
                        QStringLiteral("code_verifier given but the authorization request had no code_challenge")};
            return {};
        }
        grant = Grant{m_context.ids.next(u"ses"),
                      clientId,
                      row.value(5).toString(),
                      row.value(6).toString(),
                      row.value(2).toString(),
                      row.value(3).toString(),
                      code,
                      {},
                      NormalizedProfile::fromJson(QJsonDocument::fromJson(row.value(7).toByteArray()).object())};
        const QByteArray profileJson = row.value(7).toByteArray();
        auto consumed = Sql::exec(db,
                                  QStringLiteral("UPDATE authorization_codes SET consumed_at = ?, family_id = ? "
                                                 "WHERE code_hash = ? AND consumed_at IS NULL"),
                                  {now, grant.sessionId, hash});
        if (!consumed.ok()) {
            return consumed.error();
        }
        if (consumed.value().numRowsAffected() != 1) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("authorization code already used")};
            return {};
        }
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        // Housekeeping: sessions past their end (and their refresh tokens, by cascade) are useless.
        (void)Sql::exec(db, QStringLiteral("DELETE FROM token_families WHERE expires_at < ?"), {now - 86400 * 1000LL});
        const qint64 sessionEnd = now + qint64(settings.refreshTokenLifetime) * 1000;
        auto family = Sql::exec(db,
                                QStringLiteral("INSERT INTO token_families (id, client_id, organization_id, "
                                               "connection_id, scope, profile, created_at, expires_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                {grant.sessionId,
                                 clientId,
                                 grant.organizationId,
                                 grant.connectionId,
                                 grant.scope,
                                 QString::fromUtf8(profileJson),
                                 now,
                                 sessionEnd});
        if (!family.ok()) {
            return family.error();
        }
        if (grant.scope.split(u' ').contains(QStringLiteral("offline_access"))) {
            grant.refreshToken = QStringLiteral("rt_") + Random::token(32);
            auto refresh = Sql::exec(db,
                                     QStringLiteral("INSERT INTO refresh_tokens (token_hash, family_id, created_at, "
                                                    "expires_at) VALUES (?, ?, ?, ?)"),
                                     {m_context.hasher.hash(grant.refreshToken), grant.sessionId, now, sessionEnd});
            if (!refresh.ok()) {
                return refresh.error();
            }
        }
        return {};
    });
    if (!written.ok()) {
        return tokenError(503, QStringLiteral("temporarily_unavailable"), QStringLiteral("storage unavailable"));
    }
    if (refusal) {
        return tokenError(400, refusal->error, refusal->description);
    }
    return issue(grant,
                 settings.accessTokenLifetime > 0 ? settings.accessTokenLifetime : m_context.tokenLifetimeSecs,
                 settings.idTokenLifetime);
}

HttpResponse AppTokens::refresh(const QString& clientId, const QMap<QString, QString>& form)
{
    const QString token = form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty() || token.size() > 128) {
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required"));
    }
    const QStringList narrowed = form.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    std::optional<Refusal> refusal;
    Grant grant;
    EnvironmentSettings settings;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        const QString hash = m_context.hasher.hash(token);
        auto q =
            Sql::exec(db,
                      QStringLiteral("SELECT r.family_id, r.expires_at, r.used_at, f.client_id, f.organization_id, "
                                     "f.connection_id, f.scope, f.profile, f.revoked_at FROM refresh_tokens r "
                                     "JOIN token_families f ON f.id = r.family_id WHERE r.token_hash = ?"),
                      {hash});
        if (!q.ok()) {
            return q.error();
        }
        QSqlQuery& row = q.value();
        if (!row.next() || !row.value(8).isNull()) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("unknown or revoked refresh token")};
            return {};
        }
        const QString family = row.value(0).toString();
        if (row.value(3).toString() != clientId) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("refresh token of another client")};
            return {};
        }
        if (!row.value(2).isNull()) {
            qCWarning(lcLogin) << "refresh token reused; revoking session" << family;
            refusal = Refusal{QStringLiteral("invalid_grant"),
                              QStringLiteral("refresh token already used; the session has been revoked")};
            return revokeSession(db, family, QStringLiteral("refresh_token_reuse"), now);
        }
        if (row.value(1).toLongLong() <= now) {
            refusal = Refusal{QStringLiteral("invalid_grant"), QStringLiteral("refresh token expired")};
            return {};
        }
        const QStringList granted = row.value(6).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString& scope : narrowed) {
            if (!granted.contains(scope)) {
                refusal = Refusal{QStringLiteral("invalid_scope"), QStringLiteral("scope exceeds the original grant")};
                return {};
            }
        }
        grant = Grant{family,
                      clientId,
                      row.value(4).toString(),
                      row.value(5).toString(),
                      narrowed.isEmpty() ? granted.join(u' ') : narrowed.join(u' '),
                      {},
                      {},
                      QStringLiteral("rt_") + Random::token(32),
                      NormalizedProfile::fromJson(QJsonDocument::fromJson(row.value(7).toByteArray()).object())};
        auto used = Sql::exec(db,
                              QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? "
                                             "AND used_at IS NULL"),
                              {now, hash});
        if (!used.ok()) {
            return used.error();
        }
        if (used.value().numRowsAffected() != 1) {
            refusal = Refusal{QStringLiteral("invalid_grant"),
                              QStringLiteral("refresh token already used; the session has been revoked")};
            return revokeSession(db, family, QStringLiteral("refresh_token_reuse"), now);
        }
        auto loaded = EnvironmentSettingsStore::load(db, m_context.environmentId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        settings = loaded.value();
        const qint64 end = now + qint64(settings.refreshTokenLifetime) * 1000;
        auto inserted = Sql::exec(db,
                                  QStringLiteral("INSERT INTO refresh_tokens (token_hash, family_id, created_at, "
                                                 "expires_at) VALUES (?, ?, ?, ?)"),
                                  {m_context.hasher.hash(grant.refreshToken), family, now, end});
        if (!inserted.ok()) {
            return inserted.error();
        }
        auto extended =
            Sql::exec(db, QStringLiteral("UPDATE token_families SET expires_at = ? WHERE id = ?"), {end, family});
        return extended.ok() ? core::Result<void>() : core::Result<void>(extended.error());
    });
    if (!written.ok()) {
        return tokenError(503, QStringLiteral("temporarily_unavailable"), QStringLiteral("storage unavailable"));
    }
    if (refusal) {
        return tokenError(400, refusal->error, refusal->description);
    }
    return issue(grant,
                 settings.accessTokenLifetime > 0 ? settings.accessTokenLifetime : m_context.tokenLifetimeSecs,
                 settings.idTokenLifetime);
}

HttpResponse AppTokens::issue(const Grant& grant, int accessLifetime, int idLifetime) const
{
    QString kid;
    const RsaKey* key = m_context.keys.signingKey(&kid);
    if (!key) {
        return tokenError(500, QStringLiteral("server_error"), QStringLiteral("no signing key"));
    }
    const qint64 now = m_context.clock.now().toSecsSinceEpoch();
    const QString issuer = m_context.baseUrl;
    const QJsonObject access{
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("sub"), grant.profile.sub},
        {QStringLiteral("aud"), QJsonArray{grant.clientId}},
        {QStringLiteral("client_id"), grant.clientId},
        {QStringLiteral("sid"), grant.sessionId},
        {QStringLiteral("oid"), grant.organizationId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + accessLifetime},
        {QStringLiteral("jti"), QString(QStringLiteral("tkn_") + QString::number(m_context.ids.nextNumber()))}};
    QJsonObject id = grant.profile.claims();
    id.insert(QStringLiteral("iss"), issuer);
    id.insert(QStringLiteral("aud"), QJsonArray{grant.clientId});
    id.insert(QStringLiteral("azp"), grant.clientId);
    id.insert(QStringLiteral("amr"), QJsonArray{grant.connectionId});
    id.insert(QStringLiteral("oid"), grant.organizationId);
    id.insert(QStringLiteral("sid"), grant.sessionId);
    id.insert(QStringLiteral("iat"), now);
    id.insert(QStringLiteral("exp"), now + idLifetime);
    if (!grant.nonce.isEmpty()) {
        id.insert(QStringLiteral("nonce"), grant.nonce);
    }
    if (!grant.code.isEmpty()) {
        id.insert(QStringLiteral("c_hash"), halfHash(grant.code.toLatin1()));
    }
    const bool openid = grant.scope.split(u' ').contains(QStringLiteral("openid"));
    return HttpResponse::deferred([access, id, key = *key, kid, accessLifetime, grant, openid]() mutable {
        auto accessToken = Jwt::sign(access, key, kid);
        if (!accessToken.ok()) {
            return tokenError(500, QStringLiteral("server_error"), QStringLiteral("cannot sign the token"));
        }
        QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(accessToken.value())},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("expires_in"), accessLifetime},
                         {QStringLiteral("scope"), grant.scope}};
        if (openid) {
            id.insert(QStringLiteral("at_hash"), halfHash(accessToken.value()));
            auto idToken = Jwt::sign(id, key, kid);
            if (!idToken.ok()) {
                return tokenError(500, QStringLiteral("server_error"), QStringLiteral("cannot sign the token"));
            }
            body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken.value()));
        }
        if (!grant.refreshToken.isEmpty()) {
            body.insert(QStringLiteral("refresh_token"), grant.refreshToken);
        }
        HttpResponse response = HttpResponse::json(body);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        return response;
    });
}

} // namespace gatehouse::engine
