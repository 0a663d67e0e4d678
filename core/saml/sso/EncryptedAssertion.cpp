#include "core/saml/sso/EncryptedAssertion.h"

#include "core/xmldsig/XmlLibrary.h"
#include "core/xmldsig/XmlNodes.h"

#include <QString>

#include <libxml/tree.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <xmlsec/app.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/keysmngr.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/templates.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmlenc.h>
#include <xmlsec/xmlsec.h>

#include <memory>

namespace gatehouse::core::saml::sso {

namespace {

using V = Result<void>;
using B = Result<QByteArray>;

constexpr char kAes128Cbc[] = "http://www.w3.org/2001/04/xmlenc#aes128-cbc";
constexpr char kAes192Cbc[] = "http://www.w3.org/2001/04/xmlenc#aes192-cbc";
constexpr char kAes256Cbc[] = "http://www.w3.org/2001/04/xmlenc#aes256-cbc";
constexpr char kAes128Gcm[] = "http://www.w3.org/2009/xmlenc11#aes128-gcm";
constexpr char kAes192Gcm[] = "http://www.w3.org/2009/xmlenc11#aes192-gcm";
constexpr char kAes256Gcm[] = "http://www.w3.org/2009/xmlenc11#aes256-gcm";
constexpr char kRsaOaepMgf1p[] = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p";
constexpr char kRsaOaep11[] = "http://www.w3.org/2009/xmlenc11#rsa-oaep";

struct EncCtxFree
{
    void operator()(xmlSecEncCtx* ctx) const
    {
        xmlSecEncCtxDestroy(ctx);
    }
};

struct MngrFree
{
    void operator()(xmlSecKeysMngr* mngr) const
    {
        xmlSecKeysMngrDestroy(mngr);
    }
};

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const
    {
        EVP_PKEY_free(key);
    }
};

struct BioFree
{
    void operator()(BIO* bio) const
    {
        BIO_free(bio);
    }
};

struct X509Free
{
    void operator()(X509* cert) const
    {
        X509_free(cert);
    }
};

int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

const xmlChar* x(const char* s)
{
    return reinterpret_cast<const xmlChar*>(s);
}

// An xmlsec key around an OpenSSL key (takes ownership of pkey); null on failure.
xmlSecKeyPtr adoptKey(EVP_PKEY* pkey)
{
    xmlSecKeyDataPtr data = xmlSecOpenSSLEvpKeyAdopt(pkey);
    if (data == nullptr) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    xmlSecKeyPtr key = xmlSecKeyCreate();
    if (key == nullptr || xmlSecKeySetValue(key, data) < 0) {
        xmlSecKeyDataDestroy(data);
        if (key != nullptr) {
            xmlSecKeyDestroy(key);
        }
        return nullptr;
    }
    return key;
}

std::unique_ptr<EVP_PKEY, PkeyFree> readPrivateKey(const QByteArray& pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return std::unique_ptr<EVP_PKEY, PkeyFree>(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr);
}

QString algorithmOf(const xmlNode* encrypted)
{
    return xml::attribute(xml::firstChild(encrypted, xml::kNsXenc, "EncryptionMethod"), "Algorithm");
}

xmlSecKeyDataId sessionKeyType(const QString& algorithm, int* bits)
{
    const struct
    {
        const char* uri;
        int bits;
    } known[] = {{kAes128Cbc, 128},
                 {kAes192Cbc, 192},
                 {kAes256Cbc, 256},
                 {kAes128Gcm, 128},
                 {kAes192Gcm, 192},
                 {kAes256Gcm, 256}};

    for (const auto& k : known) {
        if (algorithm == QLatin1String(k.uri)) {
            *bits = k.bits;
            return xmlSecKeyDataAesId;
        }
    }
    return xmlSecKeyDataIdUnknown;
}

xmlNode* findEncryptedKey(xmlNode* encryptedAssertion, xmlNode* encryptedData)
{
    if (xmlNode* keyInfo = xml::firstChild(encryptedData, xml::kNsDsig, "KeyInfo")) {
        if (xmlNode* key = xml::firstChild(keyInfo, xml::kNsXenc, "EncryptedKey")) {
            return key;
        }
    }
    return xml::firstChild(encryptedAssertion, xml::kNsXenc, "EncryptedKey");
}

} // namespace

