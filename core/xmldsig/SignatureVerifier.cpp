#include "core/xmldsig/SignatureVerifier.h"

#include "core/util/Encoding.h"
#include "core/xmldsig/XmlLibrary.h"
#include "core/xmldsig/XmlNodes.h"

#include <QHash>
#include <QMutex>

#include <libxml/c14n.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/membuf.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <functional>
#include <memory>
#include <vector>

namespace gatehouse::core::xml {

namespace {

using R = Result<SignatureInfo>;
using TransformIdFn = xmlSecTransformId (*)();

constexpr char kExcC14n[] = "http://www.w3.org/2001/10/xml-exc-c14n#";
constexpr char kIncC14n[] = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
constexpr char kEnveloped[] = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

enum class KeyFamily
{
    Rsa,
    Ec,
};

struct AllowedAlgorithm
{
    const char* uri;
    TransformIdFn id;
    KeyFamily family; // signature methods only
    bool sha1;
};

// The allow-lists. Everything else (MD5, HMAC, DSA, RSA1_5, SHA-224, RIPEMD, GOST, unknown) is forbidden.
const AllowedAlgorithm kSignatureMethods[] = {
    {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
     [] { return xmlSecTransformRsaSha256Id; },
     KeyFamily::Rsa,
     false},
    {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
     [] { return xmlSecTransformRsaSha384Id; },
     KeyFamily::Rsa,
     false},
    {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
     [] { return xmlSecTransformRsaSha512Id; },
     KeyFamily::Rsa,
     false},
    {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
     [] { return xmlSecTransformEcdsaSha256Id; },
     KeyFamily::Ec,
     false},
    {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
     [] { return xmlSecTransformEcdsaSha384Id; },
     KeyFamily::Ec,
     false},
    {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
     [] { return xmlSecTransformEcdsaSha512Id; },
     KeyFamily::Ec,
     false},
    {"http://www.w3.org/2000/09/xmldsig#rsa-sha1", [] { return xmlSecTransformRsaSha1Id; }, KeyFamily::Rsa, true},
    {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
     [] { return xmlSecTransformEcdsaSha1Id; },
     KeyFamily::Ec,
     true},
};

const AllowedAlgorithm kDigestMethods[] = {
    {"http://www.w3.org/2001/04/xmlenc#sha256", [] { return xmlSecTransformSha256Id; }, KeyFamily::Rsa, false},
    {"http://www.w3.org/2001/04/xmldsig-more#sha384", [] { return xmlSecTransformSha384Id; }, KeyFamily::Rsa, false},
    {"http://www.w3.org/2001/04/xmlenc#sha512", [] { return xmlSecTransformSha512Id; }, KeyFamily::Rsa, false},
    {"http://www.w3.org/2000/09/xmldsig#sha1", [] { return xmlSecTransformSha1Id; }, KeyFamily::Rsa, true},
};

const xmlChar* x(const char* s)
{
    return reinterpret_cast<const xmlChar*>(s);
}

template <std::size_t N> const AllowedAlgorithm* findAlgorithm(const AllowedAlgorithm (&table)[N], const QString& uri)
{
    for (const AllowedAlgorithm& a : table) {
        if (uri == QLatin1String(a.uri)) {
            return &a;
        }
    }
    return nullptr;
}

template <std::size_t N>
bool isAllowedId(const AllowedAlgorithm (&table)[N], xmlSecTransformId id, const VerifyPolicy& policy)
{
    for (const AllowedAlgorithm& a : table) {
        if (a.id() == id && (!a.sha1 || policy.allowSha1)) {
            return true;
        }
    }
    return false;
}

// Depth-first walk over the element descendants of root (root included), without recursion.
void forEachElement(xmlNode* root, const std::function<void(xmlNode*)>& visit)
{
    xmlNode* node = root;
    while (node != nullptr) {
        if (node->type == XML_ELEMENT_NODE) {
            visit(node);
            if (node->children != nullptr) {
                node = node->children;
                continue;
            }
        }
        while (node != nullptr && node != root && node->next == nullptr) {
            node = node->parent;
        }
        if (node == nullptr || node == root) {
            break;
        }
        node = node->next;
    }
}

// The ds:Signature's parts after the structural checks.
struct ParsedSignature
{
    xmlNode* signature = nullptr;
    SignatureInfo info;
};

Result<ParsedSignature> fail(const char* code, const QString& message, const QString& detail = {})
{
    return Result<ParsedSignature>::failure(QString::fromLatin1(code), message, detail);
}

bool referencesTarget(xmlNode* signature, const QString& uri)
{
    const QList<xmlNode*> refs = children(firstChild(signature, kNsDsig, "SignedInfo"), kNsDsig, "Reference");
    for (xmlNode* ref : refs) {
        if (hasAttribute(ref, "URI") && attribute(ref, "URI") == uri) {
            return true;
        }
    }
    return false;
}

// Only ec:InclusiveNamespaces (with nothing but a PrefixList) may appear inside an exc-c14n method or transform.
bool onlyInclusiveNamespaces(const xmlNode* method)
{
    for (xmlNode* child : children(method)) {
        if (!isElement(child, kExcC14n, "InclusiveNamespaces") || child->children != nullptr) {
            return false;
        }
        for (xmlAttr* a = child->properties; a != nullptr; a = a->next) {
            if (a->ns != nullptr || xmlStrcmp(a->name, x("PrefixList")) != 0) {
                return false;
            }
        }
    }
    return true;
}

Result<void> checkTransforms(const xmlNode* reference, QStringList& algorithms)
{
    using V = Result<void>;
    const xmlNode* transforms = firstChild(reference, kNsDsig, "Transforms");
    const QList<xmlNode*> list = children(transforms, kNsDsig, "Transform");
    if (children(transforms).size() != list.size()) {
        return V::failure(QStringLiteral("dsig.malformed"), QStringLiteral("ds:Transforms holds other elements."));
    }
    for (xmlNode* t : list) {
        algorithms.append(attribute(t, "Algorithm"));
    }
    const auto forbidden = [](const QString& why) {
        return V::failure(QStringLiteral("dsig.transform-forbidden"), why);
    };
    if (list.isEmpty() || algorithms.first() != QLatin1String(kEnveloped)) {
        return forbidden(QStringLiteral("The first transform must be enveloped-signature; found: %1.")
                             .arg(algorithms.isEmpty() ? QStringLiteral("none") : algorithms.first()));
    }
    if (list.size() > 2 || (list.size() == 2 && algorithms.at(1) != QLatin1String(kExcC14n))) {
        return forbidden(QStringLiteral("Only enveloped-signature optionally followed by exclusive c14n is allowed; "
                                        "found: %1.")
                             .arg(algorithms.join(QStringLiteral(", "))));
    }
    if (!children(list.first()).isEmpty() || (list.size() == 2 && !onlyInclusiveNamespaces(list.at(1)))) {
        return forbidden(QStringLiteral("A transform carries unexpected parameters."));
    }
    return {};
}

// The single ds:Signature direct child of signedElement.
Result<xmlNode*> findSignature(xmlNode* signedElement)
{
    using N = Result<xmlNode*>;
    if (signedElement == nullptr || signedElement->type != XML_ELEMENT_NODE) {
        return N::failure(QStringLiteral("dsig.missing"), QStringLiteral("No element to verify."));
    }
    const QString id = attribute(signedElement, "ID");
    const QList<xmlNode*> signatures = children(signedElement, kNsDsig, "Signature");
    if (signatures.size() > 1) {
        return N::failure(
            QStringLiteral("dsig.multiple-signatures"),
            QStringLiteral("The element has %1 ds:Signature children; exactly one is allowed.").arg(signatures.size()),
            path(signedElement));
    }
    if (!signatures.isEmpty()) {
        return signatures.first();
    }
    bool nested = false;
    if (!id.isEmpty()) {
        forEachElement(signedElement, [&](xmlNode* n) {
            nested =
                nested || (n != signedElement && isElement(n, kNsDsig, "Signature") && referencesTarget(n, u'#' + id));
        });
    }
    if (nested) {
        return N::failure(QStringLiteral("dsig.not-direct-child"),
                          QStringLiteral("The signature referencing this element is not its direct child."),
                          path(signedElement));
    }
    return N::failure(
        QStringLiteral("dsig.missing"), QStringLiteral("The element is not signed."), path(signedElement));
}

QList<QByteArray> keyInfoCertificates(const xmlNode* keyInfo)
{
    QList<QByteArray> result;
    for (xmlNode* data : children(keyInfo, kNsDsig, "X509Data")) {
        for (xmlNode* cert : children(data, kNsDsig, "X509Certificate")) {
            auto der = encoding::fromBase64(text(cert).toLatin1(), encoding::Whitespace::Ignore);
            if (der.ok() && !der.value().isEmpty()) {
                result.append(der.value());
            }
        }
    }
    return result;
}

Result<ParsedSignature> parseSignature(xmlNode* signedElement)
{
    Result<xmlNode*> found = findSignature(signedElement);
    if (!found.ok()) {
        return Result<ParsedSignature>(found.error());
    }
    const QString id = attribute(signedElement, "ID");
    ParsedSignature parsed;
    parsed.signature = found.value();
    SignatureInfo& info = parsed.info;
    const QList<xmlNode*> parts = children(parsed.signature);
    const bool shapeOk = (parts.size() == 2 || parts.size() == 3) && isElement(parts.at(0), kNsDsig, "SignedInfo")
                         && isElement(parts.at(1), kNsDsig, "SignatureValue")
                         && (parts.size() == 2 || isElement(parts.at(2), kNsDsig, "KeyInfo"));
    if (!shapeOk) {
        return fail("dsig.malformed",
                    QStringLiteral("ds:Signature must hold SignedInfo, SignatureValue and optionally KeyInfo, "
                                   "nothing else (no ds:Object or Manifest)."),
                    path(parsed.signature));
    }
    const QList<xmlNode*> signedInfo = children(parts.at(0));
    if (signedInfo.size() < 2 || !isElement(signedInfo.at(0), kNsDsig, "CanonicalizationMethod")
        || !isElement(signedInfo.at(1), kNsDsig, "SignatureMethod")) {
        return fail("dsig.malformed",
                    QStringLiteral("ds:SignedInfo must start with CanonicalizationMethod and SignatureMethod."));
    }
    const QList<xmlNode*> references = signedInfo.mid(2);
    for (xmlNode* n : references) {
        if (!isElement(n, kNsDsig, "Reference")) {
            return fail("dsig.malformed",
                        QStringLiteral("ds:SignedInfo holds an unexpected element %1.").arg(localName(n)));
        }
    }
    if (references.size() != 1) {
        return fail("dsig.reference-count",
                    QStringLiteral("The signature has %1 references; exactly one is required.").arg(references.size()));
    }
    xmlNode* reference = references.first();
    info.canonicalizationMethod = attribute(signedInfo.at(0), "Algorithm");
    info.signatureMethod = attribute(signedInfo.at(1), "Algorithm");
    info.digestMethod = attribute(firstChild(reference, kNsDsig, "DigestMethod"), "Algorithm");
    info.referenceUri = attribute(reference, "URI");
    if (firstChild(reference, kNsDsig, "DigestValue") == nullptr || info.digestMethod.isEmpty()
        || info.signatureMethod.isEmpty()) {
        return fail("dsig.malformed", QStringLiteral("SignatureMethod, DigestMethod or DigestValue is missing."));
    }
    if (id.isEmpty()) {
        return fail(
            "dsig.reference-uri", QStringLiteral("The signed element has no ID attribute."), path(signedElement));
    }
    if (!hasAttribute(reference, "URI") || info.referenceUri != u'#' + id) {
        return fail(
            "dsig.reference-uri",
            QStringLiteral("The reference URI %1 does not point at the signed element (#%2).")
                .arg(hasAttribute(reference, "URI") ? u'"' + info.referenceUri + u'"' : QStringLiteral("(absent)"),
                     id));
    }
    const bool exc = info.canonicalizationMethod == QLatin1String(kExcC14n);
    const bool inc = info.canonicalizationMethod == QLatin1String(kIncC14n);
    if ((!exc && !inc) || (exc && !onlyInclusiveNamespaces(signedInfo.at(0)))
        || (inc && !children(signedInfo.at(0)).isEmpty())) {
        return fail("dsig.transform-forbidden",
                    QStringLiteral("Canonicalization method %1 is not allowed.").arg(info.canonicalizationMethod));
    }
    if (Result<void> t = checkTransforms(reference, info.transforms); !t.ok()) {
        return Result<ParsedSignature>(t.error());
    }
    if (parts.size() == 3) {
        info.keyInfoCertificatesDer = keyInfoCertificates(parts.at(2));
    }
    return parsed;
}

Result<void> checkAlgorithms(const SignatureInfo& info, const VerifyPolicy& policy)
{
    using V = Result<void>;
    const AllowedAlgorithm* method = findAlgorithm(kSignatureMethods, info.signatureMethod);
    const AllowedAlgorithm* digest = findAlgorithm(kDigestMethods, info.digestMethod);
    if (method == nullptr) {
        return V::failure(QStringLiteral("dsig.algorithm-forbidden"),
                          QStringLiteral("Signature method %1 is not allowed.").arg(info.signatureMethod));
    }
    if (digest == nullptr) {
        return V::failure(QStringLiteral("dsig.algorithm-forbidden"),
                          QStringLiteral("Digest method %1 is not allowed.").arg(info.digestMethod));
    }
    if ((method->sha1 || digest->sha1) && !policy.allowSha1) {
        return V::failure(QStringLiteral("dsig.algorithm-weak"),
                          QStringLiteral("The signature uses SHA-1 (%1, %2); SHA-1 is not accepted by this policy.")
                              .arg(info.signatureMethod, info.digestMethod));
    }
    return {};
}

// Registers the signed element's ID attribute so that "#ID" resolves to it, for the lifetime of this object.
class IdRegistration
{
public:
    IdRegistration(xmlDoc* doc, xmlNode* element)
        : m_doc(doc)
    {
        m_attr = xmlHasNsProp(element, x("ID"), nullptr);
        if (m_attr == nullptr) {
            return;
        }
        xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNode*>(m_attr));
        xmlAttr* existing = value != nullptr ? xmlGetID(doc, value) : nullptr;
        if (existing != nullptr) {
            m_ok = existing->parent == element;
        } else if (value != nullptr) {
            m_added = xmlAddID(nullptr, doc, value, m_attr) != nullptr;
            m_ok = m_added;
        }
        xmlFree(value);
    }

