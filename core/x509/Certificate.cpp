#include "core/x509/Certificate.h"

#include "core/util/Encoding.h"

#include <QStringList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace gatehouse::core::x509 {

namespace {

struct X509Free
{
    void operator()(X509* x) const
    {
        X509_free(x);
    }
};

using X509Ptr = std::unique_ptr<X509, X509Free>;

QString nameToString(const X509_NAME* name)
{
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QString result = QString::fromUtf8(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    return result;
}

QDateTime asn1ToDateTime(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QByteArray digest(X509* cert, const EVP_MD* md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    X509_digest(cert, md, buf, &len);
    return QByteArray(reinterpret_cast<const char*>(buf), static_cast<qsizetype>(len));
}

void readKey(X509* cert, CertificateInfo& info)
{
    EVP_PKEY* key = X509_get0_pubkey(cert);
    if (key == nullptr) {
        info.keyTypeName = QStringLiteral("unknown");
        return;
    }
    info.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info.keyType = KeyType::Rsa;
        info.keyTypeName = QStringLiteral("RSA");
        break;
    case EVP_PKEY_EC: {
        info.keyType = KeyType::Ec;
        char group[64] = {};
        size_t groupLen = 0;
        EVP_PKEY_get_group_name(key, group, sizeof(group), &groupLen);
        info.keyTypeName = QStringLiteral("EC ") + QString::fromLatin1(group);
        break;
    }
    case EVP_PKEY_ED25519:
        info.keyType = KeyType::Ed25519;
        info.keyTypeName = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_DSA:
        info.keyType = KeyType::Dsa;
        info.keyTypeName = QStringLiteral("DSA");
        break;
    default:
        info.keyTypeName = QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
        break;
    }
    // i2d_X509_PUBKEY on the certificate's own SubjectPublicKeyInfo avoids OpenSSL 3's encoder lookup per call.
    unsigned char* spki = nullptr;
    const int spkiLen = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &spki);
    if (spkiLen > 0) {
        info.publicKeyDer = QByteArray(reinterpret_cast<const char*>(spki), spkiLen);
    }
    OPENSSL_free(spki);
}

CertificateInfo describe(X509* cert, QByteArray der)
{
    CertificateInfo info;
    info.der = std::move(der);
    info.subject = nameToString(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    info.notBefore = asn1ToDateTime(X509_get0_notBefore(cert));
    info.notAfter = asn1ToDateTime(X509_get0_notAfter(cert));
    const int sigNid = X509_get_signature_nid(cert);
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(sigNid));
    int mdNid = NID_undef;
    int pkNid = NID_undef;
    if (OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid) == 1) {
        info.md5Signature = mdNid == NID_md5 || mdNid == NID_md2 || mdNid == NID_md4;
        info.weakSignatureHash = info.md5Signature || mdNid == NID_sha1;
    }
    info.selfSigned = X509_check_issued(cert, cert) == X509_V_OK;
    info.sha1Fingerprint = digest(cert, EVP_sha1());
    info.sha256Fingerprint = digest(cert, EVP_sha256());
    readKey(cert, info);
    return info;
}

} // namespace

QString CertificateInfo::formatFingerprint(const QByteArray& raw)
{
    return QString::fromLatin1(encoding::hex(raw, ':'));
}

Result<CertificateInfo> parseDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        ERR_clear_error();
        return Result<CertificateInfo>::failure(QStringLiteral("x509.invalid"),
                                                QStringLiteral("The data is not a DER-encoded X.509 certificate."));
    }
    return describe(cert.get(), der);
}

Result<CertificateInfo> parseBase64(QByteArrayView base64Text)
{
    auto der = encoding::fromBase64(base64Text, encoding::Whitespace::Ignore);
    if (!der.ok()) {
        return Result<CertificateInfo>::failure(QStringLiteral("x509.base64"),
                                                QStringLiteral("The certificate is not valid base64."));
    }
    return parseDer(der.value());
}

Result<QList<CertificateInfo>> parsePem(const QByteArray& pem)
{
    QList<CertificateInfo> certs;
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    while (true) {
        X509Ptr cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
        if (!cert) {
            break;
        }
        unsigned char* der = nullptr;
        const int len = i2d_X509(cert.get(), &der);
        QByteArray derBytes(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
        certs.append(describe(cert.get(), derBytes));
    }
    BIO_free(bio);
    ERR_clear_error(); // the loop ends on a "no start line" error by design
    if (certs.isEmpty()) {
        return Result<QList<CertificateInfo>>::failure(QStringLiteral("x509.invalid"),
                                                       QStringLiteral("No PEM certificate found."));
    }
    return certs;
}

} // namespace gatehouse::core::x509
