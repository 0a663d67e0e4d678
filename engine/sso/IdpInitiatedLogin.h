#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

struct EngineContext;

// IdP-initiated SAML logins, converted as the docs describe (PRODUCT.md "IdP-initiated SSO"): a verified
// unsolicited response never signs anyone in; it becomes an `idp_initiated_login` JWT (RS256, the engine's
// signing keys published at /keys) with the claims organization_id, connection_id, login_hint, relay_state,
// iss (the environment URL), aud (the environment's client id), iat, nbf, exp (5 minutes) and jti. The app
// reads the claims (the SDKs' getIdpInitiatedLoginClaims) and starts an SP-initiated login with them. When it
// hands the token back to /oauth/authorize (`idp_initiated_login=<token>`), the engine redeems it: signature,
// iss, aud = that request's client_id, exp, and the jti single use (a conditional UPDATE, so two engines
// sharing the database cannot both accept it). A redeemed token cannot start a second login.
class IdpInitiatedLogin
{
public:
    static constexpr int kLifetimeSecs = 300;

    struct Claims
    {
        QString jti;
        QString connectionId;
        QString organizationId;
        QString loginHint;
        QString relayState;
    };

    explicit IdpInitiatedLogin(EngineContext& context);

    // Records the jti and signs the token; runs inside the caller's transaction (the one that stores the
    // assertion in the replay cache). Fails when the environment has no client id or no signing key.
    core::Result<QByteArray> issue(const QSqlDatabase& db,
                                   const Connection& connection,
                                   const QString& loginHint,
                                   const QString& relayState) const;

    // Verifies the token for clientId and consumes its jti (inside the caller's transaction). Errors carry
    // the OAuth code invalid_request and say why (malformed, bad signature, wrong audience, expired, used).
    core::Result<Claims> redeem(const QSqlDatabase& db, const QByteArray& token, const QString& clientId) const;

private:
    core::Result<QString> audience(const QSqlDatabase& db) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
