#pragma once

#include "core/util/Result.h"
#include "engine/http/HttpResponse.h"
#include "engine/sso/NormalizedProfile.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;

// Tokens for apps (the OIDC provider side of /oauth/token), after TokenEndpoint has authenticated the client:
// - authorization_code: the one-time code (bound to client, redirect URI and PKCE S256) becomes a session
//   ("ses_…", the sid claim) with an access token, an ID token and, with offline_access, a refresh token.
//   Presenting a used code revokes the session issued from it.
// - refresh_token: rotation on every use; presenting a used refresh token revokes its whole session.
// Access and ID tokens are RS256 JWTs signed on the worker pool. Errors per RFC 6749 §5.2 (invalid_grant …).
class AppTokens
{
public:
    explicit AppTokens(EngineContext& context);

    HttpResponse exchangeCode(const QString& clientId, const QMap<QString, QString>& form);
    HttpResponse refresh(const QString& clientId, const QMap<QString, QString>& form);

    // The left half of SHA-256 of an ASCII value, base64url (OIDC at_hash / c_hash for RS256).
    static QString halfHash(const QByteArray& value);
    static bool validVerifier(const QString& verifier);

    // What /userinfo and /oidc/logout need from an access or ID token: a verified session that is not revoked.
    struct Session
    {
        QString id;
        QString clientId;
        NormalizedProfile profile;
        bool revoked = false;
    };

    static core::Result<std::optional<Session>> findSession(const QSqlDatabase& db, const QString& sessionId);
    static core::Result<void>
    revokeSession(const QSqlDatabase& db, const QString& sessionId, const QString& reason, qint64 nowMs);

    struct Grant
    {
        QString sessionId;
        QString clientId;
        QString organizationId;
        QString connectionId;
        QString scope;
        QString nonce;
        QString code; // for c_hash (code exchange only)
        QString refreshToken;
        NormalizedProfile profile;
    };

private:
    HttpResponse issue(const Grant& grant, int accessLifetime, int idLifetime) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
