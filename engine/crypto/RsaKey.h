#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace gatehouse::engine {

// An RSA key pair for RS256 (OpenSSL EVP): generate, PEM round trip, sign, verify, public JWK.
class RsaKey
{
public:
    static core::Result<RsaKey> generate(int bits = 2048);
    static core::Result<RsaKey> fromPrivatePem(QByteArrayView pem);

    QByteArray privatePem() const;
    core::Result<QByteArray> signSha256(QByteArrayView data) const;
    bool verifySha256(QByteArrayView data, QByteArrayView signature) const;
    // {"kty":"RSA","use":"sig","alg":"RS256","kid":…,"n":…,"e":…}
    QJsonObject publicJwk(const QString& kid) const;

private:
    explicit RsaKey(EVP_PKEY* key);
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace gatehouse::engine
