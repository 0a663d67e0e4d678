#include "core/saml/sso/SsoSupport.h"

#include "core/util/Encoding.h"
#include "core/x509/Certificate.h"

#include <QRandomGenerator>

#include <libxml/tree.h>
#include <openssl/bio.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <zlib.h>

namespace gatehouse::core::saml::sso::support {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const
    {
        EVP_PKEY_free(key);
    }
};

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const
    {
        EVP_MD_CTX_free(ctx);
    }
};

struct X509Free
{
    void operator()(X509* cert) const
    {
        X509_free(cert);
    }
};

struct BioFree
{
    void operator()(BIO* bio) const
    {
        BIO_free(bio);
    }
};

struct EcdsaSigFree
{
    void operator()(ECDSA_SIG* sig) const
    {
        ECDSA_SIG_free(sig);
    }
};

int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

constexpr int kEcFieldBytes = 32; // P-256 (ecdsa-sha256)

// DER ECDSA-Sig-Value -> r||s (XML-DSig form) and back.
QByteArray ecdsaDerToRaw(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(d2i_ECDSA_SIG(nullptr, &p, der.size()));
    if (!sig) {
        return {};
    }
    QByteArray raw(2 * kEcFieldBytes, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, kEcFieldBytes) < 0
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + kEcFieldBytes, kEcFieldBytes) < 0) {
        return {};
    }
    return raw;
}

QByteArray ecdsaRawToDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0) {
        return {};
    }
    const int half = static_cast<int>(raw.size() / 2);
    const auto* in = reinterpret_cast<const unsigned char*>(raw.constData());
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(in, half, nullptr);
    BIGNUM* s = BN_bin2bn(in + half, half, nullptr);
    if (!sig || r == nullptr || s == nullptr || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return result;
}

} // namespace

QString randomId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id = QStringLiteral("_");
    for (quint32 word : words) {
        id += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    }
    return id;
}

QString xsdDateTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = static_cast<qsizetype>(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        return {};
    }
    out.truncate(written);
    return out;
}

Result<QByteArray> inflateRaw(const QByteArray& data, qsizetype maxBytes)
{
    using R = Result<QByteArray>;
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK) {
        return R::failure(QStringLiteral("saml.request-malformed"), QStringLiteral("Cannot set up inflation."));
    }
    QByteArray out;
    QByteArray chunk(16 * 1024, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
        zs.avail_out = static_cast<uInt>(chunk.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return R::failure(QStringLiteral("saml.request-malformed"),
                              QStringLiteral("SAMLRequest is not raw DEFLATE data."));
        }
        out.append(chunk.constData(), chunk.size() - static_cast<qsizetype>(zs.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&zs);
            return R::failure(QStringLiteral("saml.request-malformed"),
                              QStringLiteral("SAMLRequest inflates to more than %1 bytes.").arg(maxBytes));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return R::failure(QStringLiteral("saml.request-malformed"),
                              QStringLiteral("SAMLRequest DEFLATE data is truncated."));
        }
    }
    inflateEnd(&zs);
    return out;
}

namespace {

std::unique_ptr<EVP_PKEY, PkeyFree> readPrivateKey(const QByteArray& pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return std::unique_ptr<EVP_PKEY, PkeyFree>(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr);
}

} // namespace

Result<QString> signatureAlgorithmFor(const QByteArray& privateKeyPem)
{
    auto key = readPrivateKey(privateKeyPem);
    const int type = key ? EVP_PKEY_get_base_id(key.get()) : EVP_PKEY_NONE;
    if (type == EVP_PKEY_RSA) {
        return QString::fromLatin1(kRsaSha256);
    }
    if (type == EVP_PKEY_EC) {
        return QString::fromLatin1(kEcdsaSha256);
    }
    return Result<QString>::failure(QStringLiteral("saml.sign-key"),
                                    QStringLiteral("The signing key is not an unencrypted PEM RSA or EC key."));
}