    ~IdRegistration()
    {
        if (m_added) {
            xmlRemoveID(m_doc, m_attr);
        }
    }

    IdRegistration(const IdRegistration&) = delete;
    IdRegistration& operator=(const IdRegistration&) = delete;

    bool ok() const
    {
        return m_ok;
    }

private:
    xmlDoc* m_doc;
    xmlAttr* m_attr = nullptr;
    bool m_added = false;
    bool m_ok = false;
};

struct DsigCtxDeleter
{
    void operator()(xmlSecDSigCtx* ctx) const
    {
        xmlSecDSigCtxDestroy(ctx);
    }
};

using DsigCtx = std::unique_ptr<xmlSecDSigCtx, DsigCtxDeleter>;

struct X509Deleter
{
    void operator()(X509* cert) const
    {
        X509_free(cert);
    }
};

struct Candidate
{
    QByteArray der;
    std::shared_ptr<X509> cert;
};

// Parsing a certificate (d2i_X509, with OpenSSL 3's key decoders) was a third of a SAML Response verification, and
// the same few trusted certificates come back for every response: parsed certificates are kept, keyed by their
// complete DER (bounded; thread-safe; an X509 is only read once parsed).
std::shared_ptr<X509> parsedCertificate(const QByteArray& der)
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<X509>> cache;
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(der);
        if (it != cache.constEnd()) {
            return it.value();
        }
    }
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* raw = d2i_X509(nullptr, &p, der.size());
    if (raw == nullptr) {
        return {};
    }
    std::shared_ptr<X509> cert(raw, X509Deleter{});
    const QMutexLocker lock(&mutex);
    if (cache.size() >= 256) {
        cache.clear();
    }
    cache.insert(der, cert);
    return cert;
}

