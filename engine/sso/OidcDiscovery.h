#pragma once

#include "core/util/Result.h"
#include "engine/crypto/PublicJwk.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gatehouse::engine {

// An OpenID Provider's configuration as the relying party uses it.
struct OidcProviderMetadata
{
    QString issuer; // may be a template: https://login.microsoftonline.com/{tenantid}/v2.0
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString userinfoEndpoint; // optional
    QString jwksUri;
    QStringList signingAlgs;      // advertised ID token algs we accept (subset of RS256, PS256, ES256)
    QStringList tokenAuthMethods; // token_endpoint_auth_methods_supported (default: client_secret_basic)
    bool pkceS256 = false;        // S256 in code_challenge_methods_supported
    QStringList warnings;         // tolerated deviations, for the connection test trace

    bool issuerIsTemplate() const;
};

// A JWKS reduced to the keys that can verify ID tokens; every refused key is listed with its reason.
struct OidcKeySet
{
    QList<PublicJwk> keys;
    QStringList rejected; // "kid: reason"
};

// OpenID Connect Discovery 1.0 and JWKS parsing (pure; the fetching is the relying party's). Rules:
// - the document is a JSON object with issuer, authorization_endpoint, token_endpoint and jwks_uri (URLs; https
//   unless allowHttp), response_types_supported (when present) containing "code";
// - issuer must equal the issuer the document was fetched for (Discovery §4.3), with one deliberate exception: the
//   Microsoft Entra multi-tenant endpoints (/common, /organizations, /consumers under login.microsoftonline.com)
//   publish the template https://login.microsoftonline.com/{tenantid}/v2.0, which is kept as a template (the
//   ID token check then requires iss == the template with the token's own tid);
// - id_token_signing_alg_values_supported is reduced to RS256/PS256/ES256 (HS256 and "none" are never used); a
//   document without it is read as RS256 (the spec's default) with a warning; one that lists none of the three is
//   refused.
// Error codes: oidc.discovery (with a message naming the field).
class OidcDiscovery
{
public:
    // The discovery URL for an issuer ("…/.well-known/openid-configuration" appended) or the URL itself when it
    // already is a .well-known URL; the expected issuer for that URL (empty when it has no /.well-known/ part: the
    // relying party then refuses to use it).
    static QUrl discoveryUrl(const QString& issuerOrWellKnown);
    static QString issuerFor(const QUrl& discoveryUrl);
    static core::Result<OidcProviderMetadata>
    parse(const QByteArray& json, const QString& expectedIssuer, bool allowHttp);
    // Error oidc.jwks when the document is not a JWKS or no key is usable.
    static core::Result<OidcKeySet> parseJwks(const QByteArray& json);
    // The Entra multi-tenant issuer spellings an admin may type (…/common/v2.0, …/organizations/v2.0).
    static bool isEntraMultiTenant(const QString& issuer);
};

} // namespace gatehouse::engine