Result<QPair<QString, QByteArray>> signDetached(const QByteArray& data, const QByteArray& privateKeyPem)
{
    using R = Result<QPair<QString, QByteArray>>;
    auto key = readPrivateKey(privateKeyPem);
    if (!key) {
        return R::failure(QStringLiteral("saml.sign-key"),
                          QStringLiteral("The signing key is not an unencrypted PEM key."));
    }
    const int type = EVP_PKEY_get_base_id(key.get());
    if (type != EVP_PKEY_RSA && type != EVP_PKEY_EC) {
        return R::failure(QStringLiteral("saml.sign-key"),
                          QStringLiteral("Only RSA and EC signing keys are supported."));
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(),
                          nullptr,
                          &len,
                          reinterpret_cast<const unsigned char*>(data.constData()),
                          static_cast<size_t>(data.size()))
               != 1) {
        return R::failure(QStringLiteral("saml.sign-failed"), QStringLiteral("OpenSSL could not sign."));
    }
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    if (EVP_DigestSign(ctx.get(),
                       reinterpret_cast<unsigned char*>(sig.data()),
                       &len,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<size_t>(data.size()))
        != 1) {
        return R::failure(QStringLiteral("saml.sign-failed"), QStringLiteral("OpenSSL could not sign."));
    }
    sig.truncate(static_cast<qsizetype>(len));
    if (type == EVP_PKEY_EC) {
        return QPair<QString, QByteArray>(QString::fromLatin1(kEcdsaSha256), ecdsaDerToRaw(sig));
    }
    return QPair<QString, QByteArray>(QString::fromLatin1(kRsaSha256), sig);
}

bool verifyDetached(const QByteArray& data,
                    const QString& sigAlg,
                    const QByteArray& signature,
                    const QList<QByteArray>& certificatesDer)
{
    const EVP_MD* md = nullptr;
    bool ec = false;
    if (sigAlg == QLatin1String(kRsaSha256)) {
        md = EVP_sha256();
    } else if (sigAlg == QLatin1String(kRsaSha512)) {
        md = EVP_sha512();
    } else if (sigAlg == QLatin1String(kEcdsaSha256)) {
        md = EVP_sha256();
        ec = true;
    } else {
        return false;
    }
    const QByteArray sig = ec ? ecdsaRawToDer(signature) : signature;
    if (sig.isEmpty()) {
        return false;
    }
    for (const QByteArray& der : certificatesDer) {
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, &p, der.size()));
        EVP_PKEY* key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
        if (key == nullptr || (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) != ec) {
            continue;
        }
        std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
        if (ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) == 1
            && EVP_DigestVerify(ctx.get(),
                                reinterpret_cast<const unsigned char*>(sig.constData()),
                                static_cast<size_t>(sig.size()),
                                reinterpret_cast<const unsigned char*>(data.constData()),
                                static_cast<size_t>(data.size()))
                   == 1) {
            return true;
        }
    }
    return false;
}

QString certificateBase64(const QByteArray& pem)
{
    auto certs = x509::parsePem(pem);
    if (!certs.ok() || certs.value().isEmpty()) {
        return {};
    }
    return QString::fromLatin1(encoding::base64(certs.value().constFirst().der));
}

QByteArray serialize(const xml::XmlDocument& doc)
{
    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc.doc(), &buffer, &size, "UTF-8");
    QByteArray result(reinterpret_cast<const char*>(buffer), size);
    xmlFree(buffer);
    return result;
}

QByteArray serializeNode(xmlNode* node)
{
    if (node == nullptr) {
        return {};
    }
    xmlDoc* doc = xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0"));
    xmlNode* copy = doc != nullptr ? xmlDocCopyNode(node, doc, 1) : nullptr;
    QByteArray result;
    if (copy != nullptr) {
        xmlDocSetRootElement(doc, copy);
        xmlBuffer* buffer = xmlBufferCreate();
        if (buffer != nullptr) {
            xmlNodeDump(buffer, doc, copy, 0, 0);
            result = QByteArray(reinterpret_cast<const char*>(xmlBufferContent(buffer)), xmlBufferLength(buffer));
            xmlBufferFree(buffer);
        }
    }
    xmlFreeDoc(doc);
    return result;
}

} // namespace gatehouse::core::saml::sso::support
