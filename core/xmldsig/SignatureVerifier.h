#pragma once

#include "core/util/Result.h"
#include "core/xmldsig/XmlDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse::core::xml {

// What an enveloped signature says about itself. inspect() fills everything except signerCertificateDer;
// verify() fills that too.
struct SignatureInfo
{
    QString signatureMethod;        // SignatureMethod Algorithm URI
    QString digestMethod;           // DigestMethod Algorithm URI of the single Reference
    QString canonicalizationMethod; // CanonicalizationMethod Algorithm URI
    QString referenceUri;           // "#" + the signed element's ID
    QStringList transforms;         // Transform Algorithm URIs of the Reference, in document order
    // Certificates found in ds:KeyInfo/ds:X509Data (DER). Informational only: never used as a key.
    QList<QByteArray> keyInfoCertificatesDer;
    // After verify(): the trusted certificate (DER, exactly as passed in) whose key verified the signature.
    QByteArray signerCertificateDer;
};

// A Reference digest computed while streaming the signed element (exclusive c14n of the element minus its
// enveloped ds:Signature, see ExcC14nWriter), with what it was computed from.
struct StreamedDigest
{
    bool computed = false;   // the c14n ran over the whole element, from its start tag to its end tag
    QString digestMethod;    // the DigestMethod Algorithm it was computed with
    QByteArray prefixList;   // the InclusiveNamespaces PrefixList of the exc-c14n transform it used
    QByteArray digest;       // the digest of the canonical bytes
    bool idUnique = false;   // no other element of the whole document carries the element's ID value
};

struct VerifyPolicy
{
    // Accept rsa-sha1 / ecdsa-sha1 signatures and SHA-1 digests (legacy federations, old AD FS).
    bool allowSha1 = false;
};

// Verifies the enveloped XML signature of one element (a SAML Response, Assertion, EntityDescriptor,
// EntitiesDescriptor, ...) the way the SAML signature profile and xmlsec's verify-saml example require. Fail
// closed: anything not proven valid is an error. Error codes:
//   dsig.missing               no ds:Signature child of the element (or the element is null)
//   dsig.not-direct-child      a ds:Signature below the element references it, but is not its direct child
//   dsig.multiple-signatures   more than one ds:Signature direct child
//   dsig.malformed             ds:Signature does not have the XML-DSig structure (SignedInfo, SignatureValue,
//                              optional KeyInfo; no ds:Object/Manifest; unexpected children)
//   dsig.reference-count       SignedInfo has not exactly one ds:Reference
//   dsig.reference-uri         the element has no (or an empty) ID attribute, or the Reference URI is not "#" + ID
//                              (empty and absent URIs are refused)
//   dsig.duplicate-id          another element in the document carries the same ID value (ID, Id, id, xml:id)
//   dsig.transform-forbidden   CanonicalizationMethod is not exc-c14n or inclusive c14n 1.0 (no WithComments); the
//                              Reference transforms are not exactly enveloped-signature optionally followed by
//                              exc-c14n (InclusiveNamespaces PrefixList allowed); XPath, XSLT, ... refused
//   dsig.algorithm-forbidden   signature or digest method not allow-listed (MD5, HMAC, DSA, RSA1_5, unknown, ...)
//   dsig.algorithm-weak        SHA-1 signature or digest method and VerifyPolicy::allowSha1 is false
//   dsig.no-trusted-key        no trusted certificate given, none has a key of the signature's type, or no trusted
//                              key verifies SignedInfo (signed by another key, or SignedInfo altered)
//   dsig.invalid               the digest does not match (content altered), xmlsec failed, or a post-verification
//                              check (status, reference count/URI/transforms/algorithms) failed
// Allow-listed signature methods: rsa-sha256/384/512, ecdsa-sha256/384/512 (RSA-PSS is not offered by xmlsec
// 1.2.x); digests: sha256/384/512.
class SignatureVerifier
{
public:
    // Structural inspection of the ds:Signature that is a direct child of signedElement: position, count,
    // Reference count and URI, canonicalization and transforms. No crypto, no algorithm policy, no document-wide
    // duplicate-ID check (verify() adds those).
    static Result<SignatureInfo> inspect(xmlNode* signedElement);

    // Full verification of exactly signedElement, which must belong to doc. Keys come ONLY from trustedCertsDer
    // (DER X.509; validity dates are not checked here); ds:KeyInfo is never used to find a key. Each trusted
    // certificate is tried in order. The element's ID attribute is registered with libxml2 for the duration of
    // the call and unregistered afterwards; the document is otherwise not modified. Not thread-safe per document.
    static Result<SignatureInfo> verify(const XmlDocument& doc,
                                        xmlNode* signedElement,
                                        const QList<QByteArray>& trustedCertsDer,
                                        const VerifyPolicy& policy = {});
    // The same for a libxml2 document that is not an XmlDocument (the streaming validator's reader document, whose
    // signed element and ancestors are in the tree). checkUniqueId() sees only the nodes present in the tree.
    static Result<SignatureInfo> verify(xmlDoc* doc,
                                        xmlNode* signedElement,
                                        const QList<QByteArray>& trustedCertsDer,
                                        const VerifyPolicy& policy = {});

    // dsig.duplicate-id when another element of element's document carries the value of element's ID attribute in
    // an attribute named ID, Id or id (any namespace, so xml:id too) or is registered for it with libxml2. Success
    // when the element has no ID. Used by verify() and SignatureSigner; callers that look elements up by ID can
    // use it too.
    static Result<void> checkUniqueId(xmlNode* element);

    // The algorithm allow-list check verify() applies (dsig.algorithm-forbidden, dsig.algorithm-weak).
    static Result<void> checkAllowedAlgorithms(const SignatureInfo& info, const VerifyPolicy& policy);

    // verify() for an element that was streamed: signedElement's ds:Signature child is in the tree (with the
    // element's ancestors), the rest of its content was canonicalized and digested on the way (digest). Same
    // checks, order, error codes and messages as verify(); the Reference digest is compared with digest.digest
    // and SignedInfo (canonicalized by libxml2 as xmlsec does) is verified with OpenSSL against each trusted key.
    // dsig.streaming-unsupported (never a pass) when the signature is of a shape the streamed digest does not
    // cover: transforms other than enveloped + exc-c14n, a digest computed with other parameters or not at all,
    // a SignedInfo or Reference with other children than the plain ones. The caller then validates with the DOM.
    static Result<SignatureInfo> verifyStreamed(xmlNode* signedElement,
                                                const StreamedDigest& digest,
                                                const QList<QByteArray>& trustedCertsDer,
                                                const VerifyPolicy& policy = {});

    // The PrefixList of the exc-c14n Reference transform of signedElement's ds:Signature child (empty when none).
    static QByteArray referencePrefixList(xmlNode* signedElement);
};

} // namespace gatehouse::core::xml
