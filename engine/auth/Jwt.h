#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace gatehouse::engine {

class RsaKey;

// Compact JWS with RS256 only. Verification refuses every other `alg` (no "none", no HMAC confusion).
class Jwt
{
public:
    struct Verified
    {
        QJsonObject header;
        QJsonObject claims;
    };

    using KeyLookup = std::function<const RsaKey*(const QString& kid)>;

    static core::Result<QByteArray> sign(const QJsonObject& claims, const RsaKey& key, const QString& kid);
    // Checks structure and signature only; the caller checks iss/aud/exp/nbf.
    static core::Result<Verified> verify(QByteArrayView token, const KeyLookup& keyFor);

    // A compact JWS taken apart without any signature check (for verifiers of other issuers' tokens, e.g. the
    // OIDC relying party, which check `alg` and the signature with their own keys). Error "invalid_token".
    struct Decoded
    {
        QJsonObject header;
        QJsonObject claims;
        QByteArray signingInput; // header.payload, as signed
        QByteArray signature;
    };
    static core::Result<Decoded> decode(QByteArrayView token);
};

} // namespace gatehouse::engine
