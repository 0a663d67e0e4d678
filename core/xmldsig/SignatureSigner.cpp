#include "core/xmldsig/SignatureSigner.h"

#include "core/xmldsig/SignatureVerifier.h"
#include "core/xmldsig/XmlLibrary.h"
#include "core/xmldsig/XmlNodes.h"

#include <libxml/tree.h>
#include <libxml/valid.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/templates.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <memory>

namespace gatehouse::core::xml {

namespace {

using V = Result<void>;

const xmlChar* x(const char* s)
{
    return reinterpret_cast<const xmlChar*>(s);
}

// Never prompt for a passphrase (OpenSSL's default callback reads the terminal): encrypted keys are refused.
int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

struct BioDeleter
{
    void operator()(BIO* bio) const
    {
        BIO_free(bio);
    }
};

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const
    {
        EVP_PKEY_free(key);
    }
};

struct X509Deleter
{
    void operator()(X509* cert) const
    {
        X509_free(cert);
    }
};

struct KeyDeleter
{
    void operator()(xmlSecKey* key) const
    {
        xmlSecKeyDestroy(key);
    }
};

struct DsigCtxDeleter
{
    void operator()(xmlSecDSigCtx* ctx) const
    {
        xmlSecDSigCtxDestroy(ctx);
    }
};

std::unique_ptr<BIO, BioDeleter> memoryBio(const QByteArray& data)
{
    return std::unique_ptr<BIO, BioDeleter>(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

// The xmlsec signing key: the private key with its certificate attached (written into KeyInfo when signing).
Result<xmlSecKeyPtr>
loadKey(const QByteArray& privateKeyPem, const QByteArray& certificatePem, SignatureSigner::Algorithm algorithm)
{
    using K = Result<xmlSecKeyPtr>;
    const auto keyError = [](const QString& why) {
        return K::failure(QStringLiteral("dsig.sign-key"), why);
    };
    auto keyBio = memoryBio(privateKeyPem);
    auto certBio = memoryBio(certificatePem);
    if (!keyBio || !certBio) {
        return keyError(QStringLiteral("Out of memory."));
    }
    std::unique_ptr<EVP_PKEY, PkeyDeleter> pkey(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassphrase, nullptr));
    if (!pkey) {
        return keyError(QStringLiteral("The private key is not an unencrypted PEM key."));
    }
    std::unique_ptr<X509, X509Deleter> cert(PEM_read_bio_X509(certBio.get(), nullptr, refusePassphrase, nullptr));
    if (!cert) {
        return keyError(QStringLiteral("The certificate is not a PEM X.509 certificate."));
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), pkey.get()) != 1) {
        return keyError(QStringLiteral("The certificate does not belong to the private key."));
    }
    const int wanted = algorithm == SignatureSigner::Algorithm::EcdsaSha256 ? EVP_PKEY_EC : EVP_PKEY_RSA;
    if (EVP_PKEY_get_base_id(pkey.get()) != wanted) {
        return keyError(QStringLiteral("The key type does not fit the signature algorithm."));
    }
    xmlSecKeyDataPtr data = xmlSecOpenSSLEvpKeyAdopt(pkey.get());
    if (data == nullptr) {
        return keyError(QStringLiteral("xmlsec cannot use this key."));
    }
    pkey.release(); // now owned by data
    std::unique_ptr<xmlSecKey, KeyDeleter> key(xmlSecKeyCreate());
    if (!key || xmlSecKeySetValue(key.get(), data) < 0) {
        xmlSecKeyDataDestroy(data);
        return keyError(QStringLiteral("xmlsec cannot use this key."));
    }
    if (xmlSecCryptoAppKeyCertLoadMemory(key.get(),
                                         reinterpret_cast<const xmlSecByte*>(certificatePem.constData()),
                                         static_cast<xmlSecSize>(certificatePem.size()),
                                         xmlSecKeyDataFormatPem)
        < 0) {
        return keyError(QStringLiteral("xmlsec cannot attach the certificate."));
    }
    return key.release();
}

xmlSecTransformId signatureMethod(SignatureSigner::Algorithm algorithm)
{
    switch (algorithm) {
    case SignatureSigner::Algorithm::RsaSha512:
        return xmlSecTransformRsaSha512Id;
    case SignatureSigner::Algorithm::EcdsaSha256:
        return xmlSecTransformEcdsaSha256Id;
    case SignatureSigner::Algorithm::RsaSha256:
        break;
    }
    return xmlSecTransformRsaSha256Id;
}