bool keyMatches(X509* cert, KeyFamily family)
{
    const int type = EVP_PKEY_get_base_id(X509_get0_pubkey(cert));
    return family == KeyFamily::Rsa ? type == EVP_PKEY_RSA : type == EVP_PKEY_EC;
}

// A fresh xmlsec key holding only the public key of the trusted certificate.
xmlSecKeyPtr keyFromCertificate(X509* cert)
{
    EVP_PKEY* pkey = X509_get0_pubkey(cert);
    if (pkey == nullptr || EVP_PKEY_up_ref(pkey) != 1) {
        return nullptr;
    }
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

// xmlsec's own allow-lists (as in xmlsec's verify-saml example), so that the library refuses anything the
// structural checks might have missed. KeyInfo cannot introduce a key: there is no keys manager, the key is set
// up front, and the only enabled key data is KeyName (which resolves nothing without a keys manager).
DsigCtx makeContext(const VerifyPolicy& policy)
{
    DsigCtx ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx) {
        return ctx;
    }
    ctx->enabledReferenceUris = xmlSecTransformUriTypeSameDocument;
    ctx->flags |= XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS;
    bool ok = xmlSecDSigCtxEnableSignatureTransform(ctx.get(), xmlSecTransformExclC14NId) == 0
              && xmlSecDSigCtxEnableSignatureTransform(ctx.get(), xmlSecTransformInclC14NId) == 0
              && xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformEnvelopedId) == 0
              && xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformExclC14NId) == 0
              && xmlSecPtrListAdd(&ctx->keyInfoReadCtx.enabledKeyData,
                                  const_cast<void*>(static_cast<const void*>(xmlSecKeyDataNameId)))
                     == 0;
    for (const AllowedAlgorithm& a : kSignatureMethods) {
        if (!a.sha1 || policy.allowSha1) {
            ok = ok && xmlSecDSigCtxEnableSignatureTransform(ctx.get(), a.id()) == 0;
        }
    }
    for (const AllowedAlgorithm& a : kDigestMethods) {
        if (!a.sha1 || policy.allowSha1) {
            ok = ok && xmlSecDSigCtxEnableReferenceTransform(ctx.get(), a.id()) == 0;
        }
    }
    if (!ok) {
        ctx.reset();
    }
    return ctx;
}

