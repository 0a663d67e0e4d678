#include "core/x509/Certificate.h"

#include "core/util/Encoding.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/asn1t.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace gatehouse::core::x509 {

namespace {


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

// OpenSSL 3's d2i_X509 decodes the public key through its provider decoders: the first certificate of a process
// pays ~5 M instructions to build the decoder list (and to read the OpenSSL configuration), every later one a
// lookup; X509_digest and X509_check_issued fetch digests from the default provider. Describing a certificate needs
// none of that, so it is parsed here with templates of the same X.509 structure (RFC 5280 4.1) whose
// SubjectPublicKeyInfo stays an algorithm and a bit string, and the key's type and size are read from its DER.
// Keys this reader does not know (DSA, explicit EC parameters, Ed448, …) are decoded by OpenSSL as before.
// Signature verification (SignatureVerifier) always parses with d2i_X509.
struct RawSpki
{
    X509_ALGOR* algorithm;
    ASN1_BIT_STRING* key;
};

struct RawTbs
{
    ASN1_INTEGER* version;
    ASN1_INTEGER* serial;
    X509_ALGOR* signature;
    X509_NAME* issuer;
    X509_VAL* validity;
    X509_NAME* subject;
    RawSpki* key;
    ASN1_BIT_STRING* issuerUid;
    ASN1_BIT_STRING* subjectUid;
    STACK_OF(X509_EXTENSION) * extensions;
};

struct RawCert
{
    RawTbs* tbs;
    X509_ALGOR* signatureAlgorithm;
    ASN1_BIT_STRING* signature;
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wzero-as-null-pointer-constant"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wpedantic"

ASN1_SEQUENCE(RawSpki) = {
    ASN1_SIMPLE(RawSpki, algorithm, X509_ALGOR),
    ASN1_SIMPLE(RawSpki, key, ASN1_BIT_STRING),
} ASN1_SEQUENCE_END(RawSpki)

ASN1_SEQUENCE(RawTbs) = {
    ASN1_EXP_OPT(RawTbs, version, ASN1_INTEGER, 0),
    ASN1_SIMPLE(RawTbs, serial, ASN1_INTEGER),
    ASN1_SIMPLE(RawTbs, signature, X509_ALGOR),
    ASN1_SIMPLE(RawTbs, issuer, X509_NAME),
    ASN1_SIMPLE(RawTbs, validity, X509_VAL),
    ASN1_SIMPLE(RawTbs, subject, X509_NAME),
    ASN1_SIMPLE(RawTbs, key, RawSpki),
    ASN1_IMP_OPT(RawTbs, issuerUid, ASN1_BIT_STRING, 1),
    ASN1_IMP_OPT(RawTbs, subjectUid, ASN1_BIT_STRING, 2),
    ASN1_EXP_SEQUENCE_OF_OPT(RawTbs, extensions, X509_EXTENSION, 3),
} ASN1_SEQUENCE_END(RawTbs)

ASN1_SEQUENCE(RawCert) = {
    ASN1_SIMPLE(RawCert, tbs, RawTbs),
    ASN1_SIMPLE(RawCert, signatureAlgorithm, X509_ALGOR),
    ASN1_SIMPLE(RawCert, signature, ASN1_BIT_STRING),
} ASN1_SEQUENCE_END(RawCert)

#pragma GCC diagnostic pop

struct RawCertFree
{
    void operator()(RawCert* cert) const
    {
        ASN1_item_free(reinterpret_cast<ASN1_VALUE*>(cert), ASN1_ITEM_rptr(RawCert));
    }
};

using RawCertPtr = std::unique_ptr<RawCert, RawCertFree>;

// The contents of the DER element at `p` (tag `tag`, universal class, primitive or constructed as `constructed`);
// advances p past it.
bool readElement(const unsigned char*& p, long& remaining, int tag, bool constructed, QByteArrayView& content)
{
    long length = 0;
    int foundTag = 0;
    int foundClass = 0;
    const unsigned char* q = p;
    const int info = ASN1_get_object(&q, &length, &foundTag, &foundClass, remaining);
    if ((info & 0x80) != 0 || foundTag != tag || foundClass != V_ASN1_UNIVERSAL
        || ((info & V_ASN1_CONSTRUCTED) != 0) != constructed) {
        ERR_clear_error();
        return false;
    }
    content = QByteArrayView(q, length);
    remaining -= (q - p) + length;
    p = q + length;
    return true;
}

// Bits of an RSAPublicKey's modulus (RFC 8017 A.1.1), 0 when the structure is malformed.
int rsaModulusBits(const unsigned char* data, long size)
{
    const unsigned char* p = data;
    long remaining = size;
    QByteArrayView sequence;
    if (!readElement(p, remaining, V_ASN1_SEQUENCE, true, sequence)) {
        return 0;
    }
    p = reinterpret_cast<const unsigned char*>(sequence.data());
    remaining = sequence.size();
    QByteArrayView modulus;
    QByteArrayView exponent;
    if (!readElement(p, remaining, V_ASN1_INTEGER, false, modulus)
        || !readElement(p, remaining, V_ASN1_INTEGER, false, exponent) || remaining != 0) {
        return 0;
    }
    qsizetype i = 0;
    while (i < modulus.size() && modulus[i] == 0) {
        ++i;
    }
    if (i == modulus.size()) {
        return 0;
    }
    int top = 0;
    for (unsigned v = static_cast<unsigned char>(modulus[i]); v != 0; v >>= 1) {
        ++top;
    }
    return static_cast<int>((modulus.size() - i - 1) * 8) + top;
}

// Key type and size from the certificate's SubjectPublicKeyInfo without decoding the key; false when the key
// needs OpenSSL's decoders.
bool readKeyFromDer(const RawSpki& spki, CertificateInfo& info)
{
    const ASN1_OBJECT* algorithm = spki.algorithm->algorithm;
    const unsigned char* key = ASN1_STRING_get0_data(spki.key);
    const int keyLength = ASN1_STRING_length(spki.key);
    const X509_ALGOR* parameters = spki.algorithm;
    switch (OBJ_obj2nid(algorithm)) {
    case NID_rsaEncryption:
    case NID_rsassaPss:
        info.keyType = KeyType::Rsa;
        info.keyTypeName = QStringLiteral("RSA");
        info.keyBits = rsaModulusBits(key, keyLength);
        return info.keyBits > 0;
    case NID_X9_62_id_ecPublicKey: {
        int parameterType = V_ASN1_UNDEF;
        const void* parameter = nullptr;
        X509_ALGOR_get0(nullptr, &parameterType, &parameter, parameters);
        if (parameterType != V_ASN1_OBJECT) {
            return false; // explicit curve parameters
        }
        const int curve = OBJ_obj2nid(static_cast<const ASN1_OBJECT*>(parameter));
        int bits = 0;
        switch (curve) {
        case NID_X9_62_prime256v1:
        case NID_brainpoolP256r1:
        case NID_secp256k1:
            bits = 256;
            break;
        case NID_secp384r1:
        case NID_brainpoolP384r1:
            bits = 384;
            break;
        case NID_secp521r1:
            bits = 521;
            break;
        case NID_brainpoolP512r1:
            bits = 512;
            break;
        default:
            return false;
        }
        info.keyType = KeyType::Ec;
        info.keyTypeName = QStringLiteral("EC ") + QString::fromLatin1(OBJ_nid2sn(curve));
        info.keyBits = bits;
        return true;
    }
    case NID_ED25519:
        if (keyLength != 32) {
            return false;
        }
        info.keyType = KeyType::Ed25519;
        info.keyTypeName = QStringLiteral("Ed25519");
        info.keyBits = 256; // what EVP_PKEY_get_bits reports
        return true;
    default:
        return false;
    }
}

// Key type and size through OpenSSL's decoders (the default library context), for keys readKeyFromDer leaves.
void readKeyWithDecoders(CertificateInfo& info)
{
    const auto* p = reinterpret_cast<const unsigned char*>(info.publicKeyDer.constData());
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, info.publicKeyDer.size());
    if (key == nullptr) {
        ERR_clear_error();
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
    EVP_PKEY_free(key);
}

void readKey(const RawSpki& key, CertificateInfo& info)
{
    unsigned char* spki = nullptr;
    const int spkiLen = ASN1_item_i2d(reinterpret_cast<const ASN1_VALUE*>(&key), &spki, ASN1_ITEM_rptr(RawSpki));
    if (spkiLen > 0) {
        info.publicKeyDer = QByteArray(reinterpret_cast<const char*>(spki), spkiLen);
    }
    OPENSSL_free(spki);
    if (!readKeyFromDer(key, info)) {
        info.keyType = KeyType::Other;
        info.keyBits = 0;
        readKeyWithDecoders(info);
    }
}

// X509_check_issued(cert, cert) == X509_V_OK without the key decoding and digest fetches it makes: the subject
// is the issuer, the authority key identifier (if any) names this certificate, and a keyUsage extension (if
// any) allows certificate signing, and the signature algorithm is one for the certificate's own key type.
bool isSelfIssued(const RawTbs& cert, int signatureKeyNid)
{
    if (X509_NAME_cmp(cert.subject, cert.issuer) != 0) {
        return false;
    }
    const int keyNid = OBJ_obj2nid(cert.key->algorithm->algorithm);
    if (signatureKeyNid == NID_undef
        || (keyNid != signatureKeyNid && !(keyNid == NID_rsaEncryption && signatureKeyNid == NID_rsassaPss))) {
        return false;
    }
    int critical = 0;
    auto* akid = static_cast<AUTHORITY_KEYID*>(X509V3_get_d2i(cert.extensions, NID_authority_key_identifier, &critical, nullptr));
    bool matches = critical != -2; // -2: the extension occurs more than once
    if (akid != nullptr) {
        // X509_check_akid's rules, with the subject key identifier read here (X509_check_akid reads the cached
        // one, which needs the digest fetch this avoids).
        if (akid->keyid != nullptr) {
            auto* skid = static_cast<ASN1_OCTET_STRING*>(
                X509V3_get_d2i(cert.extensions, NID_subject_key_identifier, &critical, nullptr));
            matches = matches && (skid == nullptr || ASN1_OCTET_STRING_cmp(akid->keyid, skid) == 0);
            ASN1_OCTET_STRING_free(skid);
        }
        if (akid->serial != nullptr) {
            matches = matches && ASN1_INTEGER_cmp(cert.serial, akid->serial) == 0;
        }
        for (int i = 0; akid->issuer != nullptr && i < sk_GENERAL_NAME_num(akid->issuer); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(akid->issuer, i);
            if (name->type == GEN_DIRNAME) { // the first directory name counts
                matches = matches && X509_NAME_cmp(name->d.dirn, cert.issuer) == 0;
                break;
            }
        }
        AUTHORITY_KEYID_free(akid);
    }
    auto* usage = static_cast<ASN1_BIT_STRING*>(X509V3_get_d2i(cert.extensions, NID_key_usage, &critical, nullptr));
    if (usage != nullptr) {
        matches = matches && ASN1_BIT_STRING_get_bit(usage, 5) == 1; // keyCertSign
        ASN1_BIT_STRING_free(usage);
    } else if (critical == -2) {
        matches = false;
    }
    ERR_clear_error();
    return matches;
}

CertificateInfo describe(const RawCert& raw, QByteArray der)
{
    const RawTbs& cert = *raw.tbs;
    CertificateInfo info;
    info.der = std::move(der);
    info.subject = nameToString(cert.subject);
    info.issuer = nameToString(cert.issuer);
    info.notBefore = asn1ToDateTime(cert.validity->notBefore);
    info.notAfter = asn1ToDateTime(cert.validity->notAfter);
    const int sigNid = OBJ_obj2nid(raw.signatureAlgorithm->algorithm); // as X509_get_signature_nid
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(sigNid));
    int mdNid = NID_undef;
    int pkNid = NID_undef;
    if (OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid) == 1) {
        info.md5Signature = mdNid == NID_md5 || mdNid == NID_md2 || mdNid == NID_md4;
        info.weakSignatureHash = info.md5Signature || mdNid == NID_sha1;
    } else {
        pkNid = NID_undef;
    }
    info.selfSigned = isSelfIssued(cert, pkNid);
    // Fingerprints are over the certificate's bytes as they came (what other tools hash); Qt's own SHA code.
    info.sha1Fingerprint = QCryptographicHash::hash(info.der, QCryptographicHash::Sha1);
    info.sha256Fingerprint = QCryptographicHash::hash(info.der, QCryptographicHash::Sha256);
    readKey(*cert.key, info);
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
    RawCertPtr cert(reinterpret_cast<RawCert*>(ASN1_item_d2i(nullptr, &p, der.size(), ASN1_ITEM_rptr(RawCert))));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        ERR_clear_error();
        return Result<CertificateInfo>::failure(QStringLiteral("x509.invalid"),
                                                QStringLiteral("The data is not a DER-encoded X.509 certificate."));
    }
    return describe(*cert, der);
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
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio, &name, &header, &data, &length) != 1) {
            break;
        }
        const QByteArray label(name);
        const QByteArray der(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (label != PEM_STRING_X509 && label != PEM_STRING_X509_OLD) {
            continue; // keys and other blocks next to the certificates
        }
        auto parsed = parseDer(der);
        if (!parsed.ok()) {
            break;
        }
        certs.append(parsed.value());
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
