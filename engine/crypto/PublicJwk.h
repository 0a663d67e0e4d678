#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace gatehouse::engine {

// A public signing key from a JWK (RFC 7517/7518), for verifying an IdP's ID tokens: RSA (n, e; at least 2048
// bits) for RS256 and PS256, EC P-256 (x, y) for ES256. Everything else is refused with a reason: symmetric
// ("oct") keys, other curves, encryption keys (use=enc), keys whose "alg" is not one of RS256/PS256/ES256, and
// parameters that are not base64url (RFC 7518 §6). Error codes: jwk.kty, jwk.alg, jwk.use, jwk.params, jwk.weak.
class PublicJwk
{
public:
    static core::Result<PublicJwk> fromJson(const QJsonObject& jwk);

    QString kid() const
    {
        return m_kid;
    }

    QString kty() const
    {
        return m_kty;
    }

    QString alg() const
    {
        return m_alg;
    } // empty when the JWK does not restrict it

    // Whether this key may verify a JWS with `alg` (RS256/PS256 need RSA, ES256 needs P-256; a JWK "alg" must
    // match).
    bool suits(const QString& alg) const;
    // JWS signature check (RFC 7515): RS256 = RSASSA-PKCS1-v1_5 SHA-256, PS256 = RSASSA-PSS SHA-256 (salt 32),
    // ES256 = ECDSA P-256 SHA-256 with the raw 64-byte r||s signature. False for any other alg.
    bool verify(const QString& alg, QByteArrayView signingInput, QByteArrayView signature) const;

private:
    PublicJwk() = default;
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_kid;
    QString m_kty;
    QString m_alg;
};

} // namespace gatehouse::engine