// The checks of xmlsec's verify-saml example, after a successful xmlSecDSigCtxVerify.
Result<void> postVerifyChecks(xmlSecDSigCtx* ctx, xmlNode* element, const QString& id, const VerifyPolicy& policy)
{
    const auto invalid = [](const QString& why) {
        return Result<void>::failure(QStringLiteral("dsig.invalid"), why);
    };
    if (ctx->status != xmlSecDSigStatusSucceeded || xmlSecPtrListGetSize(&ctx->signedInfoReferences) != 1) {
        return invalid(QStringLiteral("xmlsec did not report exactly one verified reference."));
    }
    auto* ref = static_cast<xmlSecDSigReferenceCtx*>(xmlSecPtrListGetItem(&ctx->signedInfoReferences, 0));
    if (ref == nullptr || ref->status != xmlSecDSigStatusSucceeded || ref->uri == nullptr
        || QString::fromUtf8(reinterpret_cast<const char*>(ref->uri)) != u'#' + id) {
        return invalid(QStringLiteral("The verified reference is not the signed element."));
    }
    if (ctx->signMethod == nullptr || !isAllowedId(kSignatureMethods, ctx->signMethod->id, policy)
        || ctx->c14nMethod == nullptr
        || (ctx->c14nMethod->id != xmlSecTransformExclC14NId && ctx->c14nMethod->id != xmlSecTransformInclC14NId)
        || ref->digestMethod == nullptr || !isAllowedId(kDigestMethods, ref->digestMethod->id, policy)) {
        return invalid(QStringLiteral("xmlsec used an algorithm outside the allow-list."));
    }
    // Chain: [XPointer for "#id"], enveloped, [one c14n: explicit exc-c14n or the implicit inclusive one], digest,
    // [membuf].
    QStringList chain;
    for (xmlSecTransformPtr c = ref->transformCtx.first; c != nullptr; c = c->next) {
        chain.append(QString::fromUtf8(reinterpret_cast<const char*>(xmlSecTransformGetName(c)))
                     + (c == ref->digestMethod ? QStringLiteral("(digest)") : QString()));
    }
    xmlSecTransformPtr t = ref->transformCtx.first;
    if (t != nullptr && t->id == xmlSecTransformXPointerId) {
        t = t->next;
    }
    if (t == nullptr || t->id != xmlSecTransformEnvelopedId) {
        return invalid(QStringLiteral("The first transform is not enveloped-signature."));
    }
    int c14nCount = 0;
    for (t = t->next; t != nullptr; t = t->next) {
        // xmlsec appends a memory buffer after the digest to collect its result.
        if (t == ref->digestMethod
            && (t->next == nullptr || (t->next->id == xmlSecTransformMemBufId && t->next->next == nullptr))) {
            break;
        }
        if ((t->id == xmlSecTransformExclC14NId || t->id == xmlSecTransformInclC14NId) && ++c14nCount == 1) {
            continue;
        }
        return invalid(QStringLiteral("Unexpected transform %1 in the reference chain %2.")
                           .arg(QString::fromUtf8(reinterpret_cast<const char*>(xmlSecTransformGetName(t))),
                                chain.join(QStringLiteral(", "))));
    }
    xmlAttr* resolved = xmlGetID(element->doc, x(id.toUtf8().constData()));
    if (resolved == nullptr || resolved->parent != element) {
        return invalid(QStringLiteral("The reference did not resolve to the signed element."));
    }
    return {};
}