// The unlinked ds:Signature template, or null.
xmlNode* createTemplate(xmlDoc* doc, const QString& id, SignatureSigner::Algorithm algorithm)
{
    xmlNode* signature =
        xmlSecTmplSignatureCreateNsPref(doc, xmlSecTransformExclC14NId, signatureMethod(algorithm), nullptr, x("ds"));
    if (signature == nullptr) {
        return nullptr;
    }
    const QByteArray uri = (u'#' + id).toUtf8();
    xmlNode* reference =
        xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr, x(uri.constData()), nullptr);
    xmlNode* keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
    xmlNode* x509Data = keyInfo != nullptr ? xmlSecTmplKeyInfoAddX509Data(keyInfo) : nullptr;
    if (reference == nullptr || xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedId) == nullptr
        || xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NId) == nullptr || x509Data == nullptr
        || xmlSecTmplX509DataAddCertificate(x509Data) == nullptr) {
        xmlFreeNode(signature);
        return nullptr;
    }
    return signature;
}

// SAML schema position: after a leading saml:Issuer, otherwise first child element.
void insertSignature(xmlNode* element, xmlNode* signature)
{
    xmlNode* first = nullptr;
    for (xmlNode* child = element->children; child != nullptr && first == nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            first = child;
        }
    }
    if (first != nullptr && isElement(first, kNsAssertion, "Issuer")) {
        xmlAddNextSibling(first, signature);
    } else if (first != nullptr) {
        xmlAddPrevSibling(first, signature);
    } else {
        xmlAddChild(element, signature);
    }
}

} // namespace

Result<void> SignatureSigner::signEnveloped(XmlDocument& doc,
                                            xmlNode* element,
                                            const QByteArray& privateKeyPem,
                                            const QByteArray& certificatePem,
                                            Algorithm algorithm)
{
    XmlLibrary::ensureInitialized();
    if (element == nullptr || element->type != XML_ELEMENT_NODE || element->doc != doc.doc()) {
        return V::failure(QStringLiteral("dsig.sign-element"),
                          QStringLiteral("The element to sign is not an element of this document."));
    }
    const QString id = attribute(element, "ID");
    if (id.isEmpty()) {
        return V::failure(QStringLiteral("dsig.reference-uri"),
                          QStringLiteral("The element to sign has no ID attribute."),
                          path(element));
    }
    if (firstChild(element, kNsDsig, "Signature") != nullptr) {
        return V::failure(QStringLiteral("dsig.multiple-signatures"),
                          QStringLiteral("The element is already signed."),
                          path(element));
    }
    if (Result<void> unique = SignatureVerifier::checkUniqueId(element); !unique.ok()) {
        return unique;
    }
    Result<xmlSecKeyPtr> key = loadKey(privateKeyPem, certificatePem, algorithm);
    if (!key.ok()) {
        return V(key.error());
    }
    std::unique_ptr<xmlSecDSigCtx, DsigCtxDeleter> ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx) {
        xmlSecKeyDestroy(key.value());
        return V::failure(QStringLiteral("dsig.sign-failed"), QStringLiteral("Could not set up xmlsec."));
    }
    ctx->signKey = key.value(); // owned by ctx from here on
    ctx->enabledReferenceUris = xmlSecTransformUriTypeSameDocument;
    if (xmlSecDSigCtxEnableSignatureTransform(ctx.get(), xmlSecTransformExclC14NId) < 0
        || xmlSecDSigCtxEnableSignatureTransform(ctx.get(), signatureMethod(algorithm)) < 0
        || xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformEnvelopedId) < 0
        || xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformExclC14NId) < 0
        || xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformSha256Id) < 0) {
        return V::failure(QStringLiteral("dsig.sign-failed"), QStringLiteral("Could not set up xmlsec."));
    }

    xmlNode* signature = createTemplate(doc.doc(), id, algorithm);
    if (signature == nullptr) {
        return V::failure(QStringLiteral("dsig.sign-failed"), QStringLiteral("Could not create the signature."));
    }
    insertSignature(element, signature);

    // "#ID" must resolve to the element while xmlsec digests it; the registration is removed afterwards.
    xmlAttr* idAttr = xmlHasNsProp(element, x("ID"), nullptr);
    const QByteArray idUtf8 = id.toUtf8();
    const bool registered = xmlGetID(doc.doc(), x(idUtf8.constData())) == nullptr
                            && xmlAddID(nullptr, doc.doc(), x(idUtf8.constData()), idAttr) != nullptr;
    const int rc = xmlSecDSigCtxSign(ctx.get(), signature);
    if (registered) {
        xmlRemoveID(doc.doc(), idAttr);
    }
    if (rc < 0 || ctx->status != xmlSecDSigStatusSucceeded) {
        xmlUnlinkNode(signature);
        xmlFreeNode(signature);
        return V::failure(QStringLiteral("dsig.sign-failed"), QStringLiteral("xmlsec could not sign the element."));
    }
    return {};
}

} // namespace gatehouse::core::xml
