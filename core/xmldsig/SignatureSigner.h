#pragma once

#include "core/util/Result.h"
#include "core/xmldsig/XmlDocument.h"

#include <QByteArray>

namespace gatehouse::core::xml {

// Creates enveloped XML signatures in the SAML profile: exclusive c14n, one Reference with URI "#" + the
// element's ID attribute, transforms enveloped-signature + exclusive c14n, SHA-256 digest, the signer certificate
// in ds:KeyInfo/ds:X509Data. The ds:Signature is inserted where the SAML schemas expect it: right after a
// saml:Issuer first child (Response, Assertion, AuthnRequest, LogoutRequest, ...), otherwise as the first child
// element (EntityDescriptor, EntitiesDescriptor: before md:Extensions). Error codes:
//   dsig.sign-element          the element is null, not an element, or not part of doc
//   dsig.reference-uri         the element has no (or an empty) ID attribute
//   dsig.multiple-signatures   the element already has a ds:Signature child
//   dsig.duplicate-id          another element of the document carries the same ID value
//   dsig.sign-key              the private key or certificate cannot be read (encrypted keys are refused, never
//                              prompted for), they do not match, or the key type does not fit the algorithm
//   dsig.sign-failed           xmlsec failed; the document is left without the signature
class SignatureSigner
{
public:
    enum class Algorithm
    {
        RsaSha256,
        RsaSha512,
        EcdsaSha256,
    };

    // privateKeyPem: an unencrypted PKCS#8 or traditional PEM private key; certificatePem: its certificate (PEM;
    // only the first certificate is used).
    static Result<void> signEnveloped(XmlDocument& doc,
                                      xmlNode* element,
                                      const QByteArray& privateKeyPem,
                                      const QByteArray& certificatePem,
                                      Algorithm algorithm = Algorithm::RsaSha256);
};

} // namespace gatehouse::core::xml