// Tries each candidate key in order; the DER of the one that verified, or the error.
Result<QByteArray> verifyWithCandidates(xmlNode* signature,
                                        xmlNode* signedElement,
                                        const std::vector<Candidate>& candidates,
                                        const VerifyPolicy& policy)
{
    using B = Result<QByteArray>;
    const QString id = attribute(signedElement, "ID");
    bool signatureMismatch = false;
    for (const Candidate& candidate : candidates) {
        DsigCtx ctx = makeContext(policy);
        if (!ctx) {
            return B::failure(QStringLiteral("dsig.invalid"), QStringLiteral("Could not set up xmlsec."));
        }
        ctx->signKey = keyFromCertificate(candidate.cert.get());
        if (ctx->signKey == nullptr) {
            continue;
        }
        if (xmlSecDSigCtxVerify(ctx.get(), signature) < 0) {
            continue;
        }
        if (ctx->status == xmlSecDSigStatusSucceeded) {
            if (Result<void> post = postVerifyChecks(ctx.get(), signedElement, id, policy); !post.ok()) {
                return B(post.error());
            }
            return candidate.der;
        }
        for (xmlSecSize i = 0; i < xmlSecPtrListGetSize(&ctx->signedInfoReferences); ++i) {
            auto* ref = static_cast<xmlSecDSigReferenceCtx*>(xmlSecPtrListGetItem(&ctx->signedInfoReferences, i));
            if (ref == nullptr || ref->status != xmlSecDSigStatusSucceeded) {
                return B::failure(QStringLiteral("dsig.invalid"),
                                  QStringLiteral("The digest of the signed element does not match: its content was "
                                                 "changed after signing."),
                                  path(signedElement));
            }
        }
        signatureMismatch = true;
    }
    if (signatureMismatch) {
        return B::failure(QStringLiteral("dsig.no-trusted-key"),
                          QStringLiteral("No trusted certificate verifies the signature (it was made with another key, "
                                         "or its SignedInfo was changed)."));
    }
    return B::failure(QStringLiteral("dsig.invalid"), QStringLiteral("xmlsec could not process the signature."));
}