Result<void> EncryptedAssertion::encrypt(xml::XmlDocument& doc, xmlNode* assertion, const QByteArray& recipientCertPem)
{
    xml::XmlLibrary::ensureInitialized();
    if (assertion == nullptr || assertion->doc != doc.doc()) {
        return V::failure(QStringLiteral("saml.encrypt-failed"), QStringLiteral("No assertion to encrypt."));
    }
    std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(recipientCertPem.constData(), static_cast<int>(recipientCertPem.size())));
    std::unique_ptr<X509, X509Free> cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr)
                                             : nullptr);
    EVP_PKEY* pub = cert ? X509_get_pubkey(cert.get()) : nullptr; // new reference
    if (pub == nullptr || EVP_PKEY_get_base_id(pub) != EVP_PKEY_RSA) {
        EVP_PKEY_free(pub);
        return V::failure(QStringLiteral("saml.encrypt-key"),
                          QStringLiteral("The encryption certificate is not a PEM certificate with an RSA key."));
    }
    xmlSecKeyPtr transportKey = adoptKey(pub);
    std::unique_ptr<xmlSecKeysMngr, MngrFree> mngr(xmlSecKeysMngrCreate());
    if (transportKey == nullptr || !mngr || xmlSecCryptoAppDefaultKeysMngrInit(mngr.get()) < 0
        || xmlSecCryptoAppDefaultKeysMngrAdoptKey(mngr.get(), transportKey) < 0) {
        if (transportKey != nullptr) {
            xmlSecKeyDestroy(transportKey);
        }
        return V::failure(QStringLiteral("saml.encrypt-key"), QStringLiteral("xmlsec cannot use the encryption key."));
    }

    xmlNode* encData =
        xmlSecTmplEncDataCreate(doc.doc(), xmlSecTransformAes256GcmId, nullptr, xmlSecTypeEncElement, nullptr, nullptr);
    xmlNode* keyInfo = encData != nullptr ? xmlSecTmplEncDataEnsureKeyInfo(encData, nullptr) : nullptr;
    xmlNode* encKey =
        keyInfo != nullptr
            ? xmlSecTmplKeyInfoAddEncryptedKey(keyInfo, xmlSecTransformRsaOaepId, nullptr, nullptr, nullptr)
            : nullptr;
    if (encData == nullptr || xmlSecTmplEncDataEnsureCipherValue(encData) == nullptr || encKey == nullptr
        || xmlSecTmplEncDataEnsureCipherValue(encKey) == nullptr) {
        xmlFreeNode(encData);
        return V::failure(QStringLiteral("saml.encrypt-failed"), QStringLiteral("Cannot create the xmlenc template."));
    }

    std::unique_ptr<xmlSecEncCtx, EncCtxFree> ctx(xmlSecEncCtxCreate(mngr.get()));
    if (!ctx) {
        xmlFreeNode(encData);
        return V::failure(QStringLiteral("saml.encrypt-failed"), QStringLiteral("Cannot set up xmlsec."));
    }
    ctx->encKey = xmlSecKeyGenerate(xmlSecKeyDataAesId, 256, xmlSecKeyDataTypeSession);
    if (ctx->encKey == nullptr) {
        xmlFreeNode(encData);
        return V::failure(QStringLiteral("saml.encrypt-failed"), QStringLiteral("Cannot generate the content key."));
    }

    // <saml:EncryptedAssertion> takes the assertion's place; xmlsec then replaces the assertion inside it.
    // The namespace must come from outside the assertion: the assertion's own declarations go away with it.
    xmlNode* parent = assertion->parent;
    xmlNs* samlNs = parent != nullptr && parent->type == XML_ELEMENT_NODE
                        ? xmlSearchNsByHref(doc.doc(), parent, x(xml::kNsAssertion))
                        : nullptr;
    xmlNode* wrapper = xmlNewDocNode(doc.doc(), samlNs, x("EncryptedAssertion"), nullptr);
    if (wrapper != nullptr && samlNs == nullptr) {
        xmlSetNs(wrapper, xmlNewNs(wrapper, x(xml::kNsAssertion), x("saml")));
    }
    if (wrapper == nullptr) {
        xmlFreeNode(encData);
        return V::failure(QStringLiteral("saml.encrypt-failed"), QStringLiteral("Out of memory."));
    }
    xmlAddPrevSibling(assertion, wrapper);
    xmlUnlinkNode(assertion);
    xmlAddChild(wrapper, assertion);
    if (xmlSecEncCtxXmlEncrypt(ctx.get(), encData, assertion) < 0) {
        // Put the document back as it was.
        xmlUnlinkNode(assertion);
        xmlAddPrevSibling(wrapper, assertion);
        xmlUnlinkNode(wrapper);
        xmlFreeNode(wrapper);
        xmlFreeNode(encData);
        return V::failure(QStringLiteral("saml.encrypt-failed"),
                          QStringLiteral("xmlsec could not encrypt the assertion."));
    }
    return {};
}

