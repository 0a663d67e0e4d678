#include "engine/crypto/PublicJwk.h"

#include "core/util/Encoding.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace gatehouse::engine {

namespace {

using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)>;
using Params = std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)>;
using Bignum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

core::Error fail(const char* code, const QString& message)
{
    return core::Error{QString::fromLatin1(code), message, {}};
}

Bignum bignum(const QByteArray& bytes)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr),
                  &BN_free);
}

EVP_PKEY* fromParams(const char* type, OSSL_PARAM* params)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1) {
        return nullptr;
    }
    return key;
}

EVP_PKEY* rsaKey(const QByteArray& n, const QByteArray& e)
{
    Bignum bn = bignum(n);
    Bignum be = bignum(e);
    ParamBld bld(OSSL_PARAM_BLD_new(), &OSSL_PARAM_BLD_free);
    if (!bn || !be || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get()) != 1) {
        return nullptr;
    }
    Params params(OSSL_PARAM_BLD_to_param(bld.get()), &OSSL_PARAM_free);
    return params ? fromParams("RSA", params.get()) : nullptr;
}

EVP_PKEY* p256Key(const QByteArray& x, const QByteArray& y)
{
    QByteArray point(1, '\x04');
    point += x;
    point += y;
    ParamBld bld(OSSL_PARAM_BLD_new(), &OSSL_PARAM_BLD_free);
    if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()))
               != 1) {
        return nullptr;
    }
    Params params(OSSL_PARAM_BLD_to_param(bld.get()), &OSSL_PARAM_free);
    return params ? fromParams("EC", params.get()) : nullptr;
}

// JWS ES256 carries r||s (32 bytes each); OpenSSL verifies DER.
QByteArray ecdsaDer(QByteArrayView raw)
{
    if (raw.size() != 64) {
        return {};
    }
    ECDSA_SIG* sig = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()), 32, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (length <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

const QStringList kAlgorithms{QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256")};

} // namespace

core::Result<PublicJwk> PublicJwk::fromJson(const QJsonObject& jwk)
{
    PublicJwk out;
    out.m_kid = jwk.value(QStringLiteral("kid")).toString();
    out.m_kty = jwk.value(QStringLiteral("kty")).toString();
    out.m_alg = jwk.value(QStringLiteral("alg")).toString();
    const QString use = jwk.value(QStringLiteral("use")).toString();
    if (!use.isEmpty() && use != QStringLiteral("sig")) {
        return fail("jwk.use", QStringLiteral("key \"%1\" is for \"%2\", not for signatures").arg(out.m_kid, use));
    }
    if (out.m_kty != QStringLiteral("RSA") && out.m_kty != QStringLiteral("EC")) {
        return fail("jwk.kty",
                    QStringLiteral("key \"%1\" has kty \"%2\"; only RSA and EC public keys are accepted")
                        .arg(out.m_kid, out.m_kty));
    }
    if (!out.m_alg.isEmpty() && !kAlgorithms.contains(out.m_alg)) {
        return fail("jwk.alg",
                    QStringLiteral("key \"%1\" has alg \"%2\"; only RS256, PS256 and ES256 are accepted")
                        .arg(out.m_kid, out.m_alg));
    }
    auto param = [&jwk](const char* name) {
        const QJsonValue value = jwk.value(QLatin1String(name));
        return value.isString() ? core::encoding::fromBase64Url(value.toString().toLatin1())
                                : core::Result<QByteArray>::failure(QStringLiteral("missing"), {});
    };
    EVP_PKEY* key = nullptr;
    if (out.m_kty == QStringLiteral("RSA")) {
        auto n = param("n");
        auto e = param("e");
        if (!n.ok() || !e.ok() || n.value().isEmpty() || e.value().isEmpty()) {
            return fail("jwk.params",
                        QStringLiteral("RSA key \"%1\": n and e must be base64url (RFC 7518 §6.3)").arg(out.m_kid));
        }
        key = rsaKey(n.value(), e.value());
        if (key && EVP_PKEY_get_bits(key) < 2048) {
            const int bits = EVP_PKEY_get_bits(key);
            EVP_PKEY_free(key);
            return fail(
                "jwk.weak",
                QStringLiteral("RSA key \"%1\" has %2 bits; at least 2048 are required").arg(out.m_kid).arg(bits));
        }
    } else if (out.m_kty == QStringLiteral("EC")) {
        if (jwk.value(QStringLiteral("crv")).toString() != QStringLiteral("P-256")) {
            return fail("jwk.params",
                        QStringLiteral("EC key \"%1\": only the P-256 curve (ES256) is accepted").arg(out.m_kid));
        }
        auto x = param("x");
        auto y = param("y");
        if (!x.ok() || !y.ok() || x.value().size() != 32 || y.value().size() != 32) {
            return fail("jwk.params",
                        QStringLiteral("EC key \"%1\": x and y must be 32-byte base64url values").arg(out.m_kid));
        }
        key = p256Key(x.value(), y.value());
    } else {
        return fail("jwk.kty",
                    QStringLiteral("key \"%1\" has kty \"%2\"; only RSA and EC public keys are accepted")
                        .arg(out.m_kid, out.m_kty));
    }
    if (!key) {
        return fail("jwk.params", QStringLiteral("key \"%1\" is not a valid public key").arg(out.m_kid));
    }
    out.m_key = std::shared_ptr<EVP_PKEY>(key, &EVP_PKEY_free);
    return out;
}

bool PublicJwk::suits(const QString& alg) const
{
    if (!kAlgorithms.contains(alg) || (!m_alg.isEmpty() && m_alg != alg)) {
        return false;
    }
    return alg == QStringLiteral("ES256") ? m_kty == QStringLiteral("EC") : m_kty == QStringLiteral("RSA");
}

bool PublicJwk::verify(const QString& alg, QByteArrayView signingInput, QByteArrayView signature) const
{
    if (!m_key || !suits(alg)) {
        return false;
    }
    QByteArray sig = signature.toByteArray();
    if (alg == QStringLiteral("ES256")) {
        sig = ecdsaDer(signature);
        if (sig.isEmpty()) {
            return false;
        }
    }
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, m_key.get()) != 1) {
        return false;
    }
    if (alg == QStringLiteral("PS256")
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) != 1)) {
        return false;
    }
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(sig.constData()),
                            size_t(sig.size()),
                            reinterpret_cast<const unsigned char*>(signingInput.data()),
                            size_t(signingInput.size()))
           == 1;
}

} // namespace gatehouse::engine
