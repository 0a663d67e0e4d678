#pragma once

#include "core/util/Result.h"
#include "engine/api/ConnectionStore.h"
#include "engine/sso/AttributeMapper.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

// The claim and header rules of an upstream IdP's ID token (OpenID Connect Core §3.1.3.7), pure and separate from
// the signature check (OidcJwksCache). Every failure is error code invalid_id_token with the precise reason.
class OidcIdToken
{
public:
    struct Expectations
    {
        QString issuer;   // exact, or a template with {tenantid} (Entra multi-tenant)
        QString clientId; // must be in aud; azp must equal it when present or when aud has several values
        QString nonce;    // must equal the token's nonce (always sent)
        QStringList algs; // the provider's accepted algs (subset of RS256, PS256, ES256)
        QDateTime now;
        int clockSkewSecs = 180;
    };

    // alg must be one of e.algs; "none" and every HMAC alg are refused whatever the provider advertises.
    static core::Result<void> checkHeader(const QJsonObject& header, const QStringList& algs);
    static core::Result<void> checkClaims(const QJsonObject& claims, const Expectations& e);
    // The issuer a token must carry: the configured one, or the template with the token's tid (a GUID) put in.
    static core::Result<QString> expectedIssuer(const QString& configured, const QJsonObject& claims);

    // Claims that describe the token, not the user (iss, aud, azp, exp, iat, nbf, nonce, at_hash, c_hash,
    // auth_time, jti, sid, sub): never offered to the attribute mapper as attributes.
    static bool isProtocolClaim(const QString& name);
    // The attribute mapper's input for verified claims (ID token + userinfo): subject = sub; every other claim an
    // attribute (strings, arrays of strings, booleans and numbers as text; objects are skipped).
    static AttributeMapper::Input mapperInput(const QJsonObject& claims, const Connection& connection);
};

} // namespace gatehouse::engine