Result<QByteArray> EncryptedAssertion::decrypt(xmlNode* encryptedAssertion, const QByteArray& privateKeyPem)
{
    xml::XmlLibrary::ensureInitialized();
    const QList<xmlNode*> encDatas = xml::children(encryptedAssertion, xml::kNsXenc, "EncryptedData");
    if (encDatas.size() != 1) {
        return B::failure(QStringLiteral("saml.decrypt-malformed"),
                          QStringLiteral("EncryptedAssertion must contain exactly one xenc:EncryptedData (found %1).")
                              .arg(encDatas.size()));
    }
    xmlNode* encData = encDatas.constFirst();
    if (xml::attribute(encData, "Type") == QLatin1String("http://www.w3.org/2001/04/xmlenc#Content")) {
        return B::failure(QStringLiteral("saml.decrypt-malformed"),
                          QStringLiteral("EncryptedData must encrypt the Assertion element, not content."));
    }
    xmlNode* encKey = findEncryptedKey(encryptedAssertion, encData);
    if (encKey == nullptr) {
        return B::failure(QStringLiteral("saml.decrypt-malformed"),
                          QStringLiteral("EncryptedAssertion carries no xenc:EncryptedKey."));
    }
    const QString transport = algorithmOf(encKey);
    if (transport != QLatin1String(kRsaOaepMgf1p) && transport != QLatin1String(kRsaOaep11)) {
        return B::failure(
            QStringLiteral("saml.decrypt-algorithm"),
            QStringLiteral("Key transport algorithm '%1' is not accepted (use RSA-OAEP).").arg(transport));
    }
    const QString content = algorithmOf(encData);
    int bits = 0;
    const xmlSecKeyDataId sessionType = sessionKeyType(content, &bits);
    if (sessionType == xmlSecKeyDataIdUnknown) {
        return B::failure(
            QStringLiteral("saml.decrypt-algorithm"),
            QStringLiteral("Content encryption algorithm '%1' is not accepted (use AES-GCM or AES-CBC).").arg(content));
    }

    auto pkey = readPrivateKey(privateKeyPem);
    if (!pkey || EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA) {
        return B::failure(QStringLiteral("saml.decrypt-key"),
                          QStringLiteral("The SP decryption key is not an unencrypted PEM RSA key."));
    }
    std::unique_ptr<xmlSecEncCtx, EncCtxFree> keyCtx(xmlSecEncCtxCreate(nullptr));
    if (!keyCtx) {
        return B::failure(QStringLiteral("saml.decrypt-failed"), QStringLiteral("Cannot set up xmlsec."));
    }
    keyCtx->encKey = adoptKey(pkey.release());
    keyCtx->mode = xmlEncCtxModeEncryptedKey;
    if (keyCtx->encKey == nullptr) {
        return B::failure(QStringLiteral("saml.decrypt-key"), QStringLiteral("xmlsec cannot use the SP key."));
    }
    if (xmlSecEncCtxDecryptToBuffer(keyCtx.get(), encKey) == nullptr || keyCtx->result == nullptr) {
        return B::failure(QStringLiteral("saml.decrypt-key"),
                          QStringLiteral("The content key cannot be decrypted with the SP key (encrypted for another "
                                         "certificate?)."));
    }
    const QByteArray sessionKey(reinterpret_cast<const char*>(xmlSecBufferGetData(keyCtx->result)),
                                static_cast<qsizetype>(xmlSecBufferGetSize(keyCtx->result)));
    if (sessionKey.size() * 8 != bits) {
        return B::failure(QStringLiteral("saml.decrypt-failed"),
                          QStringLiteral("The content key has the wrong length for %1.").arg(content));
    }

    std::unique_ptr<xmlSecEncCtx, EncCtxFree> dataCtx(xmlSecEncCtxCreate(nullptr));
    if (!dataCtx) {
        return B::failure(QStringLiteral("saml.decrypt-failed"), QStringLiteral("Cannot set up xmlsec."));
    }
    dataCtx->encKey = xmlSecKeyReadMemory(sessionType,
                                          reinterpret_cast<const xmlSecByte*>(sessionKey.constData()),
                                          static_cast<xmlSecSize>(sessionKey.size()));
    if (dataCtx->encKey == nullptr) {
        return B::failure(QStringLiteral("saml.decrypt-failed"), QStringLiteral("xmlsec cannot use the content key."));
    }
    if (xmlSecEncCtxDecryptToBuffer(dataCtx.get(), encData) == nullptr || dataCtx->result == nullptr) {
        return B::failure(QStringLiteral("saml.decrypt-failed"),
                          QStringLiteral("The EncryptedData cannot be decrypted (altered ciphertext?)."));
    }
    return QByteArray(reinterpret_cast<const char*>(xmlSecBufferGetData(dataCtx->result)),
                      static_cast<qsizetype>(xmlSecBufferGetSize(dataCtx->result)));
}

} // namespace gatehouse::core::saml::sso
