#include "engine/sso/IdpInitiatedLogin.h"

#include "engine/EngineContext.h"
#include "engine/auth/Jwt.h"
#include "engine/auth/KeyRing.h"
#include "engine/crypto/Random.h"
#include "engine/storage/Sql.h"

#include <QJsonObject>

namespace gatehouse::engine {

namespace {

core::Error refused(const QString& why)
{
    return core::Error{QStringLiteral("invalid_request"), QStringLiteral("idp_initiated_login ") + why, {}};
}

} // namespace

IdpInitiatedLogin::IdpInitiatedLogin(EngineContext& context)
    : m_context(context)
{}

// The environment's client id (the aud the SDKs are configured with): its oldest active API client.
core::Result<QString> IdpInitiatedLogin::audience(const QSqlDatabase& db) const
{
    auto q = Sql::exec(
        db, QStringLiteral("SELECT id FROM api_clients WHERE revoked_at IS NULL ORDER BY created_at, id LIMIT 1"));
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return core::Error{QStringLiteral("no_client"), QStringLiteral("the environment has no client id"), {}};
    }
    return q.value().value(0).toString();
}

core::Result<QByteArray> IdpInitiatedLogin::issue(const QSqlDatabase& db,
                                                  const Connection& connection,
                                                  const QString& loginHint,
                                                  const QString& relayState) const
{
    auto aud = audience(db);
    if (!aud.ok()) {
        return aud.error();
    }
    QString kid;
    const RsaKey* key = m_context.keys.signingKey(&kid);
    if (!key) {
        return core::Error{QStringLiteral("no_key"), QStringLiteral("no signing key"), {}};
    }
    const qint64 nowMs = m_context.clock.now().toMSecsSinceEpoch();
    const qint64 now = nowMs / 1000;
    const QString jti = Random::token(24);
    (void)Sql::exec(db, QStringLiteral("DELETE FROM idp_initiated_logins WHERE expires_at < ?"), {nowMs - 86400000});
    auto stored =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO idp_initiated_logins (jti, connection_id, organization_id, "
                                 "client_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {jti, connection.id, connection.organizationId, aud.value(), nowMs, (now + kLifetimeSecs) * 1000});
    if (!stored.ok()) {
        return stored.error();
    }
    QJsonObject claims{{QStringLiteral("iss"), m_context.baseUrl},
                       {QStringLiteral("aud"), aud.value()},
                       {QStringLiteral("organization_id"), connection.organizationId},
                       {QStringLiteral("connection_id"), connection.id},
                       {QStringLiteral("login_hint"), loginHint},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + kLifetimeSecs},
                       {QStringLiteral("jti"), jti}};
    if (!relayState.isEmpty()) {
        claims.insert(QStringLiteral("relay_state"), relayState);
    }
    return Jwt::sign(claims, *key, kid);
}

core::Result<IdpInitiatedLogin::Claims>
IdpInitiatedLogin::redeem(const QSqlDatabase& db, const QByteArray& token, const QString& clientId) const
{
    auto verified = Jwt::verify(token, [this](const QString& kid) { return m_context.keys.find(kid); });
    if (!verified.ok()) {
        return refused(QStringLiteral("is not a valid token of this environment"));
    }
    const QJsonObject& c = verified.value().claims;
    if (c.value(QStringLiteral("iss")).toString() != m_context.baseUrl) {
        return refused(QStringLiteral("was issued by another environment"));
    }
    if (c.value(QStringLiteral("aud")).toString() != clientId) {
        return refused(QStringLiteral("was issued for another client_id"));
    }
    const qint64 nowMs = m_context.clock.now().toMSecsSinceEpoch();
    const qint64 now = nowMs / 1000;
    if (c.value(QStringLiteral("exp")).toInteger() <= now) {
        return refused(QStringLiteral("has expired; sign in again from the identity provider"));
    }
    if (c.value(QStringLiteral("nbf")).toInteger() > now + m_context.samlClockSkewSecs) {
        return refused(QStringLiteral("is not valid yet"));
    }
    Claims claims{c.value(QStringLiteral("jti")).toString(),
                  c.value(QStringLiteral("connection_id")).toString(),
                  c.value(QStringLiteral("organization_id")).toString(),
                  c.value(QStringLiteral("login_hint")).toString(),
                  c.value(QStringLiteral("relay_state")).toString()};
    if (claims.jti.isEmpty() || claims.connectionId.isEmpty()) {
        return refused(QStringLiteral("lacks jti or connection_id"));
    }
    auto consumed = Sql::exec(db,
                              QStringLiteral("UPDATE idp_initiated_logins SET consumed_at = ? WHERE jti = ? AND "
                                             "client_id = ? AND connection_id = ? AND consumed_at IS NULL AND "
                                             "expires_at > ?"),
                              {nowMs, claims.jti, clientId, claims.connectionId, nowMs});
    if (!consumed.ok()) {
        return consumed.error();
    }
    if (consumed.value().numRowsAffected() != 1) {
        return refused(QStringLiteral("was already used; an IdP-initiated login starts one sign-in only"));
    }
    return claims;
}

} // namespace gatehouse::engine