std::vector<Candidate> trustedCandidates(const QList<QByteArray>& trustedCertsDer, KeyFamily family)
{
    std::vector<Candidate> candidates;
    for (const QByteArray& der : trustedCertsDer) {
        std::shared_ptr<X509> cert = parsedCertificate(der);
        if (cert && keyMatches(cert.get(), family)) {
            candidates.push_back(Candidate{der, std::move(cert)});
        }
    }
    return candidates;
}

} // namespace

Result<SignatureInfo> SignatureVerifier::inspect(xmlNode* signedElement)
{
    Result<ParsedSignature> parsed = parseSignature(signedElement);
    if (!parsed.ok()) {
        return R(parsed.error());
    }
    return parsed.value().info;
}

Result<void> SignatureVerifier::checkUniqueId(xmlNode* element)
{
    using V = Result<void>;
    const QString id = attribute(element, "ID");
    if (element == nullptr || element->doc == nullptr || id.isEmpty()) {
        return {};
    }
    const QByteArray idUtf8 = id.toUtf8();
    xmlAttr* registered = xmlGetID(element->doc, x(idUtf8.constData()));
    xmlNode* other = registered != nullptr && registered->parent != element ? registered->parent : nullptr;
    forEachElement(xmlDocGetRootElement(element->doc), [&](xmlNode* node) {
        if (other != nullptr || node == element) {
            return;
        }
        for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
            if (xmlStrcmp(a->name, x("ID")) != 0 && xmlStrcmp(a->name, x("Id")) != 0
                && xmlStrcmp(a->name, x("id")) != 0) {
                continue;
            }
            xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNode*>(a));
            if (value != nullptr && xmlStrcmp(value, x(idUtf8.constData())) == 0) {
                other = node;
            }
            xmlFree(value);
        }
    });
    if (other != nullptr) {
        return V::failure(QStringLiteral("dsig.duplicate-id"),
                          QStringLiteral("Another element carries the same ID \"%1\" (signature wrapping?).").arg(id),
                          path(other));
    }
    return {};
}

Result<SignatureInfo> SignatureVerifier::verify(const XmlDocument& doc,
                                                xmlNode* signedElement,
                                                const QList<QByteArray>& trustedCertsDer,
                                                const VerifyPolicy& policy)
{
    return verify(doc.doc(), signedElement, trustedCertsDer, policy);
}

Result<SignatureInfo> SignatureVerifier::verify(xmlDoc* doc,
                                                xmlNode* signedElement,
                                                const QList<QByteArray>& trustedCertsDer,
                                                const VerifyPolicy& policy)
{
    XmlLibrary::ensureInitialized();
    if (doc == nullptr || (signedElement != nullptr && signedElement->doc != doc)) {
        return R::failure(QStringLiteral("dsig.invalid"), QStringLiteral("The element is not part of the document."));
    }
    Result<ParsedSignature> parsed = parseSignature(signedElement);
    if (!parsed.ok()) {
        return R(parsed.error());
    }
    SignatureInfo info = parsed.value().info;
    if (Result<void> algorithms = checkAlgorithms(info, policy); !algorithms.ok()) {
        return R(algorithms.error());
    }
    if (Result<void> unique = checkUniqueId(signedElement); !unique.ok()) {
        return R(unique.error());
    }

    std::vector<Candidate> candidates =
        trustedCandidates(trustedCertsDer, findAlgorithm(kSignatureMethods, info.signatureMethod)->family);
    if (candidates.empty()) {
        return R::failure(QStringLiteral("dsig.no-trusted-key"),
                          QStringLiteral("None of the %1 trusted certificates has a key for %2.")
                              .arg(trustedCertsDer.size())
                              .arg(info.signatureMethod));
    }

    const QString id = attribute(signedElement, "ID");
    IdRegistration registration(doc, signedElement);
    if (!registration.ok()) {
        return R::failure(QStringLiteral("dsig.duplicate-id"),
                          QStringLiteral("The ID \"%1\" is already registered for another element.").arg(id));
    }
    Result<QByteArray> signer = verifyWithCandidates(parsed.value().signature, signedElement, candidates, policy);
    if (!signer.ok()) {
        return R(signer.error());
    }
    info.signerCertificateDer = signer.value();
    return info;
}

} // namespace gatehouse::core::xml

