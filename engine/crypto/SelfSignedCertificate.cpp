#include "engine/crypto/SelfSignedCertificate.h"

#include "engine/crypto/Random.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace gatehouse::engine {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const
    {
        Free(p);
    }
};

using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

core::Error failure(const char* what)
{
    return core::Error{QStringLiteral("crypto"), QString::fromLatin1(what), {}};
}

} // namespace

core::Result<SelfSignedCertificate> SelfSignedCertificate::generate(const QString& commonName,
                                                                    const QDateTime& notBefore,
                                                                    const QDateTime& notAfter,
                                                                    int bits)
{
    PKey key(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    Cert cert(X509_new());
    if (!key || !cert) {
        return failure("cannot generate the key");
    }
    const QByteArray serial = Random::bytes(16);
    ASN1_INTEGER* number = X509_get_serialNumber(cert.get());
    BIGNUM* bn = BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), 15, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, number);
    BN_free(bn);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME* name = X509_get_subject_name(cert.get());
    if (!serialOk || X509_set_version(cert.get(), 2) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch()))
        || X509_NAME_add_entry_by_txt(name,
                                      "CN",
                                      MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(cn.constData()),
                                      static_cast<int>(cn.size()),
                                      -1,
                                      0)
               != 1
        || X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        return failure("cannot build the certificate");
    }
    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1) {
        return failure("cannot encode PEM");
    }
    return SelfSignedCertificate{drain(keyBio.get()), drain(certBio.get())};
}

} // namespace gatehouse::engine
