#include "engine/crypto/RsaKey.h"

#include "core/util/Encoding.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace gatehouse::engine {

namespace {

using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

QByteArray bignumParam(EVP_PKEY* key, const char* name)
{
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1) {
        return {};
    }
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

RsaKey::RsaKey(EVP_PKEY* key)
    : m_key(key, &EVP_PKEY_free)
{}

core::Result<RsaKey> RsaKey::generate(int bits)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (!key) {
        return core::Error{QStringLiteral("crypto"), QStringLiteral("RSA key generation failed"), {}};
    }
    return RsaKey(key);
}

core::Result<RsaKey> RsaKey::fromPrivatePem(QByteArrayView pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        return core::Error{QStringLiteral("crypto"), QStringLiteral("not an RSA private key"), {}};
    }
    return RsaKey(key);
}

QByteArray RsaKey::privatePem() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

core::Result<QByteArray> RsaKey::signSha256(QByteArrayView data) const
{
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, nullptr, 0) != 1) {
        return core::Error{QStringLiteral("crypto"), QStringLiteral("signing failed"), {}};
    }
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(),
                       reinterpret_cast<unsigned char*>(signature.data()),
                       &size,
                       reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<size_t>(data.size()))
        != 1) {
        return core::Error{QStringLiteral("crypto"), QStringLiteral("signing failed"), {}};
    }
    signature.truncate(static_cast<qsizetype>(size));
    return signature;
}

bool RsaKey::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
           && EVP_DigestVerify(ctx.get(),
                               reinterpret_cast<const unsigned char*>(signature.data()),
                               static_cast<size_t>(signature.size()),
                               reinterpret_cast<const unsigned char*>(data.data()),
                               static_cast<size_t>(data.size()))
                  == 1;
}

QJsonObject RsaKey::publicJwk(const QString& kid) const
{
    const auto b64 = [](const QByteArray& raw) {
        return QString::fromLatin1(core::encoding::base64Url(raw));
    };
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), kid},
            {QStringLiteral("n"), b64(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))},
            {QStringLiteral("e"), b64(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E))}};
}

} // namespace gatehouse::engine