namespace gatehouse::core::xml {

namespace {

const EVP_MD* mdFor(const QString& uri)
{
    if (uri.endsWith(QLatin1String("sha256"))) {
        return EVP_sha256();
    }
    if (uri.endsWith(QLatin1String("sha384"))) {
        return EVP_sha384();
    }
    if (uri.endsWith(QLatin1String("sha512"))) {
        return EVP_sha512();
    }
    if (uri.endsWith(QLatin1String("sha1"))) {
        return EVP_sha1();
    }
    return nullptr;
}

// The exc-c14n element of a method or transform: its InclusiveNamespaces PrefixList (empty when none).
QByteArray prefixListOf(const xmlNode* method)
{
    const xmlNode* inclusive = firstChild(method, kExcC14n, "InclusiveNamespaces");
    return inclusive != nullptr ? attribute(inclusive, "PrefixList").toUtf8() : QByteArray();
}

// Only plain element children (no text other than whitespace is checked by the schema; elements matter here).
bool elementChildrenAre(const xmlNode* parent, std::initializer_list<const char*> names)
{
    const QList<xmlNode*> list = children(parent);
    if (list.size() != static_cast<qsizetype>(names.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const char* name : names) {
        if (!isElement(list.at(i++), kNsDsig, name)) {
            return false;
        }
    }
    return true;
}

int writeToByteArray(void* context, const char* buffer, int len)
{
    static_cast<QByteArray*>(context)->append(buffer, len);
    return len;
}

int closeNothing(void*)
{
    return 0;
}

struct VisibleSubtree
{
    const xmlNode* top;
};

int inSubtree(void* userData, xmlNodePtr node, xmlNodePtr parent)
{
    const xmlNode* top = static_cast<VisibleSubtree*>(userData)->top;
    const xmlNode* n = node != nullptr && node->type == XML_NAMESPACE_DECL ? parent : node;
    for (; n != nullptr; n = n->parent) {
        if (n == top) {
            return 1;
        }
    }
    return 0;
}

// SignedInfo canonicalized with its CanonicalizationMethod, the node-set xmlsec uses (the SignedInfo subtree, its
// in-scope namespaces, no comments).
bool canonicalSignedInfo(xmlNode* signedInfo, const QString& method, QByteArray& out)
{
    const bool exc = method == QLatin1String(kExcC14n);
    const QByteArray prefixes = exc ? prefixListOf(firstChild(signedInfo, kNsDsig, "CanonicalizationMethod"))
                                    : QByteArray();
    QList<QByteArray> parts = prefixes.simplified().split(' ');
    parts.removeAll(QByteArray());
    std::vector<xmlChar*> list;
    for (QByteArray& p : parts) {
        list.push_back(reinterpret_cast<xmlChar*>(p.data()));
    }
    list.push_back(nullptr);
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(writeToByteArray, closeNothing, &out, nullptr);
    if (buffer == nullptr) {
        return false;
    }
    VisibleSubtree visible{signedInfo};
    const int rc = xmlC14NExecute(signedInfo->doc, inSubtree, &visible, exc ? XML_C14N_EXCLUSIVE_1_0 : XML_C14N_1_0,
                                  exc && parts.size() > 0 ? list.data() : nullptr, 0, buffer);
    xmlOutputBufferClose(buffer);
    return rc >= 0;
}

// XML-DSig ECDSA values are r || s; OpenSSL wants a DER ECDSA-Sig-Value.
QByteArray ecdsaDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0) {
        return {};
    }
    const int half = static_cast<int>(raw.size() / 2);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    BIGNUM* r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + half, half, nullptr);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    if (r == nullptr || s == nullptr || sig == nullptr || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return {};
    }
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    QByteArray result = len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return result;
}

bool signatureVerifies(X509* cert, const EVP_MD* md, KeyFamily family, const QByteArray& data, const QByteArray& value)
{
    EVP_PKEY* key = X509_get0_pubkey(cert);
    const QByteArray signature = family == KeyFamily::Ec ? ecdsaDer(value) : value;
    if (key == nullptr || signature.isEmpty()) {
        return false;
    }
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx != nullptr && EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, key) == 1
                    && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                                        static_cast<size_t>(signature.size()),
                                        reinterpret_cast<const unsigned char*>(data.constData()),
                                        static_cast<size_t>(data.size()))
                           == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace

Result<void> SignatureVerifier::checkAllowedAlgorithms(const SignatureInfo& info, const VerifyPolicy& policy)
{
    return checkAlgorithms(info, policy);
}

QByteArray SignatureVerifier::referencePrefixList(xmlNode* signedElement)
{
    Result<xmlNode*> found = findSignature(signedElement);
    if (!found.ok()) {
        return {};
    }
    xmlNode* reference = firstChild(firstChild(found.value(), kNsDsig, "SignedInfo"), kNsDsig, "Reference");
    const QList<xmlNode*> transforms = children(firstChild(reference, kNsDsig, "Transforms"), kNsDsig, "Transform");
    return transforms.size() == 2 ? prefixListOf(transforms.at(1)) : QByteArray();
}

Result<SignatureInfo> SignatureVerifier::verifyStreamed(xmlNode* signedElement,
                                                        const StreamedDigest& digest,
                                                        const QList<QByteArray>& trustedCertsDer,
                                                        const VerifyPolicy& policy)
{
    XmlLibrary::ensureInitialized();
    const auto unsupported = [](const QString& why) {
        return R::failure(QStringLiteral("dsig.streaming-unsupported"), why);
    };
    Result<ParsedSignature> parsed = parseSignature(signedElement);
    if (!parsed.ok()) {
        return R(parsed.error());
    }
    SignatureInfo info = parsed.value().info;
    if (Result<void> algorithms = checkAlgorithms(info, policy); !algorithms.ok()) {
        return R(algorithms.error());
    }
    if (!digest.idUnique) {
        return R::failure(QStringLiteral("dsig.duplicate-id"),
                          QStringLiteral("Another element carries the same ID \"%1\" (signature wrapping?).")
                              .arg(attribute(signedElement, "ID")));
    }
    const KeyFamily family = findAlgorithm(kSignatureMethods, info.signatureMethod)->family;
    std::vector<Candidate> candidates = trustedCandidates(trustedCertsDer, family);
    if (candidates.empty()) {
        return R::failure(QStringLiteral("dsig.no-trusted-key"),
                          QStringLiteral("None of the %1 trusted certificates has a key for %2.")
                              .arg(trustedCertsDer.size())
                              .arg(info.signatureMethod));
    }
    // What the streamed digest covers: exactly the shape xmlsec would process the same way.
    xmlNode* signature = parsed.value().signature;
    xmlNode* signedInfo = firstChild(signature, kNsDsig, "SignedInfo");
    xmlNode* reference = firstChild(signedInfo, kNsDsig, "Reference");
    const bool plainShape = elementChildrenAre(signedInfo, {"CanonicalizationMethod", "SignatureMethod", "Reference"})
                            && children(firstChild(signedInfo, kNsDsig, "SignatureMethod")).isEmpty()
                            && elementChildrenAre(reference, {"Transforms", "DigestMethod", "DigestValue"})
                            && children(firstChild(reference, kNsDsig, "DigestMethod")).isEmpty()
                            && children(firstChild(reference, kNsDsig, "DigestValue")).isEmpty();
    const bool excTransforms = info.transforms.size() == 2 && info.transforms.at(1) == QLatin1String(kExcC14n);
    if (!plainShape || !excTransforms) {
        return unsupported(QStringLiteral("The streamed digest covers only enveloped + exclusive c14n references."));
    }
    if (!digest.computed || digest.digestMethod != info.digestMethod
        || digest.prefixList != referencePrefixList(signedElement)) {
        return unsupported(QStringLiteral("The reference was not digested while streaming."));
    }
    const auto expected = encoding::fromBase64(text(firstChild(reference, kNsDsig, "DigestValue")).toLatin1(),
                                               encoding::Whitespace::Ignore);
    if (!expected.ok()) {
        return R::failure(QStringLiteral("dsig.invalid"), QStringLiteral("xmlsec could not process the signature."));
    }
    if (expected.value() != digest.digest) {
        return R::failure(QStringLiteral("dsig.invalid"),
                          QStringLiteral("The digest of the signed element does not match: its content was "
                                         "changed after signing."),
                          path(signedElement));
    }
    QByteArray canonical;
    const auto value = encoding::fromBase64(text(firstChild(signature, kNsDsig, "SignatureValue")).toLatin1(),
                                            encoding::Whitespace::Ignore);
    const EVP_MD* md = mdFor(info.signatureMethod);
    if (!value.ok() || md == nullptr || !canonicalSignedInfo(signedInfo, info.canonicalizationMethod, canonical)) {
        return R::failure(QStringLiteral("dsig.invalid"), QStringLiteral("xmlsec could not process the signature."));
    }
    for (const Candidate& candidate : candidates) {
        if (signatureVerifies(candidate.cert.get(), md, family, canonical, value.value())) {
            info.signerCertificateDer = candidate.der;
            return info;
        }
    }
    return R::failure(QStringLiteral("dsig.no-trusted-key"),
                      QStringLiteral("No trusted certificate verifies the signature (it was made with another key, "
                                     "or its SignedInfo was changed)."));
}

} // namespace gatehouse::core::xml
